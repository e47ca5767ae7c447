"""What a team project keeps on this machine about the server: `team.db` beside `project.db`.

* `outbox`: writes waiting for the server, in the order they were made. Each
  has an operation id the server records when it applies it, so a write sent
  twice (the connection broke before the acknowledgement) counts once. A row
  leaves the outbox only after the server committed it.
* `pushed`: for each segment, the state last queued for the server, so a
  sync queues only what changed since, whichever face (TUI, CLI) changed it.
* `concept_base`: each shared concept as the server last had it, with its
  version: the base of local edits. A local concept that differs from its
  base was edited here; a server version above the base was edited there.
* `conflicts`: edits the server refused because someone else changed the
  concept first, with both versions, until the translator resolves them.
* `segment_conflicts`: confirmed segments the server refused because a
  teammate had confirmed another translation of the segment there, with
  both texts and who wrote theirs, until the translator resolves them.

SQLite in WAL mode like the other project files; schema through migrations.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from termbase.migration_set import MigrationSet
from termbase.transactions import write_transaction
from termbase.wal_pair import ForeignLog, count_opening, release_opening
from workbench.core.project import (
    READ_ERRORS,
    refuse_foreign_triggers,
    refused_opening,
    unreadable_value,
    utc_now,
)
from workbench.errors import ProjectError
from workbench.wording import N_

TEAM_FILE = "team.db"
BUSY_TIMEOUT_MS = 10_000

migrations = MigrationSet("workbench.team")


@migrations(name="m001_team_local")
def _m001_team_local(db: Database) -> None:
    db.execute(
        "create table outbox(seq integer primary key autoincrement, op_id text not null unique, "
        "kind text not null, key text not null, payload text not null, created text not null)"
    )
    db.execute("create table pushed(segment_id integer primary key, fingerprint text not null)")
    db.execute("create table concept_base(id text primary key, version integer not null, data text)")
    db.execute(
        "create table conflicts(concept_id text primary key, mine text, base_version integer not null, "
        "theirs text, their_version integer not null, changed_by text, changed_at text, message text not null)"
    )
    db.execute("create table state(key text primary key, value text)")


@migrations(name="m002_segment_conflicts")
def _m002_segment_conflicts(db: Database) -> None:
    db.execute(
        "create table segment_conflicts(segment_id integer primary key, mine text not null, theirs text not null, "
        "changed_by text not null, changed_at text not null, message text not null)"
    )


@migrations(name="m003_units_seen")
def _m003_units_seen(db: Database) -> None:
    """What the last take of the teammates' units met, per segment (`editing.take_units`): the
    order of a copy's edits and a teammate's, which the machines' clocks to the second could not
    give (session 31)."""
    db.execute("create table units_seen(segment_id integer primary key, unit text not null, segment text not null, "
               "theirs text not null)")


def segment_mark(target: str | None, status: str) -> str:
    """A segment's text and status in a few characters: an edit of either shows (a verdict or a
    comment does not: they stand beside the text)."""
    return hashlib.blake2b(f"{status}\0{target or ''}".encode(), digest_size=12).hexdigest()


def _review_key(payload: dict[str, Any]) -> bool:
    """Whether a queued review or comment names a segment of a shared document (`team.reviews`)."""
    return isinstance(payload.get("document"), str) and isinstance(payload.get("source_hash"), str) \
        and isinstance(payload.get("occurrence"), int)


_OP_SHAPES: dict[str, Callable[[dict[str, Any]], bool]] = {
    "segment": lambda p: isinstance(p.get("id"), int) and all(isinstance(p.get(k), str) for k in ("source", "target", "status")),
    "concept": lambda p: isinstance(p.get("base_version"), int) and isinstance(p.get("concept"), dict | None),
    "review": lambda p: _review_key(p) and all(isinstance(p.get(k), str) for k in ("verdict", "at", "target")),
    "comment": lambda p: _review_key(p) and all(isinstance(p.get(k), str) for k in ("team_id", "author", "text", "created_at"))
    and all(isinstance(p.get(k), str | None) for k in ("resolved_at", "resolved_by")),
}
"""The writes `enqueue` queues, each with what its payload must hold for the server to take it."""


@dataclass(frozen=True, slots=True)
class QueuedOp:
    """One write waiting for the server."""

    seq: int
    op_id: str
    kind: str
    """`segment` (a project-memory unit), `concept` (a termbase concept), `review` (a verdict on a
    segment) or `comment` (a comment on one)."""
    key: str
    """What it writes: the segment id, the concept id or the comment's identity."""
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Conflict:
    """An edit the server refused: the concept changed there since this copy was taken."""

    concept_id: str
    mine: dict[str, Any] | None
    base_version: int
    theirs: dict[str, Any] | None
    their_version: int
    changed_by: str | None
    changed_at: str | None
    message: str


@dataclass(frozen=True, slots=True)
class HeldSegment:
    """A confirmed segment the server refused: a teammate's other translation of it stands there."""

    segment_id: int
    mine: dict[str, Any]
    """The write refused (the queued segment state), sent again by `resolve --keep mine`."""
    theirs: str
    changed_by: str
    changed_at: str
    message: str


class TeamLocal:
    """`team.db` of one project: the outbox, what was pushed, concept bases and conflicts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:  # the TUI's sync opens it beside the CLI's: the log is checked at the first opening
            opening = count_opening(path)
        except ForeignLog as exc:
            raise ProjectError.rewording(exc) from None
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.db = Database(conn)
            self.db.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
            if self.db.execute("pragma journal_mode").fetchone()[0] != "wal":
                self.db.enable_wal()
            refuse_foreign_triggers(conn, path, {})  # one could rewrite what the outbox sends
            unknown = migrations.newer(self.db)
            if unknown:
                # A newer workbench's outbox or take marks, read by this one's rules, were sent or
                # taken as they were not meant (hardening, round 25).
                raise ProjectError.worded(N_("{path} was made by a newer workbench (schema {schema}); upgrade "
                                             "workbench"), path=path, schema=sorted(unknown)[-1])
            # Under the write lock, pending ones read again there: the TUI's sync and a
            # `team sync` creating the file at once both applied them ("database is locked").
            migrations.apply_pending(self.db, lock=lambda: write_transaction(self.db.conn))
        except BaseException as exc:
            if conn is not None:
                conn.close()
            release_opening(opening)
            if not isinstance(exc, sqlite3.DatabaseError):
                raise
            raise refused_opening(exc, path, N_("{path}: cannot open the team cache ({error})")) from None
        self._opening: str | None = opening
        """The file's count in `termbase.wal_pair` until the first `close`."""

    @classmethod
    def for_folder(cls, folder: Path) -> TeamLocal:
        return cls(folder / TEAM_FILE)

    def close(self) -> None:
        self.db.close()
        if self._opening is not None:  # closed twice is counted once
            release_opening(self._opening)
            self._opening = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the outbox ---------------------------------------------------------------------

    def enqueue(self, kind: str, key: str, payload: dict[str, Any]) -> str:
        """Queue a write; a concept write replaces one still queued for that concept."""
        op_id = str(uuid.uuid4())
        with self.db.atomic():
            if kind == "concept":
                self.db.execute("delete from outbox where kind = 'concept' and key = ?", (key,))
            self.db.execute(
                "insert into outbox(op_id, kind, key, payload, created) values (?, ?, ?, ?, ?)",
                (op_id, kind, key, json.dumps(payload, ensure_ascii=False), utc_now()),
            )
        return op_id

    def queued(self) -> Iterator[QueuedOp]:
        """The queue in order, read a row at a time (a row may be sent and deleted between reads)."""
        last = 0
        while True:
            row = self.db.execute(
                "select seq, op_id, kind, key, payload from outbox where seq > ? order by seq limit 1", (last,)
            ).fetchone()
            if row is None:
                return
            last = row[0]
            payload = self._json("outbox", "payload", row[0], row[4])
            if row[2] not in _OP_SHAPES or payload is None or not _OP_SHAPES[row[2]](payload):
                raise unreadable_value(self.path, "outbox", "kind", row[0], ValueError(f"a {row[2]!r} write workbench does not queue"))
            yield QueuedOp(row[0], row[1], row[2], row[3], payload)

    def done(self, op: QueuedOp) -> None:
        self.db.execute("delete from outbox where seq = ?", (op.seq,))

    def queue_length(self) -> int:
        return int(self.db.execute("select count(*) from outbox").fetchone()[0])

    def queued_concepts(self) -> set[str]:
        return {row[0] for row in self.db.execute("select key from outbox where kind = 'concept'")}

    # -- segments ---------------------------------------------------------------------------

    def pushed_fingerprints(self) -> dict[int, str]:
        return dict(self.db.execute("select segment_id, fingerprint from pushed").fetchall())

    def queue_segment(self, segment: dict[str, Any], fingerprint: str) -> None:
        """Queue a segment's state and remember it as pushed, in one transaction."""
        with self.db.atomic():
            self.enqueue("segment", str(segment["id"]), segment)
            self.db.execute(
                "insert into pushed(segment_id, fingerprint) values (?, ?) "
                "on conflict(segment_id) do update set fingerprint = excluded.fingerprint",
                (segment["id"], fingerprint),
            )

    def hold_segment(self, held: HeldSegment) -> None:
        self.db.execute(
            "insert or replace into segment_conflicts values (?, ?, ?, ?, ?, ?)",
            (held.segment_id, json.dumps(held.mine, ensure_ascii=False), held.theirs, held.changed_by, held.changed_at, held.message),
        )

    def held_segments(self) -> list[HeldSegment]:
        found = []
        for r in self.db.execute("select * from segment_conflicts order by segment_id"):
            mine = self._json("segment_conflicts", "mine", r[0], r[1])
            if not isinstance(r[0], int) or mine is None or not _OP_SHAPES["segment"](mine) or not all(isinstance(v, str) for v in r[2:]):
                raise unreadable_value(self.path, "segment_conflicts", "mine", r[0], ValueError("not a segment workbench queued"))
            found.append(HeldSegment(r[0], mine, r[2], r[3], r[4], r[5]))
        return found

    def release_segment(self, segment_id: int) -> None:
        self.db.execute("delete from segment_conflicts where segment_id = ?", (segment_id,))

    def units_seen(self) -> dict[int, tuple[str, str, str]]:
        """What the last takes met, by segment id: the teammate's unit, the segment as the take
        left it and the unit as a segment (`editing.take_units`)."""
        return {r[0]: (str(r[1]), str(r[2]), str(r[3]))
                for r in self.db.execute("select segment_id, unit, segment, theirs from units_seen") if isinstance(r[0], int)}

    def see_units(self, seen: dict[int, tuple[str, str, str]]) -> None:
        """What the take of all the teammates' units met, in place of the last one's (a unit no
        longer there, its segment now this member's on the server, leaves no mark behind)."""
        self.db.execute("delete from units_seen")
        self.db.conn.executemany("insert or replace into units_seen(segment_id, unit, segment, theirs) values (?, ?, ?, ?)",
                                 [(segment_id, *marks) for segment_id, marks in seen.items()])

    # -- concepts ---------------------------------------------------------------------------

    def bases(self) -> dict[str, tuple[int, dict[str, Any] | None]]:
        return {
            row[0]: (int(row[1]), self._json("concept_base", "data", row[0], row[2]))
            for row in self.db.execute("select id, version, data from concept_base")
        }

    def set_base(self, concept_id: str, version: int, data: dict[str, Any] | None) -> None:
        self.db.execute(
            "insert into concept_base(id, version, data) values (?, ?, ?) "
            "on conflict(id) do update set version = excluded.version, data = excluded.data",
            (concept_id, version, json.dumps(data, ensure_ascii=False) if data is not None else None),
        )

    def record_conflict(self, conflict: Conflict) -> None:
        self.db.execute(
            "insert or replace into conflicts values (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                conflict.concept_id,
                json.dumps(conflict.mine, ensure_ascii=False) if conflict.mine else None,
                conflict.base_version,
                json.dumps(conflict.theirs, ensure_ascii=False) if conflict.theirs else None,
                conflict.their_version,
                conflict.changed_by,
                conflict.changed_at,
                conflict.message,
            ),
        )

    def conflicts(self) -> list[Conflict]:
        return [
            Conflict(r[0], self._json("conflicts", "mine", r[0], r[1]), r[2], self._json("conflicts", "theirs", r[0], r[3]), r[4], r[5], r[6], r[7])
            for r in self.db.execute("select * from conflicts order by concept_id")
        ]

    def _json(self, table: str, column: str, row: object, text: object) -> dict[str, Any] | None:
        """A JSON object this file keeps (None for none); anything else is one line naming the row:
        a received project's team.db is written by whoever sent it, and text, a list or JSON nested
        thousands deep ended `team status`, `sync` and `resolve` in a traceback (hardening, round ten)."""
        if text is None or text == "":
            return None
        try:
            if not isinstance(text, str):
                raise TypeError(f"{type(text).__name__}, not JSON text")
            data = json.loads(text)
            if not isinstance(data, dict):
                raise TypeError(f"{type(data).__name__}, not an object")
        except READ_ERRORS as error:
            raise unreadable_value(self.path, table, column, row, error) from None
        return data

    def clear_conflict(self, concept_id: str) -> None:
        self.db.execute("delete from conflicts where concept_id = ?", (concept_id,))

    # -- state --------------------------------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        row = self.db.execute("select value from state where key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_state(self, key: str, value: str) -> None:
        self.db.execute("insert or replace into state(key, value) values (?, ?)", (key, value))
