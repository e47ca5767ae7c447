"""The project screen's summary after another program's `replace` (hardening, round 34).

Round 33 left it: with the editor's check done, a `workbench replace` in another terminal that
put the missing full stops back left the project screen saying "warnings: 2" (the findings of
the old texts) until the findings list was opened or a check ran. After the reload the app
checks again the few segments another program changed; past `RECHECK_HERE` the summary leaves
their old findings out and says how many it left out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Static
from tui_helpers import SIZE, settle

from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.findings import RECHECK_HERE
from workbench.tui.screens.project_screen import ProjectScreen

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> None:
    """A second process on the project, as another terminal would run it."""
    done = subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr


def summary(app: WorkbenchApp) -> str:
    return str(app.screen.query_one("#findings-text", Static).render())


@pytest.mark.parametrize("unended", [2, RECHECK_HERE + 10])
async def test_the_summary_counts_the_texts_another_programs_replace_made(tmp_path: Path, unended: int) -> None:
    project, pairs = tmp_path / "p", tmp_path / "doc.tsv"
    # pairs 1..unended lose the target's full stop: a `punctuation-end` warning each
    pairs.write_text("".join(f"Line {i}.\tСтрока {i}{'' if i <= unended else '.'}\n" for i in range(1, unended + 3)),
                     encoding="utf-8")
    run("init", str(project))
    run("import", str(project), "--tsv", str(pairs))
    app = make_app(project)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)  # the project screen's check of a small project on opening
        assert isinstance(app.screen, ProjectScreen) and app.findings.complete
        assert f"warnings: {unended}" in summary(app)
        run("replace", str(project), r"^(Строка \d+)$", r"\1.", "--regex")
        await pilot.pause(1.5)  # the once-a-second watch
        await settle(pilot)
        await pilot.pause(0.5)
        await settle(pilot)
        shown = summary(app)
        assert "warnings: 0" in shown and "punctuation" not in shown
        if unended > RECHECK_HERE:  # left to the findings list's full run, and said
            assert f"{unended} segments changed since the check are not counted" in shown
        else:  # checked again at once
            assert "changed since the check" not in shown
