"""A fuzzy lookup leaves no transaction open: the TUI's memory connection looked up a segment,
then every unit it recorded joined the transaction the lookup had opened, never committed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.core.memory.store import TranslationMemory
from workbench.formats.base import TranslationUnit

PAIRS = [
    ("The ghost appeared in the library at midnight.", "Привидение появилось в библиотеке в полночь."),
    ("The housekeeper fainted at the sight of the stain.", "Экономка упала в обморок при виде пятна."),
    ("The twins threw pillows at the ghost.", "Близнецы бросали в привидение подушки."),
]


def test_units_recorded_after_a_lookup_are_committed_and_the_file_stays_free(tmp_path: Path) -> None:
    """With the TUI open, `workbench memory list` said "the project is busy" every time: the
    memory file's write lock stayed with the TUI, and the units it recorded were seen by no
    other program. Each lookup (and batch of them) now ends the transaction its stemming began."""
    path = tmp_path / "memory.db"
    tm = TranslationMemory.open(path)
    try:
        tm.import_units("book.tmx", [TranslationUnit(en, ru, "en", "ru") for en, ru in PAIRS])
        assert tm.lookup("The ghost appeared in the hall at midnight.", min_score=50)
        assert not tm.db.conn.in_transaction, "the lookup left its transaction open"
        tm.best_matches([("The twins threw pillows at the housekeeper.", None)], min_score=50)
        assert not tm.db.conn.in_transaction, "the batch lookup left its transaction open"
        tm.record_segment(7, "The stain came back.", "Пятно появилось снова.", "translated")
        other = sqlite3.connect(path, timeout=0.2)
        try:
            other.execute("BEGIN IMMEDIATE")  # another program writes: the file is free
            other.execute("ROLLBACK")
            assert other.execute("select count(*) from units where segment_id = 7").fetchone() == (1,)
        finally:
            other.close()
    finally:
        tm.close()
