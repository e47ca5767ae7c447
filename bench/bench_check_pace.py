"""Benchmark of how soon a check run can be stopped: every family, 20,000 pairs, one core.

The TUI stops a check run when a newer one is asked for (`WorkbenchApp.run_checks`): the run's
progress report raises, so a family stops only where it reports. This measures, per family over
`bench_checks`'s synthetic pairs (its termbase and, where installed, Hunspell ru_RU):

- the longest stretch without a report, start and end of the family included (one full run,
  after a first one that warms the caches, as a TUI's runs after its first find them);
- the stop: a second thread asks for the stop once the run has spent half the CPU of that full
  run, the next report raises, and the row is the CPU the run spent from the ask to its end.

Both are the checking thread's CPU seconds, not wall time: the machine is shared, and a busy
one stretches the wall time of the same work several times over.

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


def _cpu(thread: int) -> float:
    """CPU seconds the thread `thread` (an ident) has run, read from any thread."""
    return time.clock_gettime(time.pthread_getcpuclockid(thread))


def _run(segments: list[Segment], enforcer: Enforcer, speller: Any, checks: tuple[str, ...],
         stop: threading.Event | None = None) -> tuple[float, float]:
    """One family's run on this thread: (its CPU, the longest CPU stretch without a report); with
    `stop`, stopped at the first report once `stop` is set."""
    reports: list[float] = []

    def progress(done: int, total: int) -> None:
        reports.append(time.thread_time())
        if stop is not None and stop.is_set():
            raise _Stopped

    started = time.thread_time()
    with contextlib.suppress(_Stopped):
        run_checks(segments, source_lang="en", target_lang="ru", enforcer=enforcer, speller=speller,
                   checks=checks, progress=progress, workers=1)
    ended = time.thread_time()
    marks = [started, *reports, ended]
    return ended - started, max(b - a for a, b in zip(marks, marks[1:]))


def _stop_after(segments: list[Segment], enforcer: Enforcer, speller: Any, checks: tuple[str, ...],
                cpu: float) -> float:
    """CPU seconds the run spends from a stop asked once this thread's CPU clock reads `cpu` to its
    end (0 when it ended before)."""
    stop, done = threading.Event(), threading.Event()
    runner = threading.get_ident()
    asked: list[float] = []

    def ask() -> None:
        while not done.is_set():
            spent = _cpu(runner)
            if spent >= cpu:
                asked.append(spent)
                stop.set()
                return
            time.sleep(0.002)

    asker = threading.Thread(target=ask)
    asker.start()
    _run(segments, enforcer, speller, checks, stop)
    ended = time.thread_time()
    done.set()
    asker.join()
    return ended - asked[0] if asked and asked[0] < ended else 0.0


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
        cpu, silence = _run(segments, enforcer, speller, spec.checks)
        stopped = _stop_after(segments, enforcer, speller, spec.checks, time.thread_time() + cpu / 2)
        rows.extend((
            {"benchmark": name, "metric": f"{family}: run on {PAIRS:,} pairs, CPU", "value": cpu, "unit": "s",
             "target": ""},
            {"benchmark": name, "metric": f"{family}: longest stretch without a progress report, CPU",
             "value": silence, "unit": "s", "target": ""},
            {"benchmark": name, "metric": f"{family}: stop asked halfway, CPU the run spent after", "value": stopped,
             "unit": "s", "target": "< 0.1"},
        ))
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
