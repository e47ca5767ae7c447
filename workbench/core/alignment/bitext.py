"""From sentences and beads to the project's segments, at import and on re-alignment.

A segment is a bead: a run of consecutive source sentences paired with a run
of consecutive target sentences. Segments keep the sentence ranges they cover
so that re-alignment can treat the beads a user locked as fixed points and
redo only what lies between them, and so that import findings (kept per
sentence) follow the sentence into whatever segment it lands in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.core.alignment.aligner import Bead, Sentence, align
from workbench.core.alignment.meaning_store import project_meaning
from workbench.core.progress import Progress, part
from workbench.core.project import READ_ERRORS, Project, utc_now
from workbench.errors import InputError
from workbench.wording import N_

LOW_CONFIDENCE = 0.5
"""Beads below this confidence get an `alignment-low-confidence` finding."""

ConceptFinder = Callable[[str, str], frozenset[str]]


@dataclass(frozen=True)
class PreparedSentence:
    """A sentence before it is stored: its text, paragraph index and import findings."""

    text: str
    paragraph: int
    findings: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class AlignSummary:
    """What an alignment run produced, for the CLI and the TUI."""

    documents: int
    beads: int
    kept: int
    """Locked beads kept as fixed points."""
    types: dict[str, int]
    """Bead type (`1-1`, `2-1`, `1-0`, ...) -> count."""
    low_confidence: int


def bead_type(bead: Bead) -> str:
    return f"{len(bead.source)}-{len(bead.target)}"


def insert_segments_for_document(
    project: Project,
    document_id: int,
    source: Sequence[PreparedSentence],
    target: Sequence[PreparedSentence] | None,
    concepts: ConceptFinder | None = None,
    progress: Progress | None = None,
    *,
    semantic: bool = True,
    workers: int = 1,
) -> int:
    """Create the segments of a freshly imported document; returns how many.

    Without a translation every source sentence is a segment with an empty
    target; with one, the sentences are aligned first (which `progress` follows;
    `workers` as in `align_project`).
    """
    if target is None:
        beads = [Bead((i,), (), 1.0) for i in range(len(source))]
        rows = _rows(document_id, beads, source, (), aligned=False)
    else:
        beads = _align(project, source, target, concepts, progress=progress, semantic=semantic, workers=workers)
        rows = _rows(document_id, beads, source, target, aligned=True)
    _insert_rows(project, rows)
    return len(rows)


def realign_document(
    project: Project,
    document_id: int,
    concepts: ConceptFinder | None = None,
    progress: Progress | None = None,
    *,
    semantic: bool = True,
    workers: int = 1,
) -> tuple[list[Bead], int]:
    """Align a stored document again, keeping locked beads as fixed points.

    Returns the beads and how many were kept. Locked segments keep their rows
    (and any target text a user typed into them); an unlocked pair the aligner
    finds again (the same sentences on both sides) keeps its row and id too, so
    TMX `tuid`s and an open editor stay valid. Only pairs that really changed
    are replaced.
    """
    db = project.db
    source = stored_sentences(project, document_id, "source")
    target = stored_sentences(project, document_id, "target")
    if not target:
        raise InputError.worded(N_("document {document_id} has no translation to align with"), document_id=document_id)
    locked = list(
        db.query(
            "select * from segments where document_id = ? and locked = 1 "
            "and source_from is not null and target_from is not null order by seq",
            [document_id],
        )
    )
    fixed = [
        Bead(
            tuple(range(r["source_from"], r["source_to"])),
            tuple(range(r["target_from"], r["target_to"])),
            r["confidence"] if r["confidence"] is not None else 1.0,
        )
        for r in locked
    ]
    beads = _align(
        project, source, target, concepts, fixed, part(progress, 0.0, 0.9), semantic=semantic, workers=workers
    )
    kept_keys = {(f.source, f.target) for f in fixed}
    locked_by_key = {
        (tuple(range(r["source_from"], r["source_to"])), tuple(range(r["target_from"], r["target_to"]))): r
        for r in locked
    }
    with project.transaction():
        unlocked = {
            (r["source_from"], r["source_to"], r["target_from"], r["target_to"]): r["id"]
            for r in db.query(
                "select id, source_from, source_to, target_from, target_to from segments "
                "where document_id = ? and locked = 0", [document_id]
            )
        }
        for index, bead in enumerate(beads):
            key = (bead.source, bead.target)
            if key in kept_keys:
                db.table("segments").update(locked_by_key[key]["id"], {"seq": float(index)})
        fresh = []
        for row in _rows(document_id, beads, source, target, aligned=True, skip=kept_keys):
            segment = row["segment"]
            key4 = (segment["source_from"], segment["source_to"], segment["target_from"], segment["target_to"])
            same = unlocked.pop(key4, None)
            if same is None:
                fresh.append(row)
                continue
            # The same pair as before: it keeps its id (and so its TMX tuid and
            # acceptances); only its place, confidence and findings are renewed.
            db.table("segments").update(same, {k: v for k, v in segment.items() if k != "changed_at"})
            db.execute("delete from segment_findings where segment_id = ?", [same])
            if row["findings"]:
                db.table("segment_findings").insert_all({"segment_id": same, **f} for f in row["findings"])
        _delete_segments(project, list(unlocked.values()))
        _insert_rows(project, fresh)
    if progress is not None:
        progress(1, 1)
    return beads, len(fixed)


def align_project(
    project: Project,
    concepts: ConceptFinder | None = None,
    progress: Progress | None = None,
    *,
    semantic: bool = True,
    workers: int = 1,
) -> AlignSummary:
    """Re-align every document of the project that has a translation; `progress`
    advances with the sentences of the documents done. `semantic=False` aligns
    without reading meaning (faster, and what the workbench did before). `workers`
    >= 2 lets a long translation be read on a second core (a forked child: only
    where no other thread of the caller may hold a lock, as on the command line)."""
    sizes = {
        r["id"]: r["sentences"]
        for r in project.db.query(
            "select d.id, (select count(*) from sentences s where s.document_id = d.id) as sentences "
            "from documents d where d.kind = 'text' and d.target_file is not null order by d.seq"
        )
    }
    documents = list(sizes)
    if not documents:
        raise InputError.worded(N_("the project has no document with a translation to align"))
    types: dict[str, int] = {}
    total = kept = low = 0
    everything, done = max(sum(sizes.values()), 1), 0
    for document_id in documents:
        step = part(progress, done / everything, (done + sizes[document_id]) / everything)
        beads, fixed = realign_document(project, document_id, concepts, step, semantic=semantic, workers=workers)
        done += sizes[document_id]
        total += len(beads)
        kept += fixed
        for bead in beads:
            types[bead_type(bead)] = types.get(bead_type(bead), 0) + 1
            low += bead.confidence < LOW_CONFIDENCE
    return AlignSummary(len(documents), total, kept, dict(sorted(types.items())), low)


def _align(
    project: Project,
    source: Sequence[PreparedSentence],
    target: Sequence[PreparedSentence],
    concepts: ConceptFinder | None,
    fixed: Sequence[Bead] = (),
    progress: Progress | None = None,
    *,
    semantic: bool = True,
    workers: int = 1,
) -> list[Bead]:
    return align(
        [Sentence(s.text, s.paragraph) for s in source],
        [Sentence(s.text, s.paragraph) for s in target],
        source_lang=project.config.source_lang,
        target_lang=project.config.target_lang,
        concepts=concepts,
        fixed=fixed,
        meaning=project_meaning(project, semantic=semantic),
        progress=progress,
        workers=workers,
    )


def stored_sentences(
    project: Project, document_id: int, side: str, start: int = 0, end: int | None = None
) -> list[PreparedSentence]:
    """The stored sentences of one document side (or the range [start, end) of them)."""
    rows = project.db.query(
        "select s.id, s.text, s.findings, p.seq as paragraph from sentences s "
        "left join paragraphs p on p.id = s.paragraph_id "
        "where s.document_id = ? and s.side = ? and s.seq >= ? and s.seq < ? order by s.seq",
        [document_id, side, start, end if end is not None else 2**62],
    )
    return [PreparedSentence(r["text"], r["paragraph"] or 0, _import_findings(project, r["id"], r["findings"])) for r in rows]


def _import_findings(project: Project, sentence_id: int, stored: str | None) -> tuple[dict[str, Any], ...]:
    """A sentence's import findings as stored (JSON); one line when another program wrote something else there."""
    try:
        findings = tuple(json.loads(stored)) if stored else ()
        if not all(isinstance(finding, dict) for finding in findings):
            raise TypeError("not a list of findings")
        return findings
    except READ_ERRORS as error:
        raise project.unreadable("sentences", "findings", sentence_id, error) from None


def _rows(
    document_id: int,
    beads: Sequence[Bead],
    source: Sequence[PreparedSentence],
    target: Sequence[PreparedSentence],
    *,
    aligned: bool,
    skip: Collection[tuple[tuple[int, ...], tuple[int, ...]]] = (),
) -> list[dict[str, Any]]:
    """Segment rows for beads in order; an empty side is an empty range where it stands."""
    rows = []
    source_at = target_at = 0
    for seq, bead in enumerate(beads):
        source_range = (source_at, source_at + len(bead.source))
        target_range = (target_at, target_at + len(bead.target))
        source_at, target_at = source_range[1], target_range[1]
        if (bead.source, bead.target) in skip:
            continue
        rows.append(
            _row(document_id, seq, bead, source, target, source_range,
                 target_range if aligned else None)
        )
    return rows


def _row(
    document_id: int,
    seq: int,
    bead: Bead,
    source: Sequence[PreparedSentence],
    target: Sequence[PreparedSentence],
    source_range: tuple[int, int],
    target_range: tuple[int, int] | None,
) -> dict[str, Any]:
    """A segment row for a bead, with the findings of its sentences re-anchored."""
    findings: list[dict[str, Any]] = []
    texts = {}
    for side, indices, sentences in (("source", bead.source, source), ("target", bead.target, target)):
        texts[side], side_findings = join_sentences([sentences[i] for i in indices], side)
        findings.extend(side_findings)
    if target_range is not None and bead.confidence < LOW_CONFIDENCE:
        findings.append(
            {
                "check": "alignment-low-confidence",
                "severity": "warning",
                "side": "source",
                "start": 0,
                "end": len(texts["source"]),
                "message": f"the aligner is unsure of this {bead_type(bead)} pair "
                f"(confidence {bead.confidence:.2f}"
                + (f", meaning similarity {bead.similarity:.2f}" if bead.similarity is not None else "")
                + "); check that source and target match",
                "suggestion": None,
            }
        )
    return {
        "segment": {
            "document_id": document_id,
            "seq": float(seq),
            "source": texts["source"],
            "target": texts["target"],
            "status": "draft",
            "confidence": bead.confidence if target_range is not None else None,
            "similarity": bead.similarity if target_range is not None else None,
            "source_from": source_range[0],
            "source_to": source_range[1],
            "target_from": target_range[0] if target_range else None,
            "target_to": target_range[1] if target_range else None,
            "locked": 0,
            "changed_at": utc_now(),
        },
        "findings": findings,
    }


def join_sentences(
    sentences: Sequence[PreparedSentence], side: str
) -> tuple[str, list[dict[str, Any]]]:
    """The text of consecutive sentences and their import findings re-anchored in it."""
    findings: list[dict[str, Any]] = []
    offset = 0
    for sentence in sentences:
        findings.extend(
            {**f, "side": side, "start": f["start"] + offset, "end": f["end"] + offset}
            for f in sentence.findings
        )
        offset += len(sentence.text) + 1
    return " ".join(s.text for s in sentences), findings


def _insert_rows(project: Project, rows: list[dict[str, Any]]) -> None:
    db = project.db
    segments = db.table("segments")
    with project.transaction():
        for row in rows:
            segments.insert(row["segment"])
            segment_id = segments.last_pk
            if row["findings"]:
                db.table("segment_findings").insert_all(
                    {"segment_id": segment_id, **f} for f in row["findings"]
                )


def _delete_segments(project: Project, ids: list[int]) -> None:
    db = project.db
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute(f"delete from segment_findings where segment_id in ({marks})", chunk)
        db.execute(f"delete from segments where id in ({marks})", chunk)
