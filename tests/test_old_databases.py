"""Databases made by an older workbench open, migrate and read the same.

The files in `tests/data/made_by_c25d656/` were written by the code of commit
c25d656, the last before every migration set became a `MigrationSet`:
a project (its `project.db` with every migration of that time, and one with
only `m001_initial`), its memory and a termbase. Opening them with today's code
must keep what they hold and bring their schema up to date.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from termbase.store import Termbase
from termbase.store import migrations as termbase_migrations
from workbench.core.memory.schema import migrations as memory_migrations
from workbench.core.memory.store import TranslationMemory
from workbench.core.project.schema import migrations as project_migrations
from workbench.core.project.store import Project

OLD = Path(__file__).parent / "data" / "made_by_c25d656"


def _project(tmp_path: Path, database: str) -> Path:
    folder = tmp_path / "old"
    (folder / "sources").mkdir(parents=True)
    shutil.copy(OLD / "project.toml", folder / "project.toml")
    shutil.copy(OLD / database, folder / "project.db")
    return folder


def test_an_old_project_opens_with_its_segments(tmp_path: Path) -> None:
    with Project.open(_project(tmp_path, "project.db")) as project:
        assert project_migrations.applied_names(project.db) == project_migrations.names
        assert [(s.source, s.target) for s in project.segments()] == [
            ("The club opened in 1923.", "Клуб открылся в 1923 году."),
            ("Workers came every evening.", "Рабочие приходили каждый вечер."),
        ]


def test_an_older_project_schema_is_migrated_on_open(tmp_path: Path) -> None:
    folder = _project(tmp_path, "project_m001.db")
    with Project.open(folder) as project:
        assert project_migrations.applied_names(project.db) == project_migrations.names
        assert len(project_migrations.names) > 1  # something was pending and got applied


def test_an_old_memory_opens_with_its_units(tmp_path: Path) -> None:
    shutil.copy(OLD / "memory.db", tmp_path / "memory.db")
    memory = TranslationMemory.open(tmp_path / "memory.db")
    try:
        assert memory_migrations.applied_names(memory.db) == memory_migrations.names
        assert [(m.name, m.units) for m in memory.memories()] == [("old", 1)]
        assert memory.lookup("The club opened.")[0].target == "Клуб открылся."
    finally:
        memory.db.close()


def test_an_old_termbase_opens_with_its_concepts(tmp_path: Path) -> None:
    shutil.copy(OLD / "termbase.db", tmp_path / "terms.db")
    termbase = Termbase(tmp_path / "terms.db")
    try:
        assert termbase_migrations.applied_names(termbase.db) == termbase_migrations.names
        concept = termbase.get("c1")
        assert concept is not None
        assert [(t.lang, t.text) for t in concept.terms] == [("en", "club"), ("ru", "клуб")]
    finally:
        termbase.close()
