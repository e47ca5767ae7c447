"""Memory rows: the inserts with NULL and shared-value literals store what binding every value stores."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from termbase.normalize import fold_text
from workbench.core.memory.rows import (
    COLUMNS,
    LITERAL_RUN,
    insert_rows,
    insert_runs,
    runs_of,
    source_key,
    unit_row,
)
from workbench.core.memory.schema import migrations
from workbench.formats.base import TranslationUnit
from workbench.tags import strip_tags


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


@pytest.mark.parametrize(
    "text",
    [
        "The Workers'  Club,\topened in 1923.",
        "  trailing and leading\n",
        "a `quoted` word",
        "file\x1cseparators\x1fare spaces to split",
        "",
        "Tags ⟦1⟧here⟦/1⟧ and ⟦2/⟧ gone",
        "Рабочий  КЛУБ ёлка",
        "e\u0301 combining and ＡＢＣ wide",
        "non-breaking\u00a0space and \u2019 apostrophe",
        "Single Spaces, Printable: Its Own Folding.",
        " a leading space",
        "a trailing space ",
        "a tab\tinside",
        "vertical\x0btab, form\x0cfeed, return\r",
        "delete\x7fis not white space",
        " ",
    ],
)
def test_the_source_key_is_the_hash_of_the_folded_text_without_placeholders(text: str) -> None:
    """ASCII text takes a shorter way (`source_key`) to the same key as every other text."""
    digest = hashlib.blake2b(fold_text(strip_tags(text)).encode("utf-8"), digest_size=8).digest()
    assert source_key(text) == int.from_bytes(digest, "big", signed=True)
