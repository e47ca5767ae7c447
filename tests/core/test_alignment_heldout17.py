"""The seventeenth held-out set (`bench.align_heldout17`: Russian pages typeset as a Soviet edition,
degraded and read by Tesseract `rus`, against English translations): its committed OCR texts and
frozen Russian segments are those the gold was read on, and the gold's segment ids exist on both
sides. No aligner is ever run on the set. The committed gold's counts are checked with every set's
in `tests/core/test_alignment_heldout_gold.py`.

Rebuilding the OCR needs Pillow, numpy and pyphen, which the project does not depend on: that test
runs only where they are importable (the builder's own path), so the suite never OCRs pages."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from bench import align_heldout, align_heldout17

GOLD = json.loads(align_heldout17.GOLD.read_text(encoding="utf-8"))
PAGES = json.loads((align_heldout17.DATA / "pages.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(align_heldout17.SOURCES))
def test_the_committed_ocr_and_frozen_segments_are_those_the_gold_was_read_on(name: str) -> None:
    ocr = (align_heldout17.DATA / f"{name}.txt").read_bytes()
    assert hashlib.sha256(ocr).hexdigest() == GOLD[name]["ocr_sha256"] == PAGES[name]["sha256"]
    ru = align_heldout17.russian(name)
    assert align_heldout.digest(ru) == GOLD[name]["ru_sha256"]
    assert len(ru) == GOLD[name]["ru_sentences"]
    assert all(segment.strip() and "\n" not in segment for segment in ru)


@pytest.mark.parametrize("name", sorted(align_heldout17.SOURCES))
def test_the_frozen_segments_came_from_the_committed_ocr_by_the_import(name: str) -> None:
    """Guards the labels against a cleanup change: the day the import makes other segments of the
    same OCR, this fails and the gold must be re-read (`bench.align_heldout17_build --freeze`)."""
    assert align_heldout17.imported(name) == align_heldout17.russian(name)


@pytest.mark.parametrize("name", sorted(align_heldout17.SOURCES))
def test_every_gold_segment_id_exists_on_its_side(name: str) -> None:
    beads = GOLD[name]["beads"]
    assert max(i for s, _ in beads for i in s) == GOLD[name]["en_sentences"] - 1
    assert max(j for _, t in beads for j in t) == GOLD[name]["ru_sentences"] - 1


@pytest.mark.parametrize("name", sorted(align_heldout17.SOURCES))
def test_the_english_splits_into_the_sentences_the_gold_was_read_on(name: str) -> None:
    """Where `fetch` mirrors the collection (skipped elsewhere; the texts are only split)."""
    try:
        en, ru = align_heldout17.sentence_files(name)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    assert (len(en), len(ru)) == (GOLD[name]["en_sentences"], GOLD[name]["ru_sentences"])


def test_a_changed_segment_file_is_refused(tmp_path: Path) -> None:
    name = "gogol-nose-1-2"
    lines = align_heldout17.russian(name)
    (tmp_path / f"{name}.ru.txt").write_text("\n".join([lines[0] + " x", *lines[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(align_heldout.TextsAbsent, match="Russian segments"):
        align_heldout17.sentence_files(name, data=tmp_path)


def test_a_missing_segment_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(align_heldout.TextsAbsent, match="missing"):
        align_heldout17.sentence_files("gogol-nose-1-2", data=tmp_path)


_BUILDABLE = all(importlib.util.find_spec(m) for m in ("PIL", "numpy", "pyphen")) and shutil.which("tesseract")


@pytest.mark.skipif(not _BUILDABLE, reason="the OCR rebuild needs Pillow, numpy, pyphen and Tesseract")
def test_the_pages_typeset_and_read_again_give_the_committed_ocr(tmp_path: Path) -> None:
    from bench import align_heldout16_build, align_heldout17_build
    from bench.ocr_heldout_ru_build import Typesetter, ocr

    name = "gogol-nose-1-2"
    try:
        setter = Typesetter()
        pages = align_heldout17_build.pages(name, setter)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    text, images = align_heldout16_build.scan(name, tmp_path, setter, pages, ocr)
    assert images == PAGES[name]["pages"]
    assert text == (align_heldout17.DATA / f"{name}.txt").read_text(encoding="utf-8")
