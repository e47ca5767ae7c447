"""The nineteenth held-out set (`bench.align_heldout19`: Abai's *Book of Words*, social essays in
numbered chapters, RU → EN): where `fetch` mirrors the collection, the user files it rebuilds and
the segments the import makes of them are those the gold was read on, and the gold keeps its rules
for headings and glosses. No aligner is ever run on the set. The committed gold's counts are
checked with every set's in `tests/core/test_alignment_heldout_gold.py`; nothing of the texts is
committed, so every test that reads them skips where the mirror is absent."""

from __future__ import annotations

import json
import re

import pytest

from bench import align_heldout, align_heldout19

GOLD = json.loads(align_heldout19.GOLD.read_text(encoding="utf-8"))
NAMES = sorted(align_heldout19.SOURCES)
HEADING_EN = re.compile(r"Word [A-Z][a-z]+(?:-[A-Z][a-z]+)?")
HEADING_RU = re.compile(r"\d+\. Слово [А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+)?")
GLOSS = re.compile(r"\[[^\]]+\]")
"""A translator's bracketed gloss inside a Russian sentence («сарт-сурт [треск, трёщотка]»)."""


def _sides(name: str) -> tuple[list[str], list[str]]:
    try:
        return align_heldout19.sentence_files(name)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))


@pytest.mark.parametrize("name", NAMES)
def test_the_user_files_and_their_segments_are_those_the_gold_was_read_on(name: str) -> None:
    en, ru = _sides(name)
    assert (len(en), len(ru)) == (GOLD[name]["en_sentences"], GOLD[name]["ru_sentences"])
    assert all(
        segment.strip() and "\n" not in segment and "<" not in segment for segment in en + ru
    )


@pytest.mark.parametrize("name", NAMES)
def test_every_heading_pairs_with_its_heading_and_every_gloss_is_paired(name: str) -> None:
    """The set's rules, held by its labels: a Word's heading is a 1-1 bead with the other side's
    heading, and a segment carrying a bracketed gloss is in a bead with the English."""
    en, ru = _sides(name)
    beads = GOLD[name]["beads"]
    headings = [(s, t) for s, t in beads if any(HEADING_EN.fullmatch(en[i]) for i in s)]
    assert len(headings) == 5
    assert all(len(s) == len(t) == 1 and HEADING_RU.fullmatch(ru[t[0]]) for s, t in headings)
    assert sum(bool(HEADING_RU.fullmatch(segment)) for segment in ru) == 5
    glossed = {j for j, segment in enumerate(ru) if GLOSS.search(segment)}
    assert glossed <= {j for s, t in beads if s for j in t}


def test_the_left_out_sentence_is_the_one_null_bead() -> None:
    _, ru = _sides("abai-words-1-5")
    nulls = [(s, t) for s, t in GOLD["abai-words-1-5"]["beads"] if not s or not t]
    assert len(nulls) == 1 and not nulls[0][0]
    assert ru[nulls[0][1][0]].startswith("Сила их в том, что неустанно учатся они ремеслу")
