"""Hostile inputs of round 40 (hardening): sizes that tests leave to benches.

Made-up data, each in a fresh process, its CPU and peak resident memory (`ru_maxrss`):

* `align-files --presegmented --no-semantic` of 250,000 one-letter lines against a two-line
  Russian file: refused in one line now as a document past 200,000 lines is (round 40: it was
  aligned, 117 s wall and 23 s CPU at load 23, and 100 MB never ended within 120 s);
* the names a "no document named …" error offers, among 100,000 names alike
  (`chapter-000123-of-the-annual-report.txt`), a typo of one given: the closest six and "… and
  N more" (`difflib` took 4.7 s of CPU, `rapidfuzz` 0.02 s).

    python -m bench hostile_round40
"""

from __future__ import annotations

import tempfile
from typing import Any

from bench.bench_hostile_round37 import measured

LINES = 250_000
NAMES = 100_000

_ALIGN = """
import json, resource, sys, time
from pathlib import Path
from click.testing import CliRunner
from workbench.cli import main
folder = Path(sys.argv[1])
(folder / "many.en.txt").write_text("a\\n" * int(sys.argv[2]), encoding="utf-8")
(folder / "two.ru.txt").write_text("Один.\\nДва.\\n", encoding="utf-8")
started = time.process_time()
done = CliRunner().invoke(main, ["align-files", "--presegmented", "--no-semantic", str(folder / "many.en.txt"),
                                 str(folder / "two.ru.txt")])
print(json.dumps({"cpu": time.process_time() - started, "code": done.exit_code,
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_NAMES = """
import json, resource, sys, time
from workbench.core.offered_names import offered_names
names = [f"chapter-{i:06d}-of-the-annual-report.txt" for i in range(int(sys.argv[1]))]
started = time.process_time()
said = offered_names(names, "chapter-000123-of-the-anual-report.txt").render()
print(json.dumps({"cpu": time.process_time() - started, "chars": len(said),
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def row(metric: str, value: float, unit: str) -> None:
        rows.append({"benchmark": "hostile_round40", "metric": metric, "value": round(value, 2), "unit": unit})

    with tempfile.TemporaryDirectory() as folder:
        found = measured(_ALIGN, folder, str(LINES))
        row(f"align-files --presegmented, {LINES:,} lines, exit {found['code']} (CPU)", found["cpu"], "s")
        row(f"align-files --presegmented, {LINES:,} lines (peak)", found["peak"], "MB")
    found = measured(_NAMES, str(NAMES))
    row(f"names offered among {NAMES:,} alike, {found['chars']} characters said (CPU)", found["cpu"], "s")
    return rows


if __name__ == "__main__":
    for found in run():
        print(found)
