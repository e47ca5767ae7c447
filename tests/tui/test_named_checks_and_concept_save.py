"""Session 32's leftovers in the editor's forms, driven at 80x24 as a person drives them.

The grid's filter form took check ids only (`alignment-low-confidence`) while every other view
names the checks («сомнительное выравнивание»); the concept form saved on `enter` and said so
nowhere: no key in a footer, nothing in the palette, and the form shut without a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import Input, Static
from tui_helpers import build_project, open_editor, open_screen, settle

from workbench.core.project import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui import i18n
from workbench.tui.app import make_app
from workbench.tui.check_names import check_names
from workbench.tui.screens.concept_modal import ConceptModal
from workbench.tui.screens.termbase_screen import TermbaseScreen
from workbench.tui.screens.tool_modals import FilterModal
from workbench.tui.screens.translation_screen import TranslationScreen

SIZE = (80, 24)


def shown_positions(screen: TranslationScreen) -> list[int]:
    grid = screen.grid
    return [grid.number_of(row) if grid.number_of else row + 1 for row in range(len(grid.segments))]


@pytest.fixture
def russian(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_translation", i18n.load_translation(["ru"]))


@pytest.mark.parametrize(("typed", "language"), [
    ("сомнительное выравнивание", "ru"),
    ("Сомнительное  Выравнивание", "ru"),
    ("doubtful alignment", "en"),
    ("doubtful alignment", "ru"),  # the English name in the Russian interface too
    ("alignment-low-confidence", "ru"),  # ids still work
])
async def test_the_filter_takes_the_names_the_interface_shows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, language: str) -> None:
    monkeypatch.setattr(i18n, "_translation", i18n.load_translation([language]))
    app = make_app(build_project(tmp_path / "p"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("alt+l")
        assert isinstance(app.screen, FilterModal)
        app.screen.query_one("#filter-check", Input).value = typed
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert shown_positions(screen) == [3, 4]  # the aligner's findings on the weak pairs
        bar = str(screen.query_one("#filter-bar", Static).render())
        named = "сомнительное выравнивание" if language == "ru" else "doubtful alignment"
        assert named in bar and "alignment-low-confidence" not in bar, bar
        await pilot.press("alt+l")  # the form opens again on the name, not the id
        assert app.screen.query_one("#filter-check", Input).value == named


async def test_the_filter_completes_a_name_and_says_what_it_does_not_know(tmp_path: Path, russian: None) -> None:
    app = make_app(build_project(tmp_path / "p"))
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(pilot, 1)
        await pilot.press("alt+l")
        modal = app.screen
        assert isinstance(modal, FilterModal)
        field = modal.query_one("#filter-check", Input)
        field.focus()
        await pilot.press(*"нет те")
        await settle(pilot)
        await pilot.press("right")  # accepts the completion, as in every Textual field
        assert field.value == "нет термина"
        await pilot.press(*", числ")
        await settle(pilot)
        await pilot.press("right")
        assert field.value == "нет термина, числа расходятся"
        assert check_names().read(field.value) == {"term-missing", "number-mismatch"}
        field.value = "нет термина, опечатка в слове"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is modal  # refused, the form stays open with what was typed
        said = str(modal.query_one(".form-error", Static).render())
        assert "опечатка в слове" in said and "нет термина" in said and "орфография" in said, said


async def test_the_concept_form_shows_and_confirms_its_save(tmp_path: Path) -> None:
    path = build_project(tmp_path / "p")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "f6", TermbaseScreen)
        await pilot.press("n")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ConceptModal)
        shown = {key: b.binding.description for key, b in form.active_bindings.items() if b.binding.show}
        assert shown.get("enter") == "Save" and shown.get("escape") == "Cancel", shown
        await pilot.press("tab")  # a list takes `enter`: the footer does not promise a save there
        shown = {key for key, b in form.active_bindings.items() if b.binding.show}
        assert "enter" not in shown
        await pilot.press("shift+tab", "ctrl+p")
        await settle(pilot)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await pilot.press(*"concept: save")
        await settle(pilot)
        await pilot.press("enter")  # the palette's save, on an empty form: refused on the form
        await settle(pilot)
        assert app.screen is form
        assert "at least one term" in str(form.query_one(".form-error", Static).render())
        await pilot.press(*"widget")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TermbaseScreen)
        said = [n.message for n in app._notifications]
        assert any("saved" in message and "widget" in message for message in said), said
    with Project.open(path) as project, open_project_termbase(project) as termbase:
        assert any(t.text == "widget" for c in termbase.concepts() for t in c.terms)


async def test_the_concept_form_in_russian_confirms_an_edit(tmp_path: Path, russian: None) -> None:
    """(The footer's labels are fixed when the classes are defined: `test_i18n` runs a Russian
    process for them; the catalogue holds every label of the form.)"""
    path = build_project(tmp_path / "p")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "f6", TermbaseScreen)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ConceptModal)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TermbaseScreen)
        said = [n.message for n in app._notifications]
        assert any(message.startswith("Понятие ") and "сохранено" in message for message in said), said


def test_every_kind_a_filter_may_name_is_read_back(russian: None) -> None:
    names = check_names()
    for check in names.ids:
        assert names.read(names.shown(frozenset({check}))) == {check}
        assert names.read(check) == {check}
