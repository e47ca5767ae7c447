"""Accepting a finding as a false positive, with a reason, so it stays silent.

An acceptance is stored in `check_acceptances` keyed by segment id, check id
and concept, together with a hash of the segment's source and target. A
finding is silenced only while that hash still matches: once someone edits
the segment, the acceptance no longer applies and the check speaks again,
because the reason given was about the old text.

This module only stores and reads acceptances. Making one needs a check run
(the finding must exist), so `accept_finding` lives with `check_project` in
`project_checks`, which reads acceptances from here: one direction, no cycle.
"""

from __future__ import annotations

from dataclasses import dataclass

from termbase import safetext
from workbench.core.project import Project
from workbench.errors import InputError
from workbench.wording import N_

TABLE = "check_acceptances"

MAX_REASON_CHARS = 2_000
"""The longest reason an acceptance keeps: a sentence or two, shown on one line by `check
accepted` and the TUI. A reason of 1 MB (`check accept --from`) was stored whole and printed
whole (hardening, round 28); a longer one is refused in one line (`reason_given`)."""


def reason_given(reason: str) -> str:
    """`reason` as an acceptance keeps it: one line without terminal control; refused in one
    line when it is empty or longer than `MAX_REASON_CHARS`."""
    kept = " ".join(safetext.clean(reason).split())
    if not kept:
        raise InputError.worded(N_("an acceptance needs a reason"))
    if len(kept) > MAX_REASON_CHARS:
        raise InputError.worded(N_("a reason holds at most {most:,} characters; this one has {count:,}"),
                                most=MAX_REASON_CHARS, count=len(kept))
    return kept


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
    exists = project.conn.execute(
        "select 1 from sqlite_master where type = 'table' and name = ?", (TABLE,)
    ).fetchone()
    if exists is None:
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
        for row in project.query(f"select * from {TABLE} order by segment_id, id")
    ]


def revoke_acceptance(
    project: Project, position: int, check: str, concept: str | None = None
) -> bool:
    """Forget an acceptance so the finding is reported again; False if there was none."""
    segments = project.segments()
    if not 1 <= position <= len(segments):
        raise InputError.worded(N_("no segment {position}: the project has {count} segments"), position=position, count=len(segments))
    with project.transaction() as db:
        cursor = db.execute(
            f"delete from {TABLE} where segment_id = ? and \"check\" = ? and concept = ?",
            [segments[position - 1].id, check, concept or ""],
        )
    return cursor.rowcount > 0
