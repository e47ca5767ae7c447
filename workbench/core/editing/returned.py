"""An XLIFF file sent back: the targets a client or a colleague changed, into the pairs they came from.

`workbench export --xliff` of a project's text, TMX or TSV documents writes a `file` per
document (its `original` the document's name) and a `trans-unit` per segment (its `id` the
segment's id). The file goes to OmegaT or another CAT tool and comes back changed; imported
as a new document it would double every pair, and the reviewed alignment and the changes would
sit apart. Instead, a file whose first `file` names such a document of this project updates
its segments: each unit's target and status replace the segment's, all as one undo step, and
the tracked changes keep the confirmed text it replaced (`workbench review` shows it).

A unit whose source no longer reads as its segment's (the pair split, merged or its source
corrected since the export) is left out and counted: its target may belong to other text.
So is a unit whose id is not a number `export --xliff` writes (ASCII digits, at most 18):
`str.isdigit` takes `²` and `١`, which `int` refuses or reads as another segment's id.
A target longer than a segment may hold refuses the file whole, as an import refuses it.
Sources are compared without control characters on both sides: the export leaves out those a
segment holds (another program's, or a project older than the cleaning at import), and such a
pair was left out as changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from termbase import safetext
from workbench.core.editing.edits import apply_changes
from workbench.core.project import MAX_SEGMENT_CHARS, Project, SegmentStatus
from workbench.errors import InputError
from workbench.wording import N_

ACTION = "xliff-update"
"""The journal's name for the step (shown in the edit history)."""


@dataclass(frozen=True, slots=True)
class XliffUpdate:
    """What a returned XLIFF file changed."""

    documents: tuple[str, ...]
    """The documents its `file` elements named, in file order."""
    units: int
    """Units read."""
    updated: int
    """Segments whose target or status the file changed."""
    stale: int
    """Units left out: no such segment in the document, or its source reads otherwise now."""


ID_DIGITS = 18
"""The most digits of a segment id read from a unit: SQLite's ids fit in 64 bits (19 digits,
not all of them), and `int` refuses more than 4,300 digits with a ValueError."""


def _segment_id(unit_id: str) -> int | None:
    """The segment id `export --xliff` wrote as this unit's id, or None for any other id."""
    if unit_id.isascii() and unit_id.isdigit() and len(unit_id) <= ID_DIGITS:
        return int(unit_id)
    return None


def _words(text: str | None) -> str:
    """Text as XLIFF reading normalises it (runs of white space are one space)."""
    return " ".join((text or "").split())


def update_from_xliff(project: Project, file: Path) -> XliffUpdate | None:
    """Update the documents a returned `workbench export --xliff` file came from, or None
    when `file` is not such a file of this project (it is then imported as a new document)."""
    from workbench.formats.xliff import first_original, read_xliff

    documents = {
        str(row["name"]): int(row["id"])
        for row in project.db.query("select id, name from documents where kind != 'xliff'")
    }
    first = first_original(file) if file.is_file() else None
    if first is None or first not in documents:
        return None
    segments: dict[int, tuple[str, str, str]] = {}  # of the documents named so far: source, target, status
    named: list[str] = []
    changes: dict[int, dict[str, Any]] = {}
    units = stale = 0
    for unit in read_xliff(file, project.config.source_lang, project.config.target_lang):
        units += 1
        name = unit.file or ""
        if name not in documents:
            raise InputError.worded(
                N_("{path}: its first file is the project's document {first!r}, but another names "
                   "{name!r}, which is no document of this project; nothing was changed"),
                path=file, first=first, name=name,
            )
        if name not in named:
            named.append(name)
            segments.update(
                (row[0], row[1:])
                for row in project.db.execute(
                    "select id, source, target, status from segments where document_id = ?", [documents[name]]
                )
            )
        segment_id = _segment_id(unit.unit_id)
        row = segments.get(segment_id) if segment_id is not None else None
        if segment_id is None or row is None or _words(safetext.clean(row[0])) != _words(safetext.clean(unit.source)):
            stale += 1
            continue
        target = safetext.clean(unit.target)
        if len(target) > MAX_SEGMENT_CHARS:
            raise InputError.worded(
                N_("{path}: unit {unit_id!r}: its target is {length} characters long (a segment holds at "
                   "most {most}); nothing was changed"),
                path=file, unit_id=unit.unit_id, length=format(len(target), ","), most=format(MAX_SEGMENT_CHARS, ","),
            )
        status = unit.status if target.strip() else SegmentStatus.DRAFT.value
        if target != row[1] or status != row[2]:
            changes[segment_id] = {"target": target, "status": status}
    updated = apply_changes(project, ACTION, changes)
    return XliffUpdate(tuple(named), units, updated, stale)
