"""What a demanding translator met in a working day (fourteenth session), driven as they did it.

Each test presses the keys the user pressed, at 80x24 and at a larger size,
on a real project file, and reads the result back from the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Input, OptionList, Select, Static, TextArea
from tui_helpers import open_editor, settle, stored

from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.concept_modal import ConceptModal
from workbench.tui.screens.file_modals import ExportModal
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.tool_modals import ReplaceModal
from workbench.tui.widgets.segment_grid import SegmentGrid

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
        # status, part of speech, usage note (a term's second line, session 17), then the next term
        await pilot.press(*"waiting-room", "tab", "tab", "tab", "tab", "tab")
        await pilot.press(*"приёмная", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ConceptModal)
    with open_project_termbase(Project.open(project_path)) as termbase:
        added = [c for c in termbase.concepts() if c.preferred("en") and c.preferred("en").text == "waiting-room"]
    assert len(added) == 1 and added[0].preferred("ru").text == "приёмная"


def targets(project_path: Path) -> list[str]:
    return [row["target"] for row in stored(project_path)]


@pytest.mark.parametrize("size", SIZES)
async def test_ctrl_z_after_a_replace_undoes_it_as_the_message_says(
    app: WorkbenchApp, project_path: Path, size: tuple[int, int]
) -> None:
    """The replace is opened while typing in a target; its message says "ctrl+z undoes it all",
    but focus went back to the target text, where ctrl+z undoes typing, and nothing happened."""
    before = targets(project_path)
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 3)
        await pilot.press("enter")  # into the target text, as a translator works
        assert isinstance(app.focused, TextArea)
        await pilot.press("alt+r")
        modal = app.screen
        assert isinstance(modal, ReplaceModal)
        await pilot.press(*"клуб", "tab", *"кружок", "enter")
        await settle(pilot)
        assert modal.changes
        modal.query_one("#ok", Button).press()
        await settle(pilot)
        assert app.screen is screen and targets(project_path) != before
        assert any("ctrl+z undoes it all" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+z")
        await settle(pilot)
    assert targets(project_path) == before


@pytest.mark.parametrize("size", SIZES)
async def test_choosing_xliff_in_the_export_dialog_names_an_xliff_file(
    app: WorkbenchApp, project_path: Path, size: tuple[int, int]
) -> None:
    """Choosing "XLIFF" while the prefilled name still ended in `.tmx` stopped the whole app
    (the format had no file extension to follow)."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("x")
        modal = app.screen
        assert isinstance(modal, ExportModal)
        modal.query_one("#format", Select).focus()
        await pilot.press("enter", "down", "down", "down", "down", "enter")
        await settle(pilot)
        assert modal.query_one("#format", Select).value == "xliff"
        assert modal.query_one("#path", Input).value == str(project_path / "clubs.xlf")


@pytest.mark.parametrize("size", SIZES)
async def test_every_split_point_is_two_lines_one_per_language(app: WorkbenchApp, size: tuple[int, int]) -> None:
    """The split chooser shows each cut as an English and a Russian line; where both parts were
    long a line ran past the list's width and wrapped, so a third line ("ж…") looked like the
    start of the next choice."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        app.screen.query_one(SegmentGrid).move_to(2)  # the 2-1 pair with the 0-1 pair after it
        await pilot.press("m", "s")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        choices = modal.query_one(OptionList)
        assert choices.option_count >= 3
        assert choices.virtual_size.height == 2 * choices.option_count


@pytest.mark.parametrize("size", SIZES)
async def test_an_inserted_term_is_a_word_of_its_own(
    app: WorkbenchApp, project_path: Path, size: tuple[int, int]
) -> None:
    """`ctrl+g` from the list puts the term at the target's cursor, at its start: the form ran into
    the first word («стихийностиСилы»), which neither reads nor satisfies the term check."""
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 6)
        original = screen.editor.text
        await pilot.press("ctrl+g")
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        forms = list(modal.values)
        modal.query_one(OptionList).highlighted = forms.index("культурной стихийности")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.editor.text == "культурной стихийности " + original
        await pilot.press("end", "ctrl+g")
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        modal.query_one(OptionList).highlighted = list(modal.values).index("культурная стихийность")
        await pilot.press("enter", "escape")
        await settle(pilot)
    assert stored(project_path)[5]["target"] == "культурной стихийности " + original + " культурная стихийность"


@pytest.mark.parametrize("size", SIZES)
async def test_team_sync_from_the_palette_says_why_nothing_happens(app: WorkbenchApp, size: tuple[int, int]) -> None:
    """"team: sync now" is in every project's palette; outside a team project it did nothing at all."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"team: sync now")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert any("is not a team project" in str(n.message) for n in app._notifications)


@pytest.mark.parametrize("size", SIZES)
async def test_findings_after_an_import_cover_the_new_document(
    app: WorkbenchApp, tmp_path: Path, size: tuple[int, int]
) -> None:
    """After `i` imported a second document, the project view and `F5` still counted the first
    one's findings only (12 of 25 on the Andersen texts) until the user thought of `R`."""
    document = tmp_path / "second.en.txt"
    document.write_text("The clubs opened in 1925.\n\nThey closed in 1930.\n", encoding="utf-8")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert "errors: 3" in str(app.screen.query_one("#findings-text", Static).render())
        await pilot.press("i")
        app.screen.query_one("#source", Input).value = str(document)
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert "errors: 5" in str(app.screen.query_one("#findings-text", Static).render())
        await pilot.press("f5")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FindingsScreen)
        assert {9, 10} <= {f.segment for f in screen.findings if f.check == "untranslated"}
