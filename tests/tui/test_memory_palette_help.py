"""The memory panel (fuzzy match, insert, concordance), the command palette and the help screen."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from rich.console import Console
from textual.command import CommandPalette
from textual.widgets import Input, OptionList, Static
from tui_helpers import SIZE, open_editor, settle, stored

from workbench.core.memory.store import TranslationMemory
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.tui.app import WorkbenchApp
from workbench.tui.commands import all_commands
from workbench.tui.screens.help_screen import HelpScreen
from workbench.tui.widgets.findings_panel import FindingsPanel
from workbench.tui.widgets.memory_panel import MemoryPanel

REMEMBERED = TranslationUnit(
    source="The party backed decentralization in 1923.",
    target="Партия поддержала децентрализацию в 1923 году.",
    source_lang="en",
    target_lang="ru",
)


def remember(path: Path) -> None:
    with Project.open(path) as project, TranslationMemory.for_project(project) as memory:
        memory.import_units("history.tmx", [REMEMBERED])




async def test_a_fuzzy_match_shows_its_score_and_diff_and_inserts(app: WorkbenchApp, project_path: Path) -> None:
    remember(project_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 8)
        panel = screen.query_one(MemoryPanel)
        assert [m.target for m in panel.matches] == [REMEMBERED.target]
        match = panel.matches[0]
        assert 80 <= match.score < 100
        assert ("delete", "1923") in [(c.op, c.text.strip()) for c in match.diff]
        await pilot.press("ctrl+b")
        assert screen.editor.text == REMEMBERED.target
        await pilot.press("escape")
    assert stored(project_path)[7]["target"] == REMEMBERED.target


async def test_concordance_finds_any_form_of_a_russian_word(app: WorkbenchApp, project_path: Path) -> None:
    remember(project_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("ctrl+f")
        search = screen.query_one("#concordance", Input)
        assert search.has_focus
        await pilot.press(*"партии", "enter")
        await pilot.pause(0.2)
        await settle(pilot)
        panel = screen.query_one(MemoryPanel)
        assert panel.mode == "concordance"
        targets = sorted(hit.target for hit in panel.hits)
        # the project's own segments (the draft 8 too) and the memory's unit (issue 17)
        assert targets == sorted([REMEMBERED.target, "Коммунистическая партия дала ему политическую санкцию.",
                                  "Партия поддержала децентрализацию в 1925 году."])
        # the import left its target unindexed: this first Russian-side search said it indexes it, once
        notes = [str(n.message) for n in app._notifications if "target-side search" in str(n.message)]
        assert notes == ["Indexing imported targets for target-side search (once after an import): 1"]
        await pilot.press("escape")
        await settle(pilot)
        await settle(pilot)
        assert panel.mode == "matches"



async def test_a_pair_held_by_several_memories_is_one_hit_with_its_copies_and_date(app: WorkbenchApp, project_path: Path) -> None:
    """Merged memories repeat a pair: the concordance lists it once, says how many copies and where,
    and both panels say the day the pair last changed."""
    from datetime import UTC, datetime

    dated = TranslationUnit("Club life grew in 1926.", "Клубная жизнь выросла в 1926 году.", "en", "ru",
                            changed=datetime(2025, 3, 1, 10, tzinfo=UTC))
    with Project.open(project_path) as project, TranslationMemory.for_project(project) as memory:
        memory.import_units("omegat.tmx", [dated, dated])
        memory.import_units("okapi.tmx", [TranslationUnit(dated.source, dated.target, "en", "ru")])
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("ctrl+f", *"клубная жизнь", "enter")
        await pilot.pause(0.2)
        await settle(pilot)
        panel = screen.query_one(MemoryPanel)
        [hit] = [hit for hit in panel.hits if hit.target == dated.target]
        assert (hit.memory, hit.copies, hit.also_in) == ("okapi.tmx", 2, ("omegat.tmx",))
        shown = panel.query_one(OptionList)
        labels = [str(shown.get_option_at_index(i).prompt) for i in range(shown.option_count)]
        assert any("okapi.tmx · 2025-03-01  +2 copies in omegat.tmx" in label for label in labels), labels

async def test_the_palette_offers_the_views_commands_by_name(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        titles = [command.title for command in app.get_system_commands(screen)]
        assert "segment: confirm" in titles and "term: add" in titles and "app: quit" in titles
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"segment: confirm")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert screen.grid.cursor == 1
    assert stored(project_path)[0]["status"] == "translated"


async def test_the_projects_actions_are_in_the_palette_of_every_view(app: WorkbenchApp) -> None:
    """«project: run checks» typed in the translation editor's palette goes to the project view
    and runs the checks there (the palette listed only the view's own commands)."""
    from workbench.tui.screens.project_screen import ProjectScreen

    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        titles = [command.title for command in app.get_system_commands(screen)]
        assert {"project: run checks", "project: export", "project: import documents"} <= set(titles)
        assert titles.count("segment: confirm") == 1
        await pilot.press("ctrl+p")
        await pilot.press(*"project: run checks")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        assert any(str(n.message).endswith(("finding", "findings")) for n in app._notifications)
        project_titles = [command.title for command in app.get_system_commands(app.screen)]
        assert project_titles.count("project: run checks") == 1


async def test_help_lists_every_command_with_its_keys(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=200, file=io.StringIO(), color_system=None)
        for group in app.screen.query(".help-group").results(Static):
            console.print(group.content)
        shown = console.file.getvalue()
        for command in all_commands():
            assert command.title in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_theme_toggles_between_dark_and_light(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        assert app.current_theme.dark
        await pilot.press("ctrl+t")
        assert not app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.current_theme.dark


async def test_hidden_panels_are_drawn_when_shown_with_the_current_segment(
    app: WorkbenchApp, project_path: Path
) -> None:
    """Behind the terms tab the memory and findings panels only keep their state (issue 18: redrawing
    a hidden widget made Textual arrange the whole screen again on every move); shown, they draw it."""
    remember(project_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        compositor = screen._compositor
        rebuilds = [0]
        arrange = compositor._arrange_root

        def counted(*args: Any, **kwargs: Any) -> Any:
            rebuilds[0] += not kwargs.get("visible_only", True)
            return arrange(*args, **kwargs)

        compositor._arrange_root = counted
        for _ in range(7):  # to segment 8, the one the memory has a match for
            await pilot.press("down")
            await settle(pilot)
        assert rebuilds[0] == 0
        memory, findings = screen.query_one(MemoryPanel), screen.query_one(FindingsPanel)
        assert memory.stale and [m.target for m in memory.matches] == [REMEMBERED.target]
        assert memory.chosen_match == memory.matches[0]  # insertable while hidden: the best match
        await pilot.press("f8")  # findings
        await settle(pilot)
        assert not findings.stale
        shown = findings.query_one("#findings-list", OptionList)
        assert shown.option_count == len(findings.findings)
        await pilot.press("f8")  # memory
        await settle(pilot)
        assert not memory.stale
        assert str(memory.query_one("#memory-summary", Static).render()) == "1 match"
        options = memory.query_one("#memory-list", OptionList)
        assert options.option_count == 1
        assert REMEMBERED.target in str(options.get_option_at_index(0).prompt)
