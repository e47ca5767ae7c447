"""`memory replace` of a pattern found in every unit of a large memory (hardening, round nineteen).

A made-up memory of 1,130,000 units (a 500 MB TMX) whose every target held «клуба рабочих»:
`memory replace --regex 'клуб(а|у) рабочих' ... --dry-run` held 1.07 GB and had listed nothing
after 3.5 minutes of CPU, every change kept (source, old and new target) before the first line.
The units are read, rewritten and written a page at a time now, each change listed as it comes
(on a real run, once written: read back from the step's journal) and none kept by the CLI.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.editing import ReplaceQuery, replace_in_memory
from workbench.core.memory import LocalUpkeep, TargetChange, TranslationMemory, undo_replace
from workbench.core.project.store import Project
from workbench.core.team import open_upkeep
from workbench.formats.base import TranslationUnit

UNITS = 12_000
FILLER = "ж" * 1_500
"""Each target's length: the changes a replace held (old and new target, the source) came to
some 75 MB for these units, the page it holds now to some 10."""


def _units() -> Iterator[TranslationUnit]:
    for number in range(UNITS):
        yield TranslationUnit(f"Unit {number} of the workers' club.", f"{number} клуба рабочих {FILLER}", "en", "ru")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    with Project.create(tmp_path / "proj", "en", "ru") as project, TranslationMemory.for_project(project) as tm:
        tm.import_units("peer.tmx", _units())
    return tmp_path / "proj"


def _peak(work: object) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = work()  # type: ignore[operator]
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_pattern_in_every_unit_is_replaced_a_page_at_a_time(folder: Path) -> None:
    query = ReplaceQuery("клуб(а|у) рабочих", r"рабочего клуб\1", "regex", case_sensitive=True)
    listed: list[int] = []

    def listing(change: TargetChange) -> None:
        listed.append(change.unit_id)

    with Project.open(folder) as project, open_upkeep(project) as store:
        assert isinstance(store, LocalUpkeep)
        tm = store.tm
        before = tm.db.execute("select id, target from units order by id").fetchall()
        plan, dry_peak = _peak(lambda: replace_in_memory(store, query, "ru", dry_run=True, each=listing, kept=3))
        assert plan.count == UNITS and len(plan.changes) == 3 and len(listed) == UNITS  # type: ignore[attr-defined]
        assert plan.changes[0].after.startswith("0 рабочего клуба ")  # type: ignore[attr-defined]
        assert tm.db.execute("select id, target from units order by id").fetchall() == before
        listed.clear()
        done, peak = _peak(lambda: replace_in_memory(store, query, "ru", each=listing, kept=0))
        assert done.count == UNITS and not done.changes and listed == [unit_id for unit_id, _ in before]  # type: ignore[attr-defined]
        assert all(" рабочего клуба " in target for (target,) in tm.db.execute("select target from units"))
        assert dry_peak < 20 * 2**20 and peak < 20 * 2**20, (dry_peak, peak)
        assert undo_replace(store).restored == UNITS
        assert tm.db.execute("select id, target from units order by id").fetchall() == before


def test_the_command_lists_every_change_and_counts_them(folder: Path) -> None:
    result = CliRunner().invoke(main, ["memory", "replace", str(folder), "клуба рабочих", "рабочего клуба", "--dry-run"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    listed = [line for line in lines if line.startswith("peer.tmx #")]
    assert len(listed) == UNITS and listed[0].startswith("peer.tmx #1: 0 рабочего клуба ")
    assert lines[-1] == f"would change {UNITS} units (nothing changed: --dry-run)"
