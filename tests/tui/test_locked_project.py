"""Another program holds project.db's write lock for minutes while the translator types.

Hardening round six: a save in the app waited the full lock wait (10 s) on the thread that
draws the screen, twice for each key (leaving the editor saved twice, so did a move), so
every key froze the app for 20 s for as long as the lock was held. A save now waits at most
`BUSY_WAIT_MS` (a key: about 1 s), says once that the project is busy, keeps the text in the
editor, stays on the segment, and is tried again by a timer until the lock is free.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from tui_helpers import SIZE, open_editor, settle, stored

from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.translation_screen import BUSY_RETRY


async def test_typing_while_another_program_holds_the_lock(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 7)
        other = sqlite3.connect(str(project_path / "project.db"), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            await pilot.press("enter", *"Деньги")
            for key in ("escape", "down", "down"):
                started = time.monotonic()
                await pilot.press(key)
                assert time.monotonic() - started < 5, f"{key} froze the app"
            assert screen.current is not None and screen.current.position == 7, "moved off unsaved text"
            assert screen.editor.text == "Деньги"
            said = [str(note.message) for note in app._notifications]
            assert sum("is busy" in line for line in said) == 1, said
            assert stored(project_path)[6]["target"] == ""
        finally:
            other.execute("ROLLBACK")
            other.close()
        await pilot.pause(BUSY_RETRY + 0.5)
        await settle(pilot)
        assert stored(project_path)[6]["target"] == "Деньги"
