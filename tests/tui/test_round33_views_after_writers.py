"""The project's summary and the findings list while a real second process writes the project
(hardening, round 33).

Round 32 drove the editor against `import --update`, `undo` and `replace` from the command line;
the views beside it were not asserted. The project screen's summary counted the findings of the
last check from the index whole, so the findings of segments another program's new version (or
undo) removed were counted on until the next check: "warnings: 2" over a project without one.
It counts the findings of the segments there are now, as the findings list does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Static
from tui_helpers import SIZE, open_screen, settle, stored

from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.project_screen import ProjectScreen

ROOT = Path(__file__).resolve().parents[2]
UNDO = ("import sys; from workbench.core import editing; from workbench.core.project.store import Project;"
        "editing.undo(Project.open(sys.argv[1]), across_sessions=True)")


def run(*args: str) -> None:
    """A second process on the project, as another terminal would run it."""
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr


def write_lines(path: Path, numbers: range, unended: frozenset[int] = frozenset()) -> Path:
    """Pairs "Line {i}." / «Строка {i}.»; those in `unended` lose the target's full stop (a
    `punctuation-end` warning each)."""
    path.write_text("".join(f"Line {i}.\tСтрока {i}{'' if i in unended else '.'}\n" for i in numbers),
                    encoding="utf-8")
    return path


def summary(app: WorkbenchApp) -> str:
    return str(app.screen.query_one("#findings-text", Static).render())


@pytest.mark.parametrize("writer", ["update", "undo"])
async def test_the_findings_of_segments_another_program_removed_are_not_counted(tmp_path: Path, writer: str) -> None:
    project = tmp_path / "p"
    run("-m", "workbench", "init", str(project))
    run("-m", "workbench", "import", str(project), "--tsv", str(write_lines(tmp_path / "doc.tsv", range(3, 7))))
    if writer == "undo":  # a new version brings two unended pairs, which the undo takes away
        run("-m", "workbench", "import", str(project), "--tsv",
            str(write_lines(tmp_path / "doc.tsv", range(1, 7), frozenset({1, 2}))), "--update")
    else:
        run("-m", "workbench", "import", str(project), "--tsv",
            str(write_lines(tmp_path / "v0.tsv", range(1, 7), frozenset({1, 2}))), "--update", "doc")
    app = make_app(project)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)  # the project screen's check of a small project on opening
        assert isinstance(app.screen, ProjectScreen) and app.findings.complete
        assert "warnings: 2" in summary(app)
        listed = await open_screen(pilot, "f5", FindingsScreen)
        assert [f.segment for f in listed.findings] == [1, 2]
        if writer == "undo":
            run("-c", UNDO, str(project))
        else:
            run("-m", "workbench", "import", str(project), "--tsv", str(write_lines(tmp_path / "doc.tsv", range(3, 7))),
                "--update")
        await pilot.pause(1.5)  # the once-a-second watch
        await settle(pilot)
        assert len(stored(project)) == 4
        assert listed.findings == []
        await open_screen(pilot, "f2", ProjectScreen)
        assert "warnings: 0" in summary(app) and "punctuation" not in summary(app)
        assert "4" in str(app.screen.query_one("#progress-text", Static).render())
