"""Termbase and memory writers wait for the lock like project writers, then say "busy".

Eight `term add` or `memory import` runs started at once must all succeed
(each waits its turn, up to `WORKBENCH_BUSY_TIMEOUT_MS`); a writer that finds
the lock held past the wait gives up with one line and exit code 2. Real
processes, real files.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile.project_state import integrity

WORKBENCH = (sys.executable, "-m", "workbench")
RUNS = 8


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*WORKBENCH, *args], capture_output=True, text=True, timeout=120, env=env, check=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "project"
    assert run("init", str(path)).returncode == 0
    return path


def start_all(commands: list[list[str]]) -> list[subprocess.CompletedProcess[str]]:
    processes = [subprocess.Popen([*WORKBENCH, *c], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in commands]
    results = []
    for command, process in zip(commands, processes, strict=True):
        out, err = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(command, process.returncode, out, err))
    return results


def test_eight_term_adds_at_once_all_succeed(project: Path) -> None:
    results = start_all([["term", "add", str(project), "--source", f"club {i}", "--target", f"клуб {i}"] for i in range(RUNS)])
    for result in results:
        assert result.returncode == 0, result.stderr
    listing = json.loads(run("term", "list", str(project), "--format", "json").stdout)
    assert sorted(c["terms"][0]["text"] for c in listing) == sorted(f"club {i}" for i in range(RUNS))
    assert len({c["id"] for c in listing}) == RUNS, "two processes chose the same new id"
    assert integrity(project / "termbase.db") == "ok"


def test_eight_memory_imports_at_once_all_succeed(project: Path, tmp_path: Path) -> None:
    files = []
    for i in range(RUNS):
        path = tmp_path / f"m{i}.tsv"
        path.write_text("".join(f"Sentence {j} of file {i}.\tПредложение {j} файла {i}.\n" for j in range(300)), "utf-8")
        files.append(path)
    results = start_all([["memory", "import", str(project), str(path)] for path in files])
    for result in results:
        assert result.returncode == 0, result.stderr
    listing = json.loads(run("memory", "list", str(project), "--format", "json").stdout)
    assert sorted(m["name"] for m in listing if m["kind"] == "shared") == sorted(p.name for p in files)
    assert all(m["units"] == 300 for m in listing if m["kind"] == "shared")


@pytest.mark.parametrize("database", ["termbase.db", "memory.db"])
def test_a_lock_held_past_the_wait_is_one_busy_line(project: Path, tmp_path: Path, database: str) -> None:
    command = (
        ["term", "add", str(project), "--source", "club", "--target", "клуб"]
        if database == "termbase.db"
        else ["memory", "import", str(project), str(tmp_path / "m.tsv")]
    )
    (tmp_path / "m.tsv").write_text("The club.\tКлуб.\n", "utf-8")
    assert run(*command).returncode == 0  # creates the database
    holder = sqlite3.connect(project / database, isolation_level=None)
    holder.execute("begin immediate")
    try:
        env = {**os.environ, "WORKBENCH_BUSY_TIMEOUT_MS": "300"}
        started = time.monotonic()
        result = run(*command, env=env)
        waited = time.monotonic() - started
    finally:
        holder.execute("rollback")
        holder.close()
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert "the project is busy" in result.stderr
    assert waited >= 0.3


def test_a_writer_waits_for_a_short_lock(project: Path) -> None:
    assert run("term", "add", str(project), "--source", "club", "--target", "клуб").returncode == 0
    holder = sqlite3.connect(project / "termbase.db", isolation_level=None)
    holder.execute("begin immediate")
    process = subprocess.Popen(
        [*WORKBENCH, "term", "add", str(project), "--source", "union", "--target", "профсоюз"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "WORKBENCH_BUSY_TIMEOUT_MS": "20000"},
    )
    time.sleep(1.5)
    holder.execute("rollback")
    holder.close()
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "added concept" in out
