"""A statement the team server cancels for its timeout is told as such, not as a server gone away.

The server ends any statement after `server.STATEMENT_TIMEOUT_MS`; psycopg raises that as a
`QueryCanceled`, an `OperationalError` like a lost connection, and the session said "the team
server went away" (an import) or "unreachable" (a sync) of a server that was there all along.
Here a real server's statement waits on a lock another connection holds until the timeout
(shortened to one second) ends it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from team_helpers import confirm_all, make_team_project, wait_for

from workbench.cli import main
from workbench.core.team import server
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import write_tmx
from workbench.tui.app import make_app

CANCELLED = "the team server cancelled a statement that took longer than 1 s"


@contextmanager
def table_locked(url: str, table: str) -> Iterator[None]:
    """Another session holds `table` so that no statement of ours may touch it."""
    with psycopg.connect(url) as conn:
        conn.execute(f"lock table {table} in access exclusive mode")
        yield
        conn.rollback()


@pytest.fixture
def short_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "STATEMENT_TIMEOUT_MS", 1000)


def test_an_import_past_the_statement_timeout_says_so(tmp_path: Path, team_url: str, runner: CliRunner, short_timeout: None) -> None:
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    tmx = tmp_path / "agency.tmx"
    write_tmx(tmx, [TranslationUnit("The trade union paid the rent.", "Профсоюз платил аренду.", "en", "ru")], source_lang="en", target_lang="ru")
    with table_locked(team_url, "memories"):
        result = runner.invoke(main, ["team", "import", str(path), str(tmx)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"workbench: error: {CANCELLED}"), lines
    assert "went away" not in result.stderr and "Traceback" not in result.output
    again = runner.invoke(main, ["team", "import", str(path), str(tmx)])  # nothing half-done: it goes in now
    assert again.exit_code == 0, again.output


def test_a_sync_past_the_statement_timeout_keeps_the_writes_and_says_why(
    tmp_path: Path, team_url: str, runner: CliRunner, short_timeout: None
) -> None:
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    confirm_all(path)
    with table_locked(team_url, "applied_ops"):
        result = runner.invoke(main, ["team", "sync", str(path)])
    assert result.exit_code == 1, result.output
    assert CANCELLED in result.output and "unreachable" not in result.output, result.output
    assert "6 writes queued" in result.output
    assert runner.invoke(main, ["team", "sync", str(path)]).exit_code == 0



async def test_the_tui_says_the_server_is_too_busy_not_unreachable(tmp_path: Path, team_url: str, short_timeout: None) -> None:
    """The subtitle said "unreachable" of a server that had cancelled a slow write (the detail
    line was right), and a translator went to check a network that was fine."""
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    confirm_all(path)
    app = make_app(path)
    with psycopg.connect(team_url) as other:
        other.execute("lock table applied_ops in access exclusive mode")
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for(app, pilot, "Team server too busy")
            assert "unreachable" not in app.sub_title and "changes queued" in app.sub_title, app.sub_title
            other.rollback()
            app.action_team_sync()
            await wait_for(app, pilot, "Team server connected.")
            assert "queued" not in app.team_status


def test_a_status_past_the_statement_timeout_says_the_server_is_busy(
    tmp_path: Path, team_url: str, runner: CliRunner, short_timeout: None
) -> None:
    """`team status` printed the server's own words ("canceling statement due to statement timeout")
    and exited 2, as for a command misused (hardening, round eighteen): it says what `sync` says now,
    and exits 1 as for a server it cannot reach."""
    path = make_team_project(tmp_path / "anna", team_url, "anna")
    with table_locked(team_url, "units"):
        table = runner.invoke(main, ["team", "status", str(path)])
        as_json = runner.invoke(main, ["team", "status", str(path), "--format", "json"])
    assert table.exit_code == 1, table.output
    assert "(too busy)" in table.stdout and CANCELLED in table.stdout and not table.stderr, table.output
    assert as_json.exit_code == 1, as_json.output
    status = json.loads(as_json.stdout)
    assert status["busy"] is True and status["online"] is False and status["server"] is None
    assert status["detail"].startswith(CANCELLED)
    assert runner.invoke(main, ["team", "status", str(path)]).exit_code == 0  # the lock gone, it is answered
