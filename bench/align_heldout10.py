"""A tenth held-out free-translation set: EN/RU text in neither align-dev nor the first nine
held-out sets (`bench.align_heldout` to `bench.align_heldout9`, read and tuned on since, so dev
data now), RU → EN, from one story of the volume whose "Twenty-six and One" the ninth set read:

Gorky, «Челкаш» (1895), in the English of *Twenty-six and One and Other Stories* (J. F. Taylor,
1902, the Vagabond Series), which names no translator ("Tchelkache", "Grichka", "Koubagne": the
spellings of a French version, which the English likely went through), against the Russian of
the `d0rj/RusLit` collection. A free translation of the sentence: it cuts Gorky's long periods
and his run-on lines of speech otherwise than he does, re-cuts clauses across sentences
(a face's bruises, Gorky's clause, are the English's own sentence; a clause that opens one
Russian sentence closes the English one before it: 5 n-m beads of 352), adds lines the Russian
edition does not have (the prologue's "But it is only an illusion ...", "You understand, Grichka?",
Semenitch's "Don't let him come back again!", the sweep-net exchange, the five rubles "in my
hand": null beads) and leaves out one («Малого было жалко, и малый был нужен.»). Three texts,
runs of whole paragraphs; the English marks the story's chapters with a row of stars and the
Russian with a numeral, each on its own line and left out (`drop`), as the excerpts cross them:

* `gorky-chelkash-harbour`: the prologue (the harbour at noon) and chapter I up to the lad with
  the scythe (the Russian's first 40 paragraphs, the English's first 47, chapter marks left
  out): the prologue's long descriptive periods, then Chelkash and the customs watchman;
* `gorky-chelkash-gavrila`: the rest of chapter I (Chelkash hires Gavrila; the tavern), mostly
  dialogue, whose short Russian lines the English often joins or cuts otherwise;
* `gorky-chelkash-boat`: chapter II, the opening, up to Chelkash rising at the tiller (the
  Russian's first 27 paragraphs, the English's first 32): the night sea.

Everything but the works is the first set's: the texts are read where `fetch` mirrors them, at
a fixed commit and digest, split as align-dev's `build_dev.py` splits, and scored by every
free-translation method (`bench.align_heldout.main`). Only the gold is committed
(`bench/data/align_heldout10.json`: per text, the digests of the two sentence files and the
beads, written by hand before any aligner ran on these texts). The paragraphs were paired by
hand (`SOURCES`); the English gives a line of speech and the narration after it a paragraph
each where Gorky runs them into one, so most pairs that are not one-to-one are two or three
English paragraphs to one Russian.

    python -m bench.align_heldout10    # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout
from bench.align_heldout import Excerpt, HandPaired, SourceFile, Sources
from bench.align_heldout4 import RUSLIT, RUSLIT_COMMIT
from bench.align_heldout5 import Pairs, _runs
from bench.align_heldout9 import TWENTY_SIX_AND_ONE

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout10.json"

CHELKASH_RU = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Gorky/Челкаш.txt",
    "8e9ccd5f95dbb1c1ab264d2335198385b47d2fb7a86fab5044e6c9c75312eb79",
)
"""Gorky, «Челкаш», whole: a prologue with no heading, then chapters I to III, each opened by
its numeral on a line of its own (indented by eight spaces); the file opens with a line of four
spaces, which is where the first excerpt starts."""

STARS = "      *      *      *      *      *"
"""The English's chapter break (Gutenberg's row of stars, as the line reads after CRLF is
undone): the story's one heading line, which the splitter would run into the next sentence."""

RU_CHAPTER_1, RU_CHAPTER_2, RU_CHAPTER_3 = "        I", "        II", "        III"

HARBOUR_PAIRS: Pairs = (
    *_runs((0, 11, 0)),
    ((11, 12), (11,)),
    ((13, 14), (12,)),
    *_runs((15, 24, -2)),
    ((24, 25), (22,)),
    *_runs((26, 31, -3)),
    ((31, 32), (28,)),
    ((33, 34, 35), (29,)),
    *_runs((36, 42, -6)),
    ((42, 43), (36,)),
    *_runs((44, 47, -7)),
)
"""The prologue and chapter I up to the lad: the English's 47 paragraphs against Gorky's 40; a
line of speech and the narration after it are one paragraph of the Russian, two or three of the
English; the English's "Don't let him come back again!", which the Russian lacks, goes with the
soldiers at the gate before it."""

GAVRILA_PAIRS: Pairs = (
    ((0,), (0,)),
    ((1, 2, 3), (1,)),
    ((4,), (2,)),
    ((5, 6), (3,)),
    *_runs((7, 13, -3)),
    ((13, 14), (10,)),
    *_runs((15, 47, -4)),
    ((47, 48), (43,)),
    *_runs((49, 55, -5)),
    ((55, 56, 57), (50, 51)),
    *_runs((58, 61, -6)),
    ((61,), (55, 56)),
    *_runs((62, 74, -5)),
    ((74, 75), (69,)),
    ((76,), (70, 71)),
)
"""The rest of chapter I: the English's 77 paragraphs against Gorky's 72; the Russian's order at
the tavern's bar ("«В долг все!»") opens a paragraph of its own, which the English runs into the
one before."""

BOAT_PAIRS: Pairs = (
    *_runs((0, 6, 0)),
    ((6, 7), (6,)),
    *_runs((8, 10, -1)),
    ((10, 11), (9,)),
    ((12,), (10, 11)),
    ((13, 14), (12,)),
    *_runs((15, 20, -2)),
    ((20, 21), (18,)),
    ((22, 23, 24), (19,)),
    *_runs((25, 32, -5)),
)
"""Chapter II, the opening: the English's 32 paragraphs against Gorky's 27; the English's two
added lines about the sweep-net are paragraphs paired with the line before them."""

SOURCES: Sources = {
    "gorky-chelkash-harbour": HandPaired(
        Excerpt(TWENTY_SIX_AND_ONE, "Tchelkache", "Malva", one_per_line=False, drop=(STARS,), first=47),
        Excerpt(CHELKASH_RU, "    ", RU_CHAPTER_2, one_per_line=True, drop=(RU_CHAPTER_1,), first=40),
        HARBOUR_PAIRS,
    ),
    "gorky-chelkash-gavrila": HandPaired(
        Excerpt(
            TWENTY_SIX_AND_ONE, "Tchelkache", "Malva", one_per_line=False, drop=(STARS,), skip=47, first=77
        ),
        Excerpt(CHELKASH_RU, "    ", RU_CHAPTER_2, one_per_line=True, drop=(RU_CHAPTER_1,), skip=40),
        GAVRILA_PAIRS,
    ),
    "gorky-chelkash-boat": HandPaired(
        Excerpt(
            TWENTY_SIX_AND_ONE, "Tchelkache", "Malva", one_per_line=False, drop=(STARS,), skip=124, first=32
        ),
        Excerpt(CHELKASH_RU, RU_CHAPTER_2, RU_CHAPTER_3, one_per_line=True, first=27),
        BOAT_PAIRS,
    ),
}


def main() -> None:
    align_heldout.main(SOURCES, GOLD)


if __name__ == "__main__":
    main()
