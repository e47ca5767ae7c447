"""Two neighbouring 1-1 pairs whose lengths cross (one translation too long, the other too
short for the text's ratio) need less meaning gain to become one 2-2 bead (`_merged_pairs`,
`CROSS_WEIGHT`).

Made-up sentences, read by the real encoder; where it is not installed the tests are
skipped."""

from __future__ import annotations

import numpy as np
import pytest

from tests.core.test_alignment_cut_doubts import ENCODER, _sides, pair
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import DEFAULTS, MERGE_GAIN, _crossing, _merged_pairs
from workbench.core.alignment.meaning import Meaning, span_similarity
from workbench.core.alignment.scoring import length_deviation, signed_length_deviation

needs_encoder = pytest.mark.skipif(ENCODER is None, reason="the sentence encoder is not installed")


def _meaning() -> Meaning:
    assert ENCODER is not None
    return Meaning(ENCODER)


def test_the_signed_deviation_keeps_the_sign_the_unsigned_one_drops() -> None:
    english = np.array([40.0, 100.0, 60.0])
    russian = np.array([90.0, 50.0, 60.0])
    signed = signed_length_deviation(english, russian, DEFAULTS)
    assert signed[0] > 0 > signed[1]
    assert signed[2] == 0.0
    assert np.array_equal(np.abs(signed), length_deviation(english, russian, DEFAULTS))


@needs_encoder
def test_a_clause_moved_across_the_boundary_joins_with_crossed_lengths() -> None:
    """The dog moved into the first Russian sentence: the first translation is long for
    its English, the second short. The whole reads better than either pair, by less than
    `MERGE_GAIN` alone; the crossing makes up the rest."""
    english = [
        "The old man sat by the fire all evening.",
        "His dog slept at his feet, and outside the snow kept falling on the village.",
    ]
    russian = [
        "Весь вечер старик сидел у огня, а у его ног спала собака.",
        "За окном на деревню всё падал снег.",
    ]
    source, target = _sides(english, russian)
    halves = [pair((0,), (0,)), pair((1,), (1,))]
    alone = [span_similarity(source.meaning, target.meaning, b.source, b.target) for b in halves]
    joined = span_similarity(source.meaning, target.meaning, (0, 1), (0, 1))
    assert joined is not None and None not in alone
    assert 0 < joined - max(a for a in alone if a is not None) <= MERGE_GAIN
    assert _crossing(halves[0], halves[1], source, target, DEFAULTS) > 0
    merged = _merged_pairs(halves, source, target, DEFAULTS, (english, russian), _meaning())
    assert [(b.source, b.target) for b in merged] == [((0, 1), (0, 1))]
    assert merged[0].margin == 3.0


@needs_encoder
def test_two_right_pairs_with_crossed_lengths_stay_apart() -> None:
    """A terse translation beside a wordy one crosses the lengths too, but the two pairs
    read no better joined: the crossing alone joins nothing."""
    english = [
        "The village school stood at the very end of the long road, close to the river.",
        "Forty children came.",
    ]
    russian = [
        "Школа стояла у реки.",
        "Сорок детей приходили в неё каждое утро из трёх соседних деревень.",
    ]
    source, target = _sides(english, russian)
    halves = [pair((0,), (0,)), pair((1,), (1,))]
    assert _crossing(halves[0], halves[1], source, target, DEFAULTS) == aligner.CROSS_CAP
    merged = _merged_pairs(halves, source, target, DEFAULTS, (english, russian), _meaning())
    assert [(b.source, b.target) for b in merged] == [((0,), (0,)), ((1,), (1,))]


@needs_encoder
def test_lengths_that_lean_the_same_way_do_not_cross() -> None:
    source, target = _sides(
        ["The old man sat by the fire.", "The snow fell."],
        ["Старик долго сидел у огня в своей комнате.", "Весь вечер шёл густой снег."],
    )
    assert _crossing(pair((0,), (0,)), pair((1,), (1,)), source, target, DEFAULTS) == 0.0
    assert aligner.CROSS_WEIGHT > 0
