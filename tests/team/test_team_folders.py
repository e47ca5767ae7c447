"""Project folders on one team memory: folders made apart keep their units, copies of one share them.

Units of a team project are keyed by segment id, which only copies of one folder share; two
folders made apart and joined to one team `project` overwrote each other's units segment by
segment (usersweep7). Each folder now has an identity (`Project.folder_id`) and the server keeps
one unit per segment of each folder. A real PostgreSQL server, real folders, the real CLI.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from team_helpers import clone_project, confirm_all, make_team_project

from bench.pg_cluster import Cluster
from workbench.cli import main
from workbench.core import editing
from workbench.core.ingest.importing import import_text
from workbench.core.project import Project
from workbench.core.team.schema import MIGRATIONS, TABLE, applied

OTHER_SOURCE = (
    "The reading room opened in 1925. Its lamps were green. "
    "Children came after school. The librarian kept a ledger."
)
OTHER_TARGET = (
    "Читальня открылась в 1925 году. Лампы в ней были зелёные. "
    "Дети приходили после школы. Библиотекарь вёл учётную книгу."
)


def make_other_project(folder: Path, url: str, member: str) -> Path:
    """Another book, made apart from `make_team_project`'s, joined to the same team `project`."""
    folder.mkdir(parents=True)
    (folder / "other.en.txt").write_text(OTHER_SOURCE, encoding="utf-8")
    (folder / "other.ru.txt").write_text(OTHER_TARGET, encoding="utf-8")
    path = folder / "proj"
    with Project.create(path, "en", "ru", name="clubs") as project:
        import_text(project, folder / "other.en.txt", folder / "other.ru.txt")
        project.save_config(replace(project.config, team={"database": url, "member": member}))
    return path


def project_units(url: str) -> list[tuple[int, str, str]]:
    """(segment id, source, target) of every unit of the project memory `clubs`."""
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "select u.segment_id, u.source, u.target from units u join memories m on m.id = u.memory_id "
            "where m.name = 'clubs' order by u.segment_id, u.source"
        ).fetchall()
    return [(int(r[0]), r[1], r[2]) for r in rows]


def targets_of(path: Path) -> set[tuple[str, str]]:
    with Project.open(path) as project:
        return {(s.source, s.target) for s in project.segments()}


def test_two_folders_made_apart_keep_each_others_units(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = make_other_project(tmp_path / "boris", team_url, "boris")
    confirm_all(anna)
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    confirm_all(boris)
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 0
    held = {(source, target) for _, source, target in project_units(team_url)}
    assert held == targets_of(anna) | targets_of(boris)
    assert len(project_units(team_url)) == 10  # six of anna's book, four of boris's
    # each finds the other's units; a unit of another folder's segment 1 is not this one's own
    with Project.open(anna) as project:
        first = project.segments()[0]
    result = runner.invoke(main, ["memory", "lookup", str(boris), "The workers' club opened in 1923.", "--format", "json"])
    assert json.loads(result.output)[0]["target"] == "Рабочий клуб открылся в 1923 году.", result.output
    status = json.loads(runner.invoke(main, ["team", "status", str(anna), "--format", "json"]).output)
    assert status["server"]["project_units"] == 10 and status["server"]["folder_units"] == 6
    with Project.open(boris) as project:
        assert status["folder"] != project.folder_id
    # anna takes a segment back to draft: her unit goes, boris's segment of that number stays
    with Project.open(anna) as project:
        editing.set_status(project, first.id, "draft")
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    held = {(source, target) for _, source, target in project_units(team_url)}
    assert held == (targets_of(anna) - {(first.source, first.target)}) | targets_of(boris)


def test_a_segment_of_another_folder_with_the_same_number_is_offered(tmp_path: Path, team_url: str) -> None:
    """`exclude_segment` leaves out this folder's own unit, not another folder's of that number."""
    from workbench.core.team.session import TeamMemory

    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = make_team_project(tmp_path / "boris", team_url, "boris")  # the same book, made apart
    with Project.open(boris) as project:
        segment = project.segments()[0]
        editing.set_target(project, segment.id, "Клуб рабочих открылся в 1923 году.")
        editing.confirm(project, segment.id)
    confirm_all(anna)
    for path in (anna, boris):
        with Project.open(path) as project, TeamMemory.for_project(project) as memory:
            memory.sync(project)
    with Project.open(anna) as project, TeamMemory.for_project(project) as memory:
        found = memory.lookup(segment.source, min_score=100, exclude_segment=segment.id)
        assert memory.state().online
    assert [m.target for m in found] == ["Клуб рабочих открылся в 1923 году."]


def test_copies_of_one_folder_share_its_identity_and_units(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = clone_project(anna, tmp_path / "boris", "boris")
    with Project.open(anna) as a, Project.open(boris) as b:
        assert a.folder_id == b.folder_id
        first = a.segments()[0]
    confirm_all(anna)
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    with Project.open(boris) as project:
        editing.set_target(project, first.id, "Клуб рабочих открылся в 1923 году.")
        editing.confirm(project, first.id)
    # anna's confirmed unit is not replaced unseen (session 28): boris keeps his knowingly
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 1
    assert runner.invoke(main, ["team", "resolve", str(boris), "--segment", str(first.id), "--keep", "mine"]).exit_code == 0
    units = project_units(team_url)
    assert len(units) == 6 and (first.id, first.source, "Клуб рабочих открылся в 1923 году.") in units


def test_new_folders_differ_and_a_folder_made_by_an_older_workbench_is_named_alike_in_every_copy(tmp_path: Path) -> None:
    with Project.create(tmp_path / "a") as a, Project.create(tmp_path / "b") as b:
        assert a.folder_id != b.folder_id
    shutil.copytree(tmp_path / "a", tmp_path / "a-copy")
    with Project.open(tmp_path / "a") as a, Project.open(tmp_path / "a-copy") as copy:
        assert a.folder_id == copy.folder_id
    # a folder as an older workbench left it: no identity yet, already copied to two machines
    old = make_team_project(tmp_path / "old", "postgresql://nowhere/none", "anna")
    made_apart = make_team_project(tmp_path / "apart", "postgresql://nowhere/none", "boris")
    for path in (old, made_apart):
        with sqlite3.connect(path / "project.db") as conn:
            conn.execute("drop table folder_identity")
            conn.execute("delete from _sqlite_migrations where name = 'm_folder_identity'")
        conn.close()
    with sqlite3.connect(made_apart / "project.db") as conn:  # imported at another time
        conn.execute("update documents set imported_at = '2026-01-05T10:00:00Z'")
    conn.close()
    shutil.copytree(old, tmp_path / "old-copy")
    with Project.open(old) as one, Project.open(tmp_path / "old-copy") as other, Project.open(made_apart) as apart:
        assert one.folder_id == other.folder_id != apart.folder_id
        assert one.folder_id == one.folder_id  # read again: written once


def old_server(cluster: Cluster, name: str) -> str:
    """A team database as the workbench before folder identities made it (migrations t001-t003)."""
    cluster.create_database(name)
    url = cluster.url(name, password=None)
    with psycopg.connect(url, autocommit=True) as conn, conn.transaction():
        conn.execute(f"create table {TABLE} (name text primary key, applied_at timestamptz not null default clock_timestamp())")
        for migration in MIGRATIONS[:3]:
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"insert into {TABLE}(name) values (%s)", (migration.name,))
    return url


def test_a_server_made_by_the_old_schema_is_upgraded_in_place(tmp_path: Path, cluster: Cluster, pgpass: Path, runner: CliRunner) -> None:
    url = old_server(cluster, "team_old_schema")
    anna = make_team_project(tmp_path / "anna", url, "anna")
    with Project.open(anna) as project:
        segments = project.segments()
    # what the old workbench wrote: anna's confirmed segments, keyed by segment id alone, a shared
    # TMX memory and a concept
    with psycopg.connect(url, autocommit=True) as conn:
        memory_id = conn.execute(
            "insert into memories(name, kind, source_lang, target_lang) values ('clubs', 'project', 'en', 'ru') returning id"
        ).fetchone()[0]
        shared_id = conn.execute(
            "insert into memories(name, kind, source_lang, target_lang) values ('agency.tmx', 'shared', 'en', 'ru') returning id"
        ).fetchone()[0]
        for segment in segments:
            conn.execute(
                "insert into units(memory_id, segment_id, tuid, source, target, source_key, status, changed, changed_by) "
                "values (%s, %s, %s, %s, %s, 0, 'translated', '2026-01-01T00:00:00Z', 'anna')",
                (memory_id, segment.id, str(segment.id), segment.source, segment.target),
            )
        conn.execute(
            "insert into units(memory_id, tuid, source, target, source_key) values (%s, 't1', 'The rent.', 'Аренда.', 0)",
            (shared_id,),
        )
        conn.execute("insert into concepts(id, version, data, changed_by) values ('c1', 1, null, 'anna')")
        before = conn.execute("select id, segment_id from units order by id").fetchall()
    refused = runner.invoke(main, ["team", "status", str(anna)])
    assert refused.exit_code == 2 and "t004_units_of_a_folder" in refused.stderr and "team init" in refused.stderr
    result = runner.invoke(main, ["team", "init", url, "--format", "json"])
    assert result.exit_code == 0, result.output
    # t004 and every migration after it (t005_target_edits: new tables only)
    assert json.loads(result.output)["applied"] == [m.name for m in MIGRATIONS][3:]
    with psycopg.connect(url) as conn:
        assert applied(conn) == [m.name for m in MIGRATIONS]
        assert conn.execute("select id, segment_id from units order by id").fetchall() == before  # nothing lost
        assert conn.execute("select count(*) from concepts").fetchone()[0] == 1
    # anna's folder confirms everything again (one target changed): it takes over its own units
    with Project.open(anna) as project:
        editing.set_target(project, segments[0].id, "Клуб рабочих открылся в 1923 году.")
    confirm_all(anna)
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    with Project.open(anna) as project:
        folder = project.folder_id
    with psycopg.connect(url) as conn:
        after = conn.execute("select id, segment_id, folder, target from units order by id").fetchall()
    assert [(r[0], r[1]) for r in after] == before  # the same rows, updated in place
    assert {r[2] for r in after if r[1] is not None} == {folder} and [r[2] for r in after if r[1] is None] == [""]
    assert after[0][3] == "Клуб рабочих открылся в 1923 году."
    # a folder made apart joins the upgraded server: its units are its own, anna's stay
    boris = make_other_project(tmp_path / "boris", url, "boris")
    confirm_all(boris)
    assert runner.invoke(main, ["team", "sync", str(boris)]).exit_code == 0
    assert len(project_units(url)) == 10
    assert {(s, t) for _, s, t in project_units(url)} == targets_of(anna) | targets_of(boris)


@pytest.mark.parametrize("older", [True, False])
def test_a_server_copy_of_a_unit_from_before_the_upgrade_follows_the_newer_change(
    tmp_path: Path, cluster: Cluster, pgpass: Path, runner: CliRunner, older: bool
) -> None:
    """Taking a unit over keeps the merge rule: an older change never overwrites a newer one."""
    url = old_server(cluster, f"team_old_rule_{int(older)}")
    assert runner.invoke(main, ["team", "init", url]).exit_code == 0
    anna = make_team_project(tmp_path / "anna", url, "anna")
    confirm_all(anna)
    with Project.open(anna) as project:
        segment = project.segments()[0]
    changed = "2000-01-01T00:00:00Z" if older else "2999-01-01T00:00:00Z"
    with psycopg.connect(url, autocommit=True) as conn:
        memory_id = conn.execute(
            "insert into memories(name, kind, source_lang, target_lang) values ('clubs', 'project', 'en', 'ru') returning id"
        ).fetchone()[0]
        conn.execute(
            "insert into units(memory_id, segment_id, tuid, source, target, source_key, status, changed, changed_by) "
            "values (%s, %s, %s, %s, 'Старый перевод.', 0, 'translated', %s, 'anna')",  # her own: a teammate's is a conflict
            (memory_id, segment.id, str(segment.id), segment.source, changed),
        )
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    units = [u for u in project_units(url) if u[0] == segment.id]
    assert units == [(segment.id, segment.source, segment.target if older else "Старый перевод.")]
    with Project.open(anna) as project, psycopg.connect(url) as conn:  # taken over either way
        assert conn.execute("select folder from units where segment_id = %s", (segment.id,)).fetchall() == [(project.folder_id,)]
