"""Accepting findings in a project: stored with a reason, silent while the text is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.model import Concept, Term
from workbench.core import editing
from workbench.core.check_records import list_acceptances, revoke_acceptance
from workbench.core.checks.project_checks import accept_finding, check_project
from workbench.core.ingest.importing import import_tsv
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.errors import InputError

PAIRS = [
    ("By 1923 the clubs grew.", "К 1925 году клубы выросли."),
    ("The trade unions paid.", "Торговые союзы платили, как и прежде."),
    ("The party backed the trade unions.", "Партия поддержала профсоюзы."),
]


@pytest.fixture
def checked(project: Project, tmp_path: Path) -> Project:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("".join(f"{s}\t{t}\n" for s, t in PAIRS), encoding="utf-8")
    import_tsv(project, tsv)
    with open_project_termbase(project) as termbase:
        termbase.import_concepts([
            Concept("trade-union", terms=(
                Term("trade union", "en"), Term("профсоюз", "ru"),
                Term("торговый союз", "ru", "deprecated"),
            )),
            Concept("party", terms=(Term("party", "en"), Term("партия", "ru"))),
        ])
    return project


def kinds(project: Project) -> list[tuple[int, str]]:
    return [(f.segment, f.check) for f in check_project(project)]


def test_the_project_is_checked_with_its_termbase(checked: Project) -> None:
    assert kinds(checked) == [(1, "number-mismatch"), (2, "term-forbidden")]


def test_an_accepted_finding_is_silent_until_the_segment_changes(checked: Project) -> None:
    acceptance = accept_finding(checked, 1, "number-mismatch", "the author's own misprint")
    assert acceptance.reason == "the author's own misprint" and acceptance.concept is None
    assert kinds(checked) == [(2, "term-forbidden")]
    assert [(a.check, a.reason) for a in list_acceptances(checked)] == [
        ("number-mismatch", "the author's own misprint")
    ]
    with Project.open(checked.path) as again:  # stored, not remembered in memory
        assert kinds(again) == [(2, "term-forbidden")]
    editing.set_target(checked, checked.segments()[0].id, "К 1926 году клубы выросли.")
    assert kinds(checked) == [(1, "number-mismatch"), (2, "term-forbidden")]


def test_a_term_acceptance_takes_the_concept_of_the_finding(checked: Project) -> None:
    acceptance = accept_finding(checked, 2, "term-forbidden", "quoting a 1923 decree")
    assert acceptance.concept == "trade-union"
    assert kinds(checked) == [(1, "number-mismatch")]
    assert check_project(checked, include_accepted=True)[1].check == "term-forbidden"


def test_revoking_brings_the_finding_back(checked: Project) -> None:
    accept_finding(checked, 1, "number-mismatch", "fine")
    assert revoke_acceptance(checked, 1, "number-mismatch")
    assert not revoke_acceptance(checked, 1, "number-mismatch")
    assert kinds(checked)[0] == (1, "number-mismatch")


@pytest.mark.parametrize(
    ("position", "check", "reason", "concept", "words"),
    [
        (3, "number-mismatch", "x", None, "no number-mismatch finding"),
        (9, "number-mismatch", "x", None, "no segment 9"),
        (1, "grammar", "x", None, "unknown check"),
        (1, "number-mismatch", "  ", None, "needs a reason"),
        (2, "term-forbidden", "x", "party", "no term-forbidden finding for concept"),
    ],
)
def test_accepting_what_is_not_there_is_refused(
    checked: Project, position: int, check: str, reason: str, concept: str | None, words: str
) -> None:
    with pytest.raises(InputError, match=words):
        accept_finding(checked, position, check, reason, concept)
    assert list_acceptances(checked) == []


def test_a_project_without_termbase_skips_the_term_checks(project: Project, tmp_path: Path) -> None:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("The trade unions paid.\tТорговые союзы платили.\n", encoding="utf-8")
    import_tsv(project, tsv)
    assert check_project(project) == []
