"""The committed gold of every held-out free-translation set from the second on, checked in one
place: each set's gold is whole (every sentence of each side in one bead, in order; no bead
empty), from the sixth set on it holds the counts it was frozen with under two sha256 digests a
text, the hand-paired sets' paragraph pairs take every paragraph once, and where `fetch` mirrors a
set's works they split into the sentences the gold was written on. Only the committed files are
read and the works only split: no aligner is ever run on a held-out set. Each set's own reading
(its made-up works, its layout) is tested in its own module, `test_alignment_heldoutN.py`."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from bench import (
    align_dev,
    align_heldout,
    align_heldout2,
    align_heldout3,
    align_heldout4,
    align_heldout5,
    align_heldout6,
    align_heldout7,
    align_heldout8,
    align_heldout9,
    align_heldout10,
    align_heldout11,
    align_heldout12,
    align_heldout13,
    align_heldout14,
    align_heldout15,
    align_heldout16,
    align_heldout17,
    align_heldout18,
    align_heldout19,
    align_heldout20,
    align_heldout21,
    align_heldout22,
    align_heldout23,
    align_heldout24,
    align_heldout25,
)
from tests.core.test_alignment_heldout import (
    assert_frozen_gold,
    assert_gold_is_whole,
    assert_paragraph_pairs_whole,
    assert_split_as_frozen,
)

pytestmark = pytest.mark.skipif(
    align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout"
)

Frozen = dict[str, dict[str, int]]

FROZEN: dict[ModuleType, Frozen] = {
    align_heldout6: {
        "chekhov-in-exile": {"en_sentences": 239, "ru_sentences": 250, "beads": 233, "null": 0},
        "gogol-calash": {"en_sentences": 253, "ru_sentences": 224, "beads": 203, "null": 6},
    },
    align_heldout7: {
        "gogol-taras-bulba-1": {
            "en_sentences": 223, "ru_sentences": 178, "beads": 175,
            "1-1": 133, "1-n": 2, "n-1": 31, "n-m": 4, "null": 5,
        },
        "lermontov-taman": {
            "en_sentences": 354, "ru_sentences": 234, "beads": 230,
            "1-1": 149, "1-n": 0, "n-1": 78, "n-m": 3, "null": 0,
        },
    },
    align_heldout8: {
        "lermontov-bela-1-2": {
            "en_sentences": 172, "ru_sentences": 132, "beads": 127,
            "1-1": 86, "1-n": 3, "n-1": 36, "n-m": 2, "null": 0,
        },
        "lermontov-maksim-maksimych": {
            "en_sentences": 279, "ru_sentences": 209, "beads": 198,
            "1-1": 132, "1-n": 7, "n-1": 56, "n-m": 3, "null": 0,
        },
        "lermontov-preface": {
            "en_sentences": 25, "ru_sentences": 23, "beads": 23,
            "1-1": 21, "1-n": 0, "n-1": 2, "n-m": 0, "null": 0,
        },
    },
    align_heldout9: {
        "gorky-twenty-six-and-one": {
            "en_sentences": 88, "ru_sentences": 75, "beads": 71,
            "1-1": 55, "1-n": 1, "n-1": 13, "n-m": 2, "null": 0,
        },
        "tolstoy-childhood-2-3": {
            "en_sentences": 119, "ru_sentences": 103, "beads": 88,
            "1-1": 57, "1-n": 10, "n-1": 18, "n-m": 3, "null": 0,
        },
        "tolstoy-childhood-4-6": {
            "en_sentences": 166, "ru_sentences": 139, "beads": 114,
            "1-1": 66, "1-n": 13, "n-1": 27, "n-m": 8, "null": 0,
        },
        "tolstoy-childhood-7-10": {
            "en_sentences": 143, "ru_sentences": 142, "beads": 114,
            "1-1": 73, "1-n": 17, "n-1": 16, "n-m": 8, "null": 0,
        },
    },
    align_heldout10: {
        "gorky-chelkash-boat": {
            "en_sentences": 71, "ru_sentences": 66, "beads": 65,
            "1-1": 54, "1-n": 3, "n-1": 6, "n-m": 0, "null": 2,
        },
        "gorky-chelkash-gavrila": {
            "en_sentences": 207, "ru_sentences": 205, "beads": 189,
            "1-1": 155, "1-n": 15, "n-1": 15, "n-m": 2, "null": 2,
        },
        "gorky-chelkash-harbour": {
            "en_sentences": 110, "ru_sentences": 105, "beads": 98,
            "1-1": 76, "1-n": 7, "n-1": 9, "n-m": 3, "null": 3,
        },
    },
    align_heldout11: {
        "tolstoy-sevastopol-december": {
            "en_sentences": 179, "ru_sentences": 171, "beads": 167,
            "1-1": 146, "1-n": 4, "n-1": 11, "n-m": 2, "null": 4,
        },
        "tolstoy-sevastopol-may-1-3": {
            "en_sentences": 78, "ru_sentences": 97, "beads": 97,
            "1-1": 62, "1-n": 2, "n-1": 3, "n-m": 1, "null": 29,
        },
        "tolstoy-sevastopol-may-4-5": {
            "en_sentences": 137, "ru_sentences": 122, "beads": 118,
            "1-1": 87, "1-n": 4, "n-1": 19, "n-m": 1, "null": 7,
        },
    },
    align_heldout12: {
        "progit-introduction": {
            "en_sentences": 40, "ru_sentences": 39, "beads": 37,
            "1-1": 32, "1-n": 2, "n-1": 3, "n-m": 0, "null": 0,
        },
        "progit-protocols": {
            "en_sentences": 100, "ru_sentences": 95, "beads": 101,
            "1-1": 92, "1-n": 0, "n-1": 1, "n-m": 0, "null": 8,
        },
        "progit-reset": {
            "en_sentences": 149, "ru_sentences": 152, "beads": 148,
            "1-1": 143, "1-n": 4, "n-1": 1, "n-m": 0, "null": 0,
        },
        "progit-undoing": {
            "en_sentences": 72, "ru_sentences": 69, "beads": 72,
            "1-1": 69, "1-n": 0, "n-1": 0, "n-m": 0, "null": 3,
        },
    },
    align_heldout13: {
        "carroll-alice-1-2": {
            "en_sentences": 181, "ru_sentences": 343, "beads": 175,
            "1-1": 82, "1-n": 88, "n-1": 1, "n-m": 4, "null": 0,
        },
        "carroll-alice-3-4": {
            "en_sentences": 194, "ru_sentences": 344, "beads": 190,
            "1-1": 89, "1-n": 81, "n-1": 1, "n-m": 10, "null": 9,
        },
    },
    align_heldout14: {
        "russell-idleness": {
            "en_sentences": 199, "ru_sentences": 217, "beads": 197,
            "1-1": 177, "1-n": 18, "n-1": 2, "n-m": 0, "null": 0,
        },
        "descartes-method-1": {
            "en_sentences": 45, "ru_sentences": 54, "beads": 42,
            "1-1": 30, "1-n": 9, "n-1": 3, "n-m": 0, "null": 0,
        },
        "descartes-method-2": {
            "en_sentences": 52, "ru_sentences": 66, "beads": 50,
            "1-1": 35, "1-n": 13, "n-1": 1, "n-m": 1, "null": 0,
        },
        "descartes-method-3": {
            "en_sentences": 34, "ru_sentences": 47, "beads": 31,
            "1-1": 15, "1-n": 11, "n-1": 2, "n-m": 1, "null": 2,
        },
    },
    align_heldout15: {
        "shakespeare-romeo-1-1": {
            "en_sentences": 253, "ru_sentences": 315, "beads": 250,
            "1-1": 206, "1-n": 39, "n-1": 2, "n-m": 1, "null": 2,
        },
        "shakespeare-romeo-1-2": {
            "en_sentences": 80, "ru_sentences": 97, "beads": 81,
            "1-1": 68, "1-n": 9, "n-1": 0, "n-m": 1, "null": 3,
        },
        "manifesto-preamble": {
            "en_sentences": 9, "ru_sentences": 9, "beads": 9,
            "1-1": 9, "1-n": 0, "n-1": 0, "n-m": 0, "null": 0,
        },
        "manifesto-measures": {
            "en_sentences": 25, "ru_sentences": 24, "beads": 24,
            "1-1": 23, "1-n": 0, "n-1": 1, "n-m": 0, "null": 0,
        },
    },
    align_heldout16: {
        "wilde-canterville-1-3": {
            "en_sentences": 167, "ru_sentences": 214, "beads": 161,
            "1-1": 105, "1-n": 39, "n-1": 4, "n-m": 4, "null": 9,
        },
        "ohenry-gift-of-the-magi": {
            "en_sentences": 123, "ru_sentences": 160, "beads": 118,
            "1-1": 92, "1-n": 19, "n-1": 4, "n-m": 1, "null": 2,
        },
    },
    align_heldout17: {
        "tolstoy-ivan-ilyich-1": {
            "en_sentences": 143, "ru_sentences": 152, "beads": 132,
            "1-1": 91, "1-n": 17, "n-1": 12, "n-m": 1, "null": 11,
        },
        "tolstoy-ivan-ilyich-2": {
            "en_sentences": 99, "ru_sentences": 100, "beads": 94,
            "1-1": 78, "1-n": 6, "n-1": 7, "n-m": 0, "null": 3,
        },
        "gogol-nose-1-2": {
            "en_sentences": 107, "ru_sentences": 120, "beads": 101,
            "1-1": 77, "1-n": 8, "n-1": 8, "n-m": 2, "null": 6,
        },
    },
    align_heldout18: {
        "gogol-st-johns-eve": {
            "en_sentences": 296, "ru_sentences": 287, "beads": 271,
            "1-1": 219, "1-n": 14, "n-1": 23, "n-m": 3, "null": 12,
        },
        "tolstoy-sevastopol-august-1-3": {
            "en_sentences": 89, "ru_sentences": 94, "beads": 80,
            "1-1": 60, "1-n": 10, "n-1": 2, "n-m": 2, "null": 6,
        },
    },
    align_heldout19: {
        "abai-words-1-5": {
            "en_sentences": 141, "ru_sentences": 137, "beads": 133,
            "1-1": 121, "1-n": 3, "n-1": 7, "n-m": 1, "null": 1,
        },
        "abai-words-6-10": {
            "en_sentences": 176, "ru_sentences": 172, "beads": 168,
            "1-1": 157, "1-n": 3, "n-1": 7, "n-m": 1, "null": 0,
        },
    },
    align_heldout20: {
        "gorky-in-the-world-alms": {
            "en_sentences": 90, "ru_sentences": 109, "beads": 79,
            "1-1": 56, "1-n": 15, "n-1": 8, "n-m": 0, "null": 0,
        },
        "gorky-in-the-world-cook": {
            "en_sentences": 88, "ru_sentences": 98, "beads": 76,
            "1-1": 56, "1-n": 10, "n-1": 8, "n-m": 2, "null": 0,
        },
        "gorky-in-the-world-shop": {
            "en_sentences": 132, "ru_sentences": 132, "beads": 107,
            "1-1": 71, "1-n": 14, "n-1": 22, "n-m": 0, "null": 0,
        },
    },
    align_heldout21: {
        "gorky-mother-guests": {
            "en_sentences": 89, "ru_sentences": 93, "beads": 77,
            "1-1": 54, "1-n": 9, "n-1": 9, "n-m": 2, "null": 3,
        },
        "gorky-mother-kopeck": {
            "en_sentences": 121, "ru_sentences": 118, "beads": 100,
            "1-1": 66, "1-n": 13, "n-1": 14, "n-m": 1, "null": 6,
        },
        "gorky-mother-suburb": {
            "en_sentences": 115, "ru_sentences": 108, "beads": 99,
            "1-1": 72, "1-n": 8, "n-1": 13, "n-m": 2, "null": 4,
        },
    },
    align_heldout22: {
        "poor-folk-april": {
            "en_sentences": 106, "ru_sentences": 102, "beads": 81,
            "1-1": 44, "1-n": 15, "n-1": 18, "n-m": 3, "null": 1,
        },
        "poor-folk-farewell": {
            "en_sentences": 94, "ru_sentences": 94, "beads": 79,
            "1-1": 51, "1-n": 9, "n-1": 13, "n-m": 3, "null": 3,
        },
        "poor-folk-june": {
            "en_sentences": 94, "ru_sentences": 96, "beads": 83,
            "1-1": 62, "1-n": 10, "n-1": 8, "n-m": 2, "null": 1,
        },
    },
    align_heldout23: {
        "ridiculous-man-1": {
            "en_sentences": 106, "ru_sentences": 101, "beads": 99,
            "1-1": 90, "1-n": 2, "n-1": 7, "n-m": 0, "null": 0,
        },
        "ridiculous-man-3": {
            "en_sentences": 87, "ru_sentences": 80, "beads": 77,
            "1-1": 67, "1-n": 2, "n-1": 7, "n-m": 1, "null": 0,
        },
        "ridiculous-man-5": {
            "en_sentences": 107, "ru_sentences": 99, "beads": 97,
            "1-1": 87, "1-n": 1, "n-1": 9, "n-m": 0, "null": 0,
        },
    },
    align_heldout24: {
        "prose-poems-country": {
            "en_sentences": 114, "ru_sentences": 126, "beads": 108,
            "1-1": 89, "1-n": 10, "n-1": 7, "n-m": 0, "null": 2,
        },
        "prose-poems-sparrow": {
            "en_sentences": 113, "ru_sentences": 111, "beads": 108,
            "1-1": 100, "1-n": 3, "n-1": 5, "n-m": 0, "null": 0,
        },
        "prose-poems-vrevsky": {
            "en_sentences": 97, "ru_sentences": 130, "beads": 130,
            "1-1": 93, "1-n": 0, "n-1": 2, "n-m": 0, "null": 35,
        },
    },
    align_heldout25: {
        "confession-1": {
            "en_sentences": 50, "ru_sentences": 47, "beads": 46,
            "1-1": 42, "1-n": 0, "n-1": 3, "n-m": 1, "null": 0,
        },
        "confession-4": {
            "en_sentences": 87, "ru_sentences": 84, "beads": 80,
            "1-1": 69, "1-n": 3, "n-1": 6, "n-m": 1, "null": 1,
        },
        "confession-6": {
            "en_sentences": 66, "ru_sentences": 97, "beads": 61,
            "1-1": 50, "1-n": 6, "n-1": 5, "n-m": 0, "null": 0,
        },
        "confession-12": {
            "en_sentences": 84, "ru_sentences": 81, "beads": 74,
            "1-1": 62, "1-n": 4, "n-1": 7, "n-m": 1, "null": 0,
        },
    },
}
"""The counts each set's gold was committed with, as its module docstring, the README and
docs/alignment.md give them (the sixth set's froze sentences, beads and null beads only)."""

UNFROZEN = (align_heldout2, align_heldout3, align_heldout4, align_heldout5)
"""The sets whose gold was committed before counts were frozen with it: only checked whole."""
HAND_PAIRED = (align_heldout6, align_heldout7, align_heldout8, align_heldout9, align_heldout10, align_heldout11,
               align_heldout12)
"""The sets whose works are paired paragraph by paragraph by hand (`align_heldout.HandPaired`)."""
SPLIT_BY_PAIRS = [module for module in FROZEN
                  if module not in (align_heldout15, align_heldout16, align_heldout17, align_heldout18,
                                     align_heldout19, align_heldout20, align_heldout21, align_heldout22,
                                     align_heldout23, align_heldout24, align_heldout25)]
"""The sets read by `align_heldout.sentence_files`; the fifteenth stages its own texts, the
sixteenth and seventeenth read OCR, the eighteenth imports its committed files, the nineteenth
imports user files it rebuilds from the mirror, as the twentieth to twenty-fifth do
(`tests/core/test_alignment_heldout16.py` to `..._heldout25.py`)."""


def _name(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[1]


@pytest.mark.parametrize("module", UNFROZEN, ids=_name)
def test_the_committed_gold_is_monotone_contiguous_and_covers_every_sentence_once(module: ModuleType) -> None:
    gold = json.loads(module.GOLD.read_text(encoding="utf-8"))
    assert sorted(gold) == sorted(module.SOURCES)
    for text in gold.values():
        assert_gold_is_whole(text)


@pytest.mark.parametrize("module", FROZEN, ids=_name)
def test_the_committed_gold_holds_its_frozen_counts_and_covers_every_sentence_once(module: ModuleType) -> None:
    assert_frozen_gold(module, FROZEN[module])


@pytest.mark.parametrize("module", HAND_PAIRED, ids=_name)
def test_the_paragraph_pairs_take_every_paragraph_once_in_order(module: ModuleType) -> None:
    assert_paragraph_pairs_whole(module.SOURCES)


@pytest.mark.parametrize(("module", "name"), [(m, name) for m in SPLIT_BY_PAIRS for name in sorted(FROZEN[m])],
                         ids=lambda value: _name(value) if isinstance(value, ModuleType) else value)
def test_the_works_split_into_the_sentences_the_gold_was_written_on(module: ModuleType, name: str) -> None:
    """Where `fetch` mirrors the texts: their digests and counts are the frozen ones (the texts
    are only split here, never aligned)."""
    assert_split_as_frozen(module, FROZEN[module], name)


@pytest.mark.parametrize("name", sorted(FROZEN[align_heldout15]))
def test_the_fifteenth_sets_works_split_into_the_sentences_the_gold_was_written_on(name: str) -> None:
    """The fifteenth set's works as it stages them (`align_heldout15.sentence_files`)."""
    try:
        en, ru = align_heldout15.sentence_files(name)
    except align_heldout.TextsAbsent as absent:
        pytest.skip(str(absent))
    frozen = FROZEN[align_heldout15][name]
    assert (len(en), len(ru)) == (frozen["en_sentences"], frozen["ru_sentences"])
