"""Check runs asked for while one goes on (session 42): one run at a time, the last request's
findings listed and recorded, and every view that asked told once when its answer is in.

Each test starts a real run over a project of many pairs and holds it at its first progress
report (a gate around the real `check_project`), asks for another run, then lets the first go:
before the app kept one run at a time, the second started beside the first (two at once), and
an older request finishing last recorded its findings over the newer one's."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static
from tui_helpers import Bead, build_project, open_screen, settle

from workbench.core.checks import project_checks
from workbench.core.checks.settings import set_check_setting
from workbench.core.project import Project
from workbench.tui.app import make_app
from workbench.tui.check_runs import CheckRequest, CheckRuns, CheckWatcher
from workbench.tui.screens.findings_screen import FindingsScreen

PAIRS = 2_000
"""Enough pairs that a run takes a while on its own; the gate makes the overlap certain."""


class Gate:
    """Wraps the real `check_project`: counts the runs going on at once, and, once armed, holds
    the next run at its first progress report until `release`."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.armed = False
        self.held = threading.Event()
        self.released = threading.Event()
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0
        self.runs = 0

    def __call__(self, project: Project, *args: Any, progress: Any = None, **kwargs: Any) -> Any:
        with self.lock:
            self.running += 1
            self.runs += 1
            self.most = max(self.most, self.running)
            hold, self.armed = self.armed, False
        told = [False]

        def gated(done: int, total: int) -> None:
            if hold and not told[0]:
                told[0] = True
                self.held.set()
                assert self.released.wait(60)
            if progress is not None:
                progress(done, total)

        try:
            return self.real(project, *args, progress=gated, **kwargs)
        finally:
            with self.lock:
                self.running -= 1


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    gate = Gate(project_checks.check_project)
    monkeypatch.setattr(project_checks, "check_project", gate)
    yield gate
    gate.released.set()  # never leave a thread waiting past the test


@pytest.fixture
def many_pairs(tmp_path: Path) -> Path:
    """Pairs whose targets hold a double space (a `whitespace` finding each); one in ten a wrong number."""
    beads = [Bead((f"The club met in room {n} on Monday.",),
                  (f"Клуб  собирался в комнате {n if n % 10 else n + 1} в понедельник.",))
             for n in range(PAIRS)]
    return build_project(tmp_path / "many", beads)


async def _until(pilot: Pilot[None], condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        await pilot.pause(0.05)
    return True


def _checked_again(app: Any) -> list[str]:
    return [n.message for n in app._notifications if n.message.startswith("Checked again")]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_run_asked_during_another_waits_and_its_findings_are_the_ones_listed(
        many_pairs: Path, gate: Gate, size: tuple[int, int]) -> None:
    app = make_app(many_pairs)
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        assert any(f.check == "whitespace" for f in app.findings.all())
        gate.armed, gate.runs = True, 0
        await pilot.press("R")  # the first run: held at its first progress report
        assert await _until(pilot, gate.held.is_set, 30)
        with Project.open(many_pairs) as project:  # the reviewer turns the double spaces' check off
            set_check_setting(project, "whitespace", "enabled", "false")
        app.check_settings_changed()
        await pilot.press("R")  # the second, asked while the first goes on
        await _until(pilot, lambda: gate.runs >= 2, 2)  # before: it ran at once, beside the first
        status = str(screen.query_one("#findings-count", Static).render())
        gate.released.set()
        await settle(pilot)
        assert await _until(pilot, lambda: not screen.has_class("-busy"), 30)
        assert gate.most == 1, "two check runs went on at once"
        assert app.findings.complete
        assert app.findings.all() and not any(f.check == "whitespace" for f in app.findings.all())
        with Project.open(many_pairs) as project:  # the recorded last run is the last request's too
            recorded = project_checks.last_run(project)
        assert recorded is not None and "whitespace" not in recorded.by_check
        assert len(_checked_again(app)) == 1, "the view that asked twice is told once"
        assert "Checking the project" in status  # the status line said what ran


async def test_terms_read_anew_during_a_run_asked_in_the_findings_view_leave_the_view_told(
        many_pairs: Path, gate: Gate) -> None:
    """The run after terms read anew took the place of `R`'s: the findings view stayed busy,
    «Checking…», its bar still, as nothing would tell it the run it waited for had ended."""
    app = make_app(many_pairs)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        gate.armed, gate.runs = True, 0
        await pilot.press("R")
        assert await _until(pilot, gate.held.is_set, 30)
        app._check_new_terms()  # what `_enforcer_loaded` does once the termbases changed
        await _until(pilot, lambda: gate.runs >= 2, 2)
        gate.released.set()
        await settle(pilot)
        assert await _until(pilot, lambda: not screen.has_class("-busy"), 30), "the findings view still waits"
        assert gate.most == 1
        assert len(_checked_again(app)) == 1


async def test_a_document_run_asked_after_a_full_one_checks_the_project(tmp_path: Path, gate: Gate) -> None:
    """A full run cut short is still owed: the document's run asked after it checks every document,
    and the findings view says so instead of «document only»."""
    from click.testing import CliRunner

    from workbench.cli import main

    folder = tmp_path / "batch"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    for name in ("system-a", "system-b"):
        tsv = tmp_path / f"{name}.tsv"
        tsv.write_text("".join(f"Room {n} opened.\tКомната  {n} открылась.\n" for n in range(PAIRS // 2)),
                       encoding="utf-8")
        assert runner.invoke(main, ["import", str(folder), "--tsv", str(tsv)]).exit_code == 0
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        documents = dict(app.project.document_names()) if app.project is not None else {}
        gate.armed = True
        app.run_checks()  # a full run (a sense answer's), held
        assert await _until(pilot, gate.held.is_set, 30)
        screen._check_again(next(iter(documents)))  # `R` with one document filtered
        gate.released.set()
        await settle(pilot)
        assert await _until(pilot, lambda: not screen.has_class("-busy"), 30)
        assert gate.most == 1 and app.findings.complete
        said = _checked_again(app)
        assert len(said) == 1 and "document" not in said[0]
        assert app.checked_document is None


def test_the_waiting_request_is_the_newest_and_covers_what_it_replaced() -> None:
    runs = CheckRuns()
    first = CheckRequest(document=1, watchers=(CheckWatcher(asker="findings"),))
    assert runs.ask(first) is first and not runs.superseded
    assert runs.ask(CheckRequest(document=1, terms="new terms", watchers=(CheckWatcher(asker="findings"),))) is None
    waiting = runs.waiting
    assert waiting is not None and runs.superseded
    assert (waiting.document, waiting.terms, len(waiting.watchers)) == (1, "new terms", 1)  # one view, told once
    runs.ask(CheckRequest(document=2, watchers=(CheckWatcher(asker="project"),)))
    waiting = runs.waiting
    assert waiting is not None and waiting.document is None and waiting.terms is None  # two documents: all
    assert [w.asker for w in waiting.watchers] == ["findings", "project"]
    assert runs.ended() is waiting and runs.running is waiting and not runs.superseded
    assert runs.ended() is None and runs.running is None
