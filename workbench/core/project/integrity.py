"""Is project.db still as workbench wrote it? Checked when a project is opened.

A project.db is an ordinary SQLite file: another program (a script, the `sqlite3`
shell, a sync tool) can store a blob as a target, a status no workbench knows or a
document name that is not text, rename or drop a column, or drop a trigger. Every
command then ended in a traceback wherever it first read that value (hardening rounds
five and six). Checking each value where it is read would mean a check at every
reader; instead the database is held to what every reader may assume, in one place:

* writes: triggers make SQLite itself refuse a wrong-typed segment or document
  row from any program (`TYPED_TRIGGERS`, made by migrations);
* rows written before the triggers existed, or while another program had dropped
  them: scanned once, by a migration, and again whenever the triggers are found
  missing or changed (the scan then puts them back if every row is sound);
* columns: every column the readers name must be there (two `pragma_table_info`
  reads at each open, a few microseconds).

A problem found is one line naming the row or column (exit code 2 on the command
line); nothing is changed to "repair" the user's data behind their back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from pathlib import Path

from termbase.foreign_triggers import foreign_trigger
from termbase.typed_columns import first_mistyped, hold_triggers, typed_columns_triggers
from workbench.errors import ProjectError
from workbench.wording import N_

SEGMENT_STATUSES = ("draft", "translated", "reviewed")


def _typed_segment_trigger(event: str, columns: str) -> str:
    # `status != a and status != b ...`, not `status not in (a, b, ...)`: the list costs
    # SQLite a lookup table per row (200,000 inserts: 1.0 s more, against 0.27 s).
    unknown = " and ".join(f"new.status != '{status}'" for status in SEGMENT_STATUSES)
    return (
        f"CREATE TRIGGER segments_typed_{event} before {event}{columns} on segments "
        f"when typeof(new.source) != 'text' or typeof(new.target) != 'text' or ({unknown}) "
        "begin select raise(abort, 'a segment''s source and target must be text and its status "
        "draft, translated or reviewed'); end"
    )


SEGMENT_COLUMN_TYPES: dict[str, tuple[str, ...]] = {
    "document_id": ("integer",),
    "seq": ("real", "integer"),
    "confidence": ("real", "integer", "null"),
    "similarity": ("real", "integer", "null"),
    "source_from": ("integer", "null"),
    "source_to": ("integer", "null"),
    "target_from": ("integer", "null"),
    "target_to": ("integer", "null"),
    "locked": ("integer",),
    "untranslatable": ("integer",),
    "prefilled": ("integer", "null"),
    "changed_at": ("text", "null"),
    "codes": ("text", "null"),
    "unit_id": ("text", "null"),
}
"""The storage types (SQLite's `typeof`) each other column of a segment is read as: a confidence
stored as text ended `export` and `align` in a traceback, a blob `segments --format json`, a
sentence range of text `align`, a `changed_at` blob `export` (hardening, round nine)."""


FINDING_COLUMN_TYPES: dict[str, tuple[str, ...]] = {
    "segment_id": ("integer",),
    "check": ("text",),
    "severity": ("text",),
    "side": ("text",),
    "start": ("integer", "null"),
    "end": ("integer", "null"),
    "message": ("text",),
    "suggestion": ("text", "null"),
}
"""The same for a stored finding (`segment_findings`): a blob check id ended `segments --format json`,
a text span `check` (round nine)."""

COMMENT_COLUMN_TYPES: dict[str, tuple[str, ...]] = {
    "segment_id": ("integer",),
    "author": ("text",),
    "text": ("text",),
    "created_at": ("text",),
    "resolved_at": ("text", "null"),
    "resolved_by": ("text", "null"),
}
"""And for a comment (`segment_comments`): a segment id as text ended `export` and `comment list`."""

SENTENCE_COLUMN_TYPES: dict[str, tuple[str, ...]] = {
    "document_id": ("integer",),
    "side": ("text",),
    "seq": ("integer",),
    "paragraph_id": ("integer", "null"),
    "text": ("text",),
    "findings": ("text", "null"),
}
"""And for an imported sentence (`sentences`): a blob text ended `align`."""

PARAGRAPH_COLUMN_TYPES: dict[str, tuple[str, ...]] = {
    "document_id": ("integer",),
    "side": ("text",),
    "seq": ("integer",),
    "text": ("text",),
    "original": ("text", "null"),
}
"""And for an imported paragraph (`paragraphs`, swept in round ten: no reader failed, typed like the
sentences that point to it)."""

DOCUMENT_ORDER_TYPES: dict[str, tuple[str, ...]] = {"seq": ("integer",)}
"""A document's place (`documents.seq`; its text columns have `documents_typed_*`): text there
ended the next `import` in a TypeError traceback (round ten)."""

COLUMN_TYPES = {
    "segments": SEGMENT_COLUMN_TYPES, "segment_findings": FINDING_COLUMN_TYPES, "segment_comments": COMMENT_COLUMN_TYPES,
    "sentences": SENTENCE_COLUMN_TYPES, "paragraphs": PARAGRAPH_COLUMN_TYPES, "documents": DOCUMENT_ORDER_TYPES,
}


_DOCUMENT_UNTYPED = (
    "typeof(new.name) != 'text' or typeof(new.kind) != 'text' or typeof(new.imported_at) != 'text' "
    "or typeof(new.source_file) not in ('text', 'null') or typeof(new.target_file) not in ('text', 'null')"
)


def _typed_document_trigger(event: str, columns: str) -> str:
    return (
        f"CREATE TRIGGER documents_typed_{event} before {event}{columns} on documents "
        f"when {_DOCUMENT_UNTYPED} "
        "begin select raise(abort, 'a document''s name, kind, files and import date must be text'); end"
    )


TYPED_TRIGGERS: dict[str, str] = {
    "segments_typed_insert": _typed_segment_trigger("insert", ""),
    "segments_typed_update": _typed_segment_trigger("update", " of source, target, status"),
    "documents_typed_insert": _typed_document_trigger("insert", ""),
    "documents_typed_update": _typed_document_trigger(
        "update", " of name, kind, source_file, target_file, imported_at"
    ),
    **typed_columns_triggers(COLUMN_TYPES),
}
"""Each trigger's name and the statement that makes it, as SQLite keeps it in `sqlite_master`
(which writes the statement's first two words in capitals, whatever they were)."""

GENERATION_TRIGGERS: dict[str, str] = {
    f"segments_generation_{event}": (
        f"CREATE TRIGGER segments_generation_{event} after {event} on segments "
        "begin update segments_generation set generation = generation + 1 where id = 1; end"
    )
    for event in ("insert", "update", "delete")
}
"""The triggers that count segment changes for an open TUI (migration `m_editing_sessions_and_generation`)."""

OUR_TRIGGERS: dict[str, str | None] = {**GENERATION_TRIGGERS, **dict.fromkeys(TYPED_TRIGGERS)}
"""Every trigger a workbench project.db may hold; a typed trigger's statement may differ (its
body is put back by `check_database`), the others' must be ours word for word."""

READ_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "id", "seq", "name", "kind", "source_file", "target_file", "source_encoding", "target_encoding", "imported_at",
    ),
    "segments": (
        "id", "document_id", "seq", "source", "target", "status", "confidence", "source_from", "source_to",
        "target_from", "target_to", "locked", "changed_at", "similarity", "codes", "unit_id", "untranslatable",
        "prefilled", "machine",
    ),
}
"""The columns of the two tables every command reads, all of them (a test holds this to what
the migrations make): a renamed or dropped one ended `segments` and `check` in a KeyError."""

_DAMAGED_SEGMENT = (
    "select id, typeof(source), typeof(target), quote(status) from segments "
    "where typeof(source) != 'text' or typeof(target) != 'text' or ("
    + " and ".join(f"status != '{status}'" for status in SEGMENT_STATUSES)
    + ") order by id limit 1"
)
_DAMAGED_DOCUMENT = (
    "select id, typeof(name), typeof(kind), typeof(source_file), typeof(target_file), typeof(imported_at) "
    f"from documents where {_DOCUMENT_UNTYPED.replace('new.', '')} order by id limit 1"
)


def refuse_damaged_rows(conn: sqlite3.Connection, db_path: Path) -> None:
    """Refuse a database holding a segment or document row no reader can take.

    A full scan (0.1 s of CPU for 200,000 segments, busy machine): run by a migration once, and when
    the triggers that keep such rows out were found gone.
    """
    segment = conn.execute(_DAMAGED_SEGMENT).fetchone()
    if segment is not None:
        raise ProjectError.worded(
            N_("{path}: segment {id} was written by another program and cannot be read (source {source}, target {target}, status {status}; a segment holds text and the status draft, translated or reviewed): correct or delete that row"),
            path=db_path, id=segment[0], source=segment[1], target=segment[2], status=segment[3],
        )
    for table, types in COLUMN_TYPES.items():
        mistyped = first_mistyped(conn, table, types)
        if mistyped is not None:
            raise mistyped_row(db_path, table, *mistyped)
    document = conn.execute(_DAMAGED_DOCUMENT).fetchone()
    if document is not None:
        raise ProjectError.worded(
            N_("{path}: document {id} was written by another program and cannot be read (its name, kind, files and import date must be text): correct or delete that row"),
            path=db_path, id=document[0],
        )


def mistyped_row(db_path: Path, table: str, row: object, column: str, kind: str) -> ProjectError:
    """The one line for a row `first_mistyped` found."""
    return ProjectError.worded(
        N_("{path}: row {id} of {table} was written by another program and cannot be read (its {column} holds {kind}): correct or delete that row"),
        path=db_path, id=row, table=table, column=column, kind=kind,
    )


def refuse_foreign_triggers(
    conn: sqlite3.Connection, db_path: Path, ours: Mapping[str, str | None] = OUR_TRIGGERS
) -> None:
    """Refuse a database of the project folder holding a trigger workbench did not make (`ours`:
    project.db's; memory.db and team.db have none), before anything is written to it.

    A project received from someone else can carry one: it ran inside every save and replace
    and changed other rows in silence (round nine: `update segments set source = ...`, `delete
    from journal`). Refused, not dropped: nothing in the user's file is changed behind them.
    """
    if (trigger := foreign_trigger(conn, ours)) is not None:
        raise ProjectError.worded(
            N_("{path} holds a trigger workbench did not make ({trigger}): it would run at every write and could change what is saved; drop it with the sqlite3 shell, or use a copy of the project you trust"),
            path=db_path, trigger=trigger,
        )


READ_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError)
"""What reading a stored value of the wrong shape raises: a JSON column holding something else
than workbench wrote (a JSONDecodeError is a ValueError; nesting a million deep, RecursionError)."""


def unreadable_value(db_path: Path, table: str, column: str, row: object, error: BaseException) -> ProjectError:
    """The one line for a value another program stored that a reader cannot take (`READ_ERRORS`).

    The triggers and the opening's checks hold the segments' and documents' text columns; the
    JSON columns (inline codes, import findings, the last check run) are read where they are
    used, and a reader catching `READ_ERRORS` says this instead of a traceback (round nine:
    `codes = '{bad'` ended `export` so, a bad `checks_last_run` row every `status`).
    """
    return ProjectError.worded(
        N_("{path}: the {column} of {table} row {row} was written by another program and cannot be read ({error}): correct or delete that row"),
        path=db_path, table=table, column=column, row=row, error=f"{type(error).__name__}: {error}",
    )


def check_database(
    conn: sqlite3.Connection, db_path: Path, lock: Callable[[], AbstractContextManager[object]]
) -> None:
    """At every open, after the migrations: the columns the readers name, and the triggers.

    Triggers gone or changed (another program dropped them, or rebuilt a table, which drops
    them) are put back under the write lock `lock()` once a scan finds every row sound.
    """
    for table, columns in READ_COLUMNS.items():
        present = {row[0] for row in conn.execute("select name from pragma_table_info(?)", (table,))}
        for column in columns:
            if column not in present:
                raise ProjectError.worded(
                    N_("{path}: the table {table} has no column {column}: another program changed the database; restore it from a copy"),
                    path=db_path, table=table, column=column,
                )
    (generation,) = conn.execute("select typeof(generation) from segments_generation").fetchone() or ("integer",)
    if generation != "integer":  # the counter an open TUI compares: another program's value ended align and check
        raise mistyped_row(db_path, "segments_generation", 1, "generation", generation)
    hold_triggers(conn, TYPED_TRIGGERS, lambda: refuse_damaged_rows(conn, db_path), lock)
