"""A terminologist's and project lead's day (seventeenth session), driven at 80x24 and 120x40 as a
person drives it, each result read back from the project."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select
from tui_helpers import open_screen, settle, stored

from termbase.model import Concept, Term, TermStatus
from workbench.core.ingest.importing import import_text
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.choice_modal import ChoiceModal, ReasonModal
from workbench.tui.screens.concept_modal import ConceptModal, TermRow
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.termbase_screen import TermbaseScreen
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.concept_list import ConceptList
from workbench.tui.widgets.findings_panel import FindingList

SIZES = [(80, 24), (120, 40)]
OCR_PAGE = "The bou_rgeois clubs opened in 1923, and the WtXsaccountable party backed them.\n"


@pytest.fixture
def ocr_project(tmp_path: Path) -> Path:
    """A project of an OCR'd page, imported as a person imports it: import flags the garbage."""
    page = tmp_path / "page.en.txt"
    page.write_text(OCR_PAGE, encoding="utf-8")
    with Project.create(tmp_path / "page", "en", "ru") as project:
        import_text(project, page)
    return tmp_path / "page"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("way", ["key", "palette"])
async def test_ocr_garbage_is_corrected_from_the_findings_view(
        ocr_project: Path, size: tuple[int, int], way: str) -> None:
    """The OCR flags could only be accepted as false positives: "bou_rgeois" stayed in the source the
    checks, the memory and every export read. Now `e` (or the palette) offers the flag's likely
    repair, writes it into the source, drops that flag, keeps the other's place in the text, and
    the editor's ctrl+z takes it back."""
    app = make_app(ocr_project)
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        listed = screen.query_one(FindingList)
        index = next(i for i, f in enumerate(screen.shown) if f.check == "ocr-suspect" and "bou_rgeois" in f.message)
        for _ in range(index):
            await pilot.press("down")
        await settle(pilot)
        assert listed.current is not None and "bou_rgeois" in listed.current.message
        if way == "key":
            await pilot.press("e")
        else:
            await pilot.press("ctrl+p")
            await settle(pilot)
            await pilot.press(*"correct the OCR")
            await settle(pilot)
            await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReasonModal)
        assert app.screen.query_one("#reason", Input).value == "bourgeois"
        await pilot.press("enter")
        await settle(pilot)
        source = stored(ocr_project)[0]["source"]
        assert source == OCR_PAGE.strip().replace("bou_rgeois", "bourgeois")
        left = [f for f in screen.shown if f.check == "ocr-suspect"]
        assert [source[slice(*f.source_spans[0])] for f in left] == ["WtXsaccountable"]
        editor = await open_screen(pilot, "f4", TranslationScreen)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert editor.current is not None
    assert stored(ocr_project)[0]["source"] == OCR_PAGE.strip()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("way", ["key", "palette"])
async def test_a_duplicate_concept_is_merged_in_the_termbase_view(
        app: WorkbenchApp, project_path: Path, size: tuple[int, int], way: str) -> None:
    """A meaning entered twice (a client's TBX under its own id) could only be deleted and its terms
    retyped: `m` (or the palette) offers the concepts sharing a term with the chosen one and joins
    the one picked into it, its terms and its usage note kept."""
    with Project.open(project_path) as project, open_project_termbase(project) as termbase:
        termbase.add(Concept("loto", terms=(Term("loto", "en"), Term("лото", "ru"))))
        termbase.add(Concept("client-loto", note="a game", terms=(
            Term("loto", "en", usage_note="the game, not the lottery"), Term("лотерея", "ru", TermStatus.DEPRECATED))))
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f6", TermbaseScreen)
        listed = screen.query_one(ConceptList)
        for _ in range(next(i for i, c in enumerate(listed.concepts) if c.id == "loto")):
            await pilot.press("down")
        await settle(pilot)
        assert listed.current is not None and listed.current.id == "loto"
        if way == "key":
            await pilot.press("m")
        else:
            await pilot.press("ctrl+p")
            await settle(pilot)
            await pilot.press(*"merge a duplicate")
            await settle(pilot)
            await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceModal) and app.screen.values == ["client-loto"]
        await pilot.press("enter")
        await settle(pilot)
    with Project.open(project_path) as project, open_project_termbase(project) as termbase:
        assert termbase.get("client-loto") is None
        loto = termbase.get("loto")
    assert loto is not None and loto.note == "a game"
    assert [(t.text, t.status.value, t.usage_note) for t in loto.terms] == [
        ("loto", "preferred", "the game, not the lottery"), ("лото", "preferred", None), ("лотерея", "deprecated", None)]


@pytest.mark.parametrize("size", SIZES)
async def test_the_concept_form_gives_each_term_its_part_of_speech_and_usage_note(
        app: WorkbenchApp, project_path: Path, size: tuple[int, int]) -> None:
    """The form had language, text and status only: a verb term (which lets verb forms match) or
    why a variant is to be avoided could be set from a file or `term add`, never in the TUI."""
    async with app.run_test(size=size) as pilot:
        await open_screen(pilot, "f6", TermbaseScreen)
        await pilot.press("n")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        english, russian = list(modal.query(TermRow))
        await pilot.press(*"smoke")
        russian.query_one(".term-text", Input).value = "курить"
        english.query_one(".term-pos", Select).value = "verb"
        russian.query_one(".term-pos", Select).value = "verb"
        russian.query_one(".term-note", Input).value = "not «дымить», which is of chimneys"
        await pilot.click("#ok")
        await settle(pilot)
        assert not isinstance(app.screen, ConceptModal)
    with Project.open(project_path) as project, open_project_termbase(project) as termbase:
        (concept,) = termbase.with_term("smoke", "en")
    assert [(t.text, t.part_of_speech, t.usage_note) for t in concept.terms] == [
        ("smoke", "verb", None), ("курить", "verb", "not «дымить», which is of chimneys")]
