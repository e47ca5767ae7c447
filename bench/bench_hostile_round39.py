"""Hostile inputs of round 39 (hardening): SRX segmentation rules at their cap.

Made-up data: a project (en→ru) whose `segmentation.srx` holds 20,000 rules, the most a file
may (19,999 no-break rules `\\bAbbrN\\.` / `\\s`, N from 0, and a break rule `[.!?]` / `\\s`, one
rule list mapped to every language), imports a document and its translation of 20 short
paragraphs each (aligned without meaning). Each import in a fresh process, its CPU and peak
resident memory (`ru_maxrss`), the user's cache folder a new one: the first import, then the
next (round 38: some 14 s a run before a paragraph was split, the file read and its rules
compiled once a language, every import).

    python -m bench hostile_round39
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from bench.bench_hostile_round37 import measured

RULES = 20_000

_IMPORT = """
import json, resource, sys, time
from pathlib import Path
from workbench.core.ingest import import_srx
from workbench.core.ingest.importing import import_text
from workbench.core.project import Project
folder = Path(sys.argv[1])
project_path = folder / "project"
if not project_path.exists():
    rules = "".join(f'<rule break="no"><beforebreak>\\\\bAbbr{i}\\\\.</beforebreak><afterbreak>\\\\s</afterbreak></rule>'
                    for i in range(int(sys.argv[2]) - 1))
    (folder / "cap.srx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><srx xmlns="http://www.lisa.org/srx20" version="2.0">'
        '<header cascade="yes"/><body><languagerules><languagerule languagerulename="all">' + rules
        + '<rule break="yes"><beforebreak>[.!?]</beforebreak><afterbreak>\\\\s</afterbreak></rule>'
        '</languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="all"/>'
        '</maprules></body></srx>', encoding="utf-8")
    with Project.create(project_path, "en", "ru") as project:
        import_srx(project, folder / "cap.srx")
run = len(list(folder.glob("*.en.txt")))
source, target = folder / f"doc{run}.en.txt", folder / f"doc{run}.ru.txt"
source.write_text("\\n\\n".join(f"The club opened in {1900 + i}. Abbr7. It had books." for i in range(20)), encoding="utf-8")
target.write_text("\\n\\n".join(f"Клуб открылся в {1900 + i} году. Abbr7. В нём были книги." for i in range(20)), encoding="utf-8")
started = time.process_time()
with Project.open(project_path) as project:
    report = import_text(project, source, target, semantic=False)
print(json.dumps({"cpu": time.process_time() - started,
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def row(metric: str, value: float, unit: str) -> None:
        rows.append({"benchmark": "hostile_round39", "metric": metric, "value": round(value, 2), "unit": unit})

    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(folder) / "cache")}
        for run_name in ("first import", "next import"):
            found = measured(_IMPORT, folder, str(RULES), env=env)
            row(f"{RULES:,} SRX rules, 20 paragraphs a side, {run_name} (CPU)", found["cpu"], "s")
            row(f"{RULES:,} SRX rules, 20 paragraphs a side, {run_name} (peak)", found["peak"], "MB")
    return rows


if __name__ == "__main__":
    for found in run():
        print(found)
