"""A translator's long day in the editor, and whether the day's work is safe (user sweep, session 27).

A chapter of the Open Data Handbook translated from scratch over SSH (tmux at 80x24 and 120x40,
English and Russian): the project folder moved while the app had it open, the app left and
opened again where the folder went, a long target cleared, the place found again after a break.
"""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Select
from textual.widgets._select import SelectOverlay
from tui_helpers import SIZE, open_editor, open_screen, settle, stored

from workbench.core import editing
from workbench.core.project import Project
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.findings_screen import FindingsScreen

TYPED = "Наконец, мы обсудим тонкие вопросы."


async def test_text_kept_when_the_folder_moved_is_offered_where_the_folder_went(
    app: WorkbenchApp, project_path: Path
) -> None:
    """The folder moved while open: every save is refused, the quit keeps the typed text in a
    file "offered back when you open the project again", but the file named the old path, so
    the project opened where it now is never offered it (the text was in a file nobody read)."""
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 1)
        moved = project_path.rename(project_path.with_name("moved"))
        await pilot.pause(1.5)  # the once-a-second watch says the folder went
        await pilot.press("enter", "ctrl+e", *TYPED, "escape")  # leaving the text area saves it
        await settle(pilot)
        assert TYPED in screen.editor.text
        await pilot.press("ctrl+q")
        await settle(pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert app.kept_unsaved is not None and app.kept_unsaved.exists()
    first = stored(moved)[0]

    reopened = make_app(moved)
    async with reopened.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(reopened.screen, ChoiceModal), "the kept text is offered where the folder is now"
        await pilot.press("down", "enter")  # put it back into the project
        await settle(pilot)
    assert stored(moved)[0]["target"] == f"{first['target']}{TYPED}"
    assert not app.kept_unsaved.exists(), "nothing is left in the file: it goes"


async def test_enter_on_text_the_disk_refused_confirms_nothing(app: WorkbenchApp, project_path: Path) -> None:
    """The disk fills while a long target is typed: its save is refused and said. `enter` then
    confirmed the target the database still held (a status change needs no new page), so the
    segment was counted done with text the translator had replaced; on an empty stored target
    it said "has no translation yet" of a target full of text."""
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 3)
        before = stored(project_path)[2]
        assert app.project is not None
        conn = app.project.conn
        conn.execute(f"pragma max_page_count = {conn.execute('pragma page_count').fetchone()[0]}")
        await pilot.press("enter", "ctrl+a")
        screen.editor.insert("Деньги на клуб. " * 1500)
        await pilot.press("enter")
        await settle(pilot)
        notes = [str(note.message) for note in app._notifications]
        assert stored(project_path)[2] == before, "confirmed a target the translator had typed over"
        assert screen.current is not None and screen.current.position == 3
        assert any("not confirmed" in note for note in notes), notes
        assert not any("has no translation yet" in note for note in notes), notes


async def test_after_a_break_the_editor_opens_where_the_translator_was(project_path: Path) -> None:
    """Quit (or a terminal killed) after confirming segment 5 and typing into segment 7, then
    open the project again: `F4` showed segment 1 of the chapter, and the place was found by
    paging. It opens on the segment last worked on; on one confirmed, on the next one open."""
    with Project.open(project_path) as project:
        segments = project.segments()
        editing.set_target(project, segments[4].id, "Силы культурной стихийности проникли в клубы.")
        editing.confirm(project, segments[4].id)
    async with make_app(project_path).run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot)
        assert screen.current is not None and screen.current.position == 6, "the next segment not confirmed"
    with Project.open(project_path) as project:
        editing.set_target(project, segments[6].id, "Клубам нужны были деньги")
    async with make_app(project_path).run_test(size=(80, 24)) as pilot:
        screen = await open_editor(pilot)
        assert screen.current is not None and screen.current.position == 7, "the draft typed last"
        assert screen.grid.cursor == 6


@pytest.mark.parametrize("size", [(80, 24), SIZE])
async def test_a_long_target_is_cleared_with_select_all_from_the_palette_or_f7(
    project_path: Path, size: tuple[int, int]
) -> None:
    """A target typed over by mistake (several wrapped lines) had no select-all the help named:
    `ctrl+a` is the line start, so it was cleared line by line. "target: select all" in the
    palette and the help, and F7 in the target text, select it whole; typing replaces it."""
    async with make_app(project_path).run_test(size=size) as pilot:
        screen = await open_editor(pilot, 3)
        screen.editor.insert("Деньги на клуб. " * 40)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("ctrl+p", *"select all")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"Клубы", "escape")
        await settle(pilot)
        assert stored(project_path)[2]["target"] == "Клубы"
        await pilot.press("enter", "f7", "backspace", "escape")
        await settle(pilot)
        assert stored(project_path)[2]["target"] == ""


@pytest.mark.parametrize("size", [(80, 24), SIZE])
async def test_the_check_filters_choices_are_not_wrapped(project_path: Path, size: tuple[int, int]) -> None:
    """At 80 columns `F5`'s check filter broke "term-missing (14)" and
    "alignment-low-confidence (2)" over two lines of a 22-column list; the list opens as wide
    as its longest choice (over the row, kept on the screen)."""
    async with make_app(project_path).run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        choices = screen.query_one("#check-filter", Select)
        choices.focus()
        await pilot.press("enter")
        await settle(pilot)
        overlay = choices.query_one(SelectOverlay)
        labels = [str(overlay.get_option_at_index(i).prompt) for i in range(overlay.option_count)]
        assert any(label.startswith("doubtful alignment") for label in labels), labels
        chrome = overlay.styles.gutter.width + overlay.scrollbar_size_vertical + 2  # an option's padding
        assert overlay.region.width - chrome >= max(cell_len(label) for label in labels), labels
        assert overlay.region.right <= size[0], "kept on the screen"


async def test_a_target_reloaded_from_another_terminal_keeps_the_cursor_where_it_was(
    app: WorkbenchApp, project_path: Path
) -> None:
    """The same project open in two terminals: the other one saved this segment's target (the
    translator here had paused, everything saved), the editor loaded it, and the cursor went to
    the start of the target, so the words typed next began the sentence («АААА Мы пройдём...»)."""
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("enter", "ctrl+e", *" Вот", "escape", "enter", "ctrl+e")
        await settle(pilot)
        mine = str(stored(project_path)[0]["target"])
        assert mine.endswith(" Вот")
        with Project.open(project_path) as other:
            editing.set_target(other, int(str(stored(project_path)[0]["id"])), mine + " и их слова.")
        await pilot.pause(1.5)  # the once-a-second watch reloads the segments
        await settle(pilot)
        assert screen.editor.text == mine + " и их слова."
        await pilot.press(*" так")
        assert screen.editor.text == mine + " так и их слова.", "typed where the cursor was"


async def test_a_closed_terminal_does_not_write_over_the_other_terminals_target(
    app: WorkbenchApp, project_path: Path
) -> None:
    """Two terminals on one segment: this one's save was refused (the other saved first) and
    said so, "the next save you make writes it over theirs". Closing this terminal (SIGHUP)
    then wrote it over theirs unasked; the other terminal's words were gone from the target.
    Now the text goes to the file of kept text, offered at the next opening, and theirs stays."""
    before = signal.signal(signal.SIGHUP, lambda signum, frame: None)
    try:
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            screen = await open_editor(pilot, 1)
            await pilot.press("enter", *"abc")
            segment_id = screen.current_id
            assert segment_id is not None
            with Project.open(project_path) as other:
                editing.set_target(other, segment_id, "Текст другой программы.")
            assert screen.save_pending(automatic=True) is None  # the pause's save: refused and said
            os.kill(os.getpid(), signal.SIGHUP)
            for _ in range(50):
                if not app.is_running:
                    break
                await asyncio.sleep(0.02)
            assert not app.is_running
    finally:
        signal.signal(signal.SIGHUP, before)
    assert stored(project_path)[0]["target"] == "Текст другой программы."
    assert app.kept_unsaved is not None
    assert "abc" in app.kept_unsaved.read_text("utf-8")
