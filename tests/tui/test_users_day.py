"""What a demanding translator met in a working day (fourteenth session), driven as they did it.

Each test presses the keys the user pressed, at 80x24 and at a larger size,
on a real project file, and reads the result back from the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import settle

from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.concept_modal import ConceptModal

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES)
async def test_enter_in_the_concept_form_saves_it(app: WorkbenchApp, project_path: Path, size: tuple[int, int]) -> None:
    """Every other form of the app submits on `enter`; the concept form did nothing, so a
    translator who typed both terms and pressed `enter` was left waiting."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("n")
        assert isinstance(app.screen, ConceptModal)
        await pilot.press(*"waiting-room", "tab", "tab", "tab")
        await pilot.press(*"приёмная", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ConceptModal)
    with open_project_termbase(Project.open(project_path)) as termbase:
        added = [c for c in termbase.concepts() if c.preferred("en") and c.preferred("en").text == "waiting-room"]
    assert len(added) == 1 and added[0].preferred("ru").text == "приёмная"
