"""Review with tracked changes: the translator's version beside the editor's.

When a confirmed target (translated or reviewed) is changed, `editing`
calls `keep_original` in the same transaction: the text it had is kept in
`review_revisions` (migration `m_review_revisions`), once per segment, so
however often the editor changes it again, the comparison stays between what
the translator confirmed and what the target is now. `revisions` lists the
segments whose target differs from its kept original, each with the word
diff (`memory_search.word_diff`, the diff the memory panel shows); an
undo that brings the text back makes the revision disappear from the list.

`to_html` writes the project-wide report of the changes as one
self-contained file, every piece of text escaped, as the check report does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any

from rapidfuzz.distance import Indel

from workbench.core.memory import DiffChunk, word_diff
from workbench.core.project import Project, all_comments, standing_verdicts, utc_now
from workbench.core.stats import count_words

CONFIRMED = ("translated", "reviewed")


def keep_original(project: Project, before: dict[str, Any], new_target: str) -> None:
    """Keep a confirmed segment's target before its first change (call inside the edit's transaction)."""
    keep_originals(project, [(before, new_target)])


def keep_originals(project: Project, edits: Sequence[tuple[dict[str, Any], str]]) -> None:
    """`keep_original` for many segments (`(row before, new target)`) in one statement:
    a replace across the project changes tens of thousands of targets in one edit."""
    stamp = utc_now()
    project.conn.executemany(
        "insert or ignore into review_revisions (segment_id, original, original_status, revised_at) "
        "values (?, ?, ?, ?)",
        [
            (before["id"], before["target"], before["status"], stamp)
            for before, new_target in edits
            if before["status"] in CONFIRMED and (before["target"] or "") != new_target
            and (before["target"] or "").strip()
        ],
    )


def redistribute_originals(project: Project, before: Sequence[dict[str, Any]], after: Sequence[tuple[int, str]]) -> None:
    """Carry the translator's versions across a bead edit (merge, split, a moved sentence).

    `before` are the consecutive segments' rows as they were, `after` the
    `(id, new target)` of the segments that now hold their text, in order.
    When any of them was confirmed or had a version kept, the versions
    (kept original, else the target as it stood) are joined and shared out
    again: whole to a merged segment, and cut where the new targets are cut
    (the words aligned by the Indel diff) for a split, so each part is
    compared with what the translator had in it. Rows of segments that are
    gone are taken out. Call inside the edit's transaction.
    """
    kept = {
        int(row[0]): (str(row[1]), str(row[2]))
        for row in project.db.execute(
            f"select segment_id, original, original_status from review_revisions "
            f"where segment_id in ({','.join('?' * len(before))})",
            [row["id"] for row in before],
        )
    }
    statuses = [kept[r["id"]][1] if r["id"] in kept else r["status"] for r in before]
    confirmed = [status for status in statuses if status in CONFIRMED]
    if not confirmed:
        return
    versions = [kept[r["id"]][0] if r["id"] in kept else (r["target"] or "") for r in before]
    original = " ".join(v.strip() for v in versions if v.strip())
    project.db.execute(
        f"delete from review_revisions where segment_id in ({','.join('?' * len(before))})",
        [row["id"] for row in before],
    )
    stamp = utc_now()
    for (segment_id, _), piece in zip(after, _cut_like(original, [target for _, target in after])):
        if piece:
            project.db.execute(
                "insert or replace into review_revisions (segment_id, original, original_status, revised_at) "
                "values (?, ?, ?, ?)",
                [segment_id, piece, min(confirmed, key=CONFIRMED.index), stamp],
            )


_PIECE = re.compile(r"\S+|\s+")


def _cut_like(original: str, targets: Sequence[str]) -> list[str]:
    """`original` cut into `len(targets)` pieces where the targets, joined by spaces, are cut.

    The cut points are carried through a word alignment of the joined targets
    with the original: a cut inside text the edit changed falls before it.
    """
    if len(targets) == 1:
        return [original]
    old = _PIECE.findall(original)
    new: list[str] = []
    cuts: list[int] = []
    for target in targets:
        pieces = _PIECE.findall(target)
        if new and pieces:
            new.append(" ")
        cuts.append(len(new))
        new.extend(pieces)
    opcodes = Indel.opcodes(old, new)
    where = [0, *(len(old) if cut == len(new) else _mapped(opcodes, cut, len(old)) for cut in cuts[1:]), len(old)]
    return ["".join(old[a:b]).strip() for a, b in zip(where, where[1:])]


def _mapped(opcodes: Any, position: int, length: int) -> int:
    """Where token `position` of the new text falls in the old one."""
    for op in opcodes:
        if op.dest_start <= position < op.dest_end or (op.dest_start == position == op.dest_end):
            if op.tag == "equal":
                return op.src_start + position - op.dest_start
            return op.src_start
    return length


@dataclass(frozen=True, slots=True)
class Revision:
    """One segment whose confirmed target an editor changed."""

    segment_id: int
    position: int
    source: str
    original: str
    """The target as the translator confirmed it."""
    revised: str
    """The target as it stands now."""
    original_status: str
    status: str
    revised_at: str
    diff: tuple[DiffChunk, ...]
    """The original turned into the revised: `delete` only in the original, `insert` only now."""

    @property
    def words_changed(self) -> int:
        """Words deleted plus words inserted (the size of the edit)."""
        return sum(count_words(chunk.text) for chunk in self.diff if chunk.op != "equal")


def revisions(project: Project) -> list[Revision]:
    """Every segment whose target differs from the version the translator confirmed, in project order."""
    rows = project.db.execute(
        "select s.id, s.position, s.source, r.original, s.target, r.original_status, s.status, r.revised_at "
        "from review_revisions r join (select s.id, s.source, coalesce(s.target, '') as target, s.status, "
        "row_number() over (order by d.seq, s.seq, s.id) as position "
        "from segments s join documents d on d.id = s.document_id) s on s.id = r.segment_id "
        "where s.target != r.original order by s.position"
    ).fetchall()
    return [
        Revision(int(i), int(p), src, orig, now, ostat, stat, at, word_diff(orig, now, folded=False))
        for i, p, src, orig, now, ostat, stat, at in rows
    ]


def revision_for(project: Project, segment_id: int) -> Revision | None:
    """The tracked change of one segment, or None when its target is as confirmed."""
    return next((r for r in revisions(project) if r.segment_id == segment_id), None)


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #1d1d1f; }
h1 { font-size: 1.4em; }
.rev { margin: 1em 0; padding: .6em .8em; border-left: 4px solid #0277bd; background: #fafafa; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; margin-top: .5em; }
.pair div { white-space: pre-wrap; }
.lang { font-size: .75em; color: #666; display: block; }
del { background: #ffd7d5; color: #82071e; } ins { background: #d2f4d3; color: #055d20; text-decoration: none; }
.meta { color: #555; font-size: .9em; }
.note { border-left-color: #c62828; }
"""


def diff_html(diff: Sequence[DiffChunk]) -> str:
    """The diff as HTML: deletions in <del>, insertions in <ins>, all text escaped."""
    tags = {"delete": "del", "insert": "ins"}
    return "".join(
        escape(chunk.text) if chunk.op == "equal" else f"<{tags[chunk.op]}>{escape(chunk.text)}</{tags[chunk.op]}>"
        for chunk in diff
    )


@dataclass(frozen=True)
class ReviewNote:
    """A segment the reviewer sent back or commented on, for the review report."""

    position: int
    source: str
    target: str
    rejected_by: str | None
    """Who sent it back (its rejection stands), else None."""
    comments: tuple[tuple[str, str, str, bool], ...]
    """(author, text, when, still open) of each comment, oldest first."""


def review_notes(project: Project) -> list[ReviewNote]:
    """The segments with a standing rejection or a comment, in project order: the review report
    held the tracked changes alone, and a reviewer's rejections and comments, most of her day's
    work, were in no file she could send (user days)."""
    verdicts = {i: v for i, v in standing_verdicts(project).items() if v.rejected}
    comments = all_comments(project)
    wanted = set(verdicts) | set(comments)
    if not wanted:
        return []
    notes = []
    rows = project.db.execute("select s.id, s.source, coalesce(s.target, '') from segments s "
                              "join documents d on d.id = s.document_id order by d.seq, s.seq, s.id")
    for position, (segment_id, source, target) in enumerate(rows, start=1):
        if segment_id in wanted:
            verdict = verdicts.get(segment_id)
            notes.append(ReviewNote(position, source, target, verdict.by if verdict else None,
                                    tuple((c.author, c.text, c.created_at, c.resolved_at is None)
                                          for c in comments.get(segment_id, ()))))
    return notes


def to_html(items: Sequence[Revision], *, title: str, source_lang: str, target_lang: str,
            notes: Sequence[ReviewNote] = ()) -> str:
    """The report of the tracked changes, then the segments sent back or commented on (`notes`):
    one self-contained page, every text escaped."""
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    changed = sum(r.words_changed for r in items)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}: review changes</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}: review changes</h1>",
        f"<p>{len(items)} segments changed after confirmation, {changed} words deleted or inserted. "
        f"Generated {generated}.</p>",
    ]
    if not items:
        parts.append("<p>No tracked changes.</p>")
    for r in items:
        parts.append(
            f'<div class="rev" id="s-{r.position}"><strong>Segment {r.position}</strong> '
            f'<span class="meta">{escape(r.original_status)} &rarr; {escape(r.status)}, '
            f"changed {escape(r.revised_at)}</span>"
            '<div class="pair">'
            f'<div lang="{escape(source_lang)}"><span class="lang">{escape(source_lang)}</span>{escape(r.source)}</div>'
            f'<div lang="{escape(target_lang)}"><span class="lang">{escape(target_lang)} (tracked changes)</span>'
            f"{diff_html(r.diff)}</div></div></div>"
        )
    if notes:
        rejected = sum(1 for note in notes if note.rejected_by)
        parts.append(f"<h2>Sent back and commented: {len(notes)} segments, {rejected} rejected</h2>")
    for note in notes:
        said = f'<span class="meta">rejected by {escape(note.rejected_by)}</span>' if note.rejected_by else ""
        remarks = "".join(
            f'<li><strong>{escape(author)}</strong> <span class="meta">{escape(at)}'
            f'{"" if still_open else ", resolved"}</span>: {escape(text)}</li>'
            for author, text, at, still_open in note.comments)
        parts.append(
            f'<div class="rev note" id="n-{note.position}"><strong>Segment {note.position}</strong> {said}'
            '<div class="pair">'
            f'<div lang="{escape(source_lang)}"><span class="lang">{escape(source_lang)}</span>{escape(note.source)}</div>'
            f'<div lang="{escape(target_lang)}"><span class="lang">{escape(target_lang)}</span>{escape(note.target)}</div>'
            f"</div><ul>{remarks}</ul></div>"
        )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
