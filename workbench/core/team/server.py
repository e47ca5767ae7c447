"""Team projects: which server a project shares its memory and termbase through, and reaching it.

A project becomes a team project with a `[team]` table in `project.toml`:

    [team]
    database = "postgresql://tm.example.org/agency"   # or a libpq service name: "agency"
    project = "workers-clubs"    # the shared project memory's name (default: the project name)
    member = "anna"              # who is named on changes (default: the login name)

The password is never in the file (it is shared with the project folder):
libpq finds it in `~/.pgpass` (or `PGPASSFILE`), a service file
(`~/.pg_service.conf`, `PGSERVICEFILE`) or `PGPASSWORD`. A `database` value
that holds a password is refused.

Two kinds of failure are told apart, because they call for different
behaviour: the server refused the login or the database is not ours
(`TeamLoginError`, `SchemaError`: the user must fix something, one line and
exit code 2) and the server cannot be reached (`TeamOffline`: the workbench
works from its local cache and queues writes until it is back).
"""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from termbase import safetext
from workbench.core.project import Project
from workbench.core.team import schema as team_schema
from workbench.errors import ProjectError, WorkbenchError
from workbench.wording import N_

CONNECT_TIMEOUT_S = 3
"""How long a connection attempt may take before the server counts as unreachable."""
STATEMENT_TIMEOUT_MS = 30_000
ANSWER_TIMEOUT_S = STATEMENT_TIMEOUT_MS / 1000 + 15
"""How long one exchange with a connected server may go unanswered: past the server's own
statement timeout, so only a server that stopped answering (hung, or a network that drops
packets without a reset) reaches it, never a slow query."""
_LOGIN_FAILURES = ("password authentication failed", "no password supplied", "authentication failed", "role \"", "does not exist")


# psycopg logs a failed clean-up after a lost connection (a COPY it could not end) as a
# warning; with no handler configured Python printed it on stderr as a second line beside
# the one error line. The error itself reaches the user through the session.
logging.getLogger("psycopg").addHandler(logging.NullHandler())


class TeamLoginError(WorkbenchError):
    """The server answered and refused: wrong password, unknown user or database."""


class TeamOffline(WorkbenchError):
    """The server cannot be reached now (down, network gone): work from the cache."""


@dataclass(frozen=True, slots=True)
class TeamSettings:
    """The `[team]` table of a project."""

    database: str
    """A libpq connection string: a `postgresql://` URL, `key=value` pairs, or `service=NAME`."""
    project: str
    """The name of the shared memory that holds this project's confirmed segments."""
    member: str
    """Who is named on the changes this workbench makes."""
    folder: str
    """The project folder's identity (`Project.folder_id`, not in `[team]`): the server keeps
    one unit per segment of each folder, so only copies of one folder share units."""

    @property
    def display(self) -> str:
        """The connection without anything secret, for status lines."""
        return describe(self.database)


def conninfo(value: str) -> str:
    """A libpq connection string from what `[team] database` or `team init` was given.

    A URL or `key=value` pairs are used as they are; a bare word is a service
    name from the libpq service file.
    """
    value = value.strip()
    if not value:
        raise ProjectError.worded(N_("[team] database is empty"))
    if value.startswith(("postgresql://", "postgres://")) or "=" in value:
        return value
    return f"service={value}"


def describe(value: str) -> str:
    """The connection as host/port/database/user, never a password."""
    try:
        parts = conninfo_to_dict(conninfo(value))
    except psycopg.ProgrammingError:
        return "(malformed connection string)"
    if "service" in parts and "host" not in parts:
        return f"service {parts['service']}"
    host = parts.get("host", "local socket")
    port = f":{parts['port']}" if "port" in parts else ""
    user = f"{parts['user']}@" if "user" in parts else ""
    return f"{user}{host}{port}/{parts.get('dbname', '')}"


def settings_for(project: Project) -> TeamSettings | None:
    """The project's team settings, or None for a project that works alone."""
    table: dict[str, Any] = project.config.team
    if not table:
        return None
    database = table.get("database")
    if not isinstance(database, str):
        raise ProjectError.worded(N_('{path}/project.toml: [team] needs database = "postgresql://..." or a service name'), path=project.path)
    dsn = conninfo(database)
    try:
        parts = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as exc:
        raise ProjectError.worded(N_("{path}/project.toml: [team] database is malformed ({reason})"), path=project.path, reason=_first_line(exc)) from None
    if parts.get("password"):
        raise ProjectError.worded(N_("{path}/project.toml: [team] database holds a password; remove it and use ~/.pgpass (PGPASSFILE), a service file or PGPASSWORD"), path=project.path)
    return TeamSettings(
        database=dsn,
        project=_name(project, table, "project") or project.config.name,
        member=_name(project, table, "member") or getpass.getuser(),
        folder=project.folder_id,
    )


def _name(project: Project, table: dict[str, Any], key: str) -> str:
    """`[team] project` or `member` as the project gives it ("" when not given), which must be text.

    Both were taken through `str()`: in a received `project.toml`, `project = ["a", "b"]` named the
    shared memory "['a', 'b']", `member = {x = 1}` signed every change "{'x': 1}", and a NUL in
    either reached the server, which cannot store one (hardening, round fifteen). The member's name
    is shown to every member of the team, so terminal control is refused too.
    """
    value = table.get(key, "")
    if not isinstance(value, str) or safetext.has_control(value):
        raise ProjectError.worded(N_("{path}/project.toml: [team] {key} must be text without control characters, not {value}"),
                                  path=project.path, key=key, value=repr(value)[:60])
    return value.strip()


class _AnsweringConnection(psycopg.Connection[Any]):
    """A connection whose every exchange ends: libpq and psycopg wait for a connected server's
    answer forever, and a server that stopped answering mid-write hung `team import` and
    `team sync` (over 90 s, until killed). Past `ANSWER_TIMEOUT_S` the connection is closed
    (the server rolls back what it had of the transaction) and the exchange fails as a lost
    connection, which the session treats as the server going offline."""

    def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
        try:
            return super().wait(gen, interval=interval, timeout=ANSWER_TIMEOUT_S if timeout is None else timeout)
        except psycopg.errors._WaitTimeout:  # psycopg's own name for it, raised by `wait` alone
            self.pgconn.finish()
            raise psycopg.OperationalError(f"the server did not answer for {ANSWER_TIMEOUT_S:.0f} s") from None


def connect(database: str, *, timeout_s: int = CONNECT_TIMEOUT_S) -> psycopg.Connection:
    """An autocommit connection to the team server (transactions are explicit).

    Raises `TeamLoginError` when the server refuses the login and
    `TeamOffline` when it cannot be reached.
    """
    try:
        conn = _AnsweringConnection.connect(
            conninfo(database),
            autocommit=True,
            connect_timeout=timeout_s,
            application_name="workbench",
            options=f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
        )
    except psycopg.OperationalError as exc:
        raise classify(exc, database) from None
    except psycopg.ProgrammingError as exc:  # a malformed connection string
        raise TeamLoginError.worded(N_("team server {database}: {reason}"), database=describe(database), reason=_first_line(exc)) from None
    return conn


def classify(exc: psycopg.OperationalError, database: str) -> WorkbenchError:
    """A refused login (the user's to fix) or an unreachable server (work offline)."""
    text = _first_line(exc)
    lowered = str(exc).lower()
    if "no password supplied" in lowered:
        # libpq's own words name no file: a typo in the database or user name of a URL finds no
        # ~/.pgpass line, and "refused the login" sent people to check a password that was right
        return TeamLoginError.worded(
            N_("team server {database} wants a password and none was found for this host, port, database and user: "
               "check the URL's names, or add a line to ~/.pgpass (host:port:database:user:password, mode 600; "
               "PGPASSFILE names another file), a service file or PGPASSWORD"),
            database=describe(database))
    if any(marker in lowered for marker in _LOGIN_FAILURES) and "could not connect" not in lowered:
        return TeamLoginError.worded(N_("team server {database} refused the login: {text}"), database=describe(database), text=text)
    return TeamOffline.worded(N_("team server {database} is unreachable: {text}"), database=describe(database), text=text)


def cancelled(exc: psycopg.errors.QueryCanceled) -> WorkbenchError:
    """What to tell of a statement the server cancelled: the connection is alive, so saying "the
    server went away" or "unreachable" (as a lost connection) sent people to check a network that
    was fine. The server ends a statement past `STATEMENT_TIMEOUT_MS`; an administrator may also
    cancel one (the same SQLSTATE, told apart by the server's words)."""
    text = _first_line(exc)
    if "statement timeout" in str(exc).lower():
        return WorkbenchError.worded(
            N_("the team server cancelled a statement that took longer than {seconds} s, and undid it; nothing half-done "
               "is kept: try again when the server is less busy, and if it keeps happening ask its administrator "
               "what holds it up (a long lock, an overloaded server)"),
            seconds=STATEMENT_TIMEOUT_MS // 1000,
        )
    return WorkbenchError.worded(N_("the team server cancelled a statement ({text}) and undid it: try again"), text=text)


def _first_line(exc: BaseException) -> str:
    """The useful line of a libpq message (it repeats the address before `FATAL:`)."""
    text = str(exc).strip()
    if "FATAL:" in text:
        text = text.split("FATAL:", 1)[1]
    return " ".join((text.splitlines() or [""])[0].split())


def init_server(database: str) -> list[str]:
    """Create or migrate the workbench schema in the database; returns the migrations applied."""
    with connect(database, timeout_s=10) as conn:
        encoding = conn.execute("show server_encoding").fetchone()
        if not encoding or encoding[0].upper() not in ("UTF8", "UTF-8"):
            raise team_schema.SchemaError.worded(N_("the team database must be UTF8, not {encoding}"), encoding=encoding[0] if encoding else '?')
        try:
            return team_schema.migrate(conn)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise team_schema.SchemaError.worded(N_("cannot create the workbench schema: {reason} (pg_trgm needs a role that may create extensions)"), reason=_first_line(exc)) from None
