"""The fourteenth held-out set (`bench.align_heldout14`, non-fiction: Russell's essay and three
parts of Descartes's *Discourse*) is read and scored by the first set's machinery, given its own
sources and gold: line ranges of bilinguator pairs, each opened by a heading line (the Russian
heading carrying its translators' credit after `<delimiter>`), an English line ended by a
semicolon run into the next, and a translator's footnote the splitter cuts into pieces the
Russian lacks. Made-up texts in a made-up mirror are read here; the set's own works are read
only to check that they split into the sentences the gold was written on, and no aligner is ever
run on them. `tests/core/test_alignment_heldout_gold.py` checks the committed gold is whole
(every sentence of each side in exactly one bead, in order, under two digests a text) and holds
the counts it was frozen with."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import align_dev, align_heldout
from tests.core.test_alignment_heldout import (
    assert_read_as,
    assert_scored_perfectly,
    mirrored_works,
    write_gold,
)
from tests.core.test_alignment_heldout4 import _gold

pytestmark = pytest.mark.skipif(
    align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout"
)

_FILES = {
    "method_en.txt": "Someone Wise\n<h1>On Leisure</h1><delimiter>Translated by A. B.\n(1900)\n"
    "Work is of two kinds: the first is dull and ill paid, and the second is pleasant.\n"
    "I was then in Germany;\nand the winter kept me in a room.[* Literally, a stove.\u2014Tr.]\n"
    "<h1>Part II</h1>\nThe first rule was to doubt. The second, to divide.\n"
    "These are all the rules.[* The Discourse was published with the Geometry. "
    "See the Introduction, p. 9.\u2014Tr.]\n",
    "method_ru.txt": "Некто Мудрый\n<h1>О досуге</h1><delimiter>Перевод И. И. Иванова.\n(1900)\n"
    "Работа бывает двух типов. Первый скучен и плохо оплачивается, второй приятен.\n"
    "Я находился тогда в Германии.\nЗима задержала меня в тёплой комнате.\n"
    "<h1>Часть II. Правила</h1>\nПервое правило — сомневаться, второе — делить.\nВот и все правила.\n",
}

EXPECTED = {
    "leisure": (
        ["(1900)", "Work is of two kinds: the first is dull and ill paid, and the second is pleasant.",
         "I was then in Germany; and the winter kept me in a room.[* Literally, a stove.\u2014Tr.]"],
        ["(1900)", "Работа бывает двух типов.", "Первый скучен и плохо оплачивается, второй приятен.",
         "Я находился тогда в Германии.", "Зима задержала меня в тёплой комнате."],
        [[[0], [0]], [[1], [1, 2]], [[2], [3, 4]]],
    ),
    "rules": (
        ["The first rule was to doubt.", "The second, to divide.",
         "These are all the rules.[* The Discourse was published with the Geometry.",
         "See the Introduction, p.", "9.\u2014Tr.]"],
        ["Первое правило — сомневаться, второе — делить.", "Вот и все правила."],
        [[[0, 1], [0]], [[2], [1]], [[3], []], [[4], []]],
    ),
}
"""The made-up sections cut as the fourteenth set's are: the first with its date line, a period
the Russian cuts in two and an English line ended by a semicolon that runs into the next (1-2
beads), the second with two sentences the Russian joins (n-1) and a footnote whose two pieces after
the first have no Russian (null beads)."""


@pytest.fixture
def fourteenth_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up sections as the fourteenth set's sources and gold, in a bare mirror repository."""
    source = mirrored_works(tmp_path, monkeypatch, _FILES)
    en, ru = source("method_en.txt"), source("method_ru.txt")
    sources: align_heldout.Sources = {
        "leisure": align_heldout.LinePaired(en, ru, 2, 6),
        "rules": align_heldout.LinePaired(en, ru, 7, 9),
    }
    return sources, write_gold(tmp_path / "gold14.json", EXPECTED)


def test_a_fourteenth_set_is_read_with_its_own_sources_and_gold(
    fourteenth_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*fourteenth_set, EXPECTED)


def test_the_fourteenth_set_is_scored_per_text_and_micro_for_every_method(
    fourteenth_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert assert_scored_perfectly(_gold, fourteenth_set, monkeypatch, capsys) == {
        "leisure": {"en": 3, "ru": 5, "beads": 3, "1-1": 1, "1-n": 2},
        "rules": {"en": 5, "ru": 2, "beads": 4, "1-1": 1, "n-1": 1, "null": 2},
    }
