"""A copy's `team.db` damaged, cut short, from a newer workbench, or holding what workbench never
writes in the take order's table (`units_seen`, session 31), met by `team sync` (hardening,
round 25). A real PostgreSQL server, two copies, the CLI.

Each is refused in one line (exit 2) with the project unchanged, or read as an order that
takes nothing over the copy's own edits.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from team_helpers import clone_project, confirm_all, make_team_project

from workbench.cli import main
from workbench.core import editing
from workbench.core.project import Project


def sync(path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["team", "sync", str(path)])
    return result.exit_code, result.output


def targets(path: Path) -> list[tuple[str, str]]:
    with Project.open(path) as project:
        return [(s.target, str(s.status)) for s in project.segments()]


@pytest.fixture
def copies(tmp_path: Path, team_url: str) -> tuple[Path, Path]:
    """anna's project, her confirmed segments on the server, and vera's synced copy."""
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    vera = clone_project(anna, tmp_path / "vera", "vera")
    confirm_all(anna)
    assert sync(anna)[0] == 0
    assert sync(vera)[0] == 0
    return anna, vera


def _refused_in_one_line(path: Path) -> str:
    before = targets(path)
    code, output = sync(path)
    assert code == 2, output
    assert "Traceback" not in output and len(output.strip().splitlines()) == 1, output
    assert targets(path) == before
    return output


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty-tables"])
def test_a_damaged_team_cache_is_refused_in_one_line(copies: tuple[Path, Path], damage: str) -> None:
    _, vera = copies
    cache = vera / "team.db"
    for suffix in ("-wal", "-shm"):
        Path(f"{cache}{suffix}").unlink(missing_ok=True)
    if damage == "garbage":
        cache.write_bytes(b"\x00\xff" * 20_000)
    elif damage == "truncated":
        cache.write_bytes(cache.read_bytes()[:3000])
    else:
        with sqlite3.connect(cache) as conn:
            conn.execute("drop table units_seen")
    said = _refused_in_one_line(vera)
    assert damage == "empty-tables" or "team.db" in said


def test_a_team_cache_from_a_newer_workbench_is_refused_in_one_line(copies: tuple[Path, Path]) -> None:
    _, vera = copies
    with sqlite3.connect(vera / "team.db") as conn:
        conn.execute("insert into _sqlite_migrations(migration_set, name, applied_at) "
                     "values ('workbench.team', 'm999_future', '2030-01-01')")
    code, output = sync(vera)
    assert code == 2 and "Traceback" not in output and len(output.strip().splitlines()) == 1, output


@pytest.mark.parametrize("row", [
    ("'7'", "'x'", "'y'", "'z'"),  # a segment id as text
    ("2", "x'00ff'", "x'00ff'", "x'00ff'"),  # marks as bytes
    ("3", "''", "''", "''"),
    ("9223372036854775807", "'a'", "'b'", "'c'"),  # no such segment
    ("-1", "'" + "m" * 100_000 + "'", "'s'", "'t'"),
])
def test_hostile_take_marks_take_nothing_over_the_copys_edits(copies: tuple[Path, Path], row: tuple[str, ...]) -> None:
    _, vera = copies
    with Project.open(vera) as project:
        editing.set_target(project, project.segments()[2].id, "Вера правит это.")
    with sqlite3.connect(vera / "team.db") as conn:
        conn.execute(f"insert or replace into units_seen values ({', '.join(row)})")
    code, output = sync(vera)
    assert code in (0, 1) and "Traceback" not in output, output  # 1: her edit held against anna's, said
    assert targets(vera)[2][0] == "Вера правит это."
