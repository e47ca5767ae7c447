"""A document's new version read as units, and stored as the document's file.

A client revises the English, or a vendor delivers the translation again: the file is read
the way its first import read it (a text decoded, cleaned and split into sentences; a TSV,
TMX or XLIFF file unit by unit), but into a list of units for `editing.document_update` to
match against the segments the project holds, instead of into a new document. Then
`stored_version` keeps the file's copy in `sources/` and names it as the document's file, and
a text's new sentences replace the old ones (the segments' sentence ranges point into them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from termbase import safetext
from workbench.core.ingest.importing import (
    ImportedPair,
    PreparedSide,
    _bounded_notes_length,
    _copied_sources,
    _document_entry,
    _insert_side,
    _listing_undone_on_failure,
    prepare_side,
    read_tsv_pairs,
)
from workbench.core.ingest.line_files import KIND as KIND_LINES
from workbench.core.ingest.line_files import read_line_pairs
from workbench.core.ingest.segmentation_rules import ProjectSplitters
from workbench.core.project import MAX_SEGMENT_CHARS, Project
from workbench.errors import InputError
from workbench.wording import N_

KINDS = ("text", "tsv", "tmx", "xliff", "lines")
"""The kinds of document a new version may replace: each by a file of its own kind."""


@dataclass(frozen=True, slots=True)
class VersionUnit:
    """One unit of the new version: a sentence of a text, a pair of a bitext."""

    source: str
    target: str = ""
    status: str | None = None
    """The file's status for its target (TMX `x-status`, XLIFF `state`); None where it gives none."""
    unit_id: str | None = None
    """The unit's id in its file: XLIFF's unit (with `mid`), TMX's `tuid`."""
    codes: str | None = None
    untranslatable: bool = False
    findings: tuple[dict[str, object], ...] = ()
    """A text sentence's OCR findings, anchored in its text."""
    notes: tuple[str, ...] = ()
    """An XLIFF unit's notes for the translator, as its first import keeps them (`xliff-note`)."""


@dataclass(frozen=True)
class Version:
    """The new version as read: its units in order and, for a text, the side to store."""

    file: Path
    kind: str
    units: tuple[VersionUnit, ...]
    side: PreparedSide | None = None
    skipped: int = 0
    """TMX units of another source language, left out."""
    translation: Path | None = None
    """The second file of a bitext that comes as two (`lines`): the new Russian beside the new English."""
    encodings: tuple[str | None, str | None] = (None, None)
    """The two files' encodings, as read (`lines`)."""


def read_version(project: Project, file: Path, kind: str, encoding: str | None = None,
                 translation: Path | None = None) -> Version:
    """Read `file` as a new version of a document of `kind` (nothing is written); a `lines`
    document's new version is two files, `file` and its `translation`, line N pairing line N."""
    config = project.config
    if kind == KIND_LINES:
        if translation is None:
            raise InputError.worded(N_("{file}: the document was imported from two line-aligned files; give the new "
                                       "version of both (--lines EN RU --update)"), file=file)
        paired = read_line_pairs(file, translation, encoding, source_lang=config.source_lang,
                               target_lang=config.target_lang)
        units = tuple(_checked(file, VersionUnit(source, target)) for source, target in paired.pairs())
        return Version(file, kind, units, translation=translation,
                       encodings=(paired.source.encoding, paired.target.encoding))
    if kind == "text":
        side = prepare_side(file, config.source_lang, encoding, ProjectSplitters(project.path).splitter(config.source_lang))
        units = tuple(VersionUnit(s.text, findings=s.findings) for s in side.sentences)
        return Version(file, kind, units, side)
    if kind == "tsv":
        return Version(file, kind, tuple(_checked(file, VersionUnit(s, t)) for s, t, _ in read_tsv_pairs(file, encoding)))
    if kind == "tmx":
        from workbench.core.ingest.tmx_pairs import tmx_pairs
        from workbench.formats.tmx import ReadCounts

        counts = ReadCounts()
        read = [ImportedPair(*pair) for pair in tmx_pairs(file, config.source_lang, config.target_lang, counts)]
        units = tuple(_checked(file, VersionUnit(p.source, p.target, p.status, p.unit_id, p.codes)) for p in read)
        if not units:
            raise InputError.worded(N_("{file}: no segment pairs found"), file=file)
        return Version(file, kind, units, skipped=counts.other_srclang)
    from workbench.formats.xliff import XliffSegment, read_xliff

    clean = safetext.clean
    noted = 0

    def unit(s: XliffSegment) -> VersionUnit:
        nonlocal noted
        noted += _bounded_notes_length(file, s.unit_id, s.notes, noted)
        return _checked(file, VersionUnit(clean(s.source), clean(s.target), s.status, s.unit_id,
                                          s.codes.to_json() if s.codes else None, s.locked,
                                          notes=tuple(clean(note) for note in s.notes)))

    units = tuple(map(unit, read_xliff(file, config.source_lang, config.target_lang)))
    if not units:
        raise InputError.worded(N_("{file}: no segment pairs found"), file=file)
    return Version(file, kind, units)


def _checked(file: Path, unit: VersionUnit) -> VersionUnit:
    if len(unit.source) > MAX_SEGMENT_CHARS or len(unit.target) > MAX_SEGMENT_CHARS:
        raise InputError.worded(
            N_("{file}: a unit has {length} characters on one side; a segment holds at most {most}"),
            file=file, length=format(max(len(unit.source), len(unit.target)), ","), most=format(MAX_SEGMENT_CHARS, ","),
        )
    return unit


@contextmanager
def stored_version(project: Project, document_id: int, version: Version) -> Iterator[Callable[[], None]]:
    """Keep the new version's copy in `sources/` and make it the document's file; yield the
    function that writes it (call it inside the update's transaction). A text's source
    sentences and paragraphs become the new version's, its translation's go: from now on
    the translation is the segments' (re-alignment has no file to align with). On failure
    the copy is removed and `project.toml` put back, as for an import."""
    with (
        _listing_undone_on_failure(project) as list_document,
        _copied_sources(project, [version.file, *([version.translation] if version.translation else [])]) as stored,
    ):
        def write() -> None:
            db = project.db
            if version.side is not None:
                for table in ("sentences", "paragraphs"):
                    db.execute(f"delete from {table} where document_id = ?", [document_id])
                _insert_side(db, document_id, "source", version.side)
                db.execute("update documents set source_file = ?, target_file = null, source_encoding = ?, "
                           "target_encoding = null where id = ?",
                           [stored[0], version.side.decoded.encoding, document_id])
            elif version.translation is not None:  # both files are the document's: the export writes the new Russian's line ends
                db.execute("update documents set source_file = ?, target_file = ?, source_encoding = ?, "
                           "target_encoding = ? where id = ?", [*stored, *version.encodings, document_id])
            else:
                db.execute("update documents set source_file = ? where id = ?", [stored[0], document_id])
            list_document(_document_entry(project, document_id))

        yield write
