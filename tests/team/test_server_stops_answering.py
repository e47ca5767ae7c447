"""A team server that stops answering in the middle of a write (hung, or a network that drops
packets without a reset): every exchange ends after `ANSWER_TIMEOUT_S` with one line, the
server keeps nothing of the interrupted write, and the project is as it was.

The server is reached through a relay in this process that forwards both ways until told to go
silent; then it keeps the connection open and forwards nothing, as a hung server would.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner, Result
from team_helpers import make_team_project

from bench.pg_cluster import Cluster
from tests.hostile.project_state import fingerprint
from workbench.cli import main
from workbench.core.project import Project
from workbench.core.team import server
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import write_tmx


class Relay:
    """A TCP relay to the cluster that can be told to go silent mid-conversation."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.silent = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                if self.silent.is_set():
                    return  # keeps both ends open and forwards nothing more
                sink.sendall(data)
        except OSError:
            return

    def close(self) -> None:
        self.listener.close()
        for sock in self.sockets:
            sock.close()


@pytest.fixture
def relay(cluster: Cluster) -> Iterator[Relay]:
    running = Relay(cluster.port)
    yield running
    running.close()


def test_a_server_that_stops_answering_mid_import_ends_in_one_line(
    tmp_path: Path, team_url: str, pgpass: Path, relay: Relay, monkeypatch: pytest.MonkeyPatch, runner: CliRunner,
) -> None:
    monkeypatch.setattr(server, "ANSWER_TIMEOUT_S", 2.0)
    password = pgpass.read_text().strip().rsplit(":", 1)[1]
    pgpass.write_text(pgpass.read_text() + f"127.0.0.1:{relay.port}:*:workbench:{password}\n")
    path = make_team_project(tmp_path / "a", team_url, "anna")
    relayed = psycopg.conninfo.make_conninfo(team_url, port=str(relay.port))
    with Project.open(path) as project:
        project.save_config(replace(project.config, team={**project.config.team, "database": relayed}))
    tmx = tmp_path / "big.tmx"
    units = (TranslationUnit(f"Unit {i} of the memory.", f"Единица {i} памяти.", "en", "ru") for i in range(200_000))
    write_tmx(tmx, units, source_lang="en", target_lang="ru")
    assert runner.invoke(main, ["team", "status", str(path)]).exit_code == 0  # reachable through the relay
    before = fingerprint(path)
    timer = threading.Timer(0.5, relay.silent.set)  # mid-COPY: the import sends for several seconds
    timer.start()
    results: list[Result] = []
    importing = threading.Thread(
        target=lambda: results.append(runner.invoke(main, ["team", "import", str(path), str(tmx), "--name", "big"])),
        daemon=True,
    )
    importing.start()
    importing.join(timeout=60)  # the 2 s of silence and the clean-up; it used to wait forever
    timer.cancel()
    assert not importing.is_alive(), "team import still waits for a server that stopped answering"
    (result,) = results
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert "the team server went away during the import; nothing was imported" in result.stderr
    with psycopg.connect(team_url) as conn:
        assert conn.execute("select count(*) from memories where name = 'big'").fetchone() == (0,)
    assert {k: v for k, v in fingerprint(path).items() if not k.startswith("team.db")} == {
        k: v for k, v in before.items() if not k.startswith("team.db")
    }
