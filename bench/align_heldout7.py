"""A seventh held-out free-translation set: EN/RU works in neither align-dev nor the first six
held-out sets (`bench.align_heldout` to `bench.align_heldout6`, read and tuned on since, so dev
data now), taken from volumes whose other works those sets used, against the Russian of the
`d0rj/RusLit` collection:

* `lermontov-taman`: Lermontov, «Тамань» (*Герой нашего времени*, 1840), the whole story,
  RU → EN, in J. H. Wisdom and Marr Murray's "Taman" (*A Hero of Our Time*, 1912, whose "The
  Fatalist" the second set used): a markedly free translation that cuts Lermontov's long periods
  and his paragraphs of run-on dialogue into many sentences (78 of its 230 beads are n-1) and
  re-cuts the girl's song across its lines;
* `gogol-taras-bulba-1`: Gogol, «Тарас Бульба» (1842), chapter I, RU → EN, in the English of
  *Taras Bulba and Other Tales* (Everyman's Library, 1918, whose "The Calash" the sixth set
  used), which names no translator: it cuts Taras's speeches otherwise and adds three
  translator's footnotes (four sentences, null beads), while the Russian edition's footnote
  («Рыцарскую.») stays in the Russian as an addition.

Everything but the works is the first set's: the texts are read where `fetch` mirrors them, at
a fixed commit and digest, split as align-dev's `build_dev.py` splits, and scored by every
free-translation method (`bench.align_heldout.main`). Only the gold is committed
(`bench/data/align_heldout7.json`: per text, the digests of the two sentence files and the
beads, written by hand before any aligner ran on these texts). The paragraphs were paired by
hand (`SOURCES`); a paragraph paired with nothing is a footnote that the other side lacks.

    python -m bench.align_heldout7     # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout
from bench.align_heldout import Excerpt, HandPaired, SourceFile, Sources
from bench.align_heldout2 import HERO_OF_OUR_TIME, RUSLIT, RUSLIT_COMMIT
from bench.align_heldout3 import TARAS_BULBA
from bench.align_heldout5 import Pairs, _runs

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout7.json"

HERO_OF_OUR_TIME_RU = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Lermontov/Герой нашего времени.txt",
    "d137f9fcda6c7a590a3108e00d10a63710ba209c406a4522ec0182a953f83920",
)

TARAS_BULBA_RU = SourceFile(
    RUSLIT,
    RUSLIT_COMMIT,
    "prose/Gogol/Тарас Бульба.txt",
    "871ca493ef570dcdc2a672af202e4c92d73382e316834009abc7a60e2b8b1384",
)

TAMAN_PAIRS: Pairs = (
    ((0, 1, 2, 3, 4), (0,)),
    ((5, 6), (1,)),
    ((7,), (2,)),
    ((8, 9, 10, 11, 12, 13, 14, 15), (3,)),
    *_runs((16, 18, -12)),
    ((18, 19, 20, 21, 22, 23, 24, 25), (6,)),
    ((26,), (7,)),
    ((27, 28), (8,)),
    *_runs((29, 40, -20)),
    ((40, 41, 42, 43), (20,)),
    ((44,), (21,)),
    ((45, 46, 47), (22,)),
    ((48,), (23,)),
    ((49, 50), (24,)),
    *_runs((51, 56, -26)),
    ((56, 57, 58, 59, 60, 61, 62), (30,)),
    ((63, 64), (31,)),
    ((65,), (32,)),
    ((66, 67, 68, 69, 70, 71), (33, 34, 35, 36)),
    ((72, 73, 74, 75, 76, 77), (37, 38, 39, 40)),
    ((78, 79, 80, 81, 82), (41, 42, 43, 44)),
    ((83, 84), (45, 46)),
    ((85, 86, 87, 88), (47, 48)),
    ((89, 90, 91, 92, 93, 94), (49, 50, 51, 52)),
    ((95,), (53,)),
    ((96, 97), (54,)),
    ((98,), (55,)),
    (tuple(range(99, 118)), (56,)),
    ((118, 119, 120, 121, 122, 123, 124), (57,)),
    ((125, 126, 127, 128, 129), (58,)),
    (tuple(range(130, 140)), (59,)),
    ((140, 141), (60,)),
    ((142,), (61,)),
    ((143, 144, 145, 146, 147, 148, 149), (62,)),
    ((150, 151, 152), (63,)),
    *_runs((153, 155, -89)),
    ((155, 156, 157, 158, 159, 160), (66,)),
    ((161,), (67,)),
    ((162, 163), (68,)),
)
"""Taman: the English's 164 paragraphs against Lermontov's 69; the English gives each line of
speech a paragraph where Lermontov runs a whole exchange into one; both set the song's lines
apart, but cut its verses otherwise."""

TARAS_BULBA_1_PAIRS: Pairs = (
    ((0, 1), (0,)),
    *_runs((2, 9, -1)),
    ((9, 10), (8,)),
    *_runs((11, 17, -2)),
    ((17,), ()),
    *_runs((18, 22, -3)),
    ((22,), ()),
    *_runs((23, 30, -4)),
    ((30, 31), (26,)),
    ((32,), ()),
    ((33, 34), (27,)),
    *_runs((35, 38, -7)),
    ((38,), (31, 32, 33)),
    ((39, 40, 41, 42), (34,)),
    *_runs((43, 45, -8)),
    ((45, 46), (37,)),
    ((47,), (38, 39)),
    *_runs((48, 52, -8)),
    ((), (44, 45)),
)
"""Taras Bulba, chapter I: the English's 52 paragraphs (three of them its footnotes, paired with
nothing) against Gogol's 46, whose last two are the footnote to «лыцарскую»; the English splits
the opening line of speech from its tag and runs some of Gogol's paragraphs together."""

SOURCES: Sources = {
    "gogol-taras-bulba-1": HandPaired(
        Excerpt(TARAS_BULBA, "CHAPTER I", "CHAPTER II", one_per_line=False),
        Excerpt(TARAS_BULBA_RU, "I", "II", one_per_line=True),
        TARAS_BULBA_1_PAIRS,
    ),
    "lermontov-taman": HandPaired(
        Excerpt(
            HERO_OF_OUR_TIME,
            "TAMAN",
            "BOOK IV THE SECOND EXTRACT FROM PECHORIN'S DIARY",
            one_per_line=False,
        ),
        Excerpt(
            HERO_OF_OUR_TIME_RU, "ТАМАНЬ", "     Конец первой части.", one_per_line=False, indented=True
        ),
        TAMAN_PAIRS,
    ),
}


def main() -> None:
    align_heldout.main(SOURCES, GOLD)


if __name__ == "__main__":
    main()
