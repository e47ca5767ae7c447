"""Benchmark of a new user's first `make run`: setting up the environment and the first screen.

Issue 14 found the first `make run` installing the test extras as well (a
328 MB environment) and taking 422 s to the first screen on a busy machine.
`make run` now installs the runtime dependencies only. This benchmark does
what a new user does, in a copy of the repository's tracked files in a
temporary folder: `make .venv/.installed` (the setup step of `make run`,
timed), then the size of that `.venv`, whether a test tool slipped into it,
and the time from starting the TUI on a copy of the sample project to its
first screen (the `bench_tui` probe, run by that environment's Python). That
first start compiles every module to bytecode; later starts are the `tui`
benchmark's "startup to first screen".

Packages come from wherever pip is configured to take them (an index or a
local cache), as for the user, so the setup time says as much about the
network and the cache as about the workbench; the size does not.

    python -m bench first_run
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_tui import PROBE

REPO = Path(__file__).resolve().parent.parent
TEST_TOOLS = ("pytest", "hypothesis", "syrupy")
"""Packages of the test extra: none may be in the environment `make run` makes."""


def _tracked_copy(dest: Path) -> None:
    """The repository as a fresh clone has it: tracked files only (no .venv, no caches)."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        source = REPO / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-first-run-") as folder:
        clone = Path(folder) / "workbench"
        _tracked_copy(clone)
        started = time.perf_counter()
        subprocess.run(["make", ".venv/.installed", f"PYTHON={sys.executable}"], cwd=clone, check=True,
                       capture_output=True, text=True)
        setup = time.perf_counter() - started
        python = clone / ".venv" / "bin" / "python"
        present = [
            tool for tool in TEST_TOOLS
            if subprocess.run([str(python), "-c", f"import {tool}"], capture_output=True).returncode == 0
        ]
        sample = Path(shutil.copytree(clone / "projects" / "workers-clubs", Path(folder) / "sample"))
        probe = subprocess.run([str(python), "-c", PROBE, str(sample), "1"], capture_output=True, text=True,
                               check=True, timeout=600)
        timings = json.loads(probe.stdout.split("@@", 1)[1])
        rows.append(_row("setup (make .venv/.installed)", round(setup, 1), "s", ""))
        rows.append(_row("environment size (runtime only; 328 MB with the test extra)", round(_size_mb(clone / ".venv")),
                         "MB", ""))
        rows.append(_row("test tools in it", ", ".join(present) or "none", "", "none"))
        rows.append(_row("first start to the first screen (Python compiles every module), sample",
                         round(timings["first_screen"], 2), "s", ""))
    return rows


def _row(metric: str, value: object, unit: str, target: str) -> dict[str, Any]:
    return {"benchmark": "first run", "metric": metric, "value": value, "unit": unit, "target": target}


if __name__ == "__main__":
    for item in run():
        print(item)
