"""Another sense said in the editor or the findings view is stored on a worker (hardening, round 21).

`mark_sense` matches the segment against the whole termbase and may read the project's pairs:
0.25 s at 10^5 pairs, on the drawing thread, so the translator's next key waited for it, and for
longer with a larger termbase. It runs on a worker now (`WorkbenchApp.answer_sense`), as does
forgetting an answer; the answer stored, the findings and the notification are as before. The
core's function held until the test lets it go (`tests/held_calls.py`) stands for any size of
project: keys answered while it is held were answered off the drawing thread.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Select
from tui_helpers import Bead, build_project, open_editor, open_screen, settle

from termbase.model import Concept, Term
from tests.held_calls import Hold
from workbench.core.checks import senses
from workbench.core.checks.senses import list_senses
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui.app import make_app
from workbench.tui.screens import findings_screen
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
)


def _project(tmp_path: Path) -> Path:
    path = build_project(tmp_path / "birds", BEADS, name="birds")
    with Project.open(path) as project, open_project_termbase(project) as termbase:
        termbase.add(Concept("invoice", terms=(Term("bill", "en"), Term("счёт", "ru"))))
    return path


async def test_the_editor_answers_while_another_sense_is_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _project(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_editor(pilot, 1)
        screen.query_one("#side").active = "terms-tab"
        await pilot.pause()
        screen.query_one(TermPanel).query_one(OptionList).focus()
        await pilot.press("o")
        assert isinstance(app.screen, ChoiceModal)
        hold = Hold()
        monkeypatch.setattr(senses, "mark_sense", hold.wrap(senses.mark_sense))
        await pilot.press("enter")  # no word of the translation: by the words around it
        await pilot.press("escape")
        assert not hold.overran  # the mark was stored before the next key was read
        hold.release()
        await settle(pilot)
        await settle(pilot)
        shown = {f.segment: f.severity for f in app.findings.in_order(app.store.segments) if f.check == "term-missing"}
        assert shown == {1: "info", 2: "info", 3: "error"}
    with Project.open(path) as project:
        assert [(a.position, a.concept, a.words, a.rendering) for a in list_senses(project)] == [
            (1, "invoice", "bill", "")]


async def test_the_findings_view_answers_while_a_sense_is_stored_and_forgotten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _project(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        screen.query_one("#check-filter", Select).value = "term-missing"
        await pilot.pause()
        screen.query_one(FindingList).focus()
        await pilot.press("o")
        assert isinstance(app.screen, ChoiceModal)
        hold = Hold()
        monkeypatch.setattr(findings_screen, "mark_sense", hold.wrap(findings_screen.mark_sense))
        await pilot.press("down", "down", "down", "down", "enter")  # «клювик»
        await pilot.press("down")
        assert not hold.overran
        hold.release()
        await settle(pilot)
        await settle(pilot)
        with Project.open(path) as project:
            assert [(a.position, a.words, a.rendering) for a in list_senses(project)] == [(1, "bill", "клювик")]
        found = {f.segment: f.severity for f in screen.findings if f.check == "term-missing"}
        assert found == {1: "info", 2: "info", 3: "error"}

        hold = Hold()
        monkeypatch.setattr(findings_screen, "remove_sense", hold.wrap(findings_screen.remove_sense))
        await pilot.press("S")
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("enter")
        await pilot.press("up")
        assert not hold.overran
        hold.release()
        await settle(pilot)
        await settle(pilot)
        assert {f.segment: f.severity for f in screen.findings if f.check == "term-missing"} == {
            1: "error", 2: "error", 3: "error"}
    with Project.open(path) as project:
        assert list_senses(project) == []
