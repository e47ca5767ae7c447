"""Hostile inputs of round 34 (hardening): a copied run of grouped digits, a megabyte target of
HTML references, `check --summary` over many documents.

Made-up data: one segment whose source and target are "Total 123 123 ..." (N digits in groups of
three), and one whose both sides are "0 1 2 ... N-1", checked by every check; a target of N characters of «Он сказал &amp;quot;привет&amp;quot; »
against "He said "hi" " repeated, checked by every check; `document_summary` of N documents of one
segment, each with two findings. CPU of one process, after the tables are loaded.

    python -m bench hostile_round34
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from bench.bench_hostile_round28 import _all, _cpu, _segment
from workbench.core.checks.base import Finding
from workbench.core.checks.reports import document_summary

TARGET_SECONDS = 2.0


def _summary_of(documents: int) -> None:
    segments = [replace(_segment(i, "a", "b"), document_id=i) for i in range(1, documents + 1)]
    findings = [Finding(i, check, "warning", "m") for i in range(1, documents + 1)
                for check in ("spacing", "number-mismatch")]
    document_summary(findings, segments, {i: f"d{i}" for i in range(1, documents + 1)})


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def row(metric: str, value: float) -> None:
        rows.append({"benchmark": "hostile_round34", "metric": metric, "value": value, "unit": "s",
                     "target": f"<= {TARGET_SECONDS}"})

    _all([_segment(1, "a 1", "б 1")])
    for n in (10_000, 20_000, 40_000):
        text = " ".join(["123"] * (n // 3))
        row(f"every check, {n:,} digits in groups copied, one segment (CPU)",
            _cpu(partial(_all, [_segment(1, f"Total {text}.", f"Итого {text}.")])))
    for n in (5_000, 10_000, 20_000):
        numbers = " ".join(str(i) for i in range(n))
        row(f"every check, {n:,} numbers copied, one segment (CPU)",
            _cpu(partial(_all, [_segment(1, numbers, numbers)])))
    for n in (250_000, 1_000_000):
        repeats = n // 30
        row(f"every check, a target of {n:,} characters of '&amp;quot;', one segment (CPU)",
            _cpu(partial(_all, [_segment(1, 'He said "hi" ' * repeats,
                                         "Он сказал &amp;quot;привет&amp;quot; " * repeats)])))
    for n in (4_000, 16_000, 64_000):
        row(f"check --summary's rows, {n:,} documents of one segment (CPU)", _cpu(partial(_summary_of, n)))
    return rows


if __name__ == "__main__":
    for found in run():
        print(found)
