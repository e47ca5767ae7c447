"""The sixteenth held-out set (`bench.align_heldout16`: English pages typeset, degraded and read
by Tesseract, against the Russian translations): its committed OCR texts and frozen English
segments are those the gold was read on, and the gold's segment ids exist on both sides. No
aligner is ever run on the set. The committed gold's counts are checked with every set's in
`tests/core/test_alignment_heldout_gold.py`.

Rebuilding the OCR (typesetting, degrading and reading pages with Tesseract, a minute or more a
text) needs Pillow, numpy and pyphen, which the project does not depend on: that test runs only
where they are importable (the builder's own venv), so the suite never OCRs pages."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from bench import align_heldout, align_heldout16

GOLD = json.loads(align_heldout16.GOLD.read_text(encoding="utf-8"))
PAGES = json.loads((align_heldout16.DATA / "pages.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(align_heldout16.SOURCES))
def test_the_committed_ocr_and_frozen_segments_are_those_the_gold_was_read_on(name: str) -> None:
    ocr = (align_heldout16.DATA / f"{name}.txt").read_bytes()
    assert hashlib.sha256(ocr).hexdigest() == GOLD[name]["ocr_sha256"] == PAGES[name]["sha256"]
    en = align_heldout16.english(name)
    assert align_heldout.digest(en) == GOLD[name]["en_sha256"]
    assert len(en) == GOLD[name]["en_sentences"]
    assert all(segment.strip() and "\n" not in segment for segment in en)


@pytest.mark.parametrize("name", sorted(align_heldout16.SOURCES))
def test_every_gold_segment_id_exists_on_its_side(name: str) -> None:
    beads = GOLD[name]["beads"]
    assert max(i for s, _ in beads for i in s) == GOLD[name]["en_sentences"] - 1
    assert max(j for _, t in beads for j in t) == GOLD[name]["ru_sentences"] - 1


@pytest.mark.parametrize("name", sorted(align_heldout16.SOURCES))
def test_the_russian_splits_into_the_sentences_the_gold_was_read_on(name: str) -> None:
    """Where `fetch` mirrors the collection (skipped elsewhere; the texts are only split)."""
    try:
        en, ru = align_heldout16.sentence_files(name)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    assert (len(en), len(ru)) == (GOLD[name]["en_sentences"], GOLD[name]["ru_sentences"])


def test_a_changed_segment_file_is_refused(tmp_path: Path) -> None:
    name = "ohenry-gift-of-the-magi"
    shutil.copy(align_heldout16.DATA / f"{name}.txt", tmp_path / f"{name}.txt")
    lines = align_heldout16.english(name)
    (tmp_path / f"{name}.en.txt").write_text("\n".join([lines[0] + " x", *lines[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(align_heldout.TextsAbsent, match="English segments"):
        align_heldout16.sentence_files(name, data=tmp_path)


_BUILDABLE = all(importlib.util.find_spec(m) for m in ("PIL", "numpy", "pyphen")) and shutil.which("tesseract")


@pytest.mark.skipif(not _BUILDABLE, reason="the OCR rebuild needs Pillow, numpy, pyphen and Tesseract")
def test_the_pages_typeset_and_read_again_give_the_committed_ocr(tmp_path: Path) -> None:
    from bench import align_heldout16_build

    name = "ohenry-gift-of-the-magi"
    text, images = align_heldout16_build.scan(name, tmp_path, align_heldout16_build.EnglishTypesetter())
    assert images == PAGES[name]["pages"]
    assert text == (align_heldout16.DATA / f"{name}.txt").read_text(encoding="utf-8")
