"""Benchmark of statistics and the memory analysis: 100,000 segments against a 1,000,000-unit memory.

The memory is the synthetic one of `bench.tm_corpus` (as the memory
benchmark's), imported at bench time; the project is seeded at bench time
too and never committed. Its segments are a mix a translator meets:

* 30 % sentences of the memory as they are (100 %),
* 30 % memory sentences with one word replaced (fuzzy bands),
* 20 % repetitions of earlier segments of the project,
* 20 % new sentences of frequent words (mostly no match, the dearest to look up).

Timed: `project_statistics` plus `analyse`, which asks the memory for the
best match of every unique segment in one batch (`memory.batch`: the same
best match as one lookup per segment, the shared work done once), on both
cores as `workbench stats` runs it (one forked child; its CPU is counted).
Nothing is stored beside the memory: the scoring forms are made in the run,
so every run is a first analysis of that memory.
Target: <= 60 s for 100,000 segments against 1,000,000 units.

Sizes: `BENCH_STATS_SEGMENTS` (default 100,000) and `BENCH_TM_UNITS`
(default 1,000,000); `BENCH_STATS_MEMORY=path/memory.db` analyses against a
memory already built from the same corpus (it is only read), which saves the
import on a second run.
"""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path
from typing import Any

from bench.tm_corpus import Clock, build_corpus

SEGMENTS = int(os.environ.get("BENCH_STATS_SEGMENTS", "100000"))
UNITS = int(os.environ.get("BENCH_TM_UNITS", "1000000"))
TARGET_SECONDS = 60.0
SEED = 1917


def make_project(path: Path, corpus: Any, count: int) -> None:
    """A project of `count` segments (one document) with the mix the module docstring gives."""
    from workbench.core.project import Project

    rng = random.Random(SEED)
    sources: list[str] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.3:
            sources.append(corpus.pair(rng.randrange(UNITS))[0])
        elif roll < 0.6:
            words = corpus.pair(rng.randrange(UNITS))[0].rstrip(".").split()
            words[rng.randrange(len(words))] = rng.choice(corpus.english_words)
            sources.append(" ".join(words) + ".")
        elif roll < 0.8 and sources:
            sources.append(rng.choice(sources))
        else:
            sources.append(corpus.sentence(rng))
    with Project.create(path, "en", "ru") as project, project.transaction() as db:
        documents = db.table("documents")
        documents.insert({"seq": 1, "name": "bench", "kind": "text", "imported_at": "2024-01-01T00:00:00Z"})
        document_id = documents.last_pk
        db.table("segments").insert_all(
            {"document_id": document_id, "seq": float(i), "source": s, "target": "", "status": "draft", "locked": 0}
            for i, s in enumerate(sources)
        )


def run() -> list[dict[str, Any]]:
    from workbench.core.memory import TranslationMemory
    from workbench.core.project import Project
    from workbench.core.stats import analyse, project_statistics

    corpus = build_corpus()
    with tempfile.TemporaryDirectory(prefix="bench-stats-") as folder:
        given = os.environ.get("BENCH_STATS_MEMORY")
        memory_path = Path(given) if given else Path(folder) / "memory.db"
        if not given:
            with TranslationMemory.open(memory_path) as tm:
                tm.import_units("synthetic.tmx", corpus.units(UNITS))
        make_project(Path(folder) / "project", corpus, SEGMENTS)
        with Project.open(Path(folder) / "project") as project, TranslationMemory.open(memory_path) as tm, \
                Clock() as clock:
            statistics = project_statistics(project)
            analysis = analyse(project, tm, memories=("synthetic.tmx",), workers=os.cpu_count() or 1,
                               statistics=statistics)  # as the CLI
        cpu = clock.cpu  # the forked child's half of the search too (`Clock` counts ended children)
    label = f"statistics + analysis ({SEGMENTS:,} segments, {UNITS:,}-unit memory)"
    rows: list[dict[str, Any]] = [
        {"benchmark": label, "metric": "time", "value": round(clock.wall, 1), "unit": "s",
         "target": f"<= {TARGET_SECONDS:.0f} s" if SEGMENTS >= 100_000 and UNITS >= 1_000_000 else ""},
        {"benchmark": label, "metric": "CPU time (both processes)", "value": round(cpu, 1), "unit": "s", "target": ""},
        {"benchmark": label, "metric": "CPU per segment", "value": round(cpu / SEGMENTS * 1000, 2), "unit": "ms",
         "target": ""},
        {"benchmark": label, "metric": "words counted", "value": statistics.total.words, "unit": "", "target": ""},
    ]
    rows += [
        {"benchmark": label, "metric": f"segments in band {band}", "value": counts.segments, "unit": "", "target": ""}
        for band, counts in analysis.bands.items()
    ]
    return rows
