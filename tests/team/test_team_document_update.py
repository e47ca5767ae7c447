"""`import --update` in a team project: the translations of removed segments reach the shared memory.

Kept in the project's own memory file only, a teammate's lookup never found a translation the
client's revision removed and a later one brought back. Against a real PostgreSQL server; offline,
the update is made all the same and its removed translations stay in the local memory, said so.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from team_helpers import SOURCE, clone_project, confirm_all, make_team_project

from bench.pg_cluster import Cluster
from workbench.cli import main
from workbench.core.memory import TranslationMemory
from workbench.core.project import Project
from workbench.core.team.session import TeamMemory

REMOVED = ("The party backed the clubs.", "Партия поддержала клубы.")
KEPT = "src (removed segments)"


def _revise(path: Path, tmp_path: Path, runner: CliRunner) -> dict[str, object]:
    revised = tmp_path / "src-v2.en.txt"
    revised.write_text(SOURCE.replace(f" {REMOVED[0]}", ""), encoding="utf-8")
    result = runner.invoke(main, ["import", str(path), "--source", str(revised), "--update", "src", "--json"])
    assert result.exit_code == 0, result.output
    report: dict[str, object] = json.loads(result.output)
    return report


def test_removed_translations_are_kept_in_the_shared_memory_a_teammate_reads(
    tmp_path: Path, team_url: str, runner: CliRunner
) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    confirm_all(anna)
    report = _revise(anna, tmp_path, runner)
    assert (report["removed"], report["kept_in_memory"]) == (1, 1) and "kept_locally" not in report
    boris = clone_project(anna, tmp_path / "boris", "boris")
    with Project.open(boris) as project, TeamMemory.for_project(project) as memory:
        kept = [info for info in memory.memories() if info.name == KEPT]
    assert [info.units for info in kept] == [1]
    with Project.open(anna) as project, TranslationMemory.for_project(project) as local:
        assert KEPT not in [info.name for info in local.memories()]


def test_offline_the_update_is_made_and_its_removed_translations_stay_local(
    tmp_path: Path, team_url: str, cluster: Cluster, runner: CliRunner
) -> None:
    anna = make_team_project(tmp_path / "anna", team_url.replace(f":{cluster.port}/", ":1/"), "anna")
    confirm_all(anna)
    report = _revise(anna, tmp_path, runner)
    assert (report["removed"], report["kept_in_memory"], report["kept_locally"]) == (1, 1, True)
    with Project.open(anna) as project, TranslationMemory.for_project(project) as local:
        assert [info.units for info in local.memories() if info.name == KEPT] == [1]
