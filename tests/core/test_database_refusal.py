"""SQLite's refusals read by result code (`workbench.core.project.database_refusal`), each made
by real SQLite on a real file: a lock held by another connection, a full database, a read-only
one, a file that is not a database, one cut short, one replaced under its open connection, one in
a missing folder, a value too large, and SQLite's generic code, which only its words can tell apart."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.core.project import RefusalKind, Remedy, read_refusal, refused_opening
from workbench.wording import N_


def _refused(action: Callable[[], object]) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        action()
    return caught.value


def _database(path: Path, rows: int = 1) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=0.05)
    conn.execute("create table t (x)")
    conn.executemany("insert into t values (?)", [("x" * 500,)] * rows)
    conn.commit()
    return conn


def locked(tmp_path: Path) -> sqlite3.Error:
    holder = _database(tmp_path / "a.db")
    holder.execute("begin immediate")
    return _refused(lambda: sqlite3.connect(tmp_path / "a.db", timeout=0.05).execute("begin immediate"))


def full(tmp_path: Path) -> sqlite3.Error:
    conn = _database(tmp_path / "a.db")
    conn.execute(f"pragma max_page_count = {conn.execute('pragma page_count').fetchone()[0]}")
    return _refused(lambda: conn.executemany("insert into t values (?)", [("y" * 5000,)] * 10))


def read_only(tmp_path: Path) -> sqlite3.Error:
    conn = _database(tmp_path / "a.db")
    conn.execute("pragma query_only = on")
    return _refused(lambda: conn.execute("insert into t values (1)"))


def not_a_database(tmp_path: Path) -> sqlite3.Error:
    (tmp_path / "a.db").write_bytes(b"Not SQLite at all. " * 500)
    return _refused(lambda: sqlite3.connect(tmp_path / "a.db").execute("select * from sqlite_master"))


def cut_short(tmp_path: Path) -> sqlite3.Error:
    _database(tmp_path / "a.db", rows=500).close()
    whole = (tmp_path / "a.db").read_bytes()
    (tmp_path / "a.db").write_bytes(whole[: len(whole) // 2])
    return _refused(lambda: sqlite3.connect(tmp_path / "a.db").execute("select count(*) from t").fetchall())


def replaced(tmp_path: Path) -> sqlite3.Error:
    conn = _database(tmp_path / "a.db")
    shutil.copy(tmp_path / "a.db", tmp_path / "b.db")
    os.replace(tmp_path / "b.db", tmp_path / "a.db")
    return _refused(lambda: conn.execute("insert into t values (1)"))


def in_a_missing_folder(tmp_path: Path) -> sqlite3.Error:
    return _refused(lambda: sqlite3.connect(tmp_path / "gone" / "a.db"))


def too_large(tmp_path: Path) -> sqlite3.Error:
    return _refused(lambda: sqlite3.connect(":memory:").execute("select zeroblob(2000000000)").fetchall())


@pytest.mark.parametrize(("make", "kind", "remedy"), [
    (locked, RefusalKind.BUSY, Remedy.WAIT),
    (full, RefusalKind.FULL, Remedy.FREE_ROOM),
    (read_only, RefusalKind.READ_ONLY, Remedy.MAKE_WRITABLE),
    (not_a_database, RefusalKind.NOT_A_DATABASE, Remedy.RESTORE),
    (cut_short, RefusalKind.DAMAGED, Remedy.RESTORE),
    (replaced, RefusalKind.REPLACED, Remedy.REOPEN),
    (in_a_missing_folder, RefusalKind.CANNOT_OPEN, Remedy.CHECK_ACCESS),
    (too_large, RefusalKind.TOO_LARGE, Remedy.SHORTEN),
])
def test_a_refusal_is_read_from_its_result_code(
    tmp_path: Path, make: Callable[[Path], sqlite3.Error], kind: RefusalKind, remedy: Remedy,
) -> None:
    refusal = read_refusal(make(tmp_path), tmp_path / "a.db")
    assert (refusal.kind, refusal.remedy, refusal.path) == (kind, remedy, tmp_path / "a.db")
    assert refusal.passes_by_itself == (kind in (RefusalKind.BUSY, RefusalKind.FULL))
    assert refusal.wording().render().startswith(f"{tmp_path / 'a.db'}: ")


def test_the_words_of_a_message_decide_nothing(tmp_path: Path) -> None:
    """A table named after a lock and a full disk is SQLite's generic error, not a busy project."""
    conn = sqlite3.connect(tmp_path / "a.db")
    refusal = read_refusal(_refused(lambda: conn.execute("select * from locked_busy_readonly_disk_full")))
    assert refusal.kind is RefusalKind.OTHER
    assert refusal.wording().render() == ("SQLite refused (SQLITE_ERROR: no such table: locked_busy_readonly_disk_full); "
                                          "if it happens again, report this line")


def test_too_many_variables_keeps_sqlite_s_code_name_and_words() -> None:
    """SQLITE_ERROR is shared by every kind of statement error: said with its own words."""
    count = 300_000
    error = _refused(lambda: sqlite3.connect(":memory:").execute(f"select {','.join('?' * count)}", [1] * count))
    assert read_refusal(error).reason().render() == "SQLite refused (SQLITE_ERROR: too many SQL variables)"


def test_an_error_without_a_code_is_named_by_its_type() -> None:
    conn = sqlite3.connect(":memory:")
    conn.close()
    refusal = read_refusal(_refused(lambda: conn.execute("select 1")))
    assert (refusal.kind, refusal.code_name) == (RefusalKind.OTHER, "ProgrammingError")


def test_text_that_is_not_utf8_is_said_so_not_reported_as_unknown() -> None:
    """Another program's `cast(x'ff' as text)`: Python's module refuses to read it, with no code
    (hardening, round twelve: it was "SQLite refused (...); if it happens again, report this line")."""
    conn = sqlite3.connect(":memory:")
    conn.execute("create table segments (target text)")
    conn.execute("insert into segments values (cast(x'd0bfff20c3' as text))")
    refusal = read_refusal(_refused(lambda: conn.execute("select target from segments").fetchall()))
    assert (refusal.kind, refusal.remedy) == (RefusalKind.NOT_UTF8, Remedy.RESTORE)
    assert refusal.wording().render() == ("a text in the database is not UTF-8 (another program wrote it); "
                                          "restore the file from a backup")


def test_an_opening_says_a_known_refusal_with_its_file_and_an_unknown_one_in_its_own_words(tmp_path: Path) -> None:
    template = N_("{path}: cannot open the translation memory ({error})")
    known = refused_opening(not_a_database(tmp_path), tmp_path / "a.db", template)
    assert str(known) == (f"{tmp_path / 'a.db'}: the file is not an SQLite database, or its first page is damaged; "
                          "restore the file from a backup")
    assert known.wording is not None and known.wording.render() == str(known)
    conn = sqlite3.connect(":memory:")
    unknown = refused_opening(_refused(lambda: conn.execute("select * from nowhere")), tmp_path / "a.db", template)
    assert str(unknown) == f"{tmp_path / 'a.db'}: cannot open the translation memory (SQLITE_ERROR: no such table: nowhere)"
