"""An eighth held-out free-translation set: EN/RU works in neither align-dev nor the first seven
held-out sets (`bench.align_heldout` to `bench.align_heldout7`, read and tuned on since, so dev
data now), all from the one volume and the one Russian file whose "The Fatalist" and "Taman" the
second and seventh sets used, RU → EN, in J. H. Wisdom and Marr Murray's *A Hero of Our Time*
(1912) against the Russian of the `d0rj/RusLit` collection:

* `lermontov-maksim-maksimych`: Lermontov, «Максим Максимыч» (*Герой нашего времени*, 1840),
  the whole story: a markedly free translation that cuts Lermontov's periods (the portrait of
  Pechorin, one sentence of the Russian, is four of the English), gives each line of speech a
  paragraph where Lermontov runs a line and its narration together, and re-cuts the old man's
  broken exclamations;
* `lermontov-bela-1-2`: Lermontov, «Бэла», the opening, up to the staff-captain's «А вот я вам
  расскажу», which the English cuts into chapters I and II (its heading, "CHAPTER II", is left
  out: the Russian has none there); the translator's footnote marks ("[1]" to "[7]") stay in the
  English, the Russian edition's («Петровиче1») in the Russian;
* `lermontov-preface`: Lermontov's preface to the novel's second edition (1841), whole, which
  the English prints last ("APPENDIX. PREFACE TO THE SECOND EDITION"), a close translation.

Everything but the works is the first set's: the texts are read where `fetch` mirrors them, at
a fixed commit and digest, split as align-dev's `build_dev.py` splits, and scored by every
free-translation method (`bench.align_heldout.main`). Only the gold is committed
(`bench/data/align_heldout8.json`: per text, the digests of the two sentence files and the
beads, written by hand before any aligner ran on these texts). The paragraphs were paired by
hand (`SOURCES`).

    python -m bench.align_heldout8     # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout
from bench.align_heldout import Excerpt, HandPaired, Sources
from bench.align_heldout2 import HERO_OF_OUR_TIME
from bench.align_heldout5 import Pairs, _runs
from bench.align_heldout7 import HERO_OF_OUR_TIME_RU

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout8.json"

MAKSIM_MAKSIMYCH_PAIRS: Pairs = (
    *_runs((0, 8, 0)),
    ((8,), (8, 9)),
    ((9,), (10,)),
    ((10, 11, 12), (11,)),
    *_runs((13, 30, -1)),
    ((30, 31), (29,)),
    *_runs((32, 38, -2)),
    ((38, 39), (36,)),
    *_runs((40, 45, -3)),
    ((45, 46), (42,)),
    ((47, 48, 49), (43, 44)),
    ((50, 51), (45,)),
    *_runs((52, 67, -6)),
    ((67, 68), (61,)),
    *_runs((69, 72, -7)),
    ((72, 73), (65,)),
    ((74,), (66,)),
    ((75, 76, 77, 78), (67,)),
    *_runs((79, 88, -11)),
    ((88, 89), (77,)),
    *_runs((90, 103, -12)),
)
"""Maksim Maksimych: the English's 103 paragraphs against Lermontov's 91; the English sets a
line of speech apart from its narration ("I went up to him" opens a paragraph of the English but
ends one of the Russian, so those two pairs are one)."""

BELA_1_2_PAIRS: Pairs = (
    ((0, 1), (0,)),
    ((2, 3), (1,)),
    *_runs((4, 26, -2)),
    ((26, 27), (24,)),
    *_runs((28, 46, -3)),
    ((46, 47), (43,)),
    *_runs((48, 55, -4)),
    ((55, 56, 57, 58, 59, 60, 61, 62), (51,)),
    *_runs((63, 68, -11)),
)
"""Bela, the opening: the English's 68 paragraphs against Lermontov's 57; the English gives the
first tale's opening exchange (in Lermontov one paragraph, with its own quotation marks) eight."""

PREFACE_PAIRS: Pairs = tuple(((k,), (k,)) for k in range(4))
"""The preface: four paragraphs each side."""

SOURCES: Sources = {
    "lermontov-bela-1-2": HandPaired(
        Excerpt(
            HERO_OF_OUR_TIME, "CHAPTER I", "CHAPTER III", one_per_line=False, drop=("CHAPTER II",)
        ),
        Excerpt(
            HERO_OF_OUR_TIME_RU,
            "БЭЛА",
            "     - А вот я вам расскажу. Верст шесть от крепости жил один мирной  князь.",
            one_per_line=False,
            indented=True,
        ),
        BELA_1_2_PAIRS,
    ),
    "lermontov-maksim-maksimych": HandPaired(
        Excerpt(
            HERO_OF_OUR_TIME,
            "BOOK II MAKSIM MAKSIMYCH",
            "FOREWORD TO BOOKS III, IV, AND V",
            one_per_line=False,
        ),
        Excerpt(
            HERO_OF_OUR_TIME_RU, "МАКСИМ МАКСИМЫЧ", "ЖУРНАЛ ПЕЧОРИНА", one_per_line=False, indented=True
        ),
        MAKSIM_MAKSIMYCH_PAIRS,
    ),
    "lermontov-preface": HandPaired(
        Excerpt(HERO_OF_OUR_TIME, "(By the Author)", "FOOTNOTE:", one_per_line=False),
        Excerpt(
            HERO_OF_OUR_TIME_RU,
            "Михаил Лермонтов. Герой нашего времени",
            "     Часть первая",
            one_per_line=False,
            indented=True,
        ),
        PREFACE_PAIRS,
    ),
}


def main() -> None:
    align_heldout.main(SOURCES, GOLD)


if __name__ == "__main__":
    main()
