"""What the team server holds, read and written over one psycopg connection.

The shared memory is searched on the server, but scored here with the very
functions of the local memory (`memory_search.pigeonhole_groups`, `rank`,
`memory_concordance.verified_hits`): the server only proposes candidates
from its full-text indexes, the way the local memory's prefilter does, so a
unit gets the same score and the same place as it would locally.

Every write that a workbench may queue carries an operation id; the server
records it in `applied_ops` in the same transaction as the write, so an
operation replayed after its acknowledgement was lost is applied once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any, TypeVar

import psycopg

from termbase import safetext
from termbase.model import Concept, Definition, Term, TermStatus
from termbase.normalize import is_word, token_spans
from workbench.core.memory import (
    CANDIDATES,
    MAX_SCANNED,
    PAGE,
    WORD,
    ConcordanceHit,
    FuzzyMatch,
    HitFolder,
    TermFinder,
    UnitRow,
    adjacency_pattern,
    check_min_score,
    concordance_side,
    length_bounds,
    pigeonhole_groups,
    rank,
    rough_shortlist,
    source_key,
    verified_hits,
    word_forms,
    word_keys,
)
from workbench.core.project import MAX_SEGMENT_CHARS
from workbench.errors import InputError, WorkbenchError
from workbench.formats.base import TranslationUnit
from workbench.wording import N_, phrase

CONFIRMED = ("translated", "reviewed")
EXACT_CANDIDATES = 50

CANDIDATE_SQL = """
with hits as (
    select c.n, c.id, c.source from workbench_candidate_sources(%(queries)s::tsquery[], %(wanted)s) c
    union all
    select 0, e.id, e.source
    from (select id, source from units where source_key = %(key)s order by id desc limit %(exact)s) e
)
select distinct on (id) id, source from hits
where length(source) between %(lowest)s and %(highest)s
order by id
"""
"""A lookup's candidates with their sources, in one round trip (see `TeamStore.lookup`).

The exact matches by `source_key`, and the units the index queries
(`star_queries`, rarest stems first) propose, each at most `wanted`, until
`wanted` distinct units are found - the local prefilter's rule. The length
band is applied last, as locally. The sources come with the ids because the
index scans have read those rows already."""


_BOUNDED = "length(u.source) <= %s and length(u.target) <= %s"
"""Units a lookup or a search reads: no side past `MAX_SEGMENT_CHARS`. No workbench writes such a
unit (an import leaves it out), but anyone holding the team login can: one of 5,000,000
characters made every lookup of its source 6 s slower and every search that found it 7 s
(hardening, round eighteen), for a match no segment could take."""


COPY_BATCH_UNITS = 20_000
"""Units a bulk import sends in one statement (a COPY, a count of their stems). The server ends
any statement after its timeout (`server.STATEMENT_TIMEOUT_MS`, 30 s), and one COPY of a whole
TMX reached it past about 250,000 units on a busy machine: a million-unit `memory import` into a
team server always failed, said as "the server went away" (hardening, round thirteen). The
batches share the import's one transaction, so it is still all or nothing."""

@dataclass(frozen=True, slots=True)
class ServerConcept:
    """A concept as the server has it: its data (None once deleted), version and last writer."""

    id: str
    concept: Concept | None
    version: int
    changed_by: str
    changed_at: str


ReviewKey = tuple[str, str, int]
"""A segment of a shared document as the server knows it: the document's name, the source
text's hash and which occurrence of that source in the document it is (`team.reviews.segment_keys`)."""

REVIEW_VERDICTS = ("rejected", "reviewed", "cleared")
"""The verdicts workbench gives (`project.verdicts`); another on the server is left out."""

MAX_NAME_CHARS = 256
"""The longest member name, time or identity taken from the server's reviews."""


@dataclass(frozen=True, slots=True)
class ServerReview:
    """A verdict as the server holds it."""

    key: ReviewKey
    verdict: str
    target: str
    member: str
    at: str


@dataclass(frozen=True, slots=True)
class ServerComment:
    """A comment as the server holds it."""

    team_id: str
    key: ReviewKey
    author: str
    text: str
    created_at: str
    resolved_at: str | None
    resolved_by: str | None


_CLOCK_SKEW = timedelta(days=1)
"""How far past this machine's clock a member's may run: a review timed later is no member's."""


def _latest_believed() -> str:
    """The latest time a review read now may bear (ISO 8601 UTC, comparable as text)."""
    return _iso(datetime.now(UTC) + _CLOCK_SKEW) or ""


def _is_moment(value: object, latest: str) -> bool:
    """Is `value` a time as workbench writes one (ISO 8601 UTC to the second) and no later than
    `latest`? Times are compared as text: a rejection timed "9999-12-31T23:59:59Z" or "~" by
    someone holding the team login was answered by no confirmation, ever (hardening, round 23)."""
    if not isinstance(value, str) or len(value) != len("2026-01-01T00:00:00Z") or not value.endswith("Z"):
        return False
    try:
        moment = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return _iso(moment.replace(tzinfo=UTC)) == value and value <= latest


def _key(document: str, source_hash: str, occurrence: int) -> ReviewKey:
    return (document, source_hash, occurrence)


def _bounded(text: str, most: int = MAX_SEGMENT_CHARS) -> str:
    """Text from the server, as data: no terminal control, and no longer than `most`."""
    return safetext.clean(text)[:most]


@dataclass(frozen=True, slots=True)
class TeamUnit:
    """A teammate's confirmed unit of one segment of this folder, as the server holds it."""

    segment_id: int
    source: str
    target: str
    status: str
    changed: str
    changed_by: str


class ConceptConflict(WorkbenchError):
    """Someone else changed the concept since the copy the edit was made on."""

    def __init__(self, mine: Concept | None, base_version: int, theirs: ServerConcept) -> None:
        self.mine = mine
        self.base_version = base_version
        self.theirs = theirs
        concept_id = theirs.id
        their_text = describe_concept(theirs.concept) if theirs.concept else phrase(N_("deleted it"))
        mine_text = describe_concept(mine) if mine else phrase(N_("deleted"))
        self.wording = phrase(
            N_("concept {id}: {who} changed it at {at} (version {version}, your edit was made on version "
               "{base}); theirs: {theirs}; yours: {yours}"),
            id=concept_id, who=theirs.changed_by, at=theirs.changed_at, version=theirs.version,
            base=base_version, theirs=their_text, yours=mine_text)
        super().__init__(self.wording.render())


class SegmentConflict(WorkbenchError):
    """A teammate's confirmed translation of the segment stands on the server, and the write would
    replace it unseen: two copies of one folder confirming one segment differently kept the later
    one and dropped the other in silence (a team's day, session 28)."""

    def __init__(self, segment_id: int, mine: str, theirs: str, who: str, at: str) -> None:
        self.segment_id = segment_id
        self.mine = mine
        self.theirs = theirs
        self.who = who
        self.at = at
        self.wording = phrase(
            N_("segment {id}: {who} confirmed another translation at {at}; theirs: {theirs}; yours: {yours}"),
            id=segment_id, who=who, at=at, theirs=theirs, yours=mine)
        super().__init__(self.wording.render())


def describe_concept(concept: Concept) -> str:
    """A concept on one line: its terms with status, and its definition."""
    terms = ", ".join(f"{t.lang} {t.text} ({t.status.value})" for t in concept.terms) or "no terms"
    definitions = [concept.definition] if concept.definition else []
    definitions += [f"({d.lang}) {d.text}" for d in concept.definitions]
    return terms + "".join(f" - {text}" for text in definitions)


def concept_to_json(concept: Concept) -> dict[str, Any]:
    return {
        "id": concept.id,
        "subject": concept.subject,
        "definition": concept.definition,
        "note": concept.note,
        "definitions": [{"lang": d.lang, "text": d.text} for d in concept.definitions],
        "terms": [
            {
                "text": t.text,
                "lang": t.lang,
                "status": t.status.value,
                "part_of_speech": t.part_of_speech,
                "usage_note": t.usage_note,
                "context": t.context,
                "case_sensitive": t.case_sensitive,
            }
            for t in concept.terms
        ],
    }


def concept_from_json(data: Any, concept_id: str) -> Concept:
    """The concept `concept_to_json` wrote, read back; anything else is one line naming the concept.

    The JSON comes from the team server, where anyone holding the team's login can write any
    (`psql`), and from the local `team.db`: a list, a term whose text is a number or whose status
    no TBX knows ended every member's `team sync` in a traceback (hardening, round ten). Terminal
    control in a term is refused, as in any termbase file; in a note or definition it is removed.
    `concept_id` is the id it is stored under: JSON naming another concept would replace that one.
    The server's JSON comes as its text, read here: nested 5,000 deep it ended psycopg's own
    reading in a RecursionError.
    """
    try:
        if isinstance(data, str):
            data = json.loads(data)
        if not isinstance(data, dict) or not isinstance(data.get("terms", []), list):
            raise TypeError("not a concept")
        if data["id"] != concept_id:
            raise ValueError(f"it names the concept {data['id']!r}")
        terms = tuple(_term_from_json(t) for t in data.get("terms", []))
        return Concept(
            id=data["id"],
            subject=_optional_text(data.get("subject")),
            definition=_optional_text(data.get("definition")),
            note=_optional_text(data.get("note")),
            terms=terms,
            definitions=tuple(_definition_from_json(d) for d in data.get("definitions") or ()),
        )
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        raise WorkbenchError.worded(
            N_("concept {concept} on the team server was not written by workbench and cannot be read ({error}): ask the team to correct or delete it"),
            concept=concept_id, error=f"{type(error).__name__}: {error}",
        ) from None


MAX_VERSION = 2**63 - 1
"""The largest version `team.db` can keep (SQLite's integer)."""


def concept_version(value: Any, concept_id: str) -> int:
    """A concept's version as the server holds it, which must be a whole number `team.db` can keep.

    The column is an integer in the schema `team init` makes, but anyone holding the team's login
    can alter it (`psql`): a version of text ended every member's `team sync` in a ValueError
    traceback, and one past SQLite's integers (a numeric 1e300) in an OverflowError from writing it
    to `team.db` (hardening, round fifteen). Either is one line naming the concept.
    """
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_VERSION:
        raise WorkbenchError.worded(
            N_("concept {concept} on the team server was not written by workbench and cannot be read ({error}): ask the team to correct or delete it"),
            concept=concept_id, error=f"version {str(value)[:40]!r}",
        )
    return value


def _text_or_unknown(value: Any) -> str:
    """Who changed a concept, and when, as the server says; "?" where another program left no text."""
    return value if isinstance(value, str) else "?"


def _term_from_json(data: Any) -> Term:
    if not isinstance(data, dict) or not isinstance(data["text"], str) or not isinstance(data["lang"], str):
        raise TypeError("a term needs a text and a language")
    if safetext.has_control(data["text"]) or safetext.has_control(data["lang"]):
        raise ValueError("a term holds terminal control characters")
    return Term(
        text=data["text"],
        lang=data["lang"],
        status=TermStatus(data["status"]),
        part_of_speech=_optional_text(data.get("part_of_speech")),
        usage_note=_optional_text(data.get("usage_note")),
        context=_optional_text(data.get("context")),
        case_sensitive=bool(data.get("case_sensitive")),
    )


def _definition_from_json(data: Any) -> Definition:
    if not isinstance(data, dict) or not isinstance(data["lang"], str) or not isinstance(data["text"], str):
        raise TypeError("a definition needs a language and a text")
    return Definition(lang=data["lang"], text=safetext.clean(data["text"]))


def _optional_text(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{type(value).__name__} where text belongs")
    return None if value is None else safetext.clean(value)


_Found = TypeVar("_Found", FuzzyMatch, ConcordanceHit)
"""A memory match or a concordance hit: each names its unit and may name its author."""


class TeamStore:
    """The shared memory and termbase on one server connection (autocommit; explicit transactions)."""

    def __init__(
        self,
        conn: psycopg.Connection,
        *,
        source_lang: str = "en",
        target_lang: str = "ru",
        project_memory: str | None = None,
        folder: str = "",
        member: str = "",
    ) -> None:
        self.conn = conn
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.project_memory = project_memory
        """The project memory this workbench writes its segments to (None: it writes none)."""
        self.folder = folder
        """The identity of the project folder whose segments it writes (`Project.folder_id`)."""
        self.member = member
        """Who writes: a unit of the segment being translated is its own only if this member wrote it."""

    # -- writes that may be queued ------------------------------------------------------

    def _first_time(self, op_id: str) -> bool:
        """Record the operation; False when it was applied before (a replay)."""
        row = self.conn.execute(
            "insert into applied_ops(op_id) values (%s) on conflict do nothing returning op_id", (op_id,)
        ).fetchone()
        return row is not None

    def _memory_id(self, name: str, kind: str, source_file: str | None = None) -> int:
        row = self.conn.execute("select id from memories where name = %s", (name,)).fetchone()
        if row is not None:
            return int(row[0])
        row = self.conn.execute(
            "insert into memories(name, kind, source_file, source_lang, target_lang) values (%s, %s, %s, %s, %s) "
            "on conflict (name) do update set name = excluded.name returning id",
            (name, kind, source_file, self.source_lang, self.target_lang),
        ).fetchone()
        assert row is not None
        return int(row[0])

    def apply_segment(self, op_id: str, memory: str, folder: str, member: str, segment: dict[str, Any]) -> bool:
        """Bring one segment's unit in the project memory `memory` in step; False for a replay.

        A confirmed segment with a target is upserted (one unit per segment of
        the folder `folder`, whoever confirms it, so copies of one folder merge
        and folders made apart never meet); any other state removes the unit.
        An older change never overwrites a newer one (`changed`, ISO UTC), so
        an edit queued offline yesterday does not undo today's.

        A unit written before units had a folder (`t004_units_of_a_folder`)
        is taken over by the first folder that writes its segment with the
        same source: a copy of the folder that wrote it, almost surely, since
        another folder's segment of that number holds another sentence.
        """
        if not folder:
            raise WorkbenchError.worded(N_("a project folder without an identity cannot write to a team memory"))
        with self.conn.transaction():
            if not self._first_time(op_id):
                return False
            memory_id = self._memory_id(memory, "project")
            confirmed = segment["status"] in CONFIRMED and segment["target"].strip()
            row = self.conn.execute(
                "select source, changed, target, changed_by from units where memory_id = %s and folder = %s and segment_id = %s for update",
                (memory_id, folder, segment["id"]),
            ).fetchone()
            if row is None:
                row = self.conn.execute(
                    "update units set folder = %s where id = (select id from units where memory_id = %s and folder = '' "
                    "and segment_id = %s and source = %s for update) returning source, changed, target, changed_by",
                    (folder, memory_id, segment["id"], segment["source"]),
                ).fetchone()
            if row is not None and row[3] and row[3] != member and not _seen(segment, row[3], row[1]):
                # A teammate's confirmed unit: neither withdrawn nor replaced by a write made without it.
                if not confirmed or row[2] == segment["target"]:
                    return True
                raise SegmentConflict(segment["id"], segment["target"], row[2], row[3], row[1] or "")
            if row is not None and (row[1] or "") > segment["changed"]:
                return True  # a newer state is there already
            self._count_stems(row[0] if row else None, segment["source"] if confirmed else None)
            if confirmed:
                self.conn.execute(
                    "insert into units(memory_id, folder, segment_id, tuid, source, target, source_key, status, confidence, changed, changed_by) "
                    "values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                    "on conflict (memory_id, folder, segment_id) where segment_id is not null do update set "
                    "source = excluded.source, target = excluded.target, source_key = excluded.source_key, "
                    "status = excluded.status, confidence = excluded.confidence, changed = excluded.changed, "
                    "changed_by = excluded.changed_by",
                    (
                        memory_id,
                        folder,
                        segment["id"],
                        str(segment["id"]),
                        segment["source"],
                        segment["target"],
                        source_key(segment["source"]),
                        segment["status"],
                        segment.get("confidence"),
                        segment["changed"],
                        member,
                    ),
                )
            else:
                self.conn.execute(
                    "delete from units where memory_id = %s and folder = %s and segment_id = %s", (memory_id, folder, segment["id"])
                )
        return True

    def _count_stems(self, removed: str | None, added: str | None) -> None:
        """Keep `source_terms` in step when one unit's source goes and another comes.

        One statement, stems in sorted order: concurrent writers lock the
        count rows in the same order and never deadlock.
        """
        if removed == added:
            return
        self.conn.execute(
            "insert into source_terms(term, docs) select lexeme, sum(delta) from ("
            "select lexeme, -1 as delta from unnest(to_tsvector('workbench_en'::regconfig, %s::text)) "
            "union all select lexeme, 1 from unnest(to_tsvector('workbench_en'::regconfig, %s::text))"
            ") d group by lexeme having sum(delta) <> 0 order by lexeme "
            "on conflict (term) do update set docs = source_terms.docs + excluded.docs",
            (removed, added),
        )

    def _count_memory_stems(self, memory_id: int, sign: int) -> None:
        """Add (`sign=1`) or take away (`-1`) the stems of every unit of a memory (a bulk import),
        `COPY_BATCH_UNITS` unit ids a statement, each well inside the statement timeout."""
        first, last = self.conn.execute("select min(id), max(id) from units where memory_id = %s", (memory_id,)).fetchone() or (None, None)
        if first is None or last is None:
            return
        for start in range(first, last + 1, COPY_BATCH_UNITS):
            self.conn.execute(
                "insert into source_terms(term, docs) select lexeme, %s * count(*) from units u, unnest(u.source_tsv) "
                "where u.memory_id = %s and u.id between %s and %s group by lexeme order by lexeme "
                "on conflict (term) do update set docs = source_terms.docs + excluded.docs",
                (sign, memory_id, start, start + COPY_BATCH_UNITS - 1),
            )
        if sign < 0:
            self.conn.execute("delete from source_terms where docs <= 0")

    def put_concept(self, op_id: str, concept_id: str, concept: Concept | None, base_version: int, member: str) -> int:
        """Write (or, with `concept=None`, delete) a concept made on `base_version`; returns the new version.

        Optimistic concurrency: the row is locked and its version compared
        with the one the edit was made on; a difference raises
        `ConceptConflict` with the other writer's change, and nothing is
        written. `base_version` 0 means "new here". An edit whose result the
        server holds already (a member joining with the team's concepts in
        their copy, the same change made twice) is no conflict: nothing is
        written and the current version is returned.
        """
        with self.conn.transaction():
            if not self._first_time(op_id):
                current = self.get_concept(concept_id)
                return current.version if current else 0
            row = self.conn.execute(
                "select version, data::text, changed_by, to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                "from concepts where id = %s for update",
                (concept_id,),
            ).fetchone()
            current_version = concept_version(row[0], concept_id) if row else 0
            held = concept_from_json(row[1], concept_id) if row and row[1] else None
            if current_version != base_version and held == concept:
                return current_version
            if current_version != base_version:
                theirs = ServerConcept(
                    concept_id,
                    held,
                    current_version,
                    row[2] if row else "?",
                    row[3] if row else "?",
                )
                raise ConceptConflict(concept, base_version, theirs)
            data = json.dumps(concept_to_json(concept), ensure_ascii=False) if concept is not None else None
            self.conn.execute(
                "insert into concepts(id, version, data, changed_by, changed_at) values (%s, %s, %s, %s, now()) "
                "on conflict (id) do update set version = excluded.version, data = excluded.data, "
                "changed_by = excluded.changed_by, changed_at = excluded.changed_at",
                (concept_id, base_version + 1, data, member),
            )
        return base_version + 1

    # -- reviews -------------------------------------------------------------------------

    def _review_lock(self) -> None:
        """Review writes take turns, so they commit in `seq` order and a member that read up to
        one `seq` never misses a lower one committed later. They are a person's actions, rare next
        to confirmations, which never wait for it."""
        self.conn.execute("select pg_advisory_xact_lock(hashtext('workbench reviews'))")

    def put_review(self, op_id: str, project: str, member: str, review: dict[str, Any]) -> bool:
        """A verdict on a segment of a shared document; False for a replay. An older verdict
        never replaces a newer one (`at`, ISO UTC), so one queued offline yesterday does not undo
        today's; one no member could have given (timed past tomorrow, or not a time: `_is_moment`)
        is replaced by any, or a row written there with psql would hold the segment for good."""
        with self.conn.transaction():
            if not self._first_time(op_id):
                return False
            self._review_lock()
            self.conn.execute(
                "insert into segment_reviews(project, document, source_hash, occurrence, verdict, target, member, at, seq) "
                "values (%s, %s, %s, %s, %s, %s, %s, %s, nextval('review_seq')) "
                "on conflict (project, document, source_hash, occurrence) do update set verdict = excluded.verdict, "
                "target = excluded.target, member = excluded.member, at = excluded.at, seq = excluded.seq "
                "where segment_reviews.at <= excluded.at or segment_reviews.at > %s "
                "or segment_reviews.at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$'",
                (project, review["document"], review["source_hash"], review["occurrence"], review["verdict"], review["target"],
                 member, review["at"], _latest_believed()),
            )
        return True

    def put_comment(self, op_id: str, project: str, comment: dict[str, Any]) -> bool:
        """A comment (new, or resolved or re-opened since); False for a replay. Its text and author
        are its writer's and never change; its resolution is the last one sent."""
        with self.conn.transaction():
            if not self._first_time(op_id):
                return False
            self._review_lock()
            self.conn.execute(
                "insert into review_comments(id, project, document, source_hash, occurrence, author, text, created_at, "
                "resolved_at, resolved_by, seq) values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, nextval('review_seq')) "
                "on conflict (id) do update set resolved_at = excluded.resolved_at, resolved_by = excluded.resolved_by, "
                "seq = excluded.seq",
                (comment["team_id"], project, comment["document"], comment["source_hash"], comment["occurrence"], comment["author"],
                 comment["text"], comment["created_at"], comment.get("resolved_at"), comment.get("resolved_by")),
            )
        return True

    def folder_units_mark(self, memory: str, folder: str, member: str) -> str:
        """What the teammates' units of the folder are now, in one short row: their count, their
        newest change and a sum of their identities and changes, so a sync every few seconds
        reads the units only when one of them changed (the last read's mark is kept)."""
        row = self.conn.execute(
            "select count(*), coalesce(max(u.changed), ''), coalesce(sum(hashtextextended("
            "u.segment_id::text || '|' || coalesce(u.changed, '') || '|' || u.changed_by || '|' || md5(u.target), 0)), 0) "
            "from units u join memories m on m.id = u.memory_id "
            "where m.name = %s and u.folder = %s and u.segment_id is not null and u.changed_by not in (%s, '')",
            (memory, folder, member),
        ).fetchone()
        return "" if row is None else f"{row[0]}/{row[1]}/{row[2]}"

    def folder_units(self, memory: str, folder: str, member: str) -> list[TeamUnit]:
        """The units teammates confirmed in copies of this folder (`member`'s own are left out),
        as data: no terminal control, no longer than a segment holds."""
        rows = self.conn.execute(
            "select u.segment_id, u.source, u.target, u.status, coalesce(u.changed, ''), u.changed_by "
            "from units u join memories m on m.id = u.memory_id "
            "where m.name = %s and u.folder = %s and u.segment_id is not null and u.changed_by not in (%s, '') "
            "order by u.segment_id",
            (memory, folder, member),
        ).fetchall()
        return [TeamUnit(int(r[0]), _bounded(r[1]), _bounded(r[2]), r[3], _bounded(r[4], MAX_NAME_CHARS), _bounded(r[5], MAX_NAME_CHARS))
                for r in rows
                if isinstance(r[0], int) and all(isinstance(v, str) for v in r[1:]) and r[3] in CONFIRMED and r[2].strip()]

    def reviews_since(self, project: str, after: int) -> tuple[list[ServerReview], list[ServerComment], int]:
        """The verdicts and comments of `project` written after `after` (a `seq`), and the
        highest `seq` read. Text another program wrote there is cleaned of terminal control and
        cut to what a segment holds; a verdict workbench does not give is left out."""
        review_rows = self.conn.execute(
            "select document, source_hash, occurrence, verdict, target, member, at, seq from segment_reviews "
            "where project = %s and seq > %s order by seq",
            (project, after),
        ).fetchall()
        comment_rows = self.conn.execute(
            "select id, document, source_hash, occurrence, author, text, created_at, resolved_at, resolved_by, seq from review_comments "
            "where project = %s and seq > %s order by seq",
            (project, after),
        ).fetchall()
        latest = _latest_believed()
        reviews = [
            ServerReview(_key(r[0], r[1], r[2]), r[3], _bounded(r[4]), _bounded(r[5], MAX_NAME_CHARS), r[6])
            for r in review_rows
            if all(isinstance(v, str) for v in (r[0], r[1], r[4], r[5])) and isinstance(r[2], int) and r[3] in REVIEW_VERDICTS
            and _is_moment(r[6], latest)
        ]
        comments = [
            ServerComment(_bounded(r[0], MAX_NAME_CHARS), _key(r[1], r[2], r[3]), _bounded(r[4], MAX_NAME_CHARS), _bounded(r[5]),
                          r[6], r[7], None if r[8] is None else _bounded(r[8], MAX_NAME_CHARS))
            for r in comment_rows
            if all(isinstance(v, str) and v.strip() for v in (r[0], r[1], r[2], r[4], r[5])) and isinstance(r[3], int)
            and _is_moment(r[6], latest) and (r[7] is None or _is_moment(r[7], latest)) and (r[8] is None or isinstance(r[8], str))
        ]
        # the highest seq read, not the table's: a write committed after these reads is taken next time
        seqs = [r[7] for r in review_rows] + [r[9] for r in comment_rows]
        return reviews, comments, max([after, *(int(seq) for seq in seqs if isinstance(seq, int))])

    # -- termbase reads ------------------------------------------------------------------

    def get_concept(self, concept_id: str) -> ServerConcept | None:
        found = self.concepts(concept_id)
        return found[0] if found else None

    def concepts(self, concept_id: str | None = None) -> list[ServerConcept]:
        """Every concept (with tombstones of deleted ones), or the one asked for."""
        where = "where id = %s" if concept_id is not None else ""
        rows = self.conn.execute(
            "select id, data::text, version, changed_by, to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
            f"from concepts {where} order by id",
            (concept_id,) if concept_id is not None else (),
        ).fetchall()
        return [ServerConcept(r[0], concept_from_json(r[1], r[0]) if r[1] else None, concept_version(r[2], r[0]), _text_or_unknown(r[3]),
                              _text_or_unknown(r[4]))
                for r in rows]

    # -- the shared memory ---------------------------------------------------------------

    def import_units(self, name: str, units: Iterable[TranslationUnit], *, source_file: str | None, member: str) -> tuple[int, int, int, bool]:
        """Store `units` as the shared memory `name`, replacing one of that name, all or nothing.

        Returns (stored, skipped empty, skipped too long, replaced), counted
        by the local memory's rules. An import that stores no unit is rolled back, as the
        local memory's: no empty memory listed, none of that name emptied.
        """
        if not name.strip():
            raise InputError.worded(N_("a memory needs a name"))
        self._gin_pending_lists(True)
        try:
            return self._import_units(name, units, source_file=source_file, member=member)
        finally:
            self._gin_pending_lists(False)
            self.conn.execute("analyze units")

    def _import_units(self, name: str, units: Iterable[TranslationUnit], *, source_file: str | None, member: str) -> tuple[int, int, int, bool]:
        """`import_units` in one transaction (lookups and confirmations go on meanwhile)."""
        stored = skipped = too_long = 0
        with self.conn.transaction():
            row = self.conn.execute("select kind from memories where name = %s for update", (name,)).fetchone()
            if row is not None and row[0] == "project":
                raise InputError.worded(N_("{name!r} is a team project's memory; choose another name"), name=name)
            replaced = row is not None
            if replaced:
                self._count_memory_stems(self._memory_id(name, "shared"), -1)
            self.conn.execute("delete from memories where name = %s", (name,))
            memory_id = self._memory_id(name, "shared", source_file)
            rows = iter(units)
            while batch := list(islice(rows, COPY_BATCH_UNITS)):
                with self.conn.cursor().copy(
                    "copy units(memory_id, tuid, source, target, source_key, status, confidence, changed, changed_by) from stdin"
                ) as copy:
                    for unit in batch:
                        if not unit.source.strip() or not unit.target.strip():
                            skipped += 1
                        elif max(len(unit.source), len(unit.target)) > MAX_SEGMENT_CHARS:
                            too_long += 1
                        else:
                            changed = _iso(unit.changed)
                            copy.write_row((memory_id, unit.tuid, unit.source, unit.target, source_key(unit.source), unit.status, unit.confidence, changed,
                                            unit.changer or unit.creator or member))
                            stored += 1
            if not stored:
                raise psycopg.Rollback
            self._count_memory_stems(memory_id, +1)
        return stored, skipped, too_long, replaced and stored > 0

    def _gin_pending_lists(self, on: bool) -> None:
        """Let the full-text indexes collect new entries in pending lists (a bulk load), or stop
        and merge them (after it).

        Inserting a million units into the GIN trees one by one is slow, so an
        import fills the pending lists and merges them once; single writes go
        to the trees directly (`t003_gin_without_pending_list`). Only the
        indexes' owner may do either: for another role the import loads
        directly, more slowly. (Should the workbench die during an import, the
        pending lists stay on, which slows lookups but loses nothing; the next
        import by the owner turns them off again.)
        """
        value = "on" if on else "off"
        indexes = ("units_source_fts", "units_target_fts")
        try:
            # ALTER INDEX locks the index against every lookup: a transaction of its own,
            # never the import's, which lasts minutes for a million units
            with self.conn.transaction():
                for index in indexes:
                    self.conn.execute(f"alter index {index} set (fastupdate = {value})")  # constant SQL
        except psycopg.errors.InsufficientPrivilege:
            return
        if not on:  # merge what the load left pending; lookups and writes go on meanwhile
            for index in indexes:
                self.conn.execute("select gin_clean_pending_list(%s::regclass)", (index,))

    def memories(self) -> list[tuple[str, str, str | None, int, str]]:
        """(name, kind, source file, units, imported at) for each memory, project memories first."""
        return [
            (r[0], r[1], r[2], int(r[3]), r[4])
            for r in self.conn.execute(
                "select m.name, m.kind, m.source_file, (select count(*) from units u where u.memory_id = m.id), "
                "to_char(m.imported_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                "from memories m order by m.kind = 'shared', m.name"
            )
        ]

    def counts(self, project_memory: str) -> dict[str, int]:
        """What the server holds: every memory and unit, the project memory's units, those of this
        folder (and its copies) among them - the rest are other folders' and units from before
        folders had an identity - and the concepts."""
        row = self.conn.execute(
            "select (select count(*) from memories), (select count(*) from units), "
            "(select count(*) from units u join memories m on m.id = u.memory_id where m.name = %s), "
            "(select count(*) from units u join memories m on m.id = u.memory_id where m.name = %s and u.folder = %s), "
            "(select count(*) from concepts where data is not null)",
            (project_memory, project_memory, self.folder),
        ).fetchone()
        assert row is not None
        return {"memories": int(row[0]), "units": int(row[1]), "project_units": int(row[2]), "folder_units": int(row[3]),
                "concepts": int(row[4])}

    def lookup(
        self,
        text: str,
        *,
        min_score: int = 70,
        limit: int = 5,
        exclude_segment: int | None = None,
        terms: TermFinder | None = None,
    ) -> list[FuzzyMatch]:
        """Fuzzy matches from every memory on the server, scored as the local memory scores."""
        check_min_score(min_score)
        if not text.strip() or limit <= 0:
            return []
        lowest, highest = length_bounds(text, min_score)
        words = list(dict.fromkeys(w.casefold() for w in WORD.findall(text)))
        # each word's first stem, by the index's own configuration, with its unit count: one round trip
        frequencies = {
            stem: int(docs)
            for stem, docs in self.conn.execute(
                "select s.stem, t.docs from unnest(%s::text[]) as w, lateral (select lexeme as stem from "
                "unnest(to_tsvector('workbench_en'::regconfig, w)) order by positions[1] limit 1) s "
                "join source_terms t on t.term = s.stem where t.docs > 0",
                (words,),
            )
        }
        queries = star_queries(pigeonhole_groups(frequencies, min_score), frequencies)
        sources: dict[int, str] = {
            int(unit_id): source
            for unit_id, source in self.conn.execute(
                CANDIDATE_SQL,
                {"queries": queries, "wanted": CANDIDATES, "key": source_key(text), "exact": EXACT_CANDIDATES,
                 "lowest": lowest, "highest": highest},
            )
        }
        keep = rough_shortlist(text, sources, min_score)
        if not keep:
            return []
        # a unit's segment id names a segment of this folder only in its own memory and folder (or
        # one written before units had a folder): another folder's segment 5 is no match of itself.
        # Nor is a teammate's unit of this very segment (a copy of the folder): left out as "the
        # segment's own", boris never saw anna's translation of the segment he was on (session 28)
        rows = self.conn.execute(
            "select u.id, m.name, u.source, u.target, u.status, "
            "case when m.name = %s and u.folder in (%s, '') and coalesce(u.changed_by, '') in (%s, '') then u.segment_id end, "
            f"u.changed from units u join memories m on m.id = u.memory_id where u.id = any(%s) and {_BOUNDED}",
            (self.project_memory, self.folder, self.member, sorted(keep), MAX_SEGMENT_CHARS, MAX_SEGMENT_CHARS),
        ).fetchall()
        units = {row[0]: UnitRow._make(row) for row in rows}
        keep = rough_shortlist(text, {i: r.source for i, r in units.items()}, min_score)
        return self._authored(rank(text, [units[i] for i in keep], min_score=min_score, limit=limit, exclude_segment=exclude_segment,
                                   terms=terms, lang=self.source_lang))

    def _authored(self, found: list[_Found]) -> list[_Found]:
        """`found` with who last wrote each unit (`units.changed_by`): the memory panel, `memory lookup`
        and concordance named the author of a local unit but of no teammate's (session 28)."""
        if not found:
            return found
        authors: dict[int, str] = dict(self.conn.execute("select id, left(changed_by, 256) from units where id = any(%s) and changed_by <> ''",
                                         ([hit.unit_id for hit in found],)).fetchall())
        return [replace(hit, author=safetext.clean(authors[hit.unit_id])) if hit.unit_id in authors else hit for hit in found]

    def search(self, text: str, *, lang: str | None = None, limit: int = 50) -> list[ConcordanceHit]:
        """Concordance on the server: the full-text indexes propose, the local verification decides."""
        side = concordance_side(text, lang, self.source_lang, self.target_lang)
        side_lang = self.source_lang if side == "source" else self.target_lang
        words = [token for token, _, _ in token_spans(text) if is_word(token)]
        if not words or limit <= 0:
            return []
        keys = [word_keys(word, side_lang) for word in words]
        if side == "source":
            condition = "u.source_tsv @@ phraseto_tsquery('workbench_en'::regconfig, %s)"
            argument = " ".join(words)
            adjacent = None
        else:
            condition = "to_tsvector('simple'::regconfig, u.target) @@ %s::tsquery"
            argument = " & ".join(
                "(" + " | ".join(_lexeme(form) for form in sorted(word_forms(word, side_lang))) + ")" for word in words
            )
            adjacent = adjacency_pattern(words, side_lang) if len(words) > 1 else None
        found = HitFolder()
        scanned = 0
        below: int | None = None
        read_all = False
        while len(found.hits) < limit and scanned < MAX_SCANNED:
            bound = "" if below is None else "and u.id < %s "
            params: tuple[Any, ...] = (argument,) if below is None else (argument, below)
            rows = self.conn.execute(
                "select u.id, m.name, u.source, u.target, u.status, u.changed from units u "
                f"join memories m on m.id = u.memory_id where {condition} {bound}and {_BOUNDED} "
                f"order by u.id desc limit {PAGE}",
                (*params, MAX_SEGMENT_CHARS, MAX_SEGMENT_CHARS),
            ).fetchall()
            read_all = len(rows) < PAGE
            if not rows:
                break
            scanned += len(rows)
            below = rows[-1][0]
            for hit in verified_hits(rows, side, keys, side_lang, adjacent):
                found.add(hit)
        return self._authored(found.result(limit, read_all=read_all))


def _seen(segment: dict[str, Any], who: str, changed: str | None) -> bool:
    """Whether the write was made knowing the teammate's unit (`team resolve --keep mine` names it)."""
    base = segment.get("base")
    return isinstance(base, dict) and base.get("by") == who and base.get("changed") == (changed or "")


def star_queries(groups: list[tuple[str, ...]], frequencies: dict[str, int]) -> list[str]:
    """The candidate groups as tsqueries, pairs that share their rarer stem folded into one.

    `memory_search.pigeonhole_groups` asks for the units holding both stems
    of each of up to 276 pairs. GIN answers `a & b` by decoding both posting
    lists, so a stem in ten pairs was decoded ten times; `a & (b | c | ...)`
    drives the scan by the rare `a` alone and gives the same union of units
    with one query per stem (on a million units, with the sources returned at
    once, server CPU per lookup went from 27 to 10 ms). Queries keep the order of their first group, rarest first; groups
    of one or of more than two stems are passed on as they are.
    """
    partners: dict[str, list[str]] = {}
    order: list[str | tuple[str, ...]] = []
    for group in groups:
        if len(group) == 2:
            rare, common = sorted(group, key=lambda stem: (frequencies.get(stem, 0), stem))
            if rare not in partners:
                partners[rare] = []
                order.append(rare)
            partners[rare].append(common)
        else:
            order.append(group)
    queries = []
    for item in order:
        if isinstance(item, tuple):
            queries.append(" & ".join(_lexeme(stem) for stem in item))
        else:
            others = [_lexeme(stem) for stem in partners[item]]
            queries.append(f"{_lexeme(item)} & " + (others[0] if len(others) == 1 else "(" + " | ".join(others) + ")"))
    return queries


def _iso(moment: datetime | None) -> str | None:
    """ISO 8601 UTC to the second, as the local memory stores unit dates (ties rank alike)."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _lexeme(form: str) -> str:
    """A word as a quoted tsquery lexeme (already folded, as the index's `simple` config makes it)."""
    return "'" + form.replace("\\", "\\\\").replace("'", "''") + "'"
