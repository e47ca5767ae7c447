"""The concordance's fold of 100,000 copies of one pair (hardening, round nineteen).

A made-up memory of 100,000 copies of «The reading room of the workers club is open.» searched
for "reading": one hit, drawn in 1.2 s of CPU, but "+4999 copies": the search reads at most
`MAX_SCANNED` candidates and said the copies it had read as all there are. It says "or more"
(JSON `more_copies`) now whenever it stopped before its last candidate.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.memory import MAX_SCANNED, TranslationMemory
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.tui.widgets.memory_panel import hit_label

PAIR = ("The reading room of the workers club is open.", "Читальня клуба рабочих открыта.")


def _folder(tmp_path: Path, copies: int) -> Path:
    with Project.create(tmp_path / "proj", "en", "ru") as project, TranslationMemory.for_project(project) as tm:
        tm.import_units("copies.tmx", (TranslationUnit(*PAIR, "en", "ru") for _ in range(copies)))
    return tmp_path / "proj"


@pytest.mark.parametrize(("units", "copies", "more"), [(MAX_SCANNED + 1_000, MAX_SCANNED - 1, True), (10, 9, False)],
                         ids=["past-the-scan", "all-read"])
def test_the_copies_of_a_pair_are_said_as_counted(tmp_path: Path, units: int, copies: int, more: bool) -> None:
    folder = _folder(tmp_path, units)
    result = CliRunner().invoke(main, ["memory", "search", str(folder), "reading", "--format", "json"])
    assert result.exit_code == 0, result.output
    (hit,) = json.loads(result.output)
    assert (hit["copies"], hit["more_copies"]) == (copies, more)
    table = CliRunner().invoke(main, ["memory", "search", str(folder), "reading"], terminal_width=200)
    assert table.exit_code == 0, table.output
    assert (f"+{copies} copies or more" in table.output) is more and f"+{copies} copies" in table.output


def test_the_memory_panel_says_or_more(tmp_path: Path) -> None:
    folder = _folder(tmp_path, MAX_SCANNED + 10)
    with Project.open(folder) as project, TranslationMemory.for_project(project) as tm:
        (hit,) = tm.search("reading")
    assert hit.more_copies and f"+{MAX_SCANNED - 1} copies or more" in hit_label(hit).plain
