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
    termbase_folders_file,
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
    allow_folder(tmp_path)
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


def allow_folder(folder: Path) -> None:
    """The user names `folder` as one whose termbases any project may list (the test's own config home)."""
    listing = termbase_folders_file()
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text(f"# shared glossaries\n{folder}\n", "utf-8")


@pytest.mark.parametrize("how", ["named", "linked"])
def test_a_termbase_outside_the_project_is_used_only_under_a_folder_the_user_named(
    project: Project, tmp_path: Path, how: str
) -> None:
    elsewhere = tmp_path / "other-client"
    elsewhere.mkdir()
    write_termbase_file([Concept("secret", terms=(Term("merger", "en"), Term("слияние", "ru")))], elsewhere / "glossary.tbx")
    entry = "../other-client/glossary.tbx"
    if how == "linked":  # a link inside the project folder leads out of it
        (project.path / "glossary.tbx").symlink_to(elsewhere / "glossary.tbx")
        entry = "glossary.tbx"
    project.save_config(dataclasses.replace(project.config, termbases=(entry,)))
    with pytest.raises(ProjectError, match=f"termbase {entry} listed in project.toml is outside the project folder") as refused:
        project_concepts(project)
    assert str(termbase_folders_file()) in str(refused.value)
    allow_folder(elsewhere)
    assert [concept.id for concept in project_concepts(project)] == ["secret"]


def test_a_termbase_inside_the_project_folder_needs_no_consent(project: Project) -> None:
    (project.path / "glossaries").mkdir()
    write_termbase_file([Concept("club", terms=(Term("club", "en"), Term("клуб", "ru")))], project.path / "glossaries" / "g.tbx")
    project.save_config(dataclasses.replace(project.config, termbases=("glossaries/g.tbx",)))
    assert [concept.id for concept in project_concepts(project)] == ["club"]


def test_missing_listed_termbase_is_a_project_error(project: Project) -> None:
    project.save_config(dataclasses.replace(project.config, termbases=("nowhere.csv",)))
    with pytest.raises(ProjectError, match="nowhere.csv"):
        project_concepts(project)


def test_a_reader_of_the_termbase_is_no_change_on_disk(project: Project) -> None:
    """The open editor compares these marks each second: a reader (another worker of the app, a
    second terminal's `term list`) creates an empty write-ahead log and takes it away again, and
    CI's run saw that as a change. A write is one."""
    import sqlite3

    from workbench.core.terminology import termbases_on_disk

    with open_project_termbase(project) as termbase:
        termbase.add(Concept("c1", terms=(Term("decentralization", "en"), Term("децентрализация", "ru"))))
    before = termbases_on_disk(project)
    reader = sqlite3.connect(termbase_paths(project)[0])
    try:
        reader.execute("SELECT count(*) FROM sqlite_master").fetchall()
        assert termbases_on_disk(project) == before
    finally:
        reader.close()
    assert termbases_on_disk(project) == before
    with open_project_termbase(project) as termbase:
        termbase.add(Concept("c2", terms=(Term("club", "en"), Term("клуб", "ru"))))
    assert termbases_on_disk(project) != before
