"""The TUI's team connection attacked (hardening, round 26): the server silent mid-sync, the team
login's password changed under a running app, a hostile member writing straight into the server."""

from __future__ import annotations

import asyncio
import html
import re
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from team_helpers import make_team_project, wait_for
from test_server_stops_answering import Relay

from bench.pg_cluster import PASSWORD, Cluster
from workbench.core.memory import source_key
from workbench.core.project import Project
from workbench.core.team import server
from workbench.tui.app import make_app

SIZE = (80, 24)


@pytest.fixture
def relay(cluster: Cluster) -> Relay:
    running = Relay(cluster.port)
    yield running  # type: ignore[misc]
    running.close()


def relayed_project(tmp_path: Path, team_url: str, pgpass: Path, relay: Relay) -> Path:
    pgpass.write_text(pgpass.read_text() + f"127.0.0.1:{relay.port}:*:workbench:{PASSWORD}\n")
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    with Project.open(path) as project:
        url = psycopg.conninfo.make_conninfo(team_url, port=str(relay.port))
        project.save_config(replace(project.config, team={**project.config.team, "database": url}))
    return path


async def test_a_server_silent_mid_sync_leaves_the_app_working_offline(
    tmp_path: Path, team_url: str, pgpass: Path, relay: Relay, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(server, "ANSWER_TIMEOUT_S", 2.0)
    path = relayed_project(tmp_path, team_url, pgpass, relay)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(app, pilot, "Team server connected")
        relay.silent.set()
        app.action_team_sync()
        await pilot.press("f4")  # the editor opens while the sync waits on a server gone quiet
        await pilot.pause(0.5)
        await pilot.press("ctrl+s")
        await wait_for(app, pilot, "working offline", seconds=40)
        await wait_for(app, pilot, "1 change queued", seconds=20)
        assert not any("Traceback" in str(n.message) for n in app._notifications)


async def test_a_password_changed_under_a_running_app_is_said_in_one_line(
    tmp_path: Path, team_url: str, cluster: Cluster, pgpass: Path, relay: Relay,
) -> None:
    path = relayed_project(tmp_path, team_url, pgpass, relay)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(app, pilot, "Team server connected")
        with psycopg.connect(cluster.url("postgres"), autocommit=True) as admin:
            admin.execute("alter role workbench password 'changed-by-the-admin'")
        try:
            for sock in relay.sockets:  # the app's open connection is dropped: it must log in again
                sock.close()
            app.action_team_sync()
            await wait_for(app, pilot, "working offline", seconds=40)
            messages = [str(n.message) for n in app._notifications]
            assert not any("Traceback" in message for message in messages), messages
            assert all(message.count("\n") <= 2 for message in messages), messages
            assert not any(PASSWORD in message or "changed-by-the-admin" in message for message in messages)
        finally:
            with psycopg.connect(cluster.url("postgres", password="changed-by-the-admin"), autocommit=True) as admin:
                admin.execute(f"alter role workbench password '{PASSWORD}'")
        relay.sockets.clear()
        app.action_team_sync()
        await wait_for(app, pilot, "Team server connected.", seconds=40)


async def test_a_hostile_members_unit_reaches_the_memory_panel_as_text(tmp_path: Path, team_url: str) -> None:
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    source = "The workers' club opened in 1923."
    hostile = "[bold red]клуб[/] \x1b[2J\x1b]52;c;SGk=\x07 \u202eклуб [link=https://x.example]здесь[/link]"
    with psycopg.connect(team_url, autocommit=True) as conn:  # a member with the team login, through psql
        (memory,) = conn.execute(
            "insert into memories (name, kind, source_lang, target_lang) values ('hostile', 'tmx', 'en', 'ru') "
            "returning id").fetchone()
        conn.execute("insert into units (memory_id, source, target, source_key) values (%s, %s, %s, %s)",
                     (memory, source, hostile, source_key(source)))
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(app, pilot, "Team server connected")
        await pilot.press("f4")  # the editor on the first segment: its memory panel asks the server
        await pilot.pause(0.5)
        app.screen._show_panel("memory-tab")
        shown = ""
        for _ in range(100):
            await asyncio.sleep(0.1)
            await pilot.pause()
            shown = html.unescape(re.sub(r"<[^>]+>", "", app.export_screenshot())).replace("\xa0", " ")
            if "[bold red]" in shown:
                break
        assert "[bold red]" in shown, shown  # the markup as the text it is
        assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
