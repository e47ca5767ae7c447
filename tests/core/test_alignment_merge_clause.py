"""Two neighbouring 1-1 pairs that read only modestly better joined become one 2-2 bead only
where a clause at their boundary renders the other pair's (`_merged_pairs`, `MERGE_SURE_GAIN`,
`MERGE_CLAUSE_MARGIN`, `_crossed_clause`): an old translation that leaves out a clause in each of
two sentences reads better joined too, yet each of its boundary clauses reads closest to its own.

Made-up sentences, read by the real encoder; where it is not installed the tests are skipped."""

from __future__ import annotations

import pytest

from tests.core.test_alignment_cut_doubts import ENCODER, _sides, pair
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import DEFAULTS, _crossed_clause, _crossing, _merged_pairs
from workbench.core.alignment.meaning import Meaning, span_similarity

pytestmark = pytest.mark.skipif(ENCODER is None, reason="the sentence encoder is not installed")

CUT = (
    [
        "The miller's son came back from the town on Sunday, bringing a cart of flour.",
        "Everyone in the village was glad to see him again.",
    ],
    [
        "В воскресенье из города вернулся сын мельника, про которого я уже говорил.",
        "Вся деревня, от старосты до последнего пастуха, радовалась ему.",
    ],
)
"""Two right pairs, each translation leaving out what the other side says (the cart of flour;
"again") and adding its own (the narrator's aside, the elder and the shepherd)."""

MOVED = (
    [
        "The old man sat by the fire all evening.",
        "His dog slept at his feet, and outside the snow kept falling on the village.",
    ],
    [
        "Весь вечер старик сидел у огня, а у его ног спала собака.",
        "За окном на деревню всё падал снег.",
    ],
)
"""A 2-2 bead: the dog moved into the first Russian sentence."""


def _meaning() -> Meaning:
    assert ENCODER is not None
    return Meaning(ENCODER)


def _gain(english: list[str], russian: list[str]) -> float:
    """What `_joined_similarity` weighs against `MERGE_GAIN` for the two pairs."""
    source, target = _sides(english, russian)
    halves = [pair((0,), (0,)), pair((1,), (1,))]
    alone = [span_similarity(source.meaning, target.meaning, b.source, b.target) for b in halves]
    joined = span_similarity(source.meaning, target.meaning, (0, 1), (0, 1))
    assert joined is not None and alone[0] is not None and alone[1] is not None
    crossing = _crossing(halves[0], halves[1], source, target, DEFAULTS)
    return joined - max(alone[0], alone[1]) + aligner.CROSS_WEIGHT * crossing


def _merged(english: list[str], russian: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    source, target = _sides(english, russian)
    halves = [pair((0,), (0,)), pair((1,), (1,))]
    return [(b.source, b.target) for b in _merged_pairs(halves, source, target, DEFAULTS, (english, russian), _meaning())]


def test_each_boundary_clause_of_two_right_pairs_reads_closest_to_its_own() -> None:
    assert _crossed_clause(pair((0,), (0,)), pair((1,), (1,)), CUT, _meaning()) >= aligner.MERGE_CLAUSE_MARGIN


def test_a_clause_moved_across_the_boundary_reads_closer_to_the_other_pair() -> None:
    assert _crossed_clause(pair((0,), (0,)), pair((1,), (1,)), MOVED, _meaning()) < aligner.MERGE_CLAUSE_MARGIN


def test_two_right_pairs_that_read_modestly_better_joined_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the gain these two pairs have above `MERGE_GAIN` (lowered to put them there), they
    were joined on the gain alone; no clause crosses, so they stay two pairs."""
    gain = _gain(*CUT)
    assert 0 < gain < aligner.MERGE_SURE_GAIN
    monkeypatch.setattr(aligner, "MERGE_GAIN", gain - 0.03)
    assert _merged(*CUT) == [((0,), (0,)), ((1,), (1,))]


def test_a_gain_from_the_sure_one_up_joins_without_a_crossed_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    gain = _gain(*CUT)
    monkeypatch.setattr(aligner, "MERGE_GAIN", gain - 0.03)
    monkeypatch.setattr(aligner, "MERGE_SURE_GAIN", gain - 0.01)
    assert _merged(*CUT) == [((0, 1), (0, 1))]


def test_a_moved_clause_joins_under_the_sure_gain() -> None:
    assert aligner.MERGE_GAIN < _gain(*MOVED) < aligner.MERGE_SURE_GAIN
    assert _merged(*MOVED) == [((0, 1), (0, 1))]
