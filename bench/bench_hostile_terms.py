"""The term checks on hostile termbases whose work once grew with the product of two counts
(hardening, round 22).

Made-up termbase: N concepts whose only English term is "glass" (Russian «стекло») beside N
concepts of a longer term headed by it ("looking{i} glass", «зеркало{i}»); one segment, "He broke
the glass." / «Он разбил зеркало.», checked by `term-missing` (`run_checks`). Each of the N
concepts of "glass" read all N longer terms (`termbase.pair_senses.containing` gave each its own
copy of them): 3,000 by 3,000 took 65 s of CPU and 2 GB before round 22. CPU and peak memory
of a fresh process per size.

And one concept "key"/«ключ» in one segment of "Press the key. " 3,300 times (49,500 characters)
beside «Нажмите клавишу.» as often: the sense readings tested each character against each
occurrence, 19.7 s of CPU before round 22 (`OCCURRENCES`).

    python -m bench hostile_terms
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from typing import Any

from termbase.enforce import Enforcer
from termbase.model import Concept, Term
from workbench.core.checks import run_checks
from workbench.core.project import Segment, SegmentStatus

SIZES = (1_000, 3_000, 30_000)
OCCURRENCES = 3_300
TARGET_SECONDS = 5.0


def concepts(count: int) -> list[Concept]:
    """`count` concepts of "glass" and `count` of a longer term headed by it."""
    return [*(Concept(f"g{i}", terms=(Term("glass", "en"), Term("стекло", "ru"))) for i in range(count)),
            *(Concept(f"w{i}", terms=(Term(f"looking{i} glass", "en"), Term(f"зеркало{i}", "ru")))
              for i in range(count))]


def measure(count: int) -> tuple[float, float, int]:
    """CPU seconds and peak megabytes of checking the segment against `count` by `count`
    concepts, and the number of findings."""
    run_checks([_segment("a b", "а б")], source_lang="en", target_lang="ru")  # dictionaries loaded
    enforcer = Enforcer(concepts(count), "en", "ru")
    started = time.process_time()
    findings = list(run_checks([_segment("He broke the glass.", "Он разбил зеркало.")], source_lang="en",
                               target_lang="ru", enforcer=enforcer, checks=["term-missing"]))
    seconds = time.process_time() - started
    return seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(findings)


def _segment(source: str, target: str) -> Segment:
    return Segment(id=1, document_id=1, position=1, source=source, target=target, status=SegmentStatus.TRANSLATED,
                   confidence=None, locked=False)


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for count in SIZES:
        answer = subprocess.run([sys.executable, "-m", "bench.bench_hostile_terms", str(count)], capture_output=True,
                                text=True, check=True).stdout.split()
        seconds, megabytes, findings = float(answer[0]), float(answer[1]), int(answer[2])
        name = f"term-missing, {count:,} concepts of a word heading {count:,} longer terms ({findings:,} findings)"
        rows.append({"benchmark": "hostile_terms", "metric": f"{name} (CPU)", "value": seconds, "unit": "s",
                     "target": f"<= {TARGET_SECONDS}"})
        rows.append({"benchmark": "hostile_terms", "metric": f"{name} (peak)", "value": megabytes, "unit": "MB"})
    rows.append({"benchmark": "hostile_terms", "metric": f"term-missing, one term {OCCURRENCES:,} times in a segment (CPU)",
                 "value": occurrences_seconds(OCCURRENCES), "unit": "s", "target": f"<= {TARGET_SECONDS}"})
    return rows


def occurrences_seconds(count: int) -> float:
    """CPU seconds of `term-missing` on "Press the key. " `count` times, rendered «клавиша»."""
    enforcer = Enforcer([Concept("key", terms=(Term("key", "en"), Term("ключ", "ru")))], "en", "ru")
    run_checks([_segment("a key", "ключ")], source_lang="en", target_lang="ru", enforcer=enforcer,
               checks=["term-missing"])  # dictionaries loaded
    started = time.process_time()
    run_checks([_segment("Press the key. " * count, "Нажмите клавишу. " * count)], source_lang="en",
               target_lang="ru", enforcer=enforcer, checks=["term-missing"])
    return time.process_time() - started


if __name__ == "__main__":
    if len(sys.argv) > 1:
        print(*measure(int(sys.argv[1])))
    else:
        for row in run():
            print(row)
