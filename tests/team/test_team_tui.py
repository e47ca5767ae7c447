"""The TUI in a team project: it says when it works offline and when the server is back."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import psycopg
from click.testing import CliRunner
from team_helpers import clone_project, make_team_project, wait_for

from bench.pg_cluster import Cluster
from termbase.model import Concept, Term
from termbase.store import Termbase
from workbench.cli import main
from workbench.core.terminology import TERMBASE_FILE
from workbench.tui.app import make_app

SIZE = (80, 24)


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def test_the_tui_says_it_works_offline_and_when_the_server_is_back(tmp_path: Path, team_url: str, cluster: Cluster) -> None:
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    app = make_app(path)
    told: list[str] = []
    notify = app.notify

    def noted(message: str, *args: Any, **kwargs: Any) -> None:
        # Every notification is kept: one that timed out before a loaded machine's next key was
        # gone from `app._notifications` (the test failed with the app right, session 44).
        told.append(str(message))
        notify(message, *args, **kwargs)

    app.notify = noted  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(app, pilot, "Team server connected")
        cluster.stop("fast")
        try:
            app.action_team_sync()
            await wait_for(app, pilot, "working offline")
            assert "working offline" in app.sub_title
            await pilot.press("f4")  # the translation editor, on the first segment
            await pilot.pause(0.5)
            await pilot.press("ctrl+s")  # confirmed while offline
            await wait_for(app, pilot, "1 change queued")
            assert any("working offline" in message for message in told)
        finally:
            cluster.start()
        app.action_team_sync()
        await wait_for(app, pilot, "Team server connected.")
        assert "queued" not in app.team_status
    with psycopg.connect(team_url) as conn:
        assert conn.execute("select count(*) from units").fetchone()[0] == 1


async def test_an_unreachable_server_at_start_is_shown_at_once(tmp_path: Path, team_url: str, cluster: Cluster) -> None:
    path = make_team_project(tmp_path / "anna", team_url.replace(f":{cluster.port}/", ":1/"), "anna")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(app, pilot, "Team server unreachable: working offline from the local cache.")


async def test_a_colleagues_new_concept_reaches_the_term_matcher(tmp_path: Path, team_url: str) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = clone_project(anna, tmp_path / "boris", "boris")
    app = make_app(anna)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(app, pilot, "Team server connected")
        await settle(pilot)
        before = app.enforcer
        with Termbase(boris / TERMBASE_FILE) as termbase:
            termbase.put(Concept("c9", terms=(Term("premises", "en"), Term("помещение", "ru"))))
        assert CliRunner().invoke(main, ["team", "sync", str(boris)]).exit_code == 0
        app.action_team_sync()
        for _ in range(100):
            await asyncio.sleep(0.1)
            await settle(pilot)
            if app.enforcer is not before and app.enforcer is not None:
                break
        assert app.enforcer is not None and app.enforcer is not before
    with Termbase(anna / TERMBASE_FILE) as termbase:
        assert termbase.get("c9") is not None


async def test_a_term_conflict_note_says_how_to_end_it(tmp_path: Path, team_url: str) -> None:
    """The editor shows no conflict itself, so its note names the commands that show and end one."""
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = clone_project(anna, tmp_path / "boris", "boris")
    for path, ru in ((anna, "рабочий клуб"), (boris, "рабочий клуб")):
        with Termbase(path / TERMBASE_FILE) as termbase:
            termbase.put(Concept("c1", terms=(Term("workers' club", "en"), Term(ru, "ru"))))
    assert CliRunner().invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    assert CliRunner().invoke(main, ["team", "sync", str(boris)]).exit_code == 0
    with Termbase(anna / TERMBASE_FILE) as termbase:
        termbase.put(Concept("c1", terms=(Term("workers' club", "en"), Term("клуб рабочих", "ru"))))
    assert CliRunner().invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    with Termbase(boris / TERMBASE_FILE) as termbase:
        termbase.put(Concept("c1", terms=(Term("workers' club", "en"), Term("рабочий клуб", "ru")), definition="mine"))
    app = make_app(boris)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(app, pilot, "1 term conflict to resolve")
        await settle(pilot)
        notes = [str(n.message) for n in app._notifications]
        assert any(f"workbench team resolve {boris} CONCEPT --keep mine|theirs" in note for note in notes), notes


def badge_text(app) -> str:  # type: ignore[no-untyped-def]
    """The top bar's word on the team server, as drawn (empty when the badge is hidden or squeezed out)."""
    from textual.widgets import Static

    badge = app.screen.query_one("#mode-bar-team", Static)
    return str(badge.content) if badge.display and badge.region.width >= len(str(badge.content)) else ""


async def test_the_top_bar_keeps_saying_offline_and_what_is_queued(tmp_path: Path, team_url: str, cluster: Cluster) -> None:
    """The app has no header: the team state (its subtitle) was shown only in an 8-second note, so a
    translator back at the screen could not tell she worked offline with changes queued (session 28)."""
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(app, pilot, "Team server connected")
        assert badge_text(app) == "team"
        cluster.stop("fast")
        try:
            app.action_team_sync()
            await wait_for(app, pilot, "working offline")
            await pilot.press("f4")  # a view made after the news shows it too
            await pilot.pause(0.5)
            await pilot.press("ctrl+s")
            await wait_for(app, pilot, "1 change queued")
            await pilot.pause()
            assert badge_text(app) == "offline: 1 queued"
            app.clear_notifications()  # the note goes; the bar still says it
            await pilot.pause()
            assert badge_text(app) == "offline: 1 queued"
            assert "1 change queued" in str(app.screen.query_one("#mode-bar-team").tooltip)
        finally:
            cluster.start()
        await pilot.click("#mode-bar-team")  # a click syncs now
        await wait_for(app, pilot, "Team server connected.")
        await pilot.pause()
        assert badge_text(app) == "team"
