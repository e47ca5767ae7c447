"""Benchmark of the findings view's re-check aimed at one document (session 41).

A reviewer who has filtered the findings to one delivery presses `R`: before, every check ran
over every document; now the document alone is checked (`check_project(document=...)`), the
project-wide checks left as the last full run found them. The project: 20 documents of 2,000
pairs each (40,000 pairs), texts as `bench_checks` makes them, with 2,000 of its concepts in the
project's termbase; both runs on one core, as the TUI runs them. CPU time is the less noisy
figure on a shared machine. The aimed run's findings are held to the full run's for that
document (less the project-wide checks'), so speed is not bought with other answers.

    python -m bench aimed_recheck
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_checks import SEED, make_segments, make_termbase
from workbench.core.checks import REGISTRY
from workbench.core.checks.project_checks import check_project, project_enforcer
from workbench.core.ingest import import_tsv
from workbench.core.project import Project
from workbench.core.terminology import open_project_termbase

DOCUMENTS = 20
PAIRS = 2_000
CONCEPTS = 2_000


def _build(folder: Path) -> Project:
    rng = random.Random(SEED)
    concepts = make_termbase(rng)[:CONCEPTS]
    segments = make_segments(rng, concepts)[: DOCUMENTS * PAIRS]
    project = Project.create(folder / "project", "en", "ru", "aimed")
    with open_project_termbase(project) as termbase:
        termbase.import_concepts(concepts)
    for number in range(DOCUMENTS):
        tsv = folder / f"delivery-{number + 1:02}.tsv"
        chunk = segments[number * PAIRS:(number + 1) * PAIRS]
        tsv.write_text("".join(f"{s.source}\t{s.target}\n" for s in chunk), encoding="utf-8")
        import_tsv(project, tsv)
    return project


def _timed(run: Any) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def run() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="workbench-aimed-") as tmp:
        project = _build(Path(tmp))
        enforcer = project_enforcer(project)
        document = sorted(project.document_names())[DOCUMENTS // 2]
        full, full_wall, full_cpu = _timed(lambda: check_project(project, enforcer=enforcer))
        aimed, aimed_wall, aimed_cpu = _timed(lambda: check_project(project, enforcer=enforcer, document=document))
        ids = {s.id for s in project.segments() if s.document_id == document}
        expected = [f for f in full if f.segment_id in ids and not REGISTRY[f.check].project_wide]
        same = int(sorted(map(repr, expected)) == sorted(map(repr, aimed)))
        project.close()
    name = "aimed_recheck"
    what = f"{DOCUMENTS} documents x {PAIRS:,} pairs, {CONCEPTS:,} concepts, one core"
    return [
        {"benchmark": name, "metric": f"re-check, every document ({what})", "value": full_wall, "unit": "s", "target": ""},
        {"benchmark": name, "metric": "re-check, every document, CPU", "value": full_cpu, "unit": "s", "target": ""},
        {"benchmark": name, "metric": "re-check aimed at one document", "value": aimed_wall, "unit": "s", "target": ""},
        {"benchmark": name, "metric": "re-check aimed at one document, CPU", "value": aimed_cpu, "unit": "s", "target": ""},
        {"benchmark": name, "metric": "aimed findings = the full run's for that document, less project-wide checks",
         "value": same, "unit": "yes=1", "target": "1"},
        {"benchmark": name, "metric": "findings (full run)", "value": len(full), "unit": "", "target": ""},
        {"benchmark": name, "metric": "findings (aimed run)", "value": len(aimed), "unit": "", "target": ""},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
