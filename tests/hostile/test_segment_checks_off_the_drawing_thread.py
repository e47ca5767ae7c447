"""The translation editor answers keys while a segment's checks take long (hardening, round eighteen).

On a segment whose one word 100,000 concepts share, the editor's term matching and local checks
took 9 s on the drawing thread (round seventeen's figure), and no key was answered until they
were done. They run on a thread of their own now: the screen waits `CHECK_BUDGET` for them, then
shows the segment without them and draws them when they end; an answer for a segment left
before it came is dropped.

The tests make the term matching slow on purpose (a `sleep` in `Enforcer.check` for one
segment's source), which stands for any size of termbase, so they take seconds, not minutes.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from termbase.enforce import Enforcer
from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.core.terminology import import_termbase_file
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.term_panel import TermPanel

SLOW_SOURCE = "The library is closed."
SLOW = 3.0
"""Seconds the term matching of `SLOW_SOURCE` takes in these tests."""


@pytest.fixture
def slow_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> WorkbenchApp:
    (tmp_path / "pairs.tsv").write_text(f"The shop is open.\tМагазин открыт.\n{SLOW_SOURCE}\tЗал закрыт.\n", "utf-8")
    (tmp_path / "terms.csv").write_text("id,en,ru\nlib,library,библиотека\nshop,shop,магазин\n", "utf-8")
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        import_tsv(project, tmp_path / "pairs.tsv")
        import_termbase_file(project, tmp_path / "terms.csv")
    check = Enforcer.check

    def slow_check(self: Enforcer, source: str, target: str) -> Any:
        if source == SLOW_SOURCE:
            time.sleep(SLOW)
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
    deadline = time.monotonic() + 4 * SLOW
    while wanted not in _summary(screen) and time.monotonic() < deadline:
        await pilot.pause(0.05)
    return _summary(screen)


async def test_a_key_is_answered_while_a_segment_is_checked(slow_app: WorkbenchApp) -> None:
    async with slow_app.run_test(size=(120, 36)) as pilot:
        await _settle(slow_app, pilot)
        await pilot.press("f4")
        await _settle(slow_app, pilot)
        screen = slow_app.screen
        assert isinstance(screen, TranslationScreen)
        started = time.monotonic()
        await pilot.press("down")  # onto the slow segment
        await pilot.press("up")  # and back, while it is checked
        answered = time.monotonic() - started
        assert screen.grid.cursor == 0
        # Was 3 s and more (the slow segment's check before the second key was even read).
        assert answered < SLOW / 2, answered
        # Segment 1's own terms come in once the thread is free; segment 2's late answer is dropped.
        assert "1 term" in await _summary_becomes(screen, pilot, "1 term")
        assert screen.current is not None and screen.current.source == "The shop is open."
        assert [check.concept.id for check in screen._terms.source] == ["shop"]


async def test_a_late_check_is_drawn_when_it_ends(slow_app: WorkbenchApp) -> None:
    async with slow_app.run_test(size=(120, 36)) as pilot:
        await _settle(slow_app, pilot)
        await pilot.press("f4")
        await _settle(slow_app, pilot)
        await pilot.press("down")
        screen = slow_app.screen
        assert isinstance(screen, TranslationScreen)
        assert "Checking the segment" in _summary(screen)
        assert "1 term" in await _summary_becomes(screen, pilot, "1 term")
        assert [check.concept.id for check in screen._terms.source] == ["lib"]
        # The term is missing from the target: the finding the late check made is listed and kept.
        assert any(f.check == "term-missing" for f in slow_app.findings.of(screen.current))
