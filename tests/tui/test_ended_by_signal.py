"""SIGTERM (`kill PID`) or SIGHUP (the terminal or ssh session closed) while the app is open
(hardening, round eight).

Either killed the app outright: the terminal stayed in the app's modes (no cursor, the mouse
reported as text) and the text typed since the last automatic save was lost. Now the app
saves what is typed and leaves as a quit does; the command line then exits with the shell's
code for the signal (`ended_by`). The signal is sent to this process, with a
handler of the test's own in place before the app, so that it is never Python's default
(which would end the test run) and so that the app is seen to put it back.
"""

from __future__ import annotations

import asyncio
import json
import os
import pty
import signal
from pathlib import Path
from types import FrameType

import pytest
from tui_helpers import SIZE, open_editor, stored

from workbench.tui.app import WorkbenchApp


def _the_tests_own(signum: int, frame: FrameType | None) -> None:
    """A handler that does nothing: what a process had before the app, to be put back."""


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
async def test_kill_or_a_closed_terminal_saves_the_typed_text_and_leaves(
    app: WorkbenchApp, project_path: os.PathLike[str], ending: signal.Signals
) -> None:
    before = signal.signal(ending, _the_tests_own)
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_editor(pilot, 2)
            await pilot.press("enter", *"новый перевод")
            typed = screen.editor.text
            assert "новый перевод" in typed and stored(project_path)[1]["target"] != typed
            os.kill(os.getpid(), ending)
            for _ in range(25):  # well within the automatic save's pause (`SAVE_DELAY`)
                if not app.is_running:
                    break
                await asyncio.sleep(0.02)
            assert not app.is_running, "the app went on after the signal"
        assert getattr(app, "ended_by", None) == ending
        assert stored(project_path)[1]["target"] == typed
        assert signal.getsignal(ending) is _the_tests_own
    finally:
        signal.signal(ending, before)


@pytest.mark.parametrize("leaving", ["quit twice", "SIGTERM"])
async def test_text_the_project_refuses_is_kept_in_a_file_as_the_app_leaves(
    app: WorkbenchApp, project_path: os.PathLike[str], leaving: str, tmp_path: os.PathLike[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A save refused for good (here a read-only database) kept the typed text only in the
    editor: a second quit, or a kill, dropped it (round seven's "still lands"). It goes to a
    file under the user's data folder, which the command line names."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    before = signal.signal(signal.SIGTERM, _the_tests_own)
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_editor(pilot, 2)
            assert app.project is not None
            app.project.conn.execute("pragma query_only = on")
            await pilot.press("enter", *"перевод, который не сохранить", "escape")
            typed = screen.editor.text
            if leaving == "SIGTERM":
                os.kill(os.getpid(), signal.SIGTERM)
            else:
                await pilot.press("ctrl+q")
                await pilot.pause()
                assert app.is_running, "the first quit is refused and said (round seven)"
                await pilot.press("ctrl+q")
            for _ in range(50):
                if not app.is_running:
                    break
                await asyncio.sleep(0.02)
            assert not app.is_running
    finally:
        signal.signal(signal.SIGTERM, before)
    kept = getattr(app, "kept_unsaved", None)
    assert kept is not None and kept.parent == Path(tmp_path) / "workbench" / "unsaved"
    document = json.loads(kept.read_text("utf-8"))
    stored_target = stored(project_path)[1]["target"]
    assert stored_target != typed
    assert document["project"] == str(project_path)
    assert [(entry["position"], entry["typed_target"], entry["stored_target"]) for entry in document["unsaved"]] == [
        (2, typed, stored_target)
    ]


async def test_a_terminal_gone_with_no_sighup_saves_the_typed_text_and_leaves(
    app: WorkbenchApp, project_path: os.PathLike[str]
) -> None:
    """An app started by a wrapper (`make run`) whose session leader died first gets no SIGHUP
    when the terminal closes: Textual's input thread then read end-of-file from it without
    rest, half a core for as long as the machine stayed up (session 46). The app's watch of its
    terminal (here a pseudo-terminal the test hangs up by closing its master) ends it as
    SIGHUP does."""
    master, follower = pty.openpty()
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_editor(pilot, 2)
            await pilot.press("enter", *"новый перевод")
            typed = screen.editor.text
            app._terminal = follower
            app._watch_terminal()
            await pilot.pause()
            assert app.is_running, "a terminal still there ends nothing"
            os.close(master)
            master = -1
            app._watch_terminal()
            for _ in range(25):
                if not app.is_running:
                    break
                await asyncio.sleep(0.02)
            assert not app.is_running, "the app went on with its terminal gone"
        assert app.ended_by == signal.SIGHUP
        assert stored(project_path)[1]["target"] == typed
    finally:
        os.close(follower)
        if master >= 0:
            os.close(master)
