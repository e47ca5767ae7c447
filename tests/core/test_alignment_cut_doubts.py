"""A pair whose sentences and its neighbour's read nearly as well or better cut otherwise
is less sure (`cut_doubts`, features of the free-translation confidence model).

Made-up sentences, read by the real encoder; where it is not installed the tests are
skipped."""

from __future__ import annotations

import pytest

from tests.core.alignment_sides import read_side
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead, cut_doubts, edge_margins, meaning_margins
from workbench.core.alignment.meaning import (
    Meaning,
    default_encoder,
)
from workbench.core.alignment.scoring import Model, Side

ENCODER = default_encoder()
pytestmark = pytest.mark.skipif(ENCODER is None, reason="the sentence encoder is not installed")


def _sides(english: list[str], russian: list[str]) -> tuple[Side, Side]:
    """Both texts as the aligner's sides, every sentence (and run of up to three) read."""
    assert ENCODER is not None
    meaning = Meaning(ENCODER)

    return read_side(meaning, english), read_side(meaning, russian)


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
    assert not cut_doubts([pair((0,), (0,)), pair((1,), (1,))], source, target).any()


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
    assert doubts[0, 0] > 0.0 and doubts[1, 0] > 0.0


def test_a_boundary_one_sentence_off_is_doubted_and_the_right_one_is_not() -> None:
    source, target = _sides(
        ["Are you a shoemaker?", "Or a tailor?", "I am a fisherman, he said after a moment."],
        ["Сапожник, что ли?", "Или портной?", "Рыбак я, сказал он, подумав."],
    )
    off = cut_doubts([pair((0,), (0, 1)), pair((1, 2), (2,))], source, target)
    right = cut_doubts([pair((0, 1), (0, 1)), pair((2,), (2,))], source, target)
    assert off[:, 1].min() > 0.1
    assert not right.any()


def test_unpaired_sentences_and_unread_pairs_are_left_as_they_are() -> None:
    source, target = _sides(["One.", "Two.", "Three."], ["Один.", "Два."])
    beads = [pair((0,), (0,)), Bead((1,), (), 0.5, margin=1.0), pair((2,), (1,))]
    assert not cut_doubts(beads, source, target).any()


def test_a_boundary_one_piece_off_between_long_beads_is_doubted() -> None:
    """A translation that cuts every sentence (alignfix13): each English period is four
    and two Russian sentences. With the fifth piece given to the first bead (a 1-5
    beside a 1-1) each bead still reads as a translation; the cut one piece back
    reads better. A side longer than `LONGEST_SPAN` is read as a sum of runs."""
    source, target = _sides(
        [
            "The miller's wife woke before dawn, lit the stove, fed the geese that were"
            " shouting in the yard, and then sat down at the window to mend her husband's coat.",
            "When the sun rose the postman came up the hill with a letter from her son.",
        ],
        [
            "Жена мельника проснулась до рассвета.",
            "Она затопила печь.",
            "Потом накормила гусей, которые кричали во дворе.",
            "После этого она села у окна чинить мужнин кафтан.",
            "Когда взошло солнце, на холм поднялся почтальон.",
            "Он нёс письмо от её сына.",
        ],
    )
    off = cut_doubts([pair((0,), (0, 1, 2, 3, 4)), pair((1,), (5,))], source, target)
    right = cut_doubts([pair((0,), (0, 1, 2, 3)), pair((1,), (4, 5))], source, target)
    assert off[:, 1].min() > 0.1
    assert off[:, 1].min() > right[:, 1].max()


def test_a_pair_that_reads_better_shifted_has_a_negative_meaning_margin() -> None:
    """The second English sentence is the third Russian one's translation: paired with
    the second, its meaning margin says the next-best candidate reads better; the
    right pairs read best with each other; an unpaired sentence has none."""
    source, target = _sides(
        [
            "The old man sat by the fire all evening.",
            "Outside the snow kept falling on the village.",
            "His dog slept at his feet.",
        ],
        [
            "Весь вечер старик сидел у огня.",
            "У его ног спала собака.",
            "За окном на деревню всё падал снег.",
        ],
    )
    wrong = meaning_margins([pair((0,), (0,)), pair((1,), (1,)), pair((2,), (2,))], source, target)
    assert wrong[0] > 0.0 and wrong[1] < 0.0 and wrong[2] < 0.0
    right = meaning_margins([pair((0,), (0,)), pair((1,), (2,)), pair((2,), (1,))], source, target)
    assert right.min() > 0.0
    alone = [pair((0,), (0,)), Bead((1,), (), 0.5, margin=1.0), pair((2,), (1, 2))]
    assert meaning_margins(alone, source, target)[1] == 0.0


def test_the_doubts_weigh_only_through_the_free_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The doubts and the meaning margin are features of `CONFIDENCE_FREE`, not a
    penalty after it: with their weights at nothing, a doubted pair's confidence is
    what its other features say."""
    source, target = _sides(
        ["Are you a shoemaker?", "Or a tailor?", "I am a fisherman, he said after a moment."],
        ["Сапожник, что ли?", "Или портной?", "Рыбак я, сказал он, подумав."],
    )
    model = Model(ratio=1.0, variance=12.0)
    beads = [[Bead((0,), (0, 1), 0.5, 0.5, 3.0), Bead((1, 2), (2,), 0.5, 0.5, 3.0)]]
    weights = aligner.CONFIDENCE_FREE
    assert len(weights) == len(aligner.confidence_features(3.0, False, 0.5, 0.0, 0.0, False))
    doubted = aligner._calibrated(beads, weights, source, target, model, doubt=True)
    blind = (*weights[:8], *(0.0,) * (len(weights) - 8))
    plain = aligner._calibrated(beads, blind, source, target, model, doubt=True)
    unread = aligner._calibrated(beads, blind, source, target, model, doubt=False)
    assert [b.confidence for b in plain[0]] == [b.confidence for b in unread[0]]
    assert all(d.confidence < p.confidence for d, p in zip(doubted[0], plain[0], strict=True))


def test_a_piece_on_the_wrong_side_of_a_boundary_has_a_negative_edge_margin() -> None:
    """The piece the first bead took from the second reads closer to the second
    English sentence than to its own: both beads of that boundary are marked; cut
    right, every edge piece reads best with its own sentence."""
    source, target = _sides(
        [
            "The miller's wife woke before dawn, lit the stove and fed the geese in the yard.",
            "When the sun rose the postman came up the hill with a letter from her son.",
        ],
        [
            "Жена мельника проснулась до рассвета.",
            "Она затопила печь и накормила гусей во дворе.",
            "Когда взошло солнце, на холм поднялся почтальон.",
            "Он нёс письмо от её сына.",
        ],
    )
    off = edge_margins([pair((0,), (0, 1, 2)), pair((1,), (3,))], source, target)
    right = edge_margins([pair((0,), (0, 1)), pair((1,), (2, 3))], source, target)
    assert off.max() < 0.0
    assert right.min() > 0.0
    alone = [pair((0,), (0,)), pair((1,), (1,))]
    assert not edge_margins(alone, source, target).any()
