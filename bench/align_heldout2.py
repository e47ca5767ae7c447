"""A second held-out free-translation set: four EN/RU works in neither align-dev nor the first
held-out set (`bench.align_heldout`, read and tuned on since, so dev data now).

* `chekhov-misery`: Chekhov, «Тоска» (1886), the whole story, in Constance Garnett's
  "Misery" (*The Schoolmistress and Other Stories*, 1920);
* `chekhov-sorrow`: Chekhov, «Горе» (1885), the whole story, in Garnett's "Sorrow"
  (same volume);
* `dostoevsky-peasant-marey`: Dostoevsky, «Мужик Марей» (*Дневник писателя*, February
  1876), the whole sketch, in Garnett's "The Peasant Marey" (*An Honest Thief and Other
  Stories*, 1919), which leaves out the sketch's first paragraph;
* `lermontov-fatalist`: Lermontov, «Фаталист» (*Герой нашего времени*, 1840), the whole
  story, in J. H. Wisdom and Marr Murray's "The Fatalist" (*A Hero of Our Time*, 1912),
  a freer translation that splits Lermontov's long periods (57 of its 166 beads are n-1).

Everything but the works is the first set's: the texts are read where `fetch` mirrors
them, at a fixed commit and digest, split as align-dev's `build_dev.py` splits, and
scored by every free-translation method (`bench.align_heldout.main`). Only the gold is
committed (`bench/data/align_heldout2.json`: per text, the digests of the two sentence
files and the beads, written by hand before any aligner ran on these texts). The
paragraphs were paired by hand (`SOURCES`); a paragraph paired with nothing is one the
translator left out.

    python -m bench.align_heldout2     # every method, per text and micro, as JSON
"""

from __future__ import annotations

from pathlib import Path

from bench import align_heldout
from bench.align_heldout import Excerpt, HandPaired, SourceFile, Sources

GOLD = Path(__file__).resolve().parent / "data" / "align_heldout2.json"

RUSLIT = "d0rj/RusLit"
RUSLIT_COMMIT = "4509680428729da225a73a22008133660f92bb7e"

SCHOOLMISTRESS = SourceFile(
    "GITenberg/The-Schoolmistress-and-Other-Stories_1732",
    "7137627dafd022492db73597050663f0ef466187",
    "1732-0.txt",
    "57c70004bf6fda85da16204ce502878f90c43ff77d2e5e75c429fdbccd33a413",
)
"""Project Gutenberg eBook #1732: Tales of Chekhov vol. 9, translated by Constance Garnett."""

HONEST_THIEF = SourceFile(
    "gutenbergbooks/40745",
    "63d19daaab9b7d6a6dca23c140d8d81851b2d421",
    "40745-0.txt",
    "07b007adbb1125a2cad986f9485d39c8d02a9385a457f9eea0db9f542a1a3569",
)
"""Project Gutenberg eBook #40745: Dostoevsky, *Short Stories* (Garnett's translations)."""


HERO_OF_OUR_TIME = SourceFile(
    "GITenberg/A-Hero-of-Our-Time_913",
    "ef2a63a7ba1e3bcb2bade4da4940e835bbda822e",
    "913.txt",
    "41dfa32d45ea7aa5b030e6d4763b09733943a8599d374de5f4aca93e7664b329",
)
"""Project Gutenberg eBook #913: Lermontov, *A Hero of Our Time*, J. H. Wisdom and Marr
Murray's translation (1912)."""

FATALIST_PAIRS = (
    *(((k,), (k,)) for k in range(8)),
    ((8, 9, 10, 11), (8, 9)),
    ((12,), (10,)),
    ((13,), (11,)),
    ((14,), (12,)),
    ((15, 16), (13,)),
    *(((k,), (k - 3,)) for k in range(17, 29)),
    ((29, 30, 31, 32), (26,)),
    *(((k,), (k - 6,)) for k in range(33, 40)),
    ((40, 41), (34,)),
    ((42,), (35,)),
    ((43,), (36,)),
    ((44,), (37,)),
    ((45, 46), (38,)),
    *(((k,), (k - 8,)) for k in range(47, 55)),
    ((55, 56), (47, 48)),
    *(((k,), (k - 8,)) for k in range(57, 63)),
    ((63, 64, 65), (55,)),
    ((66, 67, 68, 69, 70, 71), (56,)),
    *(((k,), (k - 15,)) for k in range(72, 78)),
    ((78, 79, 80, 81, 82, 83), (63,)),
    ((84,), (64,)),
    ((85,), (65,)),
    ((86, 87), (66,)),
    *(((k,), (k - 21,)) for k in range(88, 99)),
    ((99, 100, 101), (78,)),
    ((102,), (79, 80)),
    ((103, 104), (81,)),
    *(((k,), (k - 23,)) for k in range(105, 109)),
)
"""The Fatalist: Wisdom and Murray's 109 paragraphs against Lermontov's 86 (they break the
dialogue out of the narration)."""


def _ruslit(path: str, sha256: str) -> SourceFile:
    return SourceFile(RUSLIT, RUSLIT_COMMIT, path, sha256)


def _one_to_one(count: int) -> tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]:
    return tuple(((k,), (k,)) for k in range(count))


SOURCES: Sources = {
    "chekhov-misery": HandPaired(
        Excerpt(SCHOOLMISTRESS, "MISERY", "CHAMPAGNE", one_per_line=False),
        Excerpt(
            _ruslit(
                "prose/Chekhov/Тоска.txt",
                "34c33ce976e98a126880258b97079867c59cf6804c8a1013d3e09640caf32111",
            ),
            "ТОСКА",
            None,
            one_per_line=True,
        ),
        (
            *_one_to_one(13),
            ((13,), (13, 14)),
            *(((k,), (k + 1,)) for k in range(14, 59)),
            ((59,), (60, 61)),
        ),
    ),
    "chekhov-sorrow": HandPaired(
        Excerpt(SCHOOLMISTRESS, "SORROW", "ON OFFICIAL DUTY", one_per_line=False),
        Excerpt(
            _ruslit(
                "prose/Chekhov/Горе.txt",
                "8f40137f59835c4a4846a0e02742f2bf330e422b06f1c8d473b1f14f212744dc",
            ),
            "ГОРЕ",
            None,
            one_per_line=True,
        ),
        _one_to_one(35),
    ),
    "dostoevsky-peasant-marey": HandPaired(
        Excerpt(HONEST_THIEF, "THE PEASANT MAREY", "THE CROCODILE", one_per_line=False),
        Excerpt(
            _ruslit(
                "prose/Dostoevsky/Дневник писателя.txt",
                "d89c40459d495d394f074d4e7112c4e25fb032521a951d6f6dcafbffa7ac743d",
            ),
            "Мужик марей",
            "По поводу дела Кронеберга",
            one_per_line=True,
        ),
        (
            ((), (0,)),
            *(((k,), (k + 1,)) for k in range(7)),
            ((7,), (8, 9)),
            *(((k,), (k + 2,)) for k in range(8, 15)),
            ((15,), (17, 18, 19)),
            ((16,), (20,)),
            ((17,), (21,)),
            ((18, 19), (22,)),
        ),
    ),
    "lermontov-fatalist": HandPaired(
        Excerpt(
            HERO_OF_OUR_TIME,
            "THE FATALIST",
            "BOOK V THE THIRD EXTRACT FROM PECHORIN'S DIARY",
            one_per_line=False,
        ),
        Excerpt(
            _ruslit(
                "prose/Lermontov/Герой нашего времени.txt",
                "d137f9fcda6c7a590a3108e00d10a63710ba209c406a4522ec0182a953f83920",
            ),
            "ФАТАЛИСТ",
            "     Конец",
            one_per_line=False,
            indented=True,
        ),
        FATALIST_PAIRS,
    ),
}


def main() -> None:
    align_heldout.main(SOURCES, GOLD)


if __name__ == "__main__":
    main()
