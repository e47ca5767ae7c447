"""A project whose files a newer workbench migrated (hardening, round 38).

`project.db` and `termbase.db` with a migration this program does not know were refused; a
`memory.db` was opened, its pending migrations checked against the known ones only, and written
into by an import and a lookup as if it were this version's (a newer schema's memory may hold
columns or rules this program would break). Each must be refused in one line, exit 2, the file
byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

NEWER = "m999_from_the_future"


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("The club opened.\tКлуб открылся.\nThe club closed.\tКлуб закрылся.\n", "utf-8")
    folder = tmp_path / "p"
    for argv in (["init", str(folder)], ["import", str(folder), "--tsv", str(pairs)],
                 ["term", "add", str(folder), "--source", "club", "--target", "клуб"],
                 ["mark-translated", str(folder)], ["memory", "lookup", str(folder), "The club."]):
        assert CliRunner().invoke(main, argv).exit_code == 0, argv
    assert (folder / "memory.db").is_file() and (folder / "termbase.db").is_file()
    return folder


@pytest.mark.parametrize(("database", "migration_set", "said"), [
    ("memory.db", "workbench.memory", "{path} was made by a newer workbench (schema m999_from_the_future); upgrade workbench"),
    ("termbase.db", "termbase", "{path} was made by a newer termbase version"),
])
@pytest.mark.parametrize("argv", [
    ["memory", "list", "{folder}"],
    ["memory", "lookup", "{folder}", "The club opened."],
    ["import", "{folder}", "--tsv", "{pairs}"],
    ["check", "{folder}"],
])
def test_a_database_a_newer_version_migrated_is_refused_and_left_as_it_was(
        project: Path, database: str, migration_set: str, said: str, argv: list[str]) -> None:
    path = project / database
    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values (?, ?, '2030-01-01')",
                 (migration_set, NEWER))
    conn.commit()
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    before = _digests(project)[database]
    words = [word.format(folder=project, pairs=project.parent / "pairs.tsv") for word in argv]
    result = CliRunner().invoke(main, words)
    needs_it = argv[0] == "memory" if database == "memory.db" else argv[:2] != ["memory", "list"] and argv[0] != "import"
    if needs_it:
        assert (result.exit_code, result.output) == (2, f"workbench: error: {said.format(path=path)}\n")
    else:  # a command that never reads the file runs; it must not touch it
        assert result.exit_code == 0, result.output
    assert _digests(project)[database] == before
