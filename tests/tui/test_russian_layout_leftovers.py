"""The Russian layout's leftovers (user sweep, session 35), at 80x24, keys as the layouts send them.

On the grid of a Russian translation «о» and «л» moved like `j`/`k`, so «однако» typed there went
down a segment and left «днако» in the next target; a Latin-layout `.` opened the alignment
editor's find (the Russian `.` is the `/` key); `down` in the termbase's search field stayed there.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from textual.widgets import Input
from tui_helpers import build_project, open_alignment, open_editor, open_screen, settle

from termbase.model import Concept, Term
from workbench.cli import main
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui.app import make_app
from workbench.tui.screens.termbase_screen import TermbaseScreen
from workbench.tui.screens.tool_modals import TextModal
from workbench.tui.widgets.concept_list import ConceptList

SIZE = (80, 24)


async def test_a_russian_translation_typed_on_the_grid_keeps_its_first_letter(tmp_path: Path) -> None:
    path = build_project(tmp_path / "p")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        screen.grid.focus()
        before = [s.target for s in app.store.segments]
        await pilot.press("о", "д", "н", "а", "к", "о")
        await settle(pilot)
        assert screen.grid.cursor == 0, "«о» did not move to the next segment"
        assert screen.focused is screen.editor
        assert screen.editor.text == before[0] + "однако"
        await pilot.press("escape", "j")  # the Latin keys still move
        await settle(pilot)
        assert screen.grid.cursor == 1
        assert screen.editor.text == before[1], "nothing was typed into the next segment"


async def test_an_english_translation_keeps_the_russian_layouts_moves(tmp_path: Path) -> None:
    (tmp_path / "letter.ru.txt").write_text("Первое письмо.\n\nВторое письмо.\n\nТретье письмо.\n", encoding="utf-8")
    path = tmp_path / "letter"
    for args in (("init", str(path), "--source-lang", "ru", "--target-lang", "en"),
                 ("import", str(path), "--source", str(tmp_path / "letter.ru.txt"))):
        result = CliRunner().invoke(main, list(args))
        assert result.exit_code == 0, result.output
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        screen.grid.focus()
        await pilot.press("о", "о", "л")  # j j k: no Russian letter is text of an English target
        await settle(pilot)
        assert screen.grid.cursor == 1
        assert screen.focused is screen.grid


async def test_a_latin_full_stop_is_no_find_until_a_russian_letter_is_typed(tmp_path: Path) -> None:
    app = make_app(build_project(tmp_path / "p"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_alignment(pilot)
        await pilot.press("full_stop")
        await pilot.pause()
        assert app.screen is screen, "a Latin-layout '.' opened the find"
        await pilot.press("j", "full_stop")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("о", "full_stop")  # the Russian layout is on: its '.' is the '/' key
        await pilot.pause()
        assert isinstance(app.screen, TextModal)
        await pilot.press("escape")
        assert screen.grid.cursor == 2  # `j` and `о` moved


async def test_down_from_the_termbase_search_reaches_the_concepts(tmp_path: Path) -> None:
    path = build_project(tmp_path / "p")
    with Project.open(path) as project, open_project_termbase(project) as termbase:
        termbase.add(Concept("club", terms=(Term("club", "en"), Term("клуб", "ru"))))
        termbase.add(Concept("worker", terms=(Term("worker", "en"), Term("рабочий", "ru"))))
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f6", TermbaseScreen)
        await pilot.press("slash", "w", "o", "r")
        await settle(pilot)
        assert isinstance(screen.focused, Input)
        await pilot.press("down")
        assert isinstance(screen.focused, ConceptList)
        await pilot.press("e")  # the list's keys now: edit the concept found
        await settle(pilot)
        assert app.screen is not screen
