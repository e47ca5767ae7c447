"""The number check and the aligner's footnotes on hostile segments (hardening, rounds 27 and 28).

Made-up segments at 1,000, 2,000 and 4,000 repeats (a segment holds at most 50,000 characters, about
2,500 of these) and, for the footnotes, sides of 10,000 and 100,000 notes: CPU of
`compare_texts` (English → Russian), of reading a number before a run of spaces (a segment's
tags blanked for the check), and of asking `Notes` about every segment of the side.

    python -m bench hostile_numbers
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from workbench.core.alignment.notes import Notes
from workbench.core.number_reader import compare_texts, readers

TARGET_SECONDS = 1.0
OTHER_DECADES = " ".join(f"the {1000 + 10 * i}s" for i in range(70))
OTHER_DECADES_RU = " ".join(f"в {1000 + 10 * i}-х" for i in range(70))

CASES: dict[str, Callable[[int], tuple[str, str]]] = {
    "decades beside 70 other decades": lambda n: ("In the 1920s. " * n + OTHER_DECADES, "В 1920-х. " * n + OTHER_DECADES_RU),
    "'5 miles (12 km)' against «100 км»": lambda n: ("It is 5 miles (12 km). " * n, "Это 100 км. " * n),
    "'5 miles' against «100 км»": lambda n: ("It is 5 miles away. " * n, "Это 100 км. " * n),
    "'1 to 4 inches' against «3 м»": lambda n: ("A 1 to 4 inches pipe. " * n, "Труба 3 м. " * n),
    "'the same value (3)' left": lambda n: ("Print 12 pages. " + "The same value (3) holds. " * n, "Печать. " * n),
    "'in his 20s' against «20–29 лет»": lambda n: ("in his 20s " * n, "20–29 лет " * n),
    "'two (2)' against «три»": lambda n: ("two (2) " * n, "три " * n),
    "'3 three' against «три 4»": lambda n: ("3 three " * n, "три 4 " * n),
    "'1 million two' against «1 миллион три»": lambda n: ("1 million two " * n, "1 миллион три " * n),
}


def _cpu(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def _every_note(texts: list[str]) -> list[bool]:
    notes = Notes(texts)
    return [notes.is_note(k) for k in range(len(texts))]


def run() -> list[dict[str, Any]]:
    compare_texts("1 mile", "2 км", "en", "ru")  # readers built
    rows: list[dict[str, Any]] = []

    def row(metric: str, value: float) -> None:
        rows.append({"benchmark": "hostile_numbers", "metric": metric, "value": value, "unit": "s",
                     "target": f"<= {TARGET_SECONDS}"})

    for name, make in CASES.items():
        for n in (1_000, 2_000, 4_000):
            source, target = make(n)
            row(f"compare_texts, {name} x {n:,} (CPU)", _cpu(partial(compare_texts, source, target, "en", "ru")))
    source_reader, _ = readers("en", "ru")
    for spaces in (8_000, 50_000):
        text = "Room 1" + " " * spaces
        row(f"read a number before {spaces:,} spaces (CPU)", _cpu(partial(source_reader.read, text)))
    for count in (10_000, 100_000):
        texts = [f"({i % 999 + 1}) A note on the word number {i}." for i in range(count)]
        row(f"footnotes of a side of {count:,} notes (CPU)", _cpu(partial(_every_note, texts)))
    return rows


if __name__ == "__main__":
    for found in run():
        print(found)
