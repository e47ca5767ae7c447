"""Another sense of a term's word, said once in the findings view (F5) and the editor's term panel, at 80x24."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Select
from tui_helpers import Bead, build_project, open_editor, open_screen, settle

from termbase.model import Concept, Term
from workbench.core.checks.senses import list_senses
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui.app import make_app
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.widgets.findings_panel import FindingList
from workbench.tui.widgets.term_panel import TermPanel

# «клювик», not the dictionary's «клюв», which the dictionary alone calls another sense of "bill"
# (session 28): these tests are of what the translator's answer adds.
BEADS = (
    Bead(("The heron dipped its long bill into the pond.",), ("Цапля опустила длинный клювик в пруд.",)),
    Bead(("The old heron cleaned its bill and flew off.",), ("Старая цапля почистила перья и улетела.",)),
    Bead(("The bill was paid by the bank.",), ("Банк оплатил это.",)),
    Bead(("The pond froze in 1924.",), ("Пруд замёрз в 1925 году.",)),
)


def _project(tmp_path: Path) -> Path:
    path = build_project(tmp_path / "birds", BEADS, name="birds")
    with Project.open(path) as project, open_project_termbase(project) as termbase:
        termbase.add(Concept("invoice", terms=(Term("bill", "en"), Term("счёт", "ru"))))
    return path


def _term_missing(screen: FindingsScreen) -> dict[int, tuple[str, str]]:
    return {f.segment: (f.severity, f.message) for f in screen.findings if f.check == "term-missing"}


async def test_mark_another_sense_then_forget_it(tmp_path: Path) -> None:
    path = _project(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        assert {k: v[0] for k, v in _term_missing(screen).items()} == {1: "error", 2: "error", 3: "error"}
        screen.query_one("#check-filter", Select).value = "term-missing"
        await pilot.pause()
        screen.query_one(FindingList).focus()
        await pilot.press("o")
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("down", "down", "down", "down", "enter")  # «клювик», the fourth word of the translation
        await settle(pilot)
        found = _term_missing(screen)
        assert found[2][0] == "info" and "segment 1" in found[2][1] and "heron" in found[2][1]
        assert found[3][0] == "error"
        with Project.open(path) as project:
            assert [(a.position, a.words, a.rendering) for a in list_senses(project)] == [(1, "bill", "клювик")]
        await pilot.press("S")
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("enter")
        await settle(pilot)
        assert _term_missing(screen)[2][0] == "error"
    with Project.open(path) as project:
        assert list_senses(project) == []


async def test_another_sense_is_said_only_of_a_term_finding(tmp_path: Path) -> None:
    app = make_app(_project(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        screen.query_one("#check-filter", Select).value = "number-mismatch"
        await pilot.pause()
        screen.query_one(FindingList).focus()
        await pilot.press("o")
        assert not isinstance(app.screen, ChoiceModal)


async def test_mark_another_sense_from_the_term_panel_in_the_editor(tmp_path: Path) -> None:
    path = _project(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_editor(pilot, 1)
        screen.query_one("#side").active = "terms-tab"
        await pilot.pause()
        screen.query_one(TermPanel).query_one(OptionList).focus()
        await pilot.press("o")
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("enter")  # no word of the translation: by the words around it
        await settle(pilot)
        shown = {f.segment: f.severity for f in app.findings.in_order(app.store.segments) if f.check == "term-missing"}
        assert shown == {1: "info", 2: "info", 3: "error"}
    with Project.open(path) as project:
        assert [(a.position, a.concept, a.words, a.rendering) for a in list_senses(project)] == [
            (1, "invoice", "bill", "")]
