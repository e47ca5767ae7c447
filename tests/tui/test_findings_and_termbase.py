"""The findings view (filters, jump, accept) and the termbase view (search, add, edit, delete)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select, Static
from tui_helpers import SIZE, open_screen, settle

from termbase.model import TermStatus
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.choice_modal import ChoiceModal, ReasonModal
from workbench.tui.screens.concept_modal import ConceptModal, TermRow
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.termbase_screen import TermbaseScreen
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.concept_list import ConceptList
from workbench.tui.widgets.findings_panel import FindingList


async def test_findings_filter_by_check_and_severity(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        every = [(f.segment, f.check) for f in screen.shown]
        assert (6, "term-missing") in every and (8, "number-mismatch") in every
        screen.query_one("#severity-filter", Select).value = "warning"
        await pilot.pause()
        assert {f.severity for f in screen.shown} == {"warning"}
        screen.query_one("#severity-filter", Select).value = "all"
        screen.query_one("#check-filter", Select).value = "term-missing"
        await pilot.pause()
        assert [(f.segment, f.check) for f in screen.shown] == [(6, "term-missing")]
        assert "1 finding" in str(screen.query_one("#findings-count", Static).render())


async def test_choosing_a_finding_opens_its_segment(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        screen.query_one("#check-filter", Select).value = "number-mismatch"
        await pilot.pause()
        screen.query_one(FindingList).focus()
        await pilot.press("enter")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, TranslationScreen)
        assert editor.current is not None and editor.current.source == "The party backed decentralization in 1924."


async def test_accept_a_finding_from_the_project_list(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        screen.query_one("#check-filter", Select).value = "term-missing"
        await pilot.pause()
        screen.query_one(FindingList).focus()
        await pilot.press("a")
        assert isinstance(app.screen, ReasonModal)
        await pilot.press(*"stylistic choice", "enter")
        await settle(pilot)
        assert all(f.check != "term-missing" for f in screen.findings)
    with Project.open(project_path) as project:
        reasons = [row["reason"] for row in project.db.table("check_acceptances").rows]
    assert reasons == ["stylistic choice"]


async def test_recheck_says_what_it_found_and_accepted_findings_are_not_open(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        screen.query_one("#check-filter", Select).value = "alignment-low-confidence"
        await pilot.pause()
        assert len(screen.shown) == 2
        screen.query_one(FindingList).focus()
        await pilot.press("a")
        await pilot.press(*"the pair is right", "enter")
        await settle(pilot)
        await pilot.press("R")
        await settle(pilot)
        assert any(str(n.message).startswith("Checked again: ") for n in app._notifications)
        assert [f.check for f in screen.findings].count("alignment-low-confidence") == 1
        await pilot.press("f2")
        await settle(pilot)
        shown = str(app.screen.query_one("#findings-text", Static).render())
        assert "doubtful alignment: 1" in shown


async def test_termbase_search_ignores_case_and_inflection_of_the_query(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f6", TermbaseScreen)
        concepts = screen.query_one(ConceptList)
        assert len(concepts.concepts) == 4
        await pilot.press("slash", *"ПРОФСОЮЗ")
        await pilot.pause()
        assert [c.id for c in concepts.concepts] == ["trade-union"]
        assert "trade union" in str(screen.query_one("#concept-detail", Static).render())


async def test_add_edit_and_delete_a_concept(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f6", TermbaseScreen)
        await pilot.press("n")
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        rows = list(modal.query(TermRow))
        rows[0].query_one(".term-text", Input).value = "club movement"
        rows[1].query_one(".term-text", Input).value = "клубное движение"
        await pilot.click("#ok")
        await settle(pilot)
        assert screen.query_one(ConceptList).current is not None
        added = screen.query_one(ConceptList).current
        assert added is not None and added.preferred("ru").text == "клубное движение"
        await pilot.press("e")
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        row = list(modal.query(TermRow))[1]
        row.query_one(".term-status", Select).value = "admitted"
        await pilot.click("#ok")
        await settle(pilot)
        with open_project_termbase(Project.open(project_path)) as termbase:
            concept = termbase.get(added.id)
            assert concept is not None and concept.terms_in("ru")[0].status is TermStatus.ADMITTED
        await pilot.press("delete")
        await pilot.press("enter")
        await settle(pilot)
        assert len(screen.query_one(ConceptList).concepts) == 4


async def test_add_term_from_the_selection_in_the_editor(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, TranslationScreen)
        editor.grid.move_to(4)
        await pilot.pause()
        await pilot.press("enter")
        target = editor.editor
        start = target.text.index("клубного движения")
        target.selection = target.selection.__class__((0, start), (0, start + len("клубного движения")))
        await pilot.press("ctrl+l")
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        rows = list(modal.query(TermRow))
        assert rows[1].query_one(".term-text", Input).value == "клубное движение", "the dictionary form"
        rows[0].query_one(".term-text", Input).value = "club movement"
        await pilot.click("#ok")
        await settle(pilot)
    with open_project_termbase(Project.open(project_path)) as termbase:
        assert [c.preferred("en").text for c in termbase.search("club movement")] == ["club movement"]


async def test_the_concept_form_works_at_80x24(app: WorkbenchApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, "f6", TermbaseScreen)
        await pilot.press("n")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        for row in modal.query(TermRow):  # its term line, and under it part of speech and usage note
            assert [line.region.height for line in row.children] == [3, 3], "each line of a term keeps its three"
            assert row.query_one(".term-text", Input).region.height == 3
        for button in ("#ok", "#cancel"):
            assert modal.query_one(button).region.bottom <= 24


async def test_adding_a_known_term_offers_the_existing_concept(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "f6", TermbaseScreen)
        await pilot.press("n")
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        rows = list(modal.query(TermRow))
        rows[0].query_one(".term-text", Input).value = "Trade union"
        rows[1].query_one(".term-text", Input).value = "тред-юнион"
        await pilot.click("#ok")
        await pilot.pause()
        offer = app.screen
        assert isinstance(offer, ChoiceModal) and "trade-union" in offer.title_text
        await pilot.press("enter")  # add the other terms to the existing concept
        await settle(pilot)
    with open_project_termbase(Project.open(project_path)) as termbase:
        assert len(termbase) == 4, "no duplicate concept"
        concept = termbase.get("trade-union")
        assert concept is not None and [t.text for t in concept.terms_in("ru")] == ["профсоюз", "тред-юнион"]


async def test_a_russian_selection_is_proposed_in_its_dictionary_form(app: WorkbenchApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.project is not None
        app.push_screen(ConceptModal.for_new(app.project, source="club movement", target="клубном движении"))
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        ru = list(modal.query(TermRow))[1].query_one(".term-text", Input)
        assert ru.value == "клубное движение"
        await pilot.click("#as-selected-ru")
        await pilot.pause()
        assert ru.value == "клубном движении", "the user's choice wins"


def test_an_edit_is_checked_again_for_the_typography_slips_of_one_segment(project_path: Path) -> None:
    """«в в», a lost space and a small first letter show as soon as the edit is saved."""
    from dataclasses import replace

    from workbench.tui.findings import FindingIndex

    with Project.open(project_path) as project:
        segment = project.segments()[0]
        edited = replace(segment, source="The club opened. It grew.", target="клуб открылся в в мае.Он рос.")
        found = {f.check for f in FindingIndex().recheck(project, edited, 1, None)}
    assert {"repeated-word", "spacing", "capitalisation"} <= found


async def test_the_projects_custom_rules_show_in_the_findings_view(
    app: WorkbenchApp, project_path: Path
) -> None:
    """A rules.toml rule (Xbench-style checklist) is listed with the other findings, by its id."""
    (project_path / "rules.toml").write_text(
        '[[rule]]\nid = "partiya"\nmessage = "Write «партия» in small letters."\n'
        'source = "Party"\ntarget_forbidden = "Коммунистическая партия"\n', encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        screen.query_one("#check-filter", Select).value = "custom-rule"
        await pilot.pause()
        assert [(f.segment, f.check) for f in screen.shown] == [(2, "custom-rule")]
        assert "partiya" in screen.shown[0].message


async def test_a_broken_rules_file_is_said_in_one_line_not_a_crash(
    app: WorkbenchApp, project_path: Path
) -> None:
    (project_path / "rules.toml").write_text('[[rule]]\nid = "x"\ntarget_forbidden = "("\n',
                                             encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "f5", FindingsScreen)
        notes = [n.message for n in pilot.app._notifications]
        assert any(note.startswith("rules.toml: rule x: bad pattern") for note in notes), notes


async def test_a_rule_that_backtracks_without_end_is_said_in_one_line_not_a_hang(
    app: WorkbenchApp, project_path: Path
) -> None:
    """A rules.toml pattern may come from anyone: it runs under a timeout (Python's `re` was
    still running this one after 20 s while the findings view waited)."""
    (project_path / "rules.toml").write_text('[[rule]]\nid = "slow"\ntarget_forbidden = "(.*){1,32000}[bc]"\n',
                                             encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "f5", FindingsScreen)
        notes = [n.message for n in pilot.app._notifications]
        assert any(note.startswith("rules.toml: rule slow: a pattern took over 2 s") for note in notes), notes


async def test_the_concept_form_fits_at_80x24_after_the_terminal_was_larger(app: WorkbenchApp) -> None:
    """Resized 80x24 -> 120x36 -> 80x24 before the form opens (seen once in tmux)."""
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, "f6", TermbaseScreen)
        for size in ((120, 36), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        assert modal.has_class("-short")
        for row in modal.query(TermRow):
            assert [line.region.height for line in row.children] == [3, 3], "each line of a term keeps its three"
        for button in ("#ok", "#cancel"):
            assert modal.query_one(button).region.bottom <= 24
