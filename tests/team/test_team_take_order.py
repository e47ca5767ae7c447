"""Taking the team's segments orders edits by what the copy last received, not by clocks.

Session 30's take wrote a teammate's confirmed unit into the copy's segment when the segment was
last changed before the unit, by times written to the second by each machine's own clock: a
second correction in the same second as the take was never taken, a copy whose clock ran ahead
never took a teammate's correction again, and one whose clock ran behind took a unit it had
already met over the edit its translator made after. A real PostgreSQL server, two copies, the
CLI; the clock of each edit is set by replacing `utc_now` where edits are stamped.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from team_helpers import clone_project, make_team_project

from workbench.cli import main
from workbench.core import editing
from workbench.core.editing import edits
from workbench.core.project import Project

FIRST = "Клубы закрыли в 1929 году."
SECOND = "Клубы закрыли в 1929 году, по решению партии."
VERAS = "Клубы закрылись в 1929 году."


@contextlib.contextmanager
def clock(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> Iterator[None]:
    """Edits stamped at `moment` (a machine whose clock says so, or two edits in one second)."""
    with monkeypatch.context() as patch:
        patch.setattr(edits, "utc_now", lambda: moment.replace(microsecond=0).isoformat().replace("+00:00", "Z"))
        yield


def sync(runner: CliRunner, path: Path) -> dict[str, object]:
    result = runner.invoke(main, ["team", "sync", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


def confirm(path: Path, index: int, text: str) -> None:
    with Project.open(path) as project:
        segment = project.segments()[index]
        editing.set_target(project, segment.id, text)
        editing.confirm(project, segment.id)


def target(path: Path, index: int) -> tuple[str, str]:
    with Project.open(path) as project:
        segment = project.segments()[index]
        return segment.target, str(segment.status)


@pytest.fixture
def copies(tmp_path: Path, team_url: str) -> tuple[Path, Path]:
    """anna's folder and vera's copy of it, a second before anything else: a segment meeting a
    teammate's unit for the first time is still decided by the times."""
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    vera = clone_project(anna, tmp_path / "vera", "vera")
    time.sleep(1.05)
    return anna, vera


def test_a_correction_in_the_second_of_the_take_is_taken(copies: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    anna, vera = copies
    runner = CliRunner()
    with clock(monkeypatch, datetime.now(UTC) + timedelta(minutes=1)):  # everything in one second
        confirm(anna, 1, FIRST)
        sync(runner, anna)
        assert sync(runner, vera)["taken"] == {"segments": 1, "from": ["anna"]}
        confirm(anna, 1, SECOND)
        sync(runner, anna)
        assert sync(runner, vera)["taken"] == {"segments": 1, "from": ["anna"]}
    assert target(vera, 1) == (SECOND, "translated")


def test_a_copy_whose_clock_runs_ahead_still_takes_corrections(copies: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    anna, vera = copies
    runner = CliRunner()
    confirm(anna, 1, FIRST)
    sync(runner, anna)
    with clock(monkeypatch, datetime.now(UTC) + timedelta(hours=2)):  # vera's machine
        assert sync(runner, vera)["taken"]["segments"] == 1  # type: ignore[index]
    confirm(anna, 1, SECOND)
    sync(runner, anna)
    with clock(monkeypatch, datetime.now(UTC) + timedelta(hours=2)):
        assert sync(runner, vera)["taken"] == {"segments": 1, "from": ["anna"]}
    assert target(vera, 1) == (SECOND, "translated")


def test_a_copy_whose_clock_runs_behind_keeps_its_later_edit(copies: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    anna, vera = copies
    runner = CliRunner()
    confirm(anna, 1, FIRST)
    sync(runner, anna)
    behind = datetime.now(UTC) - timedelta(hours=2)  # vera's machine
    with clock(monkeypatch, behind):
        sync(runner, vera)
        with Project.open(vera) as project:  # after the take, as a draft: her clock says before anna's unit
            editing.set_target(project, project.segments()[1].id, VERAS)
            editing.set_status(project, project.segments()[1].id, "draft")
    confirm(anna, 2, SECOND)  # another unit changes: the units are read again
    sync(runner, anna)
    with clock(monkeypatch, behind):
        assert sync(runner, vera)["taken"] == {"segments": 1, "from": ["anna"]}
    assert target(vera, 1) == (VERAS, "draft")
    assert target(vera, 2) == (SECOND, "translated")


def test_an_edit_of_the_copys_since_the_last_take_stands(copies: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Both changed the segment since the copy last synced: the copy's text is not written over
    unasked (its translator is working on it), whatever the clocks say."""
    anna, vera = copies
    runner = CliRunner()
    with clock(monkeypatch, datetime.now(UTC) + timedelta(minutes=1)):
        confirm(anna, 1, FIRST)
        sync(runner, anna)
        sync(runner, vera)
        with Project.open(vera) as project:  # her draft: a confirmed one is sent and held as a conflict
            editing.set_target(project, project.segments()[1].id, VERAS)
            editing.set_status(project, project.segments()[1].id, "draft")
        confirm(anna, 1, SECOND)
        sync(runner, anna)
        assert sync(runner, vera)["taken"]["segments"] == 0  # type: ignore[index]
    assert target(vera, 1) == (VERAS, "draft")
