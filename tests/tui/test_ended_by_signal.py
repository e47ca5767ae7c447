"""SIGTERM (`kill PID`) or SIGHUP (the terminal or ssh session closed) while the app is open
(hardening, round eight).

Either killed the app outright: the terminal stayed in the app's modes (no cursor, the mouse
reported as text) and the text typed since the last automatic save was lost. Now the app
saves what is typed and leaves as a quit does; the command line then exits with the shell's
code for the signal (`run_app` raises `Ended`). The signal is sent to this process, with a
handler of the test's own in place before the app, so that it is never Python's default
(which would end the test run) and so that the app is seen to put it back.
"""

from __future__ import annotations

import asyncio
import os
import signal
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
