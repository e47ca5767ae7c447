"""An editor aligning an OCR'd book chapter by hand over SSH, at 80x24 and 120x40 (usersweep15).

Keys typed while the segments were loading (`F3` or `F4` pressed at once after opening the
project) were dropped: the grid was empty, so `j j m` moved nothing and merged nothing, and the
editor then acted on whatever was typed next. They are held until the view has drawn the
segments and taken then, in order.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from tui_helpers import build_project, settle

import workbench.tui.app as app_module
from workbench.tui.app import make_app
from workbench.tui.screens.alignment_screen import AlignmentScreen
from workbench.tui.screens.translation_screen import TranslationScreen

SIZES = [(80, 24), (120, 40)]


def _gated_read(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The segments read waits for the returned event: the view is caught while they load."""
    gate = threading.Event()
    read = app_module.read_segments

    def slow(path: Path) -> Any:
        assert gate.wait(30)
        return read(path)

    monkeypatch.setattr(app_module, "read_segments", slow)
    return gate


@pytest.mark.parametrize("size", SIZES)
async def test_keys_typed_while_the_pairs_load_are_taken_once_they_are_drawn(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    gate = _gated_read(monkeypatch)
    app = make_app(build_project(tmp_path / "clubs"))
    async with app.run_test(size=size) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AlignmentScreen)
        assert not app.store.loaded
        await pilot.press("down", "down", "m")  # to the weak 2-1 pair, merged with the 0-1 below
        gate.set()
        await settle(pilot)
        assert screen.grid.cursor == 2
        assert len(app.store.segments) == 7
        current = screen.grid.current
        assert current is not None and len(screen._sentences(current)[1]) == 2
        await pilot.press("u")  # and the merge is one undo step like any other
        await settle(pilot)
        assert len(app.store.segments) == 8


@pytest.mark.parametrize("size", SIZES)
async def test_text_typed_while_the_segments_load_goes_into_the_target(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    gate = _gated_read(monkeypatch)
    app = make_app(build_project(tmp_path / "clubs"))
    async with app.run_test(size=size) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TranslationScreen)
        await pilot.press("down", "Ж", "и")
        gate.set()
        await settle(pilot)
        assert screen.grid.cursor == 1
        assert screen.editor.text.endswith("Жи")


async def test_leaving_for_another_view_drops_the_held_keys(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = _gated_read(monkeypatch)
    app = make_app(build_project(tmp_path / "clubs"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3", "m", "f2")
        gate.set()
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        assert len(app.store.segments) == 8  # nothing merged
