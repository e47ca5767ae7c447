"""A returned XLIFF file that changes every target of a long document (hardening, round sixteen).

`update_from_xliff` handed its changes to `editing.apply_changes`, which wrote them a segment at a
time through sqlite-utils' `Table.update` (about ten statements a segment: the table's columns, its
keys, the row again) and journaled every row whole, twice: 100,000 units took 19 s of CPU and
665 MB (one run, helper, busy machine), with nothing on the screen. Now one statement writes each
segment, and the journal keeps the columns the step set, as `set_targets` does.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core import editing
from workbench.core.editing import update_from_xliff
from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.core.project.exporting import export_xliff

PAIRS = 2_000


def test_a_returned_file_changing_every_target_is_written_in_bulk_and_undone_whole(
    project: Project, tmp_path: Path
) -> None:
    (tmp_path / "book.tsv").write_text(
        "".join(f"Sentence {i} of the book.\tПредложение {i} книги.\n" for i in range(PAIRS)), "utf-8"
    )
    import_tsv(project, tmp_path / "book.tsv")
    assert editing.mark_aligned_drafts_translated(project) == PAIRS  # confirmed: their originals are kept
    export_xliff(project, tmp_path / "sent.xlf")
    sent = (tmp_path / "sent.xlf").read_text("utf-8")
    (tmp_path / "returned.xlf").write_text(sent.replace(" книги.<", " этой книги.<"), "utf-8")
    before = project.db.execute("select id, target, status, changed_at from segments order by id").fetchall()

    statements: list[str] = []
    project.conn.set_trace_callback(statements.append)
    try:
        update = update_from_xliff(project, tmp_path / "returned.xlf")
    finally:
        project.conn.set_trace_callback(None)

    assert update is not None and (update.units, update.updated, update.stale) == (PAIRS, PAIRS, 0)
    targets = [row[0] for row in project.db.execute("select target from segments order by id")]
    assert targets == [f"Предложение {i} этой книги." for i in range(PAIRS)]
    # Each segment's row and kept original are written by one statement each (SQLite reports
    # one for each trigger it fires too); everything else is read a chunk at a time.
    writes = ("update segments set ", "insert or ignore into review_revisions ")
    assert len([s for s in statements if not s.startswith(writes)]) < 100, statements[:20]
    removed, added = project.db.execute("select removed, added from journal order by id desc limit 1").fetchone()
    assert "Sentence 17 of the book." not in removed + added  # the sources were not changed: not kept twice
    assert len(editing.revisions(project)) == PAIRS

    editing.undo(project)
    assert project.db.execute("select id, target, status, changed_at from segments order by id").fetchall() == before
    assert editing.revisions(project) == []
    editing.redo(project)
    assert [row[0] for row in project.db.execute("select target from segments order by id")] == targets
