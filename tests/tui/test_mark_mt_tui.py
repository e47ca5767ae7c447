"""The project view marks a document's drafts as machine translation after its import (session 44):
a client's MT imported without the form's MT box ticked could be marked only by removing the
document and importing it again. From the command palette, one undo step, saying how many."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_helpers import Bead, build_project, drawn, open_editor, settle

from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.tui.app import make_app
from workbench.tui.screens.choice_modal import ChoiceModal

TITLE = "mark its drafts as machine translation"

BEADS = [
    Bead(("The ministers met.",), ("Министры встретились.",)),
    Bead(("They agreed.",), ("Они договорились.",)),
    Bead(("The talks ended.",), ("Переговоры закончились.",), status="translated"),
    Bead(("Nobody spoke.",), ()),
]
"""Two drafts to mark; a confirmed segment and an empty target, which stay unmarked."""


async def _palette(pilot: Pilot[None], title: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.press(*title)
    await pilot.pause(0.5)
    await pilot.press("enter")
    await settle(pilot)


def _machine(path: Path) -> list[str | None]:
    with Project.open(path) as project:
        return [segment.machine for segment in project.segments()]


def _told(app: object, start: str) -> list[str]:
    return [str(n.message) for n in app._notifications if str(n.message).startswith(start)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_palette_marks_the_documents_drafts_and_undo_takes_it_back(
        tmp_path: Path, size: tuple[int, int]) -> None:
    path = build_project(tmp_path / "digest", BEADS)
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await _palette(pilot, TITLE)
        assert _told(app, "2 drafts of clubs marked as machine translation (one undo step)"), _told(app, "")
        assert _machine(path) == ["Министры встретились.", "Они договорились.", None, None]
        assert any("machine translation, unreviewed: 2" in line for line in drawn(app))
        await open_editor(pilot, 1)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert _machine(path) == [None] * 4


async def test_with_several_documents_it_asks_which(tmp_path: Path) -> None:
    path = build_project(tmp_path / "digest", BEADS)
    vendor = tmp_path / "vendor.tsv"
    vendor.write_text("The ministers met.\tМинистры встретились.\n", encoding="utf-8")
    with Project.open(path) as project:
        import_tsv(project, vendor)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await _palette(pilot, TITLE)
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert _told(app, "1 draft of vendor marked as machine translation (one undo step)")
        assert _machine(path)[-1] == "Министры встретились."
        await _palette(pilot, TITLE)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert _told(app, "vendor has no unmarked draft with a translation: nothing was marked.")
