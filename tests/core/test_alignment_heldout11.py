"""The eleventh held-out free-translation set (`bench.align_heldout11`) is read and scored by the
first set's machinery, given its own sources and gold: two sketches of one English book (titles
in capitals, the second cut into chapters by Roman numerals on lines of their own, a
translator's footnote as a paragraph of its own, a row of stars) against one Russian file a
sketch (a line of spaced dots where the English has the stars, Arabic chapter numbers, a closing
place and date line), the second sketch cut into two texts at a chapter number that ends one
excerpt and opens the next. Made-up texts in a made-up mirror are read here; the set's own works
are read only to check that they split into the sentences the gold was written on, and no
aligner is ever run on them. `tests/core/test_alignment_heldout_gold.py` checks the committed
gold is well formed and holds the counts it was frozen with."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bench import align_dev, align_heldout, align_heldout11
from tests.core.test_alignment_heldout import (
    assert_read_as,
    mirrored_works,
    scored_by,
    write_gold,
)
from tests.core.test_alignment_heldout4 import _gold

pytestmark = pytest.mark.skipif(
    align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout"
)

_FILES = {
    "sketches.txt": "\ufeffCONTENTS\r\n\r\n  WINTER 5\r\n  SPRING 9\r\n\r\nWINTER.\r\n\r\nThe dawn breaks. Ships\r\n"
    "rock.[A]\r\n\r\n[A] Boats.\r\n\r\n" + align_heldout11.STARS + "\r\n\r\nYou go back.\r\n\r\n\r\n"
    "SPRING.\r\n\r\nI.\r\n\r\nSix months passed.\r\n\r\nII.\r\n\r\nThe band played. Men walked.\r\n\r\n"
    "III.\r\n\r\nHe came.\r\n\r\nIV.\r\n\r\nHe went home.\r\n\r\nV.\r\n\r\n\u201cTea?\u201d said Kalugin.\r\n\r\n"
    "VI.\r\n\r\nThe end.\r\n",
    "winter.txt": "Автор\n\nЗима\n\n   Заря встает. Корабли качаются [Лодки].\n" + align_heldout11.DOTS
    + "\n   Вы идете назад.\n   Город. 1855 года, 25 апреля\n",
    "spring.txt": "Автор\n\nВесна\n\n    \n1\n\n   Прошло шесть месяцев. Дипломаты спорят.\n2\n"
    "   Играла музыка, ходили люди.\n3\n   Он пришел.\n4\n   Он пошел домой.\n5\n"
    "   -- Чаю? -- сказал Калугин.\n6\n   Конец.\n",
}

EXPECTED = {
    "winter": (
        ["The dawn breaks.", "Ships rock.[A]", "[A] Boats.", "You go back."],
        ["Заря встает.", "Корабли качаются [Лодки].", "Вы идете назад.", "Город.", "1855 года, 25 апреля"],
        [[[0], [0]], [[1], [1]], [[2], []], [[3], [2]], [[], [3]], [[], [4]]],
    ),
    "spring-1-3": (
        ["Six months passed.", "The band played.", "Men walked.", "He came."],
        ["Прошло шесть месяцев.", "Дипломаты спорят.", "Играла музыка, ходили люди.", "Он пришел."],
        [[[0], [0]], [[], [1]], [[1, 2], [2]], [[3], [3]]],
    ),
    "spring-4-5": (
        ["He went home.", "\u201cTea?\u201d said Kalugin."],
        ["Он пошел домой.", "-- Чаю? -- сказал Калугин."],
        [[[0], [0]], [[1], [1]]],
    ),
}
"""The made-up sketches cut as the eleventh set cuts Tolstoy's: the first whole (with the
translator's footnote and the place and date line as null beads), the second's chapters I to III
(with a sentence the English leaves out) and IV to V."""


@pytest.fixture
def eleventh_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up sketches as the eleventh set's sources and gold, in a bare mirror repository."""
    source = mirrored_works(tmp_path, monkeypatch, _FILES)
    en, winter, spring = source("sketches.txt"), source("winter.txt"), source("spring.txt")
    sources: align_heldout.Sources = {
        "winter": align_heldout.HandPaired(
            align_heldout.Excerpt(en, "WINTER.", "SPRING.", one_per_line=False, drop=(align_heldout11.STARS,)),
            align_heldout.Excerpt(winter, "Зима", None, one_per_line=True, drop=(align_heldout11.DOTS,)),
            (((0, 1), (0,)), ((2,), (1, 2))),
        ),
        "spring-1-3": align_heldout.HandPaired(
            align_heldout.Excerpt(en, "SPRING.", "IV.", one_per_line=False, drop=("I.", "II.", "III.")),
            align_heldout.Excerpt(spring, "Весна", "4", one_per_line=True, drop=("1", "2", "3")),
            (((0,), (0,)), ((1,), (1,)), ((2,), (2,))),
        ),
        "spring-4-5": align_heldout.HandPaired(
            align_heldout.Excerpt(en, "IV.", "VI.", one_per_line=False, drop=("V.",)),
            align_heldout.Excerpt(spring, "4", "6", one_per_line=True, drop=("5",)),
            (((0,), (0,)), ((1,), (1,))),
        ),
    }
    return sources, write_gold(tmp_path / "gold11.json", EXPECTED)


def test_an_eleventh_set_is_read_with_its_own_sources_and_gold(
    eleventh_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*eleventh_set, EXPECTED)


def test_the_breaks_and_chapter_numbers_are_left_out_on_both_sides(
    eleventh_set: tuple[align_heldout.Sources, Path],
) -> None:
    """Kept, the stars and the dots would each be a paragraph of their own and shift every pair
    after them (and the splitter would run them into the next sentence); so would the numbers."""
    winter, spring = eleventh_set[0]["winter"], eleventh_set[0]["spring-1-3"]
    assert isinstance(winter, align_heldout.HandPaired) and isinstance(spring, align_heldout.HandPaired)
    assert align_heldout.excerpt_paragraphs(dataclasses.replace(winter.en, drop=()))[2] == "* * * * *"
    assert align_heldout.excerpt_paragraphs(dataclasses.replace(winter.ru, drop=()))[1] == " ".join("." * 70)
    assert align_heldout.excerpt_paragraphs(dataclasses.replace(spring.en, drop=()))[0] == "I."
    assert align_heldout.excerpt_paragraphs(dataclasses.replace(spring.ru, drop=()))[0] == "1"


def test_the_eleventh_set_is_scored_per_text_and_micro_for_every_method(
    eleventh_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = scored_by({"workbench": _gold, "hunalign": _gold}, eleventh_set, monkeypatch, capsys)
    assert out["gold"] == {
        "spring-1-3": {"en": 4, "ru": 4, "beads": 4, "1-1": 2, "n-1": 1, "null": 1},
        "spring-4-5": {"en": 2, "ru": 2, "beads": 2, "1-1": 2},
        "winter": {"en": 4, "ru": 5, "beads": 6, "1-1": 3, "null": 3},
    }
    perfect = {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert out["hunalign"]["all"] == out["workbench"]["all"] == perfect
    assert out["workbench"]["missed"] == [] and "confidence" in out["workbench"]
