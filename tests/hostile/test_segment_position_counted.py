"""A segment's position is counted on the index, not by numbering the project (hardening, round 22).

`Project.segment` (which every save and confirm of the editor and the CLI's edits return) found a
segment's position by numbering every segment of the project in order, a sorted window over the
whole table: 0.3-0.6 s a call at 100,000 segments, three calls a confirm, on the editor's
drawing thread (`bench hostile_project`). The work is measured here in SQLite's virtual machine
steps (a progress handler), which do not depend on the machine's load.
"""

from __future__ import annotations

import random
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.core.project.store import Project

STEPS_PER_TICK = 100


def _project(tmp_path: Path, lines: int, documents: int) -> Path:
    folder = tmp_path / "proj"
    Project.create(folder, "en", "ru").close()
    for number in range(documents):
        bitext = tmp_path / f"part{number}.tsv"
        bitext.write_text("".join(f"Sentence {number}.{i} is here.\tПредложение {i}.\n" for i in range(lines)),
                          encoding="utf-8")
        result = CliRunner().invoke(main, ["import", str(folder), "--tsv", str(bitext)])
        assert result.exit_code == 0, result.output
    return folder


def test_positions_are_those_of_project_order(tmp_path: Path) -> None:
    folder = _project(tmp_path, 60, 3)
    with Project.open(folder) as project:
        # Ties the order breaks on the next key: two documents of one seq, segments of one seq.
        with project.transaction():
            project.conn.execute("update documents set seq = (select min(seq) from documents)")
            rows = project.conn.execute("select id from segments").fetchall()
            generator = random.Random(22)
            for (segment_id,) in rows:
                project.conn.execute("update segments set seq = ? where id = ?",
                                     [generator.choice([1, 2, 2.5, 3, 7]), segment_id])
        expected = {segment.id: segment.position for segment in project.segments()}
        assert sorted(expected.values()) == list(range(1, 181))
        assert {segment_id: project.segment(segment_id).position for segment_id in expected} == expected


def test_one_segment_is_found_without_reading_the_project(tmp_path: Path) -> None:
    folder = _project(tmp_path, 20_000, 1)
    with Project.open(folder) as project:
        first = project.segments()[3]
        ticks = 0

        def tick() -> int:
            nonlocal ticks
            ticks += 1
            return 0

        project.conn.set_progress_handler(tick, STEPS_PER_TICK)
        try:
            found = project.segment(first.id)
        finally:
            project.conn.set_progress_handler(None, STEPS_PER_TICK)
    assert found.position == 4 and found.source == first.source
    # Numbering the 20,000 segments took 8,200 ticks (820,000 steps); the count takes a few.
    assert ticks < 100, ticks
