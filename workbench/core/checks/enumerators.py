"""Enumerators of a list run into a sentence: "(1) …; (2) …", «а) …; б) …», "1) … 2) …".

A sentence that lists its points inline numbers them, and a translation renders that numbering
as its language and house style want: Russian drops the numbers, writes «1)» for "(1)", letters
«а)» for "(a)", or words («во-первых»). The numbers count nothing (`number-mismatch` has no value
to compare) and «а)» closes no bracket (`unpaired`). What makes a marker an enumerator, rather
than a value in brackets ("equations (1) and (2)", "a ratio of (3)"), is the run: markers that
count from the first (1, 2, 3…; a, b, c…; а, б, в…) in the text's order, each followed by a
word, with an item of some words between one and the next.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from workbench.core.checks.base import Span

_MARKER = re.compile(r"(?<![\w(\[.,-])(\(?)([1-9][0-9]?|[a-z]|[а-я])\)(?=[ \u00a0]+[^\W\d_])")
"""A number or a small letter closed by a bracket, opened by one or not, before a word:
"(1) to examine", "a) the use", «б) ускоритель». Not glued to a word before ("f(x)", "x1)")."""
_HINT = re.compile(r"(?:^|[\s(])(?:1|a|а)\)")
"""The first marker of every run (a search in C before the full reading)."""
_ORDERS = ("abcdefghijklmnopqrstuvwxyz", "абвгдежзиклмнопрстуфхцчшщэюя")
"""Letters in the order lists use them (Russian skips ё, й and the signs)."""
_LEAST_ITEM_WORDS = 2
"""Words an item holds at least between one marker and the next: "(1) and (2)" refers to two
things by their numbers, "(1) provide a reference…; (2) exclude…" lists them."""
_WORD = re.compile(r"[^\W\d_]+")


def _rank(value: str) -> tuple[str, int]:
    """The kind of a marker (digits, one alphabet or the other) and its place in its order."""
    if value.isdigit():
        return "digit", int(value)
    for order in _ORDERS:
        if value in order:
            return order[:1], order.index(value) + 1
    return "", 0


def enumerators(text: str) -> list[Span]:
    """The spans of every marker in a run of `text`'s inline list enumerators (see the module):
    two markers or more of one kind and one shape ("(1)" or "1)"), counting from the first in the
    text's order, with `_LEAST_ITEM_WORDS` words between each and the next."""
    if ")" not in text or _HINT.search(text) is None:
        return []
    # No word crosses a marker's edges (a marker follows no letter and ends in its bracket), so
    # the words between two markers are the text's words starting between them: counted by
    # bisection over one reading, not read again for each pair of markers.
    word_starts = [m.start() for m in _WORD.finditer(text)]
    runs: list[list[re.Match[str]]] = []
    # The runs (their indexes, in the order they opened) whose next marker would be of a kind,
    # place and shape: a marker tries only these, in that order, as it once tried every run.
    waiting: dict[tuple[str, int, str], list[int]] = {}
    for m in _MARKER.finditer(text):
        kind, place = _rank(m.group(2))
        if place == 1:
            runs.append([m])
            waiting.setdefault((kind, 2, m.group(1)), []).append(len(runs) - 1)
            continue
        candidates = waiting.get((kind, place, m.group(1)), [])
        for at, index in enumerate(candidates):
            last = runs[index][-1]
            if (bisect_left(word_starts, m.start()) - bisect_left(word_starts, last.end())
                    >= _LEAST_ITEM_WORDS):
                runs[index].append(m)
                del candidates[at]
                insort(waiting.setdefault((kind, place + 1, m.group(1)), []), index)
                break
    return sorted(m.span() for run in runs if len(run) >= 2 for m in run)


_OPENING = re.compile(r"[ \u00a0]*(([1-9][0-9]?|[a-z]|[а-я])\))(?=[ \u00a0]+[^\W\d_])")
"""A marker opening a text before a word: "2) You know…", «б) ускоритель»."""


def opening_marker(text: str) -> Span | None:
    """The span of the marker that opens `text`, if one does (`_OPENING`): a list's item cut into
    a segment of its own («2) Вы знаете…» for "Two, you…"), whose other items, and so the run
    `enumerators` reads, stand in other segments. A bracket closed before any word of the text
    has nothing in it to close."""
    m = _OPENING.match(text)
    return None if m is None else m.span(1)


_LETTER_MARKER = re.compile(
    r"(?<![\w(\[.,/-])(x{0,3}(?:ix|iv|v?i{1,3}|v)|X{0,3}(?:IX|IV|V?I{1,3}|V)|x{1,3}|X{1,3}|[^\W\d_])\)"
    r"(?=[ \u00a0]+[^\W\d_«\"„])")
"""A letter or a Roman numeral closed by a bracket, opened by none, before a word: «а) Доля …»,
«i) чтения и ii) математики», "b) curricula". Not glued to a word or a bracket before ("f(x)",
"(a)"). Russian documents letter their lists so (ГОСТ 2.105's «перечисления»: a small letter
and a closing bracket, «а) …; б) …»; the UN's Russian «i) …; ii) …»), as English may ("a) item")."""
_LEAST_LETTER_MARKERS = 2
"""Markers a text holds at least for a lone letter's bracket to be read as one: two list items,
«a) физическому, b) психологическому», however short; a single «f)» in running text may be a
formula's bracket whose opener was lost."""


def letter_markers(text: str) -> list[Span]:
    """The spans of the list markers `_LETTER_MARKER` finds in `text`, when it holds
    `_LEAST_LETTER_MARKERS` or more: letters or Roman numerals, counted in any order (an item
    may be dropped or merged, «a) …; c) …»), each a marker's shape whatever the items hold, so
    its bracket closes no pair. `enumerators` reads runs of numbers too, but wants items of two
    words in order: a number in brackets may be a value, a lone letter seldom is."""
    if ")" not in text:
        return []
    spans = [m.span() for m in _LETTER_MARKER.finditer(text)]
    return spans if len(spans) >= _LEAST_LETTER_MARKERS else []


def without_enumerators(text: str, spans: list[Span]) -> str:
    """`text` with the markers at `spans` blanked to spaces, offsets kept."""
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        pieces += [text[done:start], " " * (end - start)]
        done = end
    return "".join([*pieces, text[done:]])
