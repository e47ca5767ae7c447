"""A project is a folder: `project.toml`, `project.db` and `sources/`.

`project.toml` is what a person reads and may edit (languages, documents,
check settings, termbases); `project.db` holds everything the workbench
computes and every edit, committed as it happens (SQLite in WAL mode, so a
crash loses nothing that was committed and readers never block the writer).
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import sqlite3
import tomllib
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from termbase import safetext
from termbase.outputfile import atomic_write
from termbase.transactions import write_transaction
from termbase.wal_pair import ForeignLog, count_opening, release_opening
from workbench.core.languages import normalize_tag
from workbench.core.project.database_refusal import is_busy, read_refusal, refused_opening
from workbench.core.project.integrity import (
    check_database,
    refuse_foreign_triggers,
    unreadable_value,
)
from workbench.core.project.model import Segment, SegmentStatus, StoredFinding
from workbench.core.project.schema import migrations
from workbench.tags import InlineCodes
from workbench.wording import N_

if TYPE_CHECKING:
    from sqlite_utils import Database
from workbench.errors import InputError, ProjectError

CONFIG_FILE = "project.toml"
DATABASE_FILE = "project.db"
SOURCES_DIR = "sources"
READ_FILES = ("rules.toml", "dictionary.txt", "segmentation.srx")
"""Files the project reads beside its config and databases (`checks.rules.RULES_FILE`,
`spelling.DICTIONARY_FILE`, `ingest.segmentation_rules.SRX_FILE`, which sit above this layer;
a test keeps the names in step): `keeps` counts them as the project's own."""
BUSY_TIMEOUT_MS = 10_000
"""How long a writer waits for another process's lock before giving up with a clear error."""
_DATABASE_NAME = re.compile(r".+\.(db|sqlite3?)(-wal|-shm|-journal)?")
"""A database of the project (project.db, memory.db, termbase.db) or one of its companions."""
BUSY_TIMEOUT_ENV = "WORKBENCH_BUSY_TIMEOUT_MS"
"""Overrides BUSY_TIMEOUT_MS (milliseconds): tests of a locked project need not wait 10 s."""


def utc_now() -> str:
    """Timestamps are stored as ISO 8601 UTC strings, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class DocumentEntry:
    """A document as `project.toml` lists it: what a person needs to find its files."""

    name: str
    kind: str
    source: str | None
    """Path of the verbatim source file, relative to the project folder."""
    target: str | None
    imported: str


LIST_ITEM_CONVENTIONS = ("russian", "source")
"""How the project's translations write the items of a list that goes on from its lead-in
(`[checks] list_items` in project.toml). "russian": by the Russian editors' rule (Мильчин,
«Справочник издателя и автора», on lists run into the sentence): such an item starts in a small
letter and ends with «;» or «,», the last with a stop, whatever the source's items do. "source":
the items keep the source's capitals and end marks, as a house style that mirrors the original
(a localised interface whose every label is capitalised) wants."""
DEFAULT_LIST_ITEMS = "russian"
"""The Russian rule: what a Russian reader and editor expect of Russian text."""


def list_item_convention(checks: Mapping[str, Any]) -> str:
    """The list-item convention the `[checks]` table of project.toml names (InputError for a
    value that names none: a misspelt house style silently read as the default would hide the
    findings the project asked for)."""
    value = checks.get("list_items", DEFAULT_LIST_ITEMS)
    if not isinstance(value, str) or value not in LIST_ITEM_CONVENTIONS:
        raise InputError.worded(N_("project.toml: [checks] list_items must be one of {known}, not {value}"),
                                known=", ".join(LIST_ITEM_CONVENTIONS), value=clipped_setting(repr(value)))
    return value


SHOWN_SETTING = 60
"""How many characters of a setting `project.toml` holds an error quotes."""


def clipped_setting(text: str) -> str:
    """A key or value of a hand-edited `project.toml` as an error quotes it: cut to `SHOWN_SETTING`
    characters with "…" (a string of a million characters was quoted whole, a megabyte of one
    error line)."""
    return text if len(text) <= SHOWN_SETTING else text[: SHOWN_SETTING - 1] + "…"


_POSITION = (
    "select (select count(*) from segments where document_id in (select id from documents where seq < :dseq))"
    " + coalesce(sum((select count(*) from segments s where s.document_id = d.id and s.seq < :sseq)), 0)"
    " + coalesce(sum((select count(*) from segments s where s.document_id = d.id and s.seq = :sseq and s.id <= :sid)), 0)"
    " from documents d where d.seq = :dseq"
)
"""A segment's 1-based position in project order (documents' `seq`, then segments' `seq`, then id),
counted on the index of segments by document and `seq`: the segments of the documents before it,
and those before it in documents of its `seq`. Numbering every segment to find one (a window over
the whole table, sorted) cost 0.3-0.6 s at 100,000 segments, and every save and confirm of the
editor asks for it (hardening, round 22)."""


@dataclass(frozen=True)
class ProjectConfig:
    """The contents of `project.toml`."""

    name: str
    source_lang: str
    target_lang: str
    created: str
    documents: tuple[DocumentEntry, ...] = ()
    checks: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Per-check settings, e.g. `{"length-ratio": {"enabled": False}}`."""
    termbases: tuple[str, ...] = ()
    """Further termbase files (relative to the project), used after the project's own."""
    team: dict[str, Any] = field(default_factory=dict)
    """The `[team]` table: the team server this project shares its memory and termbase through (`core.team`)."""
    user: str = ""
    """`user = "Anna Petrova"`: who the project's own memory units name as their translator
    (TMX `creationid`/`changeid`); "" for the login name (`comments.project_user`)."""
    unread: dict[str, Any] = field(default_factory=dict)
    """Keys this version does not read (a newer version's settings, a person's own), written
    back as they were: every import rewrites the file, and dropped them in silence."""

    @property
    def list_items(self) -> str:
        """The project's list-item convention (`LIST_ITEM_CONVENTIONS`; InputError if misspelt)."""
        return list_item_convention(self.checks)

    def to_toml(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            **self.unread,
            "name": self.name,
            "source_lang": self.source_lang,
            "target_lang": self.target_lang,
            "created": self.created,
            "termbases": list(self.termbases),
        }
        if self.checks:
            data["checks"] = self.checks
        if self.team:
            data["team"] = self.team
        if self.user:
            data["user"] = self.user
        data["documents"] = [
            {k: v for k, v in vars(doc).items() if v is not None} for doc in self.documents
        ]
        return data

    @classmethod
    def from_toml(cls, data: dict[str, Any], where: Path) -> ProjectConfig:
        try:
            listed = data.get("documents", [])
            if not isinstance(listed, list) or not all(
                isinstance(d, dict) and isinstance(d.get("name"), str)
                and all(isinstance(d.get(key), str | None) for key in ("source", "target"))
                for d in listed
            ):
                # `[documents]` was read key by key: "string indices must be integers, not 'str'";
                # a source of 5 was a path of 5 (hardening, round 31)
                raise TypeError("documents ([[documents]] tables, each with a name and file names as strings)")
            documents = tuple(
                DocumentEntry(
                    name=d["name"],
                    kind=str(d.get("kind", "text")),
                    source=d.get("source"),
                    target=d.get("target"),
                    imported=str(d.get("imported", "")),
                )
                for d in listed
            )
            checks = data.get("checks", {})
            if not isinstance(checks, dict):
                raise TypeError("checks")
            team = data.get("team", {})
            if not isinstance(team, dict):
                raise TypeError("team")
            user = data.get("user", "")
            if not isinstance(user, str):
                raise TypeError("user (a string)")
            termbases = data.get("termbases", [])
            if not isinstance(termbases, list) or not all(isinstance(t, str) for t in termbases):
                # `termbases = "glossary.tbx"` was read letter by letter: "termbase g ... does not exist"
                raise TypeError("termbases (a list of file names)")
            return cls(
                name=_one_line(_text(data, "name")),
                source_lang=normalize_tag(_text(data, "source_lang")),
                target_lang=normalize_tag(_text(data, "target_lang")),
                created=str(data.get("created", "")),
                documents=documents,
                checks=checks,
                termbases=tuple(termbases),
                team=team,
                user=user,
                unread={key: value for key, value in data.items() if key not in _READ_KEYS},
            )
        except (KeyError, TypeError) as exc:
            raise ProjectError.worded(N_("{path}: missing or malformed entry {error}"), path=where, error=exc) from None


_READ_KEYS = frozenset({"name", "source_lang", "target_lang", "created", "documents", "checks", "termbases", "team", "user"})
"""The keys `ProjectConfig.from_toml` reads: the rest are kept in `unread`."""


def _one_line(name: str) -> str:
    """A project's name as one line of status and of every report: its newlines, tabs and runs of
    spaces folded to one space. Other control text a hand-edited `project.toml` holds stays, for
    every view to show made visible as it shows any stored field."""
    return " ".join(name.split())


def _text(data: dict[str, Any], key: str) -> str:
    """The string `data` holds under `key`; TypeError naming the key for anything else (a list
    given as the name was shown as "['a']" and written back so)."""
    value = data[key]
    if not isinstance(value, str):
        raise TypeError(f"{key} (a string)")
    return value


class Project:
    """An open project: its folder, its configuration and its database.

    `conn` is the SQLite connection; `db` wraps it in a `sqlite_utils.Database`
    on first use, so commands that only read (`status`, `segments`) never import
    sqlite-utils and the numpy it pulls in.
    """

    def __init__(self, path: Path, config: ProjectConfig, conn: sqlite3.Connection) -> None:
        self.path = path
        self.given = path
        """The folder as it was named to `open` (`p`, `../p`): a line that tells a person a command
        to type names it so, not by the absolute `path` (the import's repeated-document warning
        did, userday44)."""
        self.config = config
        self.conn = conn
        self._db: Database | None = None
        self.session = uuid.uuid4().hex
        """This opening of the project: the journal records it so undo stays within a session."""
        self.own_segment_changes = 0
        """How far this connection's own commits moved the segments generation: an open
        TUI tells its own edits from another program's by it."""
        self._database_file = _file_identity(path / DATABASE_FILE)
        self._database_path = os.path.realpath(path / DATABASE_FILE)
        self._counted = True
        """Counted by `termbase.wal_pair.count_opening` in `open` until the first `close`."""

    @property
    def db(self) -> Database:
        """The connection as a `sqlite_utils.Database` (tables, inserts, migrations)."""
        if self._db is None:
            self._db = _database(self.conn)
        return self._db

    def query(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows of `sql` as dicts, like `Database.query`, straight from the connection."""
        cursor = self.conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(names, row))

    # -- opening and creating -------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        source_lang: str = "en",
        target_lang: str = "ru",
        name: str | None = None,
    ) -> Project:
        """Make a new project folder, all or nothing.

        The folder is built beside its final place and renamed into it, so an
        interrupted `init` never leaves a half-made project behind.
        """
        path = Path(path).absolute()
        _refuse_too_deep(path)
        config = ProjectConfig(
            # a name is shown everywhere: no terminal control, one line
            name=_one_line(safetext.clean(name or "")) or _one_line(safetext.clean(path.name)),
            source_lang=normalize_tag(source_lang),
            target_lang=normalize_tag(target_lang),
            created=utc_now(),
        )
        if (path / CONFIG_FILE).exists():
            raise ProjectError.worded(N_("{path} is already a project"), path=path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise ProjectError.worded(N_("{path} exists and is not an empty folder; give the name of a new folder, which init creates"), path=path)
        if not path.parent.is_dir():
            raise ProjectError.worded(N_("{path} does not exist"), path=path.parent)
        try:
            staging = _staging_folder(path)
        except OSError as exc:
            raise ProjectError.worded(N_("cannot create {path}: {error}"), path=path, error=exc.strerror) from None
        try:
            (staging / SOURCES_DIR).mkdir()
            _write_config(staging / CONFIG_FILE, config)
            conn = _connect(staging / DATABASE_FILE)
            _use_wal(conn)
            migrations.apply(_database(conn))
            conn.close()
            if path.exists():
                path.rmdir()
            staging.rename(path)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise ProjectError.worded(N_("cannot create {path}: {error}"), path=path, error=exc.strerror or exc) from None
        except sqlite3.Error as exc:  # SQLite's refusal names no file: the folder asked for is named (round 39)
            shutil.rmtree(staging, ignore_errors=True)
            raise ProjectError.worded(N_("cannot create {path}: {error}"), path=path, error=read_refusal(exc).wording()) from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str) -> Project:
        """Open an existing project, applying any pending schema migrations."""
        given = Path(path)
        path = given.absolute()
        config_path = path / CONFIG_FILE
        if not path.is_dir():
            raise ProjectError.worded(N_("{path} does not exist or is not a folder"), path=path)
        _refuse_other_than_a_file(path, CONFIG_FILE)
        if not config_path.is_file():
            _refuse_inside_a_project(path)
            raise ProjectError.worded(
                N_("{path} is not a workbench project (no {name}); to start one: workbench init NEW-FOLDER"), path=path, name=CONFIG_FILE
            )
        config = _read_config(config_path)
        db_path = path / DATABASE_FILE
        _refuse_other_than_a_file(path, DATABASE_FILE)
        if not db_path.is_file():
            raise ProjectError.worded(N_("{path} has no {name}"), path=path, name=DATABASE_FILE)
        _refuse_too_deep(path)
        if not os.access(path, os.W_OK):
            # SQLite in WAL mode cannot even read without its shared-memory file beside the database.
            raise ProjectError.worded(N_("{path}: the project folder is read-only (workbench must write there)"), path=path)
        _refuse_links_out(path)
        try:  # the TUI opens the project again in its worker threads: the log is checked at the first
            real = count_opening(db_path)
        except ForeignLog as exc:
            raise ProjectError.rewording(exc) from None
        try:
            conn = _connect(db_path)
        except BaseException:
            release_opening(real)
            raise
        try:
            _check_and_migrate(conn, db_path)
            project = cls(path, config, conn)
            project.given = given
            project._reconcile_listing()
        except BaseException:
            conn.close()
            release_opening(real)
            raise
        return project

    def close(self) -> None:
        self.conn.close()
        if self._counted:  # closed twice is counted once
            self._counted = False
            release_opening(self._database_path)

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- configuration --------------------------------------------------------

    def save_config(self, config: ProjectConfig | None = None) -> None:
        """Write `project.toml` atomically (temporary file, then rename)."""
        if config is not None:
            self.config = config
        _write_config(self.path / CONFIG_FILE, self.config)

    def read_config(self) -> ProjectConfig:
        """`project.toml` as it is on disk now (another terminal may have written it since this
        project was opened)."""
        return _read_config(self.path / CONFIG_FILE)

    def save_checks(self, change: Callable[[dict[str, Any]], dict[str, Any]]) -> ProjectConfig:
        """Write the `[checks]` table `change` makes of the one on disk now, the rest of the file
        (and its comments) as it is; returns the configuration written. `change` raising leaves
        the file untouched.

        The read and the write are made under the database's write lock, as an import's listing
        of its document is (`add_document_entry`): without it a `check set` in another terminal,
        or an import listing its document, that wrote between them was written over, its change
        lost after it had said it was made (hardening, round 36). Another writer holding the lock
        past the wait is an `sqlite3.Error` (busy), and nothing is written."""
        with self.transaction():
            current = _read_config(self.path / CONFIG_FILE)
            changed = replace(current, checks=change(current.checks))
            self.save_config(changed)
        return changed

    def add_document_entry(self, entry: DocumentEntry) -> ProjectConfig:
        """List a new document in `project.toml`; returns the configuration as it was.

        The file is read again first: another process may have listed its own
        import since this one opened the project (imports run one at a time,
        under the database's write lock, so the read-and-write is not raced).
        """
        current = _read_config(self.path / CONFIG_FILE)
        listed = self.stored_documents()  # read inside the import's transaction: has the new one
        if entry not in listed:
            listed = (*listed, entry)
        self.save_config(replace(current, documents=listed))
        return current

    def list_documents(self) -> None:
        """Write `project.toml`'s list of documents again from `project.db` (after an undo or redo
        changed a document's files: `editing.document_update`)."""
        current = _read_config(self.path / CONFIG_FILE)
        self.save_config(replace(current, documents=self.stored_documents()))

    @property
    def folder_id(self) -> str:
        """This folder's identity (`schema.m_folder_identity`): copies of the folder share it,
        folders made apart never do, so a team server keys each folder's segments by it."""
        row = self.conn.execute("select folder from folder_identity where id = 1").fetchone()
        if row is None or not isinstance(row[0], str) or not row[0]:
            raise ProjectError.worded(
                N_("{path}: the folder's identity is missing: another program changed the database; restore it from a copy"),
                path=self.path / DATABASE_FILE,
            )
        return row[0]

    def stored_documents(self) -> tuple[DocumentEntry, ...]:
        """The documents as `project.db` has them, in project order.

        The database is where documents live; `project.toml` lists them for people.
        The listing is always rebuilt from here, never appended to, so a kill between
        writing `project.toml` and committing the import cannot leave a document listed
        that the database lacks, or listed twice after the import is run again.
        """
        return tuple(
            DocumentEntry(name=name, kind=kind, source=source, target=target, imported=imported)
            for name, kind, source, target, imported in self.conn.execute(
                "select name, kind, source_file, target_file, imported_at from documents order by seq"
            ).fetchall()
        )

    def unit_ids(self) -> dict[int, str]:
        """The id the client's file gave each segment that came from one (XLIFF's unit, with its
        `mid`), by segment id: what a vendor's own tool names the pair by in a report."""
        return {int(row[0]): str(row[1]) for row in
                self.conn.execute("select id, unit_id from segments where unit_id is not null")}

    def unit_codes(self) -> dict[int, dict[str, str]]:
        """The markup each placeholder of a segment stands for in the client's file (`⟦1/⟧`:
        `<x id="2"/>`), by segment id, for the segments that kept any: a report that says "missing
        ⟦1/⟧" names the tag the vendor's tool shows them too."""
        found: dict[int, dict[str, str]] = {}
        for segment_id, data in self.conn.execute("select id, codes from segments where codes is not null"):
            try:
                codes = InlineCodes.from_json(data)
            except (ValueError, KeyError, TypeError):  # another program's column: no markup to name
                continue
            if codes:
                found[int(segment_id)] = {tok: code.markup for tok, code in (*codes.source.items(), *codes.target.items())}
        return found

    def document_names(self) -> dict[int, str]:
        """Each document's name by its id, in project order: what a report names a segment by."""
        return {int(row[0]): str(row[1]) for row in self.conn.execute("select id, name from documents order by seq")}

    def _reconcile_listing(self) -> None:
        """After a kill between the two writes of an import, list what the database holds.

        Only under the write lock, taken without waiting: an import in progress in
        another process lists its document before it commits, and that is no kill.
        """
        if self.stored_documents() == self.config.documents:
            return
        conn = self.conn
        conn.execute("pragma busy_timeout = 0")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:  # another writer is at work: the listing waits for it
            return
        finally:
            conn.execute(f"pragma busy_timeout = {busy_timeout_ms()}")
        try:
            current = _read_config(self.path / CONFIG_FILE)
            stored = self.stored_documents()
            self.config = replace(current, documents=stored)
            if stored != current.documents:
                with suppress(OSError):  # a read-only project still opens; the listing waits
                    self.save_config()
        finally:
            conn.execute("ROLLBACK")

    def unreadable(self, table: str, column: str, row: object, error: BaseException) -> ProjectError:
        """The one line for a stored value a reader could not take (`integrity.READ_ERRORS`)."""
        return unreadable_value(self.path / DATABASE_FILE, table, column, row, error)

    @property
    def sources_dir(self) -> Path:
        return self.path / SOURCES_DIR

    def keeps(self, path: Path | str) -> bool:
        """Is `path` one of the files the project keeps: its config, its databases (and
        their WAL files), a verbatim source, its rules, dictionary and segmentation rules
        (`READ_FILES`), a termbase `project.toml` lists? Exports must never be written over
        them: `export --tsv DIR/rules.toml` or over the listed glossary replaced them with a
        bitext (hardening, round fifteen)."""
        # os.path.realpath, not Path.resolve: Python 3.11 raises RuntimeError on a link loop.
        target = Path(os.path.realpath(Path(path).absolute()))
        root = Path(os.path.realpath(self.path))
        if target.parent == root and (
            target.name in (CONFIG_FILE, *READ_FILES) or _DATABASE_NAME.fullmatch(target.name)
            or target.name.startswith(DATABASE_FILE)
        ):
            return True
        if target.is_relative_to(root / SOURCES_DIR):
            return True
        return any(target == listed for listed in self._listed_termbases(root))

    def _listed_termbases(self, root: Path) -> Iterator[Path]:
        """The termbases `project.toml` lists, wherever they are (whether usable is `terminology`'s to say)."""
        for entry in self.config.termbases:
            try:
                yield Path(os.path.realpath(root / entry))
            except (OSError, ValueError):  # a NUL byte in the entry: it names no file
                continue

    # -- reading segments -----------------------------------------------------

    def segments(self) -> list[Segment]:
        """Every segment in project order, with its stored findings."""
        findings: dict[int, list[StoredFinding]] = {}
        for row in self.query("select * from segment_findings order by segment_id, start, id"):
            findings.setdefault(row["segment_id"], []).append(finding_from_row(row))
        return [
            segment_from_row(row, position, findings.get(row["id"], ()))
            for position, row in enumerate(self._ordered_rows(), start=1)
        ]

    def segment(self, segment_id: int) -> Segment:
        """One segment with its findings and its 1-based position in project order."""
        found = self.conn.execute(
            "select d.seq, s.seq from segments s join documents d on d.id = s.document_id where s.id = ?",
            [segment_id],
        ).fetchone()
        if found is None:
            raise InputError.worded(N_("no segment with id {id}"), id=segment_id)
        position = self.conn.execute(_POSITION, {"dseq": found[0], "sseq": found[1], "sid": segment_id}).fetchone()
        return self._segment_built(segment_id, position[0])

    def _segment_built(self, segment_id: int, position: int) -> Segment:
        findings = [
            finding_from_row(r)
            for r in self.query(
                "select * from segment_findings where segment_id = ? order by start, id", [segment_id]
            )
        ]
        row = next(self.query("select * from segments where id = ?", [segment_id]))
        return segment_from_row(row, position, findings)

    def segment_at(self, position: int) -> Segment | None:
        """The segment at a 1-based position in project order, or None past the ends.

        One answer (`term sense mark`, the findings view's "another sense here") needs one
        segment: building every segment for it cost a book's worth of memory.
        """
        found = self.conn.execute(
            "select id from (select s.id, row_number() over (order by d.seq, s.seq, s.id) as position "
            "from segments s join documents d on d.id = s.document_id) where position = ?",
            [position],
        ).fetchone()
        return self._segment_built(found[0], position) if found is not None else None

    def segments_at(self, positions: Mapping[int, int]) -> list[Segment]:
        """The segments with these ids as stored now, each at the position it is known to hold
        (`{id: position}`, from a list in project order); ids with no segment are left out.

        An editor brings the segments an undo rewrote in place up to date with this, rather
        than reading and building the whole project again.
        """
        ids = list(positions)
        rows: list[dict[str, Any]] = []
        findings: dict[int, list[StoredFinding]] = {}
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[start : start + _IDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            rows.extend(self.query(f"select * from segments where id in ({marks})", chunk))
            for row in self.query(
                f"select * from segment_findings where segment_id in ({marks}) order by segment_id, start, id", chunk
            ):
                findings.setdefault(row["segment_id"], []).append(finding_from_row(row))
        return [segment_from_row(row, positions[row["id"]], findings.get(row["id"], ())) for row in rows]

    def segments_generation(self) -> int:
        """A counter every segment insert, update and delete bumps (by trigger), whoever writes."""
        try:
            row = self.conn.execute("select generation from segments_generation where id = 1").fetchone()
        except sqlite3.OperationalError:  # a database older than the counter, being migrated
            return 0
        return int(row[0]) if row else 0

    def data_version(self) -> int:
        """SQLite's `data_version`: it changes when another connection commits to the database."""
        return int(self.conn.execute("pragma data_version").fetchone()[0])

    def segment_count(self) -> int:
        return int(self.conn.execute("select count(*) from segments").fetchone()[0])

    def _ordered_rows(self) -> Iterator[dict[str, Any]]:
        return self.query(
            "select s.* from segments s join documents d on d.id = s.document_id "
            "order by d.seq, s.seq, s.id"
        )

    def ensure_still_there(self) -> None:
        """Refuse to write into a project whose database is no longer the file at its path: the
        folder was deleted, moved or replaced while open. SQLite keeps writing to the file it has
        open, so every edit would still "succeed" into a deleted file and be lost when the
        program ends."""
        now = _file_identity(self.path / DATABASE_FILE)
        if now is None:
            raise ProjectError.worded(N_("{path} was moved or deleted while open: nothing more can be saved there; open the project where it is now"), path=self.path)
        if now != self._database_file:  # a copy put back, a restore from a backup: said as what it is
            raise ProjectError.worded(N_("{path} was replaced by another file while open: nothing more can be saved into it; open the project again"), path=self.path / DATABASE_FILE)

    @contextmanager
    def lock_wait(self, ms: int) -> Iterator[None]:
        """Inside the block, wait at most `ms` (never more than the usual wait) for another
        program's write lock. A save typed in the TUI runs on the thread that draws the screen:
        waiting the full 10 s there, twice for each key, froze the app for as long as another
        program held the lock (hardening round six)."""
        usual = busy_timeout_ms()
        self.conn.execute(f"pragma busy_timeout = {min(ms, usual)}")
        try:
            yield
        finally:
            self.conn.execute(f"pragma busy_timeout = {usual}")

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One atomic write: everything inside commits together or not at all.

        The write lock is taken at the start (`BEGIN IMMEDIATE`), so a writer
        waits up to the busy timeout for another process to finish. A deferred
        transaction that reads first and then writes would instead fail at
        once with "database is locked" whenever another process is writing:
        SQLite cannot wait for a lock while holding a read snapshot it may
        have to give up. Nested calls become savepoints.
        """
        conn = self.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        self.ensure_still_there()  # one stat: far below the cost of a commit
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Under the write lock nobody else moves the segments generation, so
            # what it moves by here is this connection's own doing.
            before = self.segments_generation()
            yield self.db
            own = self.segments_generation() - before
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
            self.own_segment_changes += own
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


_IDS_PER_QUERY = 500
"""Ids bound in one `in (...)`: well under SQLite's limit on bound parameters."""


def segment_from_row(row: dict[str, Any], position: int, findings: Any) -> Segment:
    def rng(a: str, b: str) -> tuple[int, int] | None:
        return None if row[a] is None else (row[a], row[b])

    return Segment(
        id=row["id"],
        document_id=row["document_id"],
        position=position,
        source=row["source"],
        target=row["target"] or "",
        status=SegmentStatus(row["status"]),
        confidence=row["confidence"],
        locked=bool(row["locked"]),
        findings=tuple(findings),
        source_range=rng("source_from", "source_to"),
        target_range=rng("target_from", "target_to"),
        similarity=row.get("similarity"),
        prefilled=row.get("prefilled"),
        untranslatable=bool(row.get("untranslatable")),
        machine=row.get("machine") if isinstance(row.get("machine"), str) else None,
    )


def finding_from_row(row: dict[str, Any]) -> StoredFinding:
    return StoredFinding(
        check=row["check"],
        severity=row["severity"],
        side=row["side"],
        start=row["start"] or 0,
        end=row["end"] or 0,
        message=row["message"],
        suggestion=row["suggestion"],
    )


def busy_timeout_ms() -> int:
    """The lock wait in milliseconds: BUSY_TIMEOUT_MS unless the environment sets another."""
    value = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    if not value:
        return BUSY_TIMEOUT_MS
    if not value.isdigit():
        raise ProjectError.worded(N_("{name} must be a whole number of milliseconds, not {value}"), name=BUSY_TIMEOUT_ENV, value=repr(value))
    return int(value)


MAX_DATABASE_PATH = 512 - len("-journal")
"""The longest database path SQLite's Unix file layer opens, in bytes: its companion files'
paths (`-journal`) must fit in its `MAX_PATHNAME` (512) too (505 bytes fails, 504 opens).
Past it, "unable to open database file" said nothing of why (a Cyrillic folder name is two
bytes a letter, so about 250 letters of folders were enough)."""


LONGEST_DATABASE_NAME = "termbase.db"
"""The longest name of a database a project folder holds (`project.db`, `memory.db`, `team.db`,
`termbase.db`): every one of them must open, so the folder's path is limited by this one's."""
MAX_FOLDER_PATH = MAX_DATABASE_PATH - len(os.sep + LONGEST_DATABASE_NAME)
"""The longest project folder path, in bytes, under which each of the project's databases opens."""


def _refuse_other_than_a_file(folder: Path, name: str) -> None:
    """A project's `project.toml` or `project.db` that is there but no file (a folder, a pipe, a
    link to nothing or a loop of links) is said so: it was "not a workbench project (no
    project.toml)", and the user went looking for a file that is there (hardening, round sixteen)."""
    entry = folder / name
    if os.path.lexists(entry) and not entry.is_file():
        raise ProjectError.worded(
            N_("{path}: its {name} is not a file (a folder, device, pipe, or a link to nothing)"), path=folder, name=name
        )


def _refuse_inside_a_project(folder: Path) -> None:
    """A folder inside a project (its `sources/`, or a folder of one's own there) names the
    project to give instead: the advice to start a new project would make one inside it."""
    for parent in folder.parents:
        if (parent / CONFIG_FILE).is_file():
            raise ProjectError.worded(N_("{path} is inside the project {project}; give that folder"), path=folder, project=parent)


def _refuse_too_deep(folder: Path) -> None:
    """Refuse a project folder too deep for SQLite before anything is made or opened there: `init`
    failed up to 10 bytes under the limit, naming its temporary folder, and a project whose
    `project.db` just fitted opened, but `term add` then failed ("unable to open database file")."""
    length = len(os.fsencode(folder))
    if length > MAX_FOLDER_PATH:
        raise ProjectError.worded(N_("{path}: the project folder's path is {length} bytes long; SQLite opens the project's databases only in a folder whose path is at most {most} bytes: use a shorter path"), path=folder, length=length, most=MAX_FOLDER_PATH)


_STAGING_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _staging_folder(path: Path) -> Path:
    """A new hidden folder beside `path` whose name is no longer than `path`'s (a dot and at most
    eight random letters), so its database opens wherever the final folder's would: `mkdtemp`
    names of the project's name plus ten letters made `init` fail just under the path limit."""
    letters = min(len(os.fsencode(path.name)), 8)
    for _ in range(1000):
        staging = path.with_name("." + "".join(secrets.choice(_STAGING_LETTERS) for _ in range(letters)))
        try:
            staging.mkdir(mode=0o700)
        except FileExistsError:  # a short name is taken by another folder: draw again
            continue
        return staging
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def _connect(path: Path) -> sqlite3.Connection:
    """Open SQLite the way every writer must: foreign keys, a bounded lock wait.

    Recursive triggers are on, as `sqlite_utils.Database` would set them, so the
    connection behaves the same whether or not it is ever wrapped in one.

    WAL is switched on by `_use_wal` only once the file is known to be ours:
    switching rewrites the file header, and a foreign or damaged file must be
    left exactly as it was.
    """
    timeout_ms = busy_timeout_ms()
    try:
        conn = sqlite3.connect(str(path), timeout=timeout_ms / 1000)
        conn.execute("pragma recursive_triggers = on")
        conn.execute(f"pragma busy_timeout = {timeout_ms}")
        conn.execute("pragma foreign_keys = on")
        conn.execute("pragma synchronous = normal")
    except sqlite3.DatabaseError as exc:
        if len(os.fsencode(path.absolute())) > MAX_DATABASE_PATH:
            raise ProjectError.worded(N_("{path}: the path is {length} bytes long; SQLite opens a database at a path of at most {most} bytes: move the project to a shorter path"), path=path, length=len(os.fsencode(path.absolute())), most=MAX_DATABASE_PATH) from None
        raise refused_opening(exc, path, N_("{path}: cannot open the database ({error})")) from None
    return conn


def _database(conn: sqlite3.Connection) -> Database:
    """`conn` as a `sqlite_utils.Database`, imported only when something needs it."""
    from sqlite_utils import Database

    return Database(conn)


def _use_wal(conn: sqlite3.Connection) -> None:
    """WAL: a crash loses nothing committed, and readers never block the writer."""
    if conn.execute("pragma journal_mode").fetchone()[0] != "wal":
        conn.execute("pragma journal_mode = wal")


_WRITTEN_IN_PLACE = "dictionary.txt"
"""Besides the databases, the one file of the folder written in place (appended to by "add to
dictionary"; `project.toml` is replaced whole, a link with it)."""


def _refuse_links_out(folder: Path) -> None:
    """Refuse a project whose databases (or their `-wal`, `-shm`, `-journal`) or `dictionary.txt`
    are links: every write would go through them into the file they name. A received project
    is a folder of anything its sender put there, links included: `termbase.db ->
    ../other-client/termbase.db` had `term add` write into another client's termbase, `memory.db`
    so `memory import` (hardening, round ten; `sources/` is refused as a link since round six; a
    link named `project.db-wal` SQLite refuses itself, as "cannot be opened"). One listing of the
    folder."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_symlink() and (_DATABASE_NAME.fullmatch(entry.name) or entry.name == _WRITTEN_IN_PLACE):
                raise ProjectError.worded(
                    N_("{path} is a link to {target}: workbench writes this file in place, and through a link a project could change a file elsewhere; put a copy of the file there instead (a shared termbase is listed in project.toml)"),
                    path=Path(entry.path), target=os.readlink(entry.path),
                )


def _file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at `path`, or None when nothing is there."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _check_and_migrate(conn: sqlite3.Connection, db_path: Path) -> None:
    try:
        verdict = conn.execute("pragma quick_check").fetchone()[0]
        if verdict != "ok":
            first = [line for line in verdict.splitlines() if not line.startswith("***")]
            raise ProjectError.worded(N_("{path} is damaged ({detail})"), path=db_path, detail=(first or [verdict])[0])
        if not migrations.applied_names(conn):
            # Some other program's SQLite file (or an emptied one): migrating it
            # would write our tables into it, even for a read-only command.
            raise ProjectError.worded(N_("{path} is not a workbench project database"), path=db_path)
        refuse_foreign_triggers(conn, db_path)  # before a migration's write could fire one
        _use_wal(conn)
        unknown = migrations.newer(conn)
        if unknown:
            raise ProjectError.worded(
                N_("{path} was made by a newer workbench (schema {schema}); upgrade workbench"),
                path=db_path,
                schema=sorted(unknown)[-1],
            )
        # Under the write lock, and read again there: two programs opening a project that an
        # upgrade left behind (the TUI and a `check`) would otherwise both apply the same
        # migrations, and the second failed as "damaged ... (database is locked)". Asked first
        # without sqlite-utils, which an up-to-date project's reading commands never load.
        if migrations.has_pending(conn):
            migrations.apply_pending(_database(conn), lock=lambda: write_transaction(conn))
        check_database(conn, db_path, lock=lambda: write_transaction(conn))
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise  # the CLI and TUI say "the project is busy", and the TUI tries again
        raise refused_opening(exc, db_path, N_("{path} is damaged or not a workbench database ({error})")) from None


MAX_CONFIG_BYTES = 4 * 2**20
"""A project file is a few kilobytes; TOML reads about 9 MB a second, and every command reads it."""


def _read_config(path: Path) -> ProjectConfig:
    try:
        if (size := path.stat().st_size) > MAX_CONFIG_BYTES:
            raise ProjectError.worded(N_("{path} is {size} MB, too large for a project file (at most {most} MB)"), path=path, size=format(size / 2**20, ".0f"), most=MAX_CONFIG_BYTES // 2**20)
        # "utf-8-sig": the byte order mark an editor on Windows writes is no statement (a
        # project.toml saved by Notepad was "not valid TOML": hardening, round 36)
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except ValueError as exc:  # TOMLDecodeError, UnicodeDecodeError, and an integer of over 4,300 digits
        raise ProjectError.worded(N_("{path} is not valid TOML: {error}"), path=path, error=exc) from None
    except RecursionError:  # tomllib descends recursively into nested arrays and tables
        raise ProjectError.worded(N_("{path} is not a project file: its values are nested too deeply"), path=path) from None
    return ProjectConfig.from_toml(data, path)


def _write_config(path: Path, config: ProjectConfig) -> None:
    """Write `config` over `path` atomically, as the document already there with its values
    changed (its comments kept: `toml_document`)."""
    # tomlkit is imported only by the commands that write the file
    from workbench.core.project.toml_document import updated_text

    try:
        previous: str | None = path.read_text(encoding="utf-8-sig")  # its comments kept, a BOM not
    except (OSError, ValueError):  # none yet (a new project), or unreadable: written from the data
        previous = None
    text = updated_text(previous, config.to_toml())
    # A fresh temporary name (`atomic_write`): a fixed `project.toml.tmp` that a received project
    # held as a link was written through, over a file outside it (hardening, round thirteen).
    with atomic_write(path) as fh:
        fh.write(text.encode("utf-8"))
        fh.flush()
        os.fsync(fh.fileno())
