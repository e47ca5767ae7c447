"""A hyphen typed for a dash (`spacing`, house rule D18 (b) of docs/qa.md): «Загрузчик - это
программа», «сказал он, - и ушёл».

Russian sets a dash between words, spaced on both sides («слово — слово»; Мильчин), and joins
only the parts of a compound with a hyphen («кто-то»), unspaced. A hyphen-minus with a space on
each side between words is therefore the keyboard's stand-in for a dash, which a typesetter
would replace: an em dash «—» (or the en dash «–» many publishers set in its place), spaced.

What is not this rule's, so that what the translator sees is right:

* a source that writes a spaced hyphen itself: the translation that keeps it copies the source's
  layout, as house rule D13 spares a copied space (a man page's "ls - list directory contents",
  a menu path "Tools - Options"). Where the source writes one anywhere, the segment is left
  alone: which of the translation's hyphens answers it cannot be told apart reliably;
* a hyphen next to a digit: a range («10 - 12»), a minus («x - 1»), which Russian sets otherwise
  and other rules judge;
* a list item's marker or a dialogue line's opening hyphen at a line's start («- пункт»): it
  stands between no two words;
* code: a hyphen inside a code span («`a - b`»), a minus between the terms of a formula
  («(a ^ (L) - y)»), an empty cell of a table («| - |»).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from workbench.core.checks.base import Span
from workbench.core.checks.code_spans import code_spans
from workbench.wording import N_, Wording, phrase

_SPACED_HYPHEN = re.compile(r"(?<=[^\s\d])[ \u00a0]-[ \u00a0](?=[^\s\d])")
"""A hyphen-minus with a space (or a no-break space) on each side, between two characters that
are neither digits nor spaces: a line break before it makes it a list item's marker, a digit next
to it a range or a minus."""
_SOURCE_SPACED_HYPHEN = re.compile(r"(?:^|(?<=\s))-(?=\s)")
"""A spaced hyphen anywhere in the source, a list item's marker and a range's included: the
source's own layout, which the translation may keep."""
_OPERAND = re.compile(r"[(\[]*[A-Za-z][)\]]*|\S*[\^=+*/<>]\S*")
"""A term of a formula: one Latin letter, bracketed or not ("y", "(L)", "y)"), or a token holding
an operator ("a^(L)", "x*y")."""


def spaced_hyphens(source: str, target: str) -> Iterator[tuple[Wording, Span]]:
    """Each hyphen of `target` spaced on both sides between words where Russian sets a dash,
    unless `source` writes a spaced hyphen itself (the module docstring)."""
    if " -" not in target and "\u00a0-" not in target:
        return
    found = [m for m in _SPACED_HYPHEN.finditer(target) if not _not_a_dash(target, m)]
    if not found or _SOURCE_SPACED_HYPHEN.search(source):
        return
    code = [span.span() for span in code_spans(target)] if "`" in target else []
    starts = [start for start, _ in code]
    for m in found:
        k = bisect_left(starts, m.start()) - 1  # the last code span opening before the hyphen
        if k < 0 or code[k][1] <= m.end():
            yield phrase(N_("a hyphen spaced as a dash (Russian sets a dash, «—» or «–», with a space on "
                            "each side)")), (m.start() + 1, m.end() - 1)


_NEIGHBOUR = 40
"""How far a neighbour of the hyphen is read for `_not_a_dash` (a formula's term is short): a
bound, so that a text of many hyphens is read in linear time (hardening)."""


def _not_a_dash(target: str, hyphen: re.Match[str]) -> bool:
    """Whether the spaced hyphen stands in a table's empty cell («| - |») or between the terms of
    a formula («(a ^ (L) - y)»: both neighbours terms, one of them a letter or an operator's)."""
    before_words = target[max(0, hyphen.start() - _NEIGHBOUR):hyphen.start()].rsplit(None, 1)
    before = before_words[-1] if before_words else ""
    after_words = target[hyphen.end():hyphen.end() + _NEIGHBOUR].split(None, 1)
    after = after_words[0].rstrip(".,;:!?") if after_words else ""
    if before.endswith("|") or after.startswith("|"):
        return True
    return _OPERAND.fullmatch(before) is not None and _OPERAND.fullmatch(after) is not None
