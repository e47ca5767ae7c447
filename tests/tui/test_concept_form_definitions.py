"""The concept form gives the target language a definition of its own (usersweep15).

It had one definition field: a client's Russian definition was a note line, and a terminologist
who wrote one in Russian had to choose between it and the English one. The form now has a
"Definition (ru)" field (and one for each language a concept has a definition in), the termbase
view shows each, and the termbase keeps them apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static
from tui_helpers import open_screen, settle

from termbase.model import Concept, Definition, Term
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.concept_modal import ConceptModal, TermRow
from workbench.tui.screens.termbase_screen import TermbaseScreen
from workbench.tui.widgets.concept_list import ConceptList

SIZES = [(80, 24), (120, 40)]


def _labels(modal: ConceptModal) -> list[str]:
    return [str(label.render()) for label in modal.query("Label")]


@pytest.mark.parametrize("size", SIZES)
async def test_a_definition_in_russian_is_written_edited_and_shown(
        app: WorkbenchApp, project_path: Path, size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f6", TermbaseScreen)
        await pilot.press("n")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        assert "Definition (ru)" in _labels(modal)
        english, russian = list(modal.query(TermRow))
        await pilot.press(*"reading room")
        russian.query_one(".term-text", Input).value = "читальня"
        modal.query_one("#definition", Input).value = "A room in a club set aside for reading."
        modal.query_one("#definition-0", Input).value = "Комната клуба для чтения."
        await pilot.click("#ok")
        await settle(pilot)
        assert app.screen is screen
        detail = str(screen.query_one("#concept-detail", Static).render())
        assert "Definition: A room in a club set aside for reading." in detail
        assert "Definition (ru): Комната клуба для чтения." in detail

        await pilot.press("e")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        field = modal.query_one("#definition-0", Input)
        assert field.value == "Комната клуба для чтения."
        field.value = "Комната клуба, отведённая для чтения."
        await pilot.click("#ok")
        await settle(pilot)
        assert app.screen is screen
    with Project.open(project_path) as project, open_project_termbase(project) as termbase:
        (concept,) = termbase.with_term("reading room", "en")
    assert concept.definition == "A room in a club set aside for reading."
    assert concept.definitions == (Definition("ru", "Комната клуба, отведённая для чтения."),)
    assert concept.note is None


async def test_every_language_defined_gets_a_field_and_keeps_its_text(
        app: WorkbenchApp, project_path: Path) -> None:
    """A concept from a client's file with definitions in `en-US`, `ru-RU` and German: a field for
    each (none for a second Russian), and saving the form loses none of them."""
    client = Concept("t1", definition="Entry.", terms=(Term("cell", "en-US"), Term("ячейка", "ru-RU")),
                     definitions=(Definition("en-US", "A primary unit."), Definition("ru-RU", "Первичная ячейка."),
                                  Definition("de", "Zelle.")))
    with Project.open(project_path) as project, open_project_termbase(project) as termbase:
        termbase.add(client)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "f6", TermbaseScreen)
        listed = screen.query_one(ConceptList)
        for _ in range(next(i for i, c in enumerate(listed.concepts) if c.id == "t1")):
            await pilot.press("down")
        await settle(pilot)
        assert listed.current is not None and listed.current.id == "t1"
        await pilot.press("e")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        labels = [label for label in _labels(modal) if label.startswith("Definition")]
        assert labels == ["Definition", "Definition (en-US)", "Definition (ru-RU)", "Definition (de)"]
        await pilot.click("#ok")
        await settle(pilot)
        assert app.screen is screen
    with Project.open(project_path) as project, open_project_termbase(project) as termbase:
        assert termbase.get("t1") == client
