"""Project folders: creation is all-or-nothing, opening checks and migrates."""

from __future__ import annotations

import os
import sqlite3
import tomllib
from pathlib import Path

import pytest

from workbench.core.ingest.importing import import_tsv
from workbench.core.project.schema import migrations
from workbench.core.project.store import Project
from workbench.errors import InputError, ProjectError


def test_create_makes_the_folder_layout(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p", "en", "ru_RU", name="Clubs") as project:
        assert (project.path / "project.toml").is_file()
        assert (project.path / "project.db").is_file()
        assert (project.path / "sources").is_dir()
        assert project.config.target_lang == "ru-RU"
    data = tomllib.loads((tmp_path / "p" / "project.toml").read_text("utf-8"))
    assert data["name"] == "Clubs"
    assert data["source_lang"] == "en"
    assert data["created"].endswith("Z")


def test_database_is_wal_with_every_migration_applied(project: Project) -> None:
    assert project.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert [m.name for m in migrations.applied(project.db)] == migrations.names
    assert {"documents", "paragraphs", "sentences", "segments", "segment_findings", "journal"} <= set(
        project.db.table_names()
    )



@pytest.mark.parametrize("change", [
    "update segments set target = x'00ff' where id = ?",
    "update segments set source = x'41' where id = ?",
    "update segments set status = 'done' where id = ?",
    "insert into segments (document_id, seq, source, target, status, locked)"
    " select document_id, seq + 0.5, source, zeroblob(4), status, 0 from segments where id = ?",
])
def test_another_program_cannot_store_what_no_command_could_read(project: Project, tmp_path: Path, change: str) -> None:
    # A blob as a text, or an unknown status, ended every later `segments`, `check` and
    # `export` in a traceback: SQLite itself refuses it now, whoever writes. (A number is
    # stored as text by the column's affinity: `42` reads as "42".)
    bitext = tmp_path / "pairs.tsv"
    bitext.write_text("The club opened.\tКлуб открылся.\nIt grew.\tОн рос.\n", "utf-8")
    import_tsv(project, bitext)
    first = project.segments()[0]
    other = sqlite3.connect(project.path / "project.db")
    with pytest.raises(sqlite3.IntegrityError, match="must be text"):
        other.execute(change, (first.id,))
    other.execute("update segments set target = 'Клуб открыт.' where id = ?", (first.id,))  # text is fine
    other.commit()
    other.close()
    assert [s.target for s in project.segments()] == ["Клуб открыт.", "Он рос."]

def test_create_refuses_an_existing_project(tmp_path: Path) -> None:
    Project.create(tmp_path / "p").close()
    with pytest.raises(ProjectError, match="already a project"):
        Project.create(tmp_path / "p")


def test_create_refuses_a_non_empty_folder_and_leaves_it_alone(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(ProjectError, match="not an empty folder"):
        Project.create(folder)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_create_accepts_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    Project.create(tmp_path / "p").close()
    assert (tmp_path / "p" / "project.toml").exists()


@pytest.mark.parametrize("tag", ["xx", "english", "", "ru_XX_YY"])
def test_unknown_language_tags_are_refused_before_anything_is_written(tmp_path: Path, tag: str) -> None:
    with pytest.raises(InputError):
        Project.create(tmp_path / "p", "en", tag)
    assert not (tmp_path / "p").exists()
    assert list(tmp_path.iterdir()) == []


def test_open_refuses_what_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "missing")
    (tmp_path / "plain").mkdir()
    with pytest.raises(ProjectError, match="not a workbench project"):
        Project.open(tmp_path / "plain")


def test_open_refuses_a_corrupt_database(tmp_path: Path) -> None:
    Project.create(tmp_path / "p").close()
    (tmp_path / "p" / "project.db").write_bytes(b"this is not sqlite" * 100)
    for extra in ("project.db-wal", "project.db-shm"):
        (tmp_path / "p" / extra).unlink(missing_ok=True)
    with pytest.raises(ProjectError, match="damaged|cannot open"):
        Project.open(tmp_path / "p")


def test_open_refuses_a_database_from_a_newer_workbench(tmp_path: Path) -> None:
    Project.create(tmp_path / "p").close()
    conn = sqlite3.connect(tmp_path / "p" / "project.db")
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) values (?, ?, ?)",
        ("workbench.project", "m999_from_the_future", "2030-01-01"),
    )
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="newer workbench"):
        Project.open(tmp_path / "p")


def test_open_applies_pending_migrations(tmp_path: Path) -> None:
    """A project made before the latest migration existed gets it on open."""
    from sqlite_utils import Database

    Project.create(tmp_path / "p").close()
    db_path = tmp_path / "p" / "project.db"
    for name in ("project.db", "project.db-wal", "project.db-shm"):
        (tmp_path / "p" / name).unlink(missing_ok=True)
    old = Database(db_path)
    latest = migrations.names[-1]
    migrations.apply(old, stop_before=latest)
    assert latest not in {m.name for m in migrations.applied(old)} or latest == "m001_initial"
    old.close()
    with Project.open(tmp_path / "p") as project:
        assert [m.name for m in migrations.applied(project.db)] == migrations.names


def test_malformed_project_toml_is_a_clear_error(tmp_path: Path) -> None:
    Project.create(tmp_path / "p").close()
    (tmp_path / "p" / "project.toml").write_text("name = [unclosed", "utf-8")
    with pytest.raises(ProjectError, match="not valid TOML"):
        Project.open(tmp_path / "p")
    (tmp_path / "p" / "project.toml").write_text('name = "x"\n', "utf-8")
    with pytest.raises(ProjectError, match="missing or malformed"):
        Project.open(tmp_path / "p")


def test_the_integrity_check_names_what_the_migrations_make(project: Project) -> None:
    """`integrity.READ_COLUMNS` and `TYPED_TRIGGERS` are what a new project has, so the check at
    each opening neither misses a column nor finds the triggers "changed" and rewrites them."""
    from workbench.core.project.integrity import READ_COLUMNS, TYPED_TRIGGERS

    for table, columns in READ_COLUMNS.items():
        assert tuple(row["name"] for row in project.query(f"select name from pragma_table_info('{table}')")) == columns
    stored = {row["name"]: row["sql"] for row in project.query("select name, sql from sqlite_master where type = 'trigger'")}
    assert {name: stored.get(name) for name in TYPED_TRIGGERS} == TYPED_TRIGGERS
    before = project.data_version()
    Project.open(project.path).close()
    assert project.data_version() == before, "opening a sound project wrote to it"


def _folder_of(tmp_path: Path, length: int, name_length: int) -> Path:
    """A path of `length` bytes whose last part is `name_length` bytes, its parent made."""
    folder = tmp_path / "deep"
    while len(os.fsencode(folder)) < length - name_length - 150:
        folder = folder / ("ж" * 40)  # two bytes a letter
    folder = folder / ("f" * (length - name_length - len(os.fsencode(folder)) - 2))
    folder.mkdir(parents=True)
    path = folder / ("p" * name_length)
    assert len(os.fsencode(path)) == length
    return path


@pytest.mark.parametrize("name_length", [1, 2, 9, 40])
def test_a_project_folder_that_is_accepted_works_and_a_deeper_one_is_refused_first(tmp_path: Path, name_length: int) -> None:
    """SQLite opens no database at a path over 504 bytes (its companions' paths must fit in
    512). Round six made "unable to open database file" say why; round seven: `init` failed up to
    10 bytes under the limit (its temporary folder's name is longer), naming that folder, and a
    project whose `project.db` just fitted opened while its `termbase.db`, a byte longer, did not.
    A folder `create` or `open` accepts now holds every database of the project; a deeper one is
    refused before anything is made, naming its length and the limit."""
    from workbench.core.memory.store import MEMORY_FILE
    from workbench.core.project.store import DATABASE_FILE, LONGEST_DATABASE_NAME, MAX_FOLDER_PATH
    from workbench.core.team.local import TEAM_FILE
    from workbench.core.terminology import TERMBASE_FILE, open_project_termbase

    assert max(map(len, (DATABASE_FILE, MEMORY_FILE, TEAM_FILE, TERMBASE_FILE))) == len(LONGEST_DATABASE_NAME)
    deepest = _folder_of(tmp_path, MAX_FOLDER_PATH, name_length)
    with Project.create(deepest) as project, open_project_termbase(project) as termbase:
        assert len(termbase) == 0
    too_deep = _folder_of(tmp_path / "more", MAX_FOLDER_PATH + 1, name_length)
    with pytest.raises(ProjectError, match=f"is {MAX_FOLDER_PATH + 1} bytes long; SQLite opens .* at most {MAX_FOLDER_PATH} bytes"):
        Project.create(too_deep)
    assert list(too_deep.parent.iterdir()) == []
    deepest.rename(too_deep)
    with pytest.raises(ProjectError, match=f"is {MAX_FOLDER_PATH + 1} bytes long"):
        Project.open(too_deep)


@pytest.mark.parametrize("documents", [
    '[documents]\nname = "a"\n', 'documents = ["a"]\n', '[[documents]]\nname = 7\n',
    '[[documents]]\nname = "a"\nsource = 5\n', '[[documents]]\nsource = "sources/a.tsv"\n',
])
def test_documents_of_the_wrong_shape_are_named_in_one_line(tmp_path: Path, documents: str) -> None:
    """`[documents]` (a table, not `[[documents]]`) ended in Python's own words, "string indices
    must be integers, not 'str'"; a name of 7 or a source of 5 was taken (hardening, round 31)."""
    Project.create(tmp_path / "p", source_lang="en", target_lang="ru").close()
    toml = tmp_path / "p" / "project.toml"
    toml.write_text(toml.read_text("utf-8").replace("documents = []\n", "") + documents, "utf-8")
    with pytest.raises(ProjectError, match=r"malformed entry documents \(\[\[documents\]\] tables"):
        Project.open(tmp_path / "p")
