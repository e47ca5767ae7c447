"""The hostile corpus, round six: a project.db other programs wrote, and a planted `sources/` link.

Same shape as `corpus.CASES` (and run by the same test). The classes:

* rows no reader can take, written where the typed-segments triggers (round five) could
  not stop them: before the migration that made them (the case puts the project back in
  that state: triggers made after the row, the round-six migration not yet applied), or
  while another program had dropped them. A blob target or a status `done` ended
  `segments`, `check`, `export` and `stats` in a traceback, a document name stored as a
  blob every command, `status` and the TUI's opening included (its listing is rebuilt
  from the database); each is now one line naming the row, at the opening;
* a column another program renamed or dropped: `segments` ended in KeyError; one line
  naming the column, at the opening;
* triggers dropped with every row still sound: put back at the next opening, so the
  rows stay readable from then on;
* `sources/` itself a link to a folder outside the project: every import wrote its
  verbatim copy there (round two refused only a link in place of the copy itself);
* TBX entries without an id, merged into a termbase: each was named after its position
  (`c1`, `c2` ...), the names `term add` gives, so the first replaced the concept `term add`
  had made ("0 new, 1 replaced"), in silence; now named after their first term, as CSV
  and TSV rows are.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.hostile.corpus import Case, Outcome, both, damages, tbx, writes

TRIGGERS = ("segments_typed_insert", "segments_typed_update", "documents_typed_insert", "documents_typed_update")


def database(*statements: str) -> Callable[[Path], None]:
    """Another program's writes to project.db (`sqlite3` shell style: no workbench involved)."""

    def action(project: Path) -> None:
        conn = sqlite3.connect(str(project / "project.db"), isolation_level=None)
        try:
            for statement in statements:
                conn.execute(statement)
        finally:
            conn.close()

    return action


def triggers(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("select name from sqlite_master where type = 'trigger'")}


def before_round_six(*writes: str) -> Callable[[Path], None]:
    """`writes` made with no trigger in the way, then the database put back as a project last
    opened before round six has it: the segment triggers made (after the rows), the
    documents' not yet, and the round-six migration not applied."""
    return database(
        *(f"drop trigger {name}" for name in TRIGGERS),
        *writes,
        *_segment_triggers(),
        "delete from _sqlite_migrations where name = 'm_rows_checked'",
    )


def _segment_triggers() -> list[str]:
    from workbench.core.project.integrity import TYPED_TRIGGERS

    return [TYPED_TRIGGERS["segments_typed_insert"], TYPED_TRIGGERS["segments_typed_update"]]


def with_triggers_dropped(*writes: str) -> Callable[[Path], None]:
    return database(*(f"drop trigger {name}" for name in TRIGGERS), *writes)


FIRST_SEGMENT = "(select min(id) from segments)"


def triggers_back(outcome: Outcome) -> None:
    conn = sqlite3.connect(str(outcome.project / "project.db"))
    try:
        assert set(TRIGGERS) <= triggers(conn)
        try:
            conn.execute(f"update segments set target = x'00' where id = {FIRST_SEGMENT}")
        except sqlite3.IntegrityError as refused:
            assert "must be text" in str(refused)
        else:
            raise AssertionError("a blob target was stored")
    finally:
        conn.close()


def sources_linked_outside(inputs: Path, project: Path) -> None:
    """`sources/` moved out of the project and a link left in its place."""
    outside = inputs / "elsewhere"
    (project / "sources").rename(outside)
    (project / "sources").symlink_to(outside, target_is_directory=True)


def nothing_written_outside(outcome: Outcome) -> None:
    assert sorted(path.name for path in (outcome.inputs / "elsewhere").iterdir()) == ["pairs.tsv"]


def added_concept_kept(outcome: Outcome) -> None:
    listed = outcome.run("term", "list", str(outcome.project), "--format", "json")
    terms = {term["text"] for concept in json.loads(listed.stdout) for term in concept["terms"]}
    assert {"library", "библиотека", "reading room", "читальня"} <= terms, terms


ENTRY_WITHOUT_ID = (
    '<conceptEntry><langSec xml:lang="en"><termSec><term>reading room</term></termSec></langSec>'
    '<langSec xml:lang="ru"><termSec><term>читальня</term></termSec></langSec></conceptEntry>'
)

UNREADABLE_SEGMENT = "segment 1 was written by another program and cannot be read"

CASES = [
    Case("segment-blob-target-written-before-the-triggers", ("segments", "{p}"),
         damages(before_round_six(f"update segments set target = x'00ff' where id = {FIRST_SEGMENT}")), 2,
         f"{UNREADABLE_SEGMENT} (source text, target blob, status 'draft'"),
    Case("segment-unknown-status-written-before-the-triggers", ("check", "{p}"),
         damages(before_round_six(f"update segments set status = 'done' where id = {FIRST_SEGMENT}")), 2,
         f"{UNREADABLE_SEGMENT} (source text, target text, status 'done'"),
    Case("document-name-a-blob-written-before-the-triggers", ("status", "{p}"),
         damages(before_round_six("update documents set name = x'00ff'")), 2,
         "document 1 was written by another program and cannot be read"),
    Case("segment-blob-target-written-with-the-triggers-dropped", ("export", "{p}", "--all", "--tsv", "{in}/all.tsv"),
         damages(with_triggers_dropped(f"update segments set target = x'00ff' where id = {FIRST_SEGMENT}")), 2,
         f"{UNREADABLE_SEGMENT} (source text, target blob"),
    Case("document-kind-a-blob-written-with-the-triggers-dropped", ("stats", "{p}"),
         damages(with_triggers_dropped("update documents set kind = x'37'")), 2,
         "document 1 was written by another program and cannot be read"),
    Case("triggers-dropped-rows-sound", ("status", "{p}"), damages(with_triggers_dropped()), 0, "segments: 3",
         triggers_back),
    Case("segments-column-renamed", ("segments", "{p}"),
         damages(database("alter table segments rename column target to translation")), 2,
         "the table segments has no column target: another program changed the database"),
    # SQLite refuses to drop a column a trigger names (round nine's typed columns): dropped first.
    Case("segments-column-dropped", ("check", "{p}"),
         damages(database(*(f"drop trigger segments_columns_typed_{event}" for event in ("insert", "update")),
                          "alter table segments drop column codes")), 2,
         "the table segments has no column codes"),
    Case("import-into-sources-linked-outside", ("import", "{p}", "--tsv", "{in}/pairs.tsv"),
         both(writes("pairs.tsv", "The hall was full.\tЗал был полон.\n"), sources_linked_outside), 2,
         "sources: is a link, not a folder of the project", nothing_written_outside),
    Case("tbx-entries-without-ids-merged-into-the-termbase", ("term", "import", "{p}", "{in}/noid.tbx"),
         writes("noid.tbx", tbx(ENTRY_WITHOUT_ID)), 0, "1 new, 0 replaced", added_concept_kept),
]
