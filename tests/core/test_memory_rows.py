"""Memory rows: the inserts with NULL and shared-value literals store what binding every value stores."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlite_utils import Database

from workbench.core.memory.rows import (
    COLUMNS,
    LITERAL_RUN,
    insert_rows,
    insert_runs,
    runs_of,
    unit_row,
)
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


def test_values_a_run_shares_are_written_into_its_statement_and_stored_as_bound() -> None:
    db = Database(memory=True)
    migrations.apply(db)
    db.execute("insert into memories(id, name, kind, imported_at) values (3, 'm', 'shared', 'now')")
    moment = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    shared = [
        TranslationUnit(f"Source {n}.", f"Цель {n}.", "en-US", "ru", tuid=str(n), created=moment, status="translated")
        for n in range(LITERAL_RUN)
    ]
    # a value with a quote is never a literal; one that changes within the run is bound
    quoted = [
        TranslationUnit(f"Quoted {n}.", f"Кавычки {n}.", "en", "ru", tuid=str(n), status="it's") for n in range(LITERAL_RUN)
    ]
    mixed = [TranslationUnit(f"Mixed {n}.", f"Смесь {n}.", "en", "ru" if n else "uk", status="draft") for n in range(LITERAL_RUN)]
    rows = [unit_row(None, unit) for unit in shared + quoted + mixed]

    runs = runs_of(rows)

    marks = [run_marks for run_marks, _ in runs]
    assert len(marks) == 3
    assert [marks[0][COLUMNS.index(column)] for column in ("source_lang", "target_lang", "status", "created")] == [
        "'en-US'", "'ru'", "'translated'", "'2024-03-01T12:00:00Z'",
    ]
    assert marks[1][COLUMNS.index("status")] == "?"
    assert [marks[2][COLUMNS.index(column)] for column in ("target_lang", "status")] == ["?", "'draft'"]
    insert_runs(db.conn, 3, runs)
    stored = db.execute(f"select memory_id, {', '.join(COLUMNS)} from units order by id").fetchall()
    assert stored == [(3, *row) for row in rows]
    typed = db.execute("select distinct typeof(source_lang), typeof(status), typeof(created) from units where created is not null")
    assert typed.fetchall() == [("text", "text", "text")]
