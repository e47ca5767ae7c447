"""Term extraction, the term matcher and `url-email` on hostile text (hardening, round 28).

Made-up data: one pair of N distinct made-up words a side, extracted with no `--limit` (every
candidate listed); N acronyms "NPP RAW TVS" against «АЭС» (segments of at most 3,750 repeats, as
many as N needs) checked by the term checks with a termbase of "NPP"/«АЭС»; one address of N
letters on each side, differing, checked by `url-email`. CPU of one process, after the tables are
loaded.

    python -m bench hostile_round28
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from termbase.enforce import Enforcer
from termbase.model import Concept, Term
from workbench.core.checks import run_checks
from workbench.core.extraction import extract
from workbench.core.project import Segment, SegmentStatus

TARGET_SECONDS = 2.0
TERM_CHECKS = ["term-missing", "term-forbidden", "term-variant-mix"]


def made_up(i: int, letters: str = "bcdfghklmnprstv", vowels: str = "aeiou", ending: str = "ion") -> str:
    made, i = "", i + 1
    while i:
        made += letters[i % len(letters)] + vowels[i // len(letters) % len(vowels)]
        i //= len(letters) * len(vowels)
    return made + ending


def _segment(number: int, source: str, target: str) -> Segment:
    return Segment(id=number, document_id=1, position=number, source=source, target=target,
                   status=SegmentStatus.TRANSLATED, confidence=None, locked=False)


def _all(segments: list[Segment], **given: Any) -> list[object]:
    return list(run_checks(segments, source_lang="en", target_lang="ru", **given))


def _cpu(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def row(metric: str, value: float) -> None:
        rows.append({"benchmark": "hostile_round28", "metric": metric, "value": value, "unit": "s",
                     "target": f"<= {TARGET_SECONDS}"})

    extract([("The reactor pump.", "Насос реактора.")] * 2, "en", "ru")  # tables loaded
    for n in (1_000, 2_000, 5_000):
        pair = (" ".join(made_up(i) for i in range(n)) + ".",
                " ".join(made_up(i, "бвгдклмнпрст", "аоуеи", "ция") for i in range(n)) + ".")
        row(f"term extraction, one pair of {n:,} words, no limit (CPU)",
            _cpu(partial(extract, [pair], "en", "ru", min_count=1, limit=None)))
    enforcer = Enforcer([Concept("npp", terms=(Term("NPP", "en"), Term("АЭС", "ru")))], "en", "ru")
    run_checks([_segment(1, "a NPP", "АЭС")], source_lang="en", target_lang="ru", enforcer=enforcer, checks=TERM_CHECKS)
    for n in (100, 1_000, 10_000, 100_000):
        repeats = [3_750] * (n // 3_750) + ([n % 3_750] if n % 3_750 else [])
        segments = [_segment(k + 1, "NPP RAW TVS " * per, "АЭС " * per) for k, per in enumerate(repeats)]
        row(f"term checks, {n:,} acronyms 'NPP RAW TVS' against «АЭС» (CPU)",
            _cpu(partial(_all, segments, enforcer=enforcer, checks=TERM_CHECKS)))
    for n in (10_000, 24_000, 49_000):
        segment = _segment(1, "https://ex.com/" + "a" * n, "https://ex.com/" + "b" * n)
        row(f"url-email, one address of {n:,} letters a side (CPU)",
            _cpu(partial(_all, [segment], checks=["url-email"])))
    return rows


if __name__ == "__main__":
    for found in run():
        print(found)
