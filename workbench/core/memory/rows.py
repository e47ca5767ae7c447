"""Memory units as database rows: made from translation units, inserted in bulk.

A million-unit import makes a million rows in the reading process and inserts
them in the writer process (`memory_bulk`); both halves are per-row Python,
so each is kept to what the row needs. A row is a plain tuple in the order of
`COLUMNS` (plain values: it crosses the pipe to the writer as it is, `bulk.pack_batch`).

Most imported units leave the same columns empty (no status, no notes, no
props), and most files give every unit the same languages, status and dates:
binding a value costs SQLite and the `sqlite3` module a parameter each
time, where a statement with the value written into it costs nothing. So
`insert_rows` inserts each run of rows with the same empty columns with a
statement of its own that has those NULLs as literals, and the values the
whole run shares too (`LITERAL_COLUMNS`), and binds only the others (in
order: the ids are the same as one statement's). The rows are grouped so
(`runs_of`) where they are made, and the writer process inserts the runs as
they come (`insert_runs`).

A large TMX file is parsed on both cores: `tmx_row_batches` has its parts
(`formats.tmx.tmx_parts`) made into rows by `tmx_part_rows` through
`formats.tmx.part_results`, in a second process as much as in this one, and each part's
rows come back in runs, packed (`bulk.pack_batch`), ready to go down the writer's pipe as they are. The
second process imports this module only (not the fuzzy search's numpy and
rapidfuzz): that is why `source_key` is here.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from itertools import groupby, islice
from operator import itemgetter
from pathlib import Path
from typing import Any

from termbase import safetext
from termbase.normalize import fold_text
from workbench.core.memory.bulk import LOAD_BATCH, pack_batch
from workbench.core.project import MAX_SEGMENT_CHARS
from workbench.formats.base import TranslationUnit, UnitFields, fields_clean
from workbench.formats.tmx import ReadCounts, part_results, read_tmx, read_tmx_part, tmx_parts
from workbench.tags import InlineCodes, strip_tags

COLUMNS = (
    "segment_id", "tuid", "source", "target", "source_lang", "target_lang",
    "source_key", "status", "confidence", "created", "changed", "notes", "props", "codes", "creator", "changer",
)
"""The columns of a row (`unit_row`), `memory_id` aside (it is the statement's)."""
NULLABLE = (0, 1, 7, 8, 9, 10, 11, 12, 13, 14, 15)
"""The positions in a row that may hold None (the others never do)."""

Row = tuple[Any, ...]


def source_key(text: str) -> int:
    """A stable signed 64-bit hash of the folded text without placeholders (SQLite integer), for exact lookups.

    ASCII text without a backtick has no placeholder (their brackets are not ASCII) and folds to
    its lower case with single spaces (`fold_word`'s own ASCII way): said here directly, that is
    0.3 s less of a million-unit import's reading (0.28 -> 0.26 s per 100,000 English sources).
    Most sources have single spaces already, which splitting and joining only copies word by
    word: ASCII white space but the space is not printable, so a printable text without two
    spaces together or one at either end is its own folding (0.49 -> 0.40 s per 200,000)."""
    if text.isascii() and "`" not in text:
        folded = text.lower()
        if not folded.isprintable() or "  " in folded or folded[:1] == " " or folded[-1:] == " ":
            folded = " ".join(folded.split())
    else:
        folded = _fold_text(strip_tags(text))
    return _signed_64(hashlib.blake2b(folded.encode("utf-8"), digest_size=8).digest())[0]


_signed_64 = struct.Struct(">q").unpack
"""Eight bytes as a big-endian signed integer (`int.from_bytes(..., "big", signed=True)`, with less to call)."""


_fold_text = fold_text.__wrapped__
"""`fold_text` without its cache: sources are folded once each, and a million of them only churned
it (a fifth of `source_key`'s time in a million-unit import)."""


@dataclass
class Tally:
    """The units an import leaves out, counted as the rows are made."""

    skipped: int = 0
    """Units with an empty source or target: they can never be offered as a translation."""
    too_long: int = 0
    """Units with a side longer than `MAX_SEGMENT_CHARS`."""
    no_source: int = 0
    """TMX units with no variant in the source language (a de/ru unit in an en/ru file)."""
    other_direction: int = 0
    """TMX units whose `srclang` names another source language: translated the other way."""
    dropped: int = 0
    """Attributes a TMX read dropped from the units it kept (`ReadCounts.dropped`)."""

    def read(self, counts: ReadCounts) -> None:
        """Add the units a TMX read passed over (`counts`, the whole file's) to the tally: the
        memory import said nothing of them, so a unit of a merged file vanished unseen; and the
        attributes it dropped."""
        self.no_source += counts.units - counts.matched - counts.other_srclang
        self.other_direction += counts.other_srclang
        self.dropped += counts.dropped


def rows_of(units: Iterable[TranslationUnit], tally: Tally) -> Iterator[Row]:
    """The rows of the units a shared memory stores (each cleaned), the others counted in `tally`."""
    for unit in map(TranslationUnit.cleaned, units):
        if not unit.source.strip() or not unit.target.strip():
            tally.skipped += 1
        elif max(len(unit.source), len(unit.target)) > MAX_SEGMENT_CHARS:
            tally.too_long += 1
        else:
            yield unit_row(None, unit)


def field_rows(units: Iterable[UnitFields], tally: Tally, *, clean: bool = True) -> Iterator[Row]:
    """`rows_of` for units read as their fields (`UnitFields`): the same rows. Without `clean`, the
    units are known clean already (`_clean_part`), which `fields_clean` would only confirm."""
    for fields in map(fields_clean, units) if clean else units:
        source, target, source_lang, target_lang, tuid, created, changed, status, confidence, notes, props, codes, creator, changer = fields
        if not source.strip() or not target.strip():
            tally.skipped += 1
        elif max(len(source), len(target)) > MAX_SEGMENT_CHARS:
            tally.too_long += 1
        else:
            yield _row(
                None, source, target, source_lang, target_lang, tuid, created, iso(changed),
                status, confidence, notes, props, codes, creator, changer,
            )


def tmx_row_batches(
    path: Path, source_lang: str, target_lang: str, tally: Tally, progress: Callable[[int, int], None] | None = None
) -> Iterator[bytes] | None:
    """The rows of a TMX file's units as packed batches of runs (`rows_of`, `runs_of`), its parts parsed on two
    cores; None for a file `tmx_parts` leaves to the in-order read. `progress`: as `tmx_parts` takes it."""
    parts = tmx_parts(path, progress)
    return None if parts is None else _part_batches(path, parts, source_lang, target_lang, tally)


def _part_batches(
    path: Path, parts: Iterator[bytes], source_lang: str, target_lang: str, tally: Tally
) -> Iterator[bytes]:
    """`tmx_row_batches`: the parts' rows in order, and the rest read in order where
    `part_results` says so (see `tmx_parts`)."""

    def in_order(done: int) -> Iterator[tuple[bytes, int, int]]:
        rows = rows_of(islice(read_tmx(path, source_lang, target_lang, counts), done, None), tally)
        while batch := list(islice(rows, LOAD_BATCH)):
            yield pack_batch(runs_of(batch)), 0, 0  # `rows_of` tallies

    counts = ReadCounts()
    for data, skipped, too_long in part_results(tmx_part_rows, parts, source_lang, target_lang, counts, in_order):
        tally.skipped, tally.too_long = tally.skipped + skipped, tally.too_long + too_long
        yield data
    tally.read(counts)


def tmx_part_rows(source_lang: str, target_lang: str, part: bytes) -> tuple[tuple[bytes, int, int], ReadCounts]:
    """One part's rows in runs (`runs_of`), packed (`bulk.pack_batch`), with the units left out, and what its read
    counted (for `part_results`)."""
    counts, tally = ReadCounts(), Tally()
    units = read_tmx_part(part, source_lang, target_lang, counts)
    runs = runs_of(field_rows(units, tally, clean=not _clean_part(part, source_lang, target_lang)))
    return (pack_batch(runs), tally.skipped, tally.too_long), counts


_PREDEFINED_ENTITIES = (b"&amp;", b"&lt;", b"&gt;", b"&quot;", b"&apos;")


def _clean_part(part: bytes, source_lang: str, target_lang: str) -> bool:
    """Whether every text read from `part` (a TMX part: UTF-8) is clean as it is (`fields_clean`
    would return every unit as it came): one scan of the part's bytes (`is_clean_utf8`), where
    checking each unit's joined texts took a tenth of a large import's reading.

    A text read from XML is a piece of the file's text, with line ends normalised and white
    space in attribute values made spaces, the five predefined entities replaced (none is a
    character `clean` drops) and inline codes as placeholders (brackets and digits); so it
    is clean if the part is and the part has no other reference (a character reference or an
    entity a DTD declares could stand for anything). The languages asked for stand in for a
    variant's missing language."""
    if b"&" in part and part.count(b"&") != sum(map(part.count, _PREDEFINED_ENTITIES)):
        return False
    return safetext.is_clean(source_lang + target_lang) and safetext.is_clean_utf8(part)


def unit_row(
    segment_id: int | None, unit: TranslationUnit, *, created: str | None = None, changed: str | None = None
) -> Row:
    """The values of one unit for `insert_rows`: plain values, so a `WriterProcess` can take them;
    `created` and `changed`, when given, are its dates as stored already (ISO 8601)."""
    row = _row(
        segment_id, unit.source, unit.target, unit.source_lang, unit.target_lang, unit.tuid,
        unit.created, changed if changed is not None else iso(unit.changed),
        unit.status, unit.confidence, unit.notes, unit.props, unit.codes, unit.creator, unit.changer,
    )
    return row if created is None else (*row[:9], created, *row[10:])


def _row(
    segment_id: int | None,
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    tuid: str | None,
    created: datetime | None,
    changed: str | None,
    status: str | None,
    confidence: float | None,
    notes: tuple[str, ...],
    props: tuple[tuple[str, str], ...],
    codes: InlineCodes | None,
    creator: str | None,
    changer: str | None,
) -> Row:
    return (
        segment_id, tuid, source, target, source_lang, target_lang, source_key(source), status, confidence,
        iso(created), changed,
        json.dumps(notes, ensure_ascii=False) if notes else None,
        json.dumps(props, ensure_ascii=False) if props else None,
        codes.to_json() if codes is not None else None,
        creator, changer,
    )


@lru_cache(maxsize=4096)
def iso(moment: datetime | None) -> str | None:
    """ISO 8601 UTC like the project's timestamps; cached, as imported units share dates."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


Run = tuple[tuple[str, ...], list[Row]]
"""Rows with the same statement and the values it binds (`runs_of`). The statement is told by
its marks, one per column of `COLUMNS`: `?` (bound), `NULL`, a quoted literal, or `TARGET_MARK`."""

TARGET = COLUMNS.index("target")
TARGET_MARK = "cast(? as text)"
"""The target's mark: a run binds each target as its UTF-8 bytes, stored as the text they are
(SQLite's cast of a blob to text takes its bytes as they are). A writer process reads its batches
back (`bulk.unpack_batch`), and decoding the Russian targets' UTF-8 into strings was two thirds of
that (0.52 -> 0.17 s for a million units' batches; binding the bytes costs no more than binding
the strings, which the `sqlite3` module encodes). Every target is a cleaned text (no lone
surrogate), so it encodes."""

LITERAL_COLUMNS = (4, 5, 7, 9, 10, 14, 15)
"""Positions in a row that a whole file often shares (the languages, the status, the dates, the people):
written into the statement when every row of a run has the same value. Leaving five of the
nine values of a synthetic million-unit import unbound took a quarter off its inserts'
CPU time in the writer process, and a sixth off pickling and unpickling the rows."""
LITERAL_RUN = 50
"""Rows a run needs for its shared values to become literals: each new statement is compiled."""
_LITERAL = re.compile(r"[\w:.+-]{0,64}", re.ASCII)
"""A value written as a literal between quotes: nothing to escape (no quote, no NUL), short."""


def runs_of(rows: Iterable[Row]) -> list[Run]:
    """`rows` in runs with the same statement, each row as the values its statement binds.

    Per-row Python (about 0.6 s a million rows), done where the rows are made, a parts worker
    as much as the reading process, rather than in the writer process, which has the
    storing and indexing to do."""
    return [_run(nulls, list(run)) for nulls, run in groupby(rows, _nulls)]


def _run(nulls: tuple[bool, ...], rows: list[Row]) -> Run:
    """Rows with these empty columns as one run: its marks and the values they bind."""
    marks = list(_null_marks(nulls))
    if len(rows) >= LITERAL_RUN:
        for position in LITERAL_COLUMNS:
            value = rows[0][position]
            if (
                type(value) is str
                and _LITERAL.fullmatch(value)
                and list(map(itemgetter(position), rows)).count(value) == len(rows)
            ):
                marks[position] = f"'{value}'"
    bound = tuple(position for position, mark in enumerate(marks) if "?" in mark)
    columns = [list(map(itemgetter(position), rows)) for position in bound]
    target = bound.index(TARGET)
    columns[target] = list(map(str.encode, columns[target]))
    return tuple(marks), list(zip(*columns))


def insert_rows(conn: sqlite3.Connection, memory_id: int, rows: Sequence[Row]) -> None:
    """Insert `rows` (`unit_row`) into the memory `memory_id`, in order (see the module)."""
    insert_runs(conn, memory_id, runs_of(rows))


def insert_runs(conn: sqlite3.Connection, memory_id: int, runs: Iterable[Run]) -> None:
    """Insert the rows of `runs` (`runs_of`) into the memory `memory_id`, in order."""
    for marks, values in runs:
        conn.executemany(_statement(int(memory_id), marks), values)


def _nulls(row: Row) -> tuple[bool, ...]:
    """Which of the `NULLABLE` positions of `row` are empty."""
    return (
        row[0] is None, row[1] is None, row[7] is None, row[8] is None,
        row[9] is None, row[10] is None, row[11] is None, row[12] is None, row[13] is None,
        row[14] is None, row[15] is None,
    )


@lru_cache(maxsize=256)
def _statement(memory_id: int, marks: tuple[str, ...]) -> str:
    """The insert for a run with these marks (`Run`)."""
    return f"insert into units(memory_id, {', '.join(COLUMNS)}) values ({memory_id}, {', '.join(marks)})"


@lru_cache(maxsize=256)
def _null_marks(nulls: tuple[bool, ...]) -> tuple[str, ...]:
    """The marks of rows with these empty columns: NULL for those, the others bound."""
    empty = {position for position, null in zip(NULLABLE, nulls, strict=True) if null}
    return tuple(
        "NULL" if position in empty else TARGET_MARK if position == TARGET else "?" for position in range(len(COLUMNS))
    )


