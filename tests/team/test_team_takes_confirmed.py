"""The reviewer's copy takes the translators' confirmed segments (session 30's user day).

vera, reviewing on her copy of the folder, saw the aligned drafts after `team sync`: anna's
confirmed translations reached the server's units and every memory panel, but no copy's
segments. As on a memoQ server project, a sync now writes a teammate's confirmed unit into the
copy's segment of that number when the copy has not changed it since; a newer edit of the
copy's own stands. A real PostgreSQL server, real folders, the CLI.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from team_helpers import clone_project, make_team_project

from workbench.cli import main
from workbench.core import editing
from workbench.core.project import Project

FIXED = "Клубы закрыли в 1929 году, по решению партии."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def sync(runner: CliRunner, path: Path) -> dict[str, object]:
    result = runner.invoke(main, ["team", "sync", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


def a_second_later() -> None:
    """Times are kept to the second: a change in the same second as another is no later one."""
    time.sleep(1.05)


def rows(path: Path) -> list[tuple[str, str]]:
    with Project.open(path) as project:
        return [(s.target, str(s.status)) for s in project.segments()]


def test_the_reviewers_copy_takes_what_the_translator_confirmed(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    vera = clone_project(anna, tmp_path / "vera", "vera")
    drafts = rows(vera)
    a_second_later()
    with Project.open(anna) as project:
        ids = [s.id for s in project.segments()]
        editing.confirm(project, ids[0])
        editing.set_target(project, ids[1], FIXED)
        editing.confirm(project, ids[1])
        editing.confirm(project, ids[3])
    sync(runner, anna)
    a_second_later()
    with Project.open(vera) as project:  # vera's own edit of segment 4, after anna confirmed it
        editing.set_target(project, ids[3], "Партия поддерживала клубы.")

    taken = sync(runner, vera)
    assert taken["taken"] == {"segments": 2, "from": ["anna"]}
    now = rows(vera)
    assert now[0] == (drafts[0][0], "translated")
    assert now[1] == (FIXED, "translated")
    assert now[2] == drafts[2]
    assert now[3] == ("Партия поддерживала клубы.", "draft")  # hers is newer: it stands
    assert sync(runner, vera)["taken"] == {"segments": 0, "from": []}  # nothing new, nothing read again
    text = runner.invoke(main, ["team", "sync", str(vera)]).output
    assert "took" in text and "confirmed by" not in text

    with Project.open(vera) as project:  # one undo step, named
        [latest] = editing.history(project, limit=1)
        assert latest.action == "team-take" and latest.segments == 2
        editing.undo(project, across_sessions=True)
    assert rows(vera)[:2] == drafts[:2]
    sync(runner, vera)  # the undone take is not sent as vera's: the server keeps anna's units
    sync(runner, anna)
    assert rows(anna)[1] == (FIXED, "translated")


def test_a_rejected_segment_is_fixed_in_the_reviewers_copy_too(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    vera = clone_project(anna, tmp_path / "vera", "vera")
    a_second_later()
    with Project.open(anna) as project:
        ids = [s.id for s in project.segments()]
        editing.confirm(project, ids[1])
    sync(runner, anna)
    sync(runner, vera)
    assert runner.invoke(main, ["reject", str(vera), "2", "Say why they were closed."]).exit_code == 0
    sync(runner, vera)
    sync(runner, anna)
    a_second_later()
    with Project.open(anna) as project:
        editing.set_target(project, ids[1], FIXED)
        editing.confirm(project, ids[1])
    sync(runner, anna)
    taken = sync(runner, vera)
    assert taken["taken"] == {"segments": 1, "from": ["anna"]}
    assert rows(vera)[1] == (FIXED, "translated")
    status = json.loads(runner.invoke(main, ["status", str(vera), "--format", "json"]).output)
    assert status["rejected"] == []


async def test_the_tuis_sync_shows_the_translators_work_in_the_reviewers_editor(tmp_path: Path, team_url: str) -> None:
    """vera's editor open at 80x24: anna confirms two segments in her copy and syncs; vera's own
    sync (the TUI's, every 15 seconds) puts them in her grid and editor, says who confirmed
    them, and ctrl+z in the list takes them back as one step. The write is the app's own: the
    watch does not call it another program's."""
    from team_helpers import wait_for

    from workbench.tui.app import make_app

    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    vera = clone_project(anna, tmp_path / "vera", "vera")
    drafts = rows(vera)
    a_second_later()
    with Project.open(anna) as project:
        ids = [s.id for s in project.segments()]
        editing.set_target(project, ids[1], FIXED)
        editing.confirm(project, ids[1])
        editing.confirm(project, ids[2])
    runner = CliRunner()
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    app = make_app(vera)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(app, pilot, "Team server connected")
        await pilot.press("f4")
        for _ in range(100):
            if app.store.loaded and app.store.segments[1].target == FIXED:
                break
            await pilot.pause(0.1)
        assert [s.target for s in app.store.segments[1:3]] == [FIXED, drafts[2][0]]
        assert [str(s.status) for s in app.store.segments[1:3]] == ["translated", "translated"]
        said = [str(n.message) for n in app._notifications]
        assert "Took 2 segments confirmed by anna (ctrl+z in the list undoes it)." in said
        assert not app.check_outside_changes()
        assert not [m for m in said if "another program" in m]
        app.screen.grid.move_to(1)
        await pilot.pause(0.2)
        assert app.screen.editor.text == FIXED
        await pilot.press("ctrl+z")
        await pilot.pause(0.2)
        assert rows(vera)[1:3] == drafts[1:3]
        assert app.store.segments[1].target == drafts[1][0]
