"""What another member (or anyone holding the team login) can put on the team server, read by everyone.

The server's columns are typed by PostgreSQL, but a concept is JSON (`concepts.data`) and every
member's `team sync` pulls it into the local termbase; a unit's text is shown by every lookup.
Written with `psql`'s rights, as a hostile member would (hardening, round ten).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from team_helpers import make_team_project

from termbase.store import Termbase
from workbench.cli import main
from workbench.core.terminology import TERMBASE_FILE

SHAPES = {
    "a-list": "[1, 2]",
    "terms-not-a-list": '{"id": "c9", "terms": 5}',
    "term-text-a-number": '{"id": "c9", "terms": [{"text": 5, "lang": "en", "status": "preferred"}]}',
    "unknown-status": '{"id": "c9", "terms": [{"text": "club", "lang": "en", "status": "done"}]}',
    "no-id": '{"terms": []}',
    "term-with-control": '{"id": "c9", "terms": [{"text": "club\\u001b[2J", "lang": "en", "status": "preferred"}]}',
    "deep": '{"id": "c9", "terms": ' + "[" * 5000 + "]" * 5000 + "}",
    "naming-another-concept": '{"id": "c1", "terms": [{"text": "club", "lang": "en", "status": "preferred"}]}',
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_concept_of_another_shape_on_the_server_is_one_line(tmp_path: Path, team_url: str, runner: CliRunner, shape: str) -> None:
    project = make_team_project(tmp_path / "anna", team_url, "anna")
    assert runner.invoke(main, ["term", "add", str(project), "--source", "reader", "--target", "читатель"]).exit_code == 0
    assert runner.invoke(main, ["team", "sync", str(project)]).exit_code == 0
    with Termbase(project / TERMBASE_FILE) as termbase:
        before = termbase.concepts()
    with psycopg.connect(team_url) as conn:
        conn.execute("insert into concepts (id, version, data, changed_by) values ('c9', 1, %s::jsonb, 'mallory')", (SHAPES[shape],))
    result = runner.invoke(main, ["team", "sync", str(project)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1 and "concept c9" in result.stderr, result.stderr
    with Termbase(project / TERMBASE_FILE) as termbase:
        assert termbase.concepts() == before


QUEUED = {"id": 1, "source": "The hall.", "target": "Зал.", "status": "translated", "confidence": None, "changed": "2026-01-01T00:00:00Z"}
TEAM_DB_ROWS = {
    "payload-a-list": ("insert into outbox(op_id, kind, key, payload, created) values ('op-1', 'segment', '1', '[1]', '2026')",
                       "the payload of outbox row"),
    "payload-nested": ("insert into outbox(op_id, kind, key, payload, created) values ('op-1', 'segment', '1', '"
                       + "[" * 5000 + "', '2026')", "the payload of outbox row"),
    "kind-unknown": ("insert into outbox(op_id, kind, key, payload, created) values ('op-1', 'memory', '1', '{}', '2026')",
                     "the kind of outbox row"),
    "conflict-not-json": ("insert into conflicts values ('c1', 'mine', 1, x'00ff', 2, 'boris', '2026', 'm')",
                          "the mine of conflicts row c1"),
}


@pytest.mark.parametrize(("row", "command"), [*((row, "sync") for row in sorted(TEAM_DB_ROWS)), ("conflict-not-json", "status")])
def test_a_received_team_db_of_other_rows_is_one_line(tmp_path: Path, team_url: str, runner: CliRunner, row: str, command: str) -> None:
    """A project's team.db travels with it: `sync` reads its queue and conflicts, `status` its conflicts."""
    project = make_team_project(tmp_path / "anna", team_url, "anna")
    assert runner.invoke(main, ["team", "sync", str(project)]).exit_code == 0
    statement, expected = TEAM_DB_ROWS[row]
    conn = sqlite3.connect(project / "team.db", isolation_level=None)
    conn.execute(statement)
    conn.close()
    result = runner.invoke(main, ["team", command, str(project)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1, result.output
    assert expected in result.stderr and "was written by another program" in result.stderr, result.stderr
