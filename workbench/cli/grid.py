"""A plain fixed-width table for listings that can run to tens of thousands of rows.

Rich lays a `Table` out as a whole before it prints a line, at about a
millisecond a row: `workbench segments` on 50,000 segments spent close to a
minute before the first line reached `less`. This writer decides the column
widths once (from the terminal width and the few columns whose width is known
up front), then wraps and writes row by row, so the first screen appears at once
and the whole listing costs a few seconds. It draws the same boxes as Rich's
default table, so a person reads the same thing.

Widths are terminal cells (`rich.cells`: wide CJK characters count two,
combining marks none), and every cell is made visible with `safetext.visible`
before it is measured: text is data, never markup or a terminal instruction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rich.cells import cell_len, get_character_cell_size

from termbase import safetext

TAB_SIZE = 8
"""Tabs are drawn as spaces (as Rich draws them), so the borders stay in line."""


@dataclass(frozen=True)
class Column:
    """One column of a `Grid`."""

    header: str = ""
    width: int | None = None
    """Cells of text (padding and borders excluded); None shares what the fixed columns leave."""
    justify: Literal["left", "right"] = "left"
    styles: Mapping[str, str] = field(default_factory=dict)
    """Terminal styles (SGR sequences, see `sgr`) for cells that are one of these words of
    ours (a severity), used when the grid is `coloured`; never looked up for data."""


@dataclass(frozen=True)
class Box:
    """The characters a grid is drawn with (as Rich's `HEAVY_HEAD` box)."""

    head_top: tuple[str, str, str, str]
    head_row: tuple[str, str, str]
    head_bottom: tuple[str, str, str, str]
    row: tuple[str, str, str]
    between: tuple[str, str, str, str]
    bottom: tuple[str, str, str, str]


HEAVY_HEAD = Box(
    head_top=("┏", "━", "┳", "┓"),
    head_row=("┃", "┃", "┃"),
    head_bottom=("┡", "━", "╇", "┩"),
    row=("│", "│", "│"),
    between=("├", "─", "┼", "┤"),
    bottom=("└", "─", "┴", "┘"),
)
"""The box of Rich's default `Table`, which `workbench segments` printed before."""


class Grid:
    """Column widths fixed at construction; `lines` renders any number of rows lazily.

    With a box, each cell has one space of padding either side and borders, as in
    Rich's default table, and a header. With `box=None` there are no borders, no
    header and no padding at the edges: columns are two spaces apart (Rich's
    `Table(box=None, pad_edge=False, show_header=False)`). Shared columns fill `width`.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        width: int,
        *,
        box: Box | None = HEAVY_HEAD,
        lines_between: bool = True,
        coloured: bool = False,
    ):
        self.columns = tuple(columns)
        self.box = box
        self.lines_between = lines_between and box is not None
        self.coloured = coloured
        fixed = sum(c.width for c in self.columns if c.width is not None)
        shared = [i for i, c in enumerate(self.columns) if c.width is None]
        # Boxed: two cells of padding and a border a column, plus the closing border; else two spaces between.
        frame = 3 * len(self.columns) + 1 if box is not None else 2 * (len(self.columns) - 1)
        room = max(width - fixed - frame, len(shared))
        widths = [c.width or 0 for c in self.columns]
        for n, i in enumerate(shared):
            widths[i] = room // len(shared) + (1 if n < room % len(shared) else 0)
        self.widths = tuple(max(w, 1) for w in widths)

    def _rule(self, parts: tuple[str, str, str, str]) -> str:
        left, fill, cross, right = parts
        return left + cross.join(fill * (w + 2) for w in self.widths) + right + "\n"

    def _join(self, cells: Sequence[list[tuple[str, int]]], parts: tuple[str, str, str] | None) -> str:
        """The lines of one row: each cell's lines padded to its column, blank below its last."""
        height = max(len(cell) for cell in cells)
        padded = []
        for column, width, cell in zip(self.columns, self.widths, cells, strict=True):
            if column.justify == "right":
                lines = [" " * (width - used) + text for text, used in cell]
            else:
                lines = [text + " " * (width - used) for text, used in cell]
            if self.coloured and column.styles:
                lines = [_styled(line, column.styles) for line in lines]
            padded.append(lines + [" " * width] * (height - len(lines)))
        if parts is None:
            start, between, end = "", "  ", "\n"
        else:
            start, between, end = f"{parts[0]} ", f" {parts[1]} ", f" {parts[2]}\n"
        return "".join(start + between.join(line) + end for line in zip(*padded))

    def lines(self, rows: Iterable[Sequence[str]]) -> Iterator[str]:
        """The header, then one string per row (its lines and the rule before it), then the bottom."""
        box = self.box
        if box is not None:
            yield self._rule(box.head_top) + self._join(
                [wrap(c.header, w) for c, w in zip(self.columns, self.widths, strict=True)], box.head_row
            ) + self._rule(box.head_bottom)
        between = self._rule(box.between) if box is not None and self.lines_between else ""
        parts = box.row if box is not None else None
        first = True
        for row in rows:
            drawn = self._join([wrap(text, w) for text, w in zip(row, self.widths, strict=True)], parts)
            yield drawn if first else between + drawn
            first = False
        if box is not None:
            yield self._rule(box.bottom)


def fitted_columns(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> list[Column]:
    """Columns as wide as their widest line (Rich's table without `expand`), narrowed to fit `width`.

    When the natural widths do not fit, the widest columns are cut down to one
    level, wide enough that the grid fills `width` (as Rich collapses the widest
    columns first); their text then wraps.
    """
    natural = [cell_len(h) for h in headers]
    for row in rows:
        for index, text in enumerate(row):
            for line in safetext.visible(text).split("\n"):
                natural[index] = max(natural[index], cell_len(line.expandtabs(TAB_SIZE)))
    room = max(width - (3 * len(headers) + 1), len(headers))
    widths = [max(w, 1) for w in natural]
    if sum(widths) > room:
        level = max(room // len(widths), 1)
        while sum(min(w, level + 1) for w in widths) <= room:
            level += 1
        spare = room - sum(min(w, level) for w in widths)
        capped = [min(w, level) for w in widths]
        for index, w in enumerate(widths):
            if w > level and spare > 0:
                capped[index] += 1
                spare -= 1
        widths = capped
    return [Column(header, width=w) for header, w in zip(headers, widths, strict=True)]


def sgr(style: str, color_system: str | None) -> str:
    """The escape sequence that starts Rich style `style` ("bold red") on a terminal of
    `color_system` (a Rich console's), or nothing when it has no colour."""
    from rich.color import ColorSystem
    from rich.style import Style

    if color_system is None:
        return ""
    marker = "\x00"
    return Style.parse(style).render(marker, color_system=ColorSystem[color_system.upper()]).split(marker)[0]


def _styled(line: str, styles: Mapping[str, str]) -> str:
    """`line` (padded) with the style of the word it holds, the padding left plain."""
    word = line.strip(" ")
    start = styles.get(word)
    if not start:
        return line
    at = line.index(word)
    return f"{line[:at]}{start}{word}\x1b[0m{line[at + len(word):]}"


def wrap(text: str, width: int) -> list[tuple[str, int]]:
    """`text` as lines of at most `width` cells, each with its width in cells.

    Broken at spaces where it can (the spaces at a break are dropped), a word
    longer than a line is cut wherever it must; line breaks in the text are kept.
    """
    text = safetext.visible(text)
    if "\t" in text:
        text = text.expandtabs(TAB_SIZE)
    lines: list[tuple[str, int]] = []
    for paragraph in text.split("\n"):
        if _NARROW.fullmatch(paragraph):  # one cell a character: what English and Russian text is
            if len(paragraph) <= width:
                lines.append((paragraph, len(paragraph)))
            else:
                lines.extend((line, len(line)) for line in _narrow_lines(paragraph, width))
        else:
            _wrap_cells(paragraph, width, lines)
    return lines


_NARROW = re.compile("[ -~\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e]*")
"""Latin, Greek, Cyrillic and common punctuation: one terminal cell per character, no combining
marks, so `len` is the width. Anything else (CJK, combining marks, emoji) is measured per word."""

_LINE_PATTERNS: dict[int, re.Pattern[str]] = {}


def _narrow_lines(paragraph: str, width: int) -> list[str]:
    """Greedy lines of at most `width` characters, in one regular-expression scan: the longest
    run that ends before spaces (or the end), or else `width` characters of a longer word."""
    pattern = _LINE_PATTERNS.get(width)
    if pattern is None:
        pattern = _LINE_PATTERNS[width] = re.compile(f"(.{{1,{width}}})(?: +|$)|(.{{{width}}})")
    return [(fits or cut).rstrip(" ") for fits, cut in pattern.findall(paragraph)]


def _wrap_cells(paragraph: str, width: int, lines: list[tuple[str, int]]) -> None:
    """`wrap` for text whose characters are not all one cell wide: word by word, in cells."""
    used = cell_len(paragraph)
    if used <= width:
        lines.append((paragraph, used))
        return
    line: list[str] = []
    used = 0
    for word in paragraph.split(" "):
        size = cell_len(word)
        if line and used + 1 + size <= width:
            line.append(word)
            used += 1 + size
            continue
        if line:
            lines.append((" ".join(line).rstrip(" "), used - _trailing(line)))
            line, used = [], 0
            if not word:
                continue  # the space at a break
        while size > width:
            head, head_size = _cut(word, width)
            lines.append((head, head_size))
            word, size = word[len(head) :], size - head_size
        line, used = [word], size
    if line:
        lines.append((" ".join(line).rstrip(" "), used - _trailing(line)))


def _trailing(words: list[str]) -> int:
    """Cells of the spaces `rstrip` takes from the end of a line (empty words are extra spaces)."""
    count = 0
    for word in reversed(words[1:]):
        if word:
            break
        count += 1
    return count


def _cut(word: str, width: int) -> tuple[str, int]:
    """The longest start of `word` that fits in `width` cells (at least one character)."""
    used = 0
    for index, char in enumerate(word):
        size = get_character_cell_size(char)
        if used + size > width and index:
            return word[:index], used
        used += size
    return word, used
