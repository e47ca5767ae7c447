"""The eighth held-out free-translation set (`bench.align_heldout8`) is read and scored by the
first set's machinery, given its own sources and gold: an excerpt spanning two chapters whose
inner heading the other side lacks (left out, not run into the next sentence), two paragraphs of
the English whose line of narration ends one paragraph of the Russian and opens the next (paired
as one), a preface that the English prints last and the Russian first, and a Russian excerpt
that stops at an indented line of speech. Made-up texts in a made-up mirror are read here; the
set's own works are read only to check that they split into the sentences the gold was written
on, and no aligner is ever run on them. `tests/core/test_alignment_heldout_gold.py` checks the
committed gold is well formed and holds the counts it was frozen with."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bench import align_dev, align_heldout
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
    "hero.txt": "CONTENTS\r\n\r\nCHAPTER I\r\n\r\nI was travelling.\r\n\r\n\"How was that?\" I asked."
    "\r\n\r\n\"Here, I'll tell you.\"\r\n\r\n\r\nCHAPTER II\r\n\r\n\"YOU see,\" he said, \"I was there.\""
    "\r\n\r\nI went up.\r\n\r\n\"Wait!\" I said.\r\n\r\nCHAPTER III\r\n\r\nLater.\r\n\r\nAPPENDIX\r\n\r\n"
    "(By the Author)\r\n\r\nTHE preface is first. It is\r\nlast.\r\n\r\nFOOTNOTE:\r\n\r\n"
    "[Footnote 1: A tavern.]\r\n",
    "geroi.txt": "Михаил Лермонтов. Герой\n\n\n     Предисловие  есть  первая  вещь;\nоно и "
    "последняя.\n\n     Часть первая\n\nБЭЛА\n\n\n     Я ехал.\n     - Как же это случилось?\n"
    "     - Вот, - сказал он, - я  там  был.  Я подошел.\n     - Постой! - сказал я.\n"
    "     - А вот я вам  расскажу.\n     Позже.\n",
}
_BELA_PAIRS = (((0,), (0,)), ((1,), (1,)), ((2, 3, 4), (2,)), ((5,), (3,)))
_PREFACE_PAIRS = (((0,), (0,)),)
"""The made-up works' paragraphs paired as the eighth set pairs Bela's and the preface's: the
English's line of speech ahead of its chapter heading, the first of the next chapter and the line
of narration that opens the paragraph after it are one paragraph of the Russian."""

EXPECTED = {
    "bela": (
        ["I was travelling.", "\"How was that?\"", "I asked.", "\"Here, I'll tell you.\"",
         "\"YOU see,\" he said, \"I was there.\"", "I went up.", "\"Wait!\"", "I said."],
        ["Я ехал.", "- Как же это случилось?", "- Вот, - сказал он, - я там был.", "Я подошел.",
         "- Постой! - сказал я."],
        [[[0], [0]], [[1, 2], [1]], [[3, 4], [2]], [[5], [3]], [[6, 7], [4]]],
    ),
    "preface": (
        ["THE preface is first.", "It is last."],
        ["Предисловие есть первая вещь; оно и последняя."],
        [[[0, 1], [0]]],
    ),
}
"""Bela's layout (a chapter heading inside the English's excerpt, a Russian stop line of speech
with the doubled spaces of lib.ru's justified text) and the preface's (the English's appendix
ending at its footnotes, the Russian's opening between the title and the first part)."""


@pytest.fixture
def eighth_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up works as the eighth set's sources and gold, in a bare mirror repository."""
    source = mirrored_works(tmp_path, monkeypatch, _FILES)
    sources: align_heldout.Sources = {
        "bela": align_heldout.HandPaired(
            align_heldout.Excerpt(
                source("hero.txt"), "CHAPTER I", "CHAPTER III", one_per_line=False,
                drop=("CHAPTER II",),
            ),
            align_heldout.Excerpt(
                source("geroi.txt"), "БЭЛА", "     - А вот я вам  расскажу.", one_per_line=False,
                indented=True,
            ),
            _BELA_PAIRS,
        ),
        "preface": align_heldout.HandPaired(
            align_heldout.Excerpt(source("hero.txt"), "(By the Author)", "FOOTNOTE:", one_per_line=False),
            align_heldout.Excerpt(
                source("geroi.txt"), "Михаил Лермонтов. Герой", "     Часть первая",
                one_per_line=False, indented=True,
            ),
            _PREFACE_PAIRS,
        ),
    }
    return sources, write_gold(tmp_path / "gold8.json", EXPECTED)


def test_an_eighth_set_is_read_with_its_own_sources_and_gold(
    eighth_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*eighth_set, EXPECTED)


def test_a_heading_inside_an_excerpt_is_left_out_and_not_run_into_the_next_sentence(
    eighth_set: tuple[align_heldout.Sources, Path],
) -> None:
    bela = eighth_set[0]["bela"]
    assert isinstance(bela, align_heldout.HandPaired)
    en, _ = align_heldout.line_pairs(bela)
    assert en[2] == ("\"Here, I'll tell you.\"<delimiter>\"YOU see,\" he said, \"I was there.\""
                     "<delimiter>I went up.")
    kept = dataclasses.replace(bela.en, drop=())
    assert "CHAPTER II" in align_heldout.excerpt_paragraphs(kept)
    assert "CHAPTER II" not in align_heldout.excerpt_paragraphs(bela.en)


def test_the_eighth_set_is_scored_per_text_and_micro_for_every_method(
    eighth_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = scored_by({"workbench": _gold, "hunalign": _gold}, eighth_set, monkeypatch, capsys)
    assert out["gold"] == {
        "bela": {"en": 8, "ru": 5, "beads": 5, "1-1": 2, "n-1": 3},
        "preface": {"en": 2, "ru": 1, "beads": 1, "n-1": 1},
    }
    perfect = {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert out["hunalign"]["all"] == out["workbench"]["all"] == perfect
    assert out["workbench"]["missed"] == [] and "confidence" in out["workbench"]
