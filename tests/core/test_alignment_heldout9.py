"""The ninth held-out free-translation set (`bench.align_heldout9`) is read and scored by the first
set's machinery, given its own sources and gold: excerpts that run over several chapters on both
sides, each side leaving out its own heading lines (the Russian's a number and a title, each on
its own line), an English paragraph that ends in a comma and so runs into the next pair's
sentence (the two pairs made one), and a translator's bracketed note that shares its sentence
with the next. Made-up texts in a made-up mirror are read here; the set's own works are read
only to check that they split into the sentences the gold was written on, and no aligner is ever
run on them. `tests/core/test_alignment_heldout_gold.py` checks the committed gold is well
formed and holds the counts it was frozen with."""

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
    "childhood.txt": "\ufeffCONTENTS\r\n\r\nI -- THE TUTOR\r\n\r\nKarl woke us.\r\n\r\n"
    "II -- MAMMA\r\n\r\nMamma was making tea. She did not\r\nsee us.\r\n\r\n\"Go to Papa,\" she said."
    "\r\n\r\nPapa said that we must work,\r\n\r\n\"and that we go to Moscow.\"\r\n\r\n"
    "III -- PAPA\r\n\r\nHe was a gentleman. [See \u201cabove.\u201d] God knows why.\r\n\r\nIV -- LESSONS\r\n",
    "detstvo.txt": "Глава I\nУчитель\nКарл разбудил нас.\nГлава II\nMaman\n"
    "Матушка разливала чай и не видела нас.\n– Ступайте к папа, – сказала она.\n"
    "Папа сказал, что пора учиться.\n– Мы едем в Москву.\nГлава III\nПапа\n"
    "Он был джентльмен. Бог знает почему.\nГлава IV\n",
}
_PAIRS = (((0,), (0,)), ((1,), (1,)), ((2, 3), (2, 3)), ((4,), (4,)))
"""The made-up chapters' paragraphs paired as the ninth set pairs Hogarth's and Tolstoy's: the
English paragraph ending in a comma and the one that goes on its sentence are one pair."""

EXPECTED = {
    "chapters": (
        ["Mamma was making tea.", "She did not see us.", "\"Go to Papa,\" she said.",
         "Papa said that we must work, \"and that we go to Moscow.\"",
         "He was a gentleman.", "[See \u201cabove.\u201d] God knows why."],
        ["Матушка разливала чай и не видела нас.", "– Ступайте к папа, – сказала она.",
         "Папа сказал, что пора учиться.", "– Мы едем в Москву.", "Он был джентльмен.",
         "Бог знает почему."],
        [[[0, 1], [0]], [[2], [1]], [[3], [2, 3]], [[4], [4]], [[5], [5]]],
    ),
}
"""Chapters II and III of the made-up works: Gutenberg's wrapped lines and CRLF on one side,
one paragraph a line on the other, no heading left on either."""


def _chapters(source: align_heldout.SourceFile, ru: align_heldout.SourceFile) -> align_heldout.HandPaired:
    return align_heldout.HandPaired(
        align_heldout.Excerpt(source, "II -- MAMMA", "IV -- LESSONS", one_per_line=False,
                              drop=("III -- PAPA",)),
        align_heldout.Excerpt(ru, "Maman", "Глава IV", one_per_line=True,
                              drop=("Глава III", "Папа")),
        _PAIRS,
    )


@pytest.fixture
def ninth_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up works as the ninth set's sources and gold, in a bare mirror repository."""
    source = mirrored_works(tmp_path, monkeypatch, _FILES)
    sources: align_heldout.Sources = {
        "chapters": _chapters(source("childhood.txt"), source("detstvo.txt")),
    }
    return sources, write_gold(tmp_path / "gold9.json", EXPECTED)


def test_a_ninth_set_is_read_with_its_own_sources_and_gold(
    ninth_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*ninth_set, EXPECTED)


def test_both_sides_leave_out_their_inner_headings(
    ninth_set: tuple[align_heldout.Sources, Path],
) -> None:
    chapters = ninth_set[0]["chapters"]
    assert isinstance(chapters, align_heldout.HandPaired)
    assert align_heldout.excerpt_paragraphs(chapters.ru)[-1] == "Он был джентльмен. Бог знает почему."
    kept = dataclasses.replace(chapters.ru, drop=())
    assert align_heldout.excerpt_paragraphs(kept)[4:6] == ["Глава III", "Папа"]
    kept_en = dataclasses.replace(chapters.en, drop=())
    assert "III -- PAPA" in align_heldout.excerpt_paragraphs(kept_en)


def test_a_paragraph_ending_in_a_comma_runs_into_the_next_pair_so_the_two_are_one(
    ninth_set: tuple[align_heldout.Sources, Path],
) -> None:
    """Paired apart, the English sentence would start in one pair and end in the next, and no
    bead inside one pair could hold it: the splitter joins a paragraph without a final stop to
    the next whatever the pairing."""
    chapters = ninth_set[0]["chapters"]
    assert isinstance(chapters, align_heldout.HandPaired)
    apart = dataclasses.replace(chapters, pairs=(((0,), (0,)), ((1,), (1,)), ((2,), (2,)),
                                                 ((3,), (3,)), ((4,), (4,))))
    en, _ = align_heldout.line_pairs(apart)
    build = align_dev.shared_module("build_dev")
    joined = [lines for _, lines in build.paragraphs(en) if len(lines) > 1]
    assert joined == [[2, 3]]
    assert align_heldout.sentences(en) == EXPECTED["chapters"][0]


def test_the_ninth_set_is_scored_per_text_and_micro_for_every_method(
    ninth_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = scored_by({"workbench": _gold, "hunalign": _gold}, ninth_set, monkeypatch, capsys)
    assert out["gold"] == {"chapters": {"en": 6, "ru": 6, "beads": 5, "1-1": 3, "n-1": 1, "1-n": 1}}
    perfect = {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert out["hunalign"]["all"] == out["workbench"]["all"] == perfect
    assert out["workbench"]["missed"] == [] and "confidence" in out["workbench"]
