"""Benchmark of XLIFF 1.2 as a project document: import and export of 100,000 units.

The file is made from the synthetic memory of `bench.tm_corpus` (English
sources; every fifth unit carries inline codes, a `<g>` pair and an `<x/>`,
and a note): `BENCH_XLIFF_UNITS` sets the count.

* **import**: `workbench import DIR --xliff FILE` (parse, codes to
  placeholders, segments stored) (target <= 15 s);
* **export**: `workbench export DIR --xliff FILE` after every segment got a
  target (the original parsed again, targets filled in, written) (target
  <= 10 s);
* **peak memory** of the process in each step (target <= 300 MB).

Wall-clock time is the target; CPU time says what a quiet machine would take.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from bench.tm_corpus import Clock, PeakMemory, build_corpus

UNITS = int(os.environ.get("BENCH_XLIFF_UNITS", "100000"))


def run() -> list[dict[str, Any]]:
    from workbench.core.ingest.importing import import_xliff
    from workbench.core.project.exporting import export_xliff
    from workbench.core.project.store import Project

    corpus = build_corpus()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-xliff-") as folder:
        original = Path(folder) / "book.xlf"
        with open(original, "w", encoding="utf-8") as out:
            out.write(
                '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
                'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="book.html" '
                'source-language="en" target-language="ru" datatype="html">\n<body>\n'
            )
            for index in range(UNITS):
                source = escape(corpus.pair(index)[0])
                if index % 5 == 0:
                    head, _, tail = source.partition(" ")
                    source = f'<g id="1" ctype="bold">{head}</g> {tail}<x id="2" ctype="lb"/>'
                    note = "<note>Check the bold word.</note>"
                else:
                    note = ""
                out.write(f'<trans-unit id="u{index}"><source>{source}</source>{note}</trans-unit>\n')
            out.write("</body>\n</file>\n</xliff>\n")
        size = original.stat().st_size

        project = Project.create(Path(folder) / "project", "en", "ru")
        with PeakMemory() as peak, Clock() as clock:
            report = import_xliff(project, original)
        assert report.segments == UNITS
        rows += _step("import", clock, peak, 15, f"{size / 2**20:,.0f} MB file")

        with project.transaction() as db:
            db.conn.execute(
                "update segments set target = source || ' (ru)', status = 'translated'"
            )
        with PeakMemory() as peak, Clock() as clock:
            written = export_xliff(project, Path(folder) / "out.xlf")
        assert written.units == UNITS
        rows += _step("export", clock, peak, 10, "original filled in")
        project.close()
    return rows


def _step(name: str, clock: Clock, peak: PeakMemory, target: float, note: str) -> list[dict[str, Any]]:
    label = f"xliff 1.2 {name} ({UNITS:,} units, {note})"
    return [
        {"benchmark": label, "metric": "time", "value": round(clock.wall, 1), "unit": "s", "target": f"<= {target} s"},
        {"benchmark": label, "metric": "CPU time", "value": round(clock.cpu, 1), "unit": "s", "target": ""},
        {"benchmark": label, "metric": "peak RSS", "value": round(peak.megabytes), "unit": "MB", "target": "<= 300 MB"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
