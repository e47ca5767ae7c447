"""The twelfth held-out free-translation set (`bench.align_heldout12`) is read and scored by the
first set's machinery, given its own sources and gold: a book's sections in AsciiDoc, one file a
section in each language's repository, one sentence a line and paragraphs between blank lines,
each side opened by its own anchor line (the Russian repository renames them) and read to the
end of its file; headings, index terms, listings and image lines stay and run into the sentence
after them, the Russian drops the figures' captions and leaves out a paragraph. Made-up texts in
a made-up mirror are read here; the set's own works are read only to check that they split into
the sentences the gold was written on, and no aligner is ever run on them.
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
    "reset.asc": "[[_git_reset]]\n=== Reset Demystified\n\nBefore moving on, let's talk.\n"
    "These commands confuse.\n\n.Soft reset\nimage::images/reset-soft.png[Soft reset]\n\n"
    "So it stops.\nOr not.\n\n==== Summary\n\n(((reset)))\nHope it helps.\n",
    "reset.ru.asc": "[[r_git_reset]]\n=== Раскрытие тайн reset\n\nПрежде поговорим.\n"
    "Эти команды путают.\n\nimage::images/reset-soft.png[]\n\nТак она и остановится.\nИли нет.\n\n"
    "==== Заключение\n\n(((reset)))\nНадеюсь, помогло.\n",
    "protocols.asc": "=== The Protocols\n\nGit can use four protocols.\n\n[source,console]\n----\n"
    "$ git clone /srv/git/project.git\n----\n\nOr you can do this:\n\n[NOTE]\n====\nOnly amend local "
    "commits.\n====\n\nThat is all.\n",
    "protocols.ru.asc": "=== Протоколы\n\nGit умеет работать с четырьмя протоколами.\n\n[source,console]\n"
    "----\n$ git clone /srv/git/project.git\n----\n\nИли этого:\n\nВот и всё.\n",
}

EXPECTED = {
    "reset": (
        ["=== Reset Demystified Before moving on, let's talk.", "These commands confuse.",
         ".Soft reset image::images/reset-soft.png[Soft reset]", "So it stops.", "Or not.",
         "==== Summary (((reset))) Hope it helps."],
        ["=== Раскрытие тайн reset Прежде поговорим.", "Эти команды путают.",
         "image::images/reset-soft.png[]", "Так она и остановится.", "Или нет.",
         "==== Заключение (((reset))) Надеюсь, помогло."],
        [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4]], [[5], [5]]],
    ),
    "protocols": (
        ["Git can use four protocols.",
         "[source,console] ---- $ git clone /srv/git/project.git ---- Or you can do this:",
         "[NOTE] ==== Only amend local commits.", "==== That is all."],
        ["Git умеет работать с четырьмя протоколами.",
         "[source,console] ---- $ git clone /srv/git/project.git ---- Или этого:", "Вот и всё."],
        [[[0], [0]], [[1], [1]], [[2], []], [[3], [2]]],
    ),
}
"""The made-up sections cut as the twelfth set cuts Pro Git's: the first close (the figure's
caption only in the English, inside the image line's 1-1 bead), the second with a note the
Russian leaves out (a null bead; its closing delimiter runs into the next English sentence)."""


@pytest.fixture
def twelfth_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[align_heldout.Sources, Path]:
    """The made-up sections as the twelfth set's sources and gold, in a bare mirror repository."""
    source = mirrored_works(tmp_path, monkeypatch, _FILES)
    sources: align_heldout.Sources = {
        "reset": align_heldout.HandPaired(
            align_heldout.Excerpt(source("reset.asc"), "[[_git_reset]]", None, one_per_line=False),
            align_heldout.Excerpt(source("reset.ru.asc"), "[[r_git_reset]]", None, one_per_line=False),
            tuple(((k,), (k,)) for k in range(6)),
        ),
        "protocols": align_heldout.HandPaired(
            align_heldout.Excerpt(source("protocols.asc"), "=== The Protocols", None, one_per_line=False),
            align_heldout.Excerpt(source("protocols.ru.asc"), "=== Протоколы", None, one_per_line=False),
            (((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3, 4), (3,))),
        ),
    }
    return sources, write_gold(tmp_path / "gold12.json", EXPECTED)


def test_a_twelfth_set_is_read_with_its_own_sources_and_gold(
    twelfth_set: tuple[align_heldout.Sources, Path],
) -> None:
    assert_read_as(*twelfth_set, EXPECTED)


def test_the_twelfth_set_is_scored_per_text_and_micro_for_every_method(
    twelfth_set: tuple[align_heldout.Sources, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert assert_scored_perfectly(_gold, twelfth_set, monkeypatch, capsys) == {
        "protocols": {"en": 4, "ru": 3, "beads": 4, "1-1": 3, "null": 1},
        "reset": {"en": 6, "ru": 6, "beads": 6, "1-1": 6},
    }
