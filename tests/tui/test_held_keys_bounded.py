"""Keys held while the editor's segments load are bounded (hardening, round 25).

The app holds keys typed on a view that has not drawn its segments yet and replays them one at a
time, each once the one before is taken (`WorkbenchApp._hold_key`). A burst of 100,000 keys (a
paste a terminal sends as keys, `tmux send-keys`) was held whole and replayed at some 15 ms a key:
about half an hour in which every key typed waited behind them. Past `MOST_HELD_KEYS` a key is
dropped now, and the app says so once.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual import events
from tui_helpers import build_project, settle

import workbench.tui.app as app_module
from workbench.tui.app import make_app
from workbench.tui.screens.translation_screen import TranslationScreen

SIZES = [(80, 24), (120, 40)]


def _gated_read(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    gate = threading.Event()
    read = app_module.read_segments

    def slow(path: Path) -> Any:
        assert gate.wait(30)
        return read(path)

    monkeypatch.setattr(app_module, "read_segments", slow)
    return gate


@pytest.mark.parametrize("size", SIZES)
async def test_keys_past_the_most_held_are_dropped_and_said(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    monkeypatch.setattr(app_module, "MOST_HELD_KEYS", 4)
    gate = _gated_read(monkeypatch)
    app = make_app(build_project(tmp_path / "clubs"))
    async with app.run_test(size=size) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TranslationScreen)
        await pilot.press("down")
        for _ in range(10):
            app.post_message(events.Key("ж", "ж"))
        await pilot.pause()
        assert len(app._held_keys) == 4
        warnings = [n for n in app._notifications if "faster than the editor" in str(n.message)]
        assert len(warnings) == 1
        gate.set()
        await settle(pilot)
        assert screen.grid.cursor == 1
        assert screen.editor.text.endswith("жжж") and not screen.editor.text.endswith("жжжж")
        await pilot.press("a")  # typed once the held keys ran out: taken at once, nothing said
        await settle(pilot)
        assert screen.editor.text.endswith("жжжa")
        assert len([n for n in app._notifications if "faster than the editor" in str(n.message)]) == 1
