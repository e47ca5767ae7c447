"""Another process changing the termbase again and again while the editor is open (hardening, round 23).

The editor reads the terms again when a termbase changed on disk (`check_outside_terms`, each
second). A read started while the last one still ran: the worker's group is exclusive, but a
cancelled thread runs on to its end, so a termbase written each second (a script's `term add`
in a loop, a sync) while a read takes several seconds (100,000 concepts) had reads pile up,
each holding a whole matcher and the interpreter. One read runs at a time now; a change seen
meanwhile is read once it ends, so the last change is still seen.
"""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

import workbench.core.terminology as terminology
from workbench.cli import main
from workbench.core.project import Project
from workbench.tui.app import make_app

READ_SECONDS = 1.0
"""How long one read of the terms takes here (standing for a large termbase)."""


async def _settle(pilot: Pilot[None]) -> None:
    """Every worker ended; one cancelled on the way (a check run that the next one replaced, as
    terms read anew start a run of the checks) is ended too."""
    for _ in range(3):
        for worker in list(pilot.app.workers):
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()
        await pilot.pause()


def _add(project: Path, number: int) -> None:
    said = CliRunner().invoke(main, ["term", "add", str(project), "--source", f"word{number}", "--target", f"слово{number}"])
    assert said.exit_code == 0, said.output


async def test_a_termbase_changed_each_moment_is_read_once_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "proj"
    Project.create(project, "en", "ru").close()
    _add(project, 0)
    lock = threading.Lock()
    running = most = 0
    enforcer = terminology.project_enforcer

    def slow(*args: Any, **kwargs: Any) -> Any:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        try:
            time.sleep(READ_SECONDS)
            return enforcer(*args, **kwargs)
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(terminology, "project_enforcer", slow)
    app = make_app(project)
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(pilot)
        assert app.enforcer_ready
        most = 0
        for number in range(1, 6):
            _add(project, number)
            app.check_outside_terms()
            await pilot.pause(0.25)
        await _settle(pilot)
        # Was a read for each change while the others ran: 4 at once.
        assert most == 1, most
        app.check_outside_terms()  # the change seen while the read ran is read now
        await _settle(pilot)
        assert app.enforcer is not None
        assert app.enforcer.source_matcher.find("He said word5 twice."), "the last change is in the terms"
