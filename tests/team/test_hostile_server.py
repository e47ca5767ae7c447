"""What another member (or anyone holding the team login) can put on the team server, read by everyone.

The server's columns are typed by PostgreSQL, but a concept is JSON (`concepts.data`) and every
member's `team sync` pulls it into the local termbase; a unit's text is shown by every lookup.
Written with `psql`'s rights, as a hostile member would (hardening, round ten).
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from team_helpers import confirm_all, make_team_project

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


ALTERED_VERSIONS = {
    "version-of-text": ("alter table concepts alter column version type text", "'x'"),
    "version-past-sqlite": ("alter table concepts alter column version type numeric", "1e300"),
    "version-a-fraction": ("alter table concepts alter column version type numeric", "1.5"),
    "version-negative": (None, "-3"),
}


@pytest.mark.parametrize("altered", sorted(ALTERED_VERSIONS))
def test_a_concept_version_of_another_type_on_the_server_is_one_line(tmp_path: Path, team_url: str, runner: CliRunner,
                                                                     altered: str) -> None:
    """The schema `team init` makes types the version, but the team's login may alter the table (hardening, round
    fifteen): text ended `team sync` in a ValueError traceback, 1e300 in an OverflowError writing it to team.db."""
    project = make_team_project(tmp_path / "anna", team_url, "anna")
    assert runner.invoke(main, ["team", "sync", str(project)]).exit_code == 0
    alter, version = ALTERED_VERSIONS[altered]
    with psycopg.connect(team_url) as conn:
        if alter:
            conn.execute(alter)
        conn.execute("insert into concepts (id, version, data, changed_by) values ('c9', " + version + ", "
                     "'{\"id\": \"c9\", \"terms\": [{\"text\": \"hall\", \"lang\": \"en\", \"status\": \"preferred\"}]}'::jsonb, 'mallory')")
    result = runner.invoke(main, ["team", "sync", str(project)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1, result.output
    assert "concept c9" in result.stderr and "version" in result.stderr, result.stderr
    with Termbase(project / TERMBASE_FILE) as termbase:
        assert termbase.get("c9") is None


def test_a_team_of_thousands_of_concepts_is_taken_at_once(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    """A member joining a team whose termbase has thousands of concepts: each was taken in two transactions of
    its own (the termbase's, team.db's), 12 ms a concept on this disk, so 5,000 took 61 s (hardening, round
    fifteen). Batched, the 4,000 here take about 2 s; every one is kept, and a second sync takes none again."""
    project = make_team_project(tmp_path / "anna", team_url, "anna")
    with psycopg.connect(team_url) as conn:
        conn.execute("insert into concepts (id, version, data, changed_by) select 'x' || g, 1, "
                     "('{\"id\": \"x' || g || '\", \"terms\": [{\"text\": \"word' || g || '\", \"lang\": \"en\", "
                     "\"status\": \"preferred\"}]}')::jsonb, 'boris' from generate_series(1, 4000) g")
    started = time.monotonic()
    result = runner.invoke(main, ["team", "sync", str(project)])
    took = time.monotonic() - started
    assert result.exit_code == 0, result.output
    assert "took 4000 concepts" in result.output, result.output
    assert took < 20, f"{took:.1f} s"
    with Termbase(project / TERMBASE_FILE) as termbase:
        assert len(termbase.concepts()) == 4000 and termbase.get("x1234") is not None
    again = runner.invoke(main, ["team", "sync", str(project)])
    assert again.exit_code == 0 and "took 0 concepts" in again.output, again.output


def test_a_term_of_fifty_megabytes_on_the_server_is_one_line(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    """A term nothing bounded: pulled into every member's termbase, it made each `check` take 63 s instead of 7
    (hardening, round fifteen). Refused at the pull, naming the concept; nothing of the sync's pull is kept."""
    project = make_team_project(tmp_path / "anna", team_url, "anna")
    with psycopg.connect(team_url) as conn:
        conn.execute("insert into concepts (id, version, data, changed_by) values ('c8', 1, "
                     "'{\"id\": \"c8\", \"terms\": [{\"text\": \"hall\", \"lang\": \"en\", \"status\": \"preferred\"}]}'::jsonb, 'boris')")
        conn.execute("insert into concepts (id, version, data, changed_by) values ('c9', 1, ('{\"id\": \"c9\", \"terms\": "
                     "[{\"text\": \"' || repeat('a', 50000000) || '\", \"lang\": \"en\", \"status\": \"preferred\"}]}')::jsonb, 'mallory')")
    result = runner.invoke(main, ["team", "sync", str(project)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1, result.output
    assert "concept c9: a term is 50,000,000 characters long (at most 1,000)" in result.stderr, result.stderr
    with Termbase(project / TERMBASE_FILE) as termbase:
        assert termbase.concepts() == []


def test_a_unit_longer_than_any_segment_on_the_server_is_no_match(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    """A unit no workbench writes (an import leaves out a side over 50,000 characters), put on the server
    by anyone holding the login: one of 5,000,000 characters made each lookup of its source 6 s slower
    and each search finding it 7 s (hardening, round eighteen). Lookups and searches pass it over."""
    from workbench.core.project import MAX_SEGMENT_CHARS

    project = make_team_project(tmp_path / "anna", team_url, "anna")
    confirm_all(project)
    assert runner.invoke(main, ["team", "sync", str(project)]).exit_code == 0
    source = "The workers' club opened in 1923."
    with psycopg.connect(team_url) as conn:
        memory_id, key = conn.execute("select memory_id, source_key from units where source = %s", (source,)).fetchone()
        for unit_source, target in ((source, "К" * (MAX_SEGMENT_CHARS + 1)),
                                    (f"{source} {'x' * MAX_SEGMENT_CHARS}", "Клуб.")):
            conn.execute("insert into units (memory_id, source, target, source_key, changed_by) values (%s, %s, %s, %s, 'mallory')",
                         (memory_id, unit_source, target, key))
    lookup = runner.invoke(main, ["memory", "lookup", str(project), source, "--format", "json"])
    assert lookup.exit_code == 0, lookup.output
    assert [m["target"] for m in json.loads(lookup.stdout)] == ["Рабочий клуб открылся в 1923 году."]
    search = runner.invoke(main, ["memory", "search", str(project), "workers' club", "--format", "json"])
    assert search.exit_code == 0, search.output
    hits = json.loads(search.stdout)
    assert hits and all(len(h["source"]) + len(h["target"]) < 200 for h in hits), [h["source"][:50] for h in hits]
