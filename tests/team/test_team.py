"""Team projects against a real PostgreSQL server: schema, shared memory, termbase, offline, faults."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from sqlite_utils import Database
from team_helpers import clone_project, confirm_all, make_team_project

from bench.pg_cluster import Cluster
from bench.tm_corpus import build_corpus
from termbase.model import Concept, Term, TermStatus
from termbase.store import Termbase
from workbench.cli import main
from workbench.core import editing
from workbench.core.memory import TranslationMemory
from workbench.core.project import Project
from workbench.core.team import init_server
from workbench.core.team.schema import MIGRATIONS, applied
from workbench.core.team.session import TeamMemory, TeamState
from workbench.core.team.store import TeamStore, star_queries
from workbench.core.terminology import TERMBASE_FILE
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import write_tmx

FOLDER = "0c1f0b8e-6a8e-4d5e-9a3f-2b7d6c5e4f31"
"""A project folder's identity, for writes made straight through `TeamStore`."""


def server_units(url: str) -> list[tuple[int, str, str, str]]:
    with psycopg.connect(url) as conn:
        return [
            (r[0], r[1], r[2], r[3])
            for r in conn.execute(
                "select u.segment_id, u.target, u.status, u.changed_by from units u join memories m on m.id = u.memory_id "
                "where m.kind = 'project' order by u.segment_id"
            )
        ]


# -- the schema and the connection ---------------------------------------------------------------


def test_init_creates_the_versioned_schema_once(team_url: str, runner: CliRunner) -> None:
    with psycopg.connect(team_url) as conn:
        assert applied(conn) == [m.name for m in MIGRATIONS]
        assert conn.execute("select to_regprocedure('workbench_candidates(tsquery[], integer)') is null").fetchone()[0]
        assert conn.execute("select to_regprocedure('workbench_candidate_sources(tsquery[], integer)') is not null").fetchone()[0]
        assert conn.execute("select to_tsvector('workbench_en', 'The clubs of the workers')").fetchone()[0] == "'club':2 'of':3 'the':1,4 'worker':5"
    assert init_server(team_url) == []
    result = runner.invoke(main, ["team", "init", team_url, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["applied"] == []


def test_a_database_made_by_a_newer_workbench_is_refused(team_url: str, runner: CliRunner) -> None:
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute("insert into workbench_migrations(name) values ('t999_future')")
    result = runner.invoke(main, ["team", "init", team_url])
    assert result.exit_code == 2
    assert "newer workbench" in result.stderr and "Traceback" not in result.output


def test_status_shows_the_connection_queue_and_counts(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    confirm_all(path)
    assert runner.invoke(main, ["team", "sync", str(path)]).exit_code == 0
    result = runner.invoke(main, ["team", "status", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    status = json.loads(result.output)
    assert status["online"] is True and status["queued"] == 0 and status["member"] == "anna"
    assert status["server"] == {"memories": 1, "units": 6, "project_units": 6, "folder_units": 6, "concepts": 0}
    assert "team-secret" not in result.output and status["schema"] == [m.name for m in MIGRATIONS]
    table = runner.invoke(main, ["team", "status", str(path)])
    assert "6 units in 1 memory " in table.output and "connected" in table.output


def test_wrong_password_is_one_line_and_exit_code_2(tmp_path: Path, team_url: str, pgpass: Path, runner: CliRunner) -> None:
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    pgpass.write_text(pgpass.read_text().rsplit(":", 1)[0] + ":not-the-password\n")
    for args in (["team", "status", str(path)], ["memory", "lookup", str(path), "The clubs were closed."], ["team", "init", team_url]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "password authentication failed" in lines[0], lines
        assert "Traceback" not in result.output


def test_a_database_name_with_no_password_line_says_where_libpq_looked(team_url: str, pgpass: Path, runner: CliRunner) -> None:
    """A typo in the URL's database finds no ~/.pgpass line; libpq's "no password supplied" was said as
    a refused login, sending the user to a password that was right (a team's day, session 28)."""
    pgpass.write_text(pgpass.read_text().replace(":*:", f":{team_url.rsplit('/', 1)[1]}:"))
    result = runner.invoke(main, ["team", "init", team_url + "x"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "none was found for this host, port, database and user" in lines[0] and "~/.pgpass" in lines[0], lines
    assert runner.invoke(main, ["team", "init", team_url]).exit_code == 0  # the right name finds its line


def test_a_password_in_project_toml_is_refused(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    with Project.open(path) as project:
        project.save_config(replace(project.config, team={"database": team_url.replace("workbench@", "workbench:secret@")}))
    result = runner.invoke(main, ["team", "status", str(path)])
    assert result.exit_code == 2
    assert "holds a password" in result.stderr and "secret" not in result.stderr


def test_a_libpq_service_name_is_a_database(tmp_path: Path, team_url: str, cluster: Cluster, monkeypatch: pytest.MonkeyPatch, runner: CliRunner) -> None:
    services = tmp_path / "pg_service.conf"
    dbname = team_url.rsplit("/", 1)[1]
    services.write_text(f"[agency]\nhost=127.0.0.1\nport={cluster.port}\nuser=workbench\ndbname={dbname}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    path = make_team_project(tmp_path / "anna", "agency", "anna")
    result = runner.invoke(main, ["team", "status", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["database"] == "service agency"


# -- the shared memory ----------------------------------------------------------------------------


def test_confirmed_segments_go_to_the_server_once_and_follow_edits(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    ids = confirm_all(path)
    assert runner.invoke(main, ["team", "sync", str(path)]).exit_code == 0
    assert [(s, st) for s, _, st, _ in server_units(team_url)] == [(i, "translated") for i in ids]
    assert runner.invoke(main, ["team", "sync", str(path)]).exit_code == 0
    assert len(server_units(team_url)) == len(ids)
    with Project.open(path) as project:
        editing.set_target(project, ids[0], "Клуб рабочих открылся в 1923 году.")
        editing.set_status(project, ids[1], "draft")
    assert runner.invoke(main, ["team", "sync", str(path)]).exit_code == 0
    units = {s: t for s, t, _, _ in server_units(team_url)}
    assert units[ids[0]] == "Клуб рабочих открылся в 1923 году." and ids[1] not in units
    assert len(units) == len(ids) - 1


def test_one_translator_finds_what_another_confirmed(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = clone_project(anna, tmp_path / "boris-proj", "boris")
    confirm_all(anna)
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    result = runner.invoke(main, ["memory", "lookup", str(boris), "The clubs were closed in 1930.", "--format", "json"])
    assert result.exit_code == 0, result.output
    matches = json.loads(result.output)
    assert matches[0]["target"] == "Клубы закрыли в 1929 году." and matches[0]["memory"] == "clubs"
    assert matches[0]["numbers_only_in_text"] == ["1930"]
    found = runner.invoke(main, ["memory", "search", str(boris), "клубов", "--format", "json"])
    assert [h["target"] for h in json.loads(found.output)] == ["Профсоюзы платили за помещения клубов."] or len(json.loads(found.output)) >= 1
    targets = {h["target"] for h in json.loads(found.output)}
    assert "Клубы закрыли в 1929 году." in targets  # "клубов" finds every form of "клуб"


def test_server_lookups_and_concordance_agree_with_the_local_memory(tmp_path: Path, team_url: str) -> None:
    corpus = build_corpus()
    units = list(corpus.units(3000)) + [
        TranslationUnit("The workers' club opened in 1923.", "Рабочий клуб открылся в 1923 году.", "en", "ru"),
        TranslationUnit("The workers' clubs opened in 1924.", "Рабочие клубы открылись в 1924 году.", "en", "ru"),
        TranslationUnit("THE WORKERS' CLUB OPENED IN 1923.", "РАБОЧИЙ КЛУБ ОТКРЫЛСЯ В 1923 ГОДУ.", "en", "ru"),
        TranslationUnit("The workers' club opened in 1923.", "Рабочий клуб открылся в 1923 году.", "en", "ru"),
    ]
    local = TranslationMemory(Database(memory=True))
    local.import_units("synthetic.tmx", units)
    with psycopg.connect(team_url, autocommit=True) as conn:
        store = TeamStore(conn)
        store.import_units("synthetic.tmx", units, source_file=None, member="anna")
        rng = random.Random(7)
        queries = ["The workers' club opened in 1923.", "The workers club opened in 1925!", "Nothing like this at all."]
        for _ in range(60):
            words = units[rng.randrange(len(units))].source.rstrip(".").split()
            words[rng.randrange(len(words))] = rng.choice(corpus.english_words)
            queries.append(" ".join(words) + ".")
        found = 0
        for query in queries:
            for min_score in (50, 60, 70):
                mine = [(m.score, m.source, m.target) for m in local.lookup(query, min_score=min_score, limit=10)]
                theirs = [(m.score, m.source, m.target) for m in store.lookup(query, min_score=min_score, limit=10)]
                assert sorted(theirs) == sorted(mine), query
                found += bool(mine)
        assert found > 60
        searches = ["club", "workers' club", "клубы", "рабочий клуб"] + [rng.choice(corpus.english_words) for _ in range(10)]
        for text in searches:
            # copies of a pair fold alike on both (one hit, its copies counted)
            mine_hits = {(h.source, h.target, h.spans, h.copies) for h in local.search(text, limit=1000)}
            their_hits = {(h.source, h.target, h.spans, h.copies) for h in store.search(text, limit=1000)}
            assert their_hits == mine_hits, text


def test_tmx_imports_into_the_shared_memory(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    tmx = tmp_path / "agency.tmx"
    pairs = [TranslationUnit("The trade union paid the rent.", "Профсоюз платил аренду.", "en", "ru"), TranslationUnit("", "пусто", "en", "ru")]
    write_tmx(tmx, pairs, source_lang="en", target_lang="ru")
    result = runner.invoke(main, ["memory", "import", str(path), str(tmx)])
    assert result.exit_code == 0, result.output
    assert "1 unit," in result.output and "skipped 1" in result.output
    again = runner.invoke(main, ["team", "import", str(path), str(tmx), "--name", "agency.tmx"])
    assert "replaced" in again.output and "skipped 1 without text in both en and ru" in again.output
    # a file of no unit in the project's languages changes no shared memory (user sweep, session 18)
    other = tmp_path / "czech.tmx"
    write_tmx(other, [TranslationUnit("Good day", "Dobrý den", "en", "cs")], source_lang="en", target_lang="cs")
    refused = runner.invoke(main, ["team", "import", str(path), str(other), "--name", "agency.tmx"])
    assert refused.exit_code == 2 and "nothing imported" in refused.stderr, refused.output
    listing = json.loads(runner.invoke(main, ["memory", "list", str(path), "--format", "json"]).output)
    assert {"name": "agency.tmx", "kind": "shared", "units": 1} in [{k: m[k] for k in ("name", "kind", "units")} for m in listing]
    # the server holds it, not this machine's memory.db
    with Project.open(path) as project, TranslationMemory.for_project(project) as local:
        assert [m.name for m in local.memories() if m.kind == "shared"] == []
    boris = clone_project(path, tmp_path / "boris", "boris")
    hit = json.loads(runner.invoke(main, ["memory", "lookup", str(boris), "The trade union paid the rent.", "--format", "json"]).output)
    assert hit[0]["score"] == 100 and hit[0]["memory"] == "agency.tmx"


# -- offline and faults -----------------------------------------------------------------------------


def test_server_stopped_mid_session_queue_drains_when_it_is_back(tmp_path: Path, team_url: str, cluster: Cluster) -> None:
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    with Project.open(path) as project, TeamMemory.for_project(project, retry_after_s=0) as memory:
        memory.sync_project(project)
        segments = project.segments()
        memory.record_segment(segments[0].id, segments[0].source, segments[0].target, "translated")
        assert memory.state() == TeamState(online=True, queued=0, conflicts=0, detail="")
        cluster.stop("fast")
        try:
            for segment in segments[1:4]:
                memory.record_segment(segment.id, segment.source, segment.target + " ", "translated")
            memory.record_segment(segments[1].id, segments[1].source, "Клубы закрыли в 1929-м.", "reviewed")
            state = memory.state()
            assert not state.online and state.queued == 4
            assert "working offline" in state.describe() and "4 changes queued" in state.describe()
            # lookups go on from the local cache
            assert memory.lookup(segments[0].source, min_score=90)[0].target == segments[0].target
        finally:
            cluster.start()
        memory.retry_now()
        memory.flush()
        assert memory.state().online and memory.state().queued == 0
    units = {s: (t, st) for s, t, st, _ in server_units(team_url)}
    assert len(units) == 4 and len(server_units(team_url)) == 4
    assert units[segments[1].id] == ("Клубы закрыли в 1929-м.", "reviewed")  # the last write, in order


def test_a_replayed_write_is_applied_once(team_url: str) -> None:
    segment = {"id": 7, "source": "A club.", "target": "Клуб.", "status": "translated", "confidence": None, "changed": "2026-01-01T00:00:00Z"}
    with psycopg.connect(team_url, autocommit=True) as conn:
        store = TeamStore(conn)
        assert store.apply_segment("6f1c7c52-8f0e-4c53-9b49-3a3c1c1e0a01", "clubs", FOLDER, "anna", segment)
        newer = dict(segment, target="Клуб!", changed="2026-01-02T00:00:00Z")
        assert store.apply_segment("6f1c7c52-8f0e-4c53-9b49-3a3c1c1e0a02", "clubs", FOLDER, "anna", newer)
        # the first write again (its acknowledgement was lost): neither a duplicate nor a step back
        assert not store.apply_segment("6f1c7c52-8f0e-4c53-9b49-3a3c1c1e0a01", "clubs", FOLDER, "anna", segment)
        older = dict(segment, target="Старый клуб.", changed="2025-12-31T00:00:00Z")
        assert store.apply_segment("6f1c7c52-8f0e-4c53-9b49-3a3c1c1e0a03", "clubs", FOLDER, "anna", older)
    assert [(s, t) for s, t, _, _ in server_units(team_url)] == [(7, "Клуб!")]


def test_an_unreachable_server_at_start_is_offline_not_an_error(tmp_path: Path, team_url: str, cluster: Cluster, runner: CliRunner) -> None:
    path = make_team_project(tmp_path / "anna", team_url.replace(f":{cluster.port}/", ":1/"), "anna")
    confirm_all(path)
    result = runner.invoke(main, ["team", "sync", str(path)])
    assert result.exit_code == 1 and "offline: 6 writes queued" in result.output
    lookup = runner.invoke(main, ["memory", "lookup", str(path), "The clubs were closed in 1929.", "--format", "json"])
    assert lookup.exit_code == 0 and json.loads(lookup.output)[0]["memory"] == "project"
    status = json.loads(runner.invoke(main, ["team", "status", str(path), "--format", "json"]).output)
    assert status["online"] is False and status["queued"] == 6 and "unreachable" in status["detail"]


# -- the shared termbase ------------------------------------------------------------------------------


def _edit_concept(path: Path, concept: Concept) -> None:
    with Termbase(path / TERMBASE_FILE) as termbase:
        termbase.put(concept)


def _concept(ru: str, definition: str | None = None) -> Concept:
    return Concept("c1", definition=definition, terms=(Term("workers' club", "en"), Term(ru, "ru", TermStatus.PREFERRED)))


def test_conflicting_concept_edits_are_refused_and_shown(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = clone_project(anna, tmp_path / "boris", "boris")
    _edit_concept(anna, _concept("рабочий клуб"))
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 0
    with Termbase(boris / TERMBASE_FILE) as termbase:
        assert termbase.get("c1") == _concept("рабочий клуб")
    _edit_concept(anna, _concept("клуб рабочих"))
    _edit_concept(boris, _concept("рабочий клуб", definition="A club run by a trade union."))
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    result = runner.invoke(main, ["team", "sync", str(boris)])
    assert result.exit_code == 1
    assert "concept c1: anna changed it" in result.stderr and "клуб рабочих" in result.stderr
    assert "version 2, your edit was made on version 1" in result.stderr
    with psycopg.connect(team_url) as conn:
        version, data, by = conn.execute("select version, data, changed_by from concepts where id = 'c1'").fetchone()
    assert (version, by) == (2, "anna") and data["terms"][1]["text"] == "клуб рабочих"  # boris did not overwrite anna
    with Termbase(boris / TERMBASE_FILE) as termbase:
        assert termbase.get("c1").definition == "A club run by a trade union."  # nor did anna's edit erase boris's
    status = json.loads(runner.invoke(main, ["team", "status", str(boris), "--format", "json"]).output)
    assert len(status["conflicts"]) == 1 and "anna" in status["conflicts"][0]
    assert runner.invoke(main, ["team", "resolve", str(boris), "c1", "--keep", "mine"]).exit_code == 0
    with psycopg.connect(team_url) as conn:
        version, data, by = conn.execute("select version, data, changed_by from concepts where id = 'c1'").fetchone()
    assert (version, by, data["definition"]) == (3, "boris", "A club run by a trade union.")
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    with Termbase(anna / TERMBASE_FILE) as termbase:
        assert termbase.get("c1").definition == "A club run by a trade union."


def test_a_member_holding_the_same_concepts_joins_without_conflicts(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    """A second member whose copy already holds the team's concepts as they are (a shared project
    folder, a client's TBX imported by both) has nothing to resolve at the first sync; a concept
    that differs is still a conflict."""
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    _edit_concept(anna, _concept("рабочий клуб"))
    _edit_concept(anna, replace(_concept("культурная стихийность"), id="c2"))
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    boris = clone_project(anna, tmp_path / "boris", "boris")  # the termbase copied with the folder
    _edit_concept(boris, replace(_concept("стихийность культуры"), id="c2"))
    result = runner.invoke(main, ["team", "sync", str(boris)])
    assert result.exit_code == 1
    assert "concept c2" in result.stderr and "concept c1" not in result.stderr
    status = json.loads(runner.invoke(main, ["team", "status", str(boris), "--format", "json"]).output)
    assert len(status["conflicts"]) == 1
    with psycopg.connect(team_url) as conn:
        rows = conn.execute("select id, version, changed_by from concepts order by id").fetchall()
    assert rows == [("c1", 1, "anna"), ("c2", 1, "anna")]  # nothing rewritten for the same data


def test_a_standing_conflict_fails_every_sync_until_resolved(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    """A CI job or a translator syncing again must not read exit 0 and silence while a concept
    edit is still held back: every sync names the conflict and how to end it."""
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = clone_project(anna, tmp_path / "boris", "boris")
    _edit_concept(anna, _concept("рабочий клуб"))
    runner.invoke(main, ["team", "sync", str(anna)])
    runner.invoke(main, ["team", "sync", str(boris)])
    _edit_concept(anna, _concept("клуб рабочих"))
    runner.invoke(main, ["team", "sync", str(anna)])
    _edit_concept(boris, _concept("рабочий клуб", definition="mine"))
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 1
    again = runner.invoke(main, ["team", "sync", str(boris)])
    assert again.exit_code == 1
    assert "concept c1: anna changed it" in again.stderr and "team resolve" in again.stderr
    report = json.loads(runner.invoke(main, ["team", "sync", str(boris), "--format", "json"]).stdout)
    assert report["conflicts"] == [] and len(report["unresolved"]) == 1 and "anna" in report["unresolved"][0]
    assert "team resolve" in runner.invoke(main, ["team", "status", str(boris)]).stdout
    assert runner.invoke(main, ["team", "resolve", str(boris), "c1", "--keep", "theirs"]).exit_code == 0
    settled = runner.invoke(main, ["team", "sync", str(boris)])
    assert settled.exit_code == 0 and "conflict" not in settled.stderr


def test_resolving_a_conflict_by_taking_theirs(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = clone_project(anna, tmp_path / "boris", "boris")
    _edit_concept(anna, _concept("рабочий клуб"))
    runner.invoke(main, ["team", "sync", str(anna)])
    runner.invoke(main, ["team", "sync", str(boris)])
    _edit_concept(anna, _concept("клуб рабочих"))
    runner.invoke(main, ["team", "sync", str(anna)])
    _edit_concept(boris, _concept("рабочий клуб", definition="mine"))
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 1
    assert runner.invoke(main, ["team", "resolve", str(boris), "c1", "--keep", "theirs"]).exit_code == 0
    with Termbase(boris / TERMBASE_FILE) as termbase:
        assert termbase.get("c1") == _concept("клуб рабочих")
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 0
    with psycopg.connect(team_url) as conn:
        assert conn.execute("select version from concepts where id = 'c1'").fetchone()[0] == 2
    assert runner.invoke(main, ["team", "resolve", str(boris), "c1", "--keep", "theirs"]).exit_code == 2


def test_a_deleted_concept_is_deleted_for_everyone(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = clone_project(anna, tmp_path / "boris", "boris")
    _edit_concept(anna, _concept("рабочий клуб"))
    runner.invoke(main, ["team", "sync", str(anna)])
    runner.invoke(main, ["team", "sync", str(boris)])
    with Termbase(anna / TERMBASE_FILE) as termbase:
        termbase.delete("c1")
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 0
    with Termbase(boris / TERMBASE_FILE) as termbase:
        assert termbase.get("c1") is None


def test_a_write_the_server_rolled_back_is_retried_not_taken_for_an_outage(tmp_path: Path, team_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    real = TeamStore.apply_segment
    calls = []

    def deadlock_once(self: TeamStore, *args: object) -> bool:
        calls.append(args)
        if len(calls) == 1:
            raise psycopg.errors.DeadlockDetected("deadlock detected")
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(TeamStore, "apply_segment", deadlock_once)
    with Project.open(path) as project, TeamMemory.for_project(project) as memory:
        segment = project.segments()[0]
        memory.record_segment(segment.id, segment.source, segment.target, "translated")
        assert memory.state() == TeamState(online=True, queued=0, conflicts=0, detail="")
    assert len(calls) == 2 and len(server_units(team_url)) == 1


def test_pairs_sharing_their_rarer_stem_become_one_index_query() -> None:
    frequencies = {"crave": 3, "jon": 5, "troop": 9, "these": 90}
    groups = [("crave", "jon"), ("crave", "troop"), ("jon", "troop"), ("crave", "these"), ("jon", "these")]
    assert star_queries(groups, frequencies) == [
        "'crave' & ('jon' | 'troop' | 'these')",
        "'jon' & ('troop' | 'these')",
    ]
    assert star_queries([("o'neil",), ("club",)], {"o'neil": 1, "club": 2}) == ["'o''neil'", "'club'"]
    assert star_queries([("these", "jon")], frequencies) == ["'jon' & 'these'"], "the rarer stem drives the scan"


def _fastupdate(conn: psycopg.Connection) -> set[str]:
    rows = conn.execute(
        "select relname, reloptions from pg_class where relname in ('units_source_fts', 'units_target_fts')"
    ).fetchall()
    return {f"{name}: {option}" for name, options in rows for option in options or [] if option.startswith("fastupdate")}


def test_units_go_into_the_full_text_indexes_directly_and_imports_merge_theirs(team_url: str, cluster: Cluster) -> None:
    """No pending list for every lookup to read (t003); a bulk import, by the indexes' owner or by
    another member, loads and leaves them so."""
    direct = {"units_source_fts: fastupdate=off", "units_target_fts: fastupdate=off"}
    units = [TranslationUnit(f"The club opened in {1900 + i}.", f"Клуб открылся в {1900 + i} году.", "en", "ru") for i in range(50)]
    database = team_url.rsplit("/", 1)[1]
    with psycopg.connect(team_url, autocommit=True) as conn:
        assert _fastupdate(conn) == direct
        assert TeamStore(conn).import_units("owner.tmx", units, source_file=None, member="anna")[0] == 50
        assert _fastupdate(conn) == direct
        conn.execute("create role member_role login password 'member-secret'")
        conn.execute("grant select, insert, update, delete on all tables in schema public to member_role")
        conn.execute("grant usage, select on all sequences in schema public to member_role")
    member_url = f"postgresql://member_role:member-secret@127.0.0.1:{cluster.port}/{database}"
    try:
        with psycopg.connect(member_url, autocommit=True) as conn:
            store = TeamStore(conn)
            assert store.import_units("member.tmx", units, source_file=None, member="boris")[0] == 50
            assert _fastupdate(conn) == direct
            assert [m.score for m in store.lookup("The club opened in 1949.", min_score=100)] == [100]
    finally:
        with psycopg.connect(team_url, autocommit=True) as conn:
            conn.execute("drop owned by member_role")
            conn.execute("drop role member_role")


def test_lookups_and_confirmations_go_on_during_an_import(team_url: str) -> None:
    """The import's transaction holds no lock that stops another member's lookup or confirmation."""
    seen: list[int] = []
    with psycopg.connect(team_url, autocommit=True) as other:
        other.execute("set lock_timeout = '2s'")
        colleague = TeamStore(other)

        def units() -> Iterator[TranslationUnit]:
            for i in range(200):
                if i == 100:  # half-way through the COPY
                    seen.append(len(colleague.lookup("The club opened in 1923.", min_score=50)))
                    colleague.apply_segment(str(uuid.uuid4()), "clubs", FOLDER, "boris", {
                        "id": 1, "source": "The club opened in 1923.", "target": "Клуб открылся в 1923 году.",
                        "status": "translated", "changed": "2026-12-02T08:00:00Z"})
                yield TranslationUnit(f"The club opened in {1800 + i}.", f"Клуб открылся в {1800 + i} году.", "en", "ru")

        with psycopg.connect(team_url, autocommit=True) as conn:
            assert TeamStore(conn).import_units("big.tmx", units(), source_file=None, member="anna")[0] == 200
        assert seen == [0]
        assert [m.score for m in colleague.lookup("The club opened in 1923.", min_score=100)] == [100]
