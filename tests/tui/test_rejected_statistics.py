"""The statistics count the segments a reviewer sent back (session 30's leftover).

A rejection is a verdict beside the status, so a rejected segment was counted under its status
and nowhere else: the statistics (the TUI's and `workbench stats`) had no line for the work a
reviewer sent back, though `workbench status` had one. They now add "of which rejected" under
the statuses (the segments already counted there), and `rejected` in JSON and CSV.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from test_stats_review_spelling import palette, rendered
from textual.widgets import Static
from tui_helpers import settle

from workbench.cli import main
from workbench.core.project import Project, reject
from workbench.tui.app import make_app
from workbench.tui.screens.stats_modal import StatsModal


def rejected_one(path: Path) -> dict[str, Any]:
    """Every segment confirmed, then segment 2 sent back; returns the statistics' JSON."""
    result = CliRunner().invoke(main, ["mark-translated", str(path)])
    assert result.exit_code == 0, result.output
    with Project.open(path) as project:
        segment = project.segments()[1]
        reject(project, segment.id, "Say why they were closed.", by="vera")
    return json.loads(CliRunner().invoke(main, ["stats", str(path), "--no-analysis", "--format", "json"]).output)  # type: ignore[no-any-return]


def test_stats_says_how_many_were_rejected(project_path: Path) -> None:
    runner = CliRunner()
    before = json.loads(runner.invoke(main, ["stats", str(project_path), "--no-analysis", "--format", "json"]).output)
    assert before["rejected"]["segments"] == 0
    assert "rejected" not in runner.invoke(main, ["stats", str(project_path), "--no-analysis"]).output
    counts = rejected_one(project_path)
    assert counts["rejected"]["segments"] == 1 and counts["rejected"]["words"] > 0
    assert counts["total"]["segments"] == before["total"]["segments"]  # counted under its status, not beside
    table = runner.invoke(main, ["stats", str(project_path), "--no-analysis"]).output
    line = next(line for line in table.splitlines() if "of which rejected" in line)
    assert f" {counts['rejected']['words']} " in line
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["stats", str(project_path), "--no-analysis", "--format", "csv"]).output)))
    assert [(r["scope"], r["segments"]) for r in rows if r["group"] == "rejected"] == [("verdict", "1")]


async def test_the_statistics_view_says_how_many_were_rejected(project_path: Path) -> None:
    counts = rejected_one(project_path)
    app = make_app(project_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await palette(pilot, "project: statistics")
        assert isinstance(app.screen, StatsModal)
        for _ in range(50):
            shown = rendered(app.screen.query_one("#stats-counts", Static).content)
            if "total" in shown:
                break
            await pilot.pause(0.1)
        line = next(line for line in shown.splitlines() if "of which rejected" in line)
        assert f" {counts['rejected']['words']} " in line and " 1 " in line


async def test_alt_x_rejects_the_segment_and_the_help_says_so(project_path: Path) -> None:
    """"segment: reject" had no key (palette only): alt+x, beside alt+c (comment) and alt+k
    (resolve), with x for the ✗ it leaves; the help (F1) and the palette show it."""
    from textual.widgets import Input
    from tui_helpers import open_editor

    from workbench.core.project import rejected_segments
    from workbench.tui.screens.help_screen import HelpScreen

    CliRunner().invoke(main, ["mark-translated", str(project_path)])
    app = make_app(project_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_editor(pilot, 2)
        await pilot.press("alt+x")
        await settle(pilot)
        assert "Reject segment 2" in str(app.screen.query_one(".form-title", Static).render())
        await pilot.press(*"Say why they were closed.", "enter")
        await settle(pilot)
        assert not isinstance(app.screen.focused, Input)
        await pilot.press("enter", "ctrl+down")  # into the target and on: alt+x there too
        await settle(pilot)
        assert screen.editor.has_focus
        await pilot.press("alt+x")
        await settle(pilot)
        assert "Reject segment 3" in str(app.screen.query_one(".form-title", Static).render())
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        helped = "\n".join(rendered(s.content) for s in app.screen.query(".help-group").results(Static))
        line = next(line for line in helped.splitlines() if "segment: reject" in line)
        assert "alt+x" in line
    with Project.open(project_path) as project:
        assert [s.id for s in project.segments()].index(next(iter(rejected_segments(project)))) == 1
        assert len(rejected_segments(project)) == 1
