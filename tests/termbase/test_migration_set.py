"""MigrationSet: the names a set knows, files made by a newer version, pending-only apply."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from termbase.migration_set import MigrationSet


def _set() -> MigrationSet:
    migrations = MigrationSet("example")

    @migrations(name="m001_first")
    def _first(db: Database) -> None:
        db.table("one").create({"id": int}, pk="id")

    @migrations()
    def m002_second(db: Database) -> None:
        db.table("two").create({"id": int}, pk="id")

    return migrations


def test_names_in_order_including_function_names() -> None:
    assert _set().names == ["m001_first", "m002_second"]


def test_apply_pending_takes_the_lock_only_when_something_is_pending() -> None:
    migrations, db, locked = _set(), Database(memory=True), []

    @contextmanager
    def lock() -> Iterator[None]:
        locked.append(True)
        yield

    assert migrations.apply_pending(db, lock=lock) is True
    assert migrations.applied_names(db) == ["m001_first", "m002_second"]
    assert migrations.apply_pending(db, lock=lock) is False
    assert locked == [True]


def test_a_file_from_a_newer_version_is_told_apart() -> None:
    db = Database(memory=True)
    newer = _set()

    @newer(name="m003_future")
    def _future(db: Database) -> None:
        pass

    newer.apply(db)
    assert _set().newer(db) == ["m003_future"]
    assert newer.newer(db) == []
    assert MigrationSet("other").newer(db) == []  # another set's migrations are not ours
