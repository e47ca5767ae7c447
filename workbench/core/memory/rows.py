"""Memory units as database rows: made from translation units, inserted in bulk.

A million-unit import makes a million rows in the reading process and inserts
them in the writer process (`memory_bulk`); both halves are per-row Python,
so each is kept to what the row needs. A row is a plain tuple in the order of
`COLUMNS` (picklable: it crosses the pipe to the writer as it is).

Most imported units leave the same columns empty (no status, no notes, no
props): binding a NULL costs SQLite and the `sqlite3` module a parameter each
time, where a statement with the NULL written into it costs nothing. So
`insert_rows` inserts each run of rows with the same empty columns with a
statement of its own that has those NULLs as literals, and binds only the
values the rows have (in order: the ids are the same as one statement's).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from typing import Any

from workbench.core.memory.search import source_key
from workbench.formats.base import TranslationUnit

COLUMNS = (
    "segment_id", "tuid", "source", "target", "source_lang", "target_lang",
    "source_key", "status", "confidence", "created", "changed", "notes", "props",
)
"""The columns of a row (`unit_row`), `memory_id` aside (it is the statement's)."""
NULLABLE = (0, 1, 7, 8, 9, 10, 11, 12)
"""The positions in a row that may hold None (the others never do)."""

Row = tuple[Any, ...]


def unit_row(segment_id: int | None, unit: TranslationUnit, *, changed: str | None = None) -> Row:
    """The values of one unit for `insert_rows`: picklable, so a `WriterProcess` can take them."""
    return (
        segment_id,
        unit.tuid,
        unit.source,
        unit.target,
        unit.source_lang,
        unit.target_lang,
        source_key(unit.source),
        unit.status,
        unit.confidence,
        iso(unit.created),
        changed if changed is not None else iso(unit.changed),
        json.dumps(unit.notes, ensure_ascii=False) if unit.notes else None,
        json.dumps(unit.props, ensure_ascii=False) if unit.props else None,
    )


@lru_cache(maxsize=4096)
def iso(moment: datetime | None) -> str | None:
    """ISO 8601 UTC like the project's timestamps; cached, as imported units share dates."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def insert_rows(conn: sqlite3.Connection, memory_id: int, rows: Sequence[Row]) -> None:
    """Insert `rows` (`unit_row`) into the memory `memory_id`, in order (see the module)."""
    for nulls, run in groupby(rows, _nulls):
        sql, values = _statement(int(memory_id), nulls)
        conn.executemany(sql, map(values, run))


def _nulls(row: Row) -> tuple[bool, ...]:
    """Which of the `NULLABLE` positions of `row` are empty."""
    return (
        row[0] is None, row[1] is None, row[7] is None, row[8] is None,
        row[9] is None, row[10] is None, row[11] is None, row[12] is None,
    )


@lru_cache(maxsize=256)
def _statement(memory_id: int, nulls: tuple[bool, ...]) -> tuple[str, Any]:
    """The insert for rows with these empty columns, and what picks the values it binds from a row."""
    empty = {position for position, null in zip(NULLABLE, nulls, strict=True) if null}
    kept = [position for position in range(len(COLUMNS)) if position not in empty]
    marks = ", ".join("NULL" if position in empty else "?" for position in range(len(COLUMNS)))
    sql = f"insert into units(memory_id, {', '.join(COLUMNS)}) values ({memory_id}, {marks})"
    pick = itemgetter(*kept)  # more than one position always (source, target ... are never empty)
    return sql, pick
