"""The write transaction that takes SQLite's write lock first, for the termbase, memory and
team-cache stores and for a project's migrations before it is open.

It lives apart from `termbase.store` so that code which must not load sqlite-utils (opening a
project: its reading commands never import it) takes the lock the same way as those stores.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction that takes the lock first (`BEGIN IMMEDIATE`).

    Then a writer waits up to the busy timeout for another process, as project
    writers do; a deferred transaction that reads and then writes would fail at
    once with "database is locked" when another process wrote in between (SQLite
    cannot wait while holding a snapshot it may have to give up). Nested calls
    join the outer transaction.
    """
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
