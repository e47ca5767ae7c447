"""A real PostgreSQL server for the team tests, started here and removed afterwards.

One throw-away cluster per test session (`bench.pg_cluster`: Debian's
server binaries, a loopback port, password logins); each test gets a fresh
database in it, initialised by `workbench team init`. The password reaches
libpq through a `PGPASSFILE`, never through `project.toml`. Without server
binaries the tests are skipped with the reason (`.ci/run` installs them).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.pg_cluster import PASSWORD, Cluster, find_binaries, running_cluster
from workbench.core.team.server import init_server

_numbers = itertools.count(1)

@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    if find_binaries() is None:
        pytest.skip("no PostgreSQL server binaries on this machine (apt-get install postgresql; .ci/run does)")
    with running_cluster() as running:
        yield running


@pytest.fixture
def pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cluster: Cluster) -> Path:
    """A libpq password file holding the right password, as `PGPASSFILE`."""
    path = tmp_path / "pgpass"
    path.write_text(f"127.0.0.1:{cluster.port}:*:workbench:{PASSWORD}\n")
    path.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return path


@pytest.fixture
def team_url(cluster: Cluster, pgpass: Path) -> str:
    """A fresh, initialised team database; its URL holds no password."""
    name = f"team_{next(_numbers)}"
    cluster.create_database(name)
    url = cluster.url(name, password=None)
    init_server(url)
    return url
