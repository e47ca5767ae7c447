"""The reviewer's word and a held segment conflict in the TUI of a team project (usersweep16).

vera's rejection, taken by the TUI's own sync, marks anna's row (`✗`), says who sent it back
on the segment's line and is what the "rejected" filter keeps; a teammate's translation held
against a segment marks its row (`≠`) and opens beside hers with who wrote it, `t` keeping
theirs as an edit ctrl+z undoes; the top bar leaves the project's name room at 80 columns.
A real PostgreSQL server, Pilot at 80x24 and 120x40.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from click.testing import CliRunner
from team_helpers import clone_project, make_team_project, wait_for

from bench.pg_cluster import Cluster
from workbench.cli import main
from workbench.core import editing
from workbench.core.project import Project
from workbench.tui.app import make_app
from workbench.tui.widgets.segment_grid import FLAG_MARK

THEIRS = "Рабочий клуб открыли в 1923 году."
MINE = "Клуб рабочих открылся в 1923 году."


async def until(pilot, done, seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds * 10)):
        if done():
            return
        await asyncio.sleep(0.1)
        await pilot.pause()
    raise AssertionError("never happened")


def marks(app, row: int) -> str:  # type: ignore[no-untyped-def]
    """The grid row's marks: what is drawn before its source text (number, lock, status, finding)."""
    grid = app.screen.grid
    return "".join(segment.text for segment in grid.render_row(row, 78, False))[:7]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_rejection_taken_by_the_tuis_sync_marks_the_row_and_filters(tmp_path: Path, team_url: str, size: tuple[int, int]) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    vera = clone_project(anna, tmp_path / "vera", "vera")
    runner = CliRunner()
    app = make_app(anna)
    async with app.run_test(size=size) as pilot:
        await wait_for(app, pilot, "Team server connected")
        await pilot.press("f4")
        await until(pilot, lambda: app.store.loaded)
        assert FLAG_MARK["rejected"] not in marks(app, 1)
        assert runner.invoke(main, ["reject", str(vera), "2", "The year is wrong."]).exit_code == 0
        assert runner.invoke(main, ["team", "sync", str(vera)]).exit_code == 0
        app.action_team_sync()
        await until(pilot, lambda: any(v.rejected for v in app.verdicts.values()))
        await pilot.pause()
        screen = app.screen
        assert FLAG_MARK["rejected"] in marks(app, 1) and "✓" not in marks(app, 1)  # in place of the status mark
        assert FLAG_MARK["rejected"] not in marks(app, 0)
        screen.grid.move_to(1)
        await pilot.pause()
        assert "rejected by vera" in str(screen.query_one("#segment-info").render())
        assert "1 open comment" in str(screen.query_one("#segment-info").render())
        await app.run_action("screen.show_rejected")  # also in the palette: "segments: show the rejected"
        await pilot.pause()
        assert len(screen.grid.segments if screen._rows is None else screen._rows) == 1
        assert screen.filter.rejected and "rejected" in screen.filter.describe()
        # anna fixes and confirms it: the mark goes at once, before any sync
        await app.run_action("screen.clear_filter")
        screen.grid.move_to(1)
        await pilot.pause()
        screen.editor.text = "Клубы закрыли в 1930 году."
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not app.verdicts)
        assert FLAG_MARK["rejected"] not in marks(app, 1)


async def test_a_held_conflict_is_marked_and_resolved_in_the_editor(tmp_path: Path, team_url: str) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = clone_project(anna, tmp_path / "boris", "boris")
    runner = CliRunner()
    with Project.open(anna) as project:
        first = project.segments()[0].id
        editing.set_target(project, first, THEIRS)
        editing.confirm(project, first)
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    with Project.open(boris) as project:
        editing.set_target(project, first, MINE)
        editing.confirm(project, first)
    app = make_app(boris)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(app, pilot, "1 segment conflict to resolve")
        await pilot.press("f4")
        await until(pilot, lambda: app.store.loaded)
        await pilot.pause()
        screen = app.screen
        assert FLAG_MARK["conflict"] in marks(app, 0)
        screen.grid.move_to(0)  # the editor opens on the first segment not confirmed
        await pilot.pause()
        assert "held against it" in str(screen.query_one("#segment-info").render())
        await app.run_action("screen.resolve_team_conflict")
        await until(pilot, lambda: type(app.screen).__name__ == "SegmentConflictModal")
        modal = app.screen
        shown = " ".join(str(s.render()) for s in modal.query("Static"))
        assert MINE in shown and THEIRS in shown and "anna" in shown and "boris" in shown
        await pilot.press("t")
        await until(pilot, lambda: screen.editor.text == THEIRS and app.team_word is not None and "conflict" not in app.team_word.label)
        await until(pilot, lambda: FLAG_MARK["conflict"] not in marks(app, 0))
        await pilot.press("ctrl+z")  # keeping theirs is an edit like any: undone
        await until(pilot, lambda: screen.editor.text == MINE)


async def test_the_top_bar_keeps_the_projects_name_at_80_columns(tmp_path: Path, team_url: str, cluster: Cluster) -> None:
    """With "offline: 3 queued" the name of the project got two cells; the other views' tabs
    now show their key alone when the name would get fewer than twelve."""
    path = make_team_project(tmp_path / "anna", team_url.replace(f":{cluster.port}/", ":1/"), "anna", project_name="workers-clubs-1923")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(app, pilot, "working offline")
        await pilot.press("f4")
        await pilot.pause(0.5)
        await pilot.press("ctrl+s")
        await wait_for(app, pilot, "1 change queued")
        await pilot.pause()
        title = app.screen.query_one("#mode-bar-title")
        badge = app.screen.query_one("#mode-bar-team")
        assert title.region.width >= 12, title.region
        assert str(badge.render()) == "offline: 1 queued"
        tabs = [str(tab.render()) for tab in app.screen.query("ModeTab")]
        assert tabs == ["F2", "F3", "F4 Translate", "F5", "F6"]
    wide = make_app(path)
    async with wide.run_test(size=(120, 40)) as pilot:
        await wait_for(wide, pilot, "working offline")
        await pilot.pause()
        assert [str(tab.render()) for tab in wide.screen.query("ModeTab")][0] == "F2 Project"
