"""A free translation's pair whose lengths are off the text's own ratio, or whose
neighbour's are, is less sure (`ratio_offsets`, `neighbours_fit`: features of the
free-translation confidence model). Lengths only: no encoder needed."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tests.core.alignment_sides import bare_side
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead, neighbours_fit, ratio_offsets
from workbench.core.alignment.scoring import Model


def pair(rows: tuple[int, ...], cols: tuple[int, ...]) -> Bead:
    return Bead(rows, cols, 0.5, margin=3.0)


def test_a_pair_off_the_texts_own_ratio_has_an_offset() -> None:
    """The translation runs 1.2 times the original; the pair that took a piece of its
    neighbour's runs twice its original and is marked, the others are not, whatever
    their length; an unpaired sentence has none."""
    source = bare_side([100.0, 40.0, 300.0, 100.0, 50.0])
    target = bare_side([120.0, 48.0, 240.0, 120.0, 120.0, 60.0, 30.0])
    beads = [
        pair((0,), (0,)),
        pair((1,), (1,)),
        pair((2,), (2, 3)),
        pair((3,), (4, 5)),  # 180 characters against 100: a piece too many
        Bead((4,), (), 0.5, margin=1.0),
        Bead((), (6,), 0.5, margin=1.0),
    ]
    offsets = ratio_offsets(beads, source, target)
    assert offsets[:3] == pytest.approx([0.0, 0.0, 0.0])
    assert offsets[3] == pytest.approx(math.log(1.8 / 1.2))
    assert offsets[4] == offsets[5] == 0.0


def test_offsets_are_capped() -> None:
    source = bare_side([100.0, 100.0, 100.0])
    target = bare_side([100.0, 100.0, 10_000.0])
    offsets = ratio_offsets([pair((0,), (0,)), pair((1,), (1,)), pair((2,), (2,))], source, target)
    assert offsets[2] == aligner.RATIO_OFFSET_CAP


def test_a_bead_reads_its_neighbours_worst_fit() -> None:
    """Each bead gets the larger offset and the smaller meaning margin of the beads
    beside it, never its own; a lone bead has no neighbours."""
    offsets = np.array([0.0, 0.1, 0.9, 0.0])
    margins = np.array([0.3, -0.2, 0.4, 0.1])
    around = neighbours_fit(offsets, margins)
    assert around[:, 0].tolist() == pytest.approx([0.1, 0.9, 0.1, 0.9])
    assert around[:, 1].tolist() == pytest.approx([-0.2, 0.3, -0.2, 0.4])
    assert not neighbours_fit(np.array([0.5]), np.array([-0.3])).any()


def test_a_pair_beside_a_pair_with_a_piece_too_many_is_less_sure() -> None:
    """The same sure-looking 1-1 pair, read by the free model, is less sure beside a
    1-2 that runs far longer than the text's ratio (the piece it holds may be this
    pair's) than beside one that fits; the model without the doubts ignores both."""
    source = bare_side([100.0] * 6)
    model = Model(ratio=1.0, variance=12.0)

    def confidence(neighbour_tail: float, weights: tuple[float, ...], doubt: bool) -> float:
        target = bare_side([100.0, 60.0, neighbour_tail, 100.0, 100.0, 100.0, 100.0])
        beads = [
            [
                pair((0,), (0,)),
                pair((1,), (1, 2)),
                pair((2,), (3,)),
                pair((3,), (4,)),
                pair((4,), (5,)),
                pair((5,), (6,)),
            ]
        ]
        calibrated = aligner._calibrated(beads, weights, source, target, model, doubt=doubt)
        return calibrated[0][2].confidence

    free = aligner.CONFIDENCE_FREE
    assert confidence(120.0, free, True) < confidence(40.0, free, True)
    close = aligner.CONFIDENCE_WITH_MEANING
    assert confidence(120.0, close, False) == confidence(40.0, close, False)
