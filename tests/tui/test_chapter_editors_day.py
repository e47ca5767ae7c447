"""What an editor met aligning a book chapter by hand (twenty-second session), driven as they did it:
the keys pressed at 80x24 and a larger size, on a real project file."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import settle

from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.alignment_screen import AlignmentScreen
from workbench.tui.widgets.segment_grid import SegmentGrid

SIZES = [(80, 24), (120, 40)]


async def open_alignment(pilot: object, app: WorkbenchApp) -> SegmentGrid:
    await settle(pilot)  # type: ignore[arg-type]
    await pilot.press("f3")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    assert isinstance(app.screen, AlignmentScreen)
    return app.screen.query_one(SegmentGrid)


@pytest.mark.parametrize("size", SIZES)
async def test_a_pair_is_found_by_its_words(app: WorkbenchApp, project_path: Path, size: tuple[int, int]) -> None:
    """The alignment editor had no way to find a pair by its text (the palette found nothing for
    "search" or "find"): an editor who knew the stray Russian sentence paged through the chapter.
    `/` asks for words and goes to the next pair holding them in either language, in any case and
    with ё read as е; `f` finds them again, round the end; a miss is said and the cursor stays."""
    async with app.run_test(size=size) as pilot:
        grid = await open_alignment(pilot, app)
        await pilot.press("slash", *"ПОДОТЧЕТНЫ", "enter")
        await settle(pilot)
        assert grid.cursor == 3  # «Они не были подотчётны государству.», a 0-1 pair
        assert app.focused is grid
        await pilot.press("slash", *"club", "enter")
        await settle(pilot)
        visited = [grid.cursor]
        for _ in range(4):
            await pilot.press("f")
            await settle(pilot)
            visited.append(grid.cursor)
        assert visited == [4, 5, 6, 2, 4]  # "club movement", "clubs", "Workers' clubs", round to "Clubs"
        await pilot.press("slash", *"профком", "enter")
        await settle(pilot)
        assert grid.cursor == 4
        assert any("профком" in str(n.message) for n in app._notifications)
