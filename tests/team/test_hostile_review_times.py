"""A verdict or comment written straight into the team server with a time of its own (hardening, round 23).

A rejection stands until the translator confirms the segment after it (`verdicts.answered`
compares the times as text). Mallory, holding the team login, wrote a rejection timed
"9999-12-31T23:59:59Z", or "~" (after every date as text): no confirmation ever answered it,
and every member's copy showed the segment rejected for good; a time that is no time was
shown as given. A verdict or comment whose time is not ISO 8601 UTC to the second, or lies
more than a day past the reader's clock, is left out as a verdict workbench does not give is.
"""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from team_helpers import make_team_project

from workbench.cli import main
from workbench.core import editing
from workbench.core.project import Project
from workbench.core.team.reviews import segment_keys


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _sync(runner: CliRunner, path: Path) -> dict[str, object]:
    result = runner.invoke(main, ["team", "sync", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


def _rejected(runner: CliRunner, path: Path) -> list[object]:
    result = runner.invoke(main, ["status", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return list(json.loads(result.output)["rejected"])


TIMES = ["9999-12-31T23:59:59Z", "~", "2026-13-45T99:99:99Z", "", "\u009b2J", "2999-01-01T00:00:00Z"]


@pytest.mark.parametrize("at", TIMES)
def test_a_rejection_timed_by_mallory_is_left_out(tmp_path: Path, team_url: str, runner: CliRunner, at: str) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    with Project.open(anna) as project:
        first = project.segments()[0].id
        document, digest, occurrence = segment_keys(project)[first]
    with psycopg.connect(team_url) as conn:
        conn.execute("insert into segment_reviews values ('clubs', %s, %s, %s, 'rejected', 'Зал.', 'mallory', %s, "
                     "nextval('review_seq'))", (document, digest, occurrence, at))
        conn.execute("insert into review_comments values ('m1', 'clubs', %s, %s, %s, 'mallory', 'Wrong.', %s, null, null, "
                     "nextval('review_seq'))", (document, digest, occurrence, at))
    taken = _sync(runner, anna)
    assert taken["reviews"] == {"verdicts": 0, "comments": 0, "unplaced": 0}, taken
    assert _rejected(runner, anna) == []
    with Project.open(anna) as project:
        editing.confirm(project, first)
    assert _rejected(runner, anna) == []


def test_a_rejection_timed_in_this_hour_stands_until_answered(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    """A reviewer's clock a few minutes ahead of the translator's is no attack: her rejection is taken."""
    from datetime import UTC, datetime, timedelta

    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    with Project.open(anna) as project:
        first = project.segments()[0].id
        document, digest, occurrence = segment_keys(project)[first]
    ahead = (datetime.now(UTC) + timedelta(minutes=5)).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    with psycopg.connect(team_url) as conn:
        conn.execute("insert into segment_reviews values ('clubs', %s, %s, %s, 'rejected', 'x', 'vera', %s, "
                     "nextval('review_seq'))", (document, digest, occurrence, ahead))
    assert _sync(runner, anna)["reviews"] == {"verdicts": 1, "comments": 0, "unplaced": 0}
    assert len(_rejected(runner, anna)) == 1


def test_a_rejection_timed_by_mallory_does_not_hold_the_segment_on_the_server(
    tmp_path: Path, team_url: str, runner: CliRunner
) -> None:
    """The server keeps the latest verdict of a segment (an older one never replaces it): a
    row timed "9999-12-31T23:59:59Z" kept every reviewer's real verdict off the server."""
    from team_helpers import clone_project

    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    vera = clone_project(anna, tmp_path / "vera", "vera")
    with Project.open(anna) as project:
        document, digest, occurrence = segment_keys(project)[project.segments()[0].id]
    with psycopg.connect(team_url) as conn:
        conn.execute("insert into segment_reviews values ('clubs', %s, %s, %s, 'reviewed', 'Зал.', 'mallory', "
                     "'9999-12-31T23:59:59Z', nextval('review_seq'))", (document, digest, occurrence))
    assert runner.invoke(main, ["reject", str(vera), "1", "Capitalise the club's name."]).exit_code == 0
    _sync(runner, vera)
    assert _sync(runner, anna)["reviews"]["verdicts"] == 1  # type: ignore[index]
    [rejection] = _rejected(runner, anna)
    assert rejection["by"] == "vera"  # type: ignore[index]
