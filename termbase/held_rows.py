"""termbase.db held to what its readers take, from any program (hardening, round ten).

A blob as a term's text or language, a status no TBX knows (`'done'`, a number), text as a
concept's position or as the revision ended `term list`, `term export`, `term find` and `check`
in a traceback. Triggers (`typed_columns`) make SQLite refuse such a write; an opening that
finds them missing (a termbase made before them) or changed scans every row first and puts
them back only when all are sound, so rows written before are caught too, and the termbase
is otherwise left as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager

from termbase.errors import N_, TermbaseError
from termbase.model import TermStatus
from termbase.typed_columns import first_mistyped, hold_triggers, typed_columns_triggers

__all__ = ["TERMBASE_TRIGGERS", "hold_rows"]

_TEXT_OR_NULL = ("text", "null")
COLUMN_TYPES: dict[str, dict[str, tuple[str, ...]]] = {
    "concepts": {
        "id": ("text",), "position": ("integer",), "subject": _TEXT_OR_NULL, "definition": _TEXT_OR_NULL,
        "note": _TEXT_OR_NULL, "folded": _TEXT_OR_NULL,
    },
    "terms": {
        "concept_id": ("text",), "position": ("integer",), "lang": ("text",), "text": ("text",), "folded": ("text",),
        "status": ("text",), "part_of_speech": _TEXT_OR_NULL, "usage_note": _TEXT_OR_NULL, "context": _TEXT_OR_NULL,
        "case_sensitive": ("integer",),
    },
    "definitions": {"concept_id": ("text",), "position": ("integer",), "lang": ("text",), "text": ("text",)},
    "meta": {"key": ("text",), "value": ("integer",)},
}
_KEYS = {"concepts": "id", "terms": "id", "definitions": "id", "meta": "key"}
_UNKNOWN_STATUS = " and ".join(f"new.status != '{status.value}'" for status in TermStatus)

TERMBASE_TRIGGERS: dict[str, str] = typed_columns_triggers(COLUMN_TYPES) | {
    f"terms_status_known_{event}": (
        f"CREATE TRIGGER terms_status_known_{event} before {event}{columns} on terms when {_UNKNOWN_STATUS} "
        "begin select raise(abort, 'a term''s status must be preferred, admitted, deprecated or superseded'); end"
    )
    for event, columns in (("insert", ""), ("update", " of status"))
}
"""Every trigger a termbase holds, with the statement `sqlite_master` keeps."""


def _refuse_damaged(conn: sqlite3.Connection, name: object) -> None:
    for table, types in COLUMN_TYPES.items():
        mistyped = first_mistyped(conn, table, types, _KEYS[table])
        if mistyped is not None:
            row, column, kind = mistyped
            raise TermbaseError.worded(
                N_("{name}: row {row} of {table} was written by another program and cannot be read (its {column} holds {kind}): correct or delete that row"),
                name=name, row=row, table=table, column=column, kind=kind,
            )
    unknown = _UNKNOWN_STATUS.replace("new.", "")
    status = conn.execute(f"select id, quote(status) from terms where {unknown} order by id limit 1").fetchone()
    if status is not None:
        raise TermbaseError.worded(
            N_("{name}: term {row} has the status {status}, which no termbase knows (preferred, admitted, deprecated, superseded): another program wrote it; correct or delete that row"),
            name=name, row=status[0], status=status[1],
        )


def hold_rows(conn: sqlite3.Connection, name: object, lock: Callable[[], AbstractContextManager[object]]) -> None:
    """At every opening, after the migrations: the triggers held (`hold_triggers`); a file that
    cannot be written, such as a listed termbase on a read-only disk, is only scanned."""
    try:
        hold_triggers(conn, TERMBASE_TRIGGERS, lambda: _refuse_damaged(conn, name), lock)
    except sqlite3.OperationalError as error:
        if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_READONLY:
            raise
        _refuse_damaged(conn, name)  # a shared termbase on a read-only disk is read, scanned each time
