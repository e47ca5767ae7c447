"""`import --update`'s undo step, kept and reverted a chunk of rows at a time (hardening, round 30).

Round 29 left it: a new version of a million units peaked at 3.6 GB, because the journal entry's
two sides were built as a million snapshots each and dumped as one JSON value, and undo and redo
parsed them all back. The rows are kept one a table row now (`journal_rows`); these tests count
the snapshots held at once (the memory figures are `bench hostile_round30`'s rows) and check
that undo and redo still put back every row of every table the update touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from workbench.core.editing import edits, history, redo, set_target, undo, update_document
from workbench.core.ingest import import_tsv
from workbench.core.project import Project
from workbench.errors import ProjectError

CHUNK = edits._SNAPSHOT_CHUNK
OLD = 1_300
"""More than two chunks of segments before, and after."""


def tables(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the update and its undo write (the journal aside), as stored."""
    conn: sqlite3.Connection = project.conn
    return {table: conn.execute(f"select * from {table} order by rowid").fetchall()
            for table in ("documents", "segments", "segment_findings", "review_revisions", "paragraphs", "sentences")}


@pytest.fixture
def updated(tmp_path: Path) -> Iterator[tuple[Project, Path]]:
    old = tmp_path / "book.tsv"
    old.write_text("".join(f"Sentence number {i} of the old book.\tПредложение {i} старой книги.\n"
                           for i in range(OLD)), encoding="utf-8")
    new = tmp_path / "book-v2.tsv"
    # Every third sentence kept, every third changed, every third removed; a thousand new ones.
    lines = [f"Sentence number {i} of the old book.\t\n" if i % 3 == 0 else
             f"Sentence number {i} of the new book, revised.\t\n" for i in range(OLD) if i % 3 != 2]
    lines += [f"A new line {i} with \x1b[31mcolour\x1b[0m and [b]markup[/b].\t\n" for i in range(1_000)]
    new.write_text("".join(lines), encoding="utf-8")
    with Project.create(tmp_path / "p") as project:
        import_tsv(project, old)
        for segment_id in (1, 2, 4):
            set_target(project, segment_id, f"Правка {segment_id}.")
        yield project, new


def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """The most snapshots read from the project (`_snapshots`) and from the journal (`_load`) at once."""
    most = {"read": 0, "loaded": 0}
    read, load = edits._snapshots, edits._load

    def reading(project: Project, ids: Any) -> Any:
        most["read"] = max(most["read"], len(ids))
        return read(project, ids)

    def loading(items: Any) -> Any:
        most["loaded"] = max(most["loaded"], len(items))
        return load(items)

    monkeypatch.setattr(edits, "_snapshots", reading)
    monkeypatch.setattr(edits, "_load", loading)
    return most


def test_the_update_keeps_its_rows_a_chunk_at_a_time(updated: tuple[Project, Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    project, new = updated
    most = counted(monkeypatch)
    report = update_document(project, "book", new, "tsv")
    assert (report.kept, report.new) == (434, 1_000)
    assert most["read"] <= CHUNK  # on main: every old segment at once (1,300), then all 1,867 after
    sides = dict(project.conn.execute(
        "select side, count(*) from journal_rows where journal_id = (select max(id) from journal) group by side"))
    assert sides == {"removed": OLD, "added": 434 + 433 + 1_000}


def test_undo_and_redo_put_every_row_back_a_chunk_at_a_time(updated: tuple[Project, Path],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    project, new = updated
    before = tables(project)
    update_document(project, "book", new, "tsv")
    after = tables(project)
    most = counted(monkeypatch)
    for step, expected in ((undo, before), (redo, after), (undo, before), (redo, after)):
        reverted = step(project)
        assert reverted is not None and reverted.action == "update-document"
        assert tables(project) == expected
    assert most["loaded"] <= CHUNK  # on main: a whole side of the step at once (1,867)
    assert history(project)[0].segments == OLD + 1_000  # the step names the segments it touched


def test_a_new_edit_after_an_undo_drops_the_undone_steps_rows(updated: tuple[Project, Path]) -> None:
    project, new = updated
    update_document(project, "book", new, "tsv")
    assert undo(project) is not None
    set_target(project, 3, "Новый перевод.")
    assert project.conn.execute("select count(*) from journal_rows").fetchone()[0] == 0
    assert project.conn.execute("select count(*) from document_states").fetchone()[0] == 0
    assert redo(project) is None


def test_an_update_undone_after_another_program_brought_a_segment_back_is_refused(
        updated: tuple[Project, Path]) -> None:
    project, new = updated
    update_document(project, "book", new, "tsv")
    changed = project.conn.execute("select id from segments order by id desc limit 1").fetchone()[0]
    set_target(project, changed, "Чужая правка.")  # a later step: undone first
    assert undo(project) is not None
    project.conn.execute("update segments set target = 'Ещё одна.' where id = ?", [changed])
    before = tables(project)
    with pytest.raises(edits.StaleEdit):
        undo(project)
    assert tables(project) == before  # nothing written


def test_a_journal_row_another_program_wrote_is_refused_in_one_line(updated: tuple[Project, Path]) -> None:
    """A received project whose journal rows are not what workbench wrote: undo and the history
    list ended in a JSONDecodeError or KeyError traceback (the TUI with it); now one line naming
    the row, and nothing written."""
    project, new = updated
    update_document(project, "book", new, "tsv")
    before = tables(project)
    for damage in ("not json", '{"segment": {"id": 1}, "findings": []}', '[1, 2]'):
        project.conn.execute("update journal_rows set snapshot = ? where side = 'added' and ord = 700", [damage])
        with pytest.raises(ProjectError, match=r"journal_rows row \d+/added .*another program"):
            undo(project)
        assert tables(project) == before
    project.conn.execute("update journal set removed = '{bad' where id = (select max(id) from journal)")
    with pytest.raises(ProjectError, match=r"journal row \d+ .*another program"):
        history(project)


def test_an_update_journaled_before_journal_rows_is_still_undone(updated: tuple[Project, Path]) -> None:
    """A project updated by an earlier workbench keeps its step's rows as JSON in the journal row
    itself (`_record`'s form): undo and redo read that form as before."""
    project, _ = updated
    before = tables(project)
    old = [row[0] for row in project.conn.execute("select id from segments order by seq")]
    with project.transaction():
        snapshots = edits._snapshots(project, old)
        project.conn.execute("delete from segment_findings where segment_id = ?", [old[-1]])
        project.conn.execute("delete from segments where id = ?", [old[-1]])
        project.conn.execute("update segments set target = 'Другое.' where id = ?", [old[0]])
        edits._record(project, "update-document", snapshots, edits._snapshots(project, old[:-1]))
    after = tables(project)
    assert project.conn.execute("select count(*) from journal_rows").fetchone()[0] == 0
    for step, expected in ((undo, before), (redo, after), (undo, before)):
        assert step(project) is not None
        assert tables(project) == expected
