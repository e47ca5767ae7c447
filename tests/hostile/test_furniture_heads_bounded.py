"""Page furniture on a scan whose every page has a head of its own (hardening, round 22).

Where form feeds mark the pages, a line at a page's edge that reads as a head already found but
for misread letters is dropped too (`furniture._misread_heads`). Every edge line was compared by
difflib with every head found: a page number with a head that differs on each page ("17
QWERTYUIOPAS ...") made that work grow with the square of the pages, 2.5 s of CPU for 100 pages,
23 s for 300 (`bench hostile_furniture`). The comparisons are counted here, not timed.
"""

from __future__ import annotations

import difflib

import pytest

from bench.bench_hostile_furniture import scan
from workbench.core.ingest.furniture import page_furniture

PAGES = 300


def test_each_page_head_is_dropped_with_few_comparisons(monkeypatch: pytest.MonkeyPatch) -> None:
    ratios = 0
    ratio = difflib.SequenceMatcher.ratio

    def counted(self: difflib.SequenceMatcher[str]) -> float:
        nonlocal ratios
        ratios += 1
        return ratio(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", counted)
    dropped = page_furniture(scan(PAGES))
    # Each page's numbered head (and its short lines at top and foot); no line of its prose.
    heads = [line for line in dropped if line.lstrip("\f").split()[0].isdigit()]
    assert len(heads) == PAGES and not [line for line in dropped if "prose" in line]
    # Was 300 heads by 900 edge lines, 270,000; the few that difflib's bounds let through now.
    assert ratios < 1_000, ratios


def test_a_misread_head_is_still_dropped() -> None:
    pages = [f"{n} CHILE AND THE NITRATE FIELDS\nText of page {n} goes on and on, a line of prose here.\n"
             f"Another line of prose that ends with a stop." for n in range(20, 26)]
    pages[3] = pages[3].replace("23 CHILE AND THE NITRATE", "CUILE AND THE NITRATE")
    dropped = page_furniture("\n\f".join(pages))
    assert [line.lstrip("\f") for line in dropped] == [page.split("\n")[0] for page in pages]
