"""The hostile corpus, round eleven: a log beside the project's other databases.

Same shape as `corpus.CASES` (and run by the same test).

Round ten read a `-wal` beside `project.db` only with the index its writer left (`termbase/wal_pair.py`);
`memory.db` and `termbase.db` travel with a project too, and SQLite replayed any log beside them: another
project's memory log put that project's units into this one's lookups. Every database is now checked
before its first opening in a process (the TUI and `check` open the memory and the termbase many times,
and the check must not close the descriptors of an open file). A crash's own log is replayed as ever.

A pattern calling a group (`(?R)`, `(?1)`) from an SRX file, a `rules.toml` or a filter recursed at the
first search until a MemoryError traceback (600-900 MB): refused when it is compiled (`workbench/patterns.py`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.hostile.corpus import Case, Outcome, both, damages, writes

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


CALLING_ITSELF = """<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header segmentsubflows="yes" cascade="yes"/><body>
<languagerules><languagerule languagerulename="en">
<rule break="yes"><beforebreak>(?R)</beforebreak><afterbreak></afterbreak></rule>
</languagerule></languagerules>
<maprules><languagemap languagepattern=".*" languagerulename="en"/></maprules></body></srx>
"""


def project_file(name: str, text: str):  # type: ignore[no-untyped-def]
    """A file a received project holds beside project.toml (its rules, its segmentation)."""

    def action(project: Path) -> None:
        (project / name).write_text(text, "utf-8")

    return damages(action)


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
    Case("srx-rule-calling-itself", ("segmentation", "import", "{p}", "{in}/rules.srx"),
         writes("rules.srx", CALLING_ITSELF), 2, "calls a group ((?R))"),
    Case("srx-rule-break-no-capitalised", ("segmentation", "import", "{p}", "{in}/rules.srx"),
         writes("rules.srx", CALLING_ITSELF.replace('break="yes"><beforebreak>(?R)', 'break="No"><beforebreak>\\.')), 2,
         "line 4: break is \"yes\" or \"no\", not 'No'"),
    Case("received-srx-rule-calling-itself", ("import", "{p}", "--source", "{in}/d.txt"),
         both(project_file("segmentation.srx", CALLING_ITSELF), writes("d.txt", "The club opened. Workers came.\n")), 2,
         "calls a group ((?R))"),
    Case("custom-rule-calling-a-group", ("check", "{p}"),
         project_file("rules.toml", '[[rule]]\nid = "r"\nmessage = "m"\ntarget_forbidden = "a(?1)?(b)"\n'), 2,
         "rule r: bad pattern 'a(?1)?(b)': it calls a group ((?1))"),
    Case("filter-calling-itself", ("segments", "{p}", "--text", "(?R)", "--regex"), writes("unused", ""), 2,
         "calls a group ((?R))"),
    Case("replace-calling-itself", ("replace", "{p}", "--regex", "(?R)", "x"), writes("unused", ""), 2,
         "calls a group ((?R))"),
    Case("termbase-db-own-crash-log-replayed", ("term", "list", "{p}"), own_crash("termbase.db"), 0, CRASHED_TERM),
]
