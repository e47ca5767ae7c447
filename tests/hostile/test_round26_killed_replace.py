"""`replace` killed (SIGKILL) while it writes, and while its preview is planned (hardening, round 26).

The replacement is one transaction with its undo step: killed after the targets are updated and
before the commit, the project holds what it held, and the next replace and its undo work. The
preview (`plan_replace`, which the TUI's preview thread runs too) reads only: killed there, nothing
changed either.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.hostile.project_state import database_digest
from tests.hostile.test_killed_writers import _aligned_project, killed_inside
from workbench.cli import main
from workbench.core import editing
from workbench.core.project import Project


def test_replace_killed_before_its_commit_changes_nothing(tmp_path: Path) -> None:
    project = _aligned_project(tmp_path, 300)
    before = database_digest(project / "project.db")
    killed_inside("workbench.core.editing.edits:_revisions", 2, "replace", str(project), "Предложение", "Фраза")
    assert database_digest(project / "project.db") == before
    runner = CliRunner()
    done = runner.invoke(main, ["replace", str(project), "Предложение", "Фраза"])
    assert done.exit_code == 0, done.output
    with Project.open(project) as opened:
        assert all(segment.target.startswith("Фраза") for segment in opened.segments())
    with Project.open(project) as opened:
        assert editing.undo(opened, across_sessions=True) is not None  # the TUI's edit: undo
        assert all(segment.target.startswith("Предложение") for segment in opened.segments())


def test_replace_killed_while_its_preview_is_planned_changes_nothing(tmp_path: Path) -> None:
    project = _aligned_project(tmp_path, 300)
    before = database_digest(project / "project.db")
    killed_inside("workbench.core.editing.replace:plan_in", 1, "replace", str(project), "Предложение", "Фраза")
    assert database_digest(project / "project.db") == before
