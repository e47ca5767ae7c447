"""Triggers another program put into a database we write: found before anything is written.

A project is shared and downloaded as a folder, databases and all, and an SQLite file
carries SQL of its own: a trigger runs inside every write our code makes, with our
write's rights, and can change or delete any row (another segment's source, the undo
journal, a concept's terms) without a word. Our code never sees it run. So a database
holds no trigger but the ones its own migrations make, by name and, where the caller
says, by statement; anything else is refused at the opening, before a migration or a
write could fire it. Views and indexes are left alone: they run nothing when we write.

Here, not in `workbench`, because the termbase library opens its own files and never
imports the application; each opener words the refusal in its own catalogue.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

__all__ = ["foreign_trigger"]


def foreign_trigger(conn: sqlite3.Connection, ours: Mapping[str, str | None]) -> str | None:
    """The name of the first trigger of `conn`'s main schema that is not ours, or None.

    `ours` maps each trigger name our migrations make to its statement as `sqlite_master`
    keeps it, or to None where the caller accepts any statement under that name (because it
    puts its own statement back before writing). A name is compared exactly; SQLite also
    looks trigger names up case-insensitively, so `Segments_Generation_Insert` is another's.
    """
    for name, sql in conn.execute("select name, sql from sqlite_master where type = 'trigger' order by name"):
        if name not in ours:
            return str(name)
        expected = ours[name]
        if expected is not None and sql != expected:
            return str(name)
    return None
