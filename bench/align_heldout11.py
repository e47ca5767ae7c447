"""An eleventh held-out free-translation set, of reportage rather than fiction: EN/RU text in neither
align-dev nor the first ten held-out sets (`bench.align_heldout` to `bench.align_heldout10`, read
and tuned on since, so dev data now), RU → EN:

Tolstoy, «Севастополь в декабре месяце» and «Севастополь в мае» (1855), the first two Sevastopol
sketches, written by an artillery officer inside the besieged town and printed in *Современник*
within months: the December one a guided tour in the second person with no character of its own
(documentary prose), the May one an essay on war (chapter I) and then invented officers on the
boulevard and at tea. In Isabel F. Hapgood's *Sevastopol* (Crowell, 1888, "translated from the
Russian", named in the book; Project Gutenberg eBook #47197) against the Russian of the
`d0rj/RusLit` collection. The third set's Gogol English was only *identified* as Hapgood's; no set
has read these works. Three texts, runs of whole paragraphs:

* `tolstoy-sevastopol-december`: «Севастополь в декабре месяце», whole: a close translation of
  long periods that cuts some otherwise (the wounded sailor's «...ровно как в яму оступился.
  Глядь, а ноги нет.» is two English sentences cut elsewhere: an n-m bead), adds two translator's
  footnotes (null beads) and leaves out the Russian's closing place and date (two null beads);
  the Russian runs the bastion scene's ten English paragraphs into three, and keeps its own
  glosses in brackets inside its sentences;
* `tolstoy-sevastopol-may-1-3`: «Севастополь в мае», chapters I to III, markedly free: the English
  follows a shorter text than RusLit's (by what it lacks, the censored first printing: identified,
  not checked) and leaves out the diplomats and the duel of one soldier against one (13 Russian
  sentences), the «Зачем...? Чтобы...» run on aristocrats, the century's three kinds of men and
  Mikhaylov's memories of his former circle (29 null beads of 97, with three footnotes), drops the
  second half of a sentence of Mikhaylov's portrait inside a 1-1 bead, and re-cuts the friend's
  letter and the captain's daydream (the splitter cuts the English after "St." of "St. George" and
  "St. Anna");
* `tolstoy-sevastopol-may-4-5`: chapters IV and V, Mikhaylov's foreboding and Kalugin's tea,
  mostly dialogue, which the English cuts into more sentences (19 n-1 beads of 118) and from
  which it leaves out the cadet Pest's lines and Galtsin's scorn of the infantry.

The English marks the walk back from the December bastion with a row of stars, the Russian with a
row of dots; each is left out (`drop`), as are the chapter numbers of the May sketch (Roman in the
English, Arabic in the Russian). Everything but the works is the first set's: the texts are read
where `fetch` mirrors them, at a fixed commit and digest, split as align-dev's `build_dev.py`
splits, and scored by every free-translation method (`bench.align_heldout.main`). Only the gold is
committed (`bench/data/align_heldout11.json`: per text, the digests of the two sentence files and
the beads, written by hand before any aligner ran on these texts). The paragraphs were paired by
hand (`SOURCES`).

Non-fiction proper was looked for first: the stored indexes hold no Russian text of Tolstoy's
«Исповедь» beside an English one (a quoted paragraph only), nor of the brief's other candidates
(«Что такое искусство?», «Царство Божие внутри вас», Herzen, Kropotkin, «Дневник писателя»,
Chekhov's letters, «Путешествие в Арзрум»); `d0rj/RusLit`, the Russian collection the earlier
sets read, holds none of them, and of its documentary prose (Pushkin's «История Пугачёва»,
Herzen's «С того берега», Gorky's «Мои университеты», the Sevastopol sketches) only the sketches
were found with an old English in a repository `fetch` brings.

    python -m bench.align_heldout11    # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout
from bench.align_heldout import Excerpt, HandPaired, SourceFile, Sources
from bench.align_heldout4 import RUSLIT, RUSLIT_COMMIT
from bench.align_heldout5 import Pairs, _runs

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout11.json"

SEVASTOPOL = SourceFile(
    "GITenberg/Sevastopol_47197",
    "31d3bb80dd060e37e51e57f0045e5bad15070fd6",
    "47197-0.txt",
    "8dd300e735851c71f2168b564a223079ec483fd46bd26f24a15ba45cbe6b0eef",
)
"""Project Gutenberg eBook #47197: Tolstoy, *Sevastopol*, translated from the Russian by Isabel F.
Hapgood (Crowell, 1888): the three sketches, each under its title in capitals, the May and August
ones cut into chapters by a Roman numeral on a line of its own; translator's footnotes ("[A] The
vessel Constantine.") are paragraphs of their own after the paragraph that marks them."""

DECEMBER_RU = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Tolstoy/Севастополь в декабре месяце.txt",
    "11e588990a0efb147a0d98083eb6ea209c471210eaad8efb7105080f5711c692",
)
"""«Севастополь в декабре месяце», whole, one paragraph a line, ending with the place and date."""

MAY_RU = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Tolstoy/Севастополь в мае.txt",
    "fcb6cc9595bee0f571c5fb80bf34c0402c38c8780cde4ce5c4e4b3050997164a",
)
"""«Севастополь в мае», whole, one paragraph a line, each chapter opened by its number on a line of
its own."""

STARS = "       *       *       *       *       *"
"""The English's break before the walk back from the bastion (Gutenberg's row of stars, as the
line reads after CRLF is undone)."""

DOTS = "   " + " ".join("." * 70)
"""The Russian's break at the same place: a line of seventy spaced dots."""

DECEMBER_PAIRS: Pairs = (
    *_runs((0, 5, 0)),
    ((5, 6), (5,)),
    *_runs((7, 11, -1)),
    ((11, 12), (10,)),
    *_runs((13, 27, -2)),
    ((27, 28), (25,)),
    *_runs((29, 35, -3)),
    ((35, 36), (32,)),
    *_runs((37, 56, -4)),
    ((56, 57, 58, 59), (52,)),
    ((60, 61), (53,)),
    ((62, 63, 64, 65), (54,)),
    ((66, 67, 68), (55,)),
    ((69,), (56, 57)),
)
"""The December sketch: the English's 70 paragraphs (the stars left out) against Tolstoy's 58 (the
dots left out); a translator's footnote goes with the paragraph that marks it, the Russian's place
and date with the last paragraph."""

MAY_1_3_PAIRS: Pairs = (
    ((0,), (0,)),
    ((1,), (1, 2, 3, 4)),
    ((2,), (5,)),
    ((3, 4, 5), (6,)),
    ((6, 7, 8), (7,)),
    ((9,), (8, 9)),
    *_runs((10, 14, 0)),
    ((14, 15), (14,)),
    *_runs((16, 19, -1)),
    ((19, 20), (18, 19)),
    ((21,), (20,)),
    ((22, 23), (21,)),
    *_runs((24, 29, -2)),
    ((29, 30), (27,)),
)
"""Chapters I to III: the English's 31 paragraphs against Tolstoy's 28; the three Russian paragraphs
the English leaves out (the diplomats, the duel of one soldier against one) go with the one before
them."""

MAY_4_5_PAIRS: Pairs = (
    ((0,), (0,)),
    ((1, 2), (1,)),
    *_runs((3, 12, -1)),
    ((12,), (11, 12)),
    *_runs((13, 31, 0)),
    ((31,), (31, 32, 33)),
    *_runs((32, 34, 2)),
    ((34, 35), (36,)),
    *_runs((36, 40, 1)),
    ((40,), (41, 42, 43)),
    ((41, 42), (44,)),
    ((43,), (45, 46)),
    *_runs((44, 52, 3)),
    ((52, 53), (55,)),
    *_runs((54, 66, 2)),
)
"""Chapters IV and V: the English's 66 paragraphs against Tolstoy's 68; the cadet Pest's exchange,
which the English leaves out, goes with Kalugin's answer before it."""

SOURCES: Sources = {
    "tolstoy-sevastopol-december": HandPaired(
        Excerpt(SEVASTOPOL, "SEVASTOPOL IN DECEMBER, 1854.", "SEVASTOPOL IN MAY, 1855.", one_per_line=False,
                drop=(STARS,)),
        Excerpt(DECEMBER_RU, "Севастополь в декабре месяце", None, one_per_line=True, drop=(DOTS,)),
        DECEMBER_PAIRS,
    ),
    "tolstoy-sevastopol-may-1-3": HandPaired(
        Excerpt(SEVASTOPOL, "SEVASTOPOL IN MAY, 1855.", "IV.", one_per_line=False, drop=("I.", "II.", "III.")),
        Excerpt(MAY_RU, "Севастополь в мае", "4", one_per_line=True, drop=("1", "2", "3")),
        MAY_1_3_PAIRS,
    ),
    "tolstoy-sevastopol-may-4-5": HandPaired(
        Excerpt(SEVASTOPOL, "IV.", "VI.", one_per_line=False, drop=("V.",)),
        Excerpt(MAY_RU, "4", "6", one_per_line=True, drop=("5",)),
        MAY_4_5_PAIRS,
    ),
}


def main() -> None:
    align_heldout.main(SOURCES, GOLD)


if __name__ == "__main__":
    main()
