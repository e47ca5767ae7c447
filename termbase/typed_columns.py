"""Triggers that make SQLite refuse a row of the wrong types, from any program, and the scan
that finds rows written before them.

A database we write travels with a project, and another program (a script, the `sqlite3`
shell) can store a blob where every reader takes text, or text where it takes a number: each
command then ended in a traceback wherever it first read the value (hardening, rounds five to
ten). SQLite's column types are only affinities, and a STRICT table would need every table
rebuilt; a `before insert/update` trigger comparing `typeof` holds the same from any program,
for about 1.4 µs a row written. Here, not in `workbench`, because the termbase library holds
its own file so too and never imports the application.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager

__all__ = ["first_mistyped", "hold_triggers", "typed_columns_triggers"]

Types = Mapping[str, tuple[str, ...]]
"""Each column and the storage types (`typeof`) its readers take."""


def _mistyped(types: Types, prefix: str) -> str:
    """SQL true when a column holds a type its readers cannot take; `!=` chains, not `not in`
    lists: the list costs SQLite a lookup table per row (200,000 inserts: 1.0 s more, against 0.27 s)."""
    return " or ".join(
        "(" + " and ".join(f"typeof({prefix}\"{column}\") != '{kind}'" for kind in kinds) + ")"
        for column, kinds in types.items()
    )


def typed_columns_triggers(tables: Mapping[str, Types]) -> dict[str, str]:
    """For each table, the triggers (on insert, on update of its typed columns) refusing a row
    holding a type its readers cannot take, by name, as `sqlite_master` keeps their statements."""
    triggers = {}
    for table, types in tables.items():
        for event in ("insert", "update"):
            columns = "" if event == "insert" else " of " + ", ".join(f'"{column}"' for column in types)
            triggers[f"{table}_columns_typed_{event}"] = (
                f"CREATE TRIGGER {table}_columns_typed_{event} before {event}{columns} on {table} "
                f"when {_mistyped(types, 'new.')} "
                f"begin select raise(abort, 'the columns of a row of {table} must be of their types'); end"
            )
    return triggers


def first_mistyped(conn: sqlite3.Connection, table: str, types: Types, key: str = "id") -> tuple[object, str, str] | None:
    """The first row of `table` (by its `key`) holding a type no reader takes, as (key, column,
    type), or None: a scan of the table."""
    found = conn.execute(
        f"select {key}, " + ", ".join(f'typeof("{column}")' for column in types)
        + f" from {table} where {_mistyped(types, '')} order by {key} limit 1"
    ).fetchone()
    if found is None:
        return None
    kinds = dict(zip(types, found[1:], strict=True))
    column = next(column for column, kind in kinds.items() if kind not in types[column])
    return found[0], column, kinds[column]


def hold_triggers(conn: sqlite3.Connection, triggers: Mapping[str, str], scan: Callable[[], None],
                  lock: Callable[[], AbstractContextManager[object]]) -> None:
    """At every opening, after the migrations: one read of `sqlite_master` when `triggers` are
    there as written; otherwise, under the write lock `lock()`, `scan()` (which raises on the first
    row no reader takes), then the triggers dropped and made again.

    Triggers go missing in a file made before them, and change or vanish when another program
    drops them or rebuilds a table; putting them back only after a scan finds every row sound
    catches the rows written meanwhile and leaves a damaged file as it was.
    """
    if _installed(conn, triggers) == triggers:
        return
    with lock():
        if _installed(conn, triggers) == triggers:  # another program opening it put them back first
            return
        scan()
        for name, sql in triggers.items():
            conn.execute(f"drop trigger if exists {name}")
            conn.execute(sql)


def _installed(conn: sqlite3.Connection, triggers: Mapping[str, str]) -> dict[str, str]:
    """The statements `sqlite_master` keeps for those of `triggers` the file holds."""
    names = tuple(triggers)
    return dict(conn.execute(
        f"select name, sql from sqlite_master where type = 'trigger' and name in ({', '.join('?' * len(names))})",
        names,
    ).fetchall())
