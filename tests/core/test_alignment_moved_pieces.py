"""A translator who cuts long sentences into several leaves pieces at the boundary of two
cut sentences that read about as well with either; the clause beside the boundary a piece
renders says whose it is (`_moved_pieces`, `move_doubts`, `clauses`).

Made-up sentences, read by the real encoder; where it is not installed those tests are
skipped."""

from __future__ import annotations

import pytest

from tests.core.alignment_sides import read_side
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead, move_doubts
from workbench.core.alignment.clauses import clauses, edge_clauses
from workbench.core.alignment.meaning import (
    Meaning,
    default_encoder,
)
from workbench.core.alignment.scoring import Side

ENCODER = default_encoder()
needs_encoder = pytest.mark.skipif(ENCODER is None, reason="the sentence encoder is not installed")

ENGLISH = [
    "The girl ran across the wide field after the white rabbit; she saw it pop down a large"
    " hole under the old hedge.",
    "In another moment down went the girl after it: never once considering how in the world"
    " she was to get out again.",
]
RUSSIAN = [
    "Девочка побежала через широкое поле за белым кроликом.",
    "Она увидела, как он юркнул в большую нору под старой изгородью.",
    "Через минуту девочка нырнула за ним следом.",
    "Она даже не подумала о том, как же она будет выбираться обратно.",
]
"""Each English sentence cut in two, in the order of its clauses."""


def test_clauses_are_parted_by_punctuation_and_short_parts_join_a_neighbour() -> None:
    assert clauses(ENGLISH[0]) == [
        "The girl ran across the wide field after the white rabbit",
        "she saw it pop down a large hole under the old hedge.",
    ]
    assert clauses("“Oh dear!” said the Rabbit — “I shall be late, it’s too late!”") == [
        "Oh dear! said the Rabbit",
        "I shall be late, it’s too late!",
    ]
    assert edge_clauses("No clause mark here, only commas, and words.") == (
        "No clause mark here, only commas, and words.",
        "No clause mark here, only commas, and words.",
    )
    assert edge_clauses("— Ах! — сказала она; — Я опаздываю, — и побежала дальше.") == (
        "Ах! сказала она",
        "Я опаздываю, и побежала дальше.",
    )


def _sides(meaning: Meaning) -> tuple[Side, Side]:
    """Both texts as the aligner's sides, every sentence (and run of up to three) read."""
    return read_side(meaning, ENGLISH), read_side(meaning, RUSSIAN)


def _pairs(first: tuple[int, ...], second: tuple[int, ...]) -> list[Bead]:
    return [Bead((0,), first, 0.5, margin=3.0), Bead((1,), second, 0.5, margin=2.0)]


def _moved(beads: list[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    assert ENCODER is not None
    meaning = Meaning(ENCODER)
    source, target = _sides(meaning)
    model = aligner.DEFAULTS
    assert (1, 3) in model.bead_types and (1, 1) in model.bead_types
    out = aligner._moved_pieces(beads, source, target, (ENGLISH, RUSSIAN), meaning, model)
    return [(b.source, b.target) for b in out]


@needs_encoder
@pytest.mark.parametrize(("first", "second"), [((0, 1, 2), (3,)), ((0,), (1, 2, 3))])
def test_a_piece_on_the_wrong_side_of_the_boundary_moves_to_the_clause_it_renders(
    first: tuple[int, ...], second: tuple[int, ...]
) -> None:
    """The third Russian sentence renders the second English sentence's first clause,
    the second the first's last: a boundary one sentence off either way is mended."""
    assert _moved(_pairs(first, second)) == [((0,), (0, 1)), ((1,), (2, 3))]


@needs_encoder
def test_a_right_boundary_stays() -> None:
    assert _moved(_pairs((0, 1), (2, 3))) == [((0,), (0, 1)), ((1,), (2, 3))]


@needs_encoder
def test_a_doubtful_boundary_is_doubted_and_pairs_that_cannot_move_a_piece_are_not() -> None:
    assert ENCODER is not None
    meaning = Meaning(ENCODER)
    source, target = _sides(meaning)
    texts = (ENGLISH, RUSSIAN)
    wrong = move_doubts(_pairs((0, 1, 2), (3,)), source, target, texts, meaning, aligner.DEFAULTS)
    right = move_doubts(_pairs((0, 1), (2, 3)), source, target, texts, meaning, aligner.DEFAULTS)
    assert (wrong > right).all()
    ones = [Bead((0,), (0,), 0.5, margin=3.0), Bead((1,), (1,), 0.5, margin=3.0)]
    assert not move_doubts(ones, source, target, texts, meaning, aligner.DEFAULTS).any()


def test_the_move_doubt_is_the_free_model_s_alone() -> None:
    """A feature of `CONFIDENCE_FREE`, which trusts a doubted pair less; the models for
    close translations do not read it."""
    features = aligner.confidence_features(3.0, False, 0.5, 0.0, 0.0, False, move_doubt=0.25)
    plain = aligner.confidence_features(3.0, False, 0.5, 0.0, 0.0, False)
    assert len(features) == len(aligner.CONFIDENCE_FREE)
    (at,) = [k for k, (f, p) in enumerate(zip(features, plain, strict=True)) if f != p]
    assert features[at] == 0.25
    assert aligner.CONFIDENCE_FREE[at] < 0.0
    assert aligner.CONFIDENCE_WITH_MEANING[at] == aligner.CONFIDENCE_WITHOUT_MEANING[at] == 0.0
