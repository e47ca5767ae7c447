"""The hostile corpus, round ten: what a received project's files still slipped past round nine.

Same shape as `corpus.CASES` (and run by the same test).

SQLite replays any valid write-ahead log lying beside a database at its opening, and nothing in
the log names its database: another project's `project.db-wal`, or one left beside a
`project.db` copied over the old one, rewrote the project's pages in silence (the segments of
one project showed those of another). A log with committed frames is now read only with the
index (`-shm`) its writer left beside it, naming that log, and with the pages a checkpoint
copied found in the database (`termbase/wal_pair.py`); otherwise one line, nothing read. The log
a crash leaves, with its index, is replayed as ever: nothing saved is lost.

Round nine swept every column of `project.db`; `memory.db` and `termbase.db` travel with a project
too. A blob as a memory's kind ended `memory list` in a traceback from Rich, text as a unit's
memory id `stats`, a unit naming a memory that is gone `stats` (KeyError), text as a source word's
count every `memory lookup`; a term status no TBX knows or a blob term ended `term list`, `term
export` and `check`. Triggers hold both files now (`workbench/core/memory/integrity.py`,
`termbase/held_rows.py`), and a file whose triggers are missing is scanned before they are put
back: a row written before is one line naming it. In `project.db`, a paragraph's columns and a
document's place (`documents.seq`: text there ended the next `import`) are typed too, and a change
counter that is not a number (it ended `align` and `check`) is one line at the opening.

`termbases` in a received `project.toml` may no longer name a file outside the project folder
unless the user listed its folder in `~/.config/workbench/termbase-folders`; and a project's
databases and `dictionary.txt`, which are written in place, may not be links (`termbase.db ->
../other-client/termbase.db` had `term add` write into the other client's termbase).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from termbase.held_rows import TERMBASE_TRIGGERS
from tests.hostile.corpus import Case, Outcome, both, damages, writes
from tests.hostile.corpus_round_nine import MEMORY_TMX, with_schema

CRASHED_EDIT = "Правка до сбоя."


def crash_after_an_edit(project: Path) -> None:
    """A program killed after committing a target: its log and index stay beside project.db."""
    code = (
        "import os, sys\n"
        "from workbench.core.project import Project\n"
        "opened = Project.open(sys.argv[1])\n"
        "opened.conn.execute('pragma wal_autocheckpoint = 0')\n"
        "with opened.conn:\n"
        "    opened.conn.execute('update segments set target = ? where id = 1', (sys.argv[2],))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(project), CRASHED_EDIT], check=True)
    assert (project / "project.db-wal").stat().st_size > 0


def log_of_another_project(keep_index: str):  # type: ignore[no-untyped-def]
    """Another project's crash log beside this `project.db`; `keep_index`: "none" (the log
    alone), "ours" (beside this project's own index of an earlier crash)."""

    def action(project: Path) -> None:
        other = project.with_name("other")
        shutil.copytree(project, other)
        crash_after_an_edit(other)
        if keep_index == "ours":
            crash_after_an_edit(project)
        shutil.copyfile(other / "project.db-wal", project / "project.db-wal")

    return damages(action)


def crash_edit_kept(outcome: Outcome) -> None:
    assert outcome.segments()[0]["target"] == CRASHED_EDIT


def untyped(table: str) -> tuple[str, str]:
    """What another program does first to store a value of another type: drop the triggers."""
    return (f"DROP TRIGGER IF EXISTS {table}_columns_typed_update", f"DROP TRIGGER IF EXISTS {table}_columns_typed_insert")


def outside_termbase(inputs: Path, project: Path) -> None:
    """A received project.toml naming a glossary of the user's outside the project."""
    (inputs / "other-client.csv").write_text("id,en,ru\nmerger,merger,слияние\n", "utf-8")
    config = project / "project.toml"
    config.write_text(config.read_text("utf-8").replace("termbases = []", 'termbases = ["../in/other-client.csv"]'), "utf-8")


def linked_to_another_project(name: str):  # type: ignore[no-untyped-def]
    """`name` in the project a link to the same file of another project beside it."""

    def build(inputs: Path, project: Path) -> None:
        other = inputs / "other-client"
        shutil.copytree(project, other)
        (project / name).unlink()
        (project / name).symlink_to(other / name)
        (inputs / "other.sha256").write_text(hashlib.sha256((other / name).read_bytes()).hexdigest())

    return build


def other_file_untouched(name: str):  # type: ignore[no-untyped-def]
    def check(outcome: Outcome) -> None:
        other = outcome.inputs / "other-client" / name
        assert hashlib.sha256(other.read_bytes()).hexdigest() == (outcome.inputs / "other.sha256").read_text()

    return check


def export_not_written(outcome: Outcome) -> None:
    assert not (outcome.inputs / "out.tbx").exists()


CASES: list[Case] = [
    Case("project-db-beside-another-projects-log", ("segments", "{p}"), log_of_another_project("none"), 2,
         "project.db-wal is not this database's write-ahead log (no index (-shm)", damaged_db=True),
    Case("project-db-log-replaced-beside-its-index", ("segments", "{p}"), log_of_another_project("ours"), 2,
         "(its index (-shm) belongs to another log)", damaged_db=True),
    Case("memory-kind-as-a-blob", ("memory", "list", "{p}"),
         with_schema("memory.db", *untyped("memories"), "UPDATE memories SET kind = x'00ff' WHERE name = 'memory.tmx'"), 2,
         "of memories was written by another program and cannot be read (its kind holds blob)"),
    Case("memory-unit-memory-id-as-text", ("stats", "{p}"),
         with_schema("memory.db", *untyped("units"), "DROP TRIGGER IF EXISTS units_memory_held_update",
                     "UPDATE units SET memory_id = 'shared'"), 2,
         "of units was written by another program and cannot be read (its memory_id holds text)"),
    Case("memory-unit-naming-no-memory", ("stats", "{p}"),
         with_schema("memory.db", "DROP TRIGGER IF EXISTS units_memory_held_update", "UPDATE units SET memory_id = 77"), 2,
         "names memory 77, which the file does not hold"),
    Case("memory-source-word-count-as-text", ("memory", "lookup", "{p}", "The library opened."),
         with_schema("memory.db", *untyped("source_terms"), "UPDATE source_terms SET docs = 'many'"), 2,
         "of source_terms was written by another program and cannot be read (its docs holds text)"),
    Case("termbase-term-status-no-tbx-knows", ("term", "list", "{p}"),
         with_schema("termbase.db", "DROP TRIGGER IF EXISTS terms_status_known_update", "UPDATE terms SET status = 'done'"), 2,
         "has the status 'done', which no termbase knows"),
    Case("termbase-term-as-a-blob", ("term", "export", "{p}", "{in}/out.tbx"),
         with_schema("termbase.db", *untyped("terms"), "UPDATE terms SET text = x'00ff'"), 2,
         "of terms was written by another program and cannot be read (its text holds blob)", handled=export_not_written),
    Case("document-place-as-text", ("import", "{p}", "--tsv", "{in}/more.tsv"),
         both(writes("more.tsv", "The hall was full.\tЗал был полон.\n"),
              with_schema("project.db", *untyped("documents"), "UPDATE documents SET seq = 'first'")), 2,
         "of documents was written by another program and cannot be read (its seq holds text)"),
    Case("segments-change-counter-as-text", ("check", "{p}"),
         with_schema("project.db", "UPDATE segments_generation SET generation = 'many'"), 2,
         "row 1 of segments_generation was written by another program and cannot be read (its generation holds text)"),
    Case("termbase-listed-outside-the-project", ("term", "export", "{p}", "{in}/out.tbx"), outside_termbase, 2,
         "termbase ../in/other-client.csv listed in project.toml is outside the project folder", handled=export_not_written),
    Case("termbase-db-a-link-to-another-projects", ("term", "add", "{p}", "--source", "reader", "--target", "читатель"),
         linked_to_another_project("termbase.db"), 2, "termbase.db is a link to", handled=other_file_untouched("termbase.db")),
    Case("memory-db-a-link-to-another-projects", ("memory", "import", "{p}", "{in}/m.tmx"),
         both(writes("m.tmx", MEMORY_TMX), linked_to_another_project("memory.db")), 2, "memory.db is a link to",
         handled=other_file_untouched("memory.db")),
    Case("termbase-db-without-triggers-read-only", ("term", "list", "{p}"),
         with_schema("termbase.db", *(f"DROP TRIGGER {name}" for name in TERMBASE_TRIGGERS)), 0, "library",
         isolation="read-only-mount", read_only="termbase.db"),
    Case("project-db-crash-log-replayed", ("segments", "{p}", "--format", "json"), damages(crash_after_an_edit), 0,
         CRASHED_EDIT, handled=crash_edit_kept),
]
