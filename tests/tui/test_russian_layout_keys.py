"""The app's keys with the Russian (ЙЦУКЕН) layout on, at 80x24, pressed as that layout sends them.

A translator types Russian most of the day; the terminal then sends `о` for the grid's `j`, `т`
for the alignment editor's `n`, `.` for its `/`, `alt+п` for `alt+g`. Every such key did nothing
(or typed a letter), so each binding worked only after switching layouts (user sweep, session 34).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList
from tui_helpers import Bead, build_project, open_alignment, open_editor, settle

from termbase.model import Concept, Term
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui import i18n
from workbench.tui.app import make_app
from workbench.tui.keyboard_layout import latin_key
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.help_screen import HelpScreen
from workbench.tui.screens.tool_modals import GoToModal, TextModal
from workbench.tui.widgets.term_panel import TermPanel

SIZE = (80, 24)
WEAK_PAIR = 2
"""The weak 2-1 pair of the sample beads, followed by the 0-1 pair its sentence belongs to."""
BIRDS = (
    Bead(("The heron dipped its long bill into the pond.",), ("Цапля опустила длинный клювик в пруд.",)),
    Bead(("The bill was paid by the bank.",), ("Банк оплатил это.",)),
)
"""A term ("bill", «счёт») the first translation misses: the term panel lists it."""


def test_the_map_is_the_keys_places() -> None:
    assert [latin_key(key) for key in ("о", "л", "т", "Г", "х", "Х", "full_stop", "comma", "alt+п", "ю")] == [
        "j", "k", "n", "U", "left_square_bracket", "left_curly_bracket", "slash", "question_mark", "alt+g",
        "full_stop"]
    assert latin_key("j") is None and latin_key("ctrl+s") is None and latin_key("5") is None


async def test_the_alignment_editor_in_the_russian_layout(tmp_path: Path) -> None:
    app = make_app(build_project(tmp_path / "p"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_alignment(pilot)
        await pilot.press("т")  # n: next weak pair
        assert screen.grid.cursor == WEAK_PAIR
        await pilot.press("т")
        assert screen.grid.cursor == WEAK_PAIR + 1
        await pilot.press("д")  # l: lock, and on
        await settle(pilot)
        assert app.store.segments[WEAK_PAIR + 1].locked
        await pilot.press("з")  # p: previous weak pair; the locked one is no longer weak
        assert screen.grid.cursor == WEAK_PAIR
        await pilot.press("о", "о")  # j j: the grid's own keys
        assert screen.grid.cursor == WEAK_PAIR + 2
        await pilot.press("г")  # u: undo the lock
        await settle(pilot)
        assert not app.store.segments[WEAK_PAIR + 1].locked
        await pilot.press(".")  # /: find
        assert isinstance(app.screen, TextModal)
        await pilot.press("д", "о", "т")  # in a field, Russian letters are text
        assert app.screen.query_one(Input).value == "дот"
        await pilot.press("escape")
        assert app.screen is screen


async def test_the_grid_and_the_target_in_the_russian_layout(tmp_path: Path) -> None:
    app = make_app(build_project(tmp_path / "p"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        screen.grid.focus()
        await pilot.press("j")
        await settle(pilot)
        target = screen.editor.text
        # a letter starts the Russian translation, «о» and «л» too (session 35: they moved like
        # `j`/`k` here; in an English target they still do, test_russian_layout_leftovers)
        await pilot.press("ф")
        await settle(pilot)
        assert screen.focused is screen.editor and screen.editor.text == target + "ф"
        await pilot.press("о", "л")  # in the target, the grid's keys are letters
        assert screen.editor.text == target + "фол"
        await pilot.press("alt+п")  # alt+g: go to, not a letter «п» in the target
        assert isinstance(app.screen, GoToModal)
        assert screen.editor.text == target + "фол"


async def test_the_term_panel_and_a_modal_in_the_russian_interface(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_translation", i18n.load_translation(["ru"]))
    path = build_project(tmp_path / "birds", BIRDS, name="birds")
    with Project.open(path) as project, open_project_termbase(project) as termbase:
        termbase.add(Concept("invoice", terms=(Term("bill", "en"), Term("счёт", "ru"))))
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        screen.query_one("#side").active = "terms-tab"
        await pilot.pause()
        screen.query_one(TermPanel).query_one(OptionList).focus()
        await pilot.press("щ")  # o: another sense of the highlighted term
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("escape")
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        intro = str(app.screen.query_one("#help-intro").render())
        assert "раскладк" in intro, intro
        await pilot.press("й")  # q: close
        assert app.screen is screen
        assert screen.editor.text == app.store.segments[0].target, "no key became a letter of the target"
