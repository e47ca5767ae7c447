"""What a project folder holds, compared before and after something tried to change it.

A rejected import must leave the project exactly as it was. "Exactly" is
checked logically for SQLite files (every table's rows, whatever the pages,
WAL or checkpoint state) and byte for byte for everything else, including
a database file too damaged to read: nothing may "repair" it behind the
user's back.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
TRANSIENT_SUFFIXES = ("-wal", "-shm", "-journal")
"""SQLite's side files: their bytes change with every read; their content is in the logical hash."""


def integrity(db_path: Path) -> str:
    """SQLite's own verdict on a database file ("ok" when sound)."""
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        return "\n".join(row[0] for row in conn.execute("pragma integrity_check"))
    finally:
        conn.close()


def database_digest(db_path: Path) -> str | None:
    """A hash of the schema and of every table's rows; None when the file is not a sound database."""
    with open(db_path, "rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            return None
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        if conn.execute("pragma integrity_check").fetchone()[0] != "ok":
            return None
        digest = hashlib.sha256()
        schema = sorted(conn.execute("select type, name, tbl_name, sql from sqlite_master"))
        digest.update(repr(schema).encode())
        for (table,) in conn.execute(
            "select name from sqlite_master where type = 'table' order by name"
        ).fetchall():
            rows = sorted(repr(row) for row in conn.execute(f'select * from "{table}"'))
            digest.update(f"{table}:{len(rows)}".encode())
            for row in rows:
                digest.update(row.encode())
        return "sqlite:" + digest.hexdigest()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder`, each with a content hash (logical for databases)."""
    state: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():  # a link planted in the project is compared as a link, never followed
            state[name] = "link:" + os.readlink(path)
        elif path.is_dir():
            state[name] = "folder"
        elif not path.name.endswith(TRANSIENT_SUFFIXES):
            log = path.with_name(path.name + "-wal")
            if log.is_file() and log.stat().st_size:  # opening would replay it: compare the bytes, read nothing
                state[name] = "bytes:" + hashlib.sha256(path.read_bytes() + log.read_bytes()).hexdigest()
            else:
                state[name] = database_digest(path) or "bytes:" + hashlib.sha256(path.read_bytes()).hexdigest()
    return state
