"""`import --update` with a new version of many units, and its undo and redo (hardening, round 30).

Made-up data: a project holding one TSV document of 50 pairs, then a new version of it of N
units ("Line {i}." / «Строка {i}.», none like the old ones: N new, 50 removed), as round 29
measured it. Each step runs in a fresh process (`workbench import --tsv FILE --update`, then
`editing.undo` and `editing.redo`), and its peak resident memory (`ru_maxrss`) and CPU are
reported. Round 29: 200,000 units peaked at 792 MB, a million at 3.6 GB, where a plain import of
the same file takes 153 MB; the journal entry held every snapshot twice. `BENCH_UPDATE_UNITS`
sets N (default 200,000; a million takes minutes).

    python -m bench hostile_round30
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

UNITS = int(os.environ.get("BENCH_UPDATE_UNITS", "200000"))
TARGET_MB = 400

_STEP = """
import json, resource, sys, time
from pathlib import Path
from workbench.core.editing import redo, undo
from workbench.core.project import Project
with Project.open(Path(sys.argv[1])) as project:
    started = time.process_time()
    done = undo(project, across_sessions=True) if sys.argv[2] == "undo" else redo(project)
    assert done is not None and done.action == "update-document"
    cpu = time.process_time() - started
print(json.dumps({"cpu": cpu, "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_IMPORT = """
import json, resource, sys, time
from workbench.cli import main
started = time.process_time()
try:
    main(sys.argv[1:])
except SystemExit as exit:
    assert not exit.code, exit.code
print(json.dumps({"cpu": time.process_time() - started,
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), file=sys.stderr)
"""


def _measured(code: str, *args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    line = (done.stderr if code is _IMPORT else done.stdout).strip().splitlines()[-1]
    return dict(json.loads(line))


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-round30-") as folder:
        root = Path(folder)
        old, new = root / "book.tsv", root / "book-v2.tsv"
        old.write_text("".join(f"An old sentence number {i} here.\tСтарое предложение {i}.\n" for i in range(50)),
                       encoding="utf-8")
        with new.open("w", encoding="utf-8") as out:
            for i in range(UNITS):
                out.write(f"Line {i}.\tСтрока {i}.\n")
        project = root / "p"
        subprocess.run([sys.executable, "-m", "workbench", "init", str(project)], check=True, capture_output=True)
        subprocess.run([sys.executable, "-m", "workbench", "import", str(project), "--tsv", str(old)],
                       check=True, capture_output=True)
        steps = [("import --update", _measured(_IMPORT, "import", str(project), "--tsv", str(new), "--update", "book"))]
        steps += [(step, _measured(_STEP, str(project), step)) for step in ("undo", "redo")]
        for step, figures in steps:
            label = f"{step}, a new version of {UNITS:,} units (fresh process)"
            rows.append({"benchmark": "hostile_round30", "metric": f"{label}: peak RSS",
                         "value": round(figures["peak"]), "unit": "MB", "target": f"<= {TARGET_MB}"})
            rows.append({"benchmark": "hostile_round30", "metric": f"{label}: CPU",
                         "value": round(figures["cpu"], 1), "unit": "s", "target": ""})
    return rows


if __name__ == "__main__":
    for found in run():
        print(found)
