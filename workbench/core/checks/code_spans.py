"""Inline code the translation glues to the words around it (`spacing`).

Documentation written in reStructuredText, Markdown or AsciiDoc marks code with backquotes:
"the ``obj`` parameter", "run `git branch` first". A translator who joins wrapped lines or
retypes a sentence may lose the space beside such a span: «параметры``obj``», «вернёт
``True``никогда». reStructuredText then no longer sees the markup at all (inline markup must
stand apart from the words around it) and prints the backquotes; the other formats show two
words run together. The span itself is copied from the source, so the source tells where its
spaces belong: only a side the source keeps apart and the translation glues is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.checks.base import Span
from workbench.wording import N_, Wording, phrase

_CODE_SPAN = re.compile(r"(`+)[^`\n]+?\1(?!`)")
"""A code span: a run of backquotes, the code, the same run again ("`x`", "``x``"). Found through
`code_spans`, never by `finditer`: tried from each backquote of a run, its opening run backs off one
backquote at a time, so a run of 20,000 backquotes cost 2 s (hardening, round 21)."""
_BACKQUOTES = re.compile(r"`+")
_CODE_END = re.compile(r"[`\n]")


def code_spans(text: str) -> Iterator[re.Match[str]]:
    """The matches `_CODE_SPAN.finditer(text)` gives, in time linear in the text.

    The code holds no backquote, so a span opened in a run of n backquotes can only close on the
    first run after it, on the same line; it closes there if that run is m <= n long, opening
    m backquotes before the first run's end (the regex tries the run's every position, and only
    the one m from its end pairs). A run that closes nothing is the next run's only opener."""
    position = 0
    while (opening := _BACKQUOTES.search(text, position)) is not None:
        end = _CODE_END.search(text, opening.end())
        if end is None or text[end.start()] == "\n" or end.start() == opening.end():
            position = opening.end() if end is None else end.start() + (text[end.start()] == "\n")
            continue
        closing = _BACKQUOTES.match(text, end.start())
        assert closing is not None  # the end found is a backquote
        width = closing.end() - closing.start()
        if width > opening.end() - opening.start():
            position = closing.start()
            continue
        span = _CODE_SPAN.match(text, opening.end() - width)
        assert span is not None  # the pairing above is the pattern's
        yield span
        position = span.end()


def blank_code_spans(text: str) -> str:
    """`text` with each code span (`code_spans`) overwritten by as many spaces."""
    pieces, last = [], 0
    for span in code_spans(text):
        pieces += [text[last:span.start()], " " * (span.end() - span.start())]
        last = span.end()
    return "".join(pieces) + text[last:]
_CASE_ENDING = re.compile(r"(?:а|я|у|ю|е|ом|ем|ой|ей|ы|и|ов|ев|ам|ям|ами|ями|ах|ях)(?![^\W\d_])")
"""A Russian case ending a translator adds to a copied name, «`git`ом», «`Makefile`а»: a
declined name, not two words run together."""
_TWO_SPANS = re.compile(r"`([^`\n]+)``([^`\n]+)`(?!`)")
"""«`trait``Add`»: two code spans with nothing between them. Markdown closes a span only on a
run of as many backquotes as opened it, so the reader sees one span, "trait``Add", not two."""


def glued_code_spans(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each side of a code span of `target` glued to a letter where the source has the same
    span apart from its words; a span the source glues too ("``Model``s") is left alone."""
    for m in code_spans(target):
        code = m.group()
        if code not in source:
            if (moved := moved_space(m, target)) is not None and moved in source and _apart_in(source, moved, before=True):
                yield phrase(N_("no space before “{code}”"), code=moved), (m.start(), m.start() + len(m.group(1)))
            continue  # code the translator retyped or translated: the source says nothing of it
        before = m.start() > 0 and _letter(target[m.start() - 1])
        after = m.end() < len(target) and _letter(target[m.end()]) and not _CASE_ENDING.match(target, m.end())
        if before and _apart_in(source, code, before=True):
            yield phrase(N_("no space before “{code}”"), code=code), (m.start(), m.start() + len(m.group(1)))
        if after and _apart_in(source, code, before=False):
            yield phrase(N_("no space after “{code}”"), code=code), (m.end() - len(m.group(1)), m.end())
    if "``" in target:
        yield from _glued_spans(source, target)


def moved_space(span: re.Match[str], target: str) -> str | None:
    """The code span as it should be, where the space before it moved inside it («где `w` и` h`»
    for "where `w` and `h`": the opening mark glued to the word before, the space after it), or
    None: a slip of the space's place, not code padded on purpose (`whitespace`'s padded code)."""
    marks, code = span.group(1), span.group()[len(span.group(1)):-len(span.group(1))]
    if not (code.startswith(" ") and code.strip() and span.start() > 0 and _letter(target[span.start() - 1])):
        return None
    return f"{marks}{code.strip()}{marks}"


def _glued_spans(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Two code spans of the source glued into one in the translation (`_TWO_SPANS`), where the
    source writes neither the same two glued."""
    for m in _TWO_SPANS.finditer(target):
        first, second = f"`{m.group(1)}`", f"`{m.group(2)}`"
        if first in source and second in source and m.group() not in source:
            yield (phrase(N_("no space between “{first}” and “{second}”"), first=first, second=second),
                   (m.start(2) - 2, m.start(2)))


def _letter(char: str) -> bool:
    return char.isalpha()


def _apart_in(source: str, code: str, *, before: bool) -> bool:
    """Whether every place the source writes `code` has no letter on the side asked about."""
    start = source.find(code)
    while start >= 0:
        end = start + len(code)
        neighbour = source[start - 1:start] if before else source[end:end + 1]
        if neighbour and _letter(neighbour):
            return False
        start = source.find(code, end)
    return True
