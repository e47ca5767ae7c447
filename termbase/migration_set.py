"""Named schema migrations for our SQLite files, on sqlite-utils' `Migrations`.

The project, memory, team-cache and termbase databases each evolve through a
named set of migrations. All of them need the same two things sqlite-utils does
not offer in public: the names a set knows (a file with a migration we do not
know was made by a newer version and must be left alone) and "apply what is
pending, under the caller's write lock, only when something is". This
subclass adds both, using only the public constructor and decorator; the
table, the set names and the migration names stay as they were, so files made
before it existed migrate as before.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TypeVar

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

Migration = TypeVar("Migration", bound=Callable[[Database], None])


class MigrationSet(Migrations):
    """A `Migrations` set that remembers the names of the migrations registered on it."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.names: list[str] = []
        """Every migration of the set, in the order it applies them."""

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[Migration], Migration]:
        register = super().__call__(name=name, transactional=transactional)

        def inner(function: Migration) -> Migration:
            registered = register(function)
            self.names.append(name or function.__name__)
            return registered

        return inner

    def applied_names(self, db: Database) -> list[str]:
        """The set's migrations the database has, in the order they were applied."""
        return [migration.name for migration in self.applied(db)]

    def newer(self, db: Database) -> list[str]:
        """Migrations the database has that this set does not know: a newer version made it."""
        known = set(self.names)
        return [name for name in self.applied_names(db) if name not in known]

    def apply_pending(
        self, db: Database, lock: Callable[[], AbstractContextManager[object]] | None = None
    ) -> bool:
        """Apply the pending migrations, inside `lock()` when given; False when none were.

        Checking first keeps an up-to-date file from taking the write lock just to open.
        """
        if not self.pending(db):
            return False
        if lock is None:
            self.apply(db)
        else:
            with lock():
                self.apply(db)
        return True
