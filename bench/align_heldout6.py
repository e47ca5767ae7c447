"""A sixth held-out free-translation set: EN/RU works in neither align-dev nor the first five
held-out sets (`bench.align_heldout` to `bench.align_heldout5`, read and tuned on since, so dev
data now), taken from volumes whose other works those sets used, against the Russian of the
`d0rj/RusLit` collection:

* `chekhov-in-exile`: Chekhov, «В ссылке» (1892), the whole story, RU → EN, in Constance
  Garnett's "In Exile" (*The Schoolmistress and Other Stories*, 1920), a close translation
  that cuts Semyon's long monologue into paragraphs and his strings of short exclamations
  into fewer sentences;
* `gogol-calash`: Gogol, «Коляска» (1836), the whole story, RU → EN, in the English of *Taras
  Bulba and Other Tales* (Everyman's Library, 1918), which names no translator: a markedly free
  translation that cuts Gogol's long periods, runs his lines of speech together and leaves
  some out (the soldier shaving a peasant, the unbuttoned uniforms, "Ты конюх?" and its answer:
  six additions, null beads).

Everything but the works is the first set's: the texts are read where `fetch` mirrors them, at
a fixed commit and digest, split as align-dev's `build_dev.py` splits, and scored by every
free-translation method (`bench.align_heldout.main`). Only the gold is committed
(`bench/data/align_heldout6.json`: per text, the digests of the two sentence files and the
beads, written by hand before any aligner ran on these texts). The paragraphs were paired by
hand (`SOURCES`); a paragraph paired with nothing is one the translator left out.

    python -m bench.align_heldout6     # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout
from bench.align_heldout import Excerpt, HandPaired, SourceFile, Sources
from bench.align_heldout2 import RUSLIT, RUSLIT_COMMIT, SCHOOLMISTRESS
from bench.align_heldout3 import TARAS_BULBA
from bench.align_heldout5 import Pairs, _runs

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout6.json"

IN_EXILE = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Chekhov/В ссылке.txt",
    "24aa103ce6dbfdd1407af53107f273ea954e324e69bd8460a1f1d99d27d123c7",
)

CALASH = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Gogol/Коляска.txt",
    "1317d246bf11a62410cd3410bfe8cab403bc62d012f097ead888d7bbe027fab5",
)

IN_EXILE_PAIRS: Pairs = (
    *_runs((0, 11, 0)),
    ((11, 12, 13, 14, 15, 16, 17), (11,)),
    *_runs((18, 24, -6)),
    ((24, 25), (18,)),
    *_runs((26, 38, -7)),
    ((38, 39), (31,)),
    *_runs((40, 49, -8)),
    ((49,), (41, 42)),
    *_runs((50, 62, -7)),
)
"""In Exile: Garnett's 62 paragraphs against Chekhov's 55; she cuts Semyon's story of Vassily
Sergeyitch into seven paragraphs and runs the Tatar's outburst into the line before it."""

CALASH_PAIRS: Pairs = (
    ((0, 1, 2, 3, 4, 5, 6, 7), (0,)),
    ((), (1,)),
    ((8, 9, 10), (2,)),
    *_runs((11, 14, -8)),
    ((14, 15), (6,)),
    ((16, 17), (7,)),
    *_runs((18, 48, -10)),
    ((48, 49, 50, 51), (38, 39, 40)),
    ((52,), (41,)),
    ((53, 54), (42,)),
    ((55, 56), (43,)),
    *_runs((57, 70, -13)),
    ((70, 71), (57,)),
    ((72,), (58, 59)),
    *_runs((73, 86, -13)),
    ((), (73,)),
    ((), (74,)),
    *_runs((86, 101, -11)),
)
"""The Calash: the English's 101 paragraphs against Gogol's 90, whose first holds the whole
opening up to the dinner's end (the English's first eight); the English leaves out Gogol's second
paragraph (the unbuttoned uniforms) and the two lines "Ты конюх?" and "Конюх, ваше
превосходительство"."""

SOURCES: Sources = {
    "chekhov-in-exile": HandPaired(
        Excerpt(SCHOOLMISTRESS, "IN EXILE", "THE CATTLE-DEALERS", one_per_line=False),
        Excerpt(IN_EXILE, "В ССЫЛКЕ", None, one_per_line=True),
        IN_EXILE_PAIRS,
    ),
    "gogol-calash": HandPaired(
        Excerpt(
            TARAS_BULBA,
            "THE CALASH",
            "End of the Project Gutenberg EBook of Taras Bulba and Other Tales, by",
            one_per_line=False,
        ),
        Excerpt(CALASH, "Коляска", None, one_per_line=True),
        CALASH_PAIRS,
    ),
}


def main() -> None:
    align_heldout.main(SOURCES, GOLD)


if __name__ == "__main__":
    main()
