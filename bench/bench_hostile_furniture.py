"""Page furniture on a scan whose every page has a head of its own (hardening, round 22).

Made-up scans of 100 to 10,000 pages of six lines, joined by form feeds: a page number with a
head that differs on each page ("17 QWERTYUIOPAS ABCDEFGH"), short lines at top and foot, two
lines of prose (`scan`; `tests/hostile/test_furniture_heads_bounded.py` counts the comparisons). `page_furniture`, CPU
of the process. Every line at a page's edge was compared by difflib with every head found (a
misread head): 2.5 s at 100 pages, 23 s at 300 before round 22.

    python -m bench hostile_furniture
"""

from __future__ import annotations

import random
import time
from typing import Any

from workbench.core.ingest.furniture import page_furniture

SIZES = (100, 300, 1_000, 10_000)
TARGET_SECONDS = 5.0


def scan(pages: int) -> str:
    """Pages of six lines, each with its own numbered head, its own short lines at top and foot."""
    letters = random.Random(22)
    out = []
    for page in range(1, pages + 1):
        word = "".join(letters.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(12))
        out.append("\n".join([
            f"{page} {word.upper()} {''.join(letters.choice('ABCDEFGHIJ') for _ in range(8))}",
            f"Intro{word} short line",
            "The text of the page goes on here, a long line of prose that ends with a stop.",
            "More prose, a second line of the page, and it also ends with a stop.",
            f"Closing{word} line",
            f"Footer {word[::-1]}",
        ]))
    return "\n\f".join(out)


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for pages in SIZES:
        text = scan(pages)
        started = time.process_time()
        page_furniture(text)
        rows.append({"benchmark": "hostile_furniture", "metric": f"page furniture, {pages:,} pages of their own heads (CPU)",
                     "value": time.process_time() - started, "unit": "s", "target": f"<= {TARGET_SECONDS}"})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
