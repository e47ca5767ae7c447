"""Two processes on one project never corrupt it and never lose an update.

An editor's `workbench check` runs while a translator's session saves edits;
two scripted imports start at once; a writer finds the database locked. The
lock wait is bounded by `WORKBENCH_BUSY_TIMEOUT_MS` and ends in one clear line.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.project_state import fingerprint, integrity
from workbench.core.ingest.importing import import_tsv
from workbench.core.project.store import Project

WORKBENCH = (sys.executable, "-m", "workbench")
PAIRS = 400
IMPORTED = 100_000
"""Pairs per concurrent import: enough for the two transactions to overlap in time."""


def pairs_file(path: Path, label: str, count: int) -> Path:
    path.write_text(
        "".join(f"{label} sentence {i}.\t{label} предложение {i}.\n" for i in range(count)), "utf-8"
    )
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "project"
    with Project.create(path) as created:
        import_tsv(created, pairs_file(tmp_path / "start.tsv", "Start", PAIRS))
    return path


EDITOR = textwrap.dedent(
    """
    import sys, time
    from workbench.core import editing
    from workbench.core.project.store import Project

    until = time.monotonic() + float(sys.argv[2])
    with Project.open(sys.argv[1]) as project:
        ids = [s.id for s in project.segments()]
        step = 0
        while time.monotonic() < until or step < 12:  # 12 edits at least, however slow the machine
            segment_id = ids[(step * 13) % len(ids)]
            text = f"правка {step} для {segment_id}"
            editing.set_target(project, segment_id, text)
            if step % 3 == 0:
                editing.confirm(project, segment_id)
            print(segment_id, text, flush=True)
            step += 1
    """
)


def test_check_runs_while_another_process_saves_edits(project: Path) -> None:
    editor = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(project), "3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    checks = []
    time.sleep(0.5)
    while editor.poll() is None and len(checks) < 3:
        done = subprocess.run([*WORKBENCH, "check", str(project), "--format", "json"], capture_output=True, text=True, check=False, timeout=60)
        checks.append(done)
    out, err = editor.communicate(timeout=60)
    assert editor.returncode == 0, err
    assert checks, "the editor finished before any check ran"
    for done in checks:
        assert done.returncode in (0, 1), done.stderr
        json.loads(done.stdout)  # a whole report, not one cut off by a lock error
    saved = dict(line.split(" ", 1) for line in out.splitlines())
    assert len(saved) > 10
    assert integrity(project / "project.db") == "ok"
    with Project.open(project) as reopened:
        for segment_id, text in saved.items():
            assert reopened.segment(int(segment_id)).target == text
        assert reopened.segment_count() == PAIRS


def test_two_imports_at_once_both_arrive_whole(project: Path, tmp_path: Path) -> None:
    files = [pairs_file(tmp_path / f"{label}.tsv", label, IMPORTED) for label in ("Left", "Right")]
    runs = [
        subprocess.Popen([*WORKBENCH, "import", str(project), "--tsv", str(file)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for file in files
    ]
    results = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], results
    assert integrity(project / "project.db") == "ok"
    with Project.open(project) as reopened:
        documents = {row["name"]: row["id"] for row in reopened.db.query("select id, name from documents")}
        assert set(documents) == {"start", "Left", "Right"}
        for label in ("Left", "Right"):
            stored = [
                (row["source"], row["target"])
                for row in reopened.db.query(
                    "select source, target from segments where document_id = ? order by seq", [documents[label]]
                )
            ]
            assert stored == [(f"{label} sentence {i}.", f"{label} предложение {i}.") for i in range(IMPORTED)]
    listed = tomllib.loads((project / "project.toml").read_text("utf-8"))["documents"]
    assert sorted(d["name"] for d in listed) == ["Left", "Right", "start"]


def test_a_locked_database_gets_a_bounded_wait_and_one_line(project: Path, tmp_path: Path) -> None:
    tsv = pairs_file(tmp_path / "late.tsv", "Late", 5)
    before = fingerprint(project)
    holder = sqlite3.connect(project / "project.db", isolation_level=None)
    holder.execute("begin immediate")
    holder.execute("update segments set target = 'held' where id = 1")
    try:
        env = {**os.environ, "WORKBENCH_BUSY_TIMEOUT_MS": "1000"}
        # What start-up costs on this machine now (it may be loaded): the wait is measured beyond it.
        started = time.monotonic()
        subprocess.run([*WORKBENCH, "status", str(project)], capture_output=True, check=False, timeout=120)
        start_up = time.monotonic() - started
        started = time.monotonic()
        done = subprocess.run([*WORKBENCH, "import", str(project), "--tsv", str(tsv)], capture_output=True, text=True, env=env, check=False, timeout=120)
        waited = time.monotonic() - started
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert done.stderr.startswith("workbench: error: the project is busy")
        assert 1.0 <= waited < start_up + 9.0  # the 1 s asked for, not the default 10 s
        # Reading is not blocked by a writer (WAL).
        status = subprocess.run([*WORKBENCH, "status", str(project), "--format", "json"], capture_output=True, text=True, check=False, timeout=120)
        assert status.returncode == 0 and json.loads(status.stdout)["segments"]["total"] == PAIRS
        holder.execute("rollback")
    finally:
        holder.close()
    assert fingerprint(project) == before, "the refused import left something behind"
    # Once the lock is gone, the same import goes through.
    done = subprocess.run([*WORKBENCH, "import", str(project), "--tsv", str(tsv)], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_writer_waits_for_a_lock_released_within_the_timeout(project: Path, tmp_path: Path) -> None:
    tsv = pairs_file(tmp_path / "patient.tsv", "Patient", 5)
    holder = sqlite3.connect(project / "project.db", isolation_level=None)
    holder.execute("begin immediate")
    env = {**os.environ, "WORKBENCH_BUSY_TIMEOUT_MS": "20000"}
    waiting = subprocess.Popen([*WORKBENCH, "import", str(project), "--tsv", str(tsv)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    # The verbatim copy is made just before the import asks for the write lock.
    deadline = time.monotonic() + 30
    while not (project / "sources" / "patient.tsv").exists():
        assert waiting.poll() is None and time.monotonic() < deadline, "the import never reached its transaction"
        time.sleep(0.02)
    time.sleep(1.0)
    assert waiting.poll() is None, "the import did not wait for the lock"
    holder.execute("rollback")
    holder.close()
    _, err = waiting.communicate(timeout=30)
    assert waiting.returncode == 0, err
    with Project.open(project) as reopened:
        assert reopened.segment_count() == PAIRS + 5


TUI_DRIVER = Path(__file__).resolve().parent / "hostile" / "drive_tui.py"


def test_check_runs_while_the_app_saves_edits(project: Path) -> None:
    """A translator confirms segments in the TUI while an editor runs the QA checks."""
    with Project.open(project) as opened:
        opened.db.execute("update segments set target = ''")
        opened.db.conn.commit()
    app = subprocess.Popen(
        [sys.executable, str(TUI_DRIVER), str(project), "6"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    checks = []
    while app.poll() is None:
        checks.append(subprocess.run([*WORKBENCH, "check", str(project), "--format", "json"], capture_output=True, text=True, check=False, timeout=60))
    out, err = app.communicate(timeout=60)
    assert app.returncode == 0, err
    assert checks and all(done.returncode in (0, 1) and json.loads(done.stdout) is not None for done in checks), [
        done.stderr for done in checks
    ]
    edits = [line.split(" ", 1) for line in out.splitlines() if line != "ready"]
    assert len(edits) == 6
    with Project.open(project) as reopened:
        for segment_id, text in edits:
            segment = reopened.segment(int(segment_id))
            assert (segment.target, str(segment.status)) == (text, "translated")
    assert integrity(project / "project.db") == "ok"


OLD_DATABASES = Path(__file__).parent / "data" / "made_by_c25d656"


def old_project(tmp_path: Path) -> Path:
    """A project whose database an older workbench made (only the first migration applied)."""
    import shutil

    folder = tmp_path / "old"
    (folder / "sources").mkdir(parents=True)
    shutil.copy(OLD_DATABASES / "project.toml", folder / "project.toml")
    shutil.copy(OLD_DATABASES / "project_m001.db", folder / "project.db")
    return folder / "project.db"


def new_team_cache(tmp_path: Path) -> Path:
    """The `team.db` a project's first team sync creates, still empty."""
    path = tmp_path / "team.db"
    sqlite3.connect(path).close()
    return path


def open_old_project(path: Path) -> bool:
    from workbench.core.project.schema import migrations

    with Project.open(path.parent) as opened:
        return migrations.applied_names(opened.conn) == migrations.names


def open_team_cache(path: Path) -> bool:
    from workbench.core.team.local import TeamLocal, migrations

    return migrations.applied_names(TeamLocal(path).db) == migrations.names


@pytest.mark.parametrize(("make", "open_it", "set_name"), [
    (old_project, open_old_project, "workbench.core.project.schema"),
    (new_team_cache, open_team_cache, "workbench.core.team.local"),
], ids=["project", "team-cache"])
def test_a_database_opened_while_another_program_migrates_it_waits(
    tmp_path: Path, make: Any, open_it: Any, set_name: str
) -> None:
    """Two programs open a database an upgrade left behind, or create it (the TUI, and a
    `check` or `team sync` in another terminal): the second waits while the first migrates,
    then finds nothing left to do. Both used to apply the migrations, and the one that lost
    the race stopped with "project.db is damaged or not a workbench database (database is
    locked)" or "cannot open the team cache (database is locked)"."""
    import importlib
    import threading

    from sqlite_utils import Database

    migrations = importlib.import_module(set_name).migrations
    path = make(tmp_path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("pragma journal_mode = wal")  # as every project is from its first open
    other.execute("create table if not exists _sqlite_migrations "
                  "(id integer primary key, migration_set text, name text, applied_at text)")
    other.execute("begin immediate")  # the first program, about to migrate
    outcome: list[object] = []

    def second_program() -> None:
        try:
            outcome.append(open_it(path))
        except Exception as exc:  # noqa: BLE001 (the outcome is asserted below)
            outcome.append(exc)

    second = threading.Thread(target=second_program)
    second.start()
    time.sleep(1.0)  # the second program has read what is pending and waits for the lock by now
    migrations.apply(Database(other))  # the first program's migrations, committed while the second waits
    other.execute("commit")
    other.close()
    second.join(timeout=60)
    assert outcome == [True], outcome
    assert integrity(path) == "ok"
