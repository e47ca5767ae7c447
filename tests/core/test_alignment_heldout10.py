"""The tenth held-out free-translation set (`bench.align_heldout10`) is read and scored by the
first set's machinery, given its own sources and gold: three excerpts of one story, cut from one
file on each side by paragraph counts (`skip`, `first`) where no line of the English marks the
cut, the English's chapter break (a row of stars, indented) and the Russian's chapter numeral
left out on each side, a Russian excerpt that starts at the file's blank first line, and lines
the English adds (null beads). Made-up texts in a made-up mirror are read here; the set's own
works are read only to check that they split into the sentences the gold was written on, and no
aligner is ever run on them. `tests/core/test_alignment_heldout_gold.py` checks the committed
gold is well formed and holds the counts it was frozen with."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bench import align_dev, align_heldout, align_heldout10
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
    "stories.txt": "\ufeffCONTENTS\r\n\r\n  Tale\r\n  Other\r\n\r\nTale\r\n\r\nThe sky is grey. The sea\r\n"
    "is calm.\r\n\r\nBells rang. It was noon.\r\n\r\n" + align_heldout10.STARS + "\r\n\r\n"
    "Grisha came. \"Hey!\" he said.\r\n\r\n\"Where to?\"\r\n\r\nHe laughed.\r\n\r\n"
    + align_heldout10.STARS + "\r\n\r\nThe night was dark. You understand?\r\n\r\nThey rowed.\r\n\r\n"
    "Other\r\n\r\nAnother tale.\r\n",
    "tale.txt": "    \n          \nНебо серое. Море спокойно.\nПробили склянки, был полдень.\n"
    + align_heldout10.RU_CHAPTER_1 + "\n– Эй! – сказал Гриша, придя.\n– Куда?\nОн засмеялся.\n"
    + align_heldout10.RU_CHAPTER_2 + "\nНочь была темная.\nОни гребли.\n"
    + align_heldout10.RU_CHAPTER_3 + "\nКонец.\n",
}

EXPECTED = {
    "harbour": (
        ["The sky is grey.", "The sea is calm.", "Bells rang.", "It was noon.", "Grisha came.",
         "\"Hey!\" he said."],
        ["Небо серое.", "Море спокойно.", "Пробили склянки, был полдень.", "– Эй! – сказал Гриша, придя."],
        [[[0], [0]], [[1], [1]], [[2, 3], [2]], [[4, 5], [3]]],
    ),
    "middle": (
        ["\"Where to?\"", "He laughed."],
        ["– Куда?", "Он засмеялся."],
        [[[0], [0]], [[1], [1]]],
    ),
    "boat": (
        ["The night was dark.", "You understand?", "They rowed."],
        ["Ночь была темная.", "Они гребли."],
        [[[0], [0]], [[1], []], [[2], [1]]],
    ),
}
"""The made-up story cut as the tenth set cuts Gorky's: the prologue and the chapter's opening,
the rest of the chapter, and the next chapter's opening (with a line the English adds)."""

_ONE_TO_ONE = (((0,), (0,)), ((1,), (1,)), ((2,), (2,)))


@pytest.fixture
def tenth_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up story as the tenth set's sources and gold, in a bare mirror repository."""
    source = mirrored_works(tmp_path, monkeypatch, _FILES)
    en, ru = source("stories.txt"), source("tale.txt")
    stars = (align_heldout10.STARS,)
    sources: align_heldout.Sources = {
        "harbour": align_heldout.HandPaired(
            align_heldout.Excerpt(en, "Tale", "Other", one_per_line=False, drop=stars, first=3),
            align_heldout.Excerpt(ru, "    ", align_heldout10.RU_CHAPTER_2, one_per_line=True,
                                  drop=(align_heldout10.RU_CHAPTER_1,), first=3),
            _ONE_TO_ONE,
        ),
        "middle": align_heldout.HandPaired(
            align_heldout.Excerpt(en, "Tale", "Other", one_per_line=False, drop=stars, skip=3, first=2),
            align_heldout.Excerpt(ru, "    ", align_heldout10.RU_CHAPTER_2, one_per_line=True,
                                  drop=(align_heldout10.RU_CHAPTER_1,), skip=3),
            _ONE_TO_ONE[:2],
        ),
        "boat": align_heldout.HandPaired(
            align_heldout.Excerpt(en, "Tale", "Other", one_per_line=False, drop=stars, skip=5, first=2),
            align_heldout.Excerpt(ru, align_heldout10.RU_CHAPTER_2, align_heldout10.RU_CHAPTER_3,
                                  one_per_line=True, first=2),
            _ONE_TO_ONE[:2],
        ),
    }
    return sources, write_gold(tmp_path / "gold10.json", EXPECTED)


def test_a_tenth_set_is_read_with_its_own_sources_and_gold(
    tenth_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*tenth_set, EXPECTED)


def test_the_chapter_marks_are_left_out_and_the_cuts_fall_on_paragraphs(
    tenth_set: tuple[align_heldout.Sources, Path],
) -> None:
    """Kept, the stars would be a paragraph of their own and shift every count after them (and
    the splitter would run them into the next sentence); the Russian numeral likewise."""
    harbour, middle = tenth_set[0]["harbour"], tenth_set[0]["middle"]
    assert isinstance(harbour, align_heldout.HandPaired) and isinstance(middle, align_heldout.HandPaired)
    kept = dataclasses.replace(harbour.en, drop=(), first=None)
    assert align_heldout.excerpt_paragraphs(kept)[2] == "* * * * *"
    kept_ru = dataclasses.replace(harbour.ru, drop=(), first=None)
    assert align_heldout.excerpt_paragraphs(kept_ru)[2] == "I"
    whole = align_heldout.excerpt_paragraphs(dataclasses.replace(harbour.en, first=None))
    assert whole[:3] + align_heldout.excerpt_paragraphs(middle.en) == whole[:5]


def test_the_tenth_set_is_scored_per_text_and_micro_for_every_method(
    tenth_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = scored_by({"workbench": _gold, "hunalign": _gold}, tenth_set, monkeypatch, capsys)
    assert out["gold"] == {
        "boat": {"en": 3, "ru": 2, "beads": 3, "1-1": 2, "null": 1},
        "harbour": {"en": 6, "ru": 4, "beads": 4, "1-1": 2, "n-1": 2},
        "middle": {"en": 2, "ru": 2, "beads": 2, "1-1": 2},
    }
    perfect = {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert out["hunalign"]["all"] == out["workbench"]["all"] == perfect
    assert out["workbench"]["missed"] == [] and "confidence" in out["workbench"]
