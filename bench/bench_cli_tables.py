"""Benchmark of the listings users wait for (issue 18): `workbench segments` on 50,000 segments.

The project is `bench_tui.build_big_project` (synthetic word strings, 80%
translated). Each figure is the CPU time (user + system) of the whole
`workbench` process, start-up and project load included, with stdout going to
/dev/null as it would into a pipe of 80 columns; median of 3 runs. CPU, not
wall time: the machine the figures were taken on is shared.

    python -m bench cli_tables
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.bench_tui import BIG, build_big_project

RUNS = 3


def _cpu_of(command: list[str]) -> float:
    """User + system seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env={**os.environ, "COLUMNS": "80"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        project = str(build_big_project(Path(tmp) / "big", BIG))
        for metric, extra, target in (
            (f"workbench segments, {BIG:,} segments as a table (CPU)", [], "<= 3 s"),
            (f"workbench segments --format json, {BIG:,} segments (CPU)", ["--format", "json"], ""),
        ):
            times = [_cpu_of([sys.executable, "-m", "workbench", "segments", project, *extra]) for _ in range(RUNS)]
            rows.append({"benchmark": "cli_tables", "metric": metric, "value": statistics.median(times),
                         "unit": "s", "target": target})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
