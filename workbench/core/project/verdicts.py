"""A reviewer's verdict on a segment: sent back (`rejected`, with a comment saying why) or `reviewed`.

A rejection is not a segment status: the translation and its status stay as they were (the
memory keeps the confirmed unit), and the verdict stands beside them until the segment is
confirmed again after it - the translator's fix, or their confirmation that it stays - which
answers it. That is how memoQ's and Trados's server projects send a segment back, and it keeps
the undo journal, the exports and the statistics' three statuses as they are. In a team project
verdicts travel through the server (`workbench.core.team.reviews`), so the reviewer's word
reaches every translator's copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.project.comments import Comment, add_comment, person_name, project_user
from workbench.core.project.store import Project, utc_now
from workbench.errors import InputError
from workbench.wording import N_

REJECTED = "rejected"
REVIEWED = "reviewed"
CLEARED = "cleared"
"""A rejection answered (confirmed again after it) or taken back: kept so a team server hears it."""
VERDICTS = (REJECTED, REVIEWED, CLEARED)


def answered(verdict: str) -> str:
    """SQL: the rejection in table or alias `verdict` is answered by segment `s`'s confirmation.

    A confirmation made after it answers it. Times are kept to the second, so a confirmation in
    the same second answers it when it confirms another text than the one rejected (the fix,
    typed at once after a sync); the same text confirmed in that second may be the very
    confirmation the reviewer read, and leaves the rejection standing until the next one.
    """
    return (
        f"s.status in ('translated', 'reviewed') and (coalesce(s.changed_at, '') > {verdict}.at "
        f"or (coalesce(s.changed_at, '') = {verdict}.at and s.target is not {verdict}.target))"
    )


STANDING = (
    "select v.segment_id, v.verdict, v.by, v.at, v.target from review_verdicts v join segments s on s.id = v.segment_id "
    f"where v.verdict in ('rejected', 'reviewed') and not (v.verdict = 'rejected' and {answered('v')})"
)
"""The verdicts that stand: a rejection is answered by a confirmation made after it."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """A reviewer's word on one segment."""

    segment_id: int
    verdict: str
    """`rejected` or `reviewed`."""
    by: str
    at: str
    """ISO 8601 UTC."""
    target: str
    """The target it was given on."""

    @property
    def rejected(self) -> bool:
        return self.verdict == REJECTED


def standing_verdicts(project: Project) -> dict[int, Verdict]:
    """The standing verdicts by segment id (read on the plain connection: `status` and `segments`
    load no sqlite-utils)."""
    return {int(row[0]): Verdict(int(row[0]), *(str(value) for value in row[1:])) for row in project.conn.execute(STANDING)}


def rejected_segments(project: Project) -> frozenset[int]:
    """Ids of the segments sent back and not yet confirmed again."""
    return frozenset(segment_id for segment_id, verdict in standing_verdicts(project).items() if verdict.rejected)


def reject(project: Project, segment_id: int, reason: str, by: str | None = None) -> tuple[Verdict, Comment | None]:
    """Send a segment back to its translator, with `reason` as a comment (none when empty).

    One transaction: the verdict and its comment are seen together or not at all.
    """
    who = person_name(by or "") or project_user(project)
    with project.transaction() as db:
        row = db.execute("select target from segments where id = ?", [segment_id]).fetchone()
        if row is None:
            raise InputError.worded(N_("no segment with id {segment_id}"), segment_id=segment_id)
        verdict = Verdict(segment_id, REJECTED, who, utc_now(), str(row[0] or ""))
        record_verdict(project, verdict)
        comment = add_comment(project, segment_id, reason, who) if reason.strip() else None
    return verdict, comment


def withdraw(project: Project, segment_id: int) -> bool:
    """Take a rejection back (the reviewer's undo); False when the segment had none standing."""
    with project.transaction() as db:
        standing = standing_verdicts(project).get(segment_id)
        if standing is None or not standing.rejected:
            return False
        # kept as a verdict of its own, so a team server hears that it was taken back
        db.execute("update review_verdicts set verdict = ?, at = ?, shared = 0 where segment_id = ?", [CLEARED, utc_now(), segment_id])
    return True


def record_verdict(project: Project, verdict: Verdict, *, shared: bool = False) -> None:
    """Keep `verdict` as the segment's (call inside a transaction); `shared`: it came from, or was
    queued for, a team server already."""
    project.db.execute(
        "insert into review_verdicts (segment_id, verdict, by, at, target, shared) values (?, ?, ?, ?, ?, ?) "
        "on conflict(segment_id) do update set verdict = excluded.verdict, by = excluded.by, at = excluded.at, "
        "target = excluded.target, shared = excluded.shared",
        [verdict.segment_id, verdict.verdict, verdict.by, verdict.at, verdict.target, int(shared)],
    )
