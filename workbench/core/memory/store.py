"""The translation memory: the project's own confirmed pairs and imported memories.

It lives in `memory.db` beside `project.db` (SQLite, WAL, schema through
`sqlite_utils` migrations, see `memory_schema`). There are two kinds of
memory:

* the **project memory** (named `project`): every confirmed segment
  (translated or reviewed, non-empty target) of the project, kept in step by
  `sync_project` (a diff against `project.db`, cheap enough to run before each
  CLI lookup) or one segment at a time by `record_segment` (for the TUI);
* **shared memories**: TMX (or TSV) files imported with `import_file`, one
  memory per file name; importing the same name again replaces it.

Searching is `lookup` (fuzzy matches, `memory_search`) and `search`
(concordance, `memory_concordance`). An imported memory's targets join the
target-side full-text index on the first concordance that needs them
(`index_targets`), not during the import (see `m002_deferred_target_index`).
A `TranslationMemory` wraps one SQLite connection, which SQLite allows in one
thread only: a TUI worker thread opens its own with
`TranslationMemory.for_project(project)` (or `open`).
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from termbase import safetext
from termbase.transactions import write_transaction
from termbase.wal_pair import ForeignLog, count_opening, release_opening
from workbench.core.memory import terms as memory_terms
from workbench.core.memory.batch import BatchMatcher, BestMatch
from workbench.core.memory.bulk import (
    LOAD_BATCH,
    WriterProcess,
    bulk_cache,
    bulk_fts_settings,
    index_built_after,
)
from workbench.core.memory.concordance import ConcordanceHit, Concordancer, concordance_side
from workbench.core.memory.integrity import MEMORY_TRIGGERS, check_memory
from workbench.core.memory.rows import (
    Run,
    Tally,
    insert_rows,
    insert_runs,
    rows_of,
    runs_of,
    tmx_row_batches,
    unit_row,
)
from workbench.core.memory.schema import SOURCE_FTS, TARGET_FTS, migrations
from workbench.core.memory.search import (
    FuzzyMatch,
    Matcher,
    TermFinder,
    check_min_score,
)
from workbench.core.project import (
    READ_ERRORS,
    Project,
    busy_timeout_ms,
    is_busy,
    project_user,
    refuse_foreign_triggers,
    refused_opening,
    utc_now,
)
from workbench.errors import InputError, ProjectError
from workbench.formats.base import TranslationUnit
from workbench.formats.registry import reader_for
from workbench.formats.tmx import ReadCounts, TmxFormat, read_tmx
from workbench.tags import InlineCodes
from workbench.wording import N_

MEMORY_FILE = "memory.db"
PROJECT_MEMORY = "project"
"""Name of the memory holding the project's own confirmed segments."""
CONFIRMED = ("translated", "reviewed")
SOURCE_KEY_INDEX = "idx_units_source_key"
"""The exact-match index (`m001_initial`), rebuilt after a bulk load rather than filled row by row."""
SEGMENT_INDEX = "idx_units_memory_id_segment_id"
"""The index of a memory's units and a project unit's segment (`m001_initial`), rebuilt after a bulk
load too: an entry a row took a third of the inserts' time (a B-tree search from the root for
each, though every one goes at the end), building it after the load a seventh (per 200,000
units 0.85 s inserting with it, 0.58 s without and 0.12 s building it)."""
INDEX_EVERY = 50_000
"""Units inserted before their sources are indexed together. FTS5 writes its buffer of new entries
out at the start of every statement, and every segment written is merged again later: on a
million units, indexing 5,000 at a time took half as long again as indexing 50,000 at a time or
all of them at the end; 50,000 keeps the indexing beside a bulk load's reading, not after it."""
TARGET_CHUNK = 100_000
"""Units added to the target-side index per transaction by `index_targets` (about a second of work)."""


@dataclass(frozen=True, slots=True)
class MemoryInfo:
    """One memory in the database, for listings."""

    name: str
    kind: str
    """`project` (the project's own segments) or `shared` (an imported file)."""
    source_file: str | None
    units: int
    imported_at: str


@dataclass(frozen=True, slots=True)
class MemoryImport:
    """What importing a file into the memory did."""

    memory: str
    units: int
    """Units stored."""
    skipped: int
    """Units left out because the source or the target was empty."""
    replaced: bool
    """True when a memory of the same name existed and was replaced."""
    too_long: int = 0
    """Units left out because one side held more than `MAX_SEGMENT_CHARS` characters
    (a whole document in one unit: it could never be a useful match, and would slow
    every lookup that reached it)."""
    no_source: int = 0
    """TMX units left out with no variant in the source language (a de/ru unit in an en/ru file)."""
    other_direction: int = 0
    """TMX units left out because their `srclang` names another source language."""
    dropped: int = 0
    """Attributes of TMX units dropped, the units kept: a date that is no date, a `creationid` or
    `changeid` too long to be a name (`formats.tmx.ReadCounts.dropped`)."""


@dataclass(frozen=True, slots=True)
class ProjectSync:
    """What bringing the project memory up to date changed."""

    added: int
    removed: int
    units: int
    """Units in the project memory afterwards."""


MEMORY_NAME_CHARS = 255
"""The longest memory name: a file name's length (a memory is named after its file by default)."""


def named_after(path: Path) -> str:
    """A memory's name from its file's name: the name's bytes in another encoding (a file named on
    a Windows-1251 disk) are left out rather than refused, as a typed name's are by
    `memory_name`: the user chose the file, not its name."""
    return "".join(c for c in path.name if not "\udc80" <= c <= "\udcff")


def memory_name(name: str) -> str:
    """`name` as an imported memory's name, the same for a project's memory file and a team
    server: named after a file or typed, and shown on one line by every memory view, so without
    terminal control and with each run of spaces, tabs or line breaks one space (a name with a
    newline printed as two lines); at most `MEMORY_NAME_CHARS` (a name of a megabyte reached a team
    server's index as "the server went away"). InputError when nothing or too much is left."""
    name.encode("utf-8")  # an argument's undecodable bytes are refused as not UTF-8, not dropped
    name = " ".join(safetext.clean(name).split())
    if not name:
        raise InputError.worded(N_("a memory needs a name"))
    if len(name) > MEMORY_NAME_CHARS:
        raise InputError.worded(N_("a memory name of {count} characters is too long (at most {most})"),
                                count=len(name), most=MEMORY_NAME_CHARS)
    return name


def _refuse_a_newer_memory(conn: sqlite3.Connection, path: Path) -> None:
    """ProjectError when a newer workbench migrated the file (a migration this one does not
    know): its tables may hold what this version would break, so it is left as it is, as a
    newer `project.db` is. It was opened and written into (hardening, round 38)."""
    if unknown := migrations.newer(conn):
        raise ProjectError.worded(N_("{path} was made by a newer workbench (schema {schema}); upgrade workbench"),
                                  path=path, schema=sorted(unknown)[-1])


class TranslationMemory:
    """One project's memory database: import, keep in step, look up, search."""

    def __init__(self, db: Database, *, source_lang: str = "en", target_lang: str = "ru") -> None:
        """Wrap `db` (a file or `Database(memory=True)` in tests) and migrate it."""
        self.db = db
        self.source_lang = source_lang
        self.target_lang = target_lang
        migrations.apply(db)
        self._matcher: Matcher | None = None
        self._concordancer: Concordancer | None = None
        self._opening: str | None = None
        """The file's count in `termbase.wal_pair` while `open`'s connection is open."""
        self.user: str | None = None
        """Who the project memory's units recorded one at a time name (`record_segment`):
        the project's user (`for_project`); None names nobody."""

    @classmethod
    def open(cls, path: Path | str, *, source_lang: str = "en", target_lang: str = "ru") -> TranslationMemory:
        """Open (creating if needed) the memory database at `path`."""
        path = Path(path)
        try:  # opened many times in one process (the TUI, `check`): the log is checked at the first
            opening = count_opening(path)
        except ForeignLog as exc:
            raise ProjectError.rewording(exc) from None
        conn: sqlite3.Connection | None = None
        try:
            timeout_ms = busy_timeout_ms()
            conn = sqlite3.connect(str(path), timeout=timeout_ms / 1000)
            db = Database(conn)
            db.execute(f"pragma busy_timeout = {timeout_ms}")
            _refuse_a_newer_memory(conn, path)  # before anything is written to it
            if db.execute("pragma journal_mode").fetchone()[0] != "wal":
                db.enable_wal()
            db.execute("pragma synchronous = normal")
            refuse_foreign_triggers(conn, path, dict.fromkeys(MEMORY_TRIGGERS))
            # creating the tables waits for the lock like any write
            migrations.apply_pending(db, lock=lambda: write_transaction(db.conn))
            check_memory(conn, path, lock=lambda: write_transaction(db.conn))
            memory = cls(db, source_lang=source_lang, target_lang=target_lang)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            release_opening(opening)
            if not isinstance(exc, sqlite3.DatabaseError) or is_busy(exc):
                raise  # a busy one: the CLI and TUI say "the project is busy", and the TUI tries again
            raise refused_opening(exc, path, N_("{path}: cannot open the translation memory ({error})")) from None
        memory._opening = opening
        return memory

    @classmethod
    def for_project(cls, project: Project) -> TranslationMemory:
        """The memory of `project` (`memory.db` in its folder), in its languages, its units
        recorded in the name of the project's user."""
        memory = cls.open(
            project.path / MEMORY_FILE,
            source_lang=project.config.source_lang,
            target_lang=project.config.target_lang,
        )
        memory.user = project_user(project)
        return memory

    def close(self) -> None:
        self.db.close()
        if self._opening is not None:  # closed twice is counted once
            release_opening(self._opening)
            self._opening = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what is in it ----------------------------------------------------------

    def memories(self) -> list[MemoryInfo]:
        """Every memory with its unit count, the project memory first."""
        rows = self.db.execute(
            "select m.name, m.kind, m.source_file, m.imported_at, "
            "(select count(*) from units u where u.memory_id = m.id) "
            "from memories m order by m.kind = 'shared', m.name"
        ).fetchall()
        return [MemoryInfo(name, kind, source, count, at) for name, kind, source, at, count in rows]

    def unit_count(self) -> int:
        return int(self.db.execute("select count(*) from units").fetchone()[0])

    # -- importing ----------------------------------------------------------------

    def import_file(
        self, path: Path | str, *, name: str | None = None, progress: Callable[[int, int], None] | None = None
    ) -> MemoryImport:
        """Import a TMX or TSV file as a shared memory named after the file (or `name`).

        A large TMX file into a memory file is parsed on two cores (`rows.tmx_row_batches`)
        while a `WriterProcess` stores the rows; `progress(done, total)` hears the bytes of such
        a file read so far (`formats.tmx.tmx_parts`)."""
        path = Path(path)
        if not path.is_file():
            raise InputError.worded(N_("{path}: no such file"), path=path)
        reader = reader_for(path)
        tally = Tally()
        file = self._file()
        packed = None
        if isinstance(reader, TmxFormat) and file is not None and not self.db.conn.in_transaction:
            packed = tmx_row_batches(path, self.source_lang, self.target_lang, tally, progress)
        if packed is None:
            if not isinstance(reader, TmxFormat):
                return self.import_units(name or named_after(path), reader.read(path, self.source_lang, self.target_lang), source_file=str(path))
            counts = ReadCounts()
            report = self.import_units(
                name or named_after(path), read_tmx(path, self.source_lang, self.target_lang, counts), source_file=str(path)
            )
            tally.read(counts)
            return replace(report, no_source=tally.no_source, other_direction=tally.other_direction, dropped=tally.dropped)
        name = self._shared_name(name or named_after(path))
        with WriterProcess(_replace_in_child, file, self.source_lang, self.target_lang, name, str(path)) as writer:
            for data in packed:
                writer.send_packed(data)
            stored, replaced = writer.finish()
        return MemoryImport(
            memory=name, units=stored, skipped=tally.skipped, replaced=replaced, too_long=tally.too_long,
            no_source=tally.no_source, other_direction=tally.other_direction, dropped=tally.dropped,
        )

    def import_units(
        self,
        name: str,
        units: Iterable[TranslationUnit],
        *,
        source_file: str | None = None,
    ) -> MemoryImport:
        """Store `units` as the shared memory `name`, replacing one of that name.

        All or nothing: a file that turns out malformed half-way leaves the
        database as it was. Units with an empty source or target are skipped
        (counted): they can never be offered as a translation; so are units
        with a side longer than `MAX_SEGMENT_CHARS` (counted apart).

        `units` is read in the calling thread. When it holds more than one batch and the
        memory is a file, a `WriterProcess` stores and indexes the rows while this
        process reads the next ones (`memory_bulk`).
        """
        name = self._shared_name(name)
        tally = Tally()
        stream = rows_of(units, tally)
        batches = iter(lambda: list(islice(stream, LOAD_BATCH)), [])
        first = next(batches, [])
        file = self._file()
        # In memory, or inside a transaction of the caller's (which another connection would wait
        # for), the import stays here; so does a small one, where a process costs more than it saves.
        if file is None or self.db.conn.in_transaction or len(first) < LOAD_BATCH:
            stored, replaced = self._replace_shared(name, source_file, map(runs_of, itertools.chain([first], batches)))
        else:
            with WriterProcess(_replace_in_child, file, self.source_lang, self.target_lang, name, source_file) as writer:
                writer.send(runs_of(first))
                for batch in batches:
                    writer.send(runs_of(batch))
                stored, replaced = writer.finish()
        return MemoryImport(memory=name, units=stored, skipped=tally.skipped, replaced=replaced, too_long=tally.too_long)

    @staticmethod
    def _shared_name(name: str) -> str:
        """`name` as a shared memory's name, or InputError."""
        name = memory_name(name)
        if name == PROJECT_MEMORY:
            raise InputError.worded(N_("{name!r} is the project's own memory; choose another name"), name=name)
        return name

    def _replace_shared(
        self, name: str, source_file: str | None, batches: Iterable[list[Run]], *, bulk: bool = False
    ) -> tuple[int, bool]:
        """Store the rows of `batches` (each in runs: `rows.runs_of`) as the shared memory `name` (replacing one of that name)
        in one transaction, indexing their sources as they come; (units stored, replaced?).
        A load that stores no unit (a file of other languages, or of none) is rolled back: it
        neither lists an empty memory nor empties the one of that name it would replace.

        Runs in this process or in a `WriterProcess` (`_replace_in_child`), the same either way;
        a `bulk` load (the writer process's: many batches) rebuilds the `source_key` index at
        the end instead of inserting into it row by row, and indexes through a larger buffer.
        """
        conn = self.db.conn
        try:
            return self._store_shared(conn, name, source_file, batches, bulk=bulk)
        except _NothingStored:
            return 0, False

    def _store_shared(
        self, conn: sqlite3.Connection, name: str, source_file: str | None, batches: Iterable[list[Run]], *, bulk: bool
    ) -> tuple[int, bool]:
        """`_replace_shared`'s transaction, which `_NothingStored` rolls back."""
        with bulk_cache(conn), write_transaction(conn), _built_after(conn, bulk, SOURCE_KEY_INDEX):
            existing = self._memory_id(name)
            if existing is not None:
                self._delete_units("memory_id = ?", (existing,))
                self.db.execute("delete from memories where id = ?", (existing,))
            memory_id = self._create_memory(name, "shared", source_file)
            first = unindexed = self._next_id()
            waiting = 0
            # the sources are indexed INDEX_EVERY units at a time, through a large buffer in bulk
            # (`bulk_fts_settings`): a third less indexing work than batch by batch; the memory's
            # index is dropped only now, the units replaced having been found by it
            with bulk_fts_settings(conn, SOURCE_FTS) if bulk else nullcontext(), _built_after(conn, bulk, SEGMENT_INDEX):
                for batch in batches:
                    insert_runs(conn, memory_id, batch)
                    waiting += sum(len(values) for _, values in batch)
                    if waiting >= INDEX_EVERY:
                        self._index_sources_from(unindexed)
                        unindexed, waiting = self._next_id(), 0
                if waiting:
                    self._index_sources_from(unindexed)
            stored = self._count_stems_from(first)
            if not stored:
                raise _NothingStored
            # the targets wait for the first target-side concordance (`index_targets`)
            conn.execute("update memories set target_pending = ? where id = ?", (first, memory_id))
        return stored, existing is not None

    def remove(self, name: str) -> int:
        """Delete the memory `name` and its units; returns how many units went."""
        with write_transaction(self.db.conn):
            memory_id = self._memory_id(name)
            if memory_id is None:
                raise InputError.worded(N_("no memory named {name!r}"), name=name)
            removed = self._delete_units("memory_id = ?", (memory_id,))
            self.db.execute("delete from memories where id = ?", (memory_id,))
        return removed

    # -- the project memory -----------------------------------------------------

    def sync_project(self, project: Project) -> ProjectSync:
        """Make the project memory hold exactly the project's confirmed, translated segments,
        with their inline codes; a unit stored anew names the project's user."""
        wanted = {
            row["id"]: _with_unit_codes(row)
            for row in project.db.query(
                "select id, source, target, status, confidence, changed_at, codes from segments "
                "where status in ('translated', 'reviewed') and trim(target) != ''"
            )
        }
        user = project_user(project)
        with write_transaction(self.db.conn):
            memory_id = self._project_memory_id()
            have = {
                segment_id: (unit_id, (source, target, status, confidence, changed, codes))
                for unit_id, segment_id, source, target, status, confidence, changed, codes in self.db.execute(
                    "select id, segment_id, source, target, status, confidence, changed, codes from units "
                    "where memory_id = ?",
                    (memory_id,),
                )
            }
            stale = [
                unit_id
                for segment_id, (unit_id, values) in have.items()
                if segment_id not in wanted or values != _segment_values(wanted[segment_id])
            ]
            fresh = [
                row
                for segment_id, row in wanted.items()
                if segment_id not in have or have[segment_id][1] != _segment_values(row)
            ]
            for start in range(0, len(stale), 500):
                chunk = stale[start : start + 500]
                self._delete_units(f"id in ({','.join('?' * len(chunk))})", tuple(chunk))
            self._insert_segments(memory_id, fresh, user)
        return ProjectSync(added=len(fresh), removed=len(stale), units=len(wanted))

    def record_segment(
        self,
        segment_id: int,
        source: str,
        target: str,
        status: str,
        *,
        confidence: float | None = None,
        changed: str | None = None,
        codes: str | None = None,
    ) -> None:
        """Bring one segment's project-memory unit up to date (after the TUI confirms or edits it),
        named after `user`; `codes` are the segment's inline codes as it stores them (JSON).
        A caller that does not know them leaves them to the next `sync_project`."""
        with write_transaction(self.db.conn):
            memory_id = self._project_memory_id()
            self._delete_units("memory_id = ? and segment_id = ?", (memory_id, segment_id))
            if status in CONFIRMED and target.strip():
                row = {
                    "id": segment_id,
                    "source": source,
                    "target": target,
                    "status": status,
                    "confidence": confidence,
                    "changed_at": changed or utc_now(),
                    "codes": _unit_codes(codes),
                }
                self._insert_segments(memory_id, [row], self.user)

    # -- searching ----------------------------------------------------------------

    def lookup(
        self,
        text: str,
        *,
        min_score: int = 70,
        limit: int = 5,
        exclude_segment: int | None = None,
        terms: TermFinder | None = None,
    ) -> list[FuzzyMatch]:
        """Fuzzy matches for `text` across every memory (see `memory_search`)."""
        check_min_score(min_score)
        if self._matcher is None:
            self._matcher = Matcher(self.db.conn, self.source_lang)
        return self._matcher.lookup(
            text, min_score=min_score, limit=limit, exclude_segment=exclude_segment, terms=terms
        )

    def exact_lookup(self, text: str, *, exclude_segment: int | None = None) -> FuzzyMatch | None:
        """The best 99-100 % match of `text`, found by its folded source alone (cheap; see `Matcher.exact`)."""
        if self._matcher is None:
            self._matcher = Matcher(self.db.conn)
        return self._matcher.exact(text, exclude_segment=exclude_segment)

    def best_matches(
        self,
        texts: Sequence[tuple[str, int | None]],
        *,
        min_score: int = 50,
        progress: Callable[[int, int], None] | None = None,
        workers: int = 1,
    ) -> list[BestMatch | None]:
        """The best match of each `(text, segment to leave out)`, as `lookup(text, limit=1)` finds it,
        for many texts at once (a project analysis; see `memory_batch`, also for `workers`)."""
        check_min_score(min_score)
        return BatchMatcher(self.db.conn, self.source_lang).best(
            texts, min_score=min_score, progress=progress, workers=workers
        )

    def search(self, text: str, *, lang: str | None = None, limit: int = 50) -> list[ConcordanceHit]:
        """Concordance: units whose source or target has the word or phrase in any form.

        `lang` picks the side (`en`: source, `ru`: target); by default the
        script of `text` decides (Cyrillic searches the Russian side). A
        target-side search first indexes targets still pending (`index_targets`);
        a caller that can say so beforehand asks `pending_targets`.
        """
        if self._concordancer is None:
            self._concordancer = Concordancer(self.db.conn, self.source_lang, self.target_lang)
        if self._concordancer.side_for(text, lang) == "target":
            self.index_targets()
        return self._concordancer.search(text, lang=lang, limit=limit)

    def search_side(self, text: str, lang: str | None = None) -> str:
        """`source` or `target`: the side `search(text, lang=lang)` searches."""
        return concordance_side(text, lang, self.source_lang, self.target_lang)

    def pending_targets(self) -> int:
        """Units whose target is not yet in the target-side index (imported since its last use)."""
        return sum(count for _, count in self._pending_memories())

    def index_targets(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Add every pending target to the target-side index; returns how many units were indexed.

        A million units take about ten seconds, which is why an import leaves it
        to the first target-side concordance. The work is committed a chunk at a
        time (`TARGET_CHUNK` units), so other writers (the TUI confirming a
        segment) wait for one chunk at most, and a stopped build resumes where it
        stopped. `progress(done, total)` follows each chunk.
        """
        pending = self._pending_memories()
        total = sum(count for _, count in pending)
        done = 0
        conn = self.db.conn
        for memory_id, _ in pending:
            last = conn.execute("select max(id) from units where memory_id = ?", (memory_id,)).fetchone()[0]
            while True:
                with write_transaction(conn):
                    row = conn.execute("select target_pending from memories where id = ?", (memory_id,)).fetchone()
                    if row is None or row[0] is None:  # removed, or indexed by another process meanwhile
                        break
                    start, end = int(row[0]), int(row[0]) + TARGET_CHUNK
                    done += conn.execute(
                        f"insert into {TARGET_FTS}(rowid, target) select id, target from units "
                        "where id >= ? and id < ? and memory_id = ?",
                        (start, end, memory_id),
                    ).rowcount
                    following = end if last is not None and end <= last else None
                    conn.execute("update memories set target_pending = ? where id = ?", (following, memory_id))
                if progress is not None:
                    progress(min(done, total), total)
        return done

    def _pending_memories(self) -> list[tuple[int, int]]:
        """(id, units pending) of each memory whose targets are not all indexed."""
        return [
            (int(memory_id), int(count))
            for memory_id, count in self.db.execute(
                "select m.id, (select count(*) from units u where u.memory_id = m.id and u.id >= m.target_pending) "
                "from memories m where m.target_pending is not null order by m.id"
            )
        ]

    # -- internals --------------------------------------------------------------

    def _memory_id(self, name: str) -> int | None:
        row = self.db.execute("select id from memories where name = ?", (name,)).fetchone()
        return None if row is None else int(row[0])

    def _create_memory(self, name: str, kind: str, source_file: str | None) -> int:
        cursor = self.db.execute(
            "insert into memories(name, kind, source_file, source_lang, target_lang, imported_at) "
            "values (?, ?, ?, ?, ?, ?)",
            # The file's path is shown, never opened again: undecodable bytes of its name
            # (lone surrogates) and terminal control go, as from any name.
            (name, kind, None if source_file is None else safetext.clean(source_file), self.source_lang,
             self.target_lang, utc_now()),
        )
        return int(cursor.lastrowid or 0)

    def _project_memory_id(self) -> int:
        found = self._memory_id(PROJECT_MEMORY)
        return found if found is not None else self._create_memory(PROJECT_MEMORY, "project", None)

    def _file(self) -> Path | None:
        """The database file, or None for a database in memory (which another process cannot open)."""
        found = self.db.execute("select file from pragma_database_list where name = 'main'").fetchone()
        return Path(found[0]) if found and found[0] else None

    def _next_id(self) -> int:
        return int(self.db.execute("select coalesce(max(id), 0) + 1 from units").fetchone()[0])

    def _index_text_from(self, first: int) -> None:
        """Add the units with id >= `first` (just inserted) to the full-text indexes."""
        self._index_sources_from(first)
        self.db.conn.execute(f"insert into {TARGET_FTS}(rowid, target) select id, target from units where id >= ?", (first,))

    def _index_sources_from(self, first: int) -> None:
        """Add the units with id >= `first` (just inserted) to the source-side index only."""
        self.db.conn.execute(f"insert into {SOURCE_FTS}(rowid, source) select id, source from units where id >= ?", (first,))

    def _index_from(self, first: int) -> int:
        """Index units with id >= `first` (just inserted, in bulk) and count their stems."""
        self._index_text_from(first)
        return self._count_stems_from(first)

    def _count_stems_from(self, first: int) -> int:
        """Count the source stems of the units with id >= `first` (indexed); returns how many units."""
        conn = self.db.conn
        added = int(conn.execute("select count(*) from units where id >= ?", (first,)).fetchone()[0])
        if added > memory_terms.SMALL_CHANGE:
            memory_terms.rebuild(conn)
        elif added:
            sources = [row[0] for row in conn.execute("select source from units where id >= ?", (first,))]
            memory_terms.adjust(conn, sources, +1)
        return added

    def _delete_units(self, where: str, params: tuple[Any, ...]) -> int:
        """Delete units with their index entries (external-content FTS needs the old text), stem counts
        and the targets `memory undo` would put back (`upkeep.replace_targets`)."""
        conn = self.db.conn
        sources = [row[0] for row in conn.execute(f"select source from units where {where} limit ?", (*params, memory_terms.SMALL_CHANGE + 1))]
        small = len(sources) <= memory_terms.SMALL_CHANGE
        if small and sources:
            memory_terms.adjust(conn, sources, -1)
        conn.execute(
            f"insert into {SOURCE_FTS}({SOURCE_FTS}, rowid, source) "
            f"select 'delete', id, source from units where {where}",
            params,
        )
        # only units already in the target index leave it (external content: deleting one
        # that is not would corrupt it); a memory's units from `target_pending` on are not
        conn.execute(
            f"insert into {TARGET_FTS}({TARGET_FTS}, rowid, target) "
            f"select 'delete', id, target from units where ({where}) and id < coalesce("
            "(select m.target_pending from memories m where m.id = units.memory_id), id + 1)",
            params,
        )
        # a deleted unit's id may be given to a new one: `memory undo` must not take it for the old
        # (asked first: the set of a million units' ids is not built for an empty history)
        if conn.execute("select exists (select 1 from target_edits)").fetchone()[0]:
            conn.execute(f"delete from target_edits where unit_id in (select id from units where {where})", params)
        removed = conn.execute(f"delete from units where {where}", params).rowcount
        if not small:
            memory_terms.rebuild(conn)
        return removed

    def _insert_segments(self, memory_id: int, rows: list[dict[str, Any]], user: str | None) -> None:
        """Store segments (`id`, `source`, `target`, `status`, `confidence`, `changed_at` and
        `codes` as `_unit_codes` gives them) as project-memory units made and changed by `user`
        at their edit time: a segment's unit is made anew at each change, so its last change is
        all the project knows of it."""
        if not rows:
            return
        first = self._next_id()
        insert_rows(
            self.db.conn,
            memory_id,
            [
                unit_row(
                    row["id"],
                    TranslationUnit(
                        source=row["source"],
                        target=row["target"],
                        source_lang=self.source_lang,
                        target_lang=self.target_lang,
                        tuid=str(row["id"]),
                        status=row["status"],
                        confidence=row["confidence"],
                        codes=InlineCodes.from_json(row["codes"]),
                        creator=user,
                        changer=user,
                    ),
                    created=row["changed_at"],
                    changed=row["changed_at"],
                )
                for row in rows
            ],
        )
        self._index_from(first)


@contextmanager
def _built_after(conn: sqlite3.Connection, bulk: bool, name: str) -> Iterator[None]:
    """The index `name` of `units`, built after a bulk load (`index_built_after`), kept otherwise."""
    if not bulk:
        yield
        return
    with index_built_after(conn, name):
        yield


class _NothingStored(Exception):
    """Raised inside an import's transaction when no unit was stored, to roll it back."""


def _replace_in_child(
    batches: Iterator[list[Run]],
    path: Path,
    source_lang: str,
    target_lang: str,
    name: str,
    source_file: str | None,
) -> tuple[int, bool]:
    """`TranslationMemory._replace_shared` in a `WriterProcess`, on its own connection."""
    with TranslationMemory.open(path, source_lang=source_lang, target_lang=target_lang) as memory:
        return memory._replace_shared(name, source_file, batches, bulk=True)


def _segment_values(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row["source"], row["target"], row["status"], row["confidence"], row["changed_at"], row["codes"])


def _with_unit_codes(row: dict[str, Any]) -> dict[str, Any]:
    """A segment's row with its `codes` as the project memory's unit keeps them (`_unit_codes`)."""
    row["codes"] = _unit_codes(row["codes"])
    return row


def _unit_codes(stored: str | None) -> str | None:
    """A segment's inline codes (JSON, `segments.codes`) as a memory unit keeps them: the same
    markup, so `memory export` writes the XLIFF's or TMX's codes back; None for none, and for a
    value another program wrote that is no codes (the unit keeps its placeholders, written as
    generic codes)."""
    if not stored:
        return None
    try:
        codes = InlineCodes.from_json(stored)
    except READ_ERRORS:
        return None
    return codes.to_json() if codes else None
