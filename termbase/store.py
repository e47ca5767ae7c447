"""A termbase on disk: SQLite through sqlite-utils, schema evolved by migrations.

`Termbase(path_or_db)` opens (or creates) a termbase file, or wraps an
existing `sqlite_utils.Database` (tests pass one in memory). Several projects
may share one termbase file; the file is in WAL mode so a reader (the TUI)
never blocks a writer (the CLI) for long.

Concepts are stored in two tables, `concepts` and `terms`; every write bumps
`meta.revision` in the same transaction, so a cache (a matcher built from the
termbase) can tell cheaply whether it is stale, even in WAL mode where the
file's modification time does not change on every commit.
"""

from __future__ import annotations

import gc
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from termbase.errors import N_, Note, TermbaseError
from termbase.foreign_triggers import foreign_trigger
from termbase.held_rows import TERMBASE_TRIGGERS, hold_rows
from termbase.languages import primary_language
from termbase.migration_set import MigrationSet
from termbase.model import Concept, Definition, Term, TermStatus
from termbase.normalize import fold_text, is_word, tokens
from termbase.transactions import write_transaction
from termbase.wal_pair import count_opening, release_opening

migrations = MigrationSet("termbase")
BUSY_TIMEOUT_MS = 10_000
"""How long a writer waits for another process's lock before failing with a clear error."""
IMPORT_BATCH = 2000
"""Concepts written per round of `import_concepts` (one id lookup, one insert of each kind)."""
SEARCH_CANDIDATES = 5000
"""Rows of each kind (terms, concepts' notes) a search by inflected form looks at, at most."""
_CYRILLIC = re.compile("[\u0400-\u04ff]")
IMPORT_CACHE_KIB = 65536
"""SQLite page cache while importing: the term indexes of a million concepts fit."""
BUSY_TIMEOUT_ENV = "WORKBENCH_BUSY_TIMEOUT_MS"
"""Overrides BUSY_TIMEOUT_MS, as it does for the project database (a bad value keeps the default)."""


def busy_timeout_ms() -> int:
    """The lock wait in milliseconds: the environment's when it names a whole number."""
    value = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    return int(value) if value.isdigit() else BUSY_TIMEOUT_MS


@migrations(name="m001_initial")
def _m001_initial(db: Database) -> None:
    """Concepts, their terms in file order, and the change counter."""
    db.table("concepts").create(
        {
            "id": str,
            "position": int,
            "subject": str,
            "definition": str,
            "note": str,
            "folded": str,
        },
        pk="id",
        not_null={"position"},
    )
    db.table("terms").create(
        {
            "id": int,
            "concept_id": str,
            "position": int,
            "lang": str,
            "text": str,
            "folded": str,
            "status": str,
            "part_of_speech": str,
            "usage_note": str,
            "context": str,
            "case_sensitive": int,
        },
        pk="id",
        foreign_keys=[("concept_id", "concepts", "id")],
        not_null={"concept_id", "position", "lang", "text", "folded", "status", "case_sensitive"},
    )
    db.table("terms").create_index(["concept_id", "position"])
    db.table("terms").create_index(["folded"])
    db.table("meta").create({"key": str, "value": int}, pk="key")
    db.table("meta").insert({"key": "revision", "value": 0})


@migrations(name="m002_concept_position_index")
def _m002_concept_position_index(db: Database) -> None:
    """Concepts by position: every added concept asks for `max(position)`, which without
    an index reads every concept, so a team pull of many new concepts into a large
    termbase took time growing with the product of the two."""
    db.table("concepts").create_index(["position"])


@migrations(name="m003_definitions")
def _m003_definitions(db: Database) -> None:
    """A definition in each further language (`Concept.definitions`): TBX keeps one a language
    section, and the model held one a concept, so a client's Russian definitions became note
    lines nobody could edit as definitions."""
    db.table("definitions").create(
        {"id": int, "concept_id": str, "position": int, "lang": str, "text": str},
        pk="id",
        foreign_keys=[("concept_id", "concepts", "id")],
        not_null={"concept_id", "position", "lang", "text"},
    )
    db.table("definitions").create_index(["concept_id", "position"])


ConceptRows = tuple[str, str | None, str | None, str | None, str, list[tuple[Any, ...]], list[tuple[Any, ...]]]
"""A concept as `concept_rows` stores it: id, subject, definition, note, their folded text
(for search), its `terms` rows in order and its `definitions` rows. Plain tuples: they cross a
process boundary cheaply (`termbase.bulk`) and go to `executemany` as they are."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What `Termbase.import_concepts` did."""

    added: int
    updated: int


class Termbase:
    """Concepts and terms in one SQLite file; all reads return frozen `Concept`s."""

    def __init__(self, path_or_db: str | Path | Database) -> None:
        """Open or create the termbase at a path, or use an open database."""
        self._opening: str | None = None
        """The file's count in `wal_pair` until the first `close`: a check opens it many times."""
        if isinstance(path_or_db, Database):
            self.db = path_or_db
            self.path: Path | None = None
        else:
            self.path = Path(path_or_db)
            self._opening = count_opening(self.path)
            try:
                self.db = _connect(self.path)
            except BaseException:
                self._release()
                raise
        try:
            self._migrate()
        except sqlite3.OperationalError as exc:
            self.close()
            if _busy(exc):  # another process holds the lock past the wait: "the project is busy"
                raise
            raise TermbaseError.worded(N_("{name}: not a termbase ({exc})"), name=self.path or 'database', exc=exc) from None
        except sqlite3.DatabaseError as exc:
            self.close()
            raise TermbaseError.worded(N_("{name}: not a termbase ({exc})"), name=self.path or 'database', exc=exc) from None
        except BaseException:
            self.close()
            raise

    def _migrate(self) -> None:
        """Refuse a file that is not ours before anything is written to it, then set it up.

        Only reads happen until the file is known to be a termbase (or empty): a foreign
        SQLite file opened by mistake is left byte for byte as it was.
        """
        tables = set(self.db.table_names())
        applied = migrations.applied_names(self.db)
        if tables - {migrations.migrations_table} and "concepts" not in tables and not applied:
            raise TermbaseError.worded(N_("{name} is an SQLite file but not a termbase"), name=self.path or 'database')
        if migrations.newer(self.db):
            raise TermbaseError.worded(N_("{name} was made by a newer termbase version"), name=self.path or 'database')
        if (trigger := foreign_trigger(self.db.conn, dict.fromkeys(TERMBASE_TRIGGERS))) is not None:
            raise TermbaseError.worded(
                N_("{name} holds a trigger the termbase did not make ({trigger}): it would run at every write and could change the concepts; drop it with the sqlite3 shell, or use a copy you trust"),
                name=self.path or 'database', trigger=trigger,
            )
        if self.path is not None and self.db.execute("pragma journal_mode").fetchone()[0] != "wal":
            self.db.enable_wal()
        migrations.apply_pending(self.db, lock=self.writing)
        if self.path is not None:  # a termbase in memory is only ever written by its own code
            hold_rows(self.db.conn, self.path, lock=self.writing)

    def writing(self) -> AbstractContextManager[None]:
        """One write transaction holding the lock (see `write_transaction`): wrap a read
        that decides a write (a fresh id, an existing concept) with it, so that two
        processes cannot both decide on the same state."""
        return write_transaction(self.db.conn)

    def close(self) -> None:
        if self.path is not None:
            self.db.close()
        self._release()

    def _release(self) -> None:
        if self._opening is not None:  # closed twice is counted once
            release_opening(self._opening)
            self._opening = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------

    @property
    def revision(self) -> int:
        """A counter bumped by every write: equal revisions mean equal contents."""
        row = self.db.execute("select value from meta where key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def __len__(self) -> int:
        return self.db.table("concepts").count

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts())

    def __contains__(self, concept_id: object) -> bool:
        return isinstance(concept_id, str) and self.get(concept_id) is not None

    def concepts(self) -> list[Concept]:
        """Every concept in the order it was added."""
        return self._load("1 = 1", [])

    def get(self, concept_id: str) -> Concept | None:
        found = self._load("c.id = ?", [concept_id])
        return found[0] if found else None

    def languages(self) -> list[str]:
        """Language tags used by terms, most used first."""
        return [
            row[0]
            for row in self.db.execute(
                "select lang from terms group by lang order by count(*) desc, lang"
            ).fetchall()
        ]

    def with_term(self, text: str, lang: str) -> list[Concept]:
        """Concepts that have exactly this term (folded) in this language."""
        ids = [
            row[0]
            for row in self.db.execute(
                "select distinct concept_id from terms where folded = ?", [fold_text(text)]
            ).fetchall()
        ]
        concepts = [c for c in (self.get(i) for i in ids) if c is not None]
        return [
            c
            for c in concepts
            if any(t.key == (primary_language(lang), fold_text(text)) for t in c.terms)
        ]

    def search(
        self, query: str, lang: str | None = None, limit: int | None = None, *, notes_only: bool = False
    ) -> list[Concept]:
        """Concepts whose terms (in `lang`, if given) or notes contain `query`, best first.

        Case, ё/е, quote and hyphen variants are ignored, and so is inflection:
        «профсоюзов» finds «профсоюз», "unions" finds "trade union", and a word
        of a definition or note is found in any of its forms too. Ranking: a
        term equal to the query, then a term starting with it or equal to it
        up to inflection, then a term containing it (as written or inflected),
        then a match in the subject, definition or note only (`notes_only`:
        only those).
        """
        needle = fold_text(query)
        if not needle:
            return self.concepts()[:limit]
        pattern = "%" + _escape_like(needle) + "%"
        rows = self.db.execute(
            "select concept_id, lang, folded from terms where folded like ? escape '\\'",
            [pattern],
        ).fetchall()
        rank: dict[str, int] = {}
        for concept_id, term_lang, folded in rows:
            if lang is not None and primary_language(term_lang) != primary_language(lang):
                continue
            score = 0 if folded == needle else 1 if folded.startswith(needle) else 2
            rank[concept_id] = min(score, rank.get(concept_id, 3))
        inflected, in_notes = self._inflected_matches(needle, lang)
        for concept_id, score in inflected.items():
            rank[concept_id] = min(score, rank.get(concept_id, 4))
        for (concept_id,) in self.db.execute(
            "select id from concepts where folded like ? escape '\\'", [pattern]
        ).fetchall():
            in_notes.add(concept_id)
        for concept_id in in_notes:
            rank.setdefault(concept_id, 3)
        if notes_only:
            rank = {concept_id: 3 for concept_id in in_notes}
        order = {c.id: i for i, c in enumerate(self.concepts())} if rank else {}
        ids = sorted(rank, key=lambda cid: (rank[cid], order.get(cid, 0)))[:limit]
        found = {c.id: c for c in self._load_many(ids)}
        return [found[i] for i in ids if i in found]

    def _inflected_matches(self, needle: str, lang: str | None) -> tuple[dict[str, int], set[str]]:
        """Concepts whose terms (with their rank) or notes hold the query's words in any inflected form.

        The words' stems (`morphology.stems`) fetch candidates through `LIKE`;
        lemma keys then decide, word by word and in order, as the term matcher
        does. Rank 1: the whole term; 2: part of a term. At most `SEARCH_CANDIDATES` rows of each kind are
        looked at, which bounds a search in a million-concept termbase.
        """
        from termbase.morphology import lemmatizer_for, stems

        words = [token for token in tokens(needle) if is_word(token)]
        if not words:
            return {}, set()
        query_lang = lang or ("ru" if _CYRILLIC.search(needle) else "en")
        wanted = [frozenset((w, *lemmatizer_for(query_lang).keys(w))) for w in words]
        where = " and ".join(
            "(" + " or ".join("folded like ? escape '\\'" for _ in stems(w, query_lang)) + ")" for w in words
        )
        params = ["%" + _escape_like(stem) + "%" for w in words for stem in stems(w, query_lang)]
        found: dict[str, int] = {}
        for concept_id, term_lang, folded in self.db.execute(
            f"select concept_id, lang, folded from terms where {where} limit {SEARCH_CANDIDATES}", params
        ).fetchall():
            if primary_language(term_lang) != primary_language(query_lang):
                continue
            whole = _phrase_at(tokens(folded), wanted, term_lang)
            if whole is not None:
                found[concept_id] = min(1 if whole else 2, found.get(concept_id, 3))
        in_notes = {
            concept_id
            for concept_id, folded in self.db.execute(
                f"select id, folded from concepts where {where} limit {SEARCH_CANDIDATES}", params
            ).fetchall()
            if _phrase_at(tokens(folded or ""), wanted, query_lang) is not None
        }
        return found, in_notes

    def new_id(self) -> str:
        """A fresh concept id of the form `c<number>`, valid as a TBX/XML id: one past
        the highest such id. SQLite finds it over the `c` range of the id index;
        reading every id into Python took a second at a million concepts. A number
        too large for SQLite's integers is stepped past until the id is free."""
        (highest,) = self.db.execute(
            "select max(cast(substr(id, 2) as integer)) from concepts "
            "where id glob 'c[0-9]*' and substr(id, 2) not glob '*[^0-9]*'"
        ).fetchone()
        number = (highest or 0) + 1
        while self._exists(f"c{number}"):
            number += 1
        return f"c{number}"

    # -- writing -----------------------------------------------------------------

    def add(self, concept: Concept) -> Concept:
        """Store a new concept; its id must be unused."""
        with self.writing():
            if self._exists(concept.id):
                raise TermbaseError.worded(N_("concept {id} already exists"), id=concept.id)
            self._write(concept, self._next_position())
            self._bump()
        return concept

    def update(self, concept: Concept) -> Concept:
        """Replace a stored concept (fields and all terms) by id."""
        with self.writing():
            row = self.db.execute(
                "select position from concepts where id = ?", [concept.id]
            ).fetchone()
            if row is None:
                raise TermbaseError.worded(N_("no concept {id}"), id=concept.id)
            self._delete_rows(concept.id)
            self._write(concept, row[0])
            self._bump()
        return concept

    def put(self, concept: Concept) -> bool:
        """Add the concept, or replace the one with its id; True when it was new."""
        with self.writing():
            new = not self._exists(concept.id)
            if new:
                self.add(concept)
            else:
                self.update(concept)
        return new

    def delete(self, concept_id: str) -> None:
        with self.writing():
            if not self._exists(concept_id):
                raise TermbaseError.worded(N_("no concept {id}"), id=concept_id)
            self._delete_rows(concept_id)
            self._bump()

    def import_concepts(self, concepts: Iterable[Concept]) -> ImportResult:
        """Add or replace (by id) many concepts in one transaction; a stream is fine.

        The concepts become rows here (`concept_rows`) and go in as `import_rows` says.
        """
        return self.import_rows(map(concept_rows, concepts))

    def import_rows(self, rows: Iterable[ConceptRows]) -> ImportResult:
        """Add or replace (by id) many concepts, given as their rows, in one transaction.

        Rows rather than concepts so that another process may read and check a file
        while this one writes (`termbase.bulk`); `import_concepts` makes them here.
        Linear in the number of concepts: positions are counted here rather than looked
        up per concept, existing ids are looked up a batch at a time, and rows go in by
        prepared statements; a concept given twice replaces its earlier self. Into an
        empty termbase (a first import, `--replace`) the term indexes are dropped and
        built again at the end, in the same transaction: one sort instead of a million
        scattered index inserts. The import's larger page cache is given back after.
        """
        added = updated = 0
        with self.writing(), self._bulk_cache(), _no_cycle_collection():
            position = self._next_position()
            indexes = self._drop_term_indexes() if position == 1 else []
            batch: dict[str, ConceptRows] = {}
            for row in rows:
                concept_id = row[0]
                if concept_id in batch:
                    updated += 1
                batch[concept_id] = row  # keeps the first one's place in the batch
                if len(batch) >= IMPORT_BATCH:
                    position, new = self._import_batch(batch, position)
                    added, updated = added + new, updated + len(batch) - new
                    batch = {}
            position, new = self._import_batch(batch, position)
            added, updated = added + new, updated + len(batch) - new
            for sql in indexes:
                self.db.execute(sql)
            if added or updated:
                self._bump()
        return ImportResult(added, updated)

    @contextmanager
    def _bulk_cache(self) -> Iterator[None]:
        """A page cache the indexes of a million concepts fit in, for the import only."""
        (before,) = self.db.execute("pragma cache_size").fetchone()
        self.db.execute(f"pragma cache_size = -{IMPORT_CACHE_KIB}")
        try:
            yield
        finally:
            self.db.execute(f"pragma cache_size = {int(before)}")

    def _drop_term_indexes(self) -> list[str]:
        """Drop the `terms` table's own indexes (inside the caller's transaction); their SQL."""
        rows = self.db.execute(
            "select name, sql from sqlite_master where type = 'index' and tbl_name = 'terms' and sql is not null"
        ).fetchall()
        for name, _ in rows:
            self.db.execute(f"drop index [{name}]")
        return [sql for _, sql in rows]

    def _import_batch(self, batch: dict[str, ConceptRows], position: int) -> tuple[int, int]:
        """Write a batch of concepts with distinct ids; returns the next position and how many were new."""
        if not batch:
            return position, 0
        ids = list(batch)
        marks = ",".join("?" * len(ids))
        existing = dict(
            self.db.execute(f"select id, position from concepts where id in ({marks})", ids).fetchall()
        )
        if existing:
            gone = [(concept_id,) for concept_id in existing]
            self.db.conn.executemany("delete from terms where concept_id = ?", gone)
            self.db.conn.executemany("delete from definitions where concept_id = ?", gone)
            self.db.conn.executemany("delete from concepts where id = ?", gone)
        concepts: list[tuple[Any, ...]] = []
        term_rows: list[tuple[Any, ...]] = []
        definition_rows: list[tuple[Any, ...]] = []
        for concept_id, (_, subject, definition, note, folded, terms, definitions) in batch.items():
            where = existing.get(concept_id)
            if where is None:
                where, position = position, position + 1
            concepts.append((concept_id, where, subject, definition, note, folded))
            term_rows.extend(terms)
            definition_rows.extend(definitions)
        self.db.conn.executemany(_INSERT_CONCEPT, concepts)
        self.db.conn.executemany(_INSERT_TERM, term_rows)
        if definition_rows:
            self.db.conn.executemany(_INSERT_DEFINITION, definition_rows)
        return position, len(batch) - len(existing)

    def clear(self) -> None:
        """Remove every concept (used before replacing a termbase wholesale)."""
        with self.writing():
            self.db.execute("delete from terms")
            self.db.execute("delete from definitions")
            self.db.execute("delete from concepts")
            self._bump()

    # -- internals ---------------------------------------------------------------

    def _exists(self, concept_id: str) -> bool:
        return (
            self.db.execute("select 1 from concepts where id = ?", [concept_id]).fetchone()
            is not None
        )

    def _next_position(self) -> int:
        row = self.db.execute("select max(position) from concepts").fetchone()
        return (row[0] or 0) + 1

    def _bump(self) -> None:
        self.db.execute("update meta set value = value + 1 where key = 'revision'")

    def _delete_rows(self, concept_id: str) -> None:
        self.db.execute("delete from terms where concept_id = ?", [concept_id])
        self.db.execute("delete from definitions where concept_id = ?", [concept_id])
        self.db.execute("delete from concepts where id = ?", [concept_id])

    def _write(self, concept: Concept, position: int) -> None:
        concept_id, subject, definition, note, folded, terms, definitions = concept_rows(concept)
        self.db.execute(_INSERT_CONCEPT, (concept_id, position, subject, definition, note, folded))
        self.db.conn.executemany(_INSERT_TERM, terms)
        if definitions:
            self.db.conn.executemany(_INSERT_DEFINITION, definitions)

    def _load_many(self, ids: list[str]) -> list[Concept]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return self._load(f"c.id in ({marks})", ids)

    def _load(self, where: str, params: list[Any]) -> list[Concept]:
        terms: dict[str, list[Term]] = {}
        for row in self.db.execute(
            "select t.concept_id, t.lang, t.text, t.status, t.part_of_speech, t.usage_note, "
            f"t.context, t.case_sensitive from terms t join concepts c on c.id = t.concept_id "
            f"where {where} order by t.concept_id, t.position",
            params,
        ).fetchall():
            terms.setdefault(row[0], []).append(
                Term(
                    text=row[2],
                    lang=row[1],
                    status=TermStatus(row[3]),
                    part_of_speech=row[4],
                    usage_note=row[5],
                    context=row[6],
                    case_sensitive=bool(row[7]),
                )
            )
        definitions: dict[str, list[Definition]] = {}
        for concept_id, lang, text in self.db.execute(
            "select d.concept_id, d.lang, d.text from definitions d join concepts c on c.id = d.concept_id "
            f"where {where} order by d.concept_id, d.position",
            params,
        ).fetchall():
            definitions.setdefault(concept_id, []).append(Definition(lang, text))
        return [
            Concept(
                id=row[0],
                subject=row[1],
                definition=row[2],
                note=row[3],
                terms=tuple(terms.get(row[0], ())),
                definitions=tuple(definitions.get(row[0], ())),
            )
            for row in self.db.execute(
                f"select c.id, c.subject, c.definition, c.note from concepts c where {where} "
                "order by c.position",
                params,
            ).fetchall()
        ]


_INSERT_CONCEPT = (
    "insert into concepts (id, position, subject, definition, note, folded) values (?, ?, ?, ?, ?, ?)"
)
_INSERT_DEFINITION = "insert into definitions (concept_id, position, lang, text) values (?, ?, ?, ?)"
_INSERT_TERM = (
    "insert into terms (concept_id, position, lang, text, folded, status, part_of_speech, "
    "usage_note, context, case_sensitive) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


_STATUS_VALUES = {status: status.value for status in TermStatus}
"""A dict lookup: cheaper than the enum's `value` property a million times over."""


MAX_NOTE_CHARS = 10_000
"""The longest subject, definition, note, part of speech, usage note or context stored: pages
of prose, where real ones are a sentence or a paragraph. A received glossary's 5 MB usage note
went into every finding on its term (5 MB of `check` output a segment) and every term panel
(hardening, round twelve); a segment holds at most 50,000 characters."""


MAX_TERM_CHARS = 1_000
"""The longest term stored: a term is a word or a phrase, and 1,000 characters is a paragraph.
Nothing bounded one: a 50 MB term a team member put on the server (or a received glossary's)
went into every member's termbase at `team sync`, and every `check` then took 63 s instead of
7 s and `term list` 14 s (hardening, round fifteen)."""


def concept_rows(concept: Concept) -> ConceptRows:
    """The rows a concept is stored as, less its position (which the termbase gives).

    Every write passes here (an import, its second process, `term add`, the app's form, a team
    pull), so this is where a note too long to show (`MAX_NOTE_CHARS`) or a term too long to be
    one (`MAX_TERM_CHARS`) is refused."""
    concept_id = concept.id
    terms = [
        (
            concept_id, index, term.lang, term.text, fold_text(term.text), _STATUS_VALUES[term.status],
            term.part_of_speech, term.usage_note, term.context, int(term.case_sensitive),
        )
        for index, term in enumerate(concept.terms)
    ]
    for row in terms:
        if len(row[3]) > MAX_TERM_CHARS:
            raise TermbaseError.worded(
                N_("concept {id}: a term is {length:,} characters long (at most {most:,})"),
                id=concept_id, length=len(row[3]), most=MAX_TERM_CHARS,
            )
        if row[6] or row[7] or row[8]:
            _refuse_long_notes(concept_id, zip(_TERM_NOTES, row[6:9]))
    definitions = [(concept_id, index, d.lang, d.text) for index, d in enumerate(concept.definitions)]
    subject, definition, note = concept.subject, concept.definition, concept.note
    if not (subject or definition or note or definitions):
        return (concept_id, subject, definition, note, "", terms, definitions)
    further = [row[3] for row in definitions]
    _refuse_long_notes(concept_id, zip(_CONCEPT_NOTES + (N_("definition"),) * len(further),
                                       (subject, definition, note, *further)))
    searchable = " ".join(filter(None, (subject, definition, note, *further)))
    return (concept_id, subject, definition, note, fold_text(searchable), terms, definitions)


_TERM_NOTES = (N_("part of speech"), N_("usage note"), N_("context"))
_CONCEPT_NOTES = (N_("subject"), N_("definition"), N_("note"))


def _refuse_long_notes(concept_id: str, fields: Iterable[tuple[str, str | None]]) -> None:
    for name, text in fields:
        if text and len(text) > MAX_NOTE_CHARS:
            raise TermbaseError.worded(
                N_("concept {id}: its {field} is {length:,} characters long (at most {most:,})"),
                id=concept_id, field=Note.worded(name), length=len(text), most=MAX_NOTE_CHARS,
            )


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cycle collector paused for a bulk import: it makes and drops millions of
    acyclic objects (concepts, terms, row tuples), which the collector would otherwise
    scan again and again for cycles they cannot have."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _busy(exc: sqlite3.Error) -> bool:
    """Another program's lock outlasted the wait, read from SQLite's result code, never its words
    (as `workbench.core.project.database_refusal` reads every refusal; this library cannot import it)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _phrase_at(words: list[str], wanted: list[frozenset[str]], lang: str) -> bool | None:
    """Whether consecutive `words` share a lemma key with each wanted word in turn: None if
    nowhere, True if they are all the words there are (the whole term), else False."""
    from termbase.morphology import lemmatizer_for

    lemmatizer = lemmatizer_for(lang)
    size = len(wanted)
    for start in range(len(words) - size + 1):
        if all(
            is_word(words[start + i])
            and (wanted[i] & {words[start + i], *lemmatizer.keys(words[start + i])})
            for i in range(size)
        ):
            return size == len(words)
    return None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _connect(path: Path) -> Database:
    """WAL, a bounded lock wait, and a clear error for a file that is not SQLite."""
    if path.exists() and not path.is_file():
        raise TermbaseError.worded(N_("{path} is not a file"), path=path)
    timeout_ms = busy_timeout_ms()
    try:
        conn = sqlite3.connect(str(path), timeout=timeout_ms / 1000)
        db = Database(conn)
        db.execute(f"pragma busy_timeout = {timeout_ms}")
    except sqlite3.DatabaseError as exc:
        raise TermbaseError.worded(N_("{path}: cannot open as a termbase ({exc})"), path=path, exc=exc) from None
    return db
