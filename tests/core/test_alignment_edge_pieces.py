"""A sentence that renders only the first or last words of the other side's neighbouring
sentence («Увы,» as "Alas!") joins that sentence's bead; one that renders neither neighbour's
edge stays unpaired (`_edge_pieces`, `edge_parts`).

Made-up sentences, read by the real encoder; where it is not installed those tests are
skipped."""

from __future__ import annotations

import pytest

from tests.core.alignment_sides import read_side
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead
from workbench.core.alignment.clauses import edge_parts
from workbench.core.alignment.meaning import Meaning, default_encoder
from workbench.core.alignment.notes import Notes

ENCODER = default_encoder()
needs_encoder = pytest.mark.skipif(ENCODER is None, reason="the sentence encoder is not installed")

RUSSIAN = [
    "Старый мельник медленно спустился утром к реке и долго смотрел на воду.",
    "Увы, я всегда любил тихую воду и старые мельницы, но лишь для себя, для себя одного.",
    "Вечером он вернулся домой и сел ужинать у окна.",
]


def test_edge_parts_are_cut_at_commas_and_clause_marks_however_short() -> None:
    assert edge_parts(RUSSIAN[1]) == ("Увы", "для себя одного.")
    assert edge_parts("P.S.--Do not think that I could write to you so.") == (
        "P.S.",
        "Do not think that I could write to you so.",
    )
    assert edge_parts("Поддерживается RAID 0, 1, 4, 5, 6 и 10 уровня.")[0] == (
        "Поддерживается RAID 0, 1, 4, 5, 6 и 10 уровня."
    )
    assert edge_parts("No mark here at all.") == ("No mark here at all.", "No mark here at all.")


def _joined(english: list[str], beads: list[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    assert ENCODER is not None
    meaning = Meaning(ENCODER)
    source, target = read_side(meaning, english), read_side(meaning, RUSSIAN)
    model = aligner.DEFAULTS
    texts = (english, RUSSIAN)
    out = aligner._edge_pieces(beads, source, target, model, texts, (Notes(english), Notes(RUSSIAN)), meaning)
    return [(b.source, b.target) for b in out]


BEADS = [
    Bead((0,), (0,), 0.9, margin=3.0),
    Bead((1,), (), 0.3, margin=1.0),
    Bead((2,), (1,), 0.9, margin=3.0),
    Bead((3,), (2,), 0.9, margin=3.0),
]


@needs_encoder
def test_an_unpaired_interjection_joins_the_sentence_that_opens_with_it() -> None:
    english = [
        "In the morning the old miller walked slowly down to the river and looked at the water a long time.",
        "Alas!",
        "I always loved quiet water and old mills, but only for myself, for myself alone.",
        "In the evening he came home and sat down to supper by the window.",
    ]
    assert _joined(english, BEADS) == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]


@needs_encoder
def test_an_unpaired_sentence_that_renders_no_edge_stays() -> None:
    english = [
        "In the morning the old miller walked slowly down to the river and looked at the water a long time.",
        "The price of flour had doubled since the spring fair.",
        "I always loved quiet water and old mills, but only for myself, for myself alone.",
        "In the evening he came home and sat down to supper by the window.",
    ]
    assert _joined(english, BEADS) == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
