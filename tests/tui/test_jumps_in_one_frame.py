"""A jump to the last or first segment is drawn in one frame (issue 18).

The grid used to move its cursor and then scroll: the frame in between drew
the old rows with the cursor gone from them, and the jump took two frames.
It scrolls first now. These tests count the frames written to the terminal
from the key until the app is idle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tui_helpers import SAMPLE_BEADS, SIZE, build_project, open_editor, settle

from workbench.tui.app import make_app

BEADS = SAMPLE_BEADS * 25
"""Two hundred pairs: many screens of rows, so End and Home scroll."""


def count_frames(app: Any) -> list[int]:
    """The grid's cursor row at each frame written from now on."""
    cursors: list[int] = []
    display = app._display

    def counted(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if renderable is not None:
            cursors.append(app.screen.grid.cursor)

    app._display = counted
    return cursors


@pytest.mark.parametrize("size", [(80, 24), SIZE])
async def test_end_and_home_are_drawn_in_one_frame(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(build_project(tmp_path / "clubs", BEADS))
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot)
        grid = screen.grid
        frames = count_frames(app)
        for key, row in [("end", len(BEADS) - 1), ("home", 0), ("end", len(BEADS) - 1)]:
            del frames[:]
            await pilot.press(key)
            await settle(pilot)
            assert grid.cursor == row
            top = round(grid.scroll_offset.y)
            assert top <= row < top + grid.scrollable_content_region.height
            assert frames == [row], key
