"""Another sense said in the editor or the findings view is stored on a worker (hardening, round 21).

`mark_sense` matches the segment against the whole termbase and may read the project's pairs:
0.25 s at 10^5 pairs, on the drawing thread, so the translator's next key waited for it, and for
longer with a larger termbase. It runs on a worker now (`WorkbenchApp.answer_sense`), as does
forgetting an answer; the answer stored, the findings and the notification are as before. A
`sleep` in the core's function stands for any size of project.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList, Select
from tui_helpers import Bead, build_project, open_editor, open_screen, settle

from termbase.model import Concept, Term
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

SLOW = 3.0
"""Seconds the slowed sense functions take."""

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


def _slowed(function: Any) -> Any:
    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(SLOW)
        return function(*args, **kwargs)

    return slow


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
        monkeypatch.setattr(senses, "mark_sense", _slowed(senses.mark_sense))
        started = time.monotonic()
        await pilot.press("enter")  # no word of the translation: by the words around it
        await pilot.press("escape")
        answered = time.monotonic() - started
        assert answered < SLOW / 2, answered  # was over SLOW: the mark was stored before the next key was read
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
        monkeypatch.setattr(findings_screen, "mark_sense", _slowed(findings_screen.mark_sense))
        started = time.monotonic()
        await pilot.press("down", "down", "down", "down", "enter")  # «клювик»
        await pilot.press("down")
        assert time.monotonic() - started < SLOW / 2
        await settle(pilot)
        await settle(pilot)
        with Project.open(path) as project:
            assert [(a.position, a.words, a.rendering) for a in list_senses(project)] == [(1, "bill", "клювик")]
        found = {f.segment: f.severity for f in screen.findings if f.check == "term-missing"}
        assert found == {1: "info", 2: "info", 3: "error"}

        monkeypatch.setattr(findings_screen, "remove_sense", _slowed(findings_screen.remove_sense))
        await pilot.press("S")
        assert isinstance(app.screen, ChoiceModal)
        started = time.monotonic()
        await pilot.press("enter")
        await pilot.press("up")
        assert time.monotonic() - started < SLOW / 2
        await settle(pilot)
        await settle(pilot)
        assert {f.segment: f.severity for f in screen.findings if f.check == "term-missing"} == {
            1: "error", 2: "error", 3: "error"}
    with Project.open(path) as project:
        assert list_senses(project) == []
