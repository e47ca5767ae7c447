"""A segment with no word (an OCR's speck, a lone letter, a stray page number) stands
unpaired instead of being glued to a neighbour's bead (`Side.wordless`,
`Model.wordless_null_cost`), unless the other side holds the same token. Lengths,
anchors and the word list only: no encoder needed."""

from __future__ import annotations

import pytest

from workbench.core.alignment import aligner
from workbench.core.alignment.aligner import Sentence, align

ENGLISH = [
    ("It was exactly one o'clock.", 0),
    ("| i", 0),
    ("He was quite calm, and felt his pulse, which was not at all feverish.", 0),
    ("The first thing to be done was, of course, to sit upon their chests.", 1),
    ("2", 1),
    ("He rushed forward and seized it in his arms, when the head slipped off.", 1),
    ("©", 2),
    ("Then he went back to his room and sat down by the fire.", 2),
]
RUSSIAN = [
    ("Было ровно час ночи.", 0),
    ("Он был совершенно спокоен и пощупал пульс, который был вовсе не лихорадочный.", 0),
    ("Первым делом, конечно, нужно было сесть им на грудь.", 1),
    ("Он бросился вперёд и схватил его в объятия, но голова упала.", 1),
    ("Потом он вернулся к себе в комнату и сел у огня.", 2),
]


Shape = tuple[tuple[int, ...], tuple[int, ...]]


def _beads(source: list[tuple[str, int]], target: list[tuple[str, int]]) -> list[Shape]:
    beads = align([Sentence(t, p) for t, p in source], [Sentence(t, p) for t, p in target])
    return [(b.source, b.target) for b in beads]


def test_ocr_debris_stands_unpaired() -> None:
    """The stray "2" and "©" of a scanned page were taken with the sentences around them
    into one 3-1 bead; each is an unpaired segment and the sentences pair one to one."""
    assert _beads(ENGLISH, RUSSIAN) == [
        ((0,), (0,)),
        ((1,), ()),
        ((2,), (1,)),
        ((3,), (2,)),
        ((4,), ()),
        ((5,), (3,)),
        ((6,), ()),
        ((7,), (4,)),
    ]


def test_a_list_number_pairs_with_the_same_number() -> None:
    """A wordless segment the other side also holds ("2." against "2.") is a pair."""
    source = [
        ("Chapter one begins here with a long sentence about the house.", 0),
        ("2.", 1),
        ("The second part tells of the ghost and the stain on the floor.", 1),
    ]
    target = [
        ("Первая глава начинается здесь длинной фразой о доме.", 0),
        ("2.", 1),
        ("Вторая часть рассказывает о привидении и пятне на полу.", 1),
    ]
    assert _beads(source, target) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


@pytest.mark.parametrize(
    ("text", "wordless"),
    [
        ("| i", True),
        ("_ .", True),
        ("©", True),
        ("‘34", True),
        ("I F 5", True),
        ("Он", False),
        ("У!", False),  # an exclamation of one letter is speech
        ("А?", False),
        ("“H’m.", False),
        ("“I ...", False),  # a speaker trailing off
        ("[4]", False),  # a note's call the splitter cut off its sentence
    ],
)
def test_what_holds_no_word(text: str, wordless: bool) -> None:
    """Only debris is read as holding no word; the one-letter speech and the note calls
    of the dev texts (Andersen's «У!», Chekhov's «А?», Lermontov's "[4]") are not."""
    assert (aligner._WORD.search(text) is None) is wordless


def test_a_section_number_the_translation_runs_into_its_heading_joins_it() -> None:
    """A wordless segment holding a number the other side also has ("D.1.1." against
    «D.1.1. Установка мыши») is a token the translation keeps, not debris."""
    source = [
        ("D.1.1.", 0),
        ("Setting Up Your Mouse", 0),
        ("The mouse is set up when the graphical system starts for the first time.", 1),
    ]
    target = [
        ("D.1.1. Установка мыши", 0),
        ("Мышь настраивается при первом запуске графической системы.", 1),
    ]
    assert _beads(source, target) == [((0, 1), (0,)), ((2,), (1,))]
