"""A replace pattern slow but under a search's bound, over many targets (hardening, round twenty).

Round nineteen bounded one search of a person's pattern (3 s for the first, 10 ms for each
after) but not the replace as a whole: `(\\w+\\s?)*\\d` spends 1-7 ms on a target of nine
«клуб рабочих» and finds nothing, so `memory replace` over a million such targets would have
run for hours without a word. Its time in the pattern is bounded in all now (`REGEX_SECONDS`
plus a second of CPU a million characters searched): past it the replace stops with one line,
exit 2, and nothing changed (the step is one transaction, rolled back; no undo step recorded).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.editing import ReplaceQuery, plan_replace
from workbench.core.ingest.importing import import_tsv
from workbench.core.memory import TranslationMemory
from workbench.core.navigation import REGEX_SECONDS
from workbench.core.project.store import Project
from workbench.errors import InputError
from workbench.formats.base import TranslationUnit

UNITS = 20_000
TARGET = "клуб рабочих " * 9
SLOW = r"(\w+\s?)*\d"
"""Backtracks over every split of the words before it fails: about a millisecond a target here,
20 s or more for the memory, while each search stays far under its 10 ms."""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    units = (TranslationUnit(f"Unit {n} of the club.", f"{TARGET}{n}" if n == UNITS - 1 else TARGET, "en", "ru")
             for n in range(UNITS))
    with Project.create(tmp_path / "proj", "en", "ru") as project, TranslationMemory.for_project(project) as tm:
        tm.import_units("peer.tmx", units)
    return tmp_path / "proj"


def _targets(folder: Path) -> list[tuple[int, str]]:
    with Project.open(folder) as project, TranslationMemory.for_project(project) as tm:
        return tm.db.execute("select id, target from units order by id").fetchall()


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry-run", "real"])
def test_a_slow_pattern_is_stopped_overall_and_nothing_changes(folder: Path, dry_run: bool) -> None:
    before = _targets(folder)
    started = time.thread_time()
    result = CliRunner().invoke(main, ["memory", "replace", str(folder), SLOW, "X", "--regex",
                                       *(["--dry-run"] if dry_run else [])])
    spent = time.thread_time() - started
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "was stopped after" in result.output and "nothing was changed" in result.output
    assert "Traceback" not in result.output
    assert spent < REGEX_SECONDS + 8, spent
    assert _targets(folder) == before
    undo = CliRunner().invoke(main, ["memory", "undo", str(folder)])
    assert undo.exit_code != 0 or "nothing" in undo.output.lower(), undo.output


def test_a_pattern_a_person_means_runs_over_the_same_text(folder: Path) -> None:
    result = CliRunner().invoke(main, ["memory", "replace", str(folder), r"рабочих (\d+)", r"рабочих №\1", "--regex"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("changed 1 unit")


def test_the_project_replace_is_bounded_alike(tmp_path: Path) -> None:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("".join(f"Unit {n} of the club.\t{TARGET}\n" for n in range(UNITS)), encoding="utf-8")
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        import_tsv(project, tsv)
        with pytest.raises(InputError, match="was stopped after"):
            plan_replace(project, ReplaceQuery(SLOW, "X", "regex"))
