"""Large beads in a free translation: their cost follows the text's own smaller beads.

The passage is a real one, the fifth held-out set's Dostoevsky («Ёлка и свадьба» in the
anthology's English), read at test time where `fetch` mirrors it and split as the set is
(`bench.align_heldout5`); its gold beads are the committed ones. Nothing of the text is in
the repository. Where the mirror, the dev set's splitter or the encoder is missing, the
test is skipped.
"""

from __future__ import annotations

import json

import pytest

from bench import align_dev, align_heldout, align_heldout5, align_heldout7
from workbench.core.alignment.aligner import (
    LARGE_BEAD_FLOOR,
    LARGE_BEAD_PRIOR,
    Sentence,
    align,
    large_bead_priors,
)
from workbench.core.alignment.meaning import Meaning, default_encoder
from workbench.core.alignment.search import BEAD_TYPES, FREE_BEAD_TYPES, LARGE_BEAD_TYPES

TEXT = "dostoevsky-christmas-tree"


def test_only_a_free_translation_has_five_to_one_beads() -> None:
    assert FREE_BEAD_TYPES[: len(LARGE_BEAD_TYPES)] == LARGE_BEAD_TYPES
    assert set(FREE_BEAD_TYPES) - set(LARGE_BEAD_TYPES) == {(5, 1)}


def test_a_close_translation_keeps_the_fixed_large_bead_cost() -> None:
    priors = tuple(float(k) for k in range(len(BEAD_TYPES)))
    assert large_bead_priors(priors, LARGE_BEAD_TYPES) == (LARGE_BEAD_PRIOR,) * (
        len(LARGE_BEAD_TYPES) - len(BEAD_TYPES)
    )


def test_a_free_translation_extrapolates_large_beads_from_its_smaller_ones() -> None:
    cost = {(1, 1): 0.3, (1, 0): 2.4, (0, 1): 3.0, (1, 2): 3.5, (2, 1): 3.0, (2, 2): 5.5,
            (1, 3): 6.0, (3, 1): 3.6}
    priors = large_bead_priors(tuple(cost[t] for t in BEAD_TYPES), FREE_BEAD_TYPES)
    by_type = dict(zip(FREE_BEAD_TYPES[len(BEAD_TYPES) :], priors, strict=True))
    # 1-4: 6.0 + (6.0 - 3.5) = 8.5; 4-1: 3.6 + 0.6 = 4.2, raised to the floor;
    # 2-3: 5.5 + (5.5 - 3.0) = 8.0; 3-2: 5.5 + (5.5 - 3.5) = 7.5; 5-1: 6.0 + (6.0 - 3.6).
    assert by_type == {
        (1, 4): 8.5, (4, 1): LARGE_BEAD_FLOOR, (2, 3): 8.0, (3, 2): 7.5, (5, 1): pytest.approx(8.4)
    }
    steep = {**cost, (1, 3): 8.0}
    assert large_bead_priors(tuple(steep[t] for t in BEAD_TYPES), FREE_BEAD_TYPES)[0] == LARGE_BEAD_PRIOR


@pytest.mark.skipif(default_encoder() is None, reason="the sentence encoder is not installed")
@pytest.mark.skipif(align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout")
def test_long_periods_of_a_free_translation_are_found_as_four_to_one_beads() -> None:
    """Dostoevsky's periods that the English cuts into four sentences were each found as a
    3-1 bead and an unpaired sentence (or a 2-1 and two): a fixed large-bead cost of 9
    against this text's 3-1 cost of 3.9 and its cheap unpaired sentences."""
    try:
        en, ru = align_heldout.sentence_files(TEXT, align_heldout5.SOURCES, align_heldout5.GOLD)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    gold = json.loads(align_heldout5.GOLD.read_text(encoding="utf-8"))[TEXT]["beads"]
    four_to_one = [(tuple(s), tuple(t)) for s, t in gold if len(s) == 4 and len(t) == 1]
    assert len(four_to_one) == 3
    encoder = default_encoder()
    assert encoder is not None
    beads = align([Sentence(s, 0) for s in en], [Sentence(t, 0) for t in ru], meaning=Meaning(encoder))
    found = {(b.source, b.target) for b in beads}
    assert [b for b in four_to_one if b not in found] == []


@pytest.mark.skipif(default_encoder() is None, reason="the sentence encoder is not installed")
@pytest.mark.skipif(align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout")
def test_periods_a_free_translation_cuts_in_five_are_found_as_five_to_one_beads() -> None:
    """Lermontov's «Тамань» in Wisdom and Murray's English (the seventh set), which cuts
    Lermontov's periods and exchanges of speech into many sentences: its three periods
    cut in five came out as a 4-1 bead beside an unpaired sentence (one as a 3-1 and
    two), a shape the search did not have."""
    text = "lermontov-taman"
    try:
        en, ru = align_heldout.sentence_files(text, align_heldout7.SOURCES, align_heldout7.GOLD)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    gold = json.loads(align_heldout7.GOLD.read_text(encoding="utf-8"))[text]["beads"]
    five_to_one = [(tuple(s), tuple(t)) for s, t in gold if len(s) == 5 and len(t) == 1]
    assert len(five_to_one) == 3
    encoder = default_encoder()
    assert encoder is not None
    beads = align([Sentence(s, 0) for s in en], [Sentence(t, 0) for t in ru], meaning=Meaning(encoder))
    found = {(b.source, b.target) for b in beads}
    assert [b for b in five_to_one if b not in found] == []
