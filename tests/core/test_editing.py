"""Segment edits: each committed at once, undoable across restarts, beads kept consistent."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from workbench.core import editing
from workbench.core.alignment.bitext import realign_document
from workbench.core.editing import edits as edits_module
from workbench.core.ingest.importing import import_text, import_tsv
from workbench.core.project.model import SegmentStatus
from workbench.core.project.store import Project
from workbench.errors import InputError

EN = "One apple fell. Two pears fell. Three plums fell. Four figs fell.\n"
RU = "Одно яблоко упало. Две груши упали. Три сливы упали. Четыре инжира упали.\n"


@pytest.fixture
def aligned(project: Project, tmp_path: Path) -> Project:
    (tmp_path / "f.en.txt").write_text(EN, "utf-8")
    (tmp_path / "f.ru.txt").write_text(RU, "utf-8")
    import_text(project, tmp_path / "f.en.txt", tmp_path / "f.ru.txt")
    assert [len(s.source_range and range(*s.source_range) or ()) for s in project.segments()] == [1, 1, 1, 1]
    return project


def texts(project: Project) -> list[tuple[str, str]]:
    return [(s.source, s.target) for s in project.segments()]


def test_set_target_is_saved_at_once_and_survives_reopening(aligned: Project) -> None:
    first = aligned.segments()[0]
    editing.set_target(aligned, first.id, "Яблоко упало.")
    with Project.open(aligned.path) as again:
        segment = again.segment(first.id)
        assert segment.target == "Яблоко упало." and segment.locked


def test_a_target_longer_than_a_segment_holds_is_refused_before_anything_is_written(aligned: Project) -> None:
    """As an import refuses such a side: from a script, or a replace-all that grows a target."""
    first, second = aligned.segments()[:2]
    before = texts(aligned)
    with pytest.raises(InputError, match="a target holds at most 50,000 characters, this one would have 50,001"):
        editing.set_target(aligned, first.id, "я" * 50_001)
    with pytest.raises(InputError, match=f"segment {second.id}: a target holds at most"):
        editing.set_targets(aligned, [(first.id, first.target, "Яблоко."), (second.id, second.target, "я" * 60_000)])
    assert texts(aligned) == before
    editing.set_target(aligned, first.id, "я" * 50_000)
    assert aligned.segment(first.id).target == "я" * 50_000


def test_typing_saves_coalesce_into_one_undo_step(aligned: Project) -> None:
    first = aligned.segments()[0]
    for text in ("Я", "Ябл", "Яблоко упало."):
        editing.set_target(aligned, first.id, text)
    assert editing.undo(aligned).action == "set-target"
    assert aligned.segment(first.id).target == "Одно яблоко упало."
    assert editing.undo(aligned) is None


def test_confirm_locks_and_marks_translated(aligned: Project) -> None:
    first = aligned.segments()[0]
    segment = editing.confirm(aligned, first.id)
    assert segment.status is SegmentStatus.TRANSLATED and segment.locked and segment.confirmed
    assert editing.set_status(aligned, first.id, "reviewed").status is SegmentStatus.REVIEWED
    assert editing.confirm(aligned, first.id).status is SegmentStatus.REVIEWED


def test_merge_then_undo_then_redo(aligned: Project) -> None:
    original = texts(aligned)
    first, second = aligned.segments()[:2]
    merged = editing.merge_next(aligned, first.id)
    assert merged.source == "One apple fell. Two pears fell."
    assert merged.target == "Одно яблоко упало. Две груши упали."
    assert merged.source_range == (0, 2) and merged.target_range == (0, 2)
    assert len(aligned.segments()) == 3
    undone = editing.undo(aligned)
    assert undone.action == "merge" and not undone.in_place  # a segment came back: views reload
    assert texts(aligned) == original
    assert aligned.segment(second.id).source == "Two pears fell."
    assert editing.redo(aligned).action == "merge"
    assert len(aligned.segments()) == 3
    assert editing.redo(aligned) is None


def test_merge_previous_and_the_ends_of_a_document(aligned: Project) -> None:
    segments = aligned.segments()
    with pytest.raises(InputError, match="no previous"):
        editing.merge_previous(aligned, segments[0].id)
    with pytest.raises(InputError, match="no next"):
        editing.merge_next(aligned, segments[-1].id)
    merged = editing.merge_previous(aligned, segments[-1].id)
    assert merged.source == "Three plums fell. Four figs fell."


def test_split_follows_sentence_boundaries_and_keeps_order(aligned: Project) -> None:
    first = aligned.segments()[0]
    merged = editing.merge_next(aligned, first.id)
    a, b = editing.split(aligned, merged.id, 1, 1)
    assert (a.source, a.target) == ("One apple fell.", "Одно яблоко упало.")
    assert (b.source, b.target) == ("Two pears fell.", "Две груши упали.")
    assert [s.position for s in (a, b)] == [1, 2]
    assert b.source_range == (1, 2)
    with pytest.raises(InputError):
        editing.split(aligned, a.id, 0, 0)


def test_split_a_two_to_one_bead_into_one_to_one_and_one_to_zero(aligned: Project) -> None:
    first = aligned.segments()[0]
    editing.move_sentence(aligned, first.id, "target", "next")
    # first is now 1-0 and the second 1-2: move it back through a split
    second = aligned.segments()[1]
    assert second.target == "Одно яблоко упало. Две груши упали."
    a, b = editing.split(aligned, second.id, 0, 1)
    assert (a.source, a.target) == ("", "Одно яблоко упало.")
    assert (b.source, b.target) == ("Two pears fell.", "Две груши упали.")


def test_move_sentence_to_the_previous_bead(aligned: Project) -> None:
    segments = aligned.segments()
    editing.move_sentence(aligned, segments[1].id, "source", "previous")
    assert texts(aligned)[:2] == [
        ("One apple fell. Two pears fell.", "Одно яблоко упало."),
        ("", "Две груши упали."),
    ]
    assert aligned.segments()[1].source_range == (2, 2)
    editing.undo(aligned)
    assert texts(aligned)[1] == ("Two pears fell.", "Две груши упали.")


def test_a_move_that_would_empty_a_bead_merges_it(project: Project, tmp_path: Path) -> None:
    """Moving a bead's only sentence was refused ("merge instead"); it is the merge, one undo step
    (session 26: the alignment editor's `m` merged the other way)."""
    (tmp_path / "p.tsv").write_text("One.\t\nTwo.\tДва.\n", "utf-8")
    import_tsv(project, tmp_path / "p.tsv")
    first = project.segments()[0]
    merged = editing.move_sentence(project, first.id, "source", "next")
    assert merged is not None and (merged.source, merged.target) == ("One. Two.", "Два.")
    assert [(s.source, s.target) for s in project.segments()] == [("One. Two.", "Два.")]
    assert editing.undo(project).action == "merge"
    assert [(s.source, s.target) for s in project.segments()] == [("One.", ""), ("Two.", "Два.")]


def test_undo_survives_a_restart_but_asks_first(aligned: Project) -> None:
    first = aligned.segments()[0]
    editing.merge_next(aligned, first.id)
    with Project.open(aligned.path) as again:
        with pytest.raises(editing.EarlierSessionEdit):
            editing.undo(again)
        assert len(again.segments()) == 3
        assert editing.undo(again, across_sessions=True).action == "merge"
        assert len(again.segments()) == 4


def test_a_new_edit_clears_redo(aligned: Project) -> None:
    first = aligned.segments()[0]
    editing.merge_next(aligned, first.id)
    editing.undo(aligned)
    editing.confirm(aligned, first.id)
    assert editing.redo(aligned) is None


def test_realignment_keeps_locked_beads(aligned: Project) -> None:
    first = aligned.segments()[0]
    editing.merge_next(aligned, first.id)
    editing.set_target(aligned, first.id, "Своими словами.")
    document = aligned.segments()[0].document_id
    beads, kept = realign_document(aligned, document)
    assert kept == 1
    segments = aligned.segments()
    assert segments[0].target == "Своими словами." and segments[0].source_range == (0, 2)
    assert [s.source for s in segments[1:]] == ["Three plums fell.", "Four figs fell."]


def test_undo_names_where_it_acted(aligned: Project) -> None:
    segments = aligned.segments()
    editing.merge_next(aligned, segments[1].id)
    step = editing.undo(aligned)
    assert step.action == "merge"
    assert step.segment_ids == (segments[1].id, segments[2].id) and step.positions == (2, 3)
    again = editing.redo(aligned)
    assert again.segment_ids == (segments[1].id,) and again.positions == (2,)


def test_history_and_undo_to_an_older_step(aligned: Project) -> None:
    first, second = aligned.segments()[:2]
    editing.merge_next(aligned, first.id)
    with Project.open(aligned.path) as later:
        editing.confirm(later, first.id)
        entries = editing.history(later)
        assert [(e.action, e.this_session) for e in entries] == [
            ("set-status translated", True), ("merge", False)]
        done = editing.undo_to(later, entries[-1].id)
        assert [d.action for d in done] == ["set-status translated", "merge"]
        assert later.segment(second.id).source == "Two pears fell."


def test_undo_refuses_a_step_whose_segment_changed_elsewhere(aligned: Project) -> None:
    first = aligned.segments()[0]
    editing.set_target(aligned, first.id, "Яблоко.")
    aligned.db.table("segments").update(first.id, {"target": "changed by another program"})
    with pytest.raises(InputError, match="changed since"):
        editing.undo(aligned)
    assert aligned.segment(first.id).target == "changed by another program"


def test_bulk_edits_are_one_undo_step(aligned: Project) -> None:
    assert editing.lock_pairs_above(aligned, 0.0) == 4
    assert all(s.locked and s.status is SegmentStatus.DRAFT for s in aligned.segments())
    assert editing.undo(aligned).action == "lock-pairs"
    assert not any(s.locked for s in aligned.segments())
    assert editing.mark_aligned_drafts_translated(aligned) == 4
    assert all(s.status is SegmentStatus.TRANSLATED for s in aligned.segments())
    step = editing.undo(aligned)
    assert step.positions == (1, 2, 3, 4)
    assert all(s.status is SegmentStatus.DRAFT for s in aligned.segments())


def test_lock_leaves_the_status_alone(aligned: Project) -> None:
    first = aligned.segments()[0]
    locked = editing.set_locked(aligned, first.id)
    assert locked.locked and locked.status is SegmentStatus.DRAFT
    assert not editing.set_locked(aligned, first.id, False).locked


def test_realignment_keeps_the_ids_of_unchanged_pairs(aligned: Project) -> None:
    before = [(s.id, s.source_range, s.target_range) for s in aligned.segments()]
    document = aligned.segments()[0].document_id
    realign_document(aligned, document)
    assert [(s.id, s.source_range, s.target_range) for s in aligned.segments()] == before
    # an edit between two re-alignments: the untouched pairs still keep theirs
    merged = editing.merge_next(aligned, before[0][0])
    realign_document(aligned, document)
    after = aligned.segments()
    assert [s.id for s in after] == [merged.id, before[2][0], before[3][0]]


def test_a_replace_over_many_segments_and_its_undo_restore_every_row(project: Project, tmp_path: Path) -> None:
    """Snapshots are read in chunks of 500 and put back with plain statements: across chunk
    boundaries, findings and kept originals (a reviewed target's revision) come back as they were."""
    count = 1203
    (tmp_path / "many.tsv").write_text("".join(f"Club {n}.\tКлуб {n}.\n" for n in range(count)), "utf-8")
    import_tsv(project, tmp_path / "many.tsv")
    segments = project.segments()
    reviewed = segments[::100]
    for segment in reviewed:
        editing.set_status(project, segment.id, SegmentStatus.REVIEWED)
    project.db.table("segment_findings").insert_all(
        [{"segment_id": s.id, "check": "whitespace", "severity": "info", "side": "target", "start": 0, "end": 1,
          "message": f"finding {k}", "suggestion": ""} for s in segments[::7] for k in range(2)]
    )

    def rows() -> tuple[list[tuple[object, ...]], ...]:
        return tuple(
            [tuple(r) for r in project.db.execute(f"select * from {table} order by 1, 2")]
            for table in ("segments", "segment_findings", "review_revisions")
        )

    editing.set_targets(project, [(s.id, s.target, s.target.replace("Клуб", "Клубок")) for s in segments])
    assert project.db.execute("select count(*) from review_revisions").fetchone()[0] == len(reviewed)
    before = rows()
    edits = [(s.id, s.target, s.target.replace("Клубок", "Кружок")) for s in project.segments()]
    assert editing.set_targets(project, edits) == count
    assert {s.target.split()[0] for s in project.segments()} == {"Кружок"}
    replaced = rows()
    step = editing.undo(project)
    assert step is not None and step.action == "replace" and len(step.positions) == count
    assert rows() == before
    assert editing.redo(project) is not None
    assert {s.target.split()[0] for s in project.segments()} == {"Кружок"}
    assert rows() == replaced  # the journal's rows after the replace are the rows it wrote


def test_a_replace_or_its_undo_stopped_midway_leaves_all_or_nothing(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after the targets are written (the journal entry; the findings put back by an
    undo) rolls the whole edit back: every target, kept original and journal row as before."""
    count = 700  # more than one chunk of ids
    (tmp_path / "many.tsv").write_text("".join(f"Club {n}.\tКлуб {n}.\n" for n in range(count)), "utf-8")
    import_tsv(project, tmp_path / "many.tsv")
    segments = project.segments()
    for segment in segments[::50]:
        editing.set_status(project, segment.id, SegmentStatus.REVIEWED)

    def rows() -> tuple[list[tuple[object, ...]], ...]:
        return tuple(
            [tuple(r) for r in project.db.execute(f"select * from {table} order by 1")]
            for table in ("segments", "segment_findings", "review_revisions", "journal")
        )

    def broken(*args: Any, **kwargs: Any) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    before = rows()
    edits = [(s.id, s.target, s.target.replace("Клуб", "Кружок")) for s in segments]
    with monkeypatch.context() as patched:
        patched.setattr(edits_module, "_write_entry", broken)
        with pytest.raises(sqlite3.OperationalError):
            editing.set_targets(project, edits)
    assert rows() == before
    assert editing.set_targets(project, edits) == count
    after = rows()
    write_rows = edits_module._write_rows

    def findings_fail(project: Project, table: str, written: Any, **kwargs: Any) -> None:
        if table == "review_revisions":  # after the targets are written back
            broken()
        write_rows(project, table, written, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(edits_module, "_write_rows", findings_fail)
        with pytest.raises(sqlite3.OperationalError):
            editing.undo(project)
    assert rows() == after
    step = editing.undo(project)
    assert step is not None and step.in_place and len(step.segment_ids) == count
    assert rows()[:3] == before[:3]
    assert editing.redo(project) is not None
    assert rows()[:3] == after[:3]  # the kept originals the replace added come back with it


def test_a_replace_journals_only_what_it_wrote_and_older_whole_entries_still_revert(
    project: Project, tmp_path: Path
) -> None:
    """A replace keeps each segment's target, lock and time before and after, not two copies of
    every row; an entry written whole, as earlier versions did, is undone and redone the same way."""
    (tmp_path / "many.tsv").write_text("".join(f"Club {n}.\tКлуб {n}.\n" for n in range(40)), "utf-8")
    import_tsv(project, tmp_path / "many.tsv")
    segments = project.segments()
    ids = [s.id for s in segments]

    def targets() -> list[tuple[object, ...]]:
        return [tuple(r) for r in project.db.execute("select id, target, locked, changed_at from segments order by id")]

    before, whole_before = targets(), edits_module._snapshots(project, ids)
    editing.set_targets(project, [(s.id, s.target, s.target.replace("Клуб", "Кружок")) for s in segments])
    replaced, whole_after = targets(), edits_module._snapshots(project, ids)
    entry_id, removed, added = project.db.execute("select id, removed, added from journal order by id desc").fetchone()
    assert 3 * len(removed) < len(edits_module._dump(whole_before))
    assert 3 * len(added) < len(edits_module._dump(whole_after))
    assert [e.segments for e in editing.history(project)][:1] == [40]
    assert editing.undo(project) is not None and targets() == before
    assert editing.redo(project) is not None and targets() == replaced
    project.db.execute("update journal set removed = ?, added = ? where id = ?",
                       [edits_module._dump(whole_before), edits_module._dump(whole_after), entry_id])
    assert [e.segments for e in editing.history(project)][:1] == [40]
    assert editing.undo(project) is not None and targets() == before
    assert editing.redo(project) is not None and targets() == replaced


@pytest.mark.parametrize(
    "edit",
    [
        lambda project, gone: editing.merge_next(project, gone),
        lambda project, gone: editing.merge_previous(project, gone),
        lambda project, gone: editing.move_sentence(project, gone, "source", "next"),
        lambda project, gone: editing.move_sentence(project, gone, "target", "previous"),
    ],
    ids=["merge next", "merge previous", "move a source sentence", "move a target sentence"],
)
def test_an_edit_of_a_segment_another_program_merged_away_is_refused(aligned: Project, edit: object) -> None:
    """The alignment editor shows a pair another program has since merged away (round six):
    sqlite-utils' NotFoundError went past the editor's handler (it takes WorkbenchError and
    sqlite3.Error), and an exception no handler takes ends a Textual app."""
    first, second = (segment.id for segment in aligned.segments()[:2])
    editing.merge_next(aligned, first)
    gone = second if second not in {segment.id for segment in aligned.segments()} else first
    with pytest.raises(InputError, match=f"no segment with id {gone}"):
        edit(aligned, gone)  # type: ignore[operator]


@pytest.mark.parametrize("status", ["translated", "reviewed"])
@pytest.mark.parametrize("empty", ["", "  \n"])
def test_an_empty_target_is_never_confirmed(aligned: Project, status: str, empty: str) -> None:
    """Enter on an empty target marked it translated: progress and `stats` counted it done."""
    first = aligned.segments()[0]
    editing.set_target(aligned, first.id, empty)
    with pytest.raises(InputError, match=f"segment {first.id} has no translation"):
        editing.set_status(aligned, first.id, status)
    with pytest.raises(InputError, match="has no translation"):
        editing.confirm(aligned, first.id)
    assert aligned.segment(first.id).status is SegmentStatus.DRAFT
    editing.set_target(aligned, first.id, "Яблоко упало.")
    assert editing.set_status(aligned, first.id, status).status == SegmentStatus(status)


def test_a_confirmed_target_wiped_is_a_draft_again_and_undo_brings_both_back(aligned: Project) -> None:
    """A translated segment whose text the translator deleted stayed translated, empty."""
    first = aligned.segments()[0]
    editing.set_target(aligned, first.id, "Яблоко упало.")
    editing.confirm(aligned, first.id)
    editing.set_target(aligned, first.id, " ")
    assert aligned.segment(first.id).status is SegmentStatus.DRAFT
    editing.undo(aligned)
    again = aligned.segment(first.id)
    assert (again.target, again.status) == ("Яблоко упало.", SegmentStatus.TRANSLATED)


def test_last_worked_on_is_the_newest_single_target_or_status_step(aligned: Project) -> None:
    """Where a translator opens the editor again after a break: the segment typed into or
    confirmed last, not one a bulk step touched, nor one merged away since."""
    first, second, third, _fourth = aligned.segments()
    assert editing.last_worked_on(aligned) is None
    editing.set_target(aligned, second.id, "Две груши упали!")
    editing.confirm(aligned, third.id)
    assert editing.last_worked_on(aligned) == third.id
    editing.set_targets(aligned, [(first.id, first.target, "Одно яблоко упало!")])
    assert editing.last_worked_on(aligned) == third.id, "a replace is not where one types"
    editing.merge_previous(aligned, third.id)
    assert editing.last_worked_on(aligned) == second.id, "segment 3 is merged away"


# -- two apps on one project (session 46, tui46): each undoes its own edits ---------------------


def test_undo_takes_this_sessions_own_step_though_another_app_made_one_since(aligned: Project) -> None:
    """The journal is the project's: undo took its newest step, the other app's, and asked about
    it as an earlier session's. This session's own edit is undone; the other's stays."""
    first, _, third = aligned.segments()[:3]
    with Project.open(aligned.path) as other:
        editing.set_target(aligned, first.id, "Мое.")
        editing.set_target(other, third.id, "Чужое.")
        step = editing.undo(aligned)
        assert step is not None and step.segment_ids == (first.id,)
        assert aligned.segment(first.id).target == first.target
        assert aligned.segment(third.id).target == "Чужое."
        with pytest.raises(editing.EarlierSessionEdit):  # then the other's, asked first
            editing.undo(aligned)


def test_undo_over_another_apps_newer_text_is_asked_and_kept_as_a_step(aligned: Project) -> None:
    first = aligned.segments()[0]
    with Project.open(aligned.path) as other:
        editing.set_target(aligned, first.id, "Мое.")
        editing.set_target(other, first.id, "Их.", expected="Мое.")
        with pytest.raises(editing.WrittenOverSince) as asked:
            editing.undo(aligned)
        over = asked.value
        assert (over.theirs, over.yours, over.before, over.position) == ("Их.", "Мое.", first.target, 1)
        assert aligned.segment(first.id).target == "Их."  # nothing written by asking
        editing.undo(aligned, over_newer=True)
        assert aligned.segment(first.id).target == first.target
        editing.undo(aligned)  # the undo over theirs was a step: their text is back
        assert aligned.segment(first.id).target == "Их."
        editing.undo(other)  # and the other app's own undo puts back what it wrote over
        assert aligned.segment(first.id).target == "Мое."


def test_a_step_of_many_segments_written_over_is_still_refused(aligned: Project) -> None:
    first, second = aligned.segments()[:2]
    with Project.open(aligned.path) as other:
        editing.merge_next(aligned, first.id)
        editing.set_target(other, first.id, "Их.")
        with pytest.raises(editing.StaleEdit) as refused:
            editing.undo(aligned, over_newer=True)
        assert not isinstance(refused.value, editing.WrittenOverSince)
        assert aligned.segment(first.id).target == "Их."
        assert second.id not in [s.id for s in aligned.segments()]


def test_redo_takes_back_this_sessions_last_undo_not_the_other_apps(aligned: Project) -> None:
    first, second = aligned.segments()[:2]
    with Project.open(aligned.path) as other:
        editing.set_target(aligned, first.id, "Мое.")
        editing.set_target(other, second.id, "Их.")
        editing.undo(aligned)
        editing.undo(other)
        assert editing.redo(aligned) is not None
        assert aligned.segment(first.id).target == "Мое." and aligned.segment(second.id).target == second.target
        assert editing.redo(aligned) is None  # the other's undo is the other's to redo
        editing.redo(other)
        assert aligned.segment(second.id).target == "Их."
