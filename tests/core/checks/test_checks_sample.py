"""The sample project: the clean translation passes the term checks, the slipped copy
raises exactly the slips planted in it (`projects/workers-clubs/slips.json`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termbase.formats import read_termbase_file
from workbench.core.checks import Finding
from workbench.core.checks.project_checks import check_project
from workbench.core.ingest.importing import import_text
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase

SAMPLE = Path(__file__).resolve().parents[3] / "projects" / "workers-clubs"
SLIPS = json.loads((SAMPLE / "slips.json").read_text(encoding="utf-8"))
SLIP_CHECKS = {slip["check"] for slip in SLIPS}


def build(tmp_path: Path, translation: Path) -> Project:
    """A project made the way a user makes it: termbase first, then import (which aligns)."""
    project = Project.create(tmp_path / translation.stem, "en", "ru")
    with open_project_termbase(project) as termbase:
        termbase.import_concepts(read_termbase_file(SAMPLE / "termbase.csv"))
    import_text(project, SAMPLE / "sources" / "workers-clubs.en.txt", translation)
    return project


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    with build(tmp_path_factory.mktemp("clean"), SAMPLE / "sources" / "workers-clubs.ru.txt") as p:
        return check_project(p)


@pytest.fixture(scope="module")
def slipped(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Finding], dict[int, str]]:
    with build(tmp_path_factory.mktemp("slips"), SAMPLE / "workers-clubs.ru.slips.txt") as p:
        return check_project(p), {s.position: s.target for s in p.segments()}


def test_the_clean_translation_raises_no_term_findings(clean: list[Finding]) -> None:
    assert [f for f in clean if f.check.startswith("term-")] == []


def test_the_clean_translation_raises_none_of_the_slip_checks(clean: list[Finding]) -> None:
    """So that whatever the slipped copy raises for these checks comes from the slips."""
    assert [f for f in clean if f.check in SLIP_CHECKS] == []


def test_the_slipped_copy_raises_exactly_the_planted_slips(
    slipped: tuple[list[Finding], dict[int, str]],
) -> None:
    findings, targets = slipped
    expected = set()
    for slip in SLIPS:
        [position] = [p for p, t in targets.items() if slip["sentence_text_contains"] in t]
        expected.add((position, slip["check"], slip.get("concept")))
    found = {(f.segment, f.check, f.concept) for f in findings if f.check in SLIP_CHECKS}
    assert found == expected
    assert len([f for f in findings if f.check in SLIP_CHECKS]) == len(SLIPS)


def test_the_slip_findings_point_at_the_slipped_words(
    slipped: tuple[list[Finding], dict[int, str]],
) -> None:
    findings, targets = slipped
    marked = {
        targets[f.segment][a:b] for f in findings if f.check == "term-forbidden"
        for a, b in f.target_spans
    }
    assert marked == {
        "социальной легитимизации", "культурной спонтанности",
        "революционного добровольчества", "ленинского набора",
    }
    [mix] = [f for f in findings if f.check == "term-variant-mix"]
    assert [targets[mix.segment][a:b] for a, b in mix.target_spans] == ["профессиональных союзов"]
