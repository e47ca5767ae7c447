"""Check runs asked for while one goes on (session 43): the newest request wins.

Each test starts a real run over a project of many pairs and holds it at its first progress
report (a gate around the real `check_project`), then asks for another. Before, Textual's
exclusive worker group cancelled the older worker, but its thread ran on to the end beside
the newer one, recorded its last run whenever it ended, and the view that asked for it was
never told (the findings view stayed «Checking…»). Now the older run stops at its next
progress report and reports nothing, the newer starts once it has stopped, and every view
that asked is told the newer run's end, once."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from tui_helpers import Bead, build_project, open_screen, settle

from workbench.core.check_records import last_run
from workbench.core.checks import project_checks
from workbench.core.checks.settings import set_check_setting
from workbench.core.project import Project
from workbench.tui.app import make_app
from workbench.tui.check_runs import CheckRequest, CheckWatcher
from workbench.tui.screens.findings_screen import FindingsScreen

PAIRS = 2_000
"""Enough pairs that a run has many progress reports (a family's batches) to be stopped at."""


class Gate:
    """Wraps the real `check_project`: counts the runs going on at once, the runs that ended with
    findings, and each run's progress reports; once armed, holds the next run at its first
    progress report until `release`."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.armed = False
        self.held = threading.Event()
        self.released = threading.Event()
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0
        self.started = 0
        self.finished = 0
        self.reports: list[int] = []
        """Progress reports passed on to the app, per run in the order the runs started."""
        self.held_at: tuple[int, int] | None = None
        """The (done, total) of the report the held run was held at."""

    def __call__(self, project: Project, *args: Any, progress: Any = None, **kwargs: Any) -> Any:
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
            run, self.started = self.started, self.started + 1
            self.reports.append(0)
            hold, self.armed = self.armed, False

        def gated(done: int, total: int) -> None:
            if hold and not self.held.is_set():
                self.held_at = (done, total)
                self.held.set()
                assert self.released.wait(60)
            if progress is not None:
                progress(done, total)  # raises once the run is cut short
            self.reports[run] += 1

        try:
            findings = self.real(project, *args, progress=gated, **kwargs)
        finally:
            with self.lock:
                self.running -= 1
        self.finished += 1
        return findings


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


def _whitespace_off(path: Path) -> None:
    with Project.open(path) as project:  # the reviewer turns the double spaces' check off
        set_check_setting(project, "whitespace", "enabled", "false")


async def test_two_requests_in_a_row_make_one_finished_run_with_the_seconds_findings(
        many_pairs: Path, gate: Gate) -> None:
    app = make_app(many_pairs)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        assert any(f.check == "whitespace" for f in app.findings.all())
        gate.armed, gate.started, gate.finished = True, 0, 0
        gate.reports.clear()
        await pilot.press("R")  # held at its first progress report, so that it cannot end first
        _whitespace_off(many_pairs)
        app.check_settings_changed()
        await pilot.press("R")  # before the first has passed its first progress report
        assert await _until(pilot, gate.held.is_set, 30)
        gate.released.set()
        await settle(pilot)
        assert await _until(pilot, lambda: not screen.has_class("-busy"), 30)
        assert gate.finished == 1, f"{gate.finished} runs went to their end"
        assert gate.most == 1, "two check runs went on at once"
        assert app.findings.complete
        assert app.findings.all() and not any(f.check == "whitespace" for f in app.findings.all())
        assert len(_checked_again(app)) == 1, "the view that asked twice is told once"


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_request_during_a_run_stops_it_and_the_second_finishes(
        many_pairs: Path, gate: Gate, size: tuple[int, int]) -> None:
    app = make_app(many_pairs)
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        gate.armed, gate.started, gate.finished = True, 0, 0
        gate.reports.clear()
        await pilot.press("R")  # the first run: held at its first progress report
        assert await _until(pilot, gate.held.is_set, 30)
        _whitespace_off(many_pairs)
        app.check_settings_changed()
        await pilot.press("R")  # the second, asked while the first goes on
        await pilot.pause(0.3)
        assert gate.started == 1, "the second started beside the first"
        gate.released.set()
        await settle(pilot)
        assert await _until(pilot, lambda: not screen.has_class("-busy"), 30)
        assert gate.reports[0] == 0, "the run cut short went on reporting its progress"
        assert gate.reports[1] > 1 and (gate.started, gate.finished, gate.most) == (2, 1, 1)
        assert not any(f.check == "whitespace" for f in app.findings.all())
        with Project.open(many_pairs) as project:  # the recorded last run is the second's too
            recorded = last_run(project)
        assert recorded is not None and "whitespace" not in recorded.by_check
        assert len(_checked_again(app)) == 1


async def test_terms_read_anew_during_a_run_asked_in_the_findings_view_leave_the_view_told(
        many_pairs: Path, gate: Gate) -> None:
    """The run after terms read anew takes the place of `R`'s: the findings view follows it and is
    told its end (before, it stayed busy, «Checking…», its bar still)."""
    app = make_app(many_pairs)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        gate.armed = True
        await pilot.press("R")
        assert await _until(pilot, gate.held.is_set, 30)
        app._check_new_terms()  # what `_enforcer_loaded` does once the termbases changed
        gate.released.set()
        await settle(pilot)
        assert await _until(pilot, lambda: not screen.has_class("-busy"), 30), "the findings view still waits"
        assert gate.most == 1
        assert len(_checked_again(app)) == 1


async def test_a_document_run_asked_during_a_full_one_checks_the_project(tmp_path: Path, gate: Gate) -> None:
    """A full run cut short is still owed: the document's run asked during it checks every
    document, and the findings view says so instead of «document only»."""
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


def test_a_request_in_the_place_of_another_covers_it() -> None:
    findings_view, project_view = object(), object()
    first = CheckRequest(document=1, watchers=(CheckWatcher(asker=findings_view),))
    second = CheckRequest(document=1, terms="new terms", watchers=(CheckWatcher(asker=findings_view),))
    joined = second.replacing(first)
    assert (joined.document, joined.terms, joined.watchers) == (1, "new terms", second.watchers)  # told once
    third = CheckRequest(document=2, watchers=(CheckWatcher(asker=project_view), CheckWatcher()))
    joined = third.replacing(joined)
    assert joined.document is None and joined.terms is None  # two documents: the project
    assert [w.asker for w in joined.watchers] == [findings_view, project_view, None]


async def test_a_request_during_a_typography_pass_stops_it_within_the_pass(many_pairs: Path, gate: Gate) -> None:
    """Session 44: typography reported its progress once, at its end, so a run of it alone could
    be stopped only once every pair was walked. It now reports every `PACE` pairs: held at its
    first report, the run cut short stops there, its other pairs never walked."""
    from workbench.core.checks import FAMILIES, REGISTRY
    from workbench.core.checks.base import PACE

    with Project.open(many_pairs) as project:  # typography alone, as a project may set it
        for check in REGISTRY:
            if check not in FAMILIES["typography"].checks:
                set_check_setting(project, check, "enabled", "false")
    app = make_app(many_pairs)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        gate.armed, gate.started, gate.finished = True, 0, 0
        gate.reports.clear()
        await pilot.press("R")
        assert await _until(pilot, gate.held.is_set, 30)
        assert gate.held_at == (PACE, PAIRS), "typography reported only at its end"
        await pilot.press("R")
        gate.released.set()
        await settle(pilot)
        assert await _until(pilot, lambda: not screen.has_class("-busy"), 30)
        assert gate.reports[0] == 0 and (gate.started, gate.finished, gate.most) == (2, 1, 1)
        assert gate.reports[1] == PAIRS // PACE  # the newer run walked every pair, a pace at a time
        assert {f.check for f in app.findings.all()} == {"whitespace"}
