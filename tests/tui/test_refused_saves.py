"""Saves the project refuses for what is not a lock: a full disk, a read-only database, a
`project.db` replaced by another file while the app has it open (hardening, round seven).

Each refusal was said again at every key (a toast for each save the typing started), in SQLite's
English words; a full disk was not tried again once there was room, and quitting dropped the
typed text without a word. Now each says what happened, once; the text stays in the editor and
on its segment; a full disk is retried like a lock; a quit with text whose save was refused is
refused once and said.

The disk fills and the file turns read-only for the app's own connection (`max_page_count` at
the pages it has, `query_only`): SQLite then gives the result codes a full tmpfs and a read-only
mount give (`SQLITE_FULL`, `SQLITE_READONLY`), which the app reads.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from tui_helpers import SIZE, open_editor, settle, stored

from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.translation_screen import BUSY_RETRY
from workbench.tui.unsaved import unsaved_folders

LONG = "Деньги на клуб. " * 1500
"""About 24,000 characters: pages the database does not have yet."""


def _fill_disk(app: WorkbenchApp, path: Path) -> None:
    assert app.project is not None
    conn = app.project.conn
    conn.execute(f"pragma max_page_count = {conn.execute('pragma page_count').fetchone()[0]}")


def _read_only(app: WorkbenchApp, path: Path) -> None:
    assert app.project is not None
    app.project.conn.execute("pragma query_only = on")


def _replace(app: WorkbenchApp, path: Path) -> None:
    shutil.copy(path / "project.db", path / "copy.db")
    os.replace(path / "copy.db", path / "project.db")


@pytest.mark.parametrize(("refuse", "said", "times"), [
    (_fill_disk, "The disk is full: your text stays in the editor", 1),
    (_read_only, "Could not save the target: the database cannot be written: its file, its folder or the disk is read-only", 1),
    # The app's once-a-second watch says it as well, before the first save does.
    (_replace, "project.db was replaced by another file while open", 2),
])
async def test_a_refused_save_says_what_happened_once_and_keeps_the_text(
    app: WorkbenchApp, project_path: Path, refuse: Callable[[WorkbenchApp, Path], None], said: str, times: int,
) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 3)
        refuse(app, project_path)
        await pilot.press("enter", "ctrl+a")
        screen.editor.insert(LONG)
        await pilot.press(*"конец")
        for key in ("escape", "down", "down", "enter", "x", "escape"):
            await pilot.press(key)
        await pilot.pause(0.2)
        await settle(pilot)
        notes = [str(note.message) for note in app._notifications]
        assert sum(said in note for note in notes) == times, notes
        assert not any("database is locked" in note or "is busy" in note for note in notes), notes
        assert screen.current is not None and screen.current.position == 3, "moved off unsaved text"
        assert LONG in screen.editor.text
        assert stored(project_path)[2]["target"] != screen.editor.text

        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app.is_running, "quit dropped the unsaved text without a word"
        # It says where a second quit keeps the text ("leave without it" sent people back to a
        # workbench that would not save, while the text went to a file: user sweep, session 17).
        said = [str(note.message) for note in app._notifications if "quit again" in str(note.message)]
        assert said and f"kept in a file in {unsaved_folders()[0]}" in said[-1], said
        if refuse is _fill_disk:  # room again: the timer saves the text with no key pressed
            assert app.project is not None
            app.project.conn.execute("pragma max_page_count = 1073741823")
            await pilot.pause(BUSY_RETRY + 0.5)
            await settle(pilot)
            assert stored(project_path)[2]["target"] == screen.editor.text
            return
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert not app.is_running
        assert app.kept_unsaved is not None and app.kept_unsaved.parent == unsaved_folders()[0]
