"""The term candidates in the termbase view, driven by keys at 80x24 and 120x40: accept, edit the
equivalent, take another, reject, next; each result read back from the project's termbase."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList
from tui_helpers import Bead, build_project, open_screen, settle

from workbench.core.project.store import Project
from workbench.core.terminology import project_concepts
from workbench.tui.app import make_app
from workbench.tui.screens.extraction_modal import ExtractionModal
from workbench.tui.screens.termbase_screen import TermbaseScreen

SIZES = [(80, 24), (120, 40)]
PAIRS = (
    ("The trade union built a workers' club.", "Профсоюз построил рабочий клуб."),
    ("Workers' clubs served cultural spontaneity.", "Рабочие клубы служили культурной стихийности."),
    ("Cultural spontaneity frightened the party.", "Культурная стихийность пугала партию."),
    ("The trade union funded the workers' club.", "Профсоюз финансировал рабочий клуб."),
    ("Cultural spontaneity grew in every [bold]workers' club[/].", "Культурная стихийность росла в каждом рабочем клубе."),
    ("The party watched the trade unions.", "Партия следила за профсоюзами."),
)
BEADS = tuple(Bead((s,), (t,)) for s, t in PAIRS)


def project_without_terms(path: Path) -> Path:
    """The helpers' project with no termbase yet: its concepts are the very terms of `PAIRS`."""
    build_project(path, BEADS)
    (path / "termbase.db").unlink()
    return path


def terms(path: Path) -> set[tuple[str, str]]:
    with Project.open(path) as project:
        return {(c.terms_in("en")[0].text, c.terms_in("ru")[0].text if c.terms_in("ru") else "")
                for c in project_concepts(project)}


async def open_candidates(pilot, way: str) -> ExtractionModal:  # type: ignore[no-untyped-def]
    await open_screen(pilot, "f6", TermbaseScreen)
    if way == "key":
        await pilot.press("t")
    else:
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"extract candidates")
        await settle(pilot)
        await pilot.press("enter")
    await settle(pilot)
    await settle(pilot)
    modal = pilot.app.screen
    assert isinstance(modal, ExtractionModal)
    return modal


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("way", ["key", "palette"])
async def test_candidates_are_accepted_edited_and_rejected(tmp_path: Path, size: tuple[int, int], way: str) -> None:
    path = project_without_terms(tmp_path / "clubs")
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        modal = await open_candidates(pilot, way)
        texts = [c.text for c in modal.candidates]
        assert texts[:3] == ["cultural spontaneity", "workers club", "trade union"]
        field = modal.query_one("#extraction-equivalent", Input)
        assert field.value == "культурная стихийность"
        await pilot.press("a")  # accept the first; the cursor goes to the next
        await settle(pilot)
        assert modal.query_one("#extraction-list", OptionList).highlighted == 1
        await pilot.press("r")  # reject "workers club"
        await settle(pilot)
        assert modal.decided[:2] == ["accepted", "rejected"]
        await pilot.press("e")  # correct the equivalent of "trade union"
        await settle(pilot)
        assert field.has_focus
        field.value = ""
        await pilot.press(*"профессиональный союз", "enter")
        await settle(pilot)
        assert modal.decided[2] == "accepted"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TermbaseScreen)
    assert terms(path) == {("cultural spontaneity", "культурная стихийность"), ("trade union", "профессиональный союз")}


async def test_the_evidence_shows_segments_as_text_not_markup(tmp_path: Path) -> None:
    path = project_without_terms(tmp_path / "clubs")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await open_candidates(pilot, "key")
        shown = str(modal.query_one("#extraction-detail").render())
        assert "[bold]workers' club[/]" in shown and "2  Workers' clubs served cultural spontaneity." in shown
        await pilot.press("2")  # another equivalent goes into the field
        await settle(pilot)
        assert modal.query_one("#extraction-equivalent", Input).value == modal.candidates[0].equivalents[1].text


async def test_the_list_shows_the_equivalent_that_was_added(tmp_path: Path) -> None:
    """An edited equivalent, or one cleared to add the term alone, stayed shown as the proposal it
    replaced, in the list and in the field when the candidate came round again (session 35)."""
    path = project_without_terms(tmp_path / "clubs")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await open_candidates(pilot, "key")
        options = modal.query_one("#extraction-list", OptionList)
        field = modal.query_one("#extraction-equivalent", Input)
        await pilot.press("e", "ctrl+u", *"стихийность", "enter")  # the first, corrected
        await settle(pilot)
        await pilot.press("e", "ctrl+u", "enter")  # the second, the term alone
        await settle(pilot)
        assert modal.decided[:2] == ["accepted", "accepted"]
        assert "→ стихийность" in str(options.get_option_at_index(0).prompt)
        assert "→ —" in str(options.get_option_at_index(1).prompt)
        options.highlighted = 0
        await settle(pilot)
        assert field.value == "стихийность"
    assert terms(path) == {("cultural spontaneity", "стихийность"), ("workers club", "")}
