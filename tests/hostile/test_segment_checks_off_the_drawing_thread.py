"""The translation editor answers keys while a segment's checks take long (hardening, round eighteen).

On a segment whose one word 100,000 concepts share, the editor's term matching and local checks
took 9 s on the drawing thread (round seventeen's figure), and no key was answered until they
were done. They run on a thread of their own now: the screen waits `CHECK_BUDGET` for them, then
shows the segment without them and draws them when they end; an answer for a segment left
before it came is dropped.

The tests make the term matching slow on purpose (`Enforcer.check` held for one segment's source
until the test lets it go: `tests/held_calls.py`), which stands for any size of termbase, so they
take seconds, not minutes, and no clock decides them.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from termbase.enforce import Enforcer
from tests.held_calls import Hold
from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.core.terminology import import_termbase_file
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.term_panel import TermPanel

SLOW_SOURCE = "The library is closed."
WAIT = 12.0
"""Seconds a test waits for the released check to be drawn."""


@pytest.fixture
def hold() -> Hold:
    return Hold()


@pytest.fixture
def slow_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold: Hold) -> WorkbenchApp:
    (tmp_path / "pairs.tsv").write_text(f"The shop is open.\tМагазин открыт.\n{SLOW_SOURCE}\tЗал закрыт.\n", "utf-8")
    (tmp_path / "terms.csv").write_text("id,en,ru\nlib,library,библиотека\nshop,shop,магазин\n", "utf-8")
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        import_tsv(project, tmp_path / "pairs.tsv")
        import_termbase_file(project, tmp_path / "terms.csv")
    check = Enforcer.check

    def slow_check(self: Enforcer, source: str, target: str) -> Any:
        if source == SLOW_SOURCE:
            hold.hold()
        return check(self, source, target)

    monkeypatch.setattr(Enforcer, "check", slow_check)
    return make_app(tmp_path / "proj")


async def _settle(app: WorkbenchApp, pilot: Pilot[Any]) -> None:
    for _ in range(3):
        for worker in list(app.workers):
            await worker.wait()
        await pilot.pause()


def _summary(screen: TranslationScreen) -> str:
    return str(screen.query_one(TermPanel).query_one("#term-summary").render())


async def _summary_becomes(screen: TranslationScreen, pilot: Pilot[Any], wanted: str) -> str:
    deadline = time.monotonic() + WAIT
    while wanted not in _summary(screen) and time.monotonic() < deadline:
        await pilot.pause(0.05)
    return _summary(screen)


async def test_a_key_is_answered_while_a_segment_is_checked(slow_app: WorkbenchApp, hold: Hold) -> None:
    async with slow_app.run_test(size=(120, 36)) as pilot:
        await _settle(slow_app, pilot)
        await pilot.press("f4")
        await _settle(slow_app, pilot)
        screen = slow_app.screen
        assert isinstance(screen, TranslationScreen)
        await pilot.press("down")  # onto the slow segment
        await pilot.press("up")  # and back, while it is checked
        assert screen.grid.cursor == 0
        # Both keys answered while the slow segment's check is held (the keys waited for it).
        assert not hold.overran
        hold.release()
        # Segment 1's own terms come in once the thread is free; segment 2's late answer is dropped.
        assert "1 term" in await _summary_becomes(screen, pilot, "1 term")
        assert screen.current is not None and screen.current.source == "The shop is open."
        assert [check.concept.id for check in screen._terms.source] == ["shop"]


async def test_a_late_check_is_drawn_when_it_ends(slow_app: WorkbenchApp, hold: Hold) -> None:
    async with slow_app.run_test(size=(120, 36)) as pilot:
        await _settle(slow_app, pilot)
        await pilot.press("f4")
        await _settle(slow_app, pilot)
        await pilot.press("down")
        screen = slow_app.screen
        assert isinstance(screen, TranslationScreen)
        assert "Checking the segment" in _summary(screen)
        hold.release()
        assert "1 term" in await _summary_becomes(screen, pilot, "1 term")
        assert [check.concept.id for check in screen._terms.source] == ["lib"]
        # The term is missing from the target: the finding the late check made is listed and kept.
        assert any(f.check == "term-missing" for f in slow_app.findings.of(screen.current))
