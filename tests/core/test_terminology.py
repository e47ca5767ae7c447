"""The project bridge: own termbase first, listed termbases after, cached enforcer."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from termbase.formats import write_termbase_file
from termbase.model import Concept, Term
from workbench.core.project.store import Project
from workbench.core.terminology import (
    open_project_termbase,
    project_concepts,
    project_enforcer,
    project_matcher,
    termbase_paths,
)
from workbench.errors import ProjectError


def test_no_termbase_means_no_enforcer(project: Project) -> None:
    assert termbase_paths(project) == []
    assert project_concepts(project) == []
    assert project_enforcer(project) is None
    assert project_matcher(project, "en") is None


def test_own_termbase_is_created_on_demand_and_enforced(project: Project) -> None:
    with open_project_termbase(project) as termbase:
        termbase.add(Concept("union", terms=(Term("trade union", "en"), Term("профсоюз", "ru"))))
    enforcer = project_enforcer(project)
    assert enforcer is not None and project_enforcer(project) is enforcer  # cached
    assert enforcer.check("Trade unions", "Профсоюзы").source[0].satisfied
    matcher = project_matcher(project, "ru")
    assert matcher is enforcer.target_matcher
    with open_project_termbase(project) as termbase:
        termbase.add(Concept("club", terms=(Term("club", "en"), Term("клуб", "ru"))))
    rebuilt = project_enforcer(project)
    assert rebuilt is not enforcer and rebuilt is not None
    assert [c.id for c in rebuilt.concepts] == ["union", "club"]


def test_listed_termbases_follow_and_are_shadowed_by_id(project: Project, tmp_path: Path) -> None:
    with open_project_termbase(project) as termbase:
        termbase.add(Concept("union", terms=(Term("trade union", "en"), Term("профсоюз", "ru"))))
    shared = tmp_path / "shared.tbx"
    write_termbase_file(
        [
            Concept("union", terms=(Term("union", "en"), Term("союз", "ru"))),
            Concept("club", terms=(Term("club", "en"), Term("клуб", "ru"))),
        ],
        shared,
    )
    project.save_config(dataclasses.replace(project.config, termbases=("../shared.tbx",)))
    concepts = project_concepts(project)
    assert [(c.id, c.terms[0].text) for c in concepts] == [
        ("union", "trade union"),
        ("club", "club"),
    ]
    first = project_enforcer(project)
    shared.write_bytes(shared.read_bytes().replace(b"club", b"society"))
    second = project_enforcer(project)
    assert second is not first and second is not None
    assert "society" in {t.text for c in second.concepts for t in c.terms}


def test_missing_listed_termbase_is_a_project_error(project: Project) -> None:
    project.save_config(dataclasses.replace(project.config, termbases=("nowhere.csv",)))
    with pytest.raises(ProjectError, match="nowhere.csv"):
        project_concepts(project)
