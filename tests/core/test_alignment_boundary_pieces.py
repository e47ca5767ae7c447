"""A sentence the search glued to the wrong neighbour, where it renders the first or last words
of the other neighbour's sentence ("Alas!" for the «Увы,» that opens the next period), moves into
that neighbour's bead; one that renders neither edge stays (`_boundary_pieces`). And such a piece
is no doubt about the bead it ends up in (`piece_doubts`, `cut_doubts`, `edge_margins` told which
sentences render their edge part, `_renders_edge`).

Made-up sentences, read by the real encoder; where it is not installed the tests are skipped."""

from __future__ import annotations

import pytest

from tests.core.alignment_sides import read_side
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead, cut_doubts, edge_margins, piece_doubts
from workbench.core.alignment.meaning import Meaning, default_encoder

ENCODER = default_encoder()
pytestmark = pytest.mark.skipif(ENCODER is None, reason="the sentence encoder is not installed")

RUSSIAN = [
    "Старый мельник медленно спустился утром к реке и долго смотрел на воду.",
    "Увы, я всегда любил тихую воду и старые мельницы, но лишь для себя, для себя одного.",
    "Вечером он вернулся домой и сел ужинать у окна.",
]
MILLER = "In the morning the old miller walked slowly down to the river and looked at the water a long time."
MILLS = "I always loved quiet water and old mills, but only for myself, for myself alone."
SUPPER = "In the evening he came home and sat down to supper by the window."

GLUED = [
    Bead((0, 1), (0,), 0.9, margin=3.0),
    Bead((2,), (1,), 0.9, margin=3.0),
    Bead((3,), (2,), 0.9, margin=3.0),
]
"""The search's beads: the English sentence after the miller's taken into his bead."""


def _moved(english: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    assert ENCODER is not None
    meaning = Meaning(ENCODER)
    source, target = read_side(meaning, english), read_side(meaning, RUSSIAN)
    out = aligner._boundary_pieces(GLUED, source, target, aligner.DEFAULTS, (english, RUSSIAN), meaning)
    return [(b.source, b.target) for b in out]


def test_an_interjection_glued_to_the_sentence_before_moves_to_the_one_it_opens() -> None:
    assert _moved([MILLER, "Alas!", MILLS, SUPPER]) == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]


def test_a_sentence_that_renders_no_edge_of_the_next_stays() -> None:
    english = [MILLER, "The price of flour had doubled since the spring fair.", MILLS, SUPPER]
    assert _moved(english) == [(b.source, b.target) for b in GLUED]


def test_a_piece_that_renders_its_edge_part_is_no_weak_piece() -> None:
    """Read against the whole period "Alas!" is weak and the 2-1 reads better without it;
    read against the «Увы» it renders, neither doubt stands."""
    assert ENCODER is not None
    meaning = Meaning(ENCODER)
    english = ["Alas!", MILLS]
    source, target = read_side(meaning, english), read_side(meaning, RUSSIAN[1:2])
    bead = [Bead((0, 1), (0,), 0.9, margin=3.0)]
    alone = piece_doubts(bead, source, target)[0]
    read = piece_doubts(bead, source, target, aligner._renders_edge(bead, ((english, RUSSIAN[1:2]), meaning)))[0]
    assert alone.sum() > 0.0
    assert read.sum() == 0.0


def test_a_stray_line_is_still_a_weak_piece_with_the_texts_read() -> None:
    assert ENCODER is not None
    meaning = Meaning(ENCODER)
    english = ["The price of flour had doubled since the spring fair.", MILLS]
    source, target = read_side(meaning, english), read_side(meaning, RUSSIAN[1:2])
    bead = [Bead((0, 1), (0,), 0.9, margin=3.0)]
    doubts = piece_doubts(bead, source, target, aligner._renders_edge(bead, ((english, RUSSIAN[1:2]), meaning)))[0]
    assert doubts[1] > 0.0


MENDED = [Bead((0,), (0,), 0.9, margin=3.0), Bead((1, 2), (1,), 0.9, margin=3.0), Bead((3,), (2,), 0.9, margin=3.0)]
"""The beads once "Alas!" has moved into the bead of the period it opens."""


def test_a_piece_that_renders_its_edge_part_puts_no_boundary_in_doubt() -> None:
    """Moved back beside the miller, "Alas!" costs his pair and its own about as little as
    it gains (a short piece barely moves a reading of whole sentences), so the boundary
    reads as one in doubt; told that it renders the «Увы» beside it, the move is not read,
    nor is its piece's edge margin."""
    assert ENCODER is not None
    meaning = Meaning(ENCODER)
    english = [MILLER, "Alas!", MILLS, SUPPER]
    source, target = read_side(meaning, english), read_side(meaning, RUSSIAN)
    renders = aligner._renders_edge(MENDED, ((english, RUSSIAN), meaning))
    assert (0, 1) in renders
    blind, told = cut_doubts(MENDED, source, target), cut_doubts(MENDED, source, target, renders)
    assert blind[:2, 1].min() > 0.0
    assert (told[:2, 1] < blind[:2, 1]).all()
    assert (edge_margins(MENDED, source, target, renders)[:2] >= edge_margins(MENDED, source, target)[:2]).all()


def test_a_stray_line_keeps_its_boundary_doubt() -> None:
    """A line of nothing beside the miller renders no edge part: its move is still read."""
    assert ENCODER is not None
    meaning = Meaning(ENCODER)
    english = [MILLER, "The price of flour had doubled since the spring fair.", MILLS, SUPPER]
    source, target = read_side(meaning, english), read_side(meaning, RUSSIAN)
    renders = aligner._renders_edge(MENDED, ((english, RUSSIAN), meaning))
    assert (0, 1) not in renders
    assert (cut_doubts(MENDED, source, target, renders) == cut_doubts(MENDED, source, target)).all()
