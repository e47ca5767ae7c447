"""The term checks and `url-email` on hostile text (hardening, round 29).

Made-up data: one segment of N occurrences of "NPP" between distinct made-up words, the one after
it hyphenated ("bavion NPP cevion-x"), checked by the term checks with a termbase of
"NPP"/«АЭС»; N "arm-chair" (the closed term "armchair") and N "armchair" against a target
without «кресло», checked by `term-missing`; N Markdown links whose addresses all changed, and N
addresses the target added after a translation's credit, checked by `url-email`. CPU of one
process, after the tables are loaded.

    python -m bench hostile_round29
"""

from __future__ import annotations

from functools import partial
from typing import Any

from bench.bench_hostile_round28 import TERM_CHECKS, _all, _cpu, _segment, made_up
from termbase.enforce import Enforcer
from termbase.model import Concept, Term

TARGET_SECONDS = 2.0


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def row(metric: str, value: float) -> None:
        rows.append({"benchmark": "hostile_round29", "metric": metric, "value": value, "unit": "s",
                     "target": f"<= {TARGET_SECONDS}"})

    npp = Enforcer([Concept("npp", terms=(Term("NPP", "en"), Term("АЭС", "ru")))], "en", "ru")
    chair = Enforcer([Concept("chair", terms=(Term("armchair", "en"), Term("кресло", "ru")))], "en", "ru")
    _all([_segment(1, "a NPP-x", "АЭС")], enforcer=npp, checks=TERM_CHECKS)
    _all([_segment(1, "an arm-chair", "стул")], enforcer=chair, checks=["term-missing"])
    for n in (1_000, 2_000, 4_000):
        source = " ".join(f"{made_up(i)} NPP {made_up(i + 7)}-x" for i in range(n))
        row(f"term checks, {n:,} 'NPP' between distinct hyphenated words, one segment (CPU)",
            _cpu(partial(_all, [_segment(1, source, "АЭС " * n)], enforcer=npp, checks=TERM_CHECKS)))
    for n in (1_000, 2_000, 4_000):
        for written in ("arm-chair", "armchair"):
            row(f"term-missing, {n:,} '{written}' against a target without the term, one segment (CPU)",
                _cpu(partial(_all, [_segment(1, f"the {written} and " * n, "стул " * n)], enforcer=chair,
                             checks=["term-missing"])))
    for n in (500, 1_000, 2_000):
        source = " ".join(f"[link {i}](https://ex.com/p{i})" for i in range(n))
        target = " ".join(f"[ссылка {i}](https://ex.com/x{i})" for i in range(n))
        row(f"url-email, {n:,} links whose addresses all changed, one segment (CPU)",
            _cpu(partial(_all, [_segment(1, source, target)], checks=["url-email"])))
        source = " ".join(f"https://ex.com/p{i}" for i in range(n))
        target = "Перевод выполнил Иван. " + " ".join(f"https://ex.org/q{i}" for i in range(n))
        row(f"url-email, {n:,} addresses added after a translation's credit, one segment (CPU)",
            _cpu(partial(_all, [_segment(1, source, target)], checks=["url-email"])))
    return rows


if __name__ == "__main__":
    for found in run():
        print(found)
