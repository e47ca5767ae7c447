"""The third held-out free-translation set (`bench.align_heldout3`) is read and scored by the first
set's machinery, given its own sources and gold: an excerpt that keeps only the first paragraphs
of a file whose paragraphs are too long to name a stop line by (the Russian «Шинель» is four
such paragraphs), English paragraphs grouped against one Russian paragraph, a Russian sentence
the translator left out in the middle of a text, and a bilinguator pair of an English original
with its Russian. Only made-up texts in a made-up mirror are read here, and the aligner is never
run on the set's works; `tests/core/test_alignment_heldout_gold.py` checks the committed gold is
well formed."""

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
    "tales.txt": "CONTENTS\r\n\r\nTHE COAT\r\n\r\nIn a certain\r\noffice. Never mind which.\r\n\r\n"
    "He copied.\r\n\r\nHe loved it. He was\r\npoor.\r\n\r\nWinter came.\r\n\r\nTHE END\r\n",
    "shinel.txt": "Автор\n\nШинель\n\nВ одном департаменте. Не скажу в каком. Он переписывал.\n"
    "Он любил это. Он был беден. Так он жил.\nЗима пришла.\n",
    "prince_en.txt": "Someone\n<h1>The Prince</h1>\nHigh above the city stood a statue.\n"
    "\u201cWho are you?\u201d he said. \u201cI am the Prince.\u201d\n",
    "prince_ru.txt": "Некто\n<h1>Принц</h1>\nНад городом стояла статуя.\n"
    "— Кто ты? — спросила она.\n— Я Принц.\n",
}
EXPECTED = {
    "coat": (
        ["In a certain office.", "Never mind which.", "He copied.", "He loved it.", "He was poor."],
        ["В одном департаменте.", "Не скажу в каком.", "Он переписывал.", "Он любил это.",
         "Он был беден.", "Так он жил."],
        [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4]], [[], [5]]],
    ),
    "prince": (
        ["High above the city stood a statue.", "\u201cWho are you?\u201d he said.",
         "\u201cI am the Prince.\u201d"],
        ["Над городом стояла статуя.", "— Кто ты? — спросила она.", "— Я Принц."],
        [[[0], [0]], [[1], [1]], [[2], [2]]],
    ),
}
"""A Gutenberg story (CRLF, wrapped, blank-line paragraphs) whose first three paragraphs
match the first two of a one-line-a-paragraph original that runs on past the excerpt, the
last Russian sentence of the excerpt left out by the translator; a line-paired English
original whose second line the Russian breaks into two lines."""


@pytest.fixture
def third_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up works as the third set's sources and gold, in a bare mirror repository."""
    source = mirrored_works(tmp_path, monkeypatch, _FILES)

    sources: align_heldout.Sources = {
        "coat": align_heldout.HandPaired(
            align_heldout.Excerpt(source("tales.txt"), "THE COAT", "Winter came.", one_per_line=False),
            align_heldout.Excerpt(source("shinel.txt"), "Шинель", None, one_per_line=True, first=2),
            (((0, 1), (0,)), ((2,), (1,))),
        ),
        "prince": align_heldout.LinePaired(source("prince_en.txt"), source("prince_ru.txt"), 3, 5),
    }
    return sources, write_gold(tmp_path / "gold3.json", EXPECTED)


def test_a_third_set_is_read_with_its_own_sources_and_gold(
    third_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*third_set, EXPECTED)


def test_an_excerpt_keeps_only_its_first_paragraphs(
    third_set: tuple[align_heldout.Sources, Path],
) -> None:
    coat = third_set[0]["coat"]
    assert isinstance(coat, align_heldout.HandPaired)
    assert align_heldout.excerpt_paragraphs(coat.ru) == [
        "В одном департаменте. Не скажу в каком. Он переписывал.",
        "Он любил это. Он был беден. Так он жил.",
    ]


def _gold(doc: DevDocument) -> list[Bead]:
    """A stand-in method that finds the gold."""
    return [Bead(en, ru, 1.0) for en, ru in doc.gold]


def _gold_but_drops(doc: DevDocument) -> list[Bead]:
    """A stand-in method that finds the gold but folds every Russian-only sentence into the
    bead before it, and is least sure of exactly those beads."""
    beads: list[Bead] = []
    for en, ru in doc.gold:
        if not en and beads:
            last = beads.pop()
            beads.append(Bead(last.source, (*last.target, *ru), 0.1))
        else:
            beads.append(Bead(en, ru, 0.9))
    return beads


def test_the_third_set_is_scored_per_text_and_micro_for_every_method(
    third_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    methods = {"workbench": _gold_but_drops, "hunalign": _gold}
    out = scored_by(methods, third_set, monkeypatch, capsys)
    assert out["gold"]["coat"] == {"en": 5, "ru": 6, "beads": 6, "1-1": 5, "null": 1}
    assert out["gold"]["prince"] == {"en": 3, "ru": 3, "beads": 3, "1-1": 3}
    perfect = {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert out["hunalign"]["all"] == perfect and out["hunalign"]["missed"] == []
    assert "confidence" not in out["hunalign"]
    folded = out["workbench"]
    assert folded["per_text"]["prince"] == perfect
    assert folded["per_text"]["coat"]["strict"][2] < 1.0
    assert folded["missed"] == [
        {"text": "coat", "gold": [[4], [4]], "predicted": [[[4], [4, 5]]]},
        {"text": "coat", "gold": [[], [5]], "predicted": [[[4], [4, 5]]]},
    ]
    assert folded["confidence"]["auc"] == 1.0
