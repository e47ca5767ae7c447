"""A `-wal` beside `memory.db`, `termbase.db` or `team.db` is read only with its writer's index, as
beside `project.db` (hardening, round eleven; the CLI's cases are in `tests/hostile/corpus_round_eleven.py`).

These files are opened many times in one process, and the check closes the descriptors it opens, which
drops every POSIX lock the process holds on the file: it runs before the first opening only.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from termbase.store import Termbase
from workbench.core.memory.store import TranslationMemory
from workbench.core.team.local import TeamLocal
from workbench.errors import ProjectError

OPENERS = {
    "memory.db": TranslationMemory.open,
    "termbase.db": Termbase,
    "team.db": TeamLocal,
}


def _crash_with_a_write(database: Path) -> None:
    """A program killed after committing a write: its log and index stay beside the file."""
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('pragma wal_autocheckpoint = 0')\n"
        "conn.execute('create table if not exists crash_mark(x)')\n"
        "conn.execute('insert into crash_mark values (1)')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(database)], check=True)


def _made(folder: Path, name: str) -> Path:
    folder.mkdir()
    OPENERS[name](folder / name).close()
    return folder / name


@pytest.mark.parametrize("name", OPENERS)
def test_another_files_log_is_refused_and_its_own_crash_log_replayed(name: str, tmp_path: Path) -> None:
    mine = _made(tmp_path / "mine", name)
    other = tmp_path / "other" / name
    shutil.copytree(mine.parent, other.parent)
    _crash_with_a_write(other)
    shutil.copyfile(other.with_name(f"{name}-wal"), mine.with_name(f"{name}-wal"))
    before = mine.read_bytes()

    with pytest.raises((ProjectError, ValueError), match=r"-wal is not this database's write-ahead log \(no index"):
        OPENERS[name](mine)
    assert mine.read_bytes() == before

    mine.with_name(f"{name}-wal").unlink()
    _crash_with_a_write(mine)
    OPENERS[name](mine).close()
    assert sqlite3.connect(mine).execute("select x from crash_mark").fetchall() == [(1,)]


@pytest.mark.parametrize("name", OPENERS)
def test_a_second_opening_in_one_process_keeps_the_first_ones_locks(name: str, tmp_path: Path) -> None:
    """While this process has the file open, another process that opens and closes it must not
    checkpoint and remove the log under it: that needs the first opening's shared lock kept."""
    database = _made(tmp_path / "project", name)
    first = OPENERS[name](database)
    reader = sqlite3.connect(database)
    reader.execute("pragma wal_autocheckpoint = 0")
    reader.execute("create table if not exists lock_probe(x)")
    reader.commit()
    assert database.with_name(f"{name}-wal").stat().st_size > 0
    OPENERS[name](database).close()  # a second opening here: no descriptor of the file closed
    code = "import sqlite3, sys\nsqlite3.connect(sys.argv[1]).execute('select count(*) from sqlite_master').fetchall()\n"
    subprocess.run([sys.executable, "-c", code, str(database)], check=True)
    assert database.with_name(f"{name}-wal").exists(), "another process removed the log of a file open here"
    reader.close()
    first.close()


def test_the_refusal_is_said_in_the_interface_language(tmp_path: Path) -> None:
    project = tmp_path / "project"
    subprocess.run([sys.executable, "-m", "workbench", "init", str(project)], check=True, capture_output=True)
    TranslationMemory.open(project / "memory.db").close()
    shutil.copytree(project, tmp_path / "other")
    _crash_with_a_write(tmp_path / "other" / "memory.db")
    shutil.copyfile(tmp_path / "other" / "memory.db-wal", project / "memory.db-wal")
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    done = subprocess.run([sys.executable, "-m", "workbench", "memory", "list", str(project)],
                          capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert "не журнал упреждающей записи этой базы (рядом нет индекса (-shm)" in done.stderr, done.stderr
