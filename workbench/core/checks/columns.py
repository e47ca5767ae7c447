"""Text laid out in columns with spaces: a program's ``--help`` table, a list of commands.

GNU's option tables (and those of most programs that copy them) are plain text: each row is
indented, holds an option or a name, then runs of spaces up to a description column, and a
description too long for the line goes on in lines indented to that column:

    "  -c, --count           prefix lines by the number of occurrences\\n"
    "                          (continued here)\\n"

A translator keeps the table by padding with spaces of their own, since a translated
metavariable or description is another width («--length=БИТ        длина свёртки»). Those
runs of spaces and indents are layout, not a double space or a stray indent typed by mistake;
a space doubled inside a description, or inside the row's first cell where the source has one
(«-r,  --reference»), still is. Only a source that is laid out so itself lets the target be:
prose keeps every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROW = re.compile(r"^([ \t]+)((?:\S+ )*\S+) {2,}(?=\S)", re.MULTILINE)
"""An indented line whose first cell (words parted by single spaces) runs into two or more
spaces and another column."""
_SENTENCE_CLOSE = re.compile(r"[.!?…][\"'»”’)\]]*$")
"""A cell that ends a sentence: GNU's two spaces after a stop in indented prose, no column."""


def _first_cells(source: str) -> list[tuple[int, str]]:
    """(indent, first cell) of each row of the source's table; none when it is no table."""
    if "  " not in source:
        return []  # most texts: no run of spaces at all
    return [(len(m.group(1)), m.group(2)) for m in _ROW.finditer(source) if not _SENTENCE_CLOSE.search(m.group(2))]


def row_indent(source: str) -> int | None:
    """The deepest indent of a row of the source's table, or None when the source is not laid
    out in columns (a table's continuation lines are indented deeper than its rows)."""
    indents = [indent for indent, _ in _first_cells(source)]
    return max(indents) if indents else None


_KEY_ROW = re.compile(r"((?:\S+ ){0,2}\S+) {2,}\S[^\n]*\n?")
"""A line with no indent whose first cell (up to three words parted by single spaces) runs into
two or more spaces and its description: a key table as texinfo and info write it ("1...9
Pick the first...ninth item in this node's menu."), one line to a key."""


def key_row(text: str) -> bool:
    """Whether `text` is one row of a key table with no indent (`_KEY_ROW`): a key, spaces up to a
    column, a description. A cell that ends a sentence is prose with two spaces after its stop."""
    row = _KEY_ROW.fullmatch(text)
    return row is not None and not _SENTENCE_CLOSE.search(row.group(1))


@dataclass(frozen=True)
class TableRuns:
    """The runs of two spaces or more in the rows of a target laid out as its source's table."""

    gaps: frozenset[int]
    """Where a run pads a row's first cell up to the next column: layout."""
    splits: frozenset[int]
    """Where a run splits a cell the source writes with one space («-r,  --reference»): a slip."""


_NO_TABLE = TableRuns(frozenset(), frozenset())
_LINE = re.compile(r"[^\n]+")
_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")


def table_runs(text: str, source: str) -> TableRuns:
    """The gaps and splits of each row of `text` (an indented line no deeper than the source's
    rows: a continuation line is indented deeper, and its runs are the description's). A row's
    runs are read in turn: one after a word that a first cell of the source holds with a single
    space after it splits a cell; the first other one is the gap to the next column, unless the cell before it
    ends a sentence (indented prose); runs after the gap are inside the description."""
    rows = _first_cells(source)
    if not rows:
        return _NO_TABLE
    deepest = max(indent for indent, _ in rows)
    cells = "\n".join(cell for _, cell in rows)
    gaps: set[int] = set()
    splits: set[int] = set()
    for line in _LINE.finditer(text):
        indent = len(line.group()) - len(line.group().lstrip(" \t"))
        if not 0 < indent <= deepest:
            continue
        for run in _RUN.finditer(text, line.start(), line.end()):
            cell = text[line.start() + indent:run.start()]
            if _SENTENCE_CLOSE.search(cell):
                break
            last = cell.rsplit(None, 1)[-1]
            if re.search(rf"(?<!\S){re.escape(last)} (?=\S)", cells):
                splits.add(run.start())
                continue
            gaps.add(run.start())
            break
    return TableRuns(frozenset(gaps), frozenset(splits))
