"""Accepting a finding as a false positive, with a reason, so it stays silent.

An acceptance is stored in `check_acceptances` keyed by segment id, check id
and concept, together with a hash of the segment's source and target. A
finding is silenced only while that hash still matches: once someone edits
the segment, the acceptance no longer applies and the check speaks again,
because the reason given was about the old text.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.checks.base import REGISTRY, Finding, text_hash
from workbench.core.model import Segment
from workbench.core.project import Project, utc_now
from workbench.errors import InputError

TABLE = "check_acceptances"

AcceptedKey = tuple[int, str, str, str]
"""(segment id, check id, concept id or '', text hash): what `run_checks` filters on."""


@dataclass(frozen=True)
class Acceptance:
    """One finding an editor declared a false positive."""

    segment_id: int
    check: str
    concept: str | None
    text_hash: str
    """Hash of the segment's source and target when accepted (see `base.text_hash`)."""
    reason: str
    accepted_at: str
    """ISO 8601 UTC."""

    @property
    def key(self) -> AcceptedKey:
        return (self.segment_id, self.check, self.concept or "", self.text_hash)


def accepted_keys(project: Project) -> frozenset[AcceptedKey]:
    """Every stored acceptance as a key for `run_checks(accepted=...)`."""
    return frozenset(a.key for a in list_acceptances(project))


def list_acceptances(project: Project) -> list[Acceptance]:
    if not project.db[TABLE].exists():
        return []
    return [
        Acceptance(
            row["segment_id"],
            row["check"],
            row["concept"] or None,
            row["text_hash"],
            row["reason"],
            row["accepted_at"],
        )
        for row in project.db.query(f"select * from {TABLE} order by segment_id, id")
    ]


def accept_finding(
    project: Project,
    position: int,
    check: str,
    reason: str,
    concept: str | None = None,
) -> Acceptance:
    """Accept the `check` finding on the segment at `position` (1-based) as a false positive.

    The finding must exist now (so a typo in the position or check does not
    store an acceptance that silences nothing). Where the segment has findings
    of that check for several concepts, `concept` must say which.
    """
    from workbench.core.checks.project_checks import check_project

    if check not in REGISTRY:
        raise InputError(f"unknown check {check!r}; known checks: {', '.join(REGISTRY)}")
    reason = " ".join(reason.split())
    if not reason:
        raise InputError("an acceptance needs a reason")
    segments = project.segments()
    if not 1 <= position <= len(segments):
        raise InputError(f"no segment {position}: the project has {len(segments)} segments")
    segment = segments[position - 1]
    findings = [
        f
        for f in check_project(project, checks=[check], include_accepted=True)
        if f.segment == position
    ]
    concept = _which_concept(findings, position, check, concept)
    acceptance = Acceptance(
        segment.id, check, concept, _hash(segment), reason, utc_now()
    )
    with project.transaction() as db:
        db.execute(
            f"delete from {TABLE} where segment_id = ? and \"check\" = ? and concept = ?",
            [segment.id, check, concept or ""],
        )
        db.table(TABLE).insert(
            {
                "segment_id": acceptance.segment_id,
                "check": acceptance.check,
                "concept": concept or "",
                "text_hash": acceptance.text_hash,
                "reason": acceptance.reason,
                "accepted_at": acceptance.accepted_at,
            }
        )
    return acceptance


def revoke_acceptance(
    project: Project, position: int, check: str, concept: str | None = None
) -> bool:
    """Forget an acceptance so the finding is reported again; False if there was none."""
    segments = project.segments()
    if not 1 <= position <= len(segments):
        raise InputError(f"no segment {position}: the project has {len(segments)} segments")
    with project.transaction() as db:
        cursor = db.execute(
            f"delete from {TABLE} where segment_id = ? and \"check\" = ? and concept = ?",
            [segments[position - 1].id, check, concept or ""],
        )
    return cursor.rowcount > 0


def _hash(segment: Segment) -> str:
    return text_hash(segment.source, segment.target)


def _which_concept(
    findings: list[Finding], position: int, check: str, concept: str | None
) -> str | None:
    if not findings:
        raise InputError(f"segment {position} has no {check} finding to accept")
    concepts = sorted({f.concept for f in findings if f.concept is not None})
    if concept is not None:
        if concept not in concepts:
            listed = ", ".join(concepts) or "none"
            raise InputError(
                f"segment {position} has no {check} finding for concept {concept!r} "
                f"(concepts: {listed})"
            )
        return concept
    if len(concepts) > 1:
        raise InputError(
            f"segment {position} has {check} findings for several concepts "
            f"({', '.join(concepts)}); say which with --concept"
        )
    return concepts[0] if concepts else None
