"""Importing documents into a project: decode, clean, segment, store.

All the work that can fail on bad input (decoding, cleanup, parsing) happens
before anything is written; the database rows of one import are written in one
transaction, and the verbatim copies in `sources/` are removed again if that
transaction fails. A rejected import leaves the project exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from itertools import starmap
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from termbase import safetext
from termbase.store import MAX_NOTE_CHARS
from workbench.core.alignment import PreparedSentence, insert_segments_for_document
from workbench.core.ingest.cleanup import Paragraph, clean_text
from workbench.core.ingest.debris import debris_message, page_debris, standalone_numbers
from workbench.core.ingest.encoding import DecodedText, read_text_file
from workbench.core.ingest.redelivery import earlier_version
from workbench.core.ingest.segmentation import split_sentences
from workbench.core.ingest.segmentation_rules import ProjectSplitters, Splitter
from workbench.core.ingest.suspects import UnknownWords
from workbench.core.progress import Progress, part, reach
from workbench.core.project import (
    MAX_SEGMENT_CHARS,
    DocumentEntry,
    Project,
    ProjectConfig,
    SegmentStatus,
    parse_comment_note,
    store_imported_comments,
    utc_now,
)
from workbench.core.terminology import project_concept_finder
from workbench.errors import InputError
from workbench.formats.tsv import TsvLine, line_spans, parse_line
from workbench.wording import N_, Wording, phrase_n


@dataclass(frozen=True)
class PreparedSide:
    """One side of a document, decoded, cleaned and split, not yet stored."""

    file: Path
    decoded: DecodedText
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[PreparedSentence, ...]
    notices: tuple[Wording, ...] = ()
    """What the cleanup left undone (`ImportReport.notices`)."""


@dataclass(frozen=True)
class ImportReport:
    """What an import did, for the CLI summary and the TUI's notification."""

    document_id: int
    name: str
    kind: str
    source_sentences: int
    target_sentences: int
    segments: int
    findings: int
    source_encoding: str | None
    target_encoding: str | None
    aligned: bool
    notices: tuple[Wording, ...] = ()
    """What was skipped or could not be kept, one line each, worded so that the CLI says them
    in the interface language (they were English under `LANG=ru_RU.UTF-8`, the errors Russian)."""
    earlier_version: str | None = None
    """The document this one repeats (`redelivery`): the file was likely its new version."""
    unmarked_prefill: bool = False
    """Every segment came with a target, all drafts and none marked machine translation: how a
    client's MT prefill looks when imported without `--machine-translation` (userday42: the MT
    filter then stayed empty and nothing said why), so the faces say how to mark one."""

    @property
    def warnings(self) -> tuple[str, ...]:
        """The notices in English (the JSON report's `warnings`)."""
        return tuple(notice.render() for notice in self.notices)


MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
"""A text document larger than this is refused before it is read. 16 MB is some
8,000 pages, many books; cleanup, alignment and the editor are made for book-sized
documents, and a 50 MB file would keep an import busy for minutes. Larger bitexts
come aligned already, as TSV or TMX, which are streamed."""
MAX_DOCUMENT_LINES = 200_000
"""Cleanup weighs every line against its neighbours; a million one-word lines is
a word list, not a document, and would take minutes to reflow."""


def read_document(file: Path, lang: str, encoding: str | None = None) -> DecodedText:
    """`file` decoded as one document, refused in one line past `MAX_DOCUMENT_BYTES` or
    `MAX_DOCUMENT_LINES`: every reader of a whole text document (an import, `align-files` with
    or without `--presegmented`) is bounded alike. `align-files --presegmented` read any size:
    250,000 one-letter lines aligned for two minutes, 100 MB never ended (hardening, round 40)."""
    if file.is_file() and file.stat().st_size > MAX_DOCUMENT_BYTES:
        raise InputError.worded(
            N_("{file}: {size} MB is too large for one document (at most {most} MB); split it, or import it aligned as TSV or TMX"), file=file, size=format(file.stat().st_size / 2**20, '.0f'), most=MAX_DOCUMENT_BYTES // 2**20
        )
    decoded = read_text_file(file, encoding=encoding, lang=lang)
    lines = decoded.text.count("\n") + (not decoded.text.endswith("\n"))
    if lines > MAX_DOCUMENT_LINES:
        raise InputError.worded(
            N_("{file}: {lines} lines are too many for one document (at most {most}); split it, or import it aligned as TSV or TMX"), file=file, lines=format(lines, ','), most=format(MAX_DOCUMENT_LINES, ',')
        )
    return decoded


def prepare_side(
    file: Path, lang: str, encoding: str | None = None, splitter: Splitter | None = None
) -> PreparedSide:
    """Decode, clean and split one file (by `splitter`, default the built-in rules); pure apart from reading it."""
    decoded = read_document(file, lang, encoding)
    unknown = UnknownWords()
    paragraphs = tuple(clean_text(decoded.text, lang, unknown))
    if not any(p.text.strip() for p in paragraphs):
        raise InputError.worded(N_("{file}: no text left after cleanup"), file=file)
    sentences = tuple(split_paragraphs(paragraphs, lang, splitter))
    for number, sentence in enumerate(sentences, start=1):
        if len(sentence.text) > MAX_SEGMENT_CHARS:
            raise InputError.worded(
                N_("{file}: sentence {number} is {length} characters long (at most {most}); the text has too little sentence punctuation to be segmented"), file=file, number=number, length=format(len(sentence.text), ','), most=format(MAX_SEGMENT_CHARS, ',')
            )
    notices = (phrase_n(
        "{file}: {count} word no dictionary knows was not checked for OCR misreadings (the first {most} were)",
        "{file}: {count} words no dictionary knows were not checked for OCR misreadings (the first {most} were)",
        unknown.unjudged, file=file.name, count=format(unknown.unjudged, ","), most=format(unknown.most, ","),
    ),) if unknown.unjudged else ()
    return PreparedSide(file, decoded, paragraphs, sentences, notices)


def split_paragraphs(
    paragraphs: Iterable[Paragraph], lang: str, splitter: Splitter | None = None
) -> Iterator[PreparedSentence]:
    """Sentences of every paragraph, each carrying the OCR findings that fall in it; a sentence
    of page debris ("| i", "©": `debris`) carries one saying so."""
    split = [
        (index, paragraph, splitter(paragraph.text) if splitter else split_sentences(paragraph.text, lang))
        for index, paragraph in enumerate(paragraphs)
    ]
    numbers = standalone_numbers(p.text[start:end] for _, p, spans in split for start, end in spans)
    for index, paragraph, spans in split:
        for start, end in spans:
            findings = tuple(
                _ocr_finding(f.start - start, f.end - start, f.message, f.suggestion)
                for f in paragraph.findings
                if start <= f.start < end
            )
            text = paragraph.text[start:end]
            if not findings and page_debris(text, lang, numbers):
                token = text.strip()
                at = text.index(token)
                findings = (_ocr_finding(at, at + len(token), debris_message(token), None),)
            yield PreparedSentence(text, index, findings)


def _ocr_finding(start: int, end: int, message: str, suggestion: str | None) -> dict[str, Any]:
    return {"check": "ocr-suspect", "severity": "warning", "start": start, "end": end,
            "message": message, "suggestion": suggestion}


def import_text(
    project: Project,
    source: Path,
    target: Path | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    *,
    semantic: bool = True,
    workers: int = 1,
    machine: bool = False,
) -> ImportReport:
    """Import a document and, if given, its translation, aligned sentence by sentence.

    `progress` moves as each side is read, cleaned and segmented, while the
    two are aligned, and once the segments are stored. `semantic=False` aligns
    without reading meaning; `workers` as in `align_project`. `machine`: the
    translation is a machine translation (`_mark_machine_translated`).
    """
    config = project.config
    # Shares of the bar: reading a side is about as slow as aligning it.
    read_share = 0.3 if target else 0.8
    splitters = ProjectSplitters(project.path)  # its SRX file read once for both sides (hardening, round 38)
    source_side = prepare_side(source, config.source_lang, encoding, splitters.splitter(config.source_lang))
    reach(progress, read_share)
    target_side = (
        prepare_side(target, config.target_lang, encoding, splitters.splitter(config.target_lang))
        if target
        else None
    )
    reach(progress, 2 * read_share if target else read_share)
    files = [source, *([target] if target else [])]
    with (
        _listing_undone_on_failure(project) as list_document,
        _copied_sources(project, files) as stored,
    ):
        with project.transaction() as db:
            document_id = _insert_document(
                project,
                name=source.stem.removesuffix(f".{config.source_lang}"),
                kind="text",
                source_file=stored[0],
                target_file=stored[1] if target else None,
                source_encoding=source_side.decoded.encoding,
                target_encoding=target_side.decoded.encoding if target_side else None,
            )
            _insert_side(db, document_id, "source", source_side)
            if target_side:
                _insert_side(db, document_id, "target", target_side)
            count = insert_segments_for_document(
                project,
                document_id,
                source_side.sentences,
                target_side.sentences if target_side else None,
                concepts=project_concept_finder(project) if target_side else None,
                progress=part(progress, 2 * read_share, 0.95) if target_side else None,
                semantic=semantic,
                workers=workers,
            )
            if machine:
                _mark_machine_translated(db, document_id)
            machine_notice = _machine_notice(db, document_id)
            prefill = _unmarked_prefill(db, document_id)
            entry = _document_entry(project, document_id)
            list_document(entry)
    reach(progress, 1.0)
    return _noting_earlier_version(project, source, ImportReport(
        document_id=document_id,
        name=entry.name,
        kind="text",
        source_sentences=len(source_side.sentences),
        target_sentences=len(target_side.sentences) if target_side else 0,
        segments=count,
        findings=sum(len(s.findings) for side in (source_side, target_side) if side for s in side.sentences),
        source_encoding=source_side.decoded.encoding,
        target_encoding=target_side.decoded.encoding if target_side else None,
        aligned=target_side is not None,
        notices=(*source_side.notices, *(target_side.notices if target_side else ()), *machine_notice),
        unmarked_prefill=prefill,
    ))


def _noting_earlier_version(project: Project, file: Path, report: ImportReport,
                            translation: Path | None = None) -> ImportReport:
    """`report`, saying which document the import of `file` (and its `translation`, for two
    line-aligned files) repeats, if it repeats one (`redelivery`)."""
    earlier = earlier_version(project, report.document_id, report.kind)
    if earlier is None:
        return report
    notice = earlier.notice(project.given, file, report.kind, translation)
    return replace(report, earlier_version=earlier.name, notices=(*report.notices, notice))


def read_tsv_pairs(file: Path, encoding: str | None = None) -> list[TsvLine]:
    """Pairs of an aligned bitext, `source<TAB>target[<TAB>notes]` a line, the target possibly empty.

    The encoding is detected like any text import (a spreadsheet may save
    cp1251); lines are read by the TSV format's own parser, so what `export
    --tsv` escapes comes back as it was. A line with more than two tabs is
    refused with its line number rather than guessed at.
    """
    decoded = read_text_file(file, encoding=encoding)
    pairs: list[TsvLine] = []
    text = decoded.text
    for number, (start, end) in enumerate(line_spans(text), start=1):
        pair = parse_line(text, file, number, start, end)
        if pair is None or not (pair[0].strip() or pair[1].strip()):
            continue
        if not pair[0].strip():
            raise InputError.worded(N_("{file}, line {number}: the source text is empty"), file=file, number=number)
        pairs.append(pair)
    if not pairs:
        raise InputError.worded(N_("{file}: no segment pairs found"), file=file)
    return pairs


def import_tsv(project: Project, file: Path, encoding: str | None = None, *, machine: bool = False) -> ImportReport:
    """Import an already aligned bitext as segments in file order.

    Segment comments an `export --tsv` wrote in the notes field come back as
    comments; other notes are not kept. A file without notes takes the lean path.
    """
    pairs = read_tsv_pairs(file, encoding)
    if not any(notes for _, _, notes in pairs):
        return import_pairs(project, file, ((source, target) for source, target, _ in pairs), kind="tsv",
                            machine=machine)
    rows = (
        ImportedPair(source, target, notes=tuple(n for n in notes if parse_comment_note(n)))
        for source, target, notes in pairs
    )
    return import_pairs(project, file, rows, kind="tsv", rich=True, machine=machine)


def import_tmx(project: Project, file: Path, progress: Callable[[int, int], None] | None = None, *,
               machine: bool = False) -> ImportReport:
    """Import the units of a TMX file as segments, in file order, streaming; `progress(done,
    total)` hears the bytes of a large file read so far (`formats.tmx.tmx_parts`).

    A unit's status travels with it when the file records one we know
    (our own exports do); anything else arrives as a draft. Inline codes
    become placeholders with their markup kept, so an export writes them
    back. Units translated from another source language are skipped and
    counted in the report's warnings.
    """
    from workbench.core.ingest.tmx_pairs import tmx_pairs
    from workbench.formats.tmx import ReadCounts

    counts = ReadCounts()
    # a large file is parsed on both cores (see `tmx_pairs`)
    rows = starmap(ImportedPair, tmx_pairs(file, project.config.source_lang, project.config.target_lang, counts, progress))
    report = import_pairs(project, file, rows, kind="tmx", rich=True, machine=machine)
    if counts.other_srclang:
        warning = phrase_n("skipped {count} unit whose srclang is not {lang}",
                           "skipped {count} units whose srclang is not {lang}",
                           counts.other_srclang, count=counts.other_srclang, lang=project.config.source_lang)
        report = replace(report, notices=(*report.notices, warning))
    return report


@dataclass(frozen=True, slots=True)
class ImportedPair:
    """One ready-made segment: what TMX and XLIFF units carry beyond the two texts."""

    source: str
    target: str
    status: str | None = None
    codes: str | None = None
    """`InlineCodes` as JSON, or None for plain text."""
    unit_id: str | None = None
    """The id of the unit in its file (XLIFF), for the export that fills it in."""
    locked: bool | None = None
    """True for a unit the file marks untranslatable (locked, and its target not to be
    edited); None: locked when confirmed."""
    notes: tuple[str, ...] = ()
    """Notes for the translator (XLIFF `note`), kept as info findings on the segment."""
    machine: bool = False
    """The target is a machine translation (kept in `segments.machine`)."""


def import_xliff(project: Project, file: Path, *, machine: bool = False) -> ImportReport:
    """Import an XLIFF 1.2 or 2.x file as a document whose segments keep their unit ids.

    The verbatim copy in `sources/` is what `export_xliff` later fills in.
    Units marked `translate="no"` come in locked, so that the file stays
    whole and nobody edits them. A target the file calls MT (`MT_QUALIFIERS`) comes in as one;
    `machine`: every draft's target does (a client's file that does not say so).
    """
    from workbench.formats.xliff import read_xliff

    locked = 0
    notes_stored = 0

    def rows() -> Iterator[ImportedPair]:
        nonlocal locked, notes_stored
        clean = safetext.clean
        for s in read_xliff(file, project.config.source_lang, project.config.target_lang):
            locked += s.locked
            notes_stored += _bounded_notes_length(file, s.unit_id, s.notes, notes_stored)
            yield ImportedPair(
                clean(s.source), clean(s.target), s.status, s.codes.to_json() if s.codes else None,
                s.unit_id, True if s.locked else None, tuple(clean(note) for note in s.notes), s.machine,
            )

    report = import_pairs(project, file, rows(), kind="xliff", rich=True, machine=machine)
    if locked:
        locked_units = phrase_n('{count} unit is marked translate="no" and stays locked',
                                '{count} units are marked translate="no" and stay locked', locked, count=locked)
        report = replace(report, notices=(*report.notices, locked_units))
    return report


MAX_UNIT_NOTES_CHARS = MAX_NOTE_CHARS
"""The most characters a unit's notes hold together, as a termbase note (pages of prose, where a
client's note is a line or two). A 6 MB note from a received XLIFF was stored and listed in the
editor's findings panel (hardening, round thirteen)."""
MAX_FILE_NOTES_CHARS = MAX_DOCUMENT_BYTES
"""The most note text one XLIFF file may store. A unit's notes are kept on each of its segments,
so a 1 MB file of one unit with a 1 MB note and 200 `mrk` segments stored 192 MB (a few MB of such a
file would fill the disk); this bounds what is stored by what a text document may hold."""


def _bounded_notes_length(file: Path, unit_id: str, notes: tuple[str, ...], stored: int) -> int:
    """The characters `notes` add to the file's stored notes; a unit's notes over
    `MAX_UNIT_NOTES_CHARS`, or a file's over `MAX_FILE_NOTES_CHARS`, are refused with one line."""
    length = sum(map(len, notes))
    if length > MAX_UNIT_NOTES_CHARS:
        raise InputError.worded(
            N_("{file}: the notes of unit {unit} are {length} characters long (at most {most})"),
            file=file, unit=unit_id, length=format(length, ","), most=format(MAX_UNIT_NOTES_CHARS, ","),
        )
    if stored + length > MAX_FILE_NOTES_CHARS:
        raise InputError.worded(
            N_("{file}: its notes, kept on every segment of their unit, come to over {most} characters"),
            file=file, most=format(MAX_FILE_NOTES_CHARS, ","),
        )
    return length


def import_pairs(
    project: Project,
    file: Path,
    pairs: Iterable[tuple[str, str] | tuple[str, str, str | None]] | Iterable[ImportedPair],
    kind: str,
    *,
    rich: bool = False,
    machine: bool = False,
    translation: Path | None = None,
    encodings: tuple[str | None, str | None] = (None, None),
    name: str | None = None,
) -> ImportReport:
    """Store ready-made pairs (TSV, TMX, XLIFF, two line-aligned files) as one document's segments, in order.

    `rich` pairs are `ImportedPair`s (inline codes, unit ids, locks, notes);
    the others are plain `(source, target[, status])` tuples, stored by a
    leaner statement because a TSV may hold a million of them. `translation`
    is the second file of a bitext that comes as two (`lines`), kept and named
    beside `file`; `encodings` are the two files' as read, `name` the document's
    (default: the file's stem).

    Pairs are consumed as a stream and written in batches inside one
    transaction, so a million-unit file needs no more memory than a small one
    and a read error half-way leaves nothing behind.
    """
    counts = {"segments": 0, "translated": 0}
    notes: dict[int, tuple[str, ...]] = {}
    statuses = {str(s) for s in SegmentStatus}
    now = utc_now()

    def plain_rows(document_id: int) -> Iterator[tuple[object, ...]]:
        """(source, target[, status]) tuples: TSV's million-line case, kept lean."""
        for index, pair in enumerate(pairs):
            source, target = pair[0], pair[1]  # type: ignore[index]
            status = pair[2] if len(pair) > 2 else None  # type: ignore[arg-type, index]
            _check_length(file, index, source, target)
            status = status if status in statuses else "draft"
            counts["segments"] += 1
            counts["translated"] += bool(target)
            yield document_id, float(index), source, target, status, int(status != "draft"), now

    def rich_rows(document_id: int) -> Iterator[tuple[object, ...]]:
        """`ImportedPair`s (TMX, XLIFF): codes, unit ids, locks and notes too."""
        for index, pair in enumerate(pairs):
            assert isinstance(pair, ImportedPair)
            _check_length(file, index, pair.source, pair.target)
            status = pair.status if pair.status in statuses else "draft"
            counts["segments"] += 1
            counts["translated"] += bool(pair.target)
            if pair.notes:
                notes[index] = pair.notes
            locked = pair.locked if pair.locked is not None else status != "draft"
            yield (
                document_id, float(index), pair.source, pair.target, status, int(locked), now,
                pair.codes, pair.unit_id, int(bool(pair.locked)),
                pair.target if pair.machine and pair.target else None,
            )

    with (
        _listing_undone_on_failure(project) as list_document,
        _copied_sources(project, [file, *([translation] if translation else [])]) as stored,
    ):
        with project.transaction() as db:
            document_id = _insert_document(
                project, name=name or file.stem, kind=kind, source_file=stored[0],
                target_file=stored[1] if translation else None,
                source_encoding=encodings[0], target_encoding=encodings[1],
            )
            # One prepared statement over the stream: sqlite-utils' insert_all inspects
            # every value and took 15 s for a million pairs, past what an import may take.
            if rich:
                db.conn.executemany(
                    "insert into segments (document_id, seq, source, target, status, locked, changed_at, "
                    "codes, unit_id, untranslatable, machine) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rich_rows(document_id),
                )
            else:
                db.conn.executemany(
                    "insert into segments (document_id, seq, source, target, status, locked, changed_at) "
                    "values (?, ?, ?, ?, ?, ?, ?)",
                    plain_rows(document_id),
                )
            if counts["segments"] == 0:
                raise InputError.worded(N_("{file}: no segment pairs found"), file=file)
            if notes:
                _store_notes(db, document_id, notes)
            if machine:
                _mark_machine_translated(db, document_id)
            machine_notice = _machine_notice(db, document_id)
            prefill = _unmarked_prefill(db, document_id)
            entry = _document_entry(project, document_id)
            list_document(entry)
    return _noting_earlier_version(project, file, ImportReport(
        document_id=document_id, name=entry.name, kind=kind, source_sentences=counts["segments"],
        target_sentences=counts["translated"], segments=counts["segments"], findings=0,
        source_encoding=encodings[0], target_encoding=encodings[1], aligned=False, notices=machine_notice,
        unmarked_prefill=prefill,
    ), translation)


def _mark_machine_translated(db: Any, document_id: int) -> None:
    """Every draft target of the document is a machine translation (`import --machine-translation`):
    a client's English and the engine's Russian as two plain files, a TSV or TMX an engine wrote,
    an XLIFF that does not say so. A confirmed one was read by a person and stays theirs."""
    db.execute("update segments set machine = target where document_id = ? and status = 'draft' "
               "and trim(target) != ''", [document_id])


def _machine_notice(db: Any, document_id: int) -> tuple[Wording, ...]:
    """How many of the document's targets came in as machine translation, said once, whatever told it."""
    ((count,),) = db.execute("select count(*) from segments where document_id = ? and machine is not null",
                             [document_id]).fetchall()
    if not count:
        return ()
    return (phrase_n("{count} target is a machine translation: shown as MT until a person edits or confirms it",
                     "{count} targets are machine translations: shown as MT until a person edits or confirms them",
                     count, count=count),)


def _unmarked_prefill(db: Any, document_id: int) -> bool:
    """Whether every segment of the document came with a target, as a draft, none marked MT
    (`ImportReport.unmarked_prefill`). A file whose targets carry a confirmed status is finished
    work, and one with a target missing is no full prefill; a human translation looks the same,
    which is why the faces ask rather than mark."""
    ((segments, unmarked),) = db.execute(
        "select count(*), sum(status = 'draft' and machine is null and trim(target) != '') "
        "from segments where document_id = ?", [document_id]).fetchall()
    return bool(segments) and unmarked == segments


def _check_length(file: Path, index: int, source: str, target: str) -> None:
    if len(source) > MAX_SEGMENT_CHARS or len(target) > MAX_SEGMENT_CHARS:
        raise InputError.worded(
            N_("{file}: pair {pair} has {length} characters on one side; a segment holds at most {most}"), file=file, pair=index + 1, length=format(max(len(source), len(target)), ','), most=format(MAX_SEGMENT_CHARS, ',')
        )


def _store_notes(db: Any, document_id: int, notes: dict[int, tuple[str, ...]]) -> None:
    """Keep a unit's notes on its segment as `xliff-note` info findings (shown beside it, exported as TMX notes).

    A note a workbench wrote for a segment comment (`comments.comment_note`) becomes that comment again.
    """
    ids = [row[0] for row in db.execute("select id from segments where document_id = ? order by seq", [document_id])]
    comments: list[tuple[int, str, str, bool]] = []
    plain: list[tuple[int, str]] = []
    seen_at: dict[str, int] = {}
    for index, texts in sorted(notes.items()):
        for note in texts:
            comment = parse_comment_note(note)
            if comment is None:
                plain.append((ids[index], note))
                continue
            # A comment exported by a workbench comes back as a comment, open or resolved; an XLIFF 2
            # unit's notes reach each of its segments, so the same note on the next segment is that one.
            if seen_at.get(note) != index - 1:
                comments.append((ids[index], *comment))
            seen_at[note] = index
    db.conn.executemany(
        "insert into segment_findings (segment_id, \"check\", severity, side, start, \"end\", message) "
        "values (?, 'xliff-note', 'info', 'source', 0, 0, ?)",
        plain,
    )
    store_imported_comments(db, comments)


def _insert_document(project: Project, **fields: object) -> int:
    db = project.db
    seq = (db.execute("select max(seq) from documents").fetchone()[0] or 0) + 1
    table = db.table("documents")
    name = str(fields.pop("name"))
    # Named after a file, and file names come from anywhere: no terminal control in what is shown.
    table.insert({"seq": seq, "imported_at": utc_now(), "name": safetext.clean(name) or "document", **fields})
    assert table.last_pk is not None  # an insert just happened
    return int(table.last_pk)


def _insert_side(db: Database, document_id: int, side: str, prepared: PreparedSide) -> None:
    paragraphs = db.table("paragraphs")
    paragraph_ids = []
    for seq, paragraph in enumerate(prepared.paragraphs):
        paragraphs.insert(
            {
                "document_id": document_id,
                "side": side,
                "seq": seq,
                "text": paragraph.text,
                "original": paragraph.original,
            }
        )
        paragraph_ids.append(paragraphs.last_pk)
    db.table("sentences").insert_all(
        {
            "document_id": document_id,
            "side": side,
            "seq": seq,
            "paragraph_id": paragraph_ids[sentence.paragraph],
            "text": sentence.text,
            "findings": json.dumps([dict(f) for f in sentence.findings], ensure_ascii=False)
            if sentence.findings
            else None,
        }
        for seq, sentence in enumerate(prepared.sentences)
    )


def _document_entry(project: Project, document_id: int) -> DocumentEntry:
    row = project.db.table("documents").get(document_id)
    return DocumentEntry(
        name=row["name"],
        kind=row["kind"],
        source=row["source_file"],
        target=row["target_file"],
        imported=row["imported_at"],
    )


@contextmanager
def _listing_undone_on_failure(project: Project) -> Iterator[Callable[[DocumentEntry], None]]:
    """Yield the function that lists the new document in `project.toml`; unlist it on failure.

    The listing is written inside the import's transaction, so that a failed
    write (a full disk, a read-only file) undoes the whole import instead of
    reporting an error for an import that was in fact committed; if the
    commit then fails, `project.toml` is put back as it was before the listing.
    Enter it before `_copied_sources`: on a full disk the copies are removed first,
    which frees the room that putting `project.toml` back needs (the other order
    left the failed import's document listed).
    """
    before: list[ProjectConfig] = []

    def list_document(entry: DocumentEntry) -> None:
        before.append(project.add_document_entry(entry))

    try:
        yield list_document
    except BaseException:
        if before:
            with suppress(OSError):
                project.save_config(before[0])
        raise


@contextmanager
def _copied_sources(project: Project, files: list[Path]) -> Iterator[list[str]]:
    """Copy the files verbatim into `sources/`; remove the copies if the import fails.

    A file already there with the same bytes is reused rather than duplicated;
    a different file with the same name gets a numbered name.
    """
    created: list[Path] = []
    stored: list[str] = []
    try:
        for file in files:
            if not file.is_file():  # TMX is parsed lazily, after this copy: check here too
                raise InputError.worded(N_("{file}: no such file, or not a regular file"), file=file)
            try:
                # Git keeps no empty folder: a project cloned before its first import has none.
                project.sources_dir.mkdir(exist_ok=True)
            except OSError as error:
                raise InputError.worded(N_("{folder}: cannot store the copy of {name} ({error})"), folder=project.sources_dir, name=file.name, error=error.strerror or error) from None
            if project.sources_dir.is_symlink():
                # The copies would be written wherever it leads, outside the project (and
                # whoever planted it chose where): the project's files stay in its folder.
                raise InputError.worded(N_("{folder}: is a link, not a folder of the project; the copies of imported files are kept in the project itself: replace the link with a folder and import again"), folder=project.sources_dir)
            digest = _digest(file)
            while True:
                dest = _free_name(project.sources_dir, _clean_file_name(file.name), digest)
                if os.path.lexists(dest):
                    break  # the same bytes, stored by an earlier import
                try:
                    # Exclusive creation: a namesake another import writes at this moment
                    # is neither overwritten nor later deleted as if it were ours.
                    with open(dest, "xb") as copy, file.open("rb") as original:
                        created.append(dest)
                        shutil.copyfileobj(original, copy, _COPY_CHUNK)
                except FileExistsError:
                    continue
                except OSError as error:  # a full disk: the partial copy goes with the rest
                    raise InputError.worded(N_("{folder}: cannot store the copy of {name} ({error})"), folder=dest, name=file.name, error=error.strerror or error) from None
                break
            stored.append(str(dest.relative_to(project.path)))
        yield stored
    except BaseException:
        for path in created:
            path.unlink(missing_ok=True)
        raise


def _clean_file_name(name: str) -> str:
    """The copy's name without terminal control: it is listed by `status` and the TUI."""
    cleaned = safetext.clean(name)
    return cleaned if cleaned.strip(". ") else f"document{Path(name).suffix}"


_COPY_CHUNK = 1 << 20
"""The copy of an imported file is read and written a megabyte at a time: read whole, a 522 MB
TMX was held for the whole of `import --tmx` (609 MB peak, hardening round twenty)."""


def _digest(path: Path) -> bytes:
    """The SHA-256 of a file's bytes, read a chunk at a time."""
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").digest()


def _free_name(folder: Path, name: str, digest: bytes) -> Path:
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 1
    while os.path.lexists(candidate):
        if candidate.is_symlink() or not candidate.is_file():
            # A dangling link is not `exists()`, yet `open(..., "xb")` finds it: the loop
            # that skips taken names would spin forever. A link could also lead the copy
            # out of the project. Neither is ours to remove.
            raise InputError.worded(N_("{candidate}: is a link or not a regular file, in the project's sources/; move it away and import again"), candidate=candidate)
        if _digest(candidate) == digest:
            return candidate
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate

