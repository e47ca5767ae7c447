"""A fifth held-out free-translation set: EN/RU works in neither align-dev nor the first four
held-out sets (`bench.align_heldout` to `bench.align_heldout4`, read and tuned on since, so dev
data now), in the English of Thomas Seltzer's anthology *Best Russian Short Stories* (1917),
which names no translator (Chekhov's "The Darling" there is not Constance Garnett's wording),
against the Russian of the `d0rj/RusLit` collection:

* `chekhov-darling`: Chekhov, «Душечка» (1899), the whole story, RU → EN ("The Darling"), a
  woman who speaks in her husbands' words: short lines of speech that the English often runs
  into the narration around them;
* `chekhov-vanka`: Chekhov, «Ванька» (1886), the whole story, RU → EN ("Vanka"), a boy's
  letter in long run-on periods, which the English cuts and joins otherwise;
* `dostoevsky-christmas-tree`: Dostoevsky, «Ёлка и свадьба» (1848), the whole story, RU → EN
  ("The Christmas Tree and the Wedding"), a free translation that reorders clauses across
  sentences; the Russian edition's two footnotes stay in as additions (null beads).

Everything but the works is the first set's: the texts are read where `fetch` mirrors them, at
a fixed commit and digest, split as align-dev's `build_dev.py` splits, and scored by every
free-translation method (`bench.align_heldout.main`). Only the gold is committed
(`bench/data/align_heldout5.json`: per text, the digests of the two sentence files and the
beads, written by hand before any aligner ran on these texts). The paragraphs were paired by
hand (`SOURCES`).

    python -m bench.align_heldout5     # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout
from bench.align_heldout import Excerpt, HandPaired, SourceFile, Sources
from bench.align_heldout4 import BEST_RUSSIAN_SHORT_STORIES, RUSLIT, RUSLIT_COMMIT

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout5.json"

DARLING = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Chekhov/Душечка.txt",
    "677b2976bfe568f75ebe0808bacdb12d9945e0d6a8cd030ba760e014095e0db8",
)

VANKA = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Chekhov/Ванька.txt",
    "000a53f2926f61c5917dcf4325ccfa557292549e0c58a6914018bc9e5548f5b8",
)

CHRISTMAS_TREE = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Dostoevsky/Ёлка и свадьба.txt",
    "3964dfee69fdcb43a4314d927ebb07425d458682ae15933069a4fc2d21a168cf",
)

Pairs = tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]


def _runs(*runs: tuple[int, int, int]) -> Pairs:
    """Paragraph k of the English with paragraph k + shift of the Russian, for each
    (first, stop, shift) run."""
    return tuple(((k,), (k + shift,)) for first, stop, shift in runs for k in range(first, stop))


DARLING_PAIRS: Pairs = (
    ((0,), (0,)),
    ((1,), (1,)),
    ((2,), (2, 3, 4)),
    *_runs((3, 6, 2)),
    ((6, 7), (8, 9)),
    ((8,), (10,)),
    ((9, 10), (11, 12)),
    *_runs((11, 16, 2)),
    ((16, 17), (18,)),
    *_runs((18, 40, 1)),
    ((40,), (41, 42, 43)),
    *_runs((41, 44, 3)),
    ((44, 45), (47,)),
    *_runs((46, 53, 2)),
    ((53, 54), (55,)),
    *_runs((55, 67, 1)),
    ((67, 68), (68,)),
    *_runs((69, 73, 0)),
    ((73, 74), (73, 74)),
    *_runs((75, 78, 0)),
    ((78, 79), (78,)),
    *_runs((80, 83, -1)),
    ((83, 84), (82,)),
    ((85,), (83,)),
    *_runs((86, 89, -2)),
    ((89,), (87, 88)),
    *_runs((90, 93, -1)),
    ((93,), (92, 93)),
    ((94,), (94,)),
)
"""The Darling: the English's 95 paragraphs against Chekhov's 95 (the date "1899" under the
story is left out); the English runs the one-word line «Душечка!» and most speech tags into
the narration and breaks some of Chekhov's long paragraphs at a line of speech."""

VANKA_PAIRS: Pairs = (
    ((0, 1), (0,)),
    *_runs((2, 5, -1)),
    ((5, 6), (4, 5)),
    *_runs((7, 20, -1)),
    ((20, 21), (19, 20, 21)),
    ((22,), (22,)),
)
"""Vanka: the English's 23 paragraphs (after the byline) against Chekhov's 23; the English
cuts Chekhov's opening in two, and moves the address and the post-box across paragraphs."""

CHRISTMAS_TREE_PAIRS: Pairs = (
    ((0, 1, 2, 3), (0, 1)),
    ((4,), (2,)),
    ((5, 6, 7, 8, 9, 10, 11), (3,)),
    *_runs((12, 15, -8)),
    ((15, 16), (7, 8)),
    *_runs((17, 19, -8)),
    ((19, 20), (11, 12)),
    *_runs((21, 25, -8)),
    ((25, 26), (17,)),
    *_runs((27, 35, -9)),
    ((35, 36, 37), (26,)),
    ((38,), (27, 28)),
    ((39, 40, 41), (29, 30)),
    *_runs((42, 49, -11)),
    ((49, 50), (38,)),
    *_runs((51, 54, -12)),
    ((54, 55), (42,)),
    *_runs((56, 58, -13)),
)
"""The Christmas Tree and the Wedding: the English's 58 paragraphs against the Russian's 45, two
of them the Russian edition's footnotes (translations of "per amore" and "ad extremum", which
stay in the Russian as additions), and the English's "* * * * *" before the wedding."""

SOURCES: Sources = {
    "chekhov-darling": HandPaired(
        Excerpt(BEST_RUSSIAN_SHORT_STORIES, "BY ANTON P. CHEKOV", "THE BET", one_per_line=False),
        Excerpt(DARLING, "Душечка", None, one_per_line=True, first=95),
        DARLING_PAIRS,
    ),
    "dostoevsky-christmas-tree": HandPaired(
        Excerpt(
            BEST_RUSSIAN_SHORT_STORIES,
            "BY FIODOR M. DOSTOYEVSKY",
            "GOD SEES THE TRUTH, BUT WAITS",
            one_per_line=False,
        ),
        Excerpt(CHRISTMAS_TREE, "(Из записок неизвестного)", None, one_per_line=True),
        CHRISTMAS_TREE_PAIRS,
    ),
    "chekhov-vanka": HandPaired(
        Excerpt(BEST_RUSSIAN_SHORT_STORIES, "VANKA", "HIDE AND SEEK", one_per_line=False, skip=1),
        Excerpt(VANKA, "ВАНЬКА", None, one_per_line=True),
        VANKA_PAIRS,
    ),
}


def main() -> None:
    align_heldout.main(SOURCES, GOLD)


if __name__ == "__main__":
    main()
