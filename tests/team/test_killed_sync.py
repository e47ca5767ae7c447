"""`team sync` killed (SIGKILL) while it writes the team's verdicts into the project (hardening, round 23).

The verdicts are written in one transaction, and the server's `seq` read is recorded in
`team.db` only after it commits: killed inside, the project holds what it held, and the next
sync takes the same verdicts again, none lost.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from team_helpers import clone_project, make_team_project

from tests.hostile.project_state import database_digest
from tests.hostile.test_killed_writers import killed_inside
from workbench.cli import main


def test_a_sync_killed_while_it_takes_verdicts_loses_none(tmp_path: Path, team_url: str) -> None:
    runner = CliRunner()
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    vera = clone_project(anna, tmp_path / "vera", "vera")
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    for position in ("1", "2", "3"):
        assert runner.invoke(main, ["reject", str(vera), position, "Capitalise the club's name."]).exit_code == 0
    assert runner.invoke(main, ["team", "sync", str(vera)]).exit_code == 0
    before = database_digest(anna / "project.db")
    killed_inside("workbench.core.team.reviews:record_verdict", 2, "team", "sync", str(anna))
    assert database_digest(anna / "project.db") == before
    again = runner.invoke(main, ["team", "sync", str(anna), "--format", "json"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.output)["reviews"]["verdicts"] == 3
    listed = json.loads(runner.invoke(main, ["status", str(anna), "--format", "json"]).output)
    assert sorted(item["segment"] for item in listed["rejected"]) == [1, 2, 3]
