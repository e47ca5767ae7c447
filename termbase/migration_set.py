"""Named schema migrations for our SQLite files, on sqlite-utils' `Migrations`.

The project, memory, team-cache and termbase databases each evolve through a
named set of migrations. All of them need three things sqlite-utils does not
offer in public: the names a set knows (a file with a migration we do not
know was made by a newer version and must be left alone); "apply what is
pending, under the caller's write lock, only when something is"; and, for
commands that only read a project, knowing what a file has without importing
sqlite-utils at all (it pulls in numpy-sized start-up costs). `MigrationSet`
keeps the registered migrations itself, answers "what does this file have" with
one query on the table sqlite-utils keeps (`_sqlite_migrations`), and hands
the migrations to a `sqlite_utils.Migrations`, through its public constructor
and decorator only, when something must be applied. The table, the set names
and the migration names stay as they were, so files made before it existed
migrate as before.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

Migration = TypeVar("Migration", bound=Callable[..., None])

MIGRATIONS_TABLE = "_sqlite_migrations"
"""Where `sqlite_utils.Migrations` records what it applied (one row per migration and set)."""


class _Executes(Protocol):
    """A `sqlite3.Connection` or a `sqlite_utils.Database`: both run SQL."""

    def execute(self, sql: str, parameters: Any = ...) -> Any: ...


class MigrationSet:
    """A named set of migrations, registered in order, applied by sqlite-utils when pending."""

    migrations_table = MIGRATIONS_TABLE
    """The table sqlite-utils records applied migrations in (as `Migrations.migrations_table`)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._registered: list[tuple[str, bool, Callable[..., None]]] = []
        self._real: Migrations | None = None
        self._real_count = 0

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[Migration], Migration]:
        """Register a migration (the decorator `sqlite_utils.Migrations` offers)."""

        def register(function: Migration) -> Migration:
            self._registered.append((name or function.__name__, transactional, function))
            return function

        return register

    @property
    def names(self) -> list[str]:
        """Every migration of the set, in the order it applies them."""
        return [name for name, _, _ in self._registered]

    def applied_names(self, db: _Executes) -> list[str]:
        """The set's migrations the database has, in the order they were applied (no sqlite-utils)."""
        exists = db.execute(
            "select 1 from sqlite_master where type = 'table' and name = ?", (MIGRATIONS_TABLE,)
        ).fetchone()
        if exists is None:
            return []
        query = f"select name from {MIGRATIONS_TABLE} where migration_set = ? order by rowid"
        return [row[0] for row in db.execute(query, (self.name,))]

    def newer(self, db: _Executes) -> list[str]:
        """Migrations the database has that this set does not know: a newer version made it."""
        known = set(self.names)
        return [name for name in self.applied_names(db) if name not in known]

    def has_pending(self, db: _Executes) -> bool:
        """Whether a known migration is missing from the database (read without sqlite-utils)."""
        return not set(self.names) <= set(self.applied_names(db))

    def _migrations(self) -> Migrations:
        """The same migrations as a `sqlite_utils.Migrations`, built on first use."""
        if self._real is None or self._real_count != len(self._registered):
            from sqlite_utils.migrations import Migrations

            real = Migrations(self.name)
            for name, transactional, function in self._registered:
                real(name=name, transactional=transactional)(function)
            self._real, self._real_count = real, len(self._registered)
        return self._real

    def apply(self, db: Database, **options: Any) -> None:
        self._migrations().apply(db, **options)

    def pending(self, db: Database) -> list[Any]:
        return self._migrations().pending(db)

    def applied(self, db: Database) -> list[Any]:
        return self._migrations().applied(db)

    def apply_pending(
        self, db: Database, lock: Callable[[], AbstractContextManager[object]] | None = None
    ) -> bool:
        """Apply the pending migrations, inside `lock()` when given; False when none were.

        Checking first keeps an up-to-date file from taking the write lock just to open.
        """
        if not self.has_pending(db):
            return False
        if lock is None:
            self.apply(db)
        else:
            with lock():
                self.apply(db)
        return True
