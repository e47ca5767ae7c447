"""A new version of a document, or a vendor's re-delivery, replaces the document's segments.

Imported as a new document, a revised source or a second delivery doubled every pair and left
the translator's work, the acceptances, comments, locks and review state with the first. Here
each unit of the new version is matched to the segment it continues (`version_matching`), and:

* **kept**: the same source. The segment row stays (its id, so its comments, acceptances,
  verdicts and tracked changes stay with it), with its target, status and lock; a target the
  file brings that differs (a vendor's re-delivery) replaces it with the file's status (draft
  where the file gives none), and `review` shows the change against the confirmed text;
* **changed**: a similar source (or the same unit id). The source is the new one; the file's
  target if it brings one, else the old target kept as a **draft marked as a fuzzy match** of
  its similarity (`prefilled`, `TM 87` in the grid), for the translator to review;
* **new**: a segment as the file has it (a text's sentence with an empty target);
* **removed**: the segment goes (its confirmed translation stays in the project memory until
  the memory is brought up to date with the project).

Everything is one journal entry: one undo puts the segments back as they were, and the
document's files, paragraphs and sentences (`edits.journal_rewrite`); the copy of the new
version stays in `sources/`, as every imported file's does. An update is refused, one
line and nothing changed, when the file is of another kind than the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.checks.comments import NOTE_CHECK
from workbench.core.editing.edits import journal_rewrite
from workbench.core.editing.review import keep_originals
from workbench.core.editing.version_matching import match_versions
from workbench.core.ingest import read_version, stored_version
from workbench.core.memory import MEMORY_NAME_CHARS
from workbench.core.offered_names import offered_names
from workbench.core.project import Project, SegmentStatus, parse_comment_note, utc_now
from workbench.errors import InputError
from workbench.wording import N_

if TYPE_CHECKING:
    from workbench.core.memory import MemoryUpkeep
    from workbench.formats.base import TranslationUnit

ACTION = "update-document"
"""The journal's name for the step (shown in the edit history)."""


@dataclass(frozen=True, slots=True)
class DocumentUpdate:
    """What an update did to a document."""

    document: str
    kind: str
    kept: int
    """Units whose source is unchanged."""
    retranslated: int
    """Of the kept, those whose target the file changed."""
    moved: int
    """Of the kept, those found elsewhere in the document."""
    changed: int
    """Units whose source changed (the old target kept as a fuzzy draft unless the file brought one)."""
    fuzzy: int
    """Of the changed, those whose old target was kept as a fuzzy draft."""
    new: int
    removed: int
    kept_in_memory: int = 0
    """Translations of removed segments added to the memory `removed_memory(document)`."""
    kept_locally: bool = False
    """A team project's server did not answer: those translations are in its local memory only."""
    skipped: int = 0
    """TMX units of another source language, left out."""
    new_ids: tuple[int, ...] = ()
    """The segments added, for a pre-translation of them."""

    def as_json(self) -> dict[str, Any]:
        return {"document": self.document, "kind": self.kind, "kept": self.kept,
                "retranslated": self.retranslated, "moved": self.moved, "changed": self.changed,
                "fuzzy": self.fuzzy, "new": self.new, "removed": self.removed,
                "kept_in_memory": self.kept_in_memory, "skipped": self.skipped,
                **({"kept_locally": True} if self.kept_locally else {})}


def document_id_named(project: Project, name: str) -> tuple[int, str]:
    """The id and kind of the document `name`; InputError naming the documents there are."""
    row = project.conn.execute("select id, kind from documents where name = ?", [name]).fetchone()
    if row is None:
        names = [r[0] for r in project.conn.execute("select name from documents order by seq")]
        raise InputError.worded(N_("the project has no document named {name!r} (it has: {names}); nothing was changed"),
                                name=name, names=offered_names(names, name))
    return int(row[0]), str(row[1])


def update_document(project: Project, name: str, file: Path, kind: str, encoding: str | None = None,
                    translation: Path | None = None) -> DocumentUpdate:
    """Replace the document `name` by `file`, a new version of the same kind (see the module); a
    document of two line-aligned files by `file` and its `translation`, pair by pair."""
    document_id, document_kind = document_id_named(project, name)
    if kind != document_kind:
        raise InputError.worded(
            N_("{file}: the document {name!r} was imported as {kind}; a new version of it is a {kind} file too (nothing was changed)"),
            file=file, name=name, kind=document_kind,
        )
    version = read_version(project, file, kind, encoding, translation)
    units = version.units
    old = list(project.query(
        "select id, source, target, status, unit_id, locked, prefilled from segments where document_id = ? order by seq, id",
        [document_id],
    ))
    matches = match_versions([r["source"] or "" for r in old], [r["unit_id"] for r in old],
                             [u.source for u in units], [u.unit_id for u in units], joined=kind == "text")
    by_new = {m.new[0]: m for m in matches}
    continued = {k for m in matches for k in m.new}
    counts = {"kept": 0, "retranslated": 0, "moved": 0, "changed": 0, "fuzzy": 0}
    new_ids: list[int] = []
    removed: list[tuple[str, str, str]] = []
    noted: list[tuple[int, tuple[str, ...]]] = []
    """(segment id, the unit's notes) of every segment an XLIFF version writes."""
    stamp = utc_now()

    def rewrite() -> list[int]:
        conn = project.conn
        store()  # the document's new file (and a text's sentences), inside the journaled transaction
        revised: list[tuple[dict[str, Any], str]] = []
        for j, unit in enumerate(units):
            match = by_new.get(j)
            if match is None and j in continued:
                continue  # joined to the unit before it, in one segment
            width = len(match.new) if match else 1
            texts = units[j : j + width]
            source = " ".join(u.source for u in texts)
            target = " ".join(u.target for u in texts if u.target)
            ranges = (j, j + width) if kind == "text" else (None, None)
            if match is None:
                status = unit.status if target.strip() and unit.status in _STATUSES else SegmentStatus.DRAFT.value
                conn.execute(
                    "insert into segments (document_id, seq, source, target, status, locked, changed_at, codes, "
                    "unit_id, untranslatable, source_from, source_to) values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
                    [document_id, float(j), source, target, status, stamp, unit.codes, unit.unit_id,
                     int(unit.untranslatable), *ranges],
                )
                segment_id = int(conn.execute("select last_insert_rowid()").fetchone()[0])
                new_ids.append(segment_id)
                _store_findings(project, segment_id, texts)
                noted.append((segment_id, unit.notes))
                continue
            row = old[match.old]
            changes: dict[str, Any] = {"seq": float(j), "source_from": ranges[0], "source_to": ranges[1],
                                       "target_from": None, "target_to": None}
            if kind != "text":
                changes.update(unit_id=unit.unit_id, codes=unit.codes, untranslatable=int(unit.untranslatable))
            if match.score == 100:
                counts["kept"] += 1
                counts["moved"] += match.moved
                if source != row["source"]:  # the same text but for its white space or control characters
                    changes["source"] = source
                if target.strip() and target != (row["target"] or ""):
                    counts["retranslated"] += 1
                    changes.update(target=target, prefilled=None, status=_file_status(unit.status))
                    revised.append((row, target))
            else:
                counts["changed"] += 1
                changes.update(source=source, status=SegmentStatus.DRAFT.value)
                if target.strip():
                    changes.update(target=target, prefilled=None, status=_file_status(unit.status))
                    revised.append((row, target))
                elif (row["target"] or "").strip():
                    counts["fuzzy"] += 1
                    changes.update(prefilled=match.score)
                conn.execute("delete from segment_findings where segment_id = ?", [row["id"]])
                _store_findings(project, row["id"], texts)
            if "target" in changes or "source" in changes:
                changes["changed_at"] = stamp
            assignments = ", ".join(f"[{column}] = ?" for column in changes)
            conn.execute(f"update segments set {assignments} where id = ?", [*changes.values(), row["id"]])
            noted.append((row["id"], unit.notes))
        keep_originals(project, revised)
        if kind == "xliff":
            _replace_notes(project, noted)
        continuing = {m.old for m in matches}
        gone = [old[i]["id"] for i in range(len(old)) if i not in continuing]
        removed.extend((old[i]["source"], old[i]["target"], old[i]["status"]) for i in range(len(old))
                       if i not in continuing and (old[i]["source"] or "").strip() and (old[i]["target"] or "").strip())
        for start in range(0, len(gone), 500):
            chunk = gone[start : start + 500]
            marks = ",".join("?" * len(chunk))
            conn.execute(f"delete from segment_findings where segment_id in ({marks})", chunk)
            conn.execute(f"delete from segments where id in ({marks})", chunk)
        return new_ids

    with stored_version(project, document_id, version) as store:
        journal_rewrite(project, ACTION, [r["id"] for r in old], rewrite, document_id=document_id)
    kept_in_memory, kept_locally = _keep_in_memory(project, removed_memory(name), removed)
    return DocumentUpdate(
        document=name, kind=kind, kept=counts["kept"], retranslated=counts["retranslated"], moved=counts["moved"],
        changed=counts["changed"], fuzzy=counts["fuzzy"], new=len(new_ids), removed=len(old) - len(matches),
        kept_in_memory=kept_in_memory, kept_locally=kept_locally, skipped=version.skipped, new_ids=tuple(new_ids),
    )


def removed_memory(document: str) -> str:
    """The memory the translations of a document's removed segments are kept in."""
    return f"{document[: MEMORY_NAME_CHARS - 20]} (removed segments)"


def _keep_in_memory(project: Project, name: str, pairs: list[tuple[str, str, str]]) -> tuple[int, bool]:
    """Add `pairs` (source, target, status) to the project's memory `name`, after the pairs it
    holds already: how many were new there, and whether they went to the local memory because
    the team server did not answer. The memory is then searched and offered as any imported
    memory is: a sentence the client removes and brings back finds its translation. A team
    project keeps them in its shared memory on the server, where a teammate's lookup finds them
    too; offline, in its own memory file, as its lookups do."""
    if not pairs:
        return 0, False
    from workbench.core.memory import LocalUpkeep, TranslationMemory
    from workbench.core.team import TeamOffline, open_memory, open_upkeep

    if project.config.team:
        try:
            with open_upkeep(project) as upkeep:
                added, units = _kept_units(project, upkeep, name, pairs)
            with open_memory(project) as memory:
                memory.import_units(name, units)
            return added, False
        except TeamOffline:
            pass  # the update is made; its removed translations stay at hand in the local memory
    with TranslationMemory.for_project(project) as local:
        added, units = _kept_units(project, LocalUpkeep(local), name, pairs)
        local.import_units(name, units)
    return added, bool(project.config.team)


def _kept_units(project: Project, upkeep: MemoryUpkeep, name: str,
                pairs: list[tuple[str, str, str]]) -> tuple[int, list[TranslationUnit]]:
    """The units of memory `name` with `pairs` added (how many were new): an import replaces a memory whole."""
    from workbench.formats.base import TranslationUnit

    config = project.config
    found = upkeep.memories().get(name)
    earlier = {(source, target): None for _, source, target in upkeep.pair_rows([found[0]])} if found else {}
    added = {(source, target): status for source, target, status in pairs if (source, target) not in earlier}
    units = [TranslationUnit(source, target, config.source_lang, config.target_lang, status=status)
             for (source, target), status in {**earlier, **added}.items()]
    return len(added), units


_STATUSES = frozenset(str(s) for s in SegmentStatus)


def _file_status(status: str | None) -> str:
    """The status of a target the file brings: the file's, or draft where it gives none we know."""
    return status if status in _STATUSES else SegmentStatus.DRAFT.value


def _store_findings(project: Project, segment_id: int, units: Any) -> None:
    """A text sentence's OCR findings on the segment it now is, re-anchored in the joined source."""
    offset = 0
    rows = []
    for unit in units:
        for finding in unit.findings:
            rows.append([segment_id, finding["check"], finding["severity"], "source", finding["start"] + offset,
                         finding["end"] + offset, finding["message"], finding.get("suggestion")])
        offset += len(unit.source) + 1
    project.conn.executemany(
        "insert into segment_findings (segment_id, \"check\", severity, side, start, \"end\", message, suggestion) "
        "values (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _replace_notes(project: Project, noted: list[tuple[int, tuple[str, ...]]]) -> None:
    """The version's notes for the translator on its segments, as the first import keeps them
    (`xliff-note` info findings), in place of the old version's: a client's note changes with
    the text it is about. A note a workbench wrote for a segment comment is that comment, which
    the segment keeps already."""
    ids = [segment_id for segment_id, _ in noted]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        project.conn.execute(
            f"delete from segment_findings where \"check\" = ? and segment_id in ({','.join('?' * len(chunk))})",
            [NOTE_CHECK, *chunk])
    project.conn.executemany(
        "insert into segment_findings (segment_id, \"check\", severity, side, start, \"end\", message) "
        "values (?, ?, 'info', 'source', 0, 0, ?)",
        [(segment_id, NOTE_CHECK, note) for segment_id, notes in noted for note in notes
         if parse_comment_note(note) is None])
