"""A translator's day (sixteenth session): a chapter translated from scratch at 80x24 and 120x40,
each key driven as a person drives it and each result read back from the project."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import SAMPLE_BEADS, open_editor, settle, stored

from workbench.tui.app import WorkbenchApp

SIZES = [(80, 24), (120, 40)]
PLAIN_DRAFT = next(i for i, bead in enumerate(SAMPLE_BEADS, 1)
                   if bead.status == "draft" and len(bead.source) == 1 and bead.source[0].isprintable())


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("way", ["key", "palette"])
async def test_the_source_is_copied_to_the_target(
    app: WorkbenchApp, project_path: Path, size: tuple[int, int], way: str
) -> None:
    """Names, numbers and quotations stay in the original, and OmegaT copies the source with one key;
    the editor had no way to do it but to retype the source (markup and all)."""
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, PLAIN_DRAFT)
        segment = screen.current
        assert segment is not None and segment.target != segment.source
        if way == "key":
            await pilot.press("alt+i")
        else:
            await pilot.press("ctrl+p")
            await settle(pilot)
            await pilot.press(*"copy the source")
            await settle(pilot)
            await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
    row = next(row for row in stored(project_path) if row["id"] == segment.id)
    assert (row["target"], row["status"]) == (segment.source, "translated")
