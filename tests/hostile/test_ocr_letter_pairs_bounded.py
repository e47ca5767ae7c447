"""OCR letter-pair repairs on a word no one writes (hardening, round sixteen).

A word OCR may have read with `rn` for `m` (`cb` for `ch`, `vv` for `w`) is repaired by trying
each pair in turn: one candidate of the word's length for each pair in it, all kept at once. A
text holding one 24,000-letter word of `rnrn...` (a line of an OCR'd table rule, a hostile file)
took 277 MB to import (32,000 letters: 563 MB; 50,000, the most a sentence may hold, over a
gigabyte). A repair must be a common word, and none is longer than 23 letters: longer words are
not tried.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from workbench.core.ingest.importing import import_text
from workbench.core.ingest.suspects import find_ocr_suspects
from workbench.core.project import Project


def test_a_word_of_thousands_of_letter_pairs_is_imported_in_little_memory(project: Project, tmp_path: Path) -> None:
    find_ocr_suspects("The rnorning came.", "en")  # the word lists are loaded before the count starts
    (tmp_path / "doc.en.txt").write_text("The " + "rn" * 12_000 + " came.\n\nWorkers came every evening.\n", "utf-8")
    tracemalloc.start()
    try:
        report = import_text(project, tmp_path / "doc.en.txt")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.segments == 2
    assert peak < 50 * 2**20, f"{peak / 2**20:.0f} MB"
    # A real word read so is still found and repaired.
    assert [f.suggestion for f in find_ocr_suspects("It was a darnp rnorning.", "en")] == ["damp", "morning"]
