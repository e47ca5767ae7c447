"""The hostile corpus, round eleven: a log beside the project's other databases.

Same shape as `corpus.CASES` (and run by the same test).

Round ten read a `-wal` beside `project.db` only with the index its writer left (`termbase/wal_pair.py`);
`memory.db` and `termbase.db` travel with a project too, and SQLite replayed any log beside them: another
project's memory log put that project's units into this one's lookups. Every database is now checked
before its first opening in a process (the TUI and `check` open the memory and the termbase many times,
and the check must not close the descriptors of an open file). A crash's own log is replayed as ever.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.hostile.corpus import Case, Outcome, damages

CRASHED_UNIT = "Читальный зал до сбоя."
CRASHED_TERM = "книгохранилище"
WRITES = {
    "memory.db": f"UPDATE units SET target = '{CRASHED_UNIT}'",
    "termbase.db": f"UPDATE terms SET text = '{CRASHED_TERM}' WHERE lang = 'ru'",
}


def crash_after_a_write(project: Path, database: str) -> None:
    """A program killed after committing a write to `database`: its log and index stay beside it."""
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('pragma wal_autocheckpoint = 0')\n"
        "conn.execute(sys.argv[2])\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(project / database), WRITES[database]], check=True)
    assert (project / f"{database}-wal").stat().st_size > 0


def log_of_another_project(database: str, keep_index: str):  # type: ignore[no-untyped-def]
    """Another project's crash log of `database` beside this one's; `keep_index`: "none" (the log
    alone), "ours" (beside this project's own index of an earlier crash)."""

    def action(project: Path) -> None:
        other = project.with_name("other")
        shutil.copytree(project, other)
        crash_after_a_write(other, database)
        if keep_index == "ours":
            crash_after_a_write(project, database)
        shutil.copyfile(other / f"{database}-wal", project / f"{database}-wal")

    return damages(action)


def own_crash(database: str):  # type: ignore[no-untyped-def]
    return damages(lambda project: crash_after_a_write(project, database))


def unit_kept(outcome: Outcome) -> None:
    assert CRASHED_UNIT in outcome.run("memory", "lookup", str(outcome.project), "The reading room was full.").stdout


CASES: list[Case] = [
    Case("memory-db-beside-another-projects-log", ("memory", "lookup", "{p}", "The reading room was full."),
         log_of_another_project("memory.db", "none"), 2,
         "memory.db-wal is not this database's write-ahead log (no index (-shm)"),
    Case("memory-db-log-replaced-beside-its-index", ("memory", "list", "{p}"),
         log_of_another_project("memory.db", "ours"), 2, "(its index (-shm) belongs to another log)"),
    Case("termbase-db-beside-another-projects-log", ("term", "list", "{p}"),
         log_of_another_project("termbase.db", "none"), 2,
         "termbase.db-wal is not this database's write-ahead log (no index (-shm)"),
    Case("termbase-db-log-replaced-beside-its-index", ("check", "{p}"),
         log_of_another_project("termbase.db", "ours"), 2, "(its index (-shm) belongs to another log)"),
    Case("memory-db-own-crash-log-replayed", ("memory", "list", "{p}"), own_crash("memory.db"), 0,
         "memory.tmx", handled=unit_kept),
    Case("termbase-db-own-crash-log-replayed", ("term", "list", "{p}"), own_crash("termbase.db"), 0, CRASHED_TERM),
]
