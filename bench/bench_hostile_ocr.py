"""The OCR cleanup on a hostile file of distinct long words dense with confusable letters
(hardening, round 24).

Each word is 40 letters drawn at random from the letters the OCR confusion tables rewrite
(«н», «и», «п», «ш»..., "rn", "c", "l"...), made up, so none is a word and each is tried for
repairs: one confusion undone at each place, and two at each pair of places (some 3,000 pairs in
a Russian word). Ten words a line (two of 40 letters since session 42: a line as wide as a
printed page's), ten lines a paragraph, through `clean_text` (the import's
path), CPU of the process. Round 23 measured 3 ms a word and left it (a 16 MB file some 25
minutes); Russian's was 16 ms a word.

Round 26 adds short words (8 letters, Russian), the dearest per megabyte: each is a word no
dictionary knows, and a document judges at most `suspects.MOST_UNKNOWN_WORDS` of them by their
letters (the rest by their shape only), so the CPU grows with the file only by the shape scans.

    python -m bench hostile_ocr
    python bench/bench_hostile_ocr.py 1000 10000 -- 10000   # sizes of your own (long -- short), any checkout
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any

from workbench.core.ingest.cleanup import clean_text
from workbench.core.ingest.reflow import PRINTED_LINE_MOST

LETTERS = {"ru": "нипшщцьъгтлпсеохкзв", "en": "rnmcldhiuvwbeotfs"}
LENGTH = 40
SIZES = (1_000, 10_000, 100_000)
SHORT = 8
SHORT_SIZES = (10_000, 100_000, 900_000)
"""Russian words of `SHORT` letters: 900,000 make 14.6 MB, near the largest document an import takes."""
TARGET_MS_A_WORD = 3.0


def hostile_text(lang: str, words: int, length: int = LENGTH) -> str:
    """`words` distinct made-up words of `length` confusable letters, as OCR'd paragraphs."""
    rng = random.Random(words)
    made = ["".join(rng.choice(LETTERS[lang]) for _ in range(length)) for _ in range(words)]
    # As many words a line as a printed page's line holds: longer lines are a born-digital
    # text's, whose words are not tried for misreadings (`Layout.printed`, session 42), and
    # the file would no longer take the dear path it is here to time.
    per_line = max(1, PRINTED_LINE_MOST // (length + 1))
    lines = [" ".join(made[at:at + per_line]) for at in range(0, words, per_line)]
    return "\n\n".join("\n".join(lines[at:at + 10]) for at in range(0, len(lines), 10)) + "\n"


def run(sizes: tuple[int, ...] = SIZES, short_sizes: tuple[int, ...] = SHORT_SIZES) -> list[dict[str, Any]]:
    clean_text("Слово за слово.\n", "ru")  # the word lists are loaded before any clock starts
    clean_text("Word by word.\n", "en")
    rows = []
    for lang, length, counts in (("ru", LENGTH, sizes), ("en", LENGTH, sizes), ("ru", SHORT, short_sizes)):
        for words in counts:
            text = hostile_text(lang, words, length)
            started = time.process_time()
            clean_text(text, lang)
            seconds = time.process_time() - started
            rows.append({"benchmark": "hostile_ocr",
                         "metric": f"{lang}, {words:,} words of {length} confusable letters "
                                   f"({len(text.encode()) / 2**20:.1f} MB), CPU",
                         "value": round(seconds, 2), "unit": "s",
                         "target": f"< {TARGET_MS_A_WORD * words / 1000:g} s" if length == LENGTH else "< 60 s"})
    return rows


if __name__ == "__main__":
    # python bench/bench_hostile_ocr.py LONG_SIZES... [-- SHORT_SIZES...]
    given = sys.argv[1:]
    cut = given.index("--") if "--" in given else len(given)
    for row in run(tuple(int(size) for size in given[:cut]) or SIZES,
                   tuple(int(size) for size in given[cut + 1:]) or SHORT_SIZES):
        print(f"{row['metric']}: {row['value']} {row['unit']}")
