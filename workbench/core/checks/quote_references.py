"""HTML character references for quotation marks in a plain-text translation.

Some machine translation engines return their Russian HTML-escaped, «&quot;Ага…».» for
«"Ага…».», though the source is plain text. The checks that read quotation marks
(`quote-style`, `unpaired`, `capitalisation`) then see «quot» where a mark stands: a word in a
small letter opening the sentence, and no quotation opened. `quote_references` reads such a
target as the marks it stands for, and keeps where each reference was, so a finding on the
reading still points at the text as written. A source that holds character references itself
(HTML or XML software strings) is markup to be kept as it is: its target is left unread.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from workbench.core.checks.base import Span

_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
"""Any character reference, named or numeric."""

_QUOTATION_MARKS = frozenset("\"'«»“”„‘’")
"""The marks a reference may stand for that these checks read as quotation marks."""


@dataclass(frozen=True)
class QuoteReading:
    """A target read with its quotation mark references as the marks they stand for."""

    text: str
    """The target with each reference to a quotation mark replaced by the mark."""
    references: tuple[tuple[int, str], ...]
    """(offset in `text` of a mark read from a reference, the reference as written), in order."""

    def in_target(self, span: Span) -> Span:
        """`span` of `text` as a span of the target as written: a mark read from a reference
        covers the whole reference."""
        start, end = span
        if end == start:
            return self._offset(start), self._offset(start)
        return self._offset(start), self._offset(end - 1) + self._width(end - 1)

    def from_reference(self, span: Span) -> bool:
        """Whether `span` is one mark read from a reference."""
        return span[1] - span[0] == 1 and any(offset == span[0] for offset, _ in self.references)

    def _offset(self, i: int) -> int:
        return i + sum(len(written) - 1 for offset, written in self.references if offset < i)

    def _width(self, i: int) -> int:
        return next((len(written) for offset, written in self.references if offset == i), 1)


def quote_references(source: str, target: str) -> QuoteReading | None:
    """The target read with its references to quotation marks as the marks (`QuoteReading`);
    None where it holds none, or where the source holds character references of its own (then
    the target's are markup too, and the checks read them as they do today)."""
    if "&" not in target or ("&" in source and _REFERENCE.search(source)):
        return None
    parts: list[str] = []
    references: list[tuple[int, str]] = []
    length = last = 0
    for m in _REFERENCE.finditer(target):
        mark = html.unescape(m.group())
        if mark not in _QUOTATION_MARKS:
            continue
        parts.append(target[last:m.start()])
        length += m.start() - last
        references.append((length, m.group()))
        parts.append(mark)
        length += 1
        last = m.end()
    if not references:
        return None
    parts.append(target[last:])
    return QuoteReading("".join(parts), tuple(references))
