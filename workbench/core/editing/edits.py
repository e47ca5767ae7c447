"""Every change a person makes to segments, committed at once and undoable.

Each edit runs in one transaction that also writes a journal entry holding
the rows it removed and the rows it added (segments with their findings).
Undo puts the removed rows back and takes the added ones out; redo does the
reverse. A replace across the project journals less: the three columns it
wrote, before and after (`_Patch`), which undo and redo write back. Because
the journal lives in the project database, undo survives a restart, and a
crash can never leave an edit half-applied.

Bead edits (merge, split, move a sentence) work on aligned segments: the
sentence ranges are updated with the texts, and an edited bead is locked so
that re-alignment keeps it as a fixed point.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache, wraps
from operator import itemgetter
from typing import Any, Concatenate, Literal, ParamSpec, TypeVar

from termbase import safetext
from workbench.core.alignment import join_sentences, stored_sentences
from workbench.core.editing.review import keep_original, keep_originals, redistribute_originals
from workbench.core.ingest import split_sentences
from workbench.core.project import (
    ALIGNED_DRAFT,
    MAX_SEGMENT_CHARS,
    READ_ERRORS,
    Project,
    Segment,
    SegmentStatus,
    utc_now,
)
from workbench.errors import InputError, WordedError
from workbench.wording import N_, phrase

Side = Literal["source", "target"]
P = ParamSpec("P")
R = TypeVar("R")


def _under_write_lock(edit: Callable[Concatenate[Project, P], R]) -> Callable[Concatenate[Project, P], R]:
    """Run a whole edit in one write transaction: read, snapshot and write under one lock.

    Otherwise another process could change the segment between the snapshot
    the journal keeps and the write, and undo would restore stale text.
    """

    @wraps(edit)
    def locked(project: Project, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with project.transaction():
            return edit(project, *args, **kwargs)

    return locked
COALESCE_WINDOW = timedelta(seconds=10)
"""Saves of one target within this window are one undo step (typing is saved as it goes)."""


@dataclass(frozen=True)
class Snapshot:
    """Rows of one segment as stored: the segment, its findings and its kept original."""

    segment: dict[str, Any]
    findings: tuple[dict[str, Any], ...]
    revision: tuple[dict[str, Any], ...] | None = None
    """Its `review_revisions` row (none: `()`), so undo puts the tracked change back as it
    was; None in journal entries written before revisions were kept (left alone then)."""


# -- simple edits ---------------------------------------------------------------


def _check_length(segment_id: int, text: str) -> None:
    """A target holds at most `MAX_SEGMENT_CHARS`, as an imported segment does (the checks,
    the aligner and the exports are made for that); the editor cuts a paste to it, and a
    replacement that would grow a target past it is refused here, before anything is written."""
    if len(text) > MAX_SEGMENT_CHARS:
        raise InputError.worded(
            N_("segment {segment_id}: a target holds at most {most} characters, this one would have {length}"),
            segment_id=segment_id, most=format(MAX_SEGMENT_CHARS, ","), length=format(len(text), ","),
        )



def as_stored(text: str) -> str:
    """A target as it is stored: typed text, a script's or a replacement without terminal
    control, like an import. Undecodable bytes of an argument (lone surrogates) are not
    cleaned away: they raise UnicodeEncodeError, refused as not UTF-8 (such text is used as
    given or not at all)."""
    if safetext.is_clean(text):
        return text
    text.encode("utf-8")
    return safetext.clean(text)


@_under_write_lock
def set_target(project: Project, segment_id: int, text: str, *, expected: str | None = None) -> Segment:
    """Replace the target text. Consecutive saves of one segment coalesce into one undo step.

    `expected` is the target the editor started from: when another program changed the
    segment since (a `replace`, a script, a second workbench), the save is refused with
    `ChangedElsewhere` instead of writing over that change unseen.
    """
    text = as_stored(text)
    before = _snapshot(project, segment_id)
    if before.segment["target"] == text:
        return get_segment(project, segment_id)
    if expected is not None and (before.segment["target"] or "") != expected:
        raise ChangedElsewhere(segment_id, before.segment["target"] or "")
    _check_length(segment_id, text)
    if before.segment.get("untranslatable"):
        raise InputError.worded(N_('segment {segment_id} comes from an XLIFF unit marked translate="no": it is not translated'), segment_id=segment_id)
    with project.transaction():
        keep_original(project, before.segment, text)  # tracked changes: the confirmed text is kept
        changes: dict[str, Any] = {"target": text, "locked": 1, "changed_at": utc_now()}
        if not text.strip() and SegmentStatus(before.segment["status"]).confirmed:
            changes["status"] = str(SegmentStatus.DRAFT)  # a target wiped is no translation to count as done
        elif SegmentStatus(before.segment["status"]) is SegmentStatus.REVIEWED:
            # The review covered the text now gone: kept reviewed, the new words were exported as the
            # client's `signed-off`/`final` though nobody reviewed them. `ctrl+r` reviews them again.
            changes["status"] = str(SegmentStatus.TRANSLATED)
        project.db.table("segments").update(segment_id, changes)
        after = _snapshot(project, segment_id)
        if not _coalesce(project, segment_id, after):
            _record(project, "set-target", [before], [after])
    return get_segment(project, segment_id)


@_under_write_lock
def correct_source(project: Project, segment_id: int, span: tuple[int, int], expected: str, replacement: str) -> Segment:
    """Correct an OCR error in the source: `source[start:end]`, which must still read `expected`,
    becomes `replacement`. One undo step.

    Import flags OCR garbage ("bou_rgeois") as `ocr-suspect` with a likely repair and leaves the
    text as it was; a translator who knows the word mends it here, so the checks, the memory and
    the exports read the word (accepting the flag only silenced it). The findings of that span go;
    the other source-side findings' spans move with the text. The pair is then locked, as a
    target typed into it is, so a re-alignment keeps the corrected text.
    """
    start, end = span
    replacement = as_stored(replacement)
    before = _snapshot(project, segment_id)
    source = before.segment["source"] or ""
    if source[start:end] != expected:
        raise InputError.worded(N_("segment {segment_id}: its source no longer reads {expected!r} there; "
                                   "check again and correct the text it has now"), segment_id=segment_id, expected=expected)
    if "\n" in replacement or "\r" in replacement:  # a segment is a piece of one paragraph; exports rebuild them from segments
        raise InputError.worded(N_("segment {segment_id}: a correction of the source stays on its line; "
                                   "type it without line breaks"), segment_id=segment_id)
    corrected = source[:start] + replacement + source[end:]
    if len(corrected) > MAX_SEGMENT_CHARS:  # a pasted page in the findings view's field (hardening, round eleven)
        raise InputError.worded(
            N_("segment {segment_id}: a source holds at most {most} characters, this one would have {length}"),
            segment_id=segment_id, most=format(MAX_SEGMENT_CHARS, ","), length=format(len(corrected), ","),
        )
    shift = len(replacement) - (end - start)
    with project.transaction():
        project.db.table("segments").update(segment_id, {"source": corrected, "locked": 1, "changed_at": utc_now()})
        for finding in before.findings:
            if finding["side"] != "source" or finding["start"] is None or finding["end"] is None:
                continue
            if finding["start"] < end and finding["end"] > start:
                project.conn.execute("delete from segment_findings where id = ?", [finding["id"]])
            elif finding["start"] >= end:
                project.conn.execute("update segment_findings set start = ?, end = ? where id = ?",
                                     [finding["start"] + shift, finding["end"] + shift, finding["id"]])
        _record(project, "correct-source", [before], [_snapshot(project, segment_id)])
    return get_segment(project, segment_id)


@_under_write_lock
def set_status(project: Project, segment_id: int, status: SegmentStatus | str) -> Segment:
    status = SegmentStatus(status)
    before = _snapshot(project, segment_id)
    if status.confirmed and not (before.segment["target"] or "").strip():
        # A confirmed empty target counted as done in every progress figure and export.
        raise InputError.worded(N_("segment {segment_id} has no translation: only a translated text can be "
                                   "confirmed or reviewed"), segment_id=segment_id)
    changes: dict[str, Any] = {"status": str(status), "changed_at": utc_now()}
    if status.confirmed:
        changes["locked"] = 1
    with project.transaction():
        project.db.table("segments").update(segment_id, changes)
        _record(project, f"set-status {status}", [before], [_snapshot(project, segment_id)])
    return get_segment(project, segment_id)


@_under_write_lock
def confirm(project: Project, segment_id: int) -> Segment:
    """Confirm a segment: a draft becomes translated; a translated one stays as it is.

    Confirming also locks the bead, so re-alignment treats it as a fixed point.
    """
    # The status alone: a whole segment counts its position in the project, an index walk as long
    # as the project (4-7 ms at 100,000 segments), which `set_status` does again for its answer.
    found = project.conn.execute("select status from segments where id = ?", [segment_id]).fetchone()
    if found is None:
        raise InputError.worded(N_("no segment with id {id}"), id=segment_id)
    current = SegmentStatus(found[0])
    return set_status(project, segment_id, SegmentStatus.TRANSLATED if current is SegmentStatus.DRAFT else current)


@_under_write_lock
def set_locked(project: Project, segment_id: int, locked: bool = True) -> Segment:
    """Lock a pair as correctly aligned (re-alignment keeps it), or unlock it; its status stays.

    Locking is the alignment editor's notion ("this pair is right"); the
    segment status (draft, translated, reviewed) is the translation's.
    """
    before = _snapshot(project, segment_id)
    if bool(before.segment["locked"]) == locked:
        return get_segment(project, segment_id)
    with project.transaction():
        project.db.table("segments").update(segment_id, {"locked": int(locked), "changed_at": utc_now()})
        _record(project, "lock-pair" if locked else "unlock-pair", [before], [_snapshot(project, segment_id)])
    return get_segment(project, segment_id)


# -- bulk edits (each one undo step) ----------------------------------------------


@_under_write_lock
def lock_pairs_above(project: Project, min_confidence: float) -> int:
    """Lock every aligned pair whose confidence is at least `min_confidence`; returns how many."""
    if not 0.0 <= min_confidence <= 1.0:
        raise InputError.worded(N_("a confidence is between 0 and 1, not {value}"), value=min_confidence)
    ids = [r[0] for r in project.db.execute(
        "select id from segments where locked = 0 and confidence is not null and confidence >= ? order by id",
        [min_confidence],
    )]
    return _bulk(project, "lock-pairs", ids, {"locked": 1})


@_under_write_lock
def mark_aligned_drafts_translated(project: Project) -> int:
    """Mark every aligned draft pair with text on both sides translated; returns how many.

    For a bitext that is a finished translation already: its pairs then go to
    a TMX export without `--all`. They are locked too, as a confirmation is.
    A pair is aligned by the aligner (it has a confidence) or by the bitext file
    it came from (a TSV or TMX import): an editor's bitext imported as TSV was
    left all draft ("marked 0"), so nothing of it could be reviewed as a tracked
    change. An XLIFF file's drafts are a document still to translate: not marked.
    """
    ids = [r[0] for r in project.db.execute(
        f"select s.id from segments s join documents d on d.id = s.document_id where {ALIGNED_DRAFT} "
        "and trim(s.source) != '' and trim(s.target) != '' order by s.id"
    )]
    return _bulk(project, "mark-translated", ids, {"status": str(SegmentStatus.TRANSLATED), "locked": 1})


def apply_changes(project: Project, action: str, changes: dict[int, dict[str, Any]]) -> int:
    """Apply a different change to each of many segments as one journal entry (one undo step).

    For edits made by a tool across the project (pre-translation fills each
    empty target with its own match, a returned XLIFF file its targets and
    statuses): `changes` maps a segment id to the columns to set (a segment
    given fewer columns than another keeps its own value of the others).
    Returns how many segments changed.

    The step is journaled as a patch of the columns set, as `set_targets` does, and written
    with one statement: a segment at a time through `Table.update` (which reads the table's
    columns and the row again each time) and journaled as whole snapshots, 100,000 targets
    from a returned file took 40 s of CPU and 650 MB (hardening, round sixteen).
    """
    if not changes:
        return 0
    ids = sorted(changes)
    columns = tuple(sorted({column for change in changes.values() for column in change}))
    patched = (*columns, "changed_at")
    with project.transaction():
        rows = _patched_rows(project, ids, columns)
        kept_before = _revisions(project, ids)
        # tracked changes: a confirmed text is kept
        keep_originals(project, [(row, changes[row["id"]]["target"]) for row in rows if "target" in changes[row["id"]]])
        stamp = utc_now()
        after = [[row["id"], *(changes[row["id"]].get(c, row[c]) for c in columns), stamp] for row in rows]
        assignments = ", ".join(f"[{column}] = ?" for column in patched)
        project.conn.executemany(f"update segments set {assignments} where id = ?", [[*r[1:], r[0]] for r in after])
        kept_after = _revisions(project, ids)
        revised = [i for i in ids if kept_before.get(i, []) != kept_after.get(i, [])]
        _write_entry(
            project, action,
            _Patch(patched, [[row["id"], *(row[c] for c in patched)] for row in rows],
                   {i: kept_before.get(i, []) for i in revised}).dump(),
            _Patch(patched, after, {i: kept_after.get(i, []) for i in revised}).dump(),
        )
    return len(ids)

@_under_write_lock
def set_targets(project: Project, edits: Sequence[tuple[int, str, str]], action: str = "replace") -> int:
    """Give many segments new targets as one undo step; `edits` are `(segment id, expected, new)`.

    `expected` is the target the edit was planned on (a search-and-replace
    preview): if any segment no longer holds it (typed over, edited by
    another program since), nothing is written and `StaleEdit` says so,
    rather than replacing text nobody previewed. Returns how many changed.
    """
    cleaned = ((segment_id, expected, as_stored(new)) for segment_id, expected, new in edits)
    edits = [(segment_id, expected, new) for segment_id, expected, new in cleaned if expected != new]
    if not edits:
        return 0
    for segment_id, _, new in edits:
        _check_length(segment_id, new)
    ids = [segment_id for segment_id, _, _ in edits]
    with project.transaction():
        rows = _patched_rows(project, ids, ("locked",))
        for row, (_, expected, _) in zip(rows, edits):
            if (row["target"] or "") != expected:
                raise StaleEdit(action)
            if row["untranslatable"]:
                raise InputError.worded(N_('segment {segment_id} comes from an XLIFF unit marked translate="no": it is not translated'), segment_id=row['id'])
        kept_before = _revisions(project, ids)
        # tracked changes: a confirmed text is kept
        keep_originals(project, [(row, new) for row, (_, _, new) in zip(rows, edits)])
        stamp = utc_now()
        project.db.conn.executemany(
            "update segments set target = ?, locked = 1, changed_at = ? where id = ?",
            [(new, stamp, segment_id) for segment_id, _, new in edits],
        )
        kept_after = _revisions(project, ids)
        revised = [i for i in ids if kept_before.get(i, []) != kept_after.get(i, [])]
        _write_entry(
            project, action,
            _Patch(_PATCHED, [[row["id"], row["target"], row["locked"], row["changed_at"]] for row in rows],
                   {i: kept_before.get(i, []) for i in revised}).dump(),
            _Patch(_PATCHED, [[segment_id, new, 1, stamp] for segment_id, _, new in edits],
                   {i: kept_after.get(i, []) for i in revised}).dump(),
        )
    return len(edits)


_PATCHED = ("target", "locked", "changed_at")
"""The columns `set_targets` writes, all its journal entry keeps of a segment row."""


def _patched_rows(project: Project, ids: Sequence[int], columns: Sequence[str]) -> list[dict[str, Any]]:
    """What `set_targets` and `apply_changes` read of each segment, in the order of `ids`: its
    target, status, last change and whether it may be translated, and `columns`."""
    found: dict[int, dict[str, Any]] = {}
    read = ", ".join(f"[{column}]" for column in dict.fromkeys(("id", "target", "status", "changed_at", "untranslatable", *columns)))
    for start in range(0, len(ids), _SNAPSHOT_CHUNK):
        chunk = list(ids[start : start + _SNAPSHOT_CHUNK])
        for row in project.query(
            f"select {read} from segments where id in ({','.join('?' * len(chunk))})", chunk
        ):
            found[row["id"]] = row
    missing = next((i for i in ids if i not in found), None)
    if missing is not None:
        raise WordedError(phrase(N_("no segment with id {id}"), id=missing))
    return [found[i] for i in ids]


@dataclass(frozen=True)
class _Patch:
    """One side of a journal entry that rewrote a few columns of many segments (a replace): those
    columns of each row and the changed kept originals, where a snapshot copies every column.

    A replace across 25,000 targets journaled whole copied every row twice as JSON; its undo
    read it all back and rewrote every column. Reverting a patch writes its columns only, so
    it needs to find only them as the step left them (`_revert_patch`): whatever else changed
    in a row since is neither checked nor overwritten.
    """

    columns: tuple[str, ...]
    rows: list[list[Any]]
    """`[id, *values of columns]` for each segment."""
    revisions: dict[int, list[dict[str, Any]]]
    """The `review_revisions` rows of the segments whose kept originals the step changed."""

    def dump(self) -> str:
        return json.dumps({"patch": list(self.columns), "rows": self.rows,
                           "revisions": [[i, r] for i, r in self.revisions.items()]}, ensure_ascii=False)

    @classmethod
    def load(cls, data: dict[str, Any]) -> _Patch:
        return cls(tuple(data["patch"]), data["rows"], {int(i): r for i, r in data["revisions"]})


def _bulk(project: Project, action: str, ids: Sequence[int], changes: dict[str, Any]) -> int:
    """Apply one change to many segments as a single journal entry (one undo step)."""
    if not ids:
        return 0
    with project.transaction():
        before = _snapshots(project, ids)
        stamp = {**changes, "changed_at": utc_now()}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            sets = ", ".join(f"{column} = ?" for column in stamp)
            project.db.execute(
                f"update segments set {sets} where id in ({','.join('?' * len(chunk))})",
                [*stamp.values(), *chunk],
            )
        _record(project, action, before, _snapshots(project, ids))
    return len(ids)


def journal_rewrite(project: Project, action: str, before_ids: Sequence[int],
                    rewrite: Callable[[], Sequence[int]], *, document_id: int | None = None) -> None:
    """Run `rewrite` (which may update, delete and insert segments, returning the ids of those
    it inserted) as one journal entry over `before_ids`, the segments it may change or delete:
    undo deletes what it inserted and puts back the rest as it was, with findings and kept
    originals (a new version of a document replacing its segments: `document_update`). With
    `document_id`, that document's row, paragraphs and sentences are kept as they were before
    and after (`schema.m_document_states`), and undo and redo put them back too.

    The rows are kept a snapshot a table row (`schema.m_journal_rows`), written a chunk at a
    time, and the document's states are written as JSON text a batch of rows at a time: a new
    version of a million units held a million snapshots twice (before and after) and peaked at
    3.6 GB (hardening round 29)."""
    with project.transaction():
        _write_entry(project, action, _STORED, _STORED)
        entry_id = int(project.conn.execute("select max(id) from journal").fetchone()[0])
        _store_rows(project, entry_id, "removed", before_ids)
        state = _document_state(project, document_id) if document_id is not None else None
        inserted = rewrite()
        # The rows after, in document order: a redo brings back each inserted row after the one before it.
        after = [int(row[0]) for row in project.conn.execute(
            "select id from segments where id in (select value from json_each(?)) order by seq, id",
            [json.dumps([*before_ids, *inserted])])]
        _store_rows(project, entry_id, "added", after)
        if document_id is not None:
            project.conn.execute(
                "insert into document_states (journal_id, document_id, before, after) values (?, ?, ?, ?)",
                [entry_id, document_id, state, _document_state(project, document_id)],
            )


_STORED = json.dumps({"stored": "journal_rows"})
"""`journal.removed` and `journal.added` of a step whose rows are in `journal_rows`."""


def _store_rows(project: Project, entry_id: int, side: Literal["removed", "added"], ids: Sequence[int]) -> None:
    """The snapshots of the segments `ids` as the `side` of journal entry `entry_id`, in that order."""
    for start in range(0, len(ids), _SNAPSHOT_CHUNK):
        snapshots = _snapshots(project, ids[start : start + _SNAPSHOT_CHUNK])
        project.conn.executemany(
            "insert into journal_rows (journal_id, side, ord, segment_id, snapshot) values (?, ?, ?, ?, ?)",
            [(entry_id, side, start + k, snap.segment["id"], _dump_one(snap)) for k, snap in enumerate(snapshots)],
        )


@dataclass(frozen=True)
class _Stored:
    """One side of a journal entry whose rows are in `journal_rows`: read a chunk at a time when
    reverted (`_revert_stored`), never all at once; `ids` are its segments in order."""

    journal_id: int
    side: Literal["removed", "added"]
    ids: list[int]

    @classmethod
    def load(cls, project: Project, journal_id: int, side: Literal["removed", "added"]) -> _Stored:
        return cls(journal_id, side, [int(row[0]) for row in project.conn.execute(
            "select segment_id from journal_rows where journal_id = ? and side = ? order by ord", [journal_id, side])])

    def chunks(self, project: Project) -> Iterator[list[Snapshot]]:
        """The snapshots in order, `_SNAPSHOT_CHUNK` at a time; a row another program wrote that
        is not a snapshot is refused in one line naming it (nothing is written: the revert's
        transaction is rolled back)."""
        for start in range(0, len(self.ids), _SNAPSHOT_CHUNK):
            rows = project.conn.execute(
                "select snapshot from journal_rows where journal_id = ? and side = ? and ord >= ? and ord < ? "
                "order by ord", [self.journal_id, self.side, start, start + _SNAPSHOT_CHUNK]).fetchall()
            try:
                yield [_checked_snapshot(snap) for snap in _load([json.loads(row[0]) for row in rows])]
            except READ_ERRORS as error:
                raise project.unreadable("journal_rows", "snapshot", f"{self.journal_id}/{self.side}",
                                         error) from None


_DOCUMENT_FILES = ("source_file", "target_file", "source_encoding", "target_encoding")
"""The columns of a document's row a new version changes."""


def _document_state(project: Project, document_id: int) -> str:
    """A document's files, its paragraphs and sentences and its segments' order, as JSON (`journal_rewrite`).

    Written a batch of rows at a time: only the text is whole, never a dict of every row."""
    files = project.conn.execute(
        f"select {', '.join(_DOCUMENT_FILES)} from documents where id = ?", [document_id]).fetchone()
    parts = ['{"files": ', json.dumps(list(files), ensure_ascii=False)]
    for name, sql in (
        ("paragraphs", "select * from paragraphs where document_id = ? order by id"),
        ("sentences", "select * from sentences where document_id = ? order by id"),
        ("order", "select id, seq from segments where document_id = ?"),
    ):
        cursor = project.conn.execute(sql, [document_id])
        columns = [column[0] for column in cursor.description]
        parts.append(f', "{name}": [')
        written = False
        while batch := cursor.fetchmany(1000):
            rows = [list(row) for row in batch] if name == "order" else [dict(zip(columns, row)) for row in batch]
            parts.append(("," if written else "") + json.dumps(rows, ensure_ascii=False)[1:-1])
            written = True
        parts.append("]")
    parts.append("}")
    return "".join(parts)


def _put_document_state(project: Project, journal_id: int, side: Literal["before", "after"]) -> None:
    """Put a document back as an update's journal entry kept it (`side`); nothing for other entries.

    SQLite reads the state's JSON (`json_each`) where it is stored: parsed into Python, the
    paragraphs, sentences and order of a document of a million segments took hundreds of
    megabytes; read into Python as text and bound to each statement, its copies (four at once for
    the files) made a redo of a million new segments peak at 518 MB (hardening, round 32)."""
    found = project.conn.execute("select document_id from document_states where journal_id = ?", [journal_id]).fetchone()
    if found is None:
        return
    document_id = int(found[0])
    conn = project.conn
    kept = f"from document_states, json_each(document_states.{side}, '$.%s') where journal_id = ?"
    conn.execute("delete from sentences where document_id = ?", [document_id])
    conn.execute("delete from paragraphs where document_id = ?", [document_id])
    for table in ("paragraphs", "sentences"):
        columns = [str(row[1]) for row in conn.execute(f"pragma table_info({table})")]
        values = ", ".join(f"json_extract(value, '$.\"{column}\"')" for column in columns)
        conn.execute(f"insert into {table} ({', '.join(f'[{c}]' for c in columns)}) "
                     f"select {values} {kept % table}", [journal_id])
    files = ", ".join(f"json_extract({side}, '$.files[{i}]')" for i in range(len(_DOCUMENT_FILES)))
    conn.execute(f"update documents set ({', '.join(_DOCUMENT_FILES)}) = "
                 f"(select {files} from document_states where journal_id = ?) where id = ?", [journal_id, document_id])
    # Each segment back in its place: the swap of rows keeps a row's present place (a re-alignment
    # may have renumbered the document since), but an update moves rows, and its undo moves them back.
    placed = conn.execute(f"select json_extract(value, '$[1]'), json_extract(value, '$[0]'), ? {kept % 'order'}",
                          [document_id, journal_id])
    conn.executemany("update segments set seq = ? where id = ? and document_id = ?", placed)
    project.list_documents()

# -- bead edits -----------------------------------------------------------------


@_under_write_lock
def merge_next(project: Project, segment_id: int) -> Segment:
    """Merge a segment with the one after it in the same document."""
    following = _neighbour(project, segment_id, +1)
    if following is None:
        raise WordedError(phrase(N_("there is no next segment in this document to merge with")))
    return _merge(project, _snapshot(project, segment_id), _snapshot(project, following))


@_under_write_lock
def merge_previous(project: Project, segment_id: int) -> Segment:
    """Merge a segment with the one before it in the same document."""
    previous = _neighbour(project, segment_id, -1)
    if previous is None:
        raise WordedError(phrase(N_("there is no previous segment in this document to merge with")))
    return _merge(project, _snapshot(project, previous), _snapshot(project, segment_id))


@_under_write_lock
def split(project: Project, segment_id: int, source_at: int, target_at: int) -> tuple[Segment, Segment]:
    """Split a segment after its first `source_at` source and `target_at` target sentences.

    One side may give all or none of its sentences to the first part (a 2-1
    bead splits into 1-1 and 1-0), but both parts must keep some text.
    """
    snap = _snapshot(project, segment_id)
    row = snap.segment
    source = sentence_texts(project, row, "source")
    target = sentence_texts(project, row, "target")
    if not (0 <= source_at <= len(source) and 0 <= target_at <= len(target)):
        raise WordedError(phrase(N_("split point outside the segment")))
    first_sizes = (source_at, target_at)
    second_sizes = (len(source) - source_at, len(target) - target_at)
    if sum(first_sizes) == 0 or sum(second_sizes) == 0:
        raise WordedError(phrase(N_("a split must leave text on both sides of the split point")))
    seq_after = _seq_after(project, row)
    first = _bead_row(row, source[:source_at], target[:target_at], row["seq"], shift=(0, 0))
    second = _bead_row(row, source[source_at:], target[target_at:], (row["seq"] + seq_after) / 2,
                       shift=(source_at, target_at))
    first["id"] = row["id"]
    with project.transaction():
        db = project.db
        segments = db.table("segments")
        segments.update(row["id"], first)
        segments.insert(second)
        assert segments.last_pk is not None  # an insert just happened
        second_id = int(segments.last_pk)
        redistribute_originals(project, [row], [(row["id"], first["target"]), (second_id, second["target"])])
        _refresh_findings(project, [row["id"], second_id], previous=[snap])
        _record(project, "split", [snap], [_snapshot(project, row["id"]), _snapshot(project, second_id)])
    return get_segment(project, row["id"]), get_segment(project, second_id)


@_under_write_lock
def move_sentence(
    project: Project, segment_id: int, side: Side, direction: Literal["next", "previous"]
) -> Segment | None:
    """Move the last (to next) or first (to previous) sentence of one side into the neighbour bead.

    Moving a pair's only sentence (the target of a 0-1 pair to the pair above) is a merge with
    that neighbour, and returns the merged segment (None for a move): it was refused with "merge
    instead", while the merge at hand in the alignment editor (`m`) joins the pair below."""
    neighbour_id = _neighbour(project, segment_id, +1 if direction == "next" else -1)
    if neighbour_id is None:
        raise WordedError(phrase(N_("there is no next segment in this document") if direction == "next"
                                 else N_("there is no previous segment in this document")))
    here, there = _snapshot(project, segment_id), _snapshot(project, neighbour_id)
    mine = sentence_texts(project, here.segment, side)
    theirs = sentence_texts(project, there.segment, side)
    if not mine:
        raise WordedError(phrase(N_("this segment has no source sentence to move") if side == "source"
                                 else N_("this segment has no target sentence to move")))
    if direction == "next":
        mine, theirs, moved_from = mine[:-1], [mine[-1], *theirs], (0, -1)
    else:
        mine, theirs, moved_from = mine[1:], [*theirs, mine[0]], (+1, 0)
    other: Side = "target" if side == "source" else "source"
    here_texts = {side: mine, other: sentence_texts(project, here.segment, other)}
    there_texts = {side: theirs, other: sentence_texts(project, there.segment, other)}
    if not any(here_texts.values()):
        return _merge(project, there, here) if direction == "previous" else _merge(project, here, there)
    new_here = _bead_row(here.segment, here_texts["source"], here_texts["target"], here.segment["seq"],
                         shift=_range_shift(side, moved_from[0]))
    new_there = _bead_row(there.segment, there_texts["source"], there_texts["target"], there.segment["seq"],
                          shift=_range_shift(side, moved_from[1]))
    with project.transaction():
        project.db.table("segments").update(segment_id, new_here)
        project.db.table("segments").update(neighbour_id, new_there)
        if side == "target":
            pair = [(here.segment, new_here), (there.segment, new_there)]
            if direction == "previous":
                pair.reverse()  # document order
            redistribute_originals(project, [old for old, _ in pair], [(old["id"], new["target"]) for old, new in pair])
        _refresh_findings(project, [segment_id, neighbour_id], previous=[here, there])
        _record(project, f"move-{side}-{direction}", [here, there],
                [_snapshot(project, segment_id), _snapshot(project, neighbour_id)])
    return None


# -- undo / redo ------------------------------------------------------------------

COMPARED = ("document_id", "source", "target", "status", "locked",
            "source_from", "source_to", "target_from", "target_to")
"""Columns that must still hold what an edit left before it may be undone (not `seq`,
which re-alignment renumbers, nor the confidence it recomputes)."""


@dataclass(frozen=True)
class JournalEntry:
    """One undoable step as the history list shows it."""

    id: int
    action: str
    """The journal's action name (`merge`, `set-status translated`, `lock-pairs` ...)."""
    at: str
    """When it was made (ISO 8601 UTC)."""
    segments: int
    """How many segments the step changed (a bulk edit is one step over many)."""
    undone: bool
    this_session: bool
    """Made since this project was opened; older steps are undone only when asked for."""
    positions: tuple[int, ...] = ()
    """Where the step's segments stand now (1-based, in project order; those merged away since
    are left out), so the history list can say where each step acted."""


@dataclass(frozen=True)
class Reverted:
    """What an undo or redo changed, so a view can go there and name it."""

    action: str
    segment_ids: tuple[int, ...]
    """The segments that now hold the reverted state, in project order."""
    positions: tuple[int, ...]
    """Their 1-based places in project order (the numbers the grids show)."""
    in_place: bool = False
    """The step changed these segments' rows only: none was added or removed, none moved, so
    a view may bring just these up to date (`Project.segments_at`) rather than reload all."""


class StaleEdit(InputError):
    """A step cannot be reverted: its segments changed since (re-aligned, edited elsewhere)."""

    def __init__(self, action: str) -> None:
        self.wording = phrase(N_("cannot revert the {action}: a segment it changed has changed since "
                                 "(re-aligned or edited elsewhere)"), action=action)
        super().__init__(self.wording.render())
        self.action = action


class WrittenOverSince(StaleEdit):
    """This session's edit of one segment cannot simply be undone: another writer (a second app
    on the project, a script) changed the segment's target, status or lock since. Undoing it
    would put the older text over theirs, so the caller asks first (`undo(over_newer=True)`)."""

    def __init__(self, action: str, segment_id: int, position: int | None, *, theirs: str, yours: str,
                 before: str) -> None:
        super().__init__(action)
        self.segment_id = segment_id
        self.position = position
        """Its 1-based place in project order (None: not found)."""
        self.theirs = theirs
        """The target as the other writer left it."""
        self.yours = yours
        """The target as this session's edit left it."""
        self.before = before
        """The target before this session's edit: what undoing it would put back."""


class ChangedElsewhere(InputError):
    """A save was refused: another program changed the segment's target since the editor read it."""

    def __init__(self, segment_id: int, target: str) -> None:
        self.wording = phrase(N_("another program changed this segment's target while you edited it; your text "
                                 "was not saved and stays in the editor (the next save you make writes it over theirs)"))
        super().__init__(self.wording.render())
        self.segment_id = segment_id
        self.target = target
        """The target as the other program left it."""


class EarlierSessionEdit(InputError):
    """The next step to undo was made in an earlier session: the caller must ask first."""

    def __init__(self, entry: JournalEntry, positions: tuple[int, ...] = ()) -> None:
        self.wording = phrase(N_("the last edit ({action}, {at}) was made in an earlier session"),
                              action=entry.action, at=entry.at)
        super().__init__(self.wording.render())
        self.entry = entry
        self.positions = positions
        """Where the step's segments stand now (1-based, as the grids number rows), to ask about."""


@dataclass(frozen=True)
class JournalMark:
    """Where the journal stands: its latest step not undone and its newest step (None when
    empty). An action kept outside the journal (a word added to the dictionary in the editor)
    notes the mark when done, so `ctrl+z` takes it back in its turn among the edits."""

    standing: int | None
    newest: int | None


def journal_mark(project: Project) -> JournalMark:
    standing, newest = project.db.execute(
        "select max(case when undone = 0 then id end), max(id) from journal").fetchone()
    return JournalMark(standing, newest)


def history(project: Project, limit: int = 50) -> list[JournalEntry]:
    """The latest undoable (and undone) steps, newest first."""
    rows = project.db.execute(
        "select id, action, at, session, undone, removed, added from journal order by id desc limit ?", [limit]
    ).fetchall()
    steps = [(row, *_load_step(project, row[0], row[5], row[6])) for row in rows]
    where = _positions(project, list({i for _, removed, added in steps for i in (*_ids(removed), *_ids(added))}))
    entries = []
    for row, removed, added in steps:
        touched = {*_ids(removed), *_ids(added)}
        entries.append(replace(_entry(project, row, removed, added),
                               positions=tuple(sorted(where[i] for i in touched if i in where))))
    return entries


def last_worked_on(project: Project) -> int | None:
    """The segment whose target or status was last changed on its own (the newest such step of
    the journal, undone or not, whose segment is still there); None before any.

    A translator who leaves for a break, or whose terminal dies, opens the project again where
    they were, not on segment 1 of a chapter (the journal is on disk, so a `kill -9` keeps it).
    Steps over many segments (a replace, pre-translation, a merge) are not where one types.
    """
    row = project.db.execute(
        "select s.id from journal j join segments s on s.id = json_extract(j.removed, '$[0].segment.id') "
        "where j.action = 'set-target' or j.action like 'set-status %' order by j.id desc limit 1"
    ).fetchone()
    return int(row[0]) if row is not None else None


_STEP = "select id, action, at, session, undone, removed, added from journal "


@_under_write_lock
def undo(project: Project, *, across_sessions: bool = False, over_newer: bool = False) -> Reverted | None:
    """Undo this session's latest step; None when there is nothing to undo.

    This session's own steps come first, though another app open on the project may have made
    steps since (the journal is the project's): a translator's ctrl+z takes back their own edit,
    never silently the other's. When none of its own is left, the journal's latest step is
    next, and one made in another session (an earlier one, or another app's) raises
    `EarlierSessionEdit` unless `across_sessions`: reverting text typed days ago, or by
    somebody else, must never happen silently.

    A step whose segments have changed since is refused with `StaleEdit` rather than restoring
    stale rows. When the change is another writer's text or status over this session's own edit
    of one segment, the refusal is `WrittenOverSince`, saying whose text would go; with
    `over_newer` the edit is undone over it all the same, as a new step (`_undo_over`), so the
    other text is not lost: the next undo brings it back.
    """
    row = project.db.execute(_STEP + "where undone = 0 and session = ? order by id desc limit 1",
                             [project.session]).fetchone()
    if row is None:
        row = project.db.execute(_STEP + "where undone = 0 order by id desc limit 1").fetchone()
    return _undo_step(project, row, across_sessions=across_sessions, over_newer=over_newer)


def _undo_step(project: Project, row: Sequence[Any] | None, *, across_sessions: bool,
               over_newer: bool = False) -> Reverted | None:
    if row is None:
        return None
    removed, added = _load_step(project, row[0], row[5], row[6])
    entry = _entry(project, row, removed, added)
    if not entry.this_session and not across_sessions:
        raise EarlierSessionEdit(entry, _reverted(project, entry.action, _ids(added)).positions)
    with project.transaction():
        try:
            reverted = _revert(project, entry.action, take_out=added, put_back=removed)
        except StaleEdit:
            over = _written_over(project, entry, removed, added)
            if over is None:
                raise
            if not over_newer:
                raise over from None
            assert isinstance(removed, list) and isinstance(added, list)  # as `_written_over` found them
            return _undo_over(project, entry, over, removed, added)
        _put_document_state(project, entry.id, "before")
        _mark_undone(project, entry.id, True)
        return reverted


@_under_write_lock
def undo_to(project: Project, entry_id: int) -> list[Reverted]:
    """Undo every step from the latest down to `entry_id` (chosen in the history list), in the
    journal's order whoever made them: the list shows every step, and the choice is explicit."""
    done: list[Reverted] = []
    with project.transaction():
        while True:
            row = project.db.execute(_STEP + "where undone = 0 order by id desc limit 1").fetchone()
            if row is None or row[0] < entry_id:
                break
            step = _undo_step(project, row, across_sessions=True)
            if step is None:
                break
            done.append(step)
    return done


@_under_write_lock
def redo(project: Project) -> Reverted | None:
    """Redo the step this session undid last; None when there is nothing to redo.

    Another session's undos are not this one's to redo (a second app's ctrl+y brought back the
    edit the first had just undone); steps undone before undos were kept by session are anyone's,
    the oldest first, as then."""
    row = project.db.execute(
        _STEP + "where undone = 1 and undone_by = ? order by undone_order desc limit 1", [project.session]
    ).fetchone()
    if row is None:
        row = project.db.execute(_STEP + "where undone = 1 and undone_by is null order by id asc limit 1").fetchone()
    if row is None:
        return None
    removed, added = _load_step(project, row[0], row[5], row[6])
    entry = _entry(project, row, removed, added)
    with project.transaction():
        reverted = _revert(project, entry.action, take_out=removed, put_back=added)
        _put_document_state(project, entry.id, "after")
        _mark_undone(project, entry.id, False)
        return reverted


WRITTEN_OVER_COLUMNS = ("target", "status", "locked")
"""What another writer may have changed over a one-segment edit that undo may still put back."""


def _written_over(project: Project, entry: JournalEntry, removed: _Side,
                  added: _Side) -> WrittenOverSince | None:
    """Why this session's own edit of one segment cannot simply be undone, when the reason is
    another writer's target, status or lock over it (None otherwise: the segment gone,
    re-aligned, its source corrected, or a step of many segments, which stay refused)."""
    if not entry.this_session or not isinstance(removed, list) or not isinstance(added, list):
        return None
    if len(removed) != 1 or len(added) != 1 or removed[0].segment["id"] != added[0].segment["id"]:
        return None
    segment_id = added[0].segment["id"]
    current = _rows_by_id(project, f"id, {', '.join(COMPARED)}", [segment_id]).get(segment_id)
    if current is None:
        return None
    now = dict(zip(("id", *COMPARED), current, strict=True))
    kept = [column for column in COMPARED if column not in WRITTEN_OVER_COLUMNS]
    if any(now[column] != added[0].segment[column] for column in kept):
        return None
    position = _positions(project, [segment_id]).get(segment_id)
    return WrittenOverSince(entry.action, segment_id, position, theirs=now["target"] or "",
                            yours=added[0].segment["target"] or "", before=removed[0].segment["target"] or "")


def _undo_over(project: Project, entry: JournalEntry, over: WrittenOverSince, removed: list[Snapshot],
               added: list[Snapshot]) -> Reverted:
    """Undo this session's edit over another writer's newer one, as a step of its own.

    The columns the edit changed are put back as they were before it; the other writer's
    state is the new step's `removed` side, so the next undo brings their text back, and the
    edit itself is marked undone (the new step, like any edit, then drops it from the journal).
    """
    before, was = _snapshot(project, over.segment_id), removed[0].segment
    changes: dict[str, Any] = {column: was[column] for column in WRITTEN_OVER_COLUMNS
                               if was[column] != added[0].segment[column]}
    changes["changed_at"] = utc_now()
    project.db.table("segments").update(over.segment_id, changes)
    _mark_undone(project, entry.id, True)
    _record(project, entry.action, [before], [_snapshot(project, over.segment_id)])
    return _reverted(project, entry.action, [over.segment_id], in_place=True)


def _mark_undone(project: Project, entry_id: int, undone: bool) -> None:
    """One plain statement: `Table.update` reads the row back, a replace's megabytes of JSON.
    An undo notes the session that made it and its place among all undos (redo takes the last)."""
    if undone:
        project.conn.execute(
            "update journal set undone = 1, undone_by = ?, "
            "undone_order = (select coalesce(max(undone_order), 0) + 1 from journal) where id = ?",
            [project.session, entry_id])
    else:
        project.conn.execute("update journal set undone = 0, undone_by = null, undone_order = null where id = ?",
                             [entry_id])


def _entry(project: Project, row: Sequence[Any], removed: _Side, added: _Side) -> JournalEntry:
    """The step of a journal row whose sides are loaded already (not parsed again to count them)."""
    entry_id, action, at, session, undone = row[:5]
    touched = {*_ids(removed), *_ids(added)}
    return JournalEntry(int(entry_id), str(action), str(at), len(touched), bool(undone),
                        session is not None and session == project.session)


def _ensure_current(project: Project, action: str, expected: list[Snapshot], absent: list[Snapshot]) -> None:
    """Refuse to revert a step whose segments no longer stand as the step left them."""
    expected_ids = {s.segment["id"] for s in expected}
    current = _rows_by_id(project, f"id, {', '.join(COMPARED)}", list(expected_ids))
    compared = itemgetter("id", *COMPARED)
    for snap in expected:
        if current.get(snap.segment["id"]) != compared(snap.segment):
            raise StaleEdit(action)
    if _rows_by_id(project, "id", [s.segment["id"] for s in absent if s.segment["id"] not in expected_ids]):
        raise StaleEdit(action)


def _rows_by_id(project: Project, columns: str, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """`columns` (the first of them `id`) of the segments with these ids, `_SNAPSHOT_CHUNK` ids a query:
    an undo of a replace checks and puts back tens of thousands of rows."""
    found: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), _SNAPSHOT_CHUNK):
        chunk = ids[start : start + _SNAPSHOT_CHUNK]
        for row in project.conn.execute(
            f"select {columns} from segments where id in ({','.join('?' * len(chunk))})", chunk
        ):
            found[row[0]] = tuple(row)
    return found


_Side = list[Snapshot] | _Patch | _Stored
"""One side of a journal entry: whole rows, the columns a patch rewrote, or rows kept in `journal_rows`."""


def _ids(side: _Side) -> list[int]:
    if isinstance(side, _Stored):
        return side.ids
    return [row[0] for row in side.rows] if isinstance(side, _Patch) else [s.segment["id"] for s in side]


def _revert(project: Project, action: str, take_out: _Side, put_back: _Side) -> Reverted:
    """Check that the segments stand as `take_out` left them, then put `put_back` in their place."""
    if isinstance(take_out, _Patch) and isinstance(put_back, _Patch):
        _revert_patch(project, action, take_out, put_back)
        return _reverted(project, action, _ids(put_back), in_place=True)
    if isinstance(take_out, _Stored) and isinstance(put_back, _Stored):
        _revert_stored(project, action, take_out, put_back)
        in_place = len(take_out.ids) == len(put_back.ids) and set(take_out.ids) == set(put_back.ids)
        return _reverted(project, action, put_back.ids, in_place=in_place)
    assert isinstance(take_out, list) and isinstance(put_back, list)  # both sides are of one kind
    _ensure_current(project, action, expected=take_out, absent=put_back)
    _swap(project, take_out=take_out, put_back=put_back)
    # In place when it rewrites the same segments it takes out (`_swap` keeps their places).
    return _reverted(project, action, _ids(put_back), in_place=set(_ids(take_out)) == set(_ids(put_back)))


def _revert_stored(project: Project, action: str, take_out: _Stored, put_back: _Stored) -> None:
    """`_ensure_current` and `_swap` for sides kept in `journal_rows`, a chunk of snapshots at a time.

    The rows to take out are checked a chunk at a time, and which segments a side holds is asked
    of the table's index; the rows put back are written a chunk at a time in their order, each
    brought back where `_swap` puts it (after the row put back before it)."""
    conn = project.conn
    compared = itemgetter("id", *COMPARED)
    for chunk in take_out.chunks(project):
        current = _rows_by_id(project, f"id, {', '.join(COMPARED)}", [s.segment["id"] for s in chunk])
        if any(current.get(snap.segment["id"]) != compared(snap.segment) for snap in chunk):
            raise StaleEdit(action)
    side_ids = "select segment_id from journal_rows where journal_id = ? and side = ?"
    keys = (take_out.journal_id, take_out.side, put_back.journal_id, put_back.side)
    if conn.execute(f"select 1 from segments where id in ({side_ids}) and id not in ({side_ids}) limit 1",
                    [*keys[2:], *keys[:2]]).fetchone():
        raise StaleEdit(action)  # a segment the step took out is back (another program's edit)
    for journal_id, side in ((take_out.journal_id, take_out.side), (put_back.journal_id, put_back.side)):
        conn.execute(f"delete from segment_findings where segment_id in ({side_ids})", [journal_id, side])
        conn.execute(f"delete from review_revisions where segment_id in ({side_ids})", [journal_id, side])
    conn.execute(f"delete from segments where id in ({side_ids}) and id not in ({side_ids})", keys)
    previous: dict[str, Any] | None = None
    following: float | None = None
    """The place after `previous` when it was brought back (none stands between it and there)."""
    for chunk in put_back.chunks(project):
        current_seq = {i: row[1] for i, row in _rows_by_id(project, "id, seq", [s.segment["id"] for s in chunk]).items()}
        rows = []
        for snap in chunk:
            row = dict(snap.segment)
            if row["id"] in current_seq:
                row["seq"], following = current_seq[row["id"]], None
            elif previous is not None and previous["document_id"] == row["document_id"]:
                if following is None:
                    following = _seq_after(project, previous)
                row["seq"] = (previous["seq"] + following) / 2
            else:
                following = None
            rows.append(row)
            previous = row
        _write_rows(project, "segments", rows, upsert=True)
        _write_rows(project, "segment_findings", [f for snap in chunk for f in snap.findings])
        _write_rows(project, "review_revisions", [r for snap in chunk for r in snap.revision or ()])


def _revert_patch(project: Project, action: str, take_out: _Patch, put_back: _Patch) -> None:
    """Write a patch's columns back, once every segment holds what the other side wrote."""
    current = _rows_by_id(project, ", ".join(("id", *take_out.columns)), _ids(take_out))
    if any(current.get(row[0]) != tuple(row) for row in take_out.rows):
        raise StaleEdit(action)
    sets = ", ".join(f"[{column}] = ?" for column in put_back.columns)
    project.conn.executemany(f"update segments set {sets} where id = ?", [[*row[1:], row[0]] for row in put_back.rows])
    project.conn.executemany("delete from review_revisions where segment_id = ?",
                             [(i,) for i in {*take_out.revisions, *put_back.revisions}])
    _write_rows(project, "review_revisions", [r for rows in put_back.revisions.values() for r in rows])


def _reverted(project: Project, action: str, ids: list[int], *, in_place: bool = False) -> Reverted:
    """The answer of an undo or redo over the segments `ids`, in project order.

    Read in that order from SQLite, a row at a time: the places as a dict, its items and their
    sorted list held three copies of a million pairs at once, most of a redo's 518 MB when it
    brought back a new version of a million segments (hardening, round 32)."""
    segment_ids: list[int] = []
    positions: list[int] = []
    for segment_id, position in _placed(project, ids, ordered=True):
        segment_ids.append(segment_id)
        positions.append(position)
    return Reverted(action, tuple(segment_ids), tuple(positions), in_place)


def _positions(project: Project, ids: list[int]) -> dict[int, int]:
    """Where the segments of `ids` stand now: id -> 1-based place in project order (as the grids
    number rows); ids no longer in the project are left out."""
    return dict(_placed(project, ids))


def _placed(project: Project, ids: list[int], *, ordered: bool = False) -> Iterator[tuple[int, int]]:
    """(id, 1-based place in project order) of each segment of `ids` still there, read a row at a time."""
    if not ids:
        return
    yield from project.conn.execute(
        "select id, position from (select s.id, row_number() over (order by d.seq, s.seq, s.id) as position "
        "from segments s join documents d on d.id = s.document_id) "
        "where id in (select value from json_each(?))" + (" order by position" if ordered else ""),
        [json.dumps(ids)],
    )


# -- reading ----------------------------------------------------------------------


def get_segment(project: Project, segment_id: int) -> Segment:
    return project.segment(segment_id)


def sentence_texts(project: Project, row: dict[str, Any], side: Side) -> list[str]:
    """The sentences a segment covers on one side, as they stand now.

    For an aligned bead whose text is still the join of its stored sentences,
    those sentences; otherwise (edited text, TSV/TMX segments) the current text
    split again by the segmenter, so a split always follows sentence boundaries.
    """
    text = row[side] or ""
    start, end = row[f"{side}_from"], row[f"{side}_to"]
    if start is not None and end is not None:
        stored = [s.text for s in stored_sentences(project, row["document_id"], side, start, end)]
        if " ".join(stored) == text:
            return stored
    lang = project.config.source_lang if side == "source" else project.config.target_lang
    return [text[a:b] for a, b in split_sentences(text, lang)] if text.strip() else []


# -- internals --------------------------------------------------------------------


def _snapshot(project: Project, segment_id: int) -> Snapshot:
    return _snapshots(project, [segment_id])[0]


_SNAPSHOT_CHUNK = 500
"""Ids per query: well under SQLite's limit on bound parameters."""


def _snapshots(project: Project, segment_ids: Sequence[int]) -> list[Snapshot]:
    """The snapshots of many segments, in the order of `segment_ids`, three queries a chunk.

    A bulk edit (locking pairs, pre-translation) takes two snapshots of each
    segment it changes (before and after); read one at a time, through
    `Table.get`, 25,000 of them took seconds.
    """
    segments: dict[int, dict[str, Any]] = {}
    findings: dict[int, list[dict[str, Any]]] = {}
    unique = list(dict.fromkeys(segment_ids))
    for start in range(0, len(unique), _SNAPSHOT_CHUNK):
        chunk = unique[start : start + _SNAPSHOT_CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in project.query(f"select * from segments where id in ({marks})", chunk):
            segments[row["id"]] = row
        # Ordered as the one-segment query read them (by the segment_id index, then id).
        for row in project.query(f"select * from segment_findings where segment_id in ({marks}) order by id", chunk):
            findings.setdefault(row["segment_id"], []).append(row)
    revisions = _revisions(project, unique)
    missing = next((i for i in unique if i not in segments), None)
    if missing is not None:
        raise WordedError(phrase(N_("no segment with id {id}"), id=missing))
    return [
        Snapshot(segments[i], tuple(findings.get(i, ())), tuple(revisions.get(i, ()))) for i in segment_ids
    ]


def _revisions(project: Project, segment_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """The `review_revisions` rows of these segments, by segment id."""
    revisions: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(segment_ids), _SNAPSHOT_CHUNK):
        chunk = list(segment_ids[start : start + _SNAPSHOT_CHUNK])
        for row in project.query(
            f"select * from review_revisions where segment_id in ({','.join('?' * len(chunk))})", chunk
        ):
            revisions.setdefault(row["segment_id"], []).append(row)
    return revisions


def _record(project: Project, action: str, removed: Sequence[Snapshot], added: Sequence[Snapshot]) -> None:
    """Write a journal entry; a new edit makes earlier undone edits unredoable."""
    _write_entry(project, action, _dump(removed), _dump_added(removed, added))


def _write_entry(project: Project, action: str, removed: str, added: str) -> None:
    """`_record` of snapshots already dumped (`added` whole or as changes, see `_dump_added`)."""
    project.conn.execute("delete from journal_rows where journal_id in (select id from journal where undone = 1)")
    project.conn.execute("delete from journal where undone = 1")
    project.conn.execute("delete from document_states where journal_id not in (select id from journal)")
    project.conn.execute(
        "insert into journal (action, removed, added, undone, at, session) values (?, ?, ?, 0, ?, ?)",
        [action, removed, added, utc_now(), project.session],
    )


def _coalesce(project: Project, segment_id: int, after: Snapshot) -> bool:
    """Fold this save into the previous journal entry if it saved the same target moments ago."""
    last = project.db.execute(
        "select id, action, added, at, session, removed from journal where undone = 0 order by id desc limit 1"
    ).fetchone()
    if last is None or last[1] != "set-target" or last[4] != project.session:
        return False
    _, added = _load_step(project, last[0], last[5], last[2])
    at = datetime.fromisoformat(last[3].replace("Z", "+00:00"))
    if _ids(added) != [segment_id] or datetime.now(UTC) - at > COALESCE_WINDOW:
        return False
    project.db.table("journal").update(last[0], {"added": _dump([after]), "at": utc_now()})
    return True


def _swap(project: Project, take_out: list[Snapshot], put_back: list[Snapshot]) -> None:
    """Replace the rows of `take_out` with those of `put_back`, keeping project order.

    A row that still exists keeps its current place (`seq`: re-alignment may
    have renumbered the document since); a row brought back goes right after
    the row put back before it, where it stood when the step was made.
    """
    db = project.db
    keep = {s.segment["id"] for s in put_back}
    current_seq = {i: row[1] for i, row in _rows_by_id(project, "id, seq", list(keep)).items()}
    if len(current_seq) == len(put_back) and {s.segment["id"] for s in take_out} <= keep:
        _swap_in_place(project, take_out, put_back, current_seq)
        return
    for snap in take_out:
        db.execute("delete from segment_findings where segment_id = ?", [snap.segment["id"]])
        if snap.revision is not None:
            db.execute("delete from review_revisions where segment_id = ?", [snap.segment["id"]])
        if snap.segment["id"] not in keep:
            db.execute("delete from segments where id = ?", [snap.segment["id"]])
    previous: dict[str, Any] | None = None
    for snap in put_back:
        row = dict(snap.segment)
        if row["id"] in current_seq:
            row["seq"] = current_seq[row["id"]]
        elif previous is not None and previous["document_id"] == row["document_id"]:
            row["seq"] = (previous["seq"] + _seq_after(project, previous)) / 2
        db.execute("delete from segment_findings where segment_id = ?", [row["id"]])
        _write_row(project, "segments", row, upsert=True)
        for finding in snap.findings:
            _write_row(project, "segment_findings", finding)
        if snap.revision is not None:
            db.execute("delete from review_revisions where segment_id = ?", [row["id"]])
            for revision in snap.revision:
                _write_row(project, "review_revisions", revision)
        previous = row


def _swap_in_place(project: Project, take_out: list[Snapshot], put_back: list[Snapshot],
                   current_seq: dict[int, Any]) -> None:
    """`_swap` where every row put back is there now and none goes: rows rewritten in place, each
    kind of statement once for all of them (an undo of a bulk edit puts back thousands of rows and
    their findings, where a statement a row cost seconds)."""
    conn = project.conn
    ids = [(snap.segment["id"],) for snap in put_back]
    # The findings and kept originals of the step's state go; those of the state put back return.
    conn.executemany("delete from segment_findings where segment_id = ?", ids)
    revised = [(snap.segment["id"],) for snap in (*take_out, *put_back) if snap.revision is not None]
    conn.executemany("delete from review_revisions where segment_id = ?", revised)
    rows = [{**snap.segment, "seq": current_seq[snap.segment["id"]]} for snap in put_back]
    _write_rows(project, "segments", rows, upsert=True)
    _write_rows(project, "segment_findings", [f for snap in put_back for f in snap.findings])
    _write_rows(project, "review_revisions", [r for snap in put_back for r in snap.revision or ()])


def _write_rows(project: Project, table: str, rows: Sequence[dict[str, Any]], *, upsert: bool = False) -> None:
    """`_write_row` for many rows: one `executemany` for each set of columns among them."""
    by_columns: dict[tuple[str, ...], list[list[Any]]] = {}
    for row in rows:
        by_columns.setdefault(tuple(row), []).append(list(row.values()))
    for columns, values in by_columns.items():
        project.conn.executemany(_row_statement(table, columns, upsert), values)


@lru_cache(maxsize=64)
def _row_statement(table: str, columns: tuple[str, ...], upsert: bool) -> str:
    """SQL that writes a row of these columns: an upsert on `id` (the segment row stays where it
    is, as `Table.upsert` left it) or an insert that replaces a row with the same key."""
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" * len(columns))
    if not upsert:
        return f"insert or replace into [{table}] ({names}) values ({marks})"
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != "id")
    return f"insert into [{table}] ({names}) values ({marks}) on conflict(id) do update set {updates}"


def _write_row(project: Project, table: str, row: dict[str, Any], *, upsert: bool = False) -> None:
    """Put a snapshot's row back with one statement.

    `sqlite_utils`' `upsert`/`insert_all` read the table's schema again for each
    row: an undo of tens of thousands of rows took over ten seconds where these
    statements take one.
    """
    columns = tuple(row)
    project.db.execute(_row_statement(table, columns, upsert), [row[c] for c in columns])


def _dump(snapshots: Sequence[Snapshot]) -> str:
    return json.dumps([_as_json(s) for s in snapshots], ensure_ascii=False)


def _dump_one(snapshot: Snapshot) -> str:
    return json.dumps(_as_json(snapshot), ensure_ascii=False)


def _as_json(s: Snapshot) -> dict[str, Any]:
    return {"segment": s.segment, "findings": list(s.findings),
            **({} if s.revision is None else {"revision": list(s.revision)})}


def _dump_added(removed: Sequence[Snapshot], added: Sequence[Snapshot]) -> str:
    """A step's `added` rows for the journal: where they are the rows of `removed`, in the same
    order (every edit but a merge or split), only what changed in each.

    A bulk edit (locking pairs, pre-translation) then keeps the columns it set, not a second
    copy of every row, and its undo reads half the JSON. `_load_step` reads both forms.
    """
    if len(removed) != len(added) or any(
        a.segment["id"] != b.segment["id"] or a.segment.keys() != b.segment.keys() or a.revision is None
        for b, a in zip(removed, added)
    ):
        return _dump(added)
    changes = []
    for b, a in zip(removed, added):
        change: dict[str, Any] = {"segment": {k: v for k, v in a.segment.items() if b.segment[k] != v}}
        if a.findings != b.findings:
            change["findings"] = list(a.findings)
        if a.revision != b.revision:
            change["revision"] = list(a.revision or ())
        changes.append(change)
    return json.dumps({"changed": changes}, ensure_ascii=False)


def _load_step(project: Project, entry_id: int, removed: str, added: str) -> tuple[_Side, _Side]:
    """A journal entry's two sides: patches (`set_targets`), rows kept in `journal_rows`
    (`journal_rewrite`), or snapshots with `added` as written by `_dump_added` (whole, or
    changes to `removed`)."""
    try:
        return _parsed_step(project, entry_id, removed, added)
    except READ_ERRORS as error:  # another program wrote the row (round 30): one line, not a traceback
        raise project.unreadable("journal", "removed or added", entry_id, error) from None


def _parsed_step(project: Project, entry_id: int, removed: str, added: str) -> tuple[_Side, _Side]:
    loaded = json.loads(removed)
    if isinstance(loaded, dict) and "stored" in loaded:
        return _Stored.load(project, entry_id, "removed"), _Stored.load(project, entry_id, "added")
    if isinstance(loaded, dict):
        return _Patch.load(loaded), _Patch.load(json.loads(added))
    before = _load(loaded)
    after = json.loads(added)
    if not isinstance(after, dict):
        return before, _load(after)
    return before, [
        Snapshot({**b.segment, **change["segment"]},
                 tuple(change["findings"]) if "findings" in change else b.findings,
                 tuple(change["revision"]) if "revision" in change else b.revision)
        for b, change in zip(before, after["changed"], strict=True)
    ]


def _checked_snapshot(snapshot: Snapshot) -> Snapshot:
    """`snapshot` when it holds what a revert reads of it (its id and the compared columns);
    else KeyError or TypeError."""
    _COMPARED_ROW(snapshot.segment)
    if not isinstance(snapshot.segment["id"], int):
        raise TypeError(f"segment id {snapshot.segment['id']!r}")
    return snapshot


_COMPARED_ROW = itemgetter("id", *COMPARED)


def _load(items: list[dict[str, Any]]) -> list[Snapshot]:
    return [
        Snapshot(item["segment"], tuple(item["findings"]),
                 None if "revision" not in item else tuple(item["revision"]))
        for item in items
    ]


def _neighbour(project: Project, segment_id: int, step: int) -> int | None:
    row = next(project.query("select document_id, seq from segments where id = ?", [segment_id]), None)
    if row is None:  # merged or re-aligned away by another program while the TUI showed it
        raise InputError.worded(N_("no segment with id {id}"), id=segment_id)
    op, order = (">", "asc") if step > 0 else ("<", "desc")
    found = project.db.execute(
        f"select id from segments where document_id = ? and seq {op} ? order by seq {order} limit 1",
        [row["document_id"], row["seq"]],
    ).fetchone()
    return None if found is None else int(found[0])


def _seq_after(project: Project, row: dict[str, Any]) -> float:
    found = project.db.execute(
        "select min(seq) from segments where document_id = ? and seq > ?", [row["document_id"], row["seq"]]
    ).fetchone()[0]
    return float(found) if found is not None else row["seq"] + 2.0


def _bead_row(
    template: dict[str, Any], source: Sequence[str], target: Sequence[str], seq: float, shift: tuple[int, int]
) -> dict[str, Any]:
    """A segment row for sentences taken from `template`, its ranges moved by `shift` at the start."""
    row = {k: v for k, v in template.items() if k != "id"}
    row.update(
        seq=seq,
        source=" ".join(source),
        target=" ".join(target),
        locked=1,
        confidence=1.0 if template["confidence"] is not None else None,
        similarity=None,  # the aligner's meaning score was of the old pair: shown, it misled
        changed_at=utc_now(),
    )
    for side, texts, offset in (("source", source, shift[0]), ("target", target, shift[1])):
        start = template[f"{side}_from"]
        if start is not None:
            row[f"{side}_from"] = start + offset
            row[f"{side}_to"] = start + offset + len(texts)
    return row


def _range_shift(side: Side, moved: int) -> tuple[int, int]:
    return (moved, 0) if side == "source" else (0, moved)


def _merge(project: Project, first: Snapshot, second: Snapshot) -> Segment:
    a, b = first.segment, second.segment
    if _xliff_unit(project, a) or _xliff_unit(project, b) or a.get("codes") or b.get("codes"):
        # Each is one unit of an XLIFF file, or carries inline codes numbered on its own:
        # merged, an export could no longer fill the units or write the codes back. (A TMX
        # unit's `tuid` is only a name: the merged pair keeps the first's.)
        raise InputError.worded(N_("segments from an XLIFF unit or with inline tags cannot be merged"))
    merged = {
        "source": _join(a["source"], b["source"]),
        "target": _join(a["target"], b["target"]),
        "locked": 1,
        "confidence": 1.0 if a["confidence"] is not None else None,
        "similarity": None,
        "status": _weaker_status(a["status"], b["status"]),
        "changed_at": utc_now(),
    }
    for side in ("source", "target"):
        ranges = [r for r in ((a[f"{side}_from"], a[f"{side}_to"]), (b[f"{side}_from"], b[f"{side}_to"]))
                  if r[0] is not None]
        if ranges:
            merged[f"{side}_from"] = min(r[0] for r in ranges)
            merged[f"{side}_to"] = max(r[1] for r in ranges)
    with project.transaction():
        db = project.db
        db.table("segments").update(a["id"], merged)
        db.execute("delete from segment_findings where segment_id = ?", [b["id"]])
        db.execute("delete from segments where id = ?", [b["id"]])
        redistribute_originals(project, [a, b], [(a["id"], str(merged["target"]))])
        _refresh_findings(project, [a["id"]], previous=[first, second])
        _record(project, "merge", [first, second], [_snapshot(project, a["id"])])
    return get_segment(project, a["id"])


def _xliff_unit(project: Project, row: dict[str, Any]) -> bool:
    """Whether the segment is a unit of an imported XLIFF file, which its export fills in."""
    if not row.get("unit_id"):
        return False
    kind = project.conn.execute("select kind from documents where id = ?", [row["document_id"]]).fetchone()
    return kind is None or kind[0] == "xliff"


def _join(left: str, right: str) -> str:
    return " ".join(part for part in (left, right) if part)


def _weaker_status(a: str, b: str) -> str:
    """A merged segment is only as far along as the less advanced of its parts."""
    order = [str(status) for status in SegmentStatus]
    return order[min(order.index(a), order.index(b))]


def _refresh_findings(project: Project, segment_ids: Sequence[int], previous: Sequence[Snapshot]) -> None:
    """Re-derive import findings of edited beads from their sentences.

    OCR findings belong to sentences; after a merge, split or move they are
    re-anchored in the new texts. A side whose text was edited by hand keeps
    none (the offsets no longer mean anything), and the aligner's
    low-confidence finding goes: a person has now looked at the pair.
    Findings of other kinds (none are stored yet besides these) are kept.
    """
    db = project.db
    keep = [
        {k: v for k, v in f.items() if k != "id"}
        for snap in previous
        for f in snap.findings
        if f["check"] not in ("ocr-suspect", "alignment-low-confidence")
    ]
    for segment_id in segment_ids:
        row = db.table("segments").get(segment_id)
        db.execute("delete from segment_findings where segment_id = ?", [segment_id])
        for side in ("source", "target"):
            start, end = row[f"{side}_from"], row[f"{side}_to"]
            if start is None or end is None:
                continue
            text, findings = join_sentences(stored_sentences(project, row["document_id"], side, start, end), side)
            if text == row[side] and findings:
                db.table("segment_findings").insert_all({"segment_id": segment_id, **f} for f in findings)
    for finding in keep:
        if finding["segment_id"] in segment_ids:
            db.table("segment_findings").insert(finding)
