"""`import --tsv` of a file with one 100 MB field (hardening, round 33).

The line is refused (a segment holds at most 50,000 characters), but reading it peaked at 5.6
times the file: its bytes stayed beside its text, then the text was split into a list of lines
and the long line split into fields, each a copy. The bytes go once decoded, the lines are
parsed where they stand in the text and a long one is not copied before its fields are."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from workbench.core.ingest.importing import read_tsv_pairs
from workbench.errors import InputError
from workbench.formats.tsv import parse_line

LONG = 8 * 2**20


def test_a_long_field_is_read_in_two_copies_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "long.tsv"
    path.write_text("Line 1.\tRow 1.\nHuge\t" + "word " * (LONG // 5) + "\nLine 2.\tRow 2.\n", encoding="utf-8")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        pairs = read_tsv_pairs(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [len(target) for _, target, _ in pairs] == [6, LONG // 5 * 5, 6]
    # the bytes and the text while it is decoded, then the text and the long field; on main 3.0 times
    assert peak < 2.3 * size, (peak, size)


@pytest.mark.parametrize("line", ["a\tb", "a\tb\t", "a\tb\r", "a", "a\t\tnote one\\nnote two", "\t"])
@pytest.mark.parametrize("padding", [0, 70_000])
def test_a_line_in_its_text_reads_as_the_line_alone(line: str, padding: int) -> None:
    line = "x" * padding + line
    text = "before\n" + line + "\nafter"
    start = len("before\n")
    assert parse_line(text, "f", 2, start, start + len(line)) == parse_line(line, "f", 2)


@pytest.mark.parametrize("padding", [0, 70_000])
def test_a_line_of_too_many_fields_is_refused_with_their_count(padding: int) -> None:
    line = "x" * padding + "a\tb\tc\td\te"
    with pytest.raises(InputError, match="f, line 2: 5 tab-separated fields"):
        parse_line("before\n" + line, "f", 2, 7, 7 + len(line))
