"""A fourth held-out free-translation set: EN/RU works in neither align-dev nor the first three
held-out sets (`bench.align_heldout`, `bench.align_heldout2`, `bench.align_heldout3`, read and
tuned on since, so dev data now), by authors none of them has, from one anthology of old
translations, *Best Russian Short Stories* (ed. Thomas Seltzer, 1917), which names no
translator:

* `pushkin-queen-of-spades-1`, `pushkin-queen-of-spades-2`: Pushkin, «Пиковая дама» (1834),
  chapters I and II, RU → EN (the English reads as T. Keane's, *The Prose Tales of Alexander
  Poushkin*, 1894: identified, not confirmed), dialogue-heavy; the English leaves out the
  chapters' epigraphs, which stay outside the excerpts as Pushkin's footnotes do;
* `turgenev-district-doctor`: Turgenev, «Уездный лекарь» (*Записки охотника*, 1848), the whole
  story, RU → EN (the English reads as Constance Garnett's, *A Sportsman's Sketches*, 1895:
  identified, not confirmed), a doctor's monologue of long periods.

Everything but the works is the first set's: the texts are read where `fetch` mirrors them,
at a fixed commit and digest, split as align-dev's `build_dev.py` splits, and scored by every
free-translation method (`bench.align_heldout.main`). Only the gold is committed
(`bench/data/align_heldout4.json`: per text, the digests of the two sentence files and the
beads, written by hand before any aligner ran on these texts). The paragraphs were paired by
hand (`SOURCES`).

    python -m bench.align_heldout4     # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout
from bench.align_heldout import Excerpt, HandPaired, SourceFile, Sources

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout4.json"

BEST_RUSSIAN_SHORT_STORIES = SourceFile(
    "GITenberg/Best-Russian-Short-Stories_13437",
    "36362390116e6d530f2acce994b11d73430d94a1",
    "13437.txt",
    "98d8a23d324acb5eccaf7938aa758ebad446c06f7fb7b876c3b1de9d43c13880",
)
"""Project Gutenberg eBook #13437: *Best Russian Short Stories*, compiled and edited by Thomas
Seltzer (Boni and Liveright, 1917)."""

RUSLIT = "d0rj/RusLit"
RUSLIT_COMMIT = "4509680428729da225a73a22008133660f92bb7e"


def ruslit(path: str, sha256: str) -> SourceFile:
    """A Russian text of RusLit at the commit every set reads it at."""
    return SourceFile(RUSLIT, RUSLIT_COMMIT, path, sha256)


QUEEN_OF_SPADES = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Pushkin/Пиковая дама.txt",
    "cbe14b989c4799fe99af572a3986937bac70f283d218499aa1ab75d0c4c6ecdb",
)

SPORTSMANS_SKETCHES = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Turgenev/Записки охотника.txt",
    "b30c560d68d55e1ca4e0c017629b0e4e69ee842c6e3dc4167b21699131e6b018",
)


def _one_to_one(first: int, stop: int, shift: int = 0) -> tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]:
    return tuple(((k,), (k + shift,)) for k in range(first, stop))


QUEEN_OF_SPADES_1_PAIRS = (
    *_one_to_one(0, 12),
    ((12,), (12, 13, 14, 15, 16, 17, 18)),
    ((13,), (19,)),
    ((14, 15, 16, 17), (20,)),
    *_one_to_one(18, 28, 3),
)
"""The Queen of Spades, chapter I: the English runs Tomsky's tale of his grandmother into one
paragraph (Pushkin's seven) and breaks the dialogue with St. Germain out of Pushkin's one."""

QUEEN_OF_SPADES_2_PAIRS = (*_one_to_one(0, 57), ((57, 58), (57, 58)), *_one_to_one(59, 61))
"""The Queen of Spades, chapter II: paragraph for paragraph, but for «Германн остановился.»,
which ends Pushkin's paragraph and opens the translator's next."""

DISTRICT_DOCTOR_PAIRS = (
    *_one_to_one(0, 3),
    ((3,), (3, 4)),
    ((4,), (5,)),
    ((5,), (6,)),
    ((6, 7), (7,)),
    *_one_to_one(8, 11),
)
"""The District Doctor: the English's 11 paragraphs against Turgenev's 11."""

SOURCES: Sources = {
    "pushkin-queen-of-spades-1": HandPaired(
        Excerpt(BEST_RUSSIAN_SHORT_STORIES, "I", "II", one_per_line=False),
        Excerpt(QUEEN_OF_SPADES, "Делом.", "1", one_per_line=True),
        QUEEN_OF_SPADES_1_PAIRS,
    ),
    "pushkin-queen-of-spades-2": HandPaired(
        Excerpt(BEST_RUSSIAN_SHORT_STORIES, "II", "III", one_per_line=False),
        Excerpt(QUEEN_OF_SPADES, "Светский разговор.", "1", one_per_line=True),
        QUEEN_OF_SPADES_2_PAIRS,
    ),
    "turgenev-district-doctor": HandPaired(
        Excerpt(
            BEST_RUSSIAN_SHORT_STORIES,
            "BY IVAN S. TURGENEV",
            "THE CHRISTMAS TREE AND THE WEDDING",
            one_per_line=False,
        ),
        Excerpt(SPORTSMANS_SKETCHES, "Уездный лекарь", "Мой сосед Радилов", one_per_line=True),
        DISTRICT_DOCTOR_PAIRS,
    ),
}


def main() -> None:
    align_heldout.main(SOURCES, GOLD)


if __name__ == "__main__":
    main()
