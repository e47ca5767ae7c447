"""Undo that stays where the user is, never crosses a session silently, and a TUI that
notices another program's writes (issue 14)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from textual.widgets import Static
from tui_helpers import SIZE, open_alignment, open_editor, settle, stored

from workbench.cli import main
from workbench.core import editing
from workbench.core.project.store import Project
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.widgets.segment_view import TargetEditor

WEAK_PAIR = 2


def notices(app: WorkbenchApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_undo_goes_to_the_merged_pairs_and_names_them(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_alignment(pilot, WEAK_PAIR)
        await pilot.press("m")
        screen.grid.move_to(6)
        await pilot.pause()
        await pilot.press("u")
        await settle(pilot)
        assert screen.grid.cursor == WEAK_PAIR, "the view moved to the pair the undo changed"
        assert "Undone: merge of pairs 3–4" in notices(app)
        info = str(screen.query_one("#bead-info", Static).render())
        assert info.startswith("Pair 3 of 8")


async def test_undo_after_a_restart_asks_first(project_path: Path) -> None:
    with Project.open(project_path) as project:
        seventh = project.segments()[6]
        editing.set_target(project, seventh.id, "Клубам были нужны деньги и время.")
    app = make_app(project_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_alignment(pilot, 0)
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceModal), "an earlier session's edit is never undone silently"
        assert stored(project_path)[6]["target"] == "Клубам были нужны деньги и время."
        asked = [label.plain for label in app.screen.labels]
        assert asked[0] == "Undo it: target edit of pair 7", "the question says what and where"
        assert re.search(r"was made on \d{4}-\d\d-\d\d \d\d:\d\d UTC", app.screen.note)
        await pilot.press("escape")
        await pilot.pause()
        assert stored(project_path)[6]["target"] == "Клубам были нужны деньги и время."
        await pilot.press("u")
        await pilot.pause()
        await pilot.press("enter")  # "Undo it" is the first choice
        await settle(pilot)
        assert stored(project_path)[6]["target"] == ""
        assert screen.grid.cursor == 6
        assert "Undone: target edit of pair 7" in notices(app)


async def test_history_lists_earlier_sessions_and_undoes_back_to_a_step(project_path: Path) -> None:
    with Project.open(project_path) as project:
        first = project.segments()[0]
        editing.set_target(project, first.id, "Старый перевод.")
    app = make_app(project_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_alignment(pilot, 4)
        await pilot.press("l")
        await pilot.press("f7")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        labels = [label.plain for label in modal.labels]
        assert "pair lock" in labels[0] and "earlier session" not in labels[0]
        assert "target edit" in labels[1] and "earlier session" in labels[1]
        assert labels[0].endswith("#5") and "#1  " in labels[1]  # where each step acted
        await pilot.press("down", "enter")
        await settle(pilot)
        assert screen.grid.cursor == 0
    rows = stored(project_path)
    assert rows[0]["target"] == "Профсоюзы обеспечили институциональную базу для этого сдвига."
    with Project.open(project_path) as project:
        assert not project.segments()[4].locked


async def test_ctrl_z_in_the_target_undoes_typing_not_the_journal(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("enter", "end", *" Да")
        editor = screen.query_one(TargetEditor)
        assert editor.text.endswith("сдвига. Да")
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert not editor.text.endswith("Да"), "ctrl+z in the text undoes the typing"
        assert isinstance(app.focused, TargetEditor)


async def test_enter_in_the_target_confirms_and_opens_the_next(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 7)
        await pilot.press("enter", *"Деньги", "enter")
        await settle(pilot)
        assert screen.grid.cursor == 7 and isinstance(app.focused, TargetEditor)
        assert "\n" not in screen.query_one(TargetEditor).text
        shown = {key: active.binding.description for key, active in app.screen.active_bindings.items()}
        assert shown.get("enter") == "Confirm+next", "the footer says what Enter does"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+j")
        assert "\n" in screen.query_one(TargetEditor).text
    rows = stored(project_path)
    assert rows[6]["target"] == "Деньги" and rows[6]["status"] == "translated"
    assert rows[7]["status"] == "translated"
    assert "\n" not in rows[7]["target"]


async def test_a_cli_realignment_is_noticed_and_ids_survive(app: WorkbenchApp, project_path: Path) -> None:
    before = [row["id"] for row in stored(project_path)]
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_alignment(pilot, 5)
        result = CliRunner().invoke(main, ["align", str(project_path)])
        assert result.exit_code == 0, result.output
        with Project.open(project_path) as project:
            project.db.table("segments").update(before[0], {"target": "изменено извне"})
        assert app.check_outside_changes()
        await settle(pilot)
        assert any("changed by another program" in n for n in notices(app))
        assert screen.segments[0].target == "изменено извне"
        assert {s.id for s in screen.segments} == {row["id"] for row in stored(project_path)}
        await pilot.press("l")
        await pilot.pause()
        assert not [n for n in notices(app) if "no segment with id" in n]


async def test_undo_in_the_translation_view_goes_to_the_segment(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("ctrl+s")  # segment 1 translated, on to segment 2
        screen.grid.move_to(6)
        await settle(pilot)
        screen.grid.focus()
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert screen.grid.cursor == 0 and screen.current_id == screen.segments[0].id
        assert "Undone: status change of segment 1" in notices(app)
    assert stored(project_path)[0]["status"] == "draft"


async def test_bulk_mark_translated_is_one_step_from_the_palette(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_alignment(pilot, 0)
        await screen.run_action("mark_drafts_translated")
        await settle(pilot)
        assert "5 pairs changed (one undo step)." in notices(app)
        assert [row["status"] for row in stored(project_path)].count("translated") == 6
        await pilot.press("u")
        await settle(pilot)
        assert [row["status"] for row in stored(project_path)].count("translated") == 1
        assert any(n.startswith("Undone: bulk status change of pairs 1") for n in notices(app))


async def test_a_project_folder_deleted_while_open_is_said_and_no_edit_vanishes_silently(app: WorkbenchApp, project_path: Path) -> None:
    """Someone deletes (or moves) the project folder while the app has it open. SQLite keeps
    writing into the deleted file, so every save used to "succeed" and vanish when the app
    ended; now the app says so within the second and refuses each save, keeping the typed
    text in the editor."""
    import shutil

    gone = "was moved or deleted while open: nothing more can be saved there"
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("enter", *"abc")
        shutil.rmtree(project_path)
        await pilot.pause(1.5)  # the once-a-second watch
        await settle(pilot)
        assert any(gone in n.message for n in app._notifications), [n.message for n in app._notifications]
        await pilot.press("escape")  # leaving the text area saves it
        await settle(pilot)
        assert any(n.message.startswith("Could not save the target") and gone in n.message for n in app._notifications)
        assert screen.editor.text.startswith("abc")  # typed at the start of the target
        assert app.is_running


def test_a_write_to_a_project_moved_while_open_is_refused(project_path: Path) -> None:
    with Project.open(project_path) as project:
        first = project.segments()[0]
        moved = project_path.rename(project_path.with_name("moved"))
        try:
            editing.set_target(project, first.id, "Куда?")
        except Exception as error:  # noqa: BLE001 (asserted)
            assert "was moved or deleted while open" in str(error)
        else:
            raise AssertionError("the edit went into a project that is no longer where it was opened")
    with Project.open(moved) as reopened:
        assert reopened.segment(first.id).target == first.target


async def typed_while_another_program_writes(pilot: Any, project_path: Path) -> Any:
    """The translator types "abc" in segment 1's editor; then a script writes that target."""
    screen = await open_editor(pilot, 1)
    segment_id = screen.current_id
    assert segment_id is not None
    await pilot.press("enter", *"abc")
    with Project.open(project_path) as other:
        editing.set_target(other, segment_id, "Текст другой программы.")
    return screen


async def test_typing_over_a_target_another_program_changed_never_overwrites_it_unseen(app: WorkbenchApp, project_path: Path) -> None:
    """The translator types in segment 1 while a script in another terminal changes that
    segment's target: the save is refused and said, the typed text stays in the editor,
    and the script's text stays stored (the app used to write over it without a word)."""
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await typed_while_another_program_writes(pilot, project_path)
        await pilot.pause(1.5)  # the once-a-second watch reloads, saving what is pending first
        await settle(pilot)
        assert stored(project_path)[0]["target"] == "Текст другой программы."
        assert screen.editor.text.startswith("abc")
        assert any("another program changed this segment's target while you edited it" in n.message
                   for n in app._notifications), [n.message for n in app._notifications]
        await pilot.press("escape")  # the next save is made knowing theirs
        await settle(pilot)
    assert str(stored(project_path)[0]["target"]).startswith("abc")


async def test_after_a_refused_save_no_timer_or_watch_writes_over_the_other_program(app: WorkbenchApp, project_path: Path) -> None:
    """The pause timer's save is refused (another program changed the target) and the watch
    saves a moment later: that second, automatic save must not write over theirs either (it
    did, whenever the timer came first: only a save the translator asks for may)."""
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await typed_while_another_program_writes(pilot, project_path)
        assert screen.save_pending(automatic=True) is None  # the timer's: refused and said
        assert screen.save_pending(automatic=True) is None  # the watch's, just after
        assert stored(project_path)[0]["target"] == "Текст другой программы."
        assert screen.editor.text.startswith("abc")
        assert screen.save_pending() is not None  # the translator's own: written, knowing theirs
    assert str(stored(project_path)[0]["target"]).startswith("abc")


def test_a_save_from_a_stale_target_is_refused(project_path: Path) -> None:
    with Project.open(project_path) as project:
        first = project.segments()[0]
        editing.set_target(project, first.id, "Чужой текст.")
        try:
            editing.set_target(project, first.id, "Мой текст.", expected=first.target)
        except editing.ChangedElsewhere as error:
            assert error.target == "Чужой текст."
        else:
            raise AssertionError("a save from a stale target was written over the newer one")
        assert project.segment(first.id).target == "Чужой текст."
        assert editing.set_target(project, first.id, "Мой текст.", expected="Чужой текст.").target == "Мой текст."


async def test_a_journal_row_another_program_wrote_is_one_line_in_the_history(project_path: Path) -> None:
    """Round 30: F7 on a journal whose newest step another program wrote ended the app in a
    JSONDecodeError traceback; now one notification naming the row, and the view stays."""
    with Project.open(project_path) as project:
        editing.set_target(project, project.segments()[0].id, "Старый перевод.")
    with sqlite3.connect(project_path / "project.db") as conn:
        conn.execute("update journal set removed = '{bad' where id = (select max(id) from journal)")
    app = make_app(project_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_alignment(pilot, 4)
        await pilot.press("f7")
        await pilot.pause()
        assert app.screen is screen
        assert any("journal row" in notice and "another program" in notice for notice in notices(app))
