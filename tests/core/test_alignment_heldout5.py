"""The fifth held-out free-translation set (`bench.align_heldout5`) is read and scored by the first
set's machinery, given its own sources and gold: an anthology story whose byline is the same
line as another story's (so the excerpt opens at the title and leaves the byline out), an
original that ends in a date line, a footnote of the Russian edition kept as an addition, and
paragraphs grouped on both sides at once. Only made-up texts in a made-up mirror are read here,
and the aligner is never run on the set's works; `tests/core/test_alignment_heldout_gold.py`
checks the committed gold is well formed."""

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
    "anthology.txt": "THE LETTER\r\n\r\nBY A. AUTHOR\r\n\r\n\r\nHe sat down\r\nto write. It was "
    "night.\r\n\r\n\u201cDear grandfather,\u201d he wrote.\r\n\r\nTHE BALL\r\n\r\nBY A. AUTHOR\r\n\r\n"
    "I saw a ball. A girl danced.\r\n\r\nThe host bowed.\r\n\r\nTHE END\r\n",
    "letter.txt": "Автор\nПИСЬМО\nОн сел писать.\nБыла ночь. «Милый дедушка! — писал он.\n1886\n",
    "ball.txt": "Автор\nБал\n\nЯ видел бал.\n1 из любви (итал.).\nДевочка танцевала. Хозяин "
    "поклонился.\n",
}
EXPECTED = {
    "ball": (
        ["I saw a ball.", "A girl danced.", "The host bowed."],
        ["Я видел бал.", "1 из любви (итал.).", "Девочка танцевала.", "Хозяин поклонился."],
        [[[0], [0]], [[], [1]], [[1], [2]], [[2], [3]]],
    ),
    "letter": (
        ["He sat down to write.", "It was night.", "\u201cDear grandfather,\u201d he wrote."],
        ["Он сел писать.", "Была ночь.", "«Милый дедушка! — писал он."],
        [[[0], [0]], [[1], [1]], [[2], [2]]],
    ),
}
"""Two stories of one anthology (CRLF, wrapped, blank-line paragraphs) under the same byline,
the second of which the first byline's line names; beside an original with a date line under
it, and an original whose footnote sits between two paragraphs."""


@pytest.fixture
def fifth_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up works as the fifth set's sources and gold, in a bare mirror repository."""
    source = mirrored_works(tmp_path, monkeypatch, _FILES)

    sources: align_heldout.Sources = {
        "letter": align_heldout.HandPaired(
            align_heldout.Excerpt(source("anthology.txt"), "BY A. AUTHOR", "THE BALL", one_per_line=False),
            align_heldout.Excerpt(source("letter.txt"), "ПИСЬМО", None, one_per_line=True, first=2),
            (((0, 1), (0, 1)),),
        ),
        "ball": align_heldout.HandPaired(
            align_heldout.Excerpt(source("anthology.txt"), "THE BALL", "THE END", one_per_line=False, skip=1),
            align_heldout.Excerpt(source("ball.txt"), "Бал", None, one_per_line=True),
            (((0, 1), (0, 1, 2)),),
        ),
    }
    return sources, write_gold(tmp_path / "gold5.json", EXPECTED)


def test_a_fifth_set_is_read_with_its_own_sources_and_gold(
    fifth_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*fifth_set, EXPECTED)


def test_a_skipped_byline_and_a_date_line_stay_outside_the_excerpts(
    fifth_set: tuple[align_heldout.Sources, Path],
) -> None:
    ball, letter = fifth_set[0]["ball"], fifth_set[0]["letter"]
    assert isinstance(ball, align_heldout.HandPaired) and isinstance(letter, align_heldout.HandPaired)
    assert align_heldout.excerpt_paragraphs(ball.en) == ["I saw a ball. A girl danced.", "The host bowed."]
    assert align_heldout.excerpt_paragraphs(letter.ru)[-1] == "Была ночь. «Милый дедушка! — писал он."


def test_the_fifth_set_is_scored_per_text_and_micro_for_every_method(
    fifth_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    methods = {"workbench": _gold_but_folds_additions, "hunalign": _gold}
    out = scored_by(methods, fifth_set, monkeypatch, capsys)
    assert out["gold"]["ball"] == {"en": 3, "ru": 4, "beads": 4, "1-1": 3, "null": 1}
    perfect = {"strict": [1.0, 1.0, 1.0], "lax": [1.0, 1.0, 1.0]}
    assert out["hunalign"]["all"] == perfect and out["hunalign"]["missed"] == []
    folded = out["workbench"]
    assert folded["per_text"]["letter"] == perfect
    assert folded["per_text"]["ball"]["strict"][2] < 1.0
    assert folded["all"]["strict"][2] < 1.0 and folded["all"]["lax"][2] == 1.0
    assert folded["missed"] == [
        {"text": "ball", "gold": [[], [1]], "predicted": [[[1], [1, 2]]]},
        {"text": "ball", "gold": [[1], [2]], "predicted": [[[1], [1, 2]]]},
    ]
    assert folded["confidence"]["auc"] == 1.0
