"""Go to and back, filters, search and replace, comments and the project concordance, driven by keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Checkbox, Input, OptionList, Select, Static
from tui_helpers import SIZE, open_editor, settle, stored

from workbench.core import editing
from workbench.core.project import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.tool_modals import FilterModal, GoToModal, ReplaceModal, TextModal
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.findings_panel import FindingsPanel
from workbench.tui.widgets.memory_panel import MemoryPanel

SIZES = [SIZE, (80, 24)]


def shown_positions(screen: TranslationScreen) -> list[int]:
    grid = screen.grid
    return [grid.number_of(row) if grid.number_of else row + 1 for row in range(len(grid.segments))]


async def go_to(pilot, number: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("alt+g")
    assert isinstance(pilot.app.screen, GoToModal)
    await pilot.press(*number, "enter")
    await settle(pilot)


async def preview_replace(pilot: Pilot[None], find: str, replacement: str, mode: str | None = None) -> ReplaceModal:
    """Open the replace dialog on the editor, fill it in and show its preview."""
    await pilot.press("alt+r")
    modal = pilot.app.screen
    assert isinstance(modal, ReplaceModal)
    modal.query_one("#replace-find", Input).value = find
    modal.query_one("#replace-with", Input).value = replacement
    if mode is not None:
        modal.query_one("#replace-mode", Select).value = mode
    await pilot.pause()
    modal.query_one("#preview", Button).press()
    await settle(pilot)
    return modal


@pytest.mark.parametrize("size", SIZES)
async def test_go_to_a_number_and_back_and_forward(app: WorkbenchApp, size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 1)
        await go_to(pilot, "6")
        assert screen.grid.cursor == 5
        await go_to(pilot, "2")
        assert screen.grid.cursor == 1
        await pilot.press("alt+left")
        assert screen.grid.cursor == 5
        await pilot.press("alt+left")
        assert screen.grid.cursor == 0
        await pilot.press("alt+right")
        assert screen.grid.cursor == 5
        await pilot.press("alt+g", *"99", "enter")
        modal = app.screen
        assert isinstance(modal, GoToModal)
        assert "no segment 99" in str(modal.query_one(".form-error", Static).render())
        await pilot.press("escape")
        assert app.screen is screen and screen.grid.cursor == 5


@pytest.mark.parametrize("size", SIZES)
async def test_filters_combine_show_in_the_header_and_clear(app: WorkbenchApp, size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("alt+l")
        modal = app.screen
        assert isinstance(modal, FilterModal)
        await pilot.press(*"клуб")
        modal.query_one("#filter-mode", Select).value = "forms"
        modal.query_one("#status-draft", Checkbox).value = True
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        # «Клубы», «клубы» in drafts 3 and 6; «клубного» (5) is another word; 2 is translated
        assert shown_positions(screen) == [3, 6]
        bar = screen.query_one("#filter-bar", Static)
        assert bar.display and "status draft" in str(bar.render()) and "any form" in str(bar.render())
        assert "2 of 8" in str(bar.render())
        # the numbers are the project's: going to a hidden one shows everything again
        await go_to(pilot, "8")
        assert shown_positions(screen) == list(range(1, 9)) and screen.grid.cursor == 7
        await pilot.press("alt+l")
        app.screen.query_one("#filter-confidence", Input).value = "0.5"
        await pilot.press("enter")
        await settle(pilot)
        assert shown_positions(screen) == [3, 4]
        await pilot.press("alt+l")
        app.screen.query_one("#filter-term", Input).value = "профсоюз"
        app.screen.query_one("#filter-confidence", Input).value = ""
        await pilot.press("enter")
        await settle(pilot)
        assert shown_positions(screen) == [1]
        await pilot.press("alt+a")
        assert shown_positions(screen) == list(range(1, 9))
        assert not screen.query_one("#filter-bar", Static).display


async def test_a_bad_filter_value_is_one_line_in_the_form(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("alt+l")
        modal = app.screen
        modal.query_one("#filter-text", Input).value = "("
        modal.query_one("#filter-mode", Select).value = "regex"
        await pilot.pause()
        modal.query_one("#ok", Button).press()
        await settle(pilot)
        # the core refuses the pattern when the filter runs: the grid keeps showing everything
        assert app.screen is screen and shown_positions(screen) == list(range(1, 9))
        await pilot.press("alt+l")
        app.screen.query_one("#filter-term", Input).value = "no such term"
        await pilot.press("enter")
        assert "no concept or term" in str(app.screen.query_one(".form-error", Static).render())


@pytest.mark.parametrize("size", SIZES)
async def test_replace_previews_every_change_lets_one_out_and_undoes_in_one_step(
    app: WorkbenchApp, project_path: Path, size: tuple[int, int]
) -> None:
    before = [row["target"] for row in stored(project_path)]
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 1)
        modal = await preview_replace(pilot, "клуб", "кружок", mode="forms")
        assert [c.position for c in modal.changes] == [3, 6]
        assert [r.replacement for c in modal.changes for r in c.replacements] == ["Кружки", "кружки"]
        preview = modal.query_one("#replace-preview", OptionList)
        assert preview.option_count == 2
        assert stored(project_path)[2]["target"] == before[2]  # a preview writes nothing
        await pilot.press("down", "space")  # leave the second one out
        assert modal.left_out == {1}
        modal.query_one("#ok", Button).press()
        await settle(pilot)
        assert app.screen is screen
        after = [row["target"] for row in stored(project_path)]
        assert after[2] == before[2].replace("Клубы", "Кружки") and after[5] == before[5]
        screen.grid.focus()
        await pilot.press("ctrl+z")
        await settle(pilot)
    assert [row["target"] for row in stored(project_path)] == before


@pytest.mark.parametrize("size", SIZES)
async def test_replace_preview_chooses_another_form_per_match(
    app: WorkbenchApp, project_path: Path, size: tuple[int, int]
) -> None:
    before = [row["target"] for row in stored(project_path)]
    async with app.run_test(size=size) as pilot:
        await open_editor(pilot, 1)
        modal = await preview_replace(pilot, "клуб", "кружок", mode="forms")
        assert "f chooses another form" in str(modal.query_one("#replace-summary", Static).render())
        await pilot.press("down", "f")  # the second change: «клубы» in segment 6
        await settle(pilot)
        choice = app.screen
        assert isinstance(choice, ChoiceModal)
        forms = [form for _, form in choice.values]
        assert forms[0] == "кружки" and "кружкам" in forms
        choice.query_one(OptionList).highlighted = forms.index("кружкам")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is modal
        assert [r.replacement for c in modal.changes for r in c.replacements] == ["Кружки", "кружкам"]
        assert "кружкам" in str(modal.query_one("#replace-preview", OptionList).get_option_at_index(1).prompt)
        modal.query_one("#ok", Button).press()
        await settle(pilot)
    after = [row["target"] for row in stored(project_path)]
    assert after[5] == before[5].replace("клубы", "кружкам") and after[2] == before[2].replace("Клубы", "Кружки")


async def test_a_replace_refuses_when_a_target_changed_after_the_preview(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(pilot, 1)
        await pilot.press("alt+r")
        modal = app.screen
        modal.query_one("#replace-find", Input).value = "клубы"
        modal.query_one("#replace-with", Input).value = "дома"
        await pilot.press("enter")
        await settle(pilot)
        with Project.open(project_path) as project:
            editing.set_target(project, stored(project_path)[5]["id"], "Другое.")  # another program
        modal.query_one("#ok", Button).press()
        await settle(pilot)
    assert "дома" not in " ".join(str(row["target"]) for row in stored(project_path))


@pytest.mark.parametrize("size", SIZES)
async def test_comments_are_written_seen_listed_filtered_and_resolved(
    app: WorkbenchApp, project_path: Path, size: tuple[int, int]
) -> None:
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 3)
        await pilot.press("alt+c")
        assert isinstance(app.screen, TextModal)
        await pilot.press(*"Check the split", "enter")
        await settle(pilot)
        await settle(pilot)
        assert "1 open comment" in str(screen.query_one("#segment-info", Static).render())
        assert any(f.check == "comment" for f in screen.query_one(FindingsPanel).findings)
        await pilot.press("alt+l")
        app.screen.query_one("#filter-comments", Select).value = "open"
        await pilot.pause()
        app.screen.query_one("#ok", Button).press()
        await settle(pilot)
        assert shown_positions(screen) == [3]
        await pilot.press("alt+a")
        await pilot.press("f5")
        await settle(pilot)
        findings = app.screen
        assert isinstance(findings, FindingsScreen)
        listed = [f for f in findings.findings if f.check == "comment"]
        assert [(f.segment, f.message) for f in listed] == [(3, f"{listed[0].message.split(':')[0]}: Check the split")]
        await pilot.press("f4")
        await settle(pilot)
        await pilot.press("alt+k")
        await settle(pilot)
        assert "open comment" not in str(screen.query_one("#segment-info", Static).render())
    with Project.open(project_path) as project:
        from workbench.core.project.comments import all_comments

        (comments,) = all_comments(project).values()
        assert [(c.text, c.open) for c in comments] == [("Check the split", False)]


async def test_concordance_searches_the_projects_drafts_and_goes_to_a_hit(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("ctrl+f")
        await pilot.press(*"клуб", "enter")
        await settle(pilot)
        panel = screen.query_one(MemoryPanel)
        assert [hit.memory for hit in panel.hits] == ["segment 3", "segment 6"]
        options = panel.query_one("#memory-list", OptionList)
        options.focus()
        options.highlighted = 1
        await pilot.press("enter")
        await settle(pilot)
        assert screen.grid.cursor == 5
        await pilot.press("alt+left")
        assert screen.grid.cursor == 0


async def test_the_palette_offers_the_new_commands(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        titles = [command.title for command in app.get_system_commands(screen)]
        for title in ("segment: go to number", "segment: back to where you were", "segments: filter",
                      "segments: show all", "target: search and replace", "comment: add", "comment: resolve"):
            assert title in titles


@pytest.mark.parametrize("size", SIZES)
async def test_termbase_search_finds_a_term_in_any_inflected_form(app: WorkbenchApp, size: tuple[int, int]) -> None:
    from workbench.tui.screens.termbase_screen import TermbaseScreen

    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TermbaseScreen)
        await pilot.press("slash", *"профсоюзов")
        await settle(pilot)
        assert [c.id for c in screen.concept_list.concepts] == ["trade-union"]
        screen.query_one("#term-search", Input).value = "клубах рабочих"
        await settle(pilot)
        assert [c.id for c in screen.concept_list.concepts] == ["workers-club"]


async def test_filter_by_finding_check_and_severity(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("alt+l")
        app.screen.query_one("#filter-check", Input).value = "alignment-low-confidence"
        await pilot.press("enter")
        await settle(pilot)
        assert shown_positions(screen) == [3, 4]  # the aligner's findings on the weak pairs
        await pilot.press("alt+l")
        app.screen.query_one("#filter-check", Input).value = ""
        app.screen.query_one("#filter-severity", Select).value = "error"
        await pilot.pause()
        app.screen.query_one("#ok", Button).press()
        await settle(pilot)
        kept = shown_positions(screen)
        assert kept and all(
            any(f.severity == "error" for f in app.findings.of(app.store.segments[p - 1])) for p in kept
        )


async def test_a_replace_of_hundreds_lists_a_page_at_a_time_and_replaces_all_but_the_left_out(tmp_path: Path) -> None:
    """The preview lists `PREVIEW_PAGE` changes and adds more as the cursor nears the end; every
    change is applied but the one left out, as one undo step, and the project memory follows."""
    from bench.bench_tui import build_big_project
    from workbench.tui.app import make_app
    from workbench.tui.screens.tool_modals import PREVIEW_PAGE
    from workbench.tui.store import read_segments

    path = build_big_project(tmp_path / "big", 700)
    before = [row["target"] for row in stored(path)]
    wanted = sum(1 for target in before if "клуб" in str(target).lower())
    assert wanted > 2 * PREVIEW_PAGE
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 1)
        modal = await preview_replace(pilot, "клуб", "кружок")
        preview = modal.query_one("#replace-preview", OptionList)
        assert len(modal.changes) == wanted and preview.option_count == PREVIEW_PAGE
        await pilot.press("end")
        await settle(pilot)
        assert preview.option_count == 2 * PREVIEW_PAGE
        await pilot.press("space")  # leave the highlighted one out
        left_out = modal.changes[preview.highlighted or 0]
        assert modal.left_out == {preview.highlighted}
        assert f"{wanted - 1} segments" in str(modal.query_one("#replace-summary", Static).render())
        modal.query_one("#ok", Button).press()
        await settle(pilot)
        assert app.screen is screen
        after = [row["target"] for row in stored(path)]
        changed = [i for i, (old, new) in enumerate(zip(before, after, strict=True)) if old != new]
        assert len(changed) == wanted - 1 and after[left_out.position - 1] == before[left_out.position - 1]
        assert all("клуб" not in str(after[i]).lower() for i in changed)
        memory = screen.workbench.memory
        assert memory is not None  # the one memory thread runs the sync before this search
        assert any("кружок" in hit.target.lower() for hit in await memory.search("кружок", limit=20))
        # The store was patched, not reloaded: it must hold what a reload would read.
        assert app.store.segments == read_segments(path)[1]
        screen.grid.focus()
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.store.segments == read_segments(path)[1]
        assert screen.grid.segments[left_out.position - 1].target == before[left_out.position - 1]
    assert [row["target"] for row in stored(path)] == before
