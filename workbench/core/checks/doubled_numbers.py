"""A number written twice in a row («одобрить 12 12 законопроектов»), a slip machine output
makes as it makes «мы мы». `repeated-word` reports it; `number-mismatch` reads the number once, so
that one slip is not counted twice, as a word doubled and a number added."""

from __future__ import annotations

import re

from workbench.core.checks.base import Span

MAY_DOUBLE = re.compile(r"[0-9][ \u00a0][0-9]")
"""A digit, a space and a digit: the one quick search before `DOUBLED_NUMBER`, which opens with
look-behinds and so is tried at every letter of every target (1.3 s per 100,000 sentences, where
this search takes 0.2 s)."""
DOUBLED_NUMBER = re.compile(
    r"(?<![\w.,:/+−-])(?<![0-9][ \u00a0])([0-9]+)[ \u00a0]+\1(?![\w%‰°-]|[.,:/][0-9]|[ \u00a0][0-9]{3}(?![0-9]))")
"""Not a group of a number written in thousands («1 000 000»: a digit and a space before it;
«12 12 000»: a group after it), nor a number glued to a unit or a word («2 2-комнатных»)."""


def doubled_numbers(source: str, target: str) -> list[tuple[Span, str]]:
    """The target's numbers written twice in a row (the span of both, the number) that the source
    does not write twice: not where the source doubles the same number itself (a row of a table,
    «1 1 0»), nor where the two are one number grouped in thousands that the source holds («100
    100» for "100,100")."""
    found: list[tuple[Span, str]] = []
    for m in DOUBLED_NUMBER.finditer(target):
        number = m.group(1)
        if re.search(rf"(?<![\d.,]){number}[ \u00a0,.\u202f]?{number}(?!\d)", source) is None:
            found.append((m.span(), number))
    return found


def said_once(source: str, target: str) -> str:
    """`target` with the second of each doubled number (`doubled_numbers`) blanked to spaces,
    offsets kept: the number the translation means is said once."""
    for (_, end), number in doubled_numbers(source, target):
        target = f"{target[:end - len(number)]}{' ' * len(number)}{target[end:]}"
    return target
