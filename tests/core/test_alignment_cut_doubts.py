"""A pair whose sentences and its neighbour's read nearly as well or better cut otherwise
is less sure (`cut_doubts`, applied with the free-translation confidence model).

Made-up sentences, read by the real encoder; where it is not installed the tests are
skipped."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from workbench.core.alignment.aligner import Bead, cut_doubts
from workbench.core.alignment.dictionary import SentenceWords
from workbench.core.alignment.meaning import (
    Meaning,
    SentenceMeaning,
    default_encoder,
    sentence_meaning,
)
from workbench.core.alignment.scoring import Side

ENCODER = default_encoder()
pytestmark = pytest.mark.skipif(ENCODER is None, reason="the sentence encoder is not installed")


def _sides(english: list[str], russian: list[str]) -> tuple[Side, Side]:
    """Both texts as the aligner's sides, every sentence (and run of up to three) read."""
    assert ENCODER is not None
    meaning = Meaning(ENCODER)

    def side(texts: list[str]) -> Side:
        n = len(texts)
        empty = np.zeros(0, dtype=np.int64)
        bare = Side(
            np.array([len(t) for t in texts], dtype=np.float64),
            np.ones(n + 1, dtype=bool),
            empty,
            empty,
            np.zeros(0),
            np.zeros(n, dtype=bool),
            SentenceWords.empty(n),
            SentenceMeaning.empty(),
        )
        return replace(bare, meaning=sentence_meaning(meaning, texts, range(n)))

    return side(english), side(russian)


def pair(rows: tuple[int, ...], cols: tuple[int, ...]) -> Bead:
    return Bead(rows, cols, 0.5, margin=3.0)


def test_two_right_pairs_are_not_doubted() -> None:
    source, target = _sides(
        [
            "The village school stood at the end of the road near the river.",
            "Forty children came to it from three villages.",
        ],
        [
            "Деревенская школа стояла в конце дороги у реки.",
            "Сорок детей приходили в неё из трёх деревень.",
        ],
    )
    assert list(cut_doubts([pair((0,), (0,)), pair((1,), (1,))], source, target)) == [0.0, 0.0]


def test_the_halves_of_a_two_two_bead_are_doubted() -> None:
    """The dog at the old man's feet closes the first Russian sentence and opens the
    second English one: each half still reads as a translation, the whole reads better."""
    source, target = _sides(
        [
            "The old man sat by the fire all evening and did not say a word to anyone.",
            "His dog slept at his feet, and outside the snow kept falling on the village.",
        ],
        [
            "Весь вечер старик сидел у огня и никому не сказал ни слова, а у его ног спала собака.",
            "За окном на деревню всё падал снег.",
        ],
    )
    doubts = cut_doubts([pair((0,), (0,)), pair((1,), (1,))], source, target)
    assert doubts[0] > 0.0 and doubts[1] > 0.0


def test_a_boundary_one_sentence_off_is_doubted_and_the_right_one_is_not() -> None:
    source, target = _sides(
        ["Are you a shoemaker?", "Or a tailor?", "I am a fisherman, he said after a moment."],
        ["Сапожник, что ли?", "Или портной?", "Рыбак я, сказал он, подумав."],
    )
    off = cut_doubts([pair((0,), (0, 1)), pair((1, 2), (2,))], source, target)
    right = cut_doubts([pair((0, 1), (0, 1)), pair((2,), (2,))], source, target)
    assert min(off) > 1.0
    assert list(right) == [0.0, 0.0]


def test_unpaired_sentences_and_unread_pairs_are_left_as_they_are() -> None:
    source, target = _sides(["One.", "Two.", "Three."], ["Один.", "Два."])
    beads = [pair((0,), (0,)), Bead((1,), (), 0.5, margin=1.0), pair((2,), (1,))]
    assert list(cut_doubts(beads, source, target)) == [0.0, 0.0, 0.0]
    # A side of four sentences has no vector of its own: nothing to compare.
    long_source, long_target = _sides(["a.", "b.", "c.", "d.", "e."], ["а.", "б."])
    assert list(cut_doubts([pair((0, 1, 2, 3), (0,)), pair((4,), (1,))], long_source, long_target)) == [0.0, 0.0]
