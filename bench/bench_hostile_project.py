"""An edit's cost on a large project (hardening, round 22).

Made-up TSV bitexts of 1,000, 10,000 and 100,000 pairs ("Sentence number {i} is here." /
«Предложение номер {i} здесь.»), imported into a fresh project; then five segments spread over
the project are each given a new target and confirmed (`editing.set_target`, `editing.confirm`,
what the editor's autosave and Enter run on its drawing thread). `Project.segment`, which each
edit returns, numbered the whole project to find the segment's position: at 100,000 segments
0.4-1.0 s an edit before round 22 (load about 15). Wall time, the mean of the five.

    python -m bench hostile_project
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from workbench.cli import main
from workbench.core import editing
from workbench.core.project.store import Project

SIZES = (1_000, 10_000, 100_000)
EDITS = 5
TARGET_SECONDS = 0.05


def edit_seconds(folder: Path, pairs: int) -> float:
    """The mean wall time of a set_target and a confirm of `EDITS` segments across a project of `pairs`."""
    bitext = folder / "big.tsv"
    bitext.write_text("".join(f"Sentence number {i} is here.\tПредложение номер {i} здесь.\n" for i in range(pairs)),
                      encoding="utf-8")
    project_folder = folder / "proj"
    Project.create(project_folder, "en", "ru").close()
    result = CliRunner().invoke(main, ["import", str(project_folder), "--tsv", str(bitext)])
    if result.exit_code:
        raise RuntimeError(result.output)
    with Project.open(project_folder) as project:
        ids = [row[0] for row in project.conn.execute("select id from segments order by id")]
        chosen = [ids[k * (len(ids) - 1) // (EDITS - 1)] for k in range(EDITS)]
        started = time.perf_counter()
        for segment_id in chosen:
            editing.set_target(project, segment_id, "Новый текст.")
            editing.confirm(project, segment_id)
        return (time.perf_counter() - started) / EDITS


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for pairs in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            seconds = edit_seconds(Path(folder), pairs)
        rows.append({"benchmark": "hostile_project", "metric": f"set target and confirm, {pairs:,} segments (wall)",
                     "value": seconds, "unit": "s", "target": f"<= {TARGET_SECONDS}"})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
