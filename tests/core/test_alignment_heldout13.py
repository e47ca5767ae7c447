"""The thirteenth held-out free-translation set (`bench.align_heldout13`) is read and scored by the
first set's machinery, given its own sources and gold: two line ranges of one bilinguator pair,
each opened by a chapter's heading line, the Russian line holding several paragraphs parted by
`<delimiter>` and cutting an English sentence into several, an English line without a closing
stop run into the next, and a Russian line the translator added. Made-up texts in a made-up
mirror are read here; the set's own work is read only to check that it splits into the sentences
the gold was written on, and no aligner is ever run on it.
`tests/core/test_alignment_heldout_gold.py` checks the committed gold is well formed and holds
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
    "alice_en.txt": "Someone\n<h1>Chapter I. Down</h1>\nAlice was tired of sitting by her sister: "
    "\u201cwhat is the use of a book?\u201d\n<img1>\nShe ran after it\nand fell down.\n"
    "<h1>Chapter II. Tears</h1>\n\u201cCuriouser!\u201d cried Alice.\n\u201cMine is a sad tale!\u201d\n",
    "alice_ru.txt": "Некто\n<h1>Глава I. Вниз</h1>\nАлисе наскучило сидеть с сестрой.<delimiter>"
    "— Что толку в книжке? — подумала Алиса.\n<img1>\nОна побежала за ним\nи упала.\n"
    "<h1>Глава II. Слёзы</h1>\n— Всё страньше! — вскричала Алиса.\n— Это грустная история.<delimiter>"
    "— Прохвост!\n",
}

EXPECTED = {
    "down": (
        ["Alice was tired of sitting by her sister: \u201cwhat is the use of a book?\u201d",
         "She ran after it and fell down."],
        ["Алисе наскучило сидеть с сестрой.", "— Что толку в книжке? — подумала Алиса.",
         "Она побежала за ним и упала."],
        [[[0], [0, 1]], [[1], [2]]],
    ),
    "tears": (
        ["\u201cCuriouser!\u201d cried Alice.", "\u201cMine is a sad tale!\u201d"],
        ["— Всё страньше! — вскричала Алиса.", "— Это грустная история.", "— Прохвост!"],
        [[[0], [0]], [[1], [1]], [[], [2]]],
    ),
}
"""The made-up chapters cut as the thirteenth set cuts Carroll's: the first with a sentence the
Russian cuts in two (a 1-n bead) and lines without a closing stop run together on both sides,
the second with a Russian line the English lacks (a null bead)."""


@pytest.fixture
def thirteenth_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up chapters as the thirteenth set's sources and gold, in a bare mirror repository."""
    source = mirrored_works(tmp_path, monkeypatch, _FILES)
    en, ru = source("alice_en.txt"), source("alice_ru.txt")
    sources: align_heldout.Sources = {
        "down": align_heldout.LinePaired(en, ru, 2, 6),
        "tears": align_heldout.LinePaired(en, ru, 7, 9),
    }
    return sources, write_gold(tmp_path / "gold13.json", EXPECTED)


def test_a_thirteenth_set_is_read_with_its_own_sources_and_gold(
    thirteenth_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*thirteenth_set, EXPECTED)


def test_the_thirteenth_set_is_scored_per_text_and_micro_for_every_method(
    thirteenth_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert assert_scored_perfectly(_gold, thirteenth_set, monkeypatch, capsys) == {
        "down": {"en": 2, "ru": 3, "beads": 2, "1-1": 1, "1-n": 1},
        "tears": {"en": 2, "ru": 3, "beads": 3, "1-1": 2, "null": 1},
    }
