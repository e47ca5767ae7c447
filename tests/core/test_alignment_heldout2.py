"""The second held-out free-translation set (`bench.align_heldout2`) is read and scored by the
first set's machinery, given its own sources and gold: texts in a mirror kept with a work tree,
an excerpt that runs to the end of its file, paragraphs that open with an indented line, and a
paragraph the translator left out. Only made-up texts in a made-up mirror are read here, and the
aligner is never run on the set's works; `tests/core/test_alignment_heldout_gold.py` checks the
committed gold is well formed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import align_dev, align_heldout
from bench.align_dev import DevDocument
from tests.core.test_alignment_heldout import (
    _commit,
    _sha,
    assert_read_as,
    scored_by,
    write_gold,
)
from workbench.core.alignment.aligner import Bead

pytestmark = pytest.mark.skipif(
    align_dev.folder() is None, reason="../shared/align-dev is not beside this checkout"
)

_FILES = {
    "stories.txt": "CONTENTS\r\n\r\nGRIEF\r\n\r\nTHE old man\r\nwept. He was alone.\r\n\r\n"
    "\u201cWhere is she?\u201d he asked.\r\n\r\nBy nightfall\r\nhe slept.\r\n",
    "gore.txt": "ГОРЕ\nПредисловие, которого нет в переводе.\nСтарик плакал.\nОн был один.\n"
    "— Где она? — спросил он.\nК ночи он уснул.\n",
    "roman.txt": "ФАТАЛИСТ\n\n     Раз  я  жил  в\nстанице. Было скучно.\n     - Кто  там?  -"
    " спросил\nя.\n     Конец\n",
    "novel.txt": "THE FATALIST\n\nI once lived in a\nvillage. It was dull.\n\n\"Who is there?\""
    " I asked.\n\nBOOK V\n",
}
EXPECTED = {
    "grief": (
        ["THE old man wept.", "He was alone.", "\u201cWhere is she?\u201d he asked.", "By nightfall he slept."],
        ["Предисловие, которого нет в переводе.", "Старик плакал.", "Он был один.",
         "— Где она? — спросил он.", "К ночи он уснул."],
        [[[], [0]], [[0], [1]], [[1], [2]], [[2], [3]], [[3], [4]]],
    ),
    "fatalist": (
        ["I once lived in a village.", "It was dull.", "\"Who is there?\"", "I asked."],
        ["Раз я жил в станице.", "Было скучно.", "- Кто там? - спросил я."],
        [[[0], [0]], [[1], [1]], [[2, 3], [2]]],
    ),
}
"""A Gutenberg story (CRLF, wrapped, blank-line paragraphs) against a one-line-a-paragraph
original running to the end of its file, whose first paragraph the translator left out;
a lib.ru text (wrapped, indented paragraphs, doubled spaces) against a Gutenberg one."""


@pytest.fixture
def second_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up works as the second set's sources and gold, in a mirror whose one
    repository `fetch` kept with a work tree (`repo/.git`)."""
    root = tmp_path / "mirror"
    commit = _commit(root / "someone+works" / "repo" / ".git", _FILES)
    monkeypatch.setenv("ALIGN_HELDOUT_MIRROR", str(root))

    def excerpt(
        name: str, start: str, stop: str | None, one_per_line: bool, indented: bool = False
    ) -> align_heldout.Excerpt:
        source = align_heldout.SourceFile("someone/works", commit, name, _sha(_FILES[name]))
        return align_heldout.Excerpt(source, start, stop, one_per_line, indented)

    sources: align_heldout.Sources = {
        "grief": align_heldout.HandPaired(
            excerpt("stories.txt", "GRIEF", None, one_per_line=False),
            excerpt("gore.txt", "ГОРЕ", None, one_per_line=True),
            (((), (0,)), ((0,), (1, 2)), ((1,), (3,)), ((2,), (4,))),
        ),
        "fatalist": align_heldout.HandPaired(
            excerpt("novel.txt", "THE FATALIST", "BOOK V", one_per_line=False),
            excerpt("roman.txt", "ФАТАЛИСТ", "     Конец", one_per_line=False, indented=True),
            (((0,), (0,)), ((1,), (1,))),
        ),
    }
    return sources, write_gold(tmp_path / "gold2.json", EXPECTED)


def test_a_second_set_is_read_with_its_own_sources_and_gold(
    second_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*second_set, EXPECTED)


def _gold(doc: DevDocument) -> list[Bead]:
    """A stand-in method that finds the gold."""
    return [Bead(en, ru, 1.0) for en, ru in doc.gold]


def _gold_but_merges(doc: DevDocument) -> list[Bead]:
    """A stand-in method that finds the gold but splits every n-1 bead into a 1-1 bead
    and null beads, and is least sure of exactly those."""
    beads = []
    for en, ru in doc.gold:
        if len(en) > 1:
            beads += [Bead(en[:1], ru, 0.1), *(Bead((i,), (), 0.2) for i in en[1:])]
        else:
            beads.append(Bead(en, ru, 0.9))
    return beads


def test_the_second_set_is_scored_per_text_and_micro_for_every_method(
    second_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    methods = {"workbench": _gold_but_merges, "Gale-Church": _gold}
    out = scored_by(methods, second_set, monkeypatch, capsys)
    assert out["gold"]["grief"] == {"en": 4, "ru": 5, "beads": 5, "null": 1, "1-1": 4}
    assert out["gold"]["fatalist"] == {"en": 4, "ru": 3, "beads": 3, "1-1": 2, "n-1": 1}
    perfect = {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert out["Gale-Church"]["all"] == perfect and out["Gale-Church"]["missed"] == []
    assert "confidence" not in out["Gale-Church"]
    split = out["workbench"]
    assert split["per_text"]["grief"] == perfect
    assert split["per_text"]["fatalist"]["strict"][2] < 1.0
    assert split["missed"] == [{"text": "fatalist", "gold": [[2, 3], [2]],
                                "predicted": [[[2], [2]], [[3], []]]}]
    assert split["confidence"]["auc"] == 1.0
