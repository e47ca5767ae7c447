"""Benchmark of TMX interchange at a million units: export, read, import into the memory.

Measured on the synthetic memory of `bench.tm_corpus` (1,000,000 units by
default; `BENCH_TM_UNITS=100000 python -m bench tmx` for a quick run):

* **export** of units to TMX 1.4b with the streaming writer (target <= 10 s, issue 18); the
  benchmark makes its million units a thousand at a time with the clock paused (`_made_apart`),
  so the figure is the writer's, not the making of its input (about 5 s of CPU: a million
  frozen dataclasses). The writer's second process works on while the clock is paused, so the
  wall clock can flatter by at most that process's work in those pauses; the CPU time is exact;
* **project export**: the same units as confirmed segments of a project,
  written by `workbench export --tmx`'s code path (project.db query + writer);
* **read**: parsing the file back into units with the streaming reader;
* **import**: `workbench memory import` (read + store + full-text indexes)
  (target <= 15 s, issue 18);
* **peak memory** of the process during each step (target <= 300 MB);
* **the peers on the same file** (`bench/tmx_peers.py`): translate-toolkit parsing
  it and OmegaT loading it as a project memory, where they are installed.

Each step reports wall-clock time (the target) and the process's CPU time:
on a shared machine the wall clock includes waiting for a core, the CPU time
is what a quiet machine would take (SQLite's I/O aside).

`BENCH_TMX_EXPORTS_ONLY=1` runs the two exports alone (no read, peers or import);
`BENCH_TMX_IMPORT_ONLY=1` the export that makes the file and the import into a memory (no
read, peers or project export), for comparing imports run after run.

Each step runs in this process, the import with its writer process (the memory
stores and indexes in a second process while this one reads the file); peaks are
the resident set size of both together, sampled every 20 ms, baseline included, so
they are what a user sees, and the CPU time counts the writer process too.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from bench.tm_corpus import Clock, Corpus, PeakMemory, build_corpus
from bench.tmx_peers import peer_rows
from workbench.formats.base import TranslationUnit

UNITS = int(os.environ.get("BENCH_TM_UNITS", "1000000"))
EXPORTS_ONLY = os.environ.get("BENCH_TMX_EXPORTS_ONLY") == "1"
IMPORT_ONLY = os.environ.get("BENCH_TMX_IMPORT_ONLY") == "1"


def run() -> list[dict[str, Any]]:
    from workbench.core.memory.store import TranslationMemory
    from workbench.formats.tmx import read_tmx, write_tmx

    corpus = build_corpus()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-tmx-") as folder:
        path = Path(folder) / "memory.tmx"

        with PeakMemory() as peak, Clock() as clock:
            report = write_tmx(path, _made_apart(corpus.units(UNITS), clock), source_lang="en", target_lang="ru")
        assert report.units == UNITS
        size = path.stat().st_size
        rows += _step("export", clock, peak, 10, f"{size / 2**20:,.0f} MB file")
        if EXPORTS_ONLY:
            path.unlink()
            project_clock, project_peak = _project_export(corpus, Path(folder))
            return rows + _step("project export", project_clock, project_peak, 10, "workbench export --tmx")

        if not IMPORT_ONLY:
            with PeakMemory() as peak, Clock() as clock:
                count = sum(1 for _ in read_tmx(path, "en", "ru"))
            assert count == UNITS
            rows += _step("read", clock, peak, None, "parse only")
            rows += peer_rows(path, UNITS, corpus.pair(0))  # translate-toolkit and OmegaT, where installed

        with PeakMemory() as peak, Clock() as clock, TranslationMemory.open(Path(folder) / "memory.db") as tm:
            imported = tm.import_file(path)
        assert imported.units == UNITS
        rows += _step("import", clock, peak, 15, "into memory.db with indexes")
        (Path(folder) / "memory.db").unlink()
        path.unlink()
        if IMPORT_ONLY:
            return rows

        project_clock, project_peak = _project_export(corpus, Path(folder))
        rows += _step("project export", project_clock, project_peak, 10, "workbench export --tmx")
    return rows


def _made_apart(units: Iterator[TranslationUnit], clock: Clock) -> Iterator[TranslationUnit]:
    """`units`, made a thousand at a time with `clock` paused (see the module docstring)."""
    while True:
        with clock.paused():
            batch = list(islice(units, 1000))
        if not batch:
            return
        yield from batch


def _project_export(corpus: Corpus, folder: Path) -> tuple[Clock, PeakMemory]:
    """A project whose UNITS segments are all confirmed, exported as `workbench export --tmx` does."""
    from workbench.core.project.exporting import export_project
    from workbench.core.project.store import Project
    from workbench.formats.tmx import TmxFormat

    project = Project.create(folder / "project", "en", "ru")
    stamp = "2024-03-01T12:00:00Z"
    with project.transaction() as db:
        db.table("documents").insert({"id": 1, "seq": 1, "name": "book", "kind": "tsv", "imported_at": stamp})
        conn: sqlite3.Connection = db.conn
        conn.executemany(
            "insert into segments(document_id, seq, source, target, status, confidence, locked, changed_at) "
            "values (1, ?, ?, ?, 'translated', 0.9, 1, ?)",
            ((index, *corpus.pair(index), stamp) for index in range(UNITS)),
        )
    with PeakMemory() as peak, Clock() as clock:
        report = export_project(project, folder / "project.tmx", TmxFormat())
    assert report.units == UNITS
    project.close()
    return clock, peak


def _step(name: str, clock: Clock, peak: PeakMemory, target: float | None, note: str) -> list[dict[str, Any]]:
    label = f"tmx {name} ({UNITS:,} units, {note})"
    return [
        {"benchmark": label, "metric": "time", "value": round(clock.wall, 1), "unit": "s",
         "target": f"<= {target} s" if target else ""},
        {"benchmark": label, "metric": "CPU time", "value": round(clock.cpu, 1), "unit": "s", "target": ""},
        {"benchmark": label, "metric": "throughput", "value": round(UNITS / clock.wall), "unit": "units/s", "target": ""},
        {"benchmark": label, "metric": "peak RSS", "value": round(peak.megabytes), "unit": "MB", "target": "<= 300 MB"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
