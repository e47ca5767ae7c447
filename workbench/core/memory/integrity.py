"""Is memory.db still as workbench wrote it? Held by triggers, checked when it is opened.

`project.db` is held so since hardening rounds five to nine (`workbench.core.project.integrity`);
`memory.db` travels with a project too, and another program could store a blob as a memory's
kind (`memory list` ended in a traceback from Rich), text as a unit's memory or segment id, a
blob as its source or target (`memory lookup`, `memory search`, `stats`), text as a source
term's document count (every lookup). Triggers make SQLite refuse such a write from any program;
an opening that finds them missing (a memory.db made before them) or changed scans every row
first and puts them back only when all are sound, so rows written before are caught too. A unit
naming a memory memory.db does not hold is found by the same scan.

Per unit written, the triggers cost about 1.4 µs of CPU (500,000 rows: 0.7 s; measured in
the README's "Round ten"); the counts of `source_terms` are written once per distinct word.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from termbase.typed_columns import first_mistyped, hold_triggers, typed_columns_triggers
from workbench.core.project import mistyped_row
from workbench.errors import ProjectError
from workbench.wording import N_

_TEXT_OR_NULL = ("text", "null")
MEMORY_COLUMN_TYPES: dict[str, dict[str, tuple[str, ...]]] = {
    "memories": {
        "name": ("text",), "kind": ("text",), "source_file": _TEXT_OR_NULL, "source_lang": _TEXT_OR_NULL,
        "target_lang": _TEXT_OR_NULL, "imported_at": ("text",), "target_pending": ("integer", "null"),
    },
    "units": {
        "memory_id": ("integer",), "segment_id": ("integer", "null"), "tuid": _TEXT_OR_NULL, "source": ("text",),
        "target": ("text",), "source_lang": _TEXT_OR_NULL, "target_lang": _TEXT_OR_NULL, "source_key": ("integer",),
        "status": _TEXT_OR_NULL, "confidence": ("real", "integer", "null"), "created": _TEXT_OR_NULL,
        "changed": _TEXT_OR_NULL, "notes": _TEXT_OR_NULL, "props": _TEXT_OR_NULL, "codes": _TEXT_OR_NULL,
        "creator": _TEXT_OR_NULL, "changer": _TEXT_OR_NULL,
    },
    "source_terms": {"term": ("text",), "docs": ("integer",)},
    "target_edit_steps": {"find": ("text",), "replacement": ("text",), "at": ("text",), "units": ("integer",)},
    "target_edits": {
        "step": ("integer",), "unit_id": ("integer",), "source": ("text",), "before": ("text",), "after": ("text",),
        "changed_before": _TEXT_OR_NULL,
    },
}
"""The storage types (`typeof`) each column of memory.db's tables is read as."""
_KEYS = {"memories": "id", "units": "id", "source_terms": "term", "target_edit_steps": "step", "target_edits": "id"}

MEMORY_TRIGGERS: dict[str, str] = typed_columns_triggers(MEMORY_COLUMN_TYPES) | {
    f"units_memory_held_{event}": (
        f"CREATE TRIGGER units_memory_held_{event} before {event}{columns} on units "
        "when not exists (select 1 from memories where id = new.memory_id) "
        "begin select raise(abort, 'a unit must name a memory the file holds'); end"
    )
    for event, columns in (("insert", ""), ("update", " of memory_id"))
} | {
    "memories_units_held_delete": (
        "CREATE TRIGGER memories_units_held_delete before delete on memories "
        "when exists (select 1 from units where memory_id = old.id) "
        "begin select raise(abort, 'a memory holding units cannot be deleted before them'); end"
    )
}
"""Every trigger a workbench memory.db holds, with the statement `sqlite_master` keeps. The
foreign key from units to memories is enforced only where a program turns it on (workbench
does); the `held` triggers enforce it for every program: stats on units naming a memory that
is gone ended in a KeyError traceback."""


def refuse_damaged_memory(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a memory.db holding a row no reader can take: a scan of every table."""
    for table, types in MEMORY_COLUMN_TYPES.items():
        mistyped = first_mistyped(conn, table, types, _KEYS[table])
        if mistyped is not None:
            raise mistyped_row(path, table, *mistyped)
    orphan = conn.execute(
        "select u.id, quote(u.memory_id) from units u where not exists (select 1 from memories m where m.id = u.memory_id) "
        "order by u.id limit 1"
    ).fetchone()
    if orphan is not None:
        raise orphan_unit(path, orphan[0], orphan[1])


def orphan_unit(path: Path, unit: object, memory: object) -> ProjectError:
    """The one line for a unit naming a memory memory.db does not hold."""
    return ProjectError.worded(
        N_("{path}: unit {id} names memory {memory}, which the file does not hold: another program changed it; correct or delete that row"),
        path=path, id=unit, memory=memory,
    )


def check_memory(conn: sqlite3.Connection, path: Path, lock: Callable[[], AbstractContextManager[object]]) -> None:
    """At every opening, after the migrations: the triggers held, put back once a scan finds
    every row sound (`hold_triggers`)."""
    hold_triggers(conn, MEMORY_TRIGGERS, lambda: refuse_damaged_memory(conn, path), lock)
