"""A reviewer's verdicts and comments, exchanged between a project and its team server.

The server holds them per segment of a shared document (`t006_segment_reviews`), keyed by the
document's name, the source text's hash (whitespace folded) and which occurrence of that
source in the document it is (`segment_keys`). Segment ids would not do: they are shared only
by copies of one folder and change when a translator merges or splits segments; a sentence's
text and its place among its repeats survive both everywhere else in the document.

`queue_reviews` finds what changed in the project since the last exchange (a verdict given or
answered here, a segment confirmed as reviewed here, a comment written, resolved or re-opened
here) and queues it in `team.db`, as confirmed segments are queued, so offline work is sent
later; `apply_reviews` writes what the server holds into the project. A change here not yet
sent wins over the server's older state and is sent at the next sync.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.core.project import (
    CLEARED,
    REJECTED,
    REVIEWED,
    Project,
    Verdict,
    answered,
    record_verdict,
)
from workbench.core.team.local import TeamLocal
from workbench.core.team.store import ReviewKey, ServerComment, ServerReview


@dataclass(frozen=True, slots=True)
class ReviewsTaken:
    """What one pull of the server's reviews changed in the project."""

    verdicts: int
    comments: int
    unplaced: int
    """Reviews of sentences this copy has not (another segmentation, a document not here)."""

    @property
    def changed(self) -> int:
        return self.verdicts + self.comments


def source_hash(source: str) -> str:
    """The source text's identity: its hash with whitespace folded (a re-segmented copy keeps
    a sentence's words, not always its spaces)."""
    return hashlib.sha256(" ".join(source.split()).encode("utf-8")).hexdigest()[:32]


def segment_keys(project: Project) -> dict[int, ReviewKey]:
    """Each segment's key on the server, in project order (the n-th repeat of a source in a
    document is occurrence n)."""
    seen: Counter[tuple[str, str]] = Counter()
    keys: dict[int, ReviewKey] = {}
    for segment_id, document, source in project.db.execute(
        "select s.id, d.name, s.source from segments s join documents d on d.id = s.document_id order by d.seq, d.id, s.seq, s.id"
    ):
        digest = source_hash(str(source))
        seen[(str(document), digest)] += 1
        keys[int(segment_id)] = (str(document), digest, seen[(str(document), digest)])
    return keys


def _key_payload(key: ReviewKey) -> dict[str, object]:
    return {"document": key[0], "source_hash": key[1], "occurrence": key[2]}


def _comment_state(resolved_at: str | None, resolved_by: str | None) -> str:
    return json.dumps([resolved_at, resolved_by])


def queue_reviews(project: Project, cache: TeamLocal, member: str) -> int:
    """Queue the project's review changes for the server; returns how many were queued.

    `team.db` is written before the project marks a change sent: a kill between the two queues
    it again at the next sync, which the server takes as the same change.
    """
    keys = segment_keys(project)
    with project.transaction() as db:
        # a rejection answered by a confirmation made after it: the server hears it cleared
        db.execute(
            "update review_verdicts set verdict = ?, shared = 0, at = (select s.changed_at from segments s where s.id = segment_id) "
            f"where verdict = ? and exists (select 1 from segments s where s.id = segment_id and {answered('review_verdicts')})",
            [CLEARED, REJECTED],
        )
        # a segment confirmed as reviewed here after the last verdict on it (a pulled one names a
        # target this copy may not have: only a confirmation made after it is this member's word)
        db.execute(
            "insert into review_verdicts (segment_id, verdict, by, at, target, shared) "
            "select s.id, ?, ?, coalesce(s.changed_at, ''), s.target, 0 from segments s where s.status = ? "
            "and not exists (select 1 from review_verdicts v where v.segment_id = s.id and (v.shared = 0 "
            "or v.at >= coalesce(s.changed_at, ''))) "
            "on conflict(segment_id) do update set verdict = excluded.verdict, by = excluded.by, at = excluded.at, "
            "target = excluded.target, shared = 0",
            [REVIEWED, member, REVIEWED],
        )
    verdicts = project.db.execute("select segment_id, verdict, at, target from review_verdicts where shared = 0").fetchall()
    comments = project.db.execute(
        "select id, segment_id, author, text, created_at, resolved_at, resolved_by, team_id, team_state from segment_comments"
    ).fetchall()
    queued = 0
    sent_verdicts: list[int] = []
    sent_comments: list[tuple[str, str, int]] = []
    with cache.db.atomic():
        for segment_id, verdict, at, target in verdicts:
            key = keys.get(int(segment_id))
            if key is None:
                continue
            cache.enqueue("review", f"{segment_id}", {**_key_payload(key), "verdict": verdict, "at": at, "target": target})
            sent_verdicts.append(int(segment_id))
            queued += 1
        for comment_id, segment_id, author, text, created_at, resolved_at, resolved_by, team_id, team_state in comments:
            state = _comment_state(resolved_at, resolved_by)
            key = keys.get(int(segment_id))
            if key is None or (team_id is not None and team_state == state):
                continue
            team_id = team_id or str(uuid.uuid4())
            cache.enqueue("comment", team_id, {**_key_payload(key), "team_id": team_id, "author": author, "text": text,
                                               "created_at": created_at, "resolved_at": resolved_at, "resolved_by": resolved_by})
            sent_comments.append((team_id, state, int(comment_id)))
            queued += 1
    if sent_verdicts or sent_comments:
        with project.transaction() as db:
            db.conn.executemany("update review_verdicts set shared = 1 where segment_id = ?", [(i,) for i in sent_verdicts])
            db.conn.executemany("update segment_comments set team_id = ?, team_state = ? where id = ?", sent_comments)
    return queued


def apply_reviews(project: Project, reviews: Sequence[ServerReview], comments: Sequence[ServerComment]) -> ReviewsTaken:
    """Write the server's verdicts and comments into the project, in one transaction."""
    if not reviews and not comments:
        return ReviewsTaken(0, 0, 0)
    at_key = {key: segment_id for segment_id, key in segment_keys(project).items()}
    taken_verdicts = taken_comments = unplaced = 0
    with project.transaction() as db:
        local = {int(r[0]): (str(r[1]), int(r[2]), (str(r[3]), str(r[4]), str(r[1]), str(r[5])))
                 for r in db.execute("select segment_id, at, shared, verdict, by, target from review_verdicts")}
        for review in reviews:
            segment_id = at_key.get(review.key)
            if segment_id is None:
                unplaced += 1
                continue
            here = local.get(segment_id)
            if here is not None and (here[0] > review.at or (not here[1] and here[0] >= review.at)):
                continue  # a newer verdict here, or one not sent yet: it goes to the server next
            if here is not None and here[2] == (review.verdict, review.member, review.at, review.target):
                continue  # this copy's own verdict, come back
            record_verdict(project, Verdict(segment_id, review.verdict, review.member, review.at, review.target), shared=True)
            local[segment_id] = (review.at, 1, (review.verdict, review.member, review.at, review.target))
            taken_verdicts += 1
        known = {str(r[0]): (int(r[1]), r[2], r[3], r[4])
                 for r in db.execute("select team_id, id, resolved_at, resolved_by, team_state from segment_comments where team_id is not null")}
        for comment in comments:
            state = _comment_state(comment.resolved_at, comment.resolved_by)
            if comment.team_id in known:
                comment_id, resolved_at, resolved_by, team_state = known[comment.team_id]
                if team_state != _comment_state(resolved_at, resolved_by) or team_state == state:
                    continue  # resolved or re-opened here since, not sent yet; or nothing new
                db.execute("update segment_comments set resolved_at = ?, resolved_by = ?, team_state = ? where id = ?",
                           [comment.resolved_at, comment.resolved_by, state, comment_id])
                taken_comments += 1
                continue
            segment_id = at_key.get(comment.key)
            if segment_id is None:
                unplaced += 1
                continue
            db.execute(
                "insert into segment_comments (segment_id, author, text, created_at, resolved_at, resolved_by, team_id, team_state) "
                "values (?, ?, ?, ?, ?, ?, ?, ?)",
                [segment_id, comment.author, comment.text, comment.created_at, comment.resolved_at, comment.resolved_by,
                 comment.team_id, state],
            )
            taken_comments += 1
    return ReviewsTaken(taken_verdicts, taken_comments, unplaced)
