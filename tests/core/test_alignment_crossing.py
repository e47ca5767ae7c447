"""The in-sentence crossing evidence that `bench.align_crossing` measures (issue 12)."""

from __future__ import annotations

import pytest

from bench.align_crossing import _rarity, clauses, edge_evidence, merged
from workbench.core.alignment.aligner import Bead
from workbench.core.alignment.dictionary import word_list

WORDS = word_list("en", "ru")
ENGLISH = ["The soldier took the money from the box, and the witch died.", "Then he went to the town."]


def evidence(russian: list[str]) -> float:
    """The tail of the first English sentence read against the two Russian sentences."""
    assert WORDS is not None
    src = [clauses(text, True, WORDS) for text in ENGLISH]
    tgt = [clauses(text, False, WORDS) for text in russian]
    return edge_evidence(src[0], tgt[0], tgt[1], _rarity(tgt), tail=True)


@pytest.mark.skipif(WORDS is None, reason="the word list is not installed")
def test_a_clause_moved_into_the_next_sentence_fires_and_a_kept_one_does_not() -> None:
    moved = evidence(["Солдат взял деньги из сундука.", "Ведьма умерла, а он пошёл в город."])
    kept = evidence(["Солдат взял деньги из сундука, и ведьма умерла.", "Потом он пошёл в город."])
    assert moved > 0.0
    assert kept == 0.0


def test_merging_makes_one_two_two_bead_of_the_pairs_fired_on() -> None:
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.8), Bead((2,), (2,), 0.7), Bead((3,), (), 0.2)]
    out = merged(beads, {(1, 1)})
    assert [(b.source, b.target) for b in out] == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), ())]
