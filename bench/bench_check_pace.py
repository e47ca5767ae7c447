"""Benchmark of how soon a check run can be stopped: every family, 20,000 pairs, one core.

The TUI stops a check run when a newer one is asked for (`WorkbenchApp.run_checks`): the run's
progress report raises, so a family stops only where it reports. This measures, per family over
`bench_checks`'s synthetic pairs (its termbase and, where installed, Hunspell ru_RU):

- the longest stretch without a report, start and end of the family included (one full run,
  after a first one that warms the caches, as a TUI's runs after its first find them);
- the stop: a second thread asks for the stop halfway through the family's run (by that full
  run's time), the next report raises, and the row is the time from the ask to the run's end
  (0 when the run ended before the ask).

    python -m bench check_pace
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from typing import Any

from bench.bench_checks import SEED, _speller, make_segments, make_termbase
from termbase.enforce import Enforcer
from workbench.core.checks import FAMILIES, run_checks
from workbench.core.project.model import Segment

PAIRS = 20_000


class _Stopped(Exception):
    """Raised from the progress report once the stop was asked for."""


def _run(segments: list[Segment], enforcer: Enforcer, speller: Any, checks: tuple[str, ...],
         stop: threading.Event | None = None) -> tuple[float, float]:
    """One family's run: (its wall time, the longest stretch without a report), or with `stop`
    (wall time until it stopped, the same stretch so far)."""
    reports: list[float] = []

    def progress(done: int, total: int) -> None:
        reports.append(time.perf_counter())
        if stop is not None and stop.is_set():
            raise _Stopped

    started = time.perf_counter()
    with contextlib.suppress(_Stopped):
        run_checks(segments, source_lang="en", target_lang="ru", enforcer=enforcer, speller=speller,
                   checks=checks, progress=progress, workers=1)
    ended = time.perf_counter()
    marks = [started, *reports, ended]
    return ended - started, max(b - a for a, b in zip(marks, marks[1:]))


def _stop_after(segments: list[Segment], enforcer: Enforcer, speller: Any, checks: tuple[str, ...],
                delay: float) -> float:
    """Seconds from a stop asked `delay` seconds into the run to the run's end."""
    stop = threading.Event()
    asked: list[float] = []

    def ask() -> None:
        time.sleep(delay)
        asked.append(time.perf_counter())
        stop.set()

    asker = threading.Thread(target=ask)
    asker.start()
    started = time.perf_counter()
    wall, _ = _run(segments, enforcer, speller, checks, stop)
    asker.join()
    return max(0.0, started + wall - asked[0]) if asked else 0.0


def run() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    concepts = make_termbase(rng)
    segments = make_segments(rng, concepts)[:PAIRS]
    enforcer = Enforcer(concepts, "en", "ru")
    speller = _speller(concepts)
    name = "check_pace"
    rows: list[dict[str, Any]] = []
    for family, spec in FAMILIES.items():
        if family == "spelling" and speller is None:
            continue
        _run(segments, enforcer, speller, spec.checks)  # caches warm, as for the runs after it
        wall, silence = _run(segments, enforcer, speller, spec.checks)
        stopped = _stop_after(segments, enforcer, speller, spec.checks, wall / 2)
        rows.extend((
            {"benchmark": name, "metric": f"{family}: run on {PAIRS:,} pairs", "value": wall, "unit": "s",
             "target": ""},
            {"benchmark": name, "metric": f"{family}: longest stretch without a progress report", "value": silence,
             "unit": "s", "target": ""},
            {"benchmark": name, "metric": f"{family}: stop asked halfway, the run ended after", "value": stopped,
             "unit": "s", "target": "< 0.1"},
        ))
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
