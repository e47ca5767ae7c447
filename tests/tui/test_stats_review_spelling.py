"""Statistics, pre-translation, tracked changes and spelling in the TUI, driven through the palette and keys."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import OptionList, Static
from tui_helpers import SIZE, open_editor, settle, stored

from workbench.core import editing
from workbench.core.memory import TranslationMemory
from workbench.core.project import Project
from workbench.core.spelling import DICTIONARY_FILE, available
from workbench.formats.base import TranslationUnit
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.review_modal import REPORT_FILE, ReviewModal
from workbench.tui.screens.stats_modal import StatsModal
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.segment_grid import PREFILLED_MARK, SegmentGrid

# Segment 7 of the sample has an empty target; its source, remembered with a translation:
SEVEN = TranslationUnit("Workers' clubs needed [bold]money[/] and\ttime\x07.", "Клубам были нужны деньги и время.",
                        "en", "ru")


def rendered(content: object) -> str:
    console = Console(width=200, file=io.StringIO(), color_system=None)
    console.print(content)
    return console.file.getvalue()  # type: ignore[attr-defined]


async def palette(pilot, title: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p")
    await pilot.press(*title)
    await pilot.pause(0.5)
    await pilot.press("enter")
    await pilot.pause(0.2)
    await settle(pilot)




@pytest.mark.parametrize("size", [(80, 24), SIZE])
async def test_statistics_from_the_palette(app: WorkbenchApp, size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await palette(pilot, "project: statistics")
        assert isinstance(app.screen, StatsModal)
        await pilot.pause(0.3)
        await settle(pilot)
        counts = rendered(app.screen.query_one("#stats-counts", Static).content)
        analysis = rendered(app.screen.query_one("#stats-analysis", Static).content)
        assert "translated" in counts and "By document" in counts
        assert "Memory analysis" in analysis and "no match" in analysis and "repetitions" in analysis
        total = [line for line in analysis.splitlines() if "total" in line][0]
        assert " 7 " in total  # every segment with a source (7 of 8) lands in one band
        await pilot.press("escape")
        assert not isinstance(app.screen, StatsModal)


async def test_pretranslate_fills_marks_reports_and_undoes_in_one_step(app: WorkbenchApp, project_path: Path) -> None:
    with Project.open(project_path) as project, TranslationMemory.for_project(project) as memory:
        memory.import_units("old.tmx", [SEVEN])
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        await palette(pilot, "memory: pre-translate")
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("enter")  # exact matches only: the memory lost the source's control character
        await pilot.pause(0.3)
        await settle(pilot)
        assert not isinstance(app.screen, ChoiceModal)
        assert stored(project_path)[6]["target"] == ""
        await palette(pilot, "memory: pre-translate")
        await pilot.press("down", "enter")  # 95% or more
        await pilot.pause(0.3)
        await settle(pilot)
        report = app.screen
        assert isinstance(report, ChoiceModal) and "Filled 1 of 1" in report.title_text
        assert report.values == [stored(project_path)[6]["id"]]
        await pilot.press("escape")
        await settle(pilot)
        assert stored(project_path)[6]["target"] == SEVEN.target
        assert stored(project_path)[6]["status"] == "draft"
        grid = screen.query_one(SegmentGrid)
        assert grid.segments[6].prefilled == 98
        assert PREFILLED_MARK in "".join(s.text for s in grid.render_row(6, 100, False))
        screen.grid.focus()
        await pilot.press("ctrl+z")
        await settle(pilot)
    assert stored(project_path)[6]["target"] == ""


async def test_review_lists_the_tracked_change_and_exports_html(app: WorkbenchApp, project_path: Path) -> None:
    with Project.open(project_path) as project:
        confirmed = project.segments()[1]  # translated in the sample
        editing.set_target(project, confirmed.id, "Коммунистическая партия дала ему <политическую> поддержку.")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await palette(pilot, "review: tracked changes")
        modal = app.screen
        assert isinstance(modal, ReviewModal)
        assert [r.position for r in modal.items] == [2]
        diff = modal.query_one("#review-diff", Static).content
        assert "санкцию" in str(diff) and "поддержку" in str(diff)
        await pilot.press("e")
        await settle(pilot)
        page = (project_path / REPORT_FILE).read_text(encoding="utf-8")
        assert "<del>санкцию</del>" in page and "<ins>&lt;</ins>" in page and "<политическую>" not in page
        assert modal.query_one("#review-list", OptionList).highlighted == 0
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TranslationScreen)
        assert app.screen.grid.cursor == 1


async def test_a_term_inserted_into_a_confirmed_target_is_a_tracked_change(app: WorkbenchApp, project_path: Path) -> None:
    with Project.open(project_path) as project:
        sixth = project.segments()[5]
        editing.confirm(project, sixth.id)
        confirmed_text = project.segments()[5].target
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TranslationScreen)
        screen.query_one(SegmentGrid).move_to(5)
        await settle(pilot)
        await pilot.press("enter", "ctrl+a", "ctrl+k", *"Силы ", "ctrl+g")
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        modal.query_one(OptionList).highlighted = list(modal.values).index("культурной стихийности")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        await palette(pilot, "review: tracked changes")
        review = app.screen
        assert isinstance(review, ReviewModal)
        assert [(r.position, r.original, r.revised) for r in review.items] == [
            (6, confirmed_text, "Силы культурной стихийности")]
        assert "стихийности" in str(review.query_one("#review-diff", Static).content)


@pytest.mark.skipif(not available("ru"), reason="the Russian Hunspell dictionary is not installed")
async def test_spelling_underlines_suggests_and_learns_a_word(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 7)
        await pilot.press("enter")
        await pilot.press(*"Клубам нужны деньгии")
        await settle(pilot)
        line = screen.editor.get_line(0)
        underlined = [line.plain[span.start:span.end] for span in line.spans if "underline" in str(span.style)]
        assert underlined == ["деньгии"]
        await pilot.press("alt+s")
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        assert "деньги" in modal.values
        modal.dismiss("деньги")
        await settle(pilot)
        assert screen.editor.text == "Клубам нужны деньги"
        await pilot.press(*" Кукарекина")  # a name Hunspell does not know
        await pilot.press("alt+s")
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        modal.dismiss(modal.values[-1])  # add to the project dictionary
        await settle(pilot)
        assert "Кукарекина" in (project_path / DICTIONARY_FILE).read_text(encoding="utf-8")
        assert app.speller is not None and app.speller.known("Кукарекина")
        line = screen.editor.get_line(0)
        assert not [s for s in line.spans if "underline" in str(s.style)]
