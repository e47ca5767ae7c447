"""The eighteenth held-out set (`bench.align_heldout18`: old translations with the translator's
footnotes and cuts): its committed files are those the gold was read on, the import still makes of
them the segments the gold was read on, and the gold keeps its own rules for notes. No aligner is
ever run on the set. The committed gold's counts are checked with every set's in
`tests/core/test_alignment_heldout_gold.py`."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from bench import align_heldout, align_heldout18

GOLD = json.loads(align_heldout18.GOLD.read_text(encoding="utf-8"))
FOOTNOTE = re.compile(r"\[[A-Z]\] |\(\d\) ")
"""A segment that opens a footnote paragraph as the English books print them ("[I] In many
regiments...", "(1) A dish of rice...")."""
MARKER = re.compile(r"\S\[[A-Z]\]|\(\d\)\W|\w \[\d\]|\[[А-ЯЁ][^\]]+\]")
"""A note inside a sentence: a footnote marker after a word (English "[J]", "(1)", Gogol's «[1]") or
Tolstoy's bracketed gloss."""

NAMES = sorted(align_heldout18.SOURCES)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_committed_files_and_their_segments_are_those_the_gold_was_read_on(name: str, lang: str) -> None:
    data = (align_heldout18.DATA / f"{name}.{lang}.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == GOLD[name][f"{lang}_file_sha256"]
    segments = align_heldout18.segments(name, lang)
    assert align_heldout.digest(segments) == GOLD[name][f"{lang}_sha256"]
    assert len(segments) == GOLD[name][f"{lang}_sentences"]
    assert all(segment.strip() and "\n" not in segment for segment in segments)


@pytest.mark.parametrize("name", NAMES)
def test_a_footnote_the_splitter_made_its_own_is_a_null_and_a_note_inside_a_sentence_is_not(name: str) -> None:
    """The set's rules for notes, held by its labels: every English footnote paragraph's segments
    stand alone, and every segment carrying a marker or a bracketed gloss is paired."""
    en, ru = align_heldout18.sentence_files(name)
    paired_en = {i for s, t in GOLD[name]["beads"] if t for i in s}
    paired_ru = {j for s, t in GOLD[name]["beads"] if s for j in t}
    notes = [i for i, segment in enumerate(en) if FOOTNOTE.match(segment)]
    assert notes and not paired_en & set(notes)
    marked = [i for i, segment in enumerate(en) if MARKER.search(segment) and not FOOTNOTE.match(segment)]
    glossed = [j for j, segment in enumerate(ru) if MARKER.search(segment)]
    assert marked and glossed
    assert set(marked) <= paired_en and set(glossed) <= paired_ru


@pytest.mark.parametrize("name", NAMES)
def test_the_committed_files_are_cut_from_the_mirrored_books(name: str, tmp_path: Path) -> None:
    """Where `fetch` mirrors both books (skipped elsewhere): `build` writes the committed files."""
    try:
        align_heldout18.build(tmp_path)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    for lang in ("en", "ru"):
        assert (tmp_path / f"{name}.{lang}.txt").read_bytes() == (align_heldout18.DATA / f"{name}.{lang}.txt").read_bytes()


def test_a_changed_file_is_refused(tmp_path: Path) -> None:
    name = "tolstoy-sevastopol-august-1-3"
    for lang in ("en", "ru"):
        text = (align_heldout18.DATA / f"{name}.{lang}.txt").read_text(encoding="utf-8")
        (tmp_path / f"{name}.{lang}.txt").write_text(text.replace("Kozeltzoff", "Kozeltzov", 1), encoding="utf-8")
    with pytest.raises(align_heldout.TextsAbsent, match="segments differ"):
        align_heldout18.sentence_files(name, data=tmp_path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(align_heldout.TextsAbsent, match="missing"):
        align_heldout18.sentence_files("gogol-st-johns-eve", data=tmp_path)


def test_the_set_is_read_whole_with_its_gold() -> None:
    docs = align_heldout18.documents()
    assert [doc.name for doc in docs] == NAMES
    assert align_heldout.gold_counts(docs) == {
        "gogol-st-johns-eve": {"en": 296, "ru": 287, "beads": 271,
                               "1-1": 219, "1-n": 14, "n-1": 23, "n-m": 3, "null": 12},
        "tolstoy-sevastopol-august-1-3": {"en": 89, "ru": 94, "beads": 80,
                                          "1-1": 60, "1-n": 10, "n-1": 2, "n-m": 2, "null": 6},
    }
