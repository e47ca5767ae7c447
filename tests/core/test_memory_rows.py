"""Memory rows: the inserts with NULL literals store what binding every value stores."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlite_utils import Database

from workbench.core.memory.rows import COLUMNS, insert_rows, unit_row
from workbench.core.memory.schema import migrations
from workbench.formats.base import TranslationUnit


def _units() -> list[TranslationUnit]:
    """Units whose empty columns change from one to the next, in runs and alone."""
    moment = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    shapes = [
        {},
        {"tuid": "7", "created": moment},
        {"tuid": "8", "created": moment},
        {"status": "reviewed", "confidence": 0.5, "notes": ("a note",)},
        {"props": (("x-document", "book"),), "changed": moment},
        {},
        {"confidence": 0.0, "tuid": ""},
    ]
    return [
        TranslationUnit(f"Source {number}.", f"Цель {number}.", "en", "ru", **shape)  # type: ignore[arg-type]
        for number, shape in enumerate(shape for shape in shapes for _ in range(2))
    ]


def test_rows_are_stored_in_order_with_every_value() -> None:
    db = Database(memory=True)
    migrations.apply(db)
    db.execute("insert into memories(id, name, kind, imported_at) values (3, 'm', 'shared', 'now')")
    rows = [unit_row(number if number % 3 == 0 else None, unit) for number, unit in enumerate(_units())]
    assert len({tuple(value is None for value in row) for row in rows}) > 4

    insert_rows(db.conn, 3, rows)

    stored = db.execute(f"select memory_id, {', '.join(COLUMNS)} from units order by id").fetchall()
    assert stored == [(3, *row) for row in rows]
