"""The memory analysis of a project of template sentences (hardening, round 26).

A project of `n` made-up pairs "The hall number {i} is open." / «Зал номер {i} открыт.», all
confirmed, so all in the project memory: every segment's best match is another segment one
number apart (85-94 %), and some hundred units tie at its best bound, each of which the tie-break
needs scored with its number penalty. Round 25 found `workbench stats` of 20,000 such pairs
taking 4-5 minutes, nearly all in the analysis. Timed: `analyse` on one process (the project
memory synced before the clock starts), CPU of the process; the band counts are checked, so a
faster answer that is a different answer fails.

    python -m bench stats_templates
    python bench/bench_stats_templates.py 1000 10000   # sizes of your own, on any checkout
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SIZES = (1_000, 10_000, 100_000)
TARGET_MS_A_SEGMENT = 2.0


def make_project(path: Path, pairs: int) -> None:
    """`pairs` confirmed template pairs, one document."""
    from workbench.core.project import Project

    with Project.create(path, "en", "ru") as project, project.transaction() as db:
        documents = db.table("documents")
        documents.insert({"seq": 1, "name": "templates", "kind": "text", "imported_at": "2024-01-01T00:00:00Z"})
        document_id = documents.last_pk
        db.table("segments").insert_all(
            {"document_id": document_id, "seq": float(i), "source": f"The hall number {i} is open.",
             "target": f"Зал номер {i} открыт.", "status": "translated", "locked": 0,
             "changed_at": "2024-01-01T00:00:00Z"}
            for i in range(pairs)
        )


def run(sizes: tuple[int, ...] = SIZES) -> list[dict[str, Any]]:
    from workbench.core.memory import TranslationMemory
    from workbench.core.project import Project
    from workbench.core.stats import analyse

    rows = []
    for pairs in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-stats-templates-") as folder:
            make_project(Path(folder) / "project", pairs)
            with Project.open(Path(folder) / "project") as project, TranslationMemory.for_project(project) as memory:
                memory.sync_project(project)
                started = time.process_time()
                analysis = analyse(project, memory)
                seconds = time.process_time() - started
        fuzzy = analysis.bands["85-94"].segments
        if fuzzy != pairs:
            raise AssertionError(f"{fuzzy} of {pairs} segments in 85-94 %: {analysis.bands}")
        rows.append({"benchmark": "stats_templates",
                     "metric": f"analysis of {pairs:,} template pairs, one process, CPU",
                     "value": round(seconds, 2), "unit": "s",
                     "target": f"< {TARGET_MS_A_SEGMENT * pairs / 1000:g} s"})
    return rows


if __name__ == "__main__":
    for row in run(tuple(int(size) for size in sys.argv[1:]) or SIZES):
        print(f"{row['metric']}: {row['value']} {row['unit']}")
