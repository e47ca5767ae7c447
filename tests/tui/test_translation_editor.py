"""The translation editor: saving as you go, confirming, terms, findings, literal text."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static
from tui_helpers import SIZE, open_editor, settle, stored

from workbench.core.project.store import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.choice_modal import ChoiceModal, ReasonModal
from workbench.tui.screens.translation_screen import SAVE_DELAY
from workbench.tui.widgets.findings_panel import FindingsPanel
from workbench.tui.widgets.segment_grid import SegmentGrid
from workbench.tui.widgets.segment_view import TargetEditor


async def test_typing_is_saved_when_leaving_the_text_area(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(pilot, 7)
        await pilot.press("enter")
        assert isinstance(app.focused, TargetEditor)
        await pilot.press(*"Деньги")
        assert stored(project_path)[6]["target"] == ""
        await pilot.press("escape")
        assert isinstance(app.focused, SegmentGrid)
    assert stored(project_path)[6]["target"] == "Деньги"


async def test_typing_is_saved_after_a_pause_without_leaving(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(pilot, 7)
        await pilot.press("enter", *"abc")
        await pilot.pause(SAVE_DELAY + 0.4)
        assert stored(project_path)[6]["target"] == "abc"
        assert isinstance(app.focused, TargetEditor)


async def test_quitting_saves_what_was_typed(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(pilot, 7)
        await pilot.press("enter", *"typed")
        await pilot.press("ctrl+q")
    assert stored(project_path)[6]["target"] == "typed"


async def test_moving_to_another_segment_saves_and_shows_it(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 7)
        await pilot.press("enter", *"seven")
        await pilot.press("ctrl+down")
        assert screen.current is not None and screen.current.position == 8
        assert screen.editor.text == "Партия поддержала децентрализацию в 1925 году."
    assert stored(project_path)[6]["target"] == "seven"


async def test_confirm_marks_translated_and_goes_to_the_next(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("ctrl+s")
        assert screen.grid.cursor == 1
        await pilot.press("ctrl+r")
        assert screen.grid.cursor == 2
        await pilot.press("ctrl+n")
        assert screen.grid.cursor == 3, "segment 4 is the next unconfirmed one after 3"
    statuses = [row["status"] for row in stored(project_path)]
    assert statuses[:3] == ["translated", "reviewed", "draft"]


async def test_insert_term_offers_every_form_and_satisfies_the_term(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 6)
        assert "term-missing" in [f.check for f in screen.query_one(FindingsPanel).findings]
        await pilot.press("enter", "ctrl+a", "ctrl+k")
        await pilot.press(*"Силы ")
        await pilot.press("ctrl+g")
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        forms = list(modal.values)
        assert "культурной стихийности" in forms and "культурными стихийностями" in forms
        modal.query_one(OptionList).highlighted = forms.index("культурной стихийности")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.editor.text == "Силы культурной стихийности"
        await pilot.press(*" проникли в клубы.", "escape")
        await pilot.pause()
        assert "term-missing" not in [f.check for f in screen.query_one(FindingsPanel).findings]
    assert stored(project_path)[5]["target"] == "Силы культурной стихийности проникли в клубы."


async def test_accept_a_finding_as_false_positive(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 8)
        panel = screen.query_one(FindingsPanel)
        assert [f.check for f in panel.findings] == ["number-mismatch"]
        screen.query_one("#side").active = "findings-tab"
        panel.query_one(OptionList).focus()
        await pilot.press("a")
        assert isinstance(app.screen, ReasonModal)
        await pilot.press(*"the author means 1925", "enter")
        await settle(pilot)
        assert panel.findings == []
    with Project.open(project_path) as project:
        rows = list(project.db.table("check_acceptances").rows)
    assert [(r["check"], r["reason"]) for r in rows] == [("number-mismatch", "the author means 1925")]


async def test_markup_and_control_characters_show_literally(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 7)
        shown = str(screen.query_one("#source-text", Static).render())
        assert "[bold]money[/]" in shown
        assert "\x07" not in shown and "␇" in shown
        await pilot.press("enter", *"[/]  [bold")
        await pilot.press("escape")
        await pilot.pause()
        assert "[/]  [bold" in "".join(
            segment.text for segment in screen.grid.render_line(6)
        ).replace("⏎", "")


async def test_undo_restores_the_previous_target(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("enter", "ctrl+a", "ctrl+k", *"new", "escape")
        assert stored(project_path)[0]["target"] == "new"
        await app.run_action("undo", screen)
        await settle(pilot)
        assert screen.editor.text == "Профсоюзы обеспечили институциональную базу для этого сдвига."
    assert stored(project_path)[0]["target"] == "Профсоюзы обеспечили институциональную базу для этого сдвига."


async def test_a_refused_save_keeps_the_text_and_the_segment(
    app: WorkbenchApp, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the database refuses a save (locked by another program), moving on must not drop the text."""
    import sqlite3

    from workbench.core import editing

    real = editing.set_target

    def locked(*args: object, **kwargs: object) -> object:
        raise sqlite3.OperationalError("database is locked")

    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 7)
        monkeypatch.setattr(editing, "set_target", locked)
        await pilot.press("enter", *"unsaved")
        await pilot.press("ctrl+down")
        await settle(pilot)
        assert screen.current is not None and screen.current.position == 7
        assert screen.editor.text == "unsaved"
        monkeypatch.setattr(editing, "set_target", real)
        await pilot.press("ctrl+down")
        await settle(pilot)
        assert screen.current is not None and screen.current.position == 8
    assert stored(project_path)[6]["target"] == "unsaved"
