"""The OCR cleanup on a hostile file of distinct long words dense with confusable letters
(hardening, round 24).

Each word is 40 letters drawn at random from the letters the OCR confusion tables rewrite
(«н», «и», «п», «ш»..., "rn", "c", "l"...), made up, so none is a word and each is tried for
repairs: one confusion undone at each place, and two at each pair of places (some 3,000 pairs in
a Russian word). Ten words a line, ten lines a paragraph, through `clean_text` (the import's
path), CPU of the process. Round 23 measured 3 ms a word and left it (a 16 MB file some 25
minutes); Russian's was 16 ms a word.

    python -m bench hostile_ocr
    python bench/bench_hostile_ocr.py 1000 10000   # sizes of your own, on any checkout
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any

from workbench.core.ingest.cleanup import clean_text

LETTERS = {"ru": "нипшщцьъгтлпсеохкзв", "en": "rnmcldhiuvwbeotfs"}
LENGTH = 40
SIZES = (1_000, 10_000, 100_000)
TARGET_MS_A_WORD = 3.0


def hostile_text(lang: str, words: int) -> str:
    """`words` distinct made-up words of `LENGTH` confusable letters, as OCR'd paragraphs."""
    rng = random.Random(words)
    made = ["".join(rng.choice(LETTERS[lang]) for _ in range(LENGTH)) for _ in range(words)]
    lines = [" ".join(made[at:at + 10]) for at in range(0, words, 10)]
    return "\n\n".join("\n".join(lines[at:at + 10]) for at in range(0, len(lines), 10)) + "\n"


def run(sizes: tuple[int, ...] = SIZES) -> list[dict[str, Any]]:
    clean_text("Слово за слово.\n", "ru")  # the word lists are loaded before any clock starts
    clean_text("Word by word.\n", "en")
    rows = []
    for lang in ("ru", "en"):
        for words in sizes:
            text = hostile_text(lang, words)
            started = time.process_time()
            clean_text(text, lang)
            seconds = time.process_time() - started
            rows.append({"benchmark": "hostile_ocr",
                         "metric": f"{lang}, {words:,} words of {LENGTH} confusable letters "
                                   f"({len(text.encode()) / 2**20:.1f} MB), CPU",
                         "value": round(seconds, 2), "unit": "s",
                         "target": f"< {TARGET_MS_A_WORD * words / 1000:g} s"})
    return rows


if __name__ == "__main__":
    for row in run(tuple(int(size) for size in sys.argv[1:]) or SIZES):
        print(f"{row['metric']}: {row['value']} {row['unit']}")
