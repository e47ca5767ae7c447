"""The reviewer's word reaches the translators: verdicts and comments through the team server.

A team's day (usersweep16): vera, reviewing on her copy of the folder, sent segments back and
commented on them, and anna never saw it - comments and statuses stayed in each copy's
`project.db`. The server now keeps each segment's verdict and comments, keyed by the document
and the source text (`team.reviews`); `team sync` takes them into every copy, and anna's fix
and re-confirmation clears the rejection there. A real PostgreSQL server, real folders, the CLI.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from team_helpers import clone_project, make_team_project

from workbench.cli import main
from workbench.core import editing
from workbench.core.project import Project

REASON = "«Рабочий клуб» here is the club's name: capitalise it as in the title."
FIX = "«Рабочий клуб» открылся в 1923 году."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def sync(runner: CliRunner, path: Path) -> dict[str, object]:
    result = runner.invoke(main, ["team", "sync", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


def status(runner: CliRunner, path: Path) -> dict[str, object]:
    result = runner.invoke(main, ["status", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)  # type: ignore[no-any-return]


def server_review(url: str) -> list[tuple[str, str]]:
    with psycopg.connect(url) as conn:
        return [(r[0], r[1]) for r in conn.execute("select verdict, member from segment_reviews order by seq")]


def a_team(tmp_path: Path, url: str) -> tuple[Path, Path]:
    anna = make_team_project(tmp_path / "anna", url, "anna")
    vera = clone_project(anna, tmp_path / "vera", "vera")
    return anna, vera


def test_a_rejection_and_its_reason_reach_the_translator_and_her_fix_clears_it(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna, vera = a_team(tmp_path, team_url)
    rejected = runner.invoke(main, ["reject", str(vera), "1", REASON])
    assert rejected.exit_code == 0, rejected.output
    assert "segment 1: rejected by vera" in rejected.output
    assert status(runner, anna)["rejected"] == []  # nothing travels before a sync
    sync(runner, vera)
    assert server_review(team_url) == [("rejected", "vera")]
    taken = sync(runner, anna)
    assert taken["reviews"] == {"verdicts": 1, "comments": 1, "unplaced": 0}

    seen = status(runner, anna)
    assert seen["segments"]["rejected"] == 1  # type: ignore[index]
    [item] = seen["rejected"]  # type: ignore[misc]
    assert (item["segment"], item["by"]) == (1, "vera")
    assert item["comments"] == [{"author": "vera", "text": REASON, "at": item["comments"][0]["at"]}]
    listed = runner.invoke(main, ["segments", str(anna), "--rejected", "--format", "json"])
    assert [(s["position"], s["verdict"]["by"]) for s in json.loads(listed.output)] == [(1, "vera")]
    text = runner.invoke(main, ["status", str(anna)]).output
    assert "rejected: segment 1 by vera" in text and "capitalise" in text

    with Project.open(anna) as project:
        first = project.segments()[0].id
        editing.set_target(project, first, FIX)
        editing.confirm(project, first)
    assert status(runner, anna)["rejected"] == []  # answered at once, before any sync
    sync(runner, anna)
    assert server_review(team_url)[-1] == ("cleared", "anna")
    assert sync(runner, vera)["reviews"]["verdicts"] == 1  # type: ignore[index]
    assert status(runner, vera)["rejected"] == []
    assert json.loads(runner.invoke(main, ["segments", str(vera), "--rejected", "--format", "json"]).output) == []


def test_a_comment_resolved_by_the_translator_is_resolved_for_the_reviewer(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna, vera = a_team(tmp_path, team_url)
    assert runner.invoke(main, ["comment", "add", str(vera), "2", "Which year?"]).exit_code == 0
    sync(runner, vera)
    sync(runner, anna)
    comments = json.loads(runner.invoke(main, ["comment", "list", str(anna), "--format", "json"]).output)
    assert [(c["segment"], c["author"], c["text"], c["open"]) for c in comments] == [(2, "vera", "Which year?", True)]
    assert runner.invoke(main, ["comment", "resolve", str(anna), str(comments[0]["id"]), "--by", "anna"]).exit_code == 0
    sync(runner, anna)
    sync(runner, vera)
    again = json.loads(runner.invoke(main, ["comment", "list", str(vera), "--format", "json"]).output)
    assert [(c["text"], c["open"], c["resolved_by"]) for c in again] == [("Which year?", False, "anna")]
    sync(runner, anna)  # nothing new comes back, nothing is doubled
    assert len(json.loads(runner.invoke(main, ["comment", "list", str(anna), "--format", "json"]).output)) == 1


def test_a_rejection_made_offline_is_queued_and_sent_later(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna, vera = a_team(tmp_path, team_url)
    with Project.open(vera) as project:
        team = dict(project.config.team)
        project.save_config(replace(project.config, team=dict(team, database="postgresql://workbench@127.0.0.1:1/none")))
    assert runner.invoke(main, ["reject", str(vera), "3", "Too literal."]).exit_code == 0
    offline = runner.invoke(main, ["team", "sync", str(vera), "--format", "json"])
    assert offline.exit_code == 1
    assert json.loads(offline.output)["queued"] == 2  # the verdict and its comment
    with Project.open(vera) as project:
        project.save_config(replace(project.config, team=team))
    assert sync(runner, vera)["queued"] == 0
    sync(runner, anna)
    assert [item["segment"] for item in status(runner, anna)["rejected"]] == [3]  # type: ignore[union-attr]


def test_a_review_lands_on_its_sentence_after_the_translator_merged_others(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    """Keyed by the document and the source text, not the segment id: anna merged segments 1 and 2
    in her copy, so vera's segment 4 is anna's 3; the rejection lands on that sentence."""
    anna, vera = a_team(tmp_path, team_url)
    with Project.open(vera) as project:
        source = project.segments()[3].source
    with Project.open(anna) as project:
        editing.merge_next(project, project.segments()[0].id)
    assert runner.invoke(main, ["reject", str(vera), "4", "Party: which one?"]).exit_code == 0
    sync(runner, vera)
    sync(runner, anna)
    [item] = status(runner, anna)["rejected"]  # type: ignore[misc]
    with Project.open(anna) as project:
        assert project.segment(item["id"]).source == source
    assert item["segment"] == 3


def test_withdrawing_a_rejection_reaches_the_translator(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna, vera = a_team(tmp_path, team_url)
    assert runner.invoke(main, ["reject", str(vera), "5"]).exit_code == 0
    sync(runner, vera)
    sync(runner, anna)
    assert len(status(runner, anna)["rejected"]) == 1  # type: ignore[arg-type]
    assert runner.invoke(main, ["reject", str(vera), "5", "--withdraw"]).exit_code == 0
    again = runner.invoke(main, ["reject", str(vera), "5", "--withdraw"])
    assert again.exit_code == 2 and "segment 5 is not rejected" in again.output
    sync(runner, vera)
    sync(runner, anna)
    assert status(runner, anna)["rejected"] == []


def test_what_another_program_wrote_in_the_review_tables_is_data(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    """Anyone holding the team's login can write the tables (`psql`): a verdict workbench does not
    give is left out, terminal control in a comment is removed, and `team sync` says no traceback."""
    from workbench.core.team.reviews import segment_keys

    anna, _ = a_team(tmp_path, team_url)
    with Project.open(anna) as project:
        document, digest, occurrence = segment_keys(project)[project.segments()[1].id]
    with psycopg.connect(team_url) as conn:
        conn.execute("insert into segment_reviews values ('clubs', %s, %s, %s, 'approved!', '', 'mallory', '2026-12-05T10:00:00Z', "
                     "nextval('review_seq'))", (document, digest, occurrence))
        conn.execute("insert into review_comments values ('x1', 'clubs', %s, %s, %s, 'mallory', %s, '2026-12-05T10:00:00Z', null, null, "
                     "nextval('review_seq'))", (document, digest, occurrence, "clear\x1b[2J the screen"))
    assert sync(runner, anna)["reviews"] == {"verdicts": 0, "comments": 1, "unplaced": 0}
    assert status(runner, anna)["rejected"] == []
    [comment] = json.loads(runner.invoke(main, ["comment", "list", str(anna), "--format", "json"]).output)
    assert "\x1b" not in comment["text"] and comment["author"] == "mallory"
