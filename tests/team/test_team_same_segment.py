"""Two translators confirming one segment differently: a conflict with both texts, never a silent overwrite.

A team's day (session 28): anna and boris, on copies of one folder, both confirmed segment 9; the
server kept boris's (the later) and anna's confirmed translation left the shared memory unsaid,
nobody told. The server now refuses a confirmed write over a teammate's other translation made
without it; the writer is shown both texts and who wrote theirs, until `team resolve --segment`.
A real PostgreSQL server, real folders, the real CLI and the TUI under Pilot at 80x24.
"""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
from click.testing import CliRunner
from team_helpers import clone_project, make_team_project, wait_for

from workbench.cli import main
from workbench.core import editing
from workbench.core.project import Project
from workbench.core.team import TeamMemory
from workbench.tui.app import make_app

ANNA = "Рабочий клуб открыли в 1923 году."
BORIS = "Клуб рабочих открылся в 1923 году."


def confirm_as(path: Path, segment_id: int, text: str) -> None:
    with Project.open(path) as project:
        editing.set_target(project, segment_id, text)
        editing.confirm(project, segment_id)


def server_unit(url: str, segment_id: int) -> tuple[str, str] | None:
    """(target, changed_by) of the project memory's unit of `segment_id`."""
    with psycopg.connect(url) as conn:
        row = conn.execute("select target, changed_by from units where segment_id = %s", (segment_id,)).fetchone()
    return None if row is None else (row[0], row[1])


def two_translators(tmp_path: Path, url: str, runner: CliRunner) -> tuple[Path, Path, int]:
    """anna confirms segment 1 and syncs; boris, on his copy, confirms it otherwise."""
    anna = make_team_project(tmp_path / "anna", url, "anna")
    boris = clone_project(anna, tmp_path / "boris", "boris")
    with Project.open(anna) as project:
        first = project.segments()[0].id
    confirm_as(anna, first, ANNA)
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    confirm_as(boris, first, BORIS)
    return anna, boris, first


def test_a_teammates_translation_of_my_segment_is_offered_my_own_is_not(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    """The editor leaves out the segment's own unit; a teammate's unit of that segment was left out
    as such, so boris never saw anna's translation of the segment he was on."""
    anna, boris, first = two_translators(tmp_path, team_url, runner)
    with Project.open(anna) as project:
        source = project.segment(first).source
    with Project.open(boris) as project, TeamMemory.for_project(project) as memory:
        offered = memory.lookup(source, exclude_segment=first)
    assert [(m.target, m.author) for m in offered] == [(ANNA, "anna")]
    with Project.open(anna) as project, TeamMemory.for_project(project) as memory:
        assert memory.lookup(source, exclude_segment=first) == []


def test_the_second_confirmation_is_a_conflict_showing_both_texts(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    _, boris, first = two_translators(tmp_path, team_url, runner)
    result = runner.invoke(main, ["team", "sync", str(boris)])
    assert result.exit_code == 1
    assert f"segment {first}: anna confirmed another translation" in result.output
    assert ANNA in result.output and BORIS in result.output
    assert "--segment N --keep mine|theirs" in result.output
    assert server_unit(team_url, first) == (ANNA, "anna")  # anna's work stands
    status = runner.invoke(main, ["team", "status", str(boris), "--format", "json"])
    held = json.loads(status.output)["segment_conflicts"]
    assert held == [{"segment": first, "yours": BORIS, "theirs": ANNA, "by": "anna", "at": held[0]["at"]}]
    assert held[0]["at"].startswith("20")
    text = runner.invoke(main, ["team", "status", str(boris)]).output
    assert "team resolve" in text and ANNA in text
    # the conflict stands: every sync says so until it is resolved
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 1


def test_keeping_mine_sends_it_over_theirs(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    _, boris, first = two_translators(tmp_path, team_url, runner)
    runner.invoke(main, ["team", "sync", str(boris)])
    result = runner.invoke(main, ["team", "resolve", str(boris), "--segment", str(first), "--keep", "mine"])
    assert result.exit_code == 0, result.output
    assert server_unit(team_url, first) == (BORIS, "boris")
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 0


def test_keeping_theirs_puts_their_text_in_my_segment(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    _, boris, first = two_translators(tmp_path, team_url, runner)
    runner.invoke(main, ["team", "sync", str(boris)])
    result = runner.invoke(main, ["team", "resolve", str(boris), "--segment", str(first), "--keep", "theirs"])
    assert result.exit_code == 0, result.output
    with Project.open(boris) as project:
        segment = project.segment(first)
        assert segment.target == ANNA and segment.status.confirmed
    assert server_unit(team_url, first) == (ANNA, "anna")
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 0


def test_withdrawing_my_confirmation_leaves_a_teammates_unit(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna, boris, first = two_translators(tmp_path, team_url, runner)
    runner.invoke(main, ["team", "resolve", str(boris), "--segment", str(first), "--keep", "mine"])
    runner.invoke(main, ["team", "sync", str(boris)])
    runner.invoke(main, ["team", "resolve", str(boris), "--segment", str(first), "--keep", "mine"])
    assert server_unit(team_url, first) == (BORIS, "boris")
    confirm_as(anna, first, ANNA + " ")  # anna's copy confirms again: hers now meets boris's
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 1
    assert runner.invoke(main, ["team", "resolve", str(anna), "--segment", str(first), "--keep", "mine"]).exit_code == 0
    with Project.open(boris) as project:
        editing.set_target(project, first, "")  # boris wipes his target: his segment is a draft again
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 0
    assert server_unit(team_url, first) == (ANNA + " ", "anna")


def test_resolve_names_a_concept_or_a_segment(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    for args in (["--keep", "mine"], ["c1", "--segment", "1", "--keep", "mine"]):
        result = runner.invoke(main, ["team", "resolve", str(anna), *args])
        assert result.exit_code == 2 and "CONCEPT or --segment N" in result.output, result.output
    result = runner.invoke(main, ["team", "resolve", str(anna), "--segment", "1", "--keep", "theirs"])
    assert result.exit_code == 2 and "no conflict on segment 1" in result.output


async def test_the_tui_says_a_teammate_confirmed_another_translation(tmp_path: Path, team_url: str) -> None:
    runner = CliRunner()
    _, boris, _first = two_translators(tmp_path, team_url, runner)
    app = make_app(boris)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(app, pilot, "1 segment conflict to resolve")
        assert any("--segment N --keep mine|theirs" in str(n.message) for n in app._notifications)
        await pilot.pause()
        assert str(app.screen.query_one("#mode-bar-team").content) == "1 conflict"
