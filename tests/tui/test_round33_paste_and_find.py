"""Paste and find/replace in the editor, as a hostile clipboard would use them (hardening, round 33).

A paste into the target while it had the focus was put there twice: the text area took it, and
the event went on to the view, whose handler puts a paste made on the grid into the target. The
target holds it once now. Held: terminal control, a bidi override, NUL and a lone surrogate in a
paste never reach the target or the project; a catastrophic pattern in the replace dialog ends
in one line under the regex time limit while the app keeps answering."""

from __future__ import annotations

import time
from pathlib import Path

from textual import events
from textual.widgets import Input, Select, Static
from tui_helpers import SIZE, open_editor, settle, stored

from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.tool_modals import ReplaceModal


async def test_a_paste_into_the_target_is_put_there_once(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 7)
        assert screen.editor.text == ""
        await pilot.press("enter")
        assert screen.focused is screen.editor
        app.post_message(events.Paste("Профсоюз и клуб."))
        await settle(pilot)
        assert screen.editor.text == "Профсоюз и клуб."
        await pilot.press("escape")
        await settle(pilot)
        screen.grid.focus()
        app.post_message(events.Paste(" Всё."))  # a paste made on the grid goes into the target too
        await settle(pilot)
        assert screen.editor.text == "Профсоюз и клуб. Всё."
        await pilot.press("escape")
        await settle(pilot)
    assert stored(project_path)[6]["target"] == "Профсоюз и клуб. Всё."


async def test_control_bidi_nul_and_a_lone_surrogate_pasted_never_reach_the_project(
        app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 7)
        await pilot.press("enter")
        app.post_message(events.Paste("клуб\ud800 x\x00y \u202eabc\x1b[2J\x9b31m!"))
        await settle(pilot)
        assert screen.editor.text == "клуб xy abc!"
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_running
    assert stored(project_path)[6]["target"] == "клуб xy abc!"


async def test_a_catastrophic_pattern_in_the_replace_dialog_ends_in_one_line(
        app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(pilot, 7)
        await pilot.press("enter")
        app.post_message(events.Paste("a" * 3_000 + "b"))
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("alt+r")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ReplaceModal)
        dialog.query_one("#replace-mode", Select).value = "regex"
        dialog.query_one("#replace-find", Input).value = "(a+)+$"
        dialog.query_one("#replace-with", Input).value = "x"
        await pilot.pause()
        started = time.monotonic()
        dialog.action_preview()
        while "took too long" not in str(dialog.query_one(".form-error", Static).render()):
            assert time.monotonic() - started < 120, "the preview never ended"
            await pilot.pause(0.2)  # the app answers meanwhile: the plan runs in a thread
        said = str(dialog.query_one(".form-error", Static).render())
        assert "(a+)+$" in said and "\n" not in said.strip()
        assert dialog.changes == []
    assert stored(project_path)[6]["target"] == "a" * 3_000 + "b"
