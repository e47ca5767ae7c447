"""A scanned book's segments: debris stays unpaired, a piece the import cut from its sentence
joins that sentence's bead, and a chapter's Roman number pairs with the digit the OCR ran
into the first sentence (`_absorbed_orphans`, `_cut_towards`, `anchors.roman_heading`).

The sentences are made up. The `_absorbed_orphans` tests give every span one vector, so
the joined bead reads as well as the bead alone and only the costs and limits decide."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.alignment_sides import uniform_side
from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Bead, Sentence, align
from workbench.core.alignment.anchors import anchors, roman_heading
from workbench.core.alignment.notes import Notes

MODEL = replace(aligner.DEFAULTS, ratio=1.0, variance=2.0)
"""Lengths that must agree closely."""

ENGLISH = ["He recognized the nose at once, and knew whose it was.", "Then he went home."]


def _absorbed(
    russian: list[str], limits: tuple[float, float], lengths: tuple[list[float], list[float]] | None = None
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The first Russian segment left unpaired before the two pairs, after `_absorbed_orphans`."""
    beads = [
        Bead((), (0,), 1.0, None, 1.0),
        Bead((0,), (1,), 1.0, 1.0, 1.0),
        Bead((1,), (2,), 1.0, 1.0, 1.0),
    ]
    source, target = (uniform_side(ENGLISH), uniform_side(russian)) if lengths is None else (
        uniform_side(ENGLISH, lengths[0]), uniform_side(russian, lengths[1])
    )
    out = aligner._absorbed_orphans(beads, source, target, MODEL, limits, (ENGLISH, russian),
                                    (Notes(ENGLISH), Notes(russian)))
    return [(b.source, b.target) for b in out]


def test_debris_stays_unpaired_however_loose_the_limits() -> None:
    """A speck «-» the search left alone was taken into the next bead wherever its cost
    passed the limits (an OCR's «-», «`» and «Е» of the seventeenth set); a segment with
    words in its place at the same limits still joins."""
    rest = ["Он узнал нос сразу и понял, чей он был.", "Потом он пошёл домой."]
    assert _absorbed(["-", *rest], aligner.CUTTING_ABSORB) == [((), (0,)), ((0,), (1,)), ((1,), (2,))]
    assert _absorbed(["Он", *rest], aligner.CUTTING_ABSORB) == [((0,), (0, 1)), ((1,), (2,))]


def test_a_piece_cut_from_the_next_sentence_joins_it() -> None:
    """«Он» / «узнал нос...»: the import cut one sentence at a scanned line. Priced as an
    addition the piece costs too much more inside the bead for the usual limits; cut from
    the sentence after it, it joins. A heading before a sentence that starts a sentence
    shows no cut and stays out."""
    lengths = ([50, 20], [20, 50, 20])
    limits = (aligner.ABSORB_GAP, aligner.ABSORB_READ)
    cut = ["Он", "узнал нос сразу и понял, чей он был.", "Потом он пошёл домой."]
    assert _absorbed(cut, limits, lengths) == [((0,), (0, 1)), ((1,), (2,))]
    heading = ["Нос", "Он узнал нос сразу и понял, чей он был.", "Потом он пошёл домой."]
    assert _absorbed(heading, limits, lengths) == [((), (0,)), ((0,), (1,)), ((1,), (2,))]


@pytest.mark.parametrize(
    ("texts", "row", "forward", "cut"),
    [
        (["Он", "_ узнал, что этот нос был ни чей другой."], 0, True, True),
        (["Ах ты пачкун, бревно глу-", "_ пое!"], 1, False, True),
        (["Ах ты пачкун, бревно глу-", "_ пое!"], 0, False, False),
        (["The Nose", "On the twenty-fifth of March a strange thing happened."], 0, True, False),
        (["He said:", "“come here.”"], 0, True, False),  # a colon ends what comes before speech
        (["Все собирался,", "— Что, у него было состояние?"], 0, True, False),  # its end was lost
        (["Он ушёл.", "и не вернулся."], 0, True, False),
        (["Та вскрикнула.", "1 до крайних пределов (лат.)."], 1, False, False),  # a note's text
    ],
)
def test_which_neighbour_a_piece_was_cut_from(texts: list[str], row: int, forward: bool, cut: bool) -> None:
    bead = Bead((), (row,), 1.0)
    assert aligner._cut_towards(bead, ([], texts), forward) is cut


@pytest.mark.parametrize(
    ("text", "number"),
    [("I", 1), ("II.", 2), (" XIV ", 14), ("ІХ", 9), ("I am", None), ("IIII", None), ("C", None), ("", None)],
)
def test_a_roman_numeral_alone_is_a_chapter_number(text: str, number: int | None) -> None:
    assert roman_heading(text) == number


def test_an_english_chapter_i_is_read_as_one_and_the_pronoun_is_not() -> None:
    assert anchors("I", "en")["number:1"] == 1
    assert "number:1" not in anchors("I went home.", "en")
    assert aligner._wordless("I") == 2  # holds no word but a number


def test_a_chapter_number_run_into_the_first_sentence_pairs_with_the_heading() -> None:
    """The OCR read the chapter «I» as «1» and the import ran it into the first sentence:
    the English heading "I" was left unpaired as debris; it shares the number, so it joins."""
    english = [
        "I",
        "On the twenty-fifth day of March an extraordinarily strange incident occurred in Petersburg.",
        "The barber Ivan Yakovlevich woke up rather early and smelled hot bread.",
    ]
    russian = [
        "1 Марта 25 числа случилось в Петербурге необыкновенно странное происшествие.",
        "Цирюльник Иван Яковлевич проснулся довольно рано и услышал запах горячего хлеба.",
    ]
    beads = align([Sentence(t, 0) for t in english], [Sentence(t, 0) for t in russian])
    assert [(b.source, b.target) for b in beads] == [((0, 1), (0,)), ((2,), (1,))]
