"""An unpaired sentence that costs a little more inside its neighbour's bead joins it where the
text leaves almost nothing else unpaired, and stays out where the translator leaves sentences
out often (`_sparse_absorbed`, `SPARSE_SHARE`, `SPARSE_ABSORB`).

The sentences are made up. Every span reads as the same vector, so the joined bead reads as
well as the bead alone and only the costs, the limits and the text's share of unpaired
sentences decide."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from tests.core.alignment_sides import uniform_side
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead
from workbench.core.alignment.notes import Notes

MODEL = replace(aligner.DEFAULTS, ratio=1.0, variance=2.0)
"""Lengths that must agree closely: the short piece costs between `ABSORB_GAP` and
`SPARSE_ABSORB`'s gap more inside the pair before it than beside it."""

PAIRS = 24
ENGLISH = [
    f"Cart number {i} came down the road at noon and stopped by the mill{' by itself' * (i in (0, PAIRS - 1))}."
    for i in range(PAIRS)
]
"""The first and last sentences say a little more than their Russian pairs: what a piece after
them renders."""
RUSSIAN = [f"Телега номер {i} пришла по дороге в полдень и встала у мельницы." for i in range(PAIRS)]
PIECE = "Сама пришла, никто её не звал с собой."
"""A short Russian sentence the meaning pass left unpaired after a pair: a piece of that
pair's English sentence, as a translator who cuts a period leaves one."""


def _aligned(pieces: int, last: bool = False) -> tuple[list[list[Bead]], list[str]]:
    """`PAIRS` pairs, the first `pieces` of them (or, where `last`, the last) each followed by
    an unpaired `PIECE`, and the Russian sentences in order."""
    russian: list[str] = []
    beads: list[Bead] = []
    for i, text in enumerate(RUSSIAN):
        beads.append(Bead((i,), (len(russian),), 1.0, 1.0, 1.0))
        russian.append(text)
        if (i == PAIRS - 1) if last else (i < pieces):
            beads.append(Bead((), (len(russian),), 1.0, None, 1.0))
            russian.append(PIECE)
    return [beads], russian


def _absorbed(pieces: int, last: bool = False) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    aligned, russian = _aligned(pieces, last)
    out = aligner._sparse_absorbed(
        aligned,
        uniform_side(ENGLISH),
        uniform_side(russian),
        MODEL,
        (aligner.ABSORB_GAP, aligner.ABSORB_READ),
        (ENGLISH, russian),
        (Notes(ENGLISH), Notes(russian)),
    )
    return [(b.source, b.target) for gap in out for b in gap]


def test_the_piece_costs_more_than_the_usual_limit_and_less_than_the_sparse_one() -> None:
    aligned, russian = _aligned(1)
    source, target = uniform_side(ENGLISH), uniform_side(russian)
    gap = aligner._absorb_cost(aligned[0][0], aligned[0][1], source, target, MODEL)
    assert aligner.ABSORB_GAP < gap < aligner.SPARSE_ABSORB[0]
    other = aligner._absorb_cost(aligned[0][1], aligned[0][2], source, target, MODEL)
    assert other > gap + aligner.SPARSE_CONTRAST


def test_a_lone_unpaired_piece_joins_the_pair_before_it() -> None:
    """One unpaired sentence in 25 beads would stay out at the usual limits; the text leaves
    nothing else out, so it is read as a piece and joins."""
    assert aligner.unpaired_share(_aligned(1)[0]) < aligner.SPARSE_SHARE
    out = _absorbed(1)
    assert out[0] == ((0,), (0, 1))
    assert all(source and target for source, target in out)
    assert [j for _, target in out for j in target] == list(range(PAIRS + 1))


def test_pieces_stay_out_where_the_text_leaves_sentences_out_often() -> None:
    """Three unpaired sentences in 27 beads: a translation that leaves sentences out, where
    the same sentence may be an omission; the usual limits stand and nothing joins."""
    aligned, _ = _aligned(3)
    assert aligner.unpaired_share(aligned) >= aligner.SPARSE_SHARE
    assert _absorbed(3) == [(b.source, b.target) for b in aligned[0]]


@pytest.mark.parametrize(
    ("costs", "contrasted"),
    [([1.2, 2.5], True), ([2.5, 1.2], True), ([1.2, 1.9], False), ([1.2], False), ([1.2, math.inf], False)],
)
def test_only_a_neighbour_read_and_dearer_sets_the_cheaper_apart(costs: list[float], contrasted: bool) -> None:
    """One neighbour only (a text's end), or one the sentence would join in a shape the search
    has not (an unread cost), says nothing of where the sentence belongs."""
    assert aligner._contrasted(costs, min(costs), aligner.SPARSE_CONTRAST) is contrasted


def test_the_share_counts_every_gap() -> None:
    pair, alone = Bead((0,), (0,), 1.0), Bead((), (1,), 1.0)
    assert aligner.unpaired_share([[pair, alone], [pair, pair]]) == 0.25
    assert aligner.unpaired_share([[], []]) == 0.0


def test_a_piece_at_the_text_end_stays_out() -> None:
    """The same sentence after the last pair has no other neighbour to be read against: it
    may as well be a line the translator added (align-dev's Dostoevsky ends on one)."""
    aligned, russian = _aligned(0, last=True)
    assert aligner.unpaired_share(aligned) < aligner.SPARSE_SHARE
    gap = aligner._absorb_cost(aligned[0][-2], aligned[0][-1], uniform_side(ENGLISH), uniform_side(russian), MODEL)
    assert gap < aligner.SPARSE_ABSORB[0]
    assert _absorbed(0, last=True) == [(b.source, b.target) for b in aligned[0]]
