"""The alignment and findings views answer keys while an edited segment is checked again
(hardening, round nineteen).

Round eighteen moved the translation editor's checks of a segment whose one word 100,000
concepts share (9-10 s) off the drawing thread; the alignment view's edits (lock, unlock, split,
merge ...) and the findings view's corrections still checked the edited pairs there, one to
three per key, and the app answered nothing until they were done. They are checked on a worker
now (`WorkbenchApp.recheck_later`), and every view redraws when the answers come; an answer for
a text edited again meanwhile is dropped.

As in round eighteen's tests, the term checks are made slow on purpose (`Enforcer.check_many`
held for one source until the test lets it go: `tests/held_calls.py`), standing for any size of
termbase.
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
from workbench.tui.screens.alignment_screen import AlignmentScreen

SLOW_SOURCE = "The library is closed."
WAIT = 12.0
"""Seconds the test waits for the released check's worker to be started."""


@pytest.fixture
def slow_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> WorkbenchApp:
    (tmp_path / "pairs.tsv").write_text(
        f"The shop is open.\tМагазин открыт.\n{SLOW_SOURCE}\tЗал закрыт.\nThe club is new.\tКлуб новый.\n", "utf-8"
    )
    (tmp_path / "terms.csv").write_text("id,en,ru\nlib,library,библиотека\nshop,shop,магазин\n", "utf-8")
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        import_tsv(project, tmp_path / "pairs.tsv")
        import_termbase_file(project, tmp_path / "terms.csv")
    return make_app(tmp_path / "proj")


def _held_from_now(monkeypatch: pytest.MonkeyPatch) -> Hold:
    hold = Hold()
    check_many = Enforcer.check_many

    def held_check_many(self: Enforcer, pairs: Any, *args: Any, **kwargs: Any) -> Any:
        pairs = list(pairs)
        if any(source == SLOW_SOURCE for source, _ in pairs):
            hold.hold()
        return check_many(self, pairs, *args, **kwargs)

    monkeypatch.setattr(Enforcer, "check_many", held_check_many)
    return hold


async def _settle(app: WorkbenchApp, pilot: Pilot[Any]) -> None:
    for _ in range(3):
        for worker in list(app.workers):
            await worker.wait()
        await pilot.pause()


async def test_the_alignment_view_answers_while_a_locked_pair_is_checked(
    slow_app: WorkbenchApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with slow_app.run_test(size=(120, 36)) as pilot:
        await _settle(slow_app, pilot)
        await pilot.press("f3")
        await _settle(slow_app, pilot)
        screen = slow_app.screen
        assert isinstance(screen, AlignmentScreen)
        assert screen.grid.cursor == 0
        hold = _held_from_now(monkeypatch)
        await pilot.press("l")  # lock the first pair: it and the slow one after it are checked again
        await pilot.press("up")
        # Both keys answered while the slow pair's check is held (it was checked before the next
        # key was read: the keys waited for it).
        assert not hold.overran
        assert screen.grid.cursor == 0
        locked = slow_app.store.segments[0]
        assert locked.locked
        # The answers come in and are kept: the slow pair's missing term is found again.
        hold.release()
        deadline = time.monotonic() + WAIT
        slow = slow_app.store.segments[1]
        while not slow_app.workers and time.monotonic() < deadline:
            await pilot.pause(0.05)
        await _settle(slow_app, pilot)
        assert any(f.check == "term-missing" for f in slow_app.findings.of(slow))
