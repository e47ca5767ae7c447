"""Exporting a project's segments through the interchange formats.

The project's segments become `TranslationUnit`s in project order, read from
`project.db` a batch at a time in one read transaction (a million segments never
sit in memory at once), and go to any `ExportFormat`; the TMX writer makes the
rows into units' values in its second process (`UnitRows`). Each unit carries:

* `tuid` = the segment id (stable across edits and re-exports), or for a document imported
  from TMX the `tuid` its unit had there (a vendor's report and re-delivery name it so);
* `created` = when its document was imported, `changed` = the segment's
  `changed_at`; `creationid` and `changeid` = the project's user (`project_user`);
* the translation status (`x-status`: draft, translated, reviewed), the
  alignment confidence and, for aligned pairs, whether a person locked the
  pair as correctly aligned (`x-pair-locked`); as notes, the segment's
  comments (`comment_note`) in every format, after its stored findings
  (`ocr-suspect`, `alignment-low-confidence`) where the format takes them
  (`ExportFormat.finding_notes`: TMX, so a reviewer in another tool sees them);
* the markup behind its inline-code placeholders, as imported;
* `x-document` (the document name) and `x-paragraph` (the target paragraph
  the segment starts in, from its sentence range), which the text export
  uses to restore paragraphs.

Which segments: bitext exports (TMX, TSV) take the segments whose
translation status is `translated` or `reviewed` by default (a locked pair
that is still a draft is not taken: locking is about the alignment) and every pair whose source and
target are both non-empty with `all_pairs`; the text export takes every
segment with a target, because it is the translated document.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.project.comments import all_comments, comment_note, project_user
from workbench.core.project.integrity import READ_ERRORS, unreadable_value
from workbench.core.project.store import DATABASE_FILE, Project
from workbench.errors import InputError
from workbench.formats.base import (
    PROP_DOCUMENT,
    PROP_PARAGRAPH,
    BitextFormat,
    ExportFormat,
    UnitRows,
    UnitValues,
    WriteReport,
)
from workbench.tags import InlineCodes
from workbench.wording import N_

if TYPE_CHECKING:
    from workbench.formats.xliff import FilledTarget

CONFIRMED = ("translated", "reviewed")
PROP_PAIR_LOCKED = "x-pair-locked"
"""`yes` when a person locked the pair as correctly aligned: the alignment notion, which the
translation status (`x-status`: draft, translated, reviewed) does not imply."""


@dataclass(frozen=True)
class ExportScope:
    """How many pairs a bitext export could take and how many it takes by default."""

    pairs: int
    """Segments with text on both sides."""
    confirmed: int
    """Of those, translated or reviewed: what TMX and TSV take without `--all`."""
    aligned_drafts: int = 0
    """Drafts `mark-translated` would mark (a bitext's pairs): the way to include them it can advise;
    a chapter translated in the editor has none, and its drafts wait for the translator."""
    untranslated: int = 0
    """Segments with a source and no translation yet: no pair at all, so "5 of 5 pairs" of a
    168-segment chapter says why the other 163 are not in the file."""

    @property
    def drafts(self) -> int:
        """Pairs left out by default: still `draft` (whether or not their alignment is locked)."""
        return self.pairs - self.confirmed


ALIGNED_DRAFT = "(s.status = 'draft' and (s.confidence is not null or d.kind in ('tsv', 'tmx', 'lines')))"
"""A draft pair of `s` (a segment of document `d`) the aligner or a bitext file paired: a translation
already, which `mark-translated` confirms. An XLIFF file's drafts, or a text translated in the
editor, are work still to do."""


def export_scope(project: Project) -> ExportScope:
    """Count, so an export can say what it left out and how to include it."""
    row = project.db.execute(
        "select count(*), coalesce(sum(s.status in ('translated', 'reviewed')), 0), "
        f"coalesce(sum({ALIGNED_DRAFT}), 0) from segments s left join documents d on d.id = s.document_id "
        "where trim(coalesce(s.source, '')) != '' and trim(coalesce(s.target, '')) != ''"
    ).fetchone()
    untranslated = project.db.execute(
        "select count(*) from segments where trim(coalesce(source, '')) != '' and trim(coalesce(target, '')) = ''"
    ).fetchone()[0]
    return ExportScope(int(row[0]), int(row[1]), int(row[2]), int(untranslated))


@contextmanager
def project_units(
    project: Project, *, confirmed_only: bool = True, need_source: bool = True, finding_notes: bool = True
) -> Iterator[UnitRows]:
    """The project's segments as units, in project order (see the module docstring); their notes
    are the segment's comments, after its stored findings unless `finding_notes` is False.

    The rows are read a document at a time in one read transaction (one snapshot of the project,
    and the segments index gives their order without sorting a million rows), which ends with
    the block, whatever the writer did; they become units' values in `values_of_rows`, which
    the TMX writer runs in its second process."""
    conn = project.db.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")  # deferred: a read snapshot from the first read to the end of the block
    batches = _row_batches(project, confirmed_only=confirmed_only, finding_notes=finding_notes)
    try:
        yield UnitRows(batches, values_of_rows, (project.config.source_lang, project.config.target_lang, need_source,
                                                 project.path / DATABASE_FILE, project_user(project)))
    finally:
        batches.close()  # its cursor ends before the transaction does
        if own and conn.in_transaction:
            with suppress(sqlite3.ProgrammingError):  # the project was closed first: nothing to end
                conn.execute("COMMIT")


EXPORT_BATCH = 1000
"""Rows read and made into units' values together (see `UnitRows`)."""

_Rows = tuple[str, str | None, list[tuple[Any, ...]], dict[int, tuple[str, ...]]]
"""A batch: the document's name and import date, its segment rows, and those segments' notes."""


def _row_batches(project: Project, *, confirmed_only: bool, finding_notes: bool) -> Generator[_Rows, None, None]:
    conn = project.db.conn
    notes = _finding_notes(project) if finding_notes else {}
    for segment_id, comments in all_comments(project).items():
        notes[segment_id] = (*notes.get(segment_id, ()), *(comment_note(c) for c in comments))
    documents = conn.execute("select id, name, imported_at from documents order by seq, id").fetchall()
    query = _SEGMENT_ROWS + (" and s.status in ('translated', 'reviewed')" if confirmed_only else "") + " order by s.seq, s.id"
    for document_id, name, imported_at in documents:
        rows = conn.execute(query, (document_id,))
        while batch := rows.fetchmany(EXPORT_BATCH):
            kept = {row[0]: notes[row[0]] for row in batch if row[0] in notes} if notes else {}
            yield str(name), imported_at, batch, kept


_SEGMENT_ROWS = """
    select s.id, s.source, s.target, s.status, s.confidence, s.changed_at, s.codes,
           case when (select kind from documents where id = s.document_id) = 'tmx' then s.unit_id end,
           case when s.confidence is not null then case when s.locked then 'yes' else 'no' end end,
           coalesce(case when s.target_to > s.target_from then 't' || tp.seq end,
                    case when s.source_to > s.source_from then 's' || sp.seq end)
    from segments s
    left join sentences ts on ts.document_id = s.document_id and ts.side = 'target' and ts.seq = s.target_from
    left join paragraphs tp on tp.id = ts.paragraph_id
    left join sentences ss on ss.document_id = s.document_id and ss.side = 'source' and ss.seq = s.source_from
    left join paragraphs sp on sp.id = ss.paragraph_id
    where s.document_id = ?"""
"""A document's segment rows (plain tuples: a million rows as dictionaries cost seconds), the
`x-pair-locked` and `x-paragraph` values already made (see `_contexts`)."""


def values_of_rows(context: tuple[str, str, bool, Path, str], batch: _Rows) -> list[UnitValues]:
    """A batch of `_row_batches` as units' values: pairs without a target (or a source, when
    `need_source`) are left out; `context` ends with the database's path, for a refusal, and
    the project's user, who made and changed every pair as far as the project knows."""
    source_lang, target_lang, need_source, db_path, user = context
    document, imported_at, rows, notes = batch
    created = _parse(imported_at)
    contexts = _contexts(document)
    values: list[UnitValues] = []
    for segment_id, source, target, status, confidence, changed_at, codes, tuid, pair_locked, paragraph in rows:
        source, target = source or "", target or ""
        if not target.strip() or (need_source and not source.strip()):
            continue
        props = contexts[pair_locked]
        if paragraph is not None:
            props += ((PROP_PARAGRAPH, paragraph),)
        values.append((
            source, target, source_lang, target_lang, tuid or str(segment_id), created, _parse(changed_at), status,
            confidence, notes.get(segment_id, ()), props, _stored_codes(db_path, segment_id, codes), user, user,
        ))
    return values


def export_project(project: Project, path: Path | str, fmt: ExportFormat, *, all_pairs: bool = False) -> WriteReport:
    """Write the project to `path` in `fmt`: bitext formats confirmed-only unless `all_pairs`."""
    if project.keeps(path):  # `--tmx DIR/project.db` replaced the database with a TMX file
        raise InputError.worded(N_("{path}: is one of the project's own files; export to another file"), path=path)
    if isinstance(fmt, BitextFormat):
        scope = project_units(project, confirmed_only=not all_pairs, finding_notes=fmt.finding_notes)
    else:
        scope = project_units(project, confirmed_only=False, need_source=False, finding_notes=fmt.finding_notes)
    with scope as units:
        return fmt.write(
            Path(path),
            units,
            source_lang=project.config.source_lang,
            target_lang=project.config.target_lang,
        )


def _contexts(document: str) -> dict[str | None, tuple[tuple[str, str], ...]]:
    """A document's units' props before their paragraph, by their `x-pair-locked` value (None:
    not an aligned pair, which has no confidence)."""
    name = (PROP_DOCUMENT, str(document))
    return {None: (name,), "yes": (name, (PROP_PAIR_LOCKED, "yes")), "no": (name, (PROP_PAIR_LOCKED, "no"))}


def _finding_notes(project: Project) -> dict[int, tuple[str, ...]]:
    notes: dict[int, list[str]] = {}
    for row in project.db.query(
        "select segment_id, \"check\", side, message from segment_findings order by segment_id, start, id"
    ):
        notes.setdefault(row["segment_id"], []).append(f"{row['check']} ({row['side']}): {row['message']}")
    return {segment: tuple(items) for segment, items in notes.items()}


@lru_cache(maxsize=4096)
def _parse(value: str | None) -> datetime | None:
    """Project timestamps are ISO 8601 UTC (`2024-05-06T07:08:09Z`); anything else is no date,
    and so is a moment another program's offset carries past year 1 or 9999 in UTC (TMX writes
    UTC: it could not be written)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def export_xliff(project: Project, path: Path | str, document: str | None = None) -> WriteReport:
    """Write the project as XLIFF to `path`: its XLIFF document filled in, or a new XLIFF 1.2 file.

    A project made from an XLIFF file gets that file back with its targets filled in
    (`fill_xliff`: the original, its verbatim copy in `sources/`, is the template: each unit
    whose segment has a target gets that target, its inline codes written back as they were, a
    state from the segment's status, and the segment's comments as `note`s; nothing else in the
    file changes). A project with no XLIFF document (a text, a TMX, a TSV imported) gets a new
    XLIFF 1.2 file of every document (`write_new_xliff`), as a client expects of any project.
    `document` names one document: an XLIFF one is filled, any other written anew.
    """
    from workbench.formats.xliff import fill_xliff

    if project.keeps(path):
        raise InputError.worded(N_("{path}: is one of the project's own files; export to another file"), path=path)
    documents = list(project.db.query("select id, name, kind, source_file from documents order by seq, id"))
    if document is not None:
        documents = [d for d in documents if d["name"] == document]
        if not documents:
            raise InputError.worded(N_("the project has no document named {document}"), document=repr(document))
    xliff_documents = [d for d in documents if d["kind"] == "xliff"]
    if not xliff_documents:
        if not documents:
            raise InputError.worded(N_("the project has no XLIFF document and no text to write one from; import a file first (workbench import, or i in the project view)"))
        return _new_xliff(project, Path(path), documents)
    if len(xliff_documents) > 1:
        names = ", ".join(d["name"] for d in xliff_documents)
        raise InputError.worded(N_("the project has several XLIFF documents ({names}); name one with --document"), names=names)
    chosen = xliff_documents[0]
    rows = project.db.execute(
        "select id, unit_id, target, status, codes from segments "
        "where document_id = ? and unit_id is not null and target != ''",
        [chosen["id"]],
    )
    comments = all_comments(project)
    targets = _LazyTargets({
        unit_id: (target, status, codes, tuple(comment_note(c) for c in comments.get(segment_id, ())), segment_id)
        for segment_id, unit_id, target, status, codes in rows
    }, project.path / DATABASE_FILE)
    filled = fill_xliff(_kept_original(project, chosen["name"], chosen["source_file"]), Path(path), targets)
    return WriteReport(path=Path(path), units=filled)


def _new_xliff(project: Project, path: Path, documents: list[dict[str, Any]]) -> WriteReport:
    """`documents` as a new XLIFF 1.2 file, every segment with a source or a target, read in one snapshot."""
    from workbench.formats.xliff_writer import NewFile, NewUnit, write_new_xliff

    comments = all_comments(project)
    db_path = project.path / DATABASE_FILE

    def units(document_id: int) -> Iterator[NewUnit]:
        rows = project.db.conn.execute(
            "select id, source, target, status, codes from segments where document_id = ? "
            "and (trim(coalesce(source, '')) != '' or trim(coalesce(target, '')) != '') order by seq, id",
            [document_id],
        )
        for segment_id, source, target, status, codes in rows:
            yield NewUnit(str(segment_id), source or "", target or "", status,
                          tuple(comment_note(c) for c in comments.get(segment_id, ())),
                          _stored_codes(db_path, segment_id, codes))

    with _read_snapshot(project):
        return write_new_xliff(path, (NewFile(str(d["name"]), units(d["id"])) for d in documents),
                               project.config.source_lang, project.config.target_lang)


@contextmanager
def _read_snapshot(project: Project) -> Iterator[None]:
    """One read transaction for the block (as `project_units`), so an edit saved meanwhile is in or out whole."""
    conn = project.db.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        yield
    finally:
        if own and conn.in_transaction:
            with suppress(sqlite3.ProgrammingError):
                conn.execute("COMMIT")


def _stored_codes(db_path: Path, segment_id: int, codes: str | None) -> InlineCodes | None:
    """A segment's inline codes as stored; one line when another program wrote something else there."""
    try:
        return InlineCodes.from_json(codes)
    except READ_ERRORS as error:
        raise unreadable_value(db_path, "segments", "codes", segment_id, error) from None


def _kept_original(project: Project, name: str, stored: str) -> Path:
    """The XLIFF document's copy in `sources/`, where an import put it; refused when the stored
    name, or a link in its place, leads anywhere else. A received project whose `project.db`
    named `/home/me/other-client/contract.xlf` (or whose `sources/` held a link to it) had that
    file copied into the export the user sends back (hardening, round nine)."""
    original = project.path / stored
    try:
        inside = original.resolve().is_relative_to(project.sources_dir.resolve())
    except (OSError, RuntimeError, ValueError):  # a link loop, a NUL byte
        inside = False
    if not inside:
        raise InputError.worded(
            N_("the XLIFF document {name} is kept at {file}, outside the project's sources/ folder (another program changed the project, or a link there leads out); not read"),
            name=repr(name), file=original,
        )
    return original


class _LazyTargets(Mapping[str, "FilledTarget"]):
    """Unit id -> what to fill in, its inline codes decoded only when the unit is reached
    (a 100,000-unit export would otherwise hold every decoded code at once)."""

    def __init__(self, rows: dict[str, tuple[str, str, str | None, tuple[str, ...], int]], db_path: Path) -> None:
        self._rows = rows
        self._db_path = db_path

    def __getitem__(self, key: str) -> FilledTarget:
        from workbench.formats.xliff import FilledTarget

        target, status, codes, notes, segment_id = self._rows[key]
        return FilledTarget(target, status, _stored_codes(self._db_path, segment_id, codes), notes)

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)
