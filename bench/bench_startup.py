"""Start-up of the `workbench` command: what a user waits for before anything happens.

`workbench --help` runs in fresh processes (20 runs, median and the CPU time
of the child), beside a bare `python -c pass` on the same interpreter, so the
row shows what the command itself adds. Target: `--help` <= 0.12 s.
The light commands (`status`, `segments`) are timed on a small project too;
which libraries they load is held by `tests/cli/test_startup.py`.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RUNS = 20


def _timed(command: list[str]) -> tuple[float, float]:
    """Median wall seconds and median child CPU seconds of `command` over RUNS runs."""
    walls, cpus = [], []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def run() -> list[dict[str, Any]]:
    from workbench.core.ingest.importing import import_tsv
    from workbench.core.project import Project

    script = Path(sys.executable).with_name("workbench")
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        bitext = Path(folder) / "book.tsv"
        bitext.write_text(
            "".join(f"Sentence number {n} of the book.\tПредложение номер {n} книги.\n" for n in range(1000)),
            encoding="utf-8",
        )
        project = Path(folder) / "p"
        with Project.create(project) as opened:
            import_tsv(opened, bitext, None)
        commands = {
            "python -c pass": ([sys.executable, "-c", "pass"], ""),
            "workbench --help": ([str(script), "--help"], "<= 0.12 s"),
            "workbench status (1,000 segments)": ([str(script), "status", str(project), "--format", "json"], ""),
            "workbench segments (1,000 segments)": ([str(script), "segments", str(project), "--format", "json"], ""),
        }
        for label, (command, target) in commands.items():
            wall, cpu = _timed(command)
            rows.append({"benchmark": f"start-up: {label}", "metric": "median time", "value": round(wall, 3), "unit": "s", "target": target})
            rows.append({"benchmark": f"start-up: {label}", "metric": "median CPU", "value": round(cpu, 3), "unit": "s", "target": ""})
    rows.append({"benchmark": "start-up", "metric": "load average (1 min)", "value": round(os.getloadavg()[0], 2), "unit": "", "target": ""})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
