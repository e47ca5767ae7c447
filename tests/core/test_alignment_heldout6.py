"""The sixth held-out free-translation set (`bench.align_heldout6`) is read and scored by the first
set's machinery, given its own sources and gold: a story that ends where a Gutenberg volume's
licence begins, an original whose first paragraph holds several of the translation's, and a
paragraph the translator left out (paired with nothing, so its sentence is an addition). Made-up
texts in a made-up mirror are read here; the set's own works are read only to check that they
split into the sentences the gold was written on, and no aligner is ever run on them.
`tests/core/test_alignment_heldout_gold.py` checks the committed gold is well formed and holds
the counts it was frozen with."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import align_dev, align_heldout
from tests.core.test_alignment_heldout import (
    assert_read_as,
    mirrored_works,
    scored_by,
    write_gold,
)
from tests.core.test_alignment_heldout4 import _gold, _gold_but_folds_additions

pytestmark = pytest.mark.skipif(
    align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout"
)

_FILES = {
    "tales.txt": "THE CART\r\n\r\nThe town was dull. Pigs walked\r\nin the mud.\r\n\r\nThe dust "
    "rose.\r\n\r\nThen the soldiers came.\r\n\r\n\u201cCome here,\u201d said the general.\r\n\r\n"
    "\u201cLook at it.\u201d\r\n\r\nEnd of the Project Gutenberg EBook of Tales, by\r\nA. Author\r\n",
    "cart.txt": "Автор\n\nКоляска\n\n   Город был скучен. Свиньи ходили по грязи. Пыль "
    "поднималась.\n   Солдат брил мужика.\n   Потом пришли солдаты.\n   -- Подойди, -- сказал "
    "генерал.\n   -- Ты конюх?\n   -- Посмотри на нее.\n",
}
EXPECTED = {
    "cart": (
        ["The town was dull.", "Pigs walked in the mud.", "The dust rose.",
         "Then the soldiers came.", "\u201cCome here,\u201d said the general.", "\u201cLook at it.\u201d"],
        ["Город был скучен.", "Свиньи ходили по грязи.", "Пыль поднималась.", "Солдат брил мужика.",
         "Потом пришли солдаты.", "-- Подойди, -- сказал генерал.", "-- Ты конюх?",
         "-- Посмотри на нее."],
        [[[0], [0]], [[1], [1]], [[2], [2]], [[], [3]], [[3], [4]], [[4], [5]], [[], [6]],
         [[5], [7]]],
    ),
}
"""A wrapped Gutenberg story (CRLF, blank-line paragraphs) that ends at the volume's licence
line, beside an indented original whose first paragraph is the story's first two, with two
lines the story leaves out: one a paragraph of its own, one a line of speech."""

_PAIRS = (((0, 1), (0,)), ((), (1,)), ((2,), (2,)), ((3,), (3,)), ((), (4,)), ((4,), (5,)))
"""The made-up story's paragraphs paired as the sixth set pairs the Calash's."""


@pytest.fixture
def sixth_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up works as the sixth set's sources and gold, in a bare mirror repository."""
    source = mirrored_works(tmp_path, monkeypatch, _FILES)

    sources: align_heldout.Sources = {
        "cart": align_heldout.HandPaired(
            align_heldout.Excerpt(
                source("tales.txt"), "THE CART", "End of the Project Gutenberg EBook of Tales, by",
                one_per_line=False,
            ),
            align_heldout.Excerpt(source("cart.txt"), "Коляска", None, one_per_line=True),
            _PAIRS,
        ),
    }
    return sources, write_gold(tmp_path / "gold6.json", EXPECTED)


def test_a_sixth_set_is_read_with_its_own_sources_and_gold(
    sixth_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*sixth_set, EXPECTED)


def test_a_paragraph_paired_with_nothing_is_a_line_of_one_side_only(
    sixth_set: tuple[align_heldout.Sources, Path],
) -> None:
    en, ru = align_heldout.line_pairs(sixth_set[0]["cart"])
    assert en[1] == "" and ru[1] == "Солдат брил мужика."
    assert en[0] == "The town was dull. Pigs walked in the mud.<delimiter>The dust rose."
    assert len(en) == len(ru) == len(_PAIRS)


def test_the_licence_stays_outside_the_excerpt(sixth_set: tuple[align_heldout.Sources, Path]) -> None:
    cart = sixth_set[0]["cart"]
    assert isinstance(cart, align_heldout.HandPaired)
    assert align_heldout.excerpt_paragraphs(cart.en)[-1] == "\u201cLook at it.\u201d"


def test_the_sixth_set_is_scored_per_text_and_micro_for_every_method(
    sixth_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    methods = {"workbench": _gold_but_folds_additions, "hunalign": _gold}
    out = scored_by(methods, sixth_set, monkeypatch, capsys)
    assert out["gold"]["cart"] == {"en": 6, "ru": 8, "beads": 8, "1-1": 6, "null": 2}
    perfect = {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert out["hunalign"]["all"] == perfect and out["hunalign"]["missed"] == []
    folded = out["workbench"]
    assert folded["all"]["strict"][2] < 1.0 and folded["all"]["lax"][2] == 1.0
    assert [m["gold"] for m in folded["missed"]] == [[[], [3]], [[3], [4]], [[], [6]], [[5], [7]]]
    assert folded["confidence"]["auc"] == 1.0
