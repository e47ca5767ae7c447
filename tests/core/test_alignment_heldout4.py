"""The fourth held-out free-translation set (`bench.align_heldout4`) is read and scored by the
first set's machinery, given its own sources and gold: chapters of one anthology file cut at
bare chapter numerals, chapters of one original cut after their epigraphs and before their
footnotes (numbered from 1 again in each chapter), paragraphs grouped on both sides at once, and
a Russian sentence the translator left out inside a story. Only made-up texts in a made-up
mirror are read here, and the aligner is never run on the set's works;
`tests/core/test_alignment_heldout_gold.py` checks the committed gold is well formed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import align_dev, align_heldout
from bench.align_dev import DevDocument
from tests.core.test_alignment_heldout import (
    assert_read_as,
    mirrored_works,
    scored_by,
    write_gold,
)
from workbench.core.alignment.aligner import Bead

pytestmark = pytest.mark.skipif(
    align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout"
)

_FILES = {
    "anthology.txt": "CONTENTS\r\n\r\nTHE CARDS _A. Author_\r\n\r\nTHE DOCTOR _B. Author_\r\n\r\n"
    "THE CARDS\r\n\r\nI\r\n\r\nThey played\r\ncards. It was late.\r\n\r\nThe host yawned.\r\n\r\n"
    "\u201cWho won?\u201d asked the host.\r\n\r\nII\r\n\r\nThe old lady sat. She\r\nwaited.\r\n\r\n"
    "III\r\n\r\nTHE DOCTOR\r\n\r\nBY B. AUTHOR\r\n\r\nI fell ill. I saw\r\nher.\r\n\r\nTHE END\r\n",
    "cards.txt": "Автор\nКАРТЫ\nI\nА в ненастные дни\nДелом.\n\nИграли в карты.\n"
    "Было поздно. Хозяин зевнул.\n— Кто выиграл? — спросил хозяин.\n1\nсноска (франц.).\n\n"
    "II\nQue voulez-vous?\nРазговор.\n\nСтаруха сидела.\nОна ждала.\n1\nдругая сноска (франц.).\n",
    "sketches.txt": "Певцы\nОни пели.\n\nЛекарь\nЯ занемог. Вхожу. Вижу ее.\nСосед\nОн жил рядом.\n",
}
EXPECTED = {
    "cards-1": (
        ["They played cards.", "It was late.", "The host yawned.",
         "\u201cWho won?\u201d asked the host."],
        ["Играли в карты.", "Было поздно.", "Хозяин зевнул.", "— Кто выиграл? — спросил хозяин."],
        [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]],
    ),
    "cards-2": (
        ["The old lady sat.", "She waited."],
        ["Старуха сидела.", "Она ждала."],
        [[[0], [0]], [[1], [1]]],
    ),
    "doctor": (
        ["I fell ill.", "I saw her."],
        ["Я занемог.", "Вхожу.", "Вижу ее."],
        [[[0], [0]], [[], [1]], [[1], [2]]],
    ),
}
"""Two chapters of an anthology story (CRLF, wrapped, blank-line paragraphs) whose first two
paragraphs the original breaks at another sentence, beside an original of one paragraph a
line; a story of the same anthology that opens after its byline, whose original drops
nothing but gains a sentence."""


@pytest.fixture
def fourth_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up works as the fourth set's sources and gold, in a bare mirror repository."""
    source = mirrored_works(tmp_path, monkeypatch, _FILES)

    def excerpt(name: str, start: str, stop: str, one_per_line: bool) -> align_heldout.Excerpt:
        return align_heldout.Excerpt(source(name), start, stop, one_per_line=one_per_line)

    sources: align_heldout.Sources = {
        "cards-1": align_heldout.HandPaired(
            excerpt("anthology.txt", "I", "II", one_per_line=False),
            excerpt("cards.txt", "Делом.", "1", one_per_line=True),
            (((0, 1), (0, 1)), ((2,), (2,))),
        ),
        "cards-2": align_heldout.HandPaired(
            excerpt("anthology.txt", "II", "III", one_per_line=False),
            excerpt("cards.txt", "Разговор.", "1", one_per_line=True),
            (((0,), (0, 1)),),
        ),
        "doctor": align_heldout.HandPaired(
            excerpt("anthology.txt", "BY B. AUTHOR", "THE END", one_per_line=False),
            excerpt("sketches.txt", "Лекарь", "Сосед", one_per_line=True),
            (((0,), (0,)),),
        ),
    }
    return sources, write_gold(tmp_path / "gold4.json", EXPECTED)


def test_a_fourth_set_is_read_with_its_own_sources_and_gold(
    fourth_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*fourth_set, EXPECTED)


def test_each_chapter_stops_at_its_own_first_footnote(
    fourth_set: tuple[align_heldout.Sources, Path],
) -> None:
    second = fourth_set[0]["cards-2"]
    assert isinstance(second, align_heldout.HandPaired)
    assert align_heldout.excerpt_paragraphs(second.en) == ["The old lady sat. She waited."]
    assert align_heldout.excerpt_paragraphs(second.ru) == ["Старуха сидела.", "Она ждала."]


def _gold(doc: DevDocument) -> list[Bead]:
    """A stand-in method that finds the gold."""
    return [Bead(en, ru, 1.0) for en, ru in doc.gold]


def _gold_but_folds_additions(doc: DevDocument) -> list[Bead]:
    """A stand-in method that finds the gold but folds every Russian-only sentence into the
    bead after it, and is least sure of exactly those beads."""
    beads: list[Bead] = []
    added: tuple[int, ...] = ()
    for en, ru in doc.gold:
        if not en:
            added += ru
        else:
            beads.append(Bead(en, (*added, *ru), 0.1 if added else 0.9))
            added = ()
    return beads


def test_the_fourth_set_is_scored_per_text_and_micro_for_every_method(
    fourth_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    methods = {"workbench": _gold_but_folds_additions, "nltk gale-church": _gold}
    out = scored_by(methods, fourth_set, monkeypatch, capsys)
    assert out["gold"]["doctor"] == {"en": 2, "ru": 3, "beads": 3, "1-1": 2, "null": 1}
    assert out["gold"]["cards-1"] == {"en": 4, "ru": 4, "beads": 4, "1-1": 4}
    perfect = {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert out["nltk gale-church"]["all"] == perfect and out["nltk gale-church"]["missed"] == []
    assert "confidence" not in out["nltk gale-church"]
    folded = out["workbench"]
    assert folded["per_text"]["cards-1"] == perfect and folded["per_text"]["cards-2"] == perfect
    assert folded["per_text"]["doctor"]["strict"] == [0.5, 0.5, 0.5]
    assert folded["all"]["strict"][2] < 1.0 and folded["all"]["lax"][2] == 1.0
    assert folded["missed"] == [
        {"text": "doctor", "gold": [[], [1]], "predicted": [[[1], [1, 2]]]},
        {"text": "doctor", "gold": [[1], [2]], "predicted": [[[1], [1, 2]]]},
    ]
    assert folded["confidence"]["auc"] == 1.0
