"""Output files never destroy a database, a companion or a device, and leave no litter."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from termbase.errors import TermbaseError
from termbase.outputfile import atomic_write


def database(path: Path, wal: bool = False) -> Path:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("pragma journal_mode=wal")
    conn.execute("create table t (x)")
    conn.execute("insert into t values (1)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("name", ["other.db-wal", "other.db-shm", "other.db-journal"])
def test_companions_of_a_database_are_refused(tmp_path: Path, name: str) -> None:
    database(tmp_path / "other.db")
    with pytest.raises(TermbaseError, match="belongs to the database other.db"), atomic_write(tmp_path / name):
        pass


def test_a_live_write_ahead_log_is_refused_by_its_contents(tmp_path: Path) -> None:
    db = database(tmp_path / "live.db", wal=True)
    holder = sqlite3.connect(db)
    holder.execute("insert into t values (2)")
    holder.commit()
    wal = tmp_path / "live.db-wal"
    renamed = tmp_path / "copied-log"
    renamed.write_bytes(wal.read_bytes())
    with pytest.raises(TermbaseError, match="write-ahead log"), atomic_write(renamed):
        pass
    holder.close()


def test_a_database_is_refused_whatever_its_name(tmp_path: Path) -> None:
    database(tmp_path / "report.csv")
    with pytest.raises(TermbaseError, match="is a database"), atomic_write(tmp_path / "report.csv"):
        pass


def test_a_pipe_is_refused_and_a_character_device_is_streamed(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(TermbaseError, match="not a regular file"), atomic_write(tmp_path / "pipe"):
        pass
    with atomic_write(Path("/dev/null")) as fh:
        fh.write(b"discarded")
    assert Path("/dev/null").is_char_device()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.tsv"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write(b"half")
        raise RuntimeError("killed")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.tsv"]


def test_temporaries_of_dead_writers_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    dead = tmp_path / ".out.tsv.999999999.x1.tmp"
    live = tmp_path / f".out.tsv.{os.getppid()}.x2.tmp"
    other = tmp_path / ".other.tsv.999999999.x3.tmp"
    for path in (dead, live, other):
        path.write_text("partial")
    with atomic_write(tmp_path / "out.tsv") as fh:
        fh.write(b"whole")
    assert (tmp_path / "out.tsv").read_bytes() == b"whole"
    assert not dead.exists() and live.exists() and other.exists()
