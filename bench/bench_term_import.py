"""Benchmark of `workbench term import` on a million concepts, through the real CLI.

A glossary of 1,000,000 concepts (one English and one Russian term each,
`t<n>,club number <n>,клуб номер <n>`) is written as CSV and as TBX-Basic and
imported into a fresh project by `python -m workbench term import`, in a child
process, so the figures are those of the command a user runs: wall time, CPU
time (user + system: what the import itself costs when other work shares the
machine) and peak resident memory. Targets: <= 60 s (the wall time a user
waits, on an idle machine) and <= 500 MB.

A file this large is read by a second process while the command writes
(`termbase.bulk`): the CPU time is both processes' (the OS counts a waited-for
grandchild), the peak is the larger of the two resident sets (at a million TBX
concepts on 2026-12-02, 192 MB writing and 149 MB reading).

Before the import was made streaming and batched, time grew with the square of
the concept count (40,000 concepts took 59 s) and memory with the file.
`python -m bench term_import`.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CONCEPTS = 1_000_000
TARGET_SECONDS = 60
TARGET_MB = 500


def write_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write("id,en,ru\n")
        for n in range(CONCEPTS):
            out.write(f"t{n},club number {n},клуб номер {n}\n")


def write_tbx(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" '
            'xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>bench</p>'
            "</sourceDesc></fileDesc></tbxHeader><text><body>\n"
        )
        for n in range(CONCEPTS):
            out.write(
                f'<conceptEntry id="t{n}"><langSec xml:lang="en"><termSec><term>club number {n}</term>'
                f'</termSec></langSec><langSec xml:lang="ru"><termSec><term>клуб номер {n}</term>'
                "</termSec></langSec></conceptEntry>\n"
            )
        out.write("</body></text></tbx>\n")


def measure(folder: Path, glossary: Path) -> tuple[float, float, float, str]:
    """(wall s, CPU s, peak RSS MB, output) of one import into a new project."""
    project = folder / f"project-{glossary.suffix[1:]}"
    workbench = [sys.executable, "-m", "workbench"]
    subprocess.run([*workbench, "init", str(project)], check=True, capture_output=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([*workbench, "term", "import", str(project), str(glossary)], capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024, done.stdout.strip()


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-term-import-") as tmp:
        folder = Path(tmp)
        for name, write in (("csv", write_csv), ("tbx", write_tbx)):
            glossary = folder / f"million.{name}"
            write(glossary)
            wall, cpu, peak, output = measure(folder, glossary)
            if f"imported {CONCEPTS} concepts" not in output:
                raise RuntimeError(output)
            label = f"term import, 1,000,000 concepts ({name.upper()})"
            rows += [
                {"benchmark": label, "metric": "wall time", "value": wall, "unit": "s", "target": f"<= {TARGET_SECONDS}"},
                {"benchmark": label, "metric": "CPU time", "value": cpu, "unit": "s", "target": ""},
                {"benchmark": label, "metric": "peak RSS", "value": peak, "unit": "MB", "target": f"<= {TARGET_MB}"},
            ]
            glossary.unlink()
    return rows
