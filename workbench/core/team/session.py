"""A team project's memory and termbase: the server when it answers, the local cache when not.

`TeamMemory` stands where `TranslationMemory` stands (the CLI's memory
commands and the TUI's memory thread use either through `open_memory`):

* every confirmed segment is recorded locally (the project memory, as in a
  project of one) and queued for the server (`team_local`); the queue is sent
  in order whenever the server answers, before each lookup and on `sync`;
* lookups and concordance go to the server (`team_store`), which holds every
  member's confirmed segments and the shared TMX memories; when it cannot be
  reached they fall back to the local memory, `state()` says so, and the
  server is tried again after `retry_after_s`;
* the shared termbase is the project's own termbase file kept in step with
  the server by `sync_terms`: local edits (found by comparing each concept
  with the server version it was based on) are sent with that version, and
  the server refuses them if someone else changed the concept meanwhile;
  such conflicts are kept with both versions until resolved.

One instance belongs to one thread (SQLite and psycopg connections).
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import psycopg
from psycopg.errors import (
    DeadlockDetected,
    QueryCanceled,
    SerializationFailure,
    TransactionRollback,
)

from termbase.store import Termbase
from termbase.transactions import write_transaction
from workbench.core.memory import (
    CONFIRMED,
    ConcordanceHit,
    FuzzyMatch,
    LocalUpkeep,
    MemoryImport,
    MemoryInfo,
    MemoryUpkeep,
    ProjectSync,
    TermFinder,
    TranslationMemory,
    memory_name,
)
from workbench.core.project import Project, utc_now
from workbench.core.team.local import Conflict, HeldSegment, QueuedOp, TeamLocal, segment_mark
from workbench.core.team.reviews import ReviewsTaken, apply_reviews, queue_reviews
from workbench.core.team.schema import applied, check
from workbench.core.team.server import (
    TeamOffline,
    TeamSettings,
    cancelled,
    classify,
    connect,
    settings_for,
)
from workbench.core.team.store import (
    ConceptConflict,
    SegmentConflict,
    ServerConcept,
    TeamStore,
    TeamUnit,
    concept_from_json,
    concept_to_json,
)
from workbench.core.team.upkeep import TeamUpkeep
from workbench.core.terminology import TERMBASE_FILE
from workbench.errors import WorkbenchError
from workbench.formats.base import TranslationUnit
from workbench.formats.registry import reader_for
from workbench.wording import N_

PULL_BATCH = 1_000
"""Concepts taken from the server in one transaction of the termbase and of `team.db`: few
enough that another writer of the termbase waits well under its lock wait."""
RETRY_AFTER_S = 10.0
"""How long after a failure the server is left alone before it is tried again."""
RETRIES = 5
"""Attempts at a write the server rolled back (deadlock, serialisation failure) before giving up for now."""
_LOST = (psycopg.OperationalError, psycopg.InterfaceError)
"""A lost connection: the server is offline for now. `QueryCanceled` is an `OperationalError`
too but is not one (the server answered); it is caught before these (`server.cancelled`)."""
_ROLLED_BACK = (DeadlockDetected, SerializationFailure, TransactionRollback)
REVIEW_SEQ = "review_seq"
"""`team.db`'s record of the last server `seq` of reviews taken (`TeamStore.reviews_since`)."""
UNITS_MARK = "units_mark"
"""`team.db`'s record of the teammates' units as last taken (`TeamStore.folder_units_mark`)."""


@dataclass(frozen=True, slots=True)
class TeamState:
    """How a team project stands with its server, for the TUI's status and `team status`."""

    online: bool
    queued: int
    """Writes waiting for the server."""
    conflicts: int
    """Concept edits the server refused (someone else changed the concept first)."""
    detail: str
    """Why the server is unreachable, or empty."""
    pulled: int = 0
    """Concepts taken from the server since the session began (the term matcher must follow)."""
    segment_conflicts: int = 0
    """Confirmed segments the server refused: a teammate confirmed another translation of each first."""
    busy: bool = False
    """Offline because the server cancelled a statement past its timeout: it answered, so calling it
    unreachable sent people to check a network that was fine (`detail` says what it cancelled)."""
    reviews_pulled: int = 0
    """Verdicts and comments taken from the server since the session began (the views must follow)."""
    held: tuple[int, ...] = ()
    """Ids of the segments of `segment_conflicts` (the editor's grid marks them)."""

    def describe(self) -> str:
        if self.online:
            text = "team server connected"
        elif self.busy:
            text = "team server too busy (it cancelled a write, kept queued): working offline from the local cache"
        else:
            text = "team server unreachable: working offline from the local cache"
        if self.queued:
            text += f", {self.queued} change{'s' if self.queued != 1 else ''} queued"
        if self.conflicts:
            text += f", {self.conflicts} term conflict{'s' if self.conflicts != 1 else ''} to resolve"
        if self.segment_conflicts:
            text += f", {self.segment_conflicts} segment conflict{'s' if self.segment_conflicts != 1 else ''} to resolve"
        return text


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one `sync` did."""

    online: bool
    sent: int
    queued: int
    pulled: int
    conflicts: tuple[str, ...] = field(default=())
    """Messages of the conflicts found now (each shows the other person's change)."""
    unresolved: tuple[str, ...] = field(default=())
    """Messages of every conflict still waiting for `resolve`, those found now and those found
    by an earlier sync: a second sync that said nothing of a standing conflict and exited 0 told a
    script (and a translator) that the termbase was in step when a concept was held back."""
    reviews: ReviewsTaken = field(default_factory=lambda: ReviewsTaken(0, 0, 0))
    """The team's verdicts and comments taken into the project."""


class TeamMemory:
    """The memory (and termbase) of a team project; the same face as `TranslationMemory`."""

    def __init__(
        self,
        project_path: Path,
        settings: TeamSettings,
        local: TranslationMemory,
        *,
        retry_after_s: float = RETRY_AFTER_S,
    ) -> None:
        self.project_path = project_path
        self.settings = settings
        self.local = local
        self.cache = TeamLocal.for_folder(project_path)
        self.retry_after_s = retry_after_s
        self._conn: psycopg.Connection | None = None
        self._store: TeamStore | None = None
        self._retry_at = 0.0
        self._detail = ""
        self._busy = False
        self._checked = False
        self._pulled = 0
        self._reviews_pulled = 0

    @classmethod
    def for_project(cls, project: Project, *, retry_after_s: float = RETRY_AFTER_S) -> TeamMemory:
        settings = settings_for(project)
        if settings is None:
            raise WorkbenchError.worded(N_("{path} is not a team project (no [team] in project.toml)"), path=project.path)
        return cls(project.path, settings, TranslationMemory.for_project(project), retry_after_s=retry_after_s)

    @property
    def source_lang(self) -> str:
        return self.local.source_lang

    @property
    def target_lang(self) -> str:
        return self.local.target_lang

    def close(self) -> None:
        self._disconnect()
        self.local.close()
        self.cache.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the connection -------------------------------------------------------------------

    def server(self) -> TeamStore | None:
        """The server, connecting if due; None while it is unreachable.

        A refused login or a database that is not ours raises (the user must
        act); an unreachable server only makes this offline for a while.
        """
        if self._store is not None:
            return self._store
        if time.monotonic() < self._retry_at:
            return None
        try:
            conn = connect(self.settings.database)
        except TeamOffline as exc:
            self._went_offline(str(exc))
            return None
        try:
            if not self._checked:
                check(conn)
                self._checked = True
        except _LOST as exc:
            conn.close()
            self._went_offline(str(classify(exc, self.settings.database)) if isinstance(exc, psycopg.OperationalError) else str(exc))
            return None
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        self._store = TeamStore(
            conn, source_lang=self.source_lang, target_lang=self.target_lang, project_memory=self.settings.project, folder=self.settings.folder,
            member=self.settings.member,
        )
        self._detail = ""
        self._busy = False
        return self._store

    def _went_offline(self, detail: str, *, busy: bool = False) -> None:
        self._disconnect()
        self._detail = detail
        self._busy = busy
        self._retry_at = time.monotonic() + self.retry_after_s

    def _disconnect(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(*_LOST):
                self._conn.close()
        self._conn = None
        self._store = None

    def retry_now(self) -> None:
        """Try the server at the next call, whatever the back-off says."""
        self._retry_at = 0.0

    def server_counts(self) -> tuple[dict[str, int] | None, list[str]]:
        """What `team status` shows of the server: its counts (`TeamStore.counts`) and the migrations
        it has; None and none while it cannot be reached.

        A server that cannot count within the statement timeout (a long lock on `units`) is too
        busy, as `flush` says it (`state().busy`), and one that goes away while counting is
        unreachable: `team status` printed the server's own words and exited 2 as if it were misused
        (hardening, round eighteen)."""
        store = self.server()
        if store is None:
            return None, []
        try:
            return store.counts(self.settings.project), applied(store.conn)
        except QueryCanceled as exc:
            self._went_offline(cancelled(exc).message, busy=True)
        except _LOST as exc:
            self._went_offline(str(classify(exc, self.settings.database)) if isinstance(exc, psycopg.OperationalError) else str(exc))
        return None, []

    def state(self) -> TeamState:
        held = self.cache.held_segments()
        return TeamState(
            online=self._store is not None,
            queued=self.cache.queue_length(),
            conflicts=len(self.cache.conflicts()),
            segment_conflicts=len(held),
            held=tuple(h.segment_id for h in held),
            detail=self._detail,
            pulled=self._pulled,
            busy=self._busy,
            reviews_pulled=self._reviews_pulled,
        )

    # -- sending the queue -----------------------------------------------------------------

    def flush(self) -> tuple[int, list[str]]:
        """Send queued writes in order; returns (sent, conflict messages). Stops when the server goes."""
        if self.cache.queue_length() == 0:
            return 0, []
        store = self.server()
        if store is None:
            return 0, []
        sent = 0
        conflicts: list[str] = []
        for op in self.cache.queued():
            try:
                for attempt in range(RETRIES):
                    try:
                        self._apply(store, op)
                        break
                    except _ROLLED_BACK:
                        # a deadlock or serialisation failure: the server undid it; try again
                        if attempt == RETRIES - 1:
                            raise
                        time.sleep(0.05 * (attempt + 1))
            except ConceptConflict as conflict:
                conflicts.append(conflict.message)
                with self.cache.db.atomic():
                    self.cache.record_conflict(
                        Conflict(
                            op.key,
                            op.payload.get("concept"),
                            conflict.base_version,
                            concept_to_json(conflict.theirs.concept) if conflict.theirs.concept else None,
                            conflict.theirs.version,
                            conflict.theirs.changed_by,
                            conflict.theirs.changed_at,
                            conflict.message,
                        )
                    )
                    self.cache.done(op)
                continue
            except SegmentConflict as conflict:
                conflicts.append(conflict.message)
                with self.cache.db.atomic():
                    self.cache.hold_segment(HeldSegment(conflict.segment_id, op.payload, conflict.theirs, conflict.who, conflict.at,
                                                        conflict.message))
                    self.cache.done(op)
                continue
            except QueryCanceled as exc:
                # the write stays queued; the server is left alone for a while, as when it is gone,
                # but the state says what happened (a slow server, not a lost network)
                self._went_offline(cancelled(exc).message, busy=True)
                break
            except _LOST as exc:
                self._went_offline(str(classify(exc, self.settings.database)) if isinstance(exc, psycopg.OperationalError) else str(exc))
                break
            sent += 1
        return sent, conflicts

    def _apply(self, store: TeamStore, op: QueuedOp) -> None:
        """Apply one queued write on the server, then drop it from the queue (in that order)."""
        if op.kind == "segment":
            store.apply_segment(op.op_id, self.settings.project, self.settings.folder, self.settings.member, op.payload)
            self.cache.done(op)
            return
        if op.kind == "review":
            store.put_review(op.op_id, self.settings.project, self.settings.member, op.payload)
            self.cache.done(op)
            return
        if op.kind == "comment":
            store.put_comment(op.op_id, self.settings.project, op.payload)
            self.cache.done(op)
            return
        data = op.payload.get("concept")
        concept = concept_from_json(data, op.key) if data else None
        version = store.put_concept(op.op_id, op.key, concept, int(op.payload["base_version"]), self.settings.member)
        with self.cache.db.atomic():
            self.cache.set_base(op.key, version, data)
            self.cache.done(op)

    # -- the memory ---------------------------------------------------------------------------

    def record_segment(
        self,
        segment_id: int,
        source: str,
        target: str,
        status: str,
        *,
        confidence: float | None = None,
        changed: str | None = None,
    ) -> None:
        """Record a segment's state locally, queue it for the server, and send the queue if it answers."""
        changed = changed or utc_now()
        self.local.record_segment(segment_id, source, target, status, confidence=confidence, changed=changed)
        segment = {"id": segment_id, "source": source, "target": target, "status": status, "confidence": confidence, "changed": changed}
        self.cache.queue_segment(segment, _fingerprint(segment))
        self.flush()

    def sync_project(self, project: Project) -> ProjectSync:
        """Bring the local project memory in step, queue every segment changed since it was last sent, send."""
        report = self.local.sync_project(project)
        self.queue_project(project)
        self.flush()
        return report

    def queue_project(self, project: Project) -> int:
        """Queue the segments whose state differs from what was last queued; returns how many."""
        pushed = self.cache.pushed_fingerprints()
        # a segment holding a teammate's unit as it stands (taken into it) is the server's already:
        # sent back as this member's, it changed nothing there, and after the teammate's next
        # correction it was refused as a conflict before the take could bring the correction
        theirs = {segment_id: marks[2] for segment_id, marks in self.cache.units_seen().items()}
        queued = 0
        for row in project.db.query("select id, source, target, status, confidence, changed_at from segments order by id"):
            segment = {
                "id": row["id"],
                "source": row["source"],
                "target": row["target"] or "",
                "status": row["status"],
                "confidence": row["confidence"],
                "changed": row["changed_at"],
            }
            fingerprint = _fingerprint(segment)
            confirmed = segment["status"] in CONFIRMED and segment["target"].strip()
            if pushed.get(segment["id"]) == fingerprint or (not confirmed and segment["id"] not in pushed):
                continue
            if segment["id"] in theirs and segment_mark(segment["target"], segment["status"]) == theirs[segment["id"]]:
                continue
            self.cache.queue_segment(segment, fingerprint)
            queued += 1
        return queued

    def lookup(
        self,
        text: str,
        *,
        min_score: int = 70,
        limit: int = 5,
        exclude_segment: int | None = None,
        terms: TermFinder | None = None,
    ) -> list[FuzzyMatch]:
        """Fuzzy matches from the shared memory; from the local memory while offline."""
        self.flush()
        store = self.server()
        if store is not None:
            try:
                with _refused():
                    return store.lookup(text, min_score=min_score, limit=limit, exclude_segment=exclude_segment, terms=terms)
            except _LOST as exc:
                self._went_offline(str(exc))
        return self.local.lookup(text, min_score=min_score, limit=limit, exclude_segment=exclude_segment, terms=terms)

    def search(self, text: str, *, lang: str | None = None, limit: int = 50) -> list[ConcordanceHit]:
        """Concordance in the shared memory; in the local memory while offline."""
        self.flush()
        store = self.server()
        if store is not None:
            try:
                with _refused():
                    return store.search(text, lang=lang, limit=limit)
            except _LOST as exc:
                self._went_offline(str(exc))
        return self.local.search(text, lang=lang, limit=limit)

    def memories(self) -> list[MemoryInfo]:
        store = self.server()
        if store is not None:
            try:
                return [MemoryInfo(*row) for row in store.memories()]
            except _LOST as exc:
                self._went_offline(str(exc))
        return self.local.memories()

    def import_file(self, path: Path | str, *, name: str | None = None) -> MemoryImport:
        """Import a TMX (or TSV) file into the shared memory on the server (which must answer)."""
        path = Path(path)
        units = reader_for(path).read(path, self.source_lang, self.target_lang)
        return self.import_units(name or path.name, units, source_file=str(path))

    def import_units(self, name: str, units: Iterable[TranslationUnit], *, source_file: str | None = None) -> MemoryImport:
        """Store `units` as the shared memory `name` on the server (which must answer), replacing one of that name;
        `name` is made a memory's name as a project's own memory file makes it (`memory_name`)."""
        name = memory_name(name)
        self.retry_now()
        store = self.server()
        if store is None:
            raise TeamOffline.worded(N_("cannot import into the shared memory: {detail}"), detail=self._detail)
        if name == self.settings.project:
            raise WorkbenchError.worded(N_("{name!r} is this team project's memory; choose another name"), name=name)
        try:
            with _refused():
                stored, skipped, too_long, replaced = store.import_units(name, units, source_file=source_file, member=self.settings.member)
        except _LOST as exc:
            self._went_offline(str(exc))
            raise TeamOffline.worded(N_("the team server went away during the import; nothing was imported ({detail})"), detail=self._detail) from None
        return MemoryImport(memory=name, units=stored, skipped=skipped, replaced=replaced, too_long=too_long)

    @contextlib.contextmanager
    def upkeep(self) -> Iterator[TeamUpkeep]:
        """The shared memory for `memory.upkeep` (export, conflicts, replace, undo), which must answer.

        A server that goes away mid-command has rolled the command's one transaction back (it
        ends with its connection): one line says so, and the session goes offline as after any
        lost connection; a statement it refused or cancelled is one line too (`_refused`)."""
        self.retry_now()
        store = self.server()
        if store is None:
            raise TeamOffline.worded(N_("cannot reach the team server, which holds this project's memory: {detail}"),
                                     detail=self._detail)
        try:
            with _refused():
                yield TeamUpkeep(store.conn, member=self.settings.member, project_memory=self.settings.project, source_lang=self.source_lang,
                                 target_lang=self.target_lang)
        except _LOST as exc:
            self._went_offline(str(classify(exc, self.settings.database)) if isinstance(exc, psycopg.OperationalError) else str(exc))
            raise TeamOffline.worded(
                N_("the team server went away before the command finished; nothing was changed there ({detail})"),
                detail=self._detail,
            ) from None

    # -- the termbase -------------------------------------------------------------------------

    def sync_terms(self) -> tuple[int, int, list[str]]:
        """Send local concept edits, take the server's; returns (writes sent, concepts pulled, conflict messages)."""
        with Termbase(self.project_path / TERMBASE_FILE) as termbase:
            self._queue_concept_edits(termbase)
            sent, conflicts = self.flush()
            store = self.server()
            if store is None:
                return sent, 0, conflicts
            try:
                pulled, found = self._pull_concepts(store, termbase)
            except _LOST as exc:
                self._went_offline(str(exc))
                return sent, 0, conflicts
        return sent, pulled, conflicts + found

    def _queue_concept_edits(self, termbase: Termbase) -> None:
        bases = self.cache.bases()
        held = {c.concept_id for c in self.cache.conflicts()}
        local = {concept.id: concept_to_json(concept) for concept in termbase.concepts()}
        for concept_id, data in local.items():
            version, base = bases.get(concept_id, (0, None))
            if concept_id not in held and data != base:
                self.cache.enqueue("concept", concept_id, {"concept": data, "base_version": version})
        for concept_id, (version, base) in bases.items():
            if base is not None and concept_id not in local and concept_id not in held:
                self.cache.enqueue("concept", concept_id, {"concept": None, "base_version": version})

    def _pull_concepts(self, store: TeamStore, termbase: Termbase) -> tuple[int, list[str]]:
        """Take the server's newer concepts into the termbase, `PULL_BATCH` to a transaction.

        One transaction a concept (two commits, the termbase's and `team.db`'s) cost 12 ms a
        concept here: a member joining a team of 5,000 concepts waited 61 s, of 200,000 over
        40 minutes (hardening, round fifteen). Each batch commits the termbase before the
        bases in `team.db`: after a kill between the two, the next sync finds the termbase
        already holding the server's concept and takes it again, never sends the old one
        back as an edit.
        """
        bases = self.cache.bases()
        waiting = self.cache.queued_concepts() | {c.concept_id for c in self.cache.conflicts()}
        newer = [theirs for theirs in store.concepts()
                 if theirs.id not in waiting and theirs.version > bases.get(theirs.id, (0, None))[0]]
        pulled = 0
        conflicts: list[str] = []
        for start in range(0, len(newer), PULL_BATCH):
            # `with A, B` leaves B first: the termbase commits, then team.db
            with write_transaction(self.cache.db.conn), termbase.writing():
                for theirs in newer[start:start + PULL_BATCH]:
                    pulled += self._pull_concept(theirs, bases.get(theirs.id, (0, None)), termbase, conflicts)
        self._pulled += pulled
        return pulled, conflicts

    def _pull_concept(self, theirs: ServerConcept, held: tuple[int, dict[str, Any] | None], termbase: Termbase,
                      conflicts: list[str]) -> int:
        """Take one newer concept of the server (1), or record the conflict with a local edit (0)."""
        version, base = held
        local_concept = termbase.get(theirs.id)
        local = concept_to_json(local_concept) if local_concept else None
        their_data = concept_to_json(theirs.concept) if theirs.concept else None
        if local != base and local != their_data:
            message = ConceptConflict(local_concept, version, theirs).message
            self.cache.record_conflict(Conflict(theirs.id, local, version, their_data, theirs.version, theirs.changed_by, theirs.changed_at, message))
            conflicts.append(message)
            return 0
        if theirs.concept is None:
            if local_concept is not None:
                termbase.delete(theirs.id)
        else:
            termbase.put(theirs.concept)
        self.cache.set_base(theirs.id, theirs.version, their_data)
        return 1

    def conflicts(self) -> list[Conflict]:
        return self.cache.conflicts()

    def resolve(self, concept_id: str, keep: str) -> None:
        """End a conflict: keep `theirs` (the server's concept replaces the local one) or `mine`
        (the local one is sent again, now knowingly on top of theirs)."""
        found = {c.concept_id: c for c in self.cache.conflicts()}.get(concept_id)
        if found is None:
            raise WorkbenchError.worded(N_("no conflict on concept {concept_id!r}"), concept_id=concept_id)
        with Termbase(self.project_path / TERMBASE_FILE) as termbase:
            if keep == "theirs":
                if found.theirs is None:
                    if termbase.get(concept_id) is not None:
                        termbase.delete(concept_id)
                else:
                    termbase.put(concept_from_json(found.theirs, concept_id))
            with self.cache.db.atomic():
                self.cache.set_base(concept_id, found.their_version, found.theirs)
                self.cache.clear_conflict(concept_id)
        if keep == "mine":
            self.sync_terms()

    def held_segments(self) -> list[HeldSegment]:
        return self.cache.held_segments()

    def resolve_segment(self, segment_id: int, keep: str) -> HeldSegment:
        """End a segment conflict; returns it. `mine`: the refused write is sent again, now knowingly on
        top of theirs. `theirs`: nothing is sent; the caller puts their text in the segment, whose next
        sync matches the server's unit."""
        found = {h.segment_id: h for h in self.cache.held_segments()}.get(segment_id)
        if found is None:
            raise WorkbenchError.worded(N_("no conflict on segment {segment_id}"), segment_id=segment_id)
        with self.cache.db.atomic():
            if keep == "mine":
                self.cache.enqueue("segment", str(segment_id), {**found.mine, "base": {"by": found.changed_by, "changed": found.changed_at}})
            self.cache.release_segment(segment_id)
        if keep == "mine":
            self.retry_now()
            self.flush()
        return found

    # -- reviews -------------------------------------------------------------------------------

    def sync_reviews(self, project: Project) -> ReviewsTaken:
        """Queue the project's review changes (verdicts, comments), send the queue, and take the
        team's verdicts and comments written since the last time into the project."""
        queue_reviews(project, self.cache, self.settings.member)
        self.flush()
        return self.take_reviews(project)

    def take_reviews(self, project: Project) -> ReviewsTaken:
        """Take the team's verdicts and comments written since the last time into the project."""
        store = self.server()
        if store is None:
            return ReviewsTaken(0, 0, 0)
        after = self.cache.get_state(REVIEW_SEQ)
        try:
            with _refused():
                reviews, comments, last = store.reviews_since(self.settings.project, int(after) if after and after.isdigit() else 0)
        except _LOST as exc:
            self._went_offline(str(exc))
            return ReviewsTaken(0, 0, 0)
        taken = apply_reviews(project, reviews, comments)
        self.cache.set_state(REVIEW_SEQ, str(last))
        self._reviews_pulled += taken.changed
        return taken

    # -- the team's translations -----------------------------------------------------------------

    def team_units(self) -> tuple[list[TeamUnit], str] | None:
        """The teammates' confirmed units of this folder and their mark, when they changed since
        the last take (`units_taken`); None when they did not, or the server does not answer. One
        short query says whether anything changed: the TUI asks every 15 seconds."""
        store = self.server()
        if store is None:
            return None
        settings = self.settings
        try:
            with _refused():
                mark = store.folder_units_mark(settings.project, settings.folder, settings.member)
                if mark == self.cache.get_state(UNITS_MARK):
                    return None
                return store.folder_units(settings.project, settings.folder, settings.member), mark
        except _LOST as exc:
            self._went_offline(str(exc))
            return None

    def units_seen(self) -> dict[int, tuple[str, str, str]]:
        """What the last takes met: per segment, the teammate's unit and the copy's segment
        (`editing.Seen` marks), for the next `take_units`."""
        return self.cache.units_seen()

    def units_taken(self, mark: str, seen: dict[int, tuple[str, str, str]]) -> None:
        """The units of `mark` are in the project, and the take met `seen`: the next take reads
        them only when they change, and orders the copy's edits after what it met."""
        with self.cache.db.atomic():
            self.cache.see_units(seen)
            self.cache.set_state(UNITS_MARK, mark)

    # -- all together --------------------------------------------------------------------------

    def sync(self, project: Project) -> SyncReport:
        """Queue what changed, send the queue, take the server's concepts, verdicts and comments."""
        self.retry_now()
        self.local.sync_project(project)
        self.queue_project(project)
        queue_reviews(project, self.cache, self.settings.member)
        sent, conflicts = self.flush()
        more_sent, pulled, more = self.sync_terms()
        taken = self.take_reviews(project)
        return SyncReport(
            online=self._store is not None,
            sent=sent + more_sent,
            queued=self.cache.queue_length(),
            pulled=pulled,
            reviews=taken,
            conflicts=tuple(conflicts + more),
            unresolved=tuple(c.message for c in self.cache.conflicts()) + tuple(h.message for h in self.cache.held_segments()),
        )


@contextlib.contextmanager
def _refused() -> Iterator[None]:
    """A statement the server refused or cancelled (not a lost connection) becomes one clear line
    for the faces."""
    try:
        yield
    except QueryCanceled as exc:
        raise cancelled(exc) from None
    except _LOST:
        raise
    except psycopg.Error as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise WorkbenchError.worded(N_("the team server refused the request: {first}"), first=first) from None


def _fingerprint(segment: dict[str, Any]) -> str:
    return json.dumps([segment["source"], segment["target"], segment["status"], segment["confidence"], segment["changed"]], ensure_ascii=False)


def open_memory(project: Project) -> TranslationMemory | TeamMemory:
    """The project's memory: shared through its team server when `project.toml` names one."""
    if settings_for(project) is not None:
        return TeamMemory.for_project(project)
    return TranslationMemory.for_project(project)


@contextlib.contextmanager
def open_upkeep(project: Project, *, sync: bool = False) -> Iterator[MemoryUpkeep]:
    """The project's memory for upkeep (export, conflicts, replace, undo): its own `memory.db`,
    or its team server's shared memory when `project.toml` names one, behind the one interface
    the upkeep functions are written against (`memory.MemoryUpkeep`).

    `sync`: first bring the memory in step with the project's confirmed segments (a team
    project's are sent to the server), so an export or a list of conflicts holds what was
    confirmed a moment ago."""
    if settings_for(project) is None:
        with TranslationMemory.for_project(project) as tm:
            if sync:
                tm.sync_project(project)
            yield LocalUpkeep(tm)
        return
    with TeamMemory.for_project(project) as memory:
        if sync:
            memory.sync_project(project)
        with memory.upkeep() as store:
            yield store
