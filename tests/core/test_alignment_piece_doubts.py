"""A bead holding a sentence that does not belong in it, a line the translator added or a
piece of the next sentence's translation, is less sure (`piece_doubts`, features of the
free-translation confidence model), though read as one text it still reads well.

Made-up sentences, read by the real encoder; where it is not installed the tests are
skipped."""

from __future__ import annotations

import pytest

from tests.core.alignment_sides import read_side
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead, piece_doubts
from workbench.core.alignment.meaning import Meaning, default_encoder
from workbench.core.alignment.scoring import Model, Side

ENCODER = default_encoder()
pytestmark = pytest.mark.skipif(ENCODER is None, reason="the sentence encoder is not installed")

ENGLISH = [
    "The old fisherman mended his nets on the shore every morning before the sun rose over the hills.",
    "His grandson brought him bread and cheese at noon.",
]
CUT = [
    "Старый рыбак каждое утро чинил на берегу свои сети.",
    "Он садился за работу ещё до того, как солнце вставало над холмами.",
]
"""The first English sentence, cut in two by the translator: both pieces are its own."""
ADDED = "Мы тогда ещё не знали, чем кончится эта зима."
"""A line of the translator's own, nothing of the English."""
LUNCH = "В полдень внук приносил ему хлеб и сыр."


def _sides(english: list[str], russian: list[str]) -> tuple[Side, Side]:
    assert ENCODER is not None
    meaning = Meaning(ENCODER)
    return read_side(meaning, english), read_side(meaning, russian)


def pair(rows: tuple[int, ...], cols: tuple[int, ...]) -> Bead:
    return Bead(rows, cols, 0.5, margin=6.0)


def test_a_sentence_cut_in_two_is_not_doubted_as_a_bead_with_a_line_added() -> None:
    """The same 1-2 shape: both pieces of the cut sentence read with the English; with
    the translator's line in place of the second, the bead reads better without it and
    its weakest piece reads like nothing in it."""
    source, target = _sides(ENGLISH[:1], CUT)
    right = piece_doubts([pair((0,), (0, 1))], source, target)[0]
    source, target = _sides(ENGLISH[:1], [CUT[0], ADDED])
    stray = piece_doubts([pair((0,), (0, 1))], source, target)[0]
    assert stray[0] > right[0]
    assert stray[1] > right[1]
    assert stray[1] > 0.0


def test_a_piece_of_the_next_sentence_is_doubted() -> None:
    """The search gave the first English sentence the noon line too (a 1-3) and left
    the second English sentence unpaired: the 1-3 is doubted more than the right 1-2."""
    source, target = _sides(ENGLISH, [*CUT, LUNCH])
    wrong = piece_doubts([pair((0,), (0, 1, 2)), Bead((1,), (), 0.5, margin=1.0)], source, target)
    right = piece_doubts([pair((0,), (0, 1)), pair((1,), (2,))], source, target)
    assert wrong[0].sum() > right[0].sum()
    assert not wrong[1].any()  # an unpaired sentence has no pieces
    assert not right[1].any()  # nor a 1-1 pair


def test_a_bead_with_a_stray_line_is_less_sure_in_a_free_translation() -> None:
    """Read by the free model, the 1-2 with the translator's line scores lower than
    the cut sentence; the model for close translations does not read the doubts."""
    model = Model(ratio=1.0, variance=12.0)

    def confidence(russian: list[str], weights: tuple[float, ...], doubt: bool) -> float:
        source, target = _sides(ENGLISH[:1], russian)
        beads = [[pair((0,), (0, 1))]]
        return aligner._calibrated(beads, weights, source, target, model, doubt=doubt)[0][0].confidence

    free = aligner.CONFIDENCE_FREE
    assert confidence([CUT[0], ADDED], free, True) < confidence(CUT, free, True)
    close = aligner.CONFIDENCE_WITH_MEANING
    assert close[-2:] == (0.0, 0.0)
