"""What a project records of its checks: findings accepted as false positives, the last run.

These are read by commands that run no check (`workbench status`, `check accepted`), so they
live outside the `checks` package, whose import registers every check family (a quarter of a
second of CPU, two thirds of what `status` cost: session 46, speed46).

Accepting a finding as a false positive, with a reason, keeps it silent.

An acceptance is stored in `check_acceptances` keyed by segment id, check id
and concept, together with a hash of the segment's source and target. A
finding is silenced only while that hash still matches: once someone edits
the segment, the acceptance no longer applies and the check speaks again,
because the reason given was about the old text.

This module only stores and reads acceptances and the last run's counts. Making an
acceptance needs a check run (the finding must exist), so `accept_finding` lives with
`check_project` in `checks.project_checks`, which reads acceptances from here (and records the
last run read here): one direction, no cycle.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from termbase import safetext
from workbench.core.project import READ_ERRORS, Project
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
    """Hash of the segment's source and target when accepted (see `text_hash`)."""
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


def text_hash(source: str, target: str) -> str:
    """Fingerprint of a segment's text: an acceptance holds only while this is unchanged."""
    return hashlib.sha256(f"{source}\x00{target}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class LastRun:
    """The open findings of the last full check run, as `status` reports them."""

    ran_at: str
    """ISO 8601 UTC."""
    by_check: dict[str, int]
    total: int


def last_run(project: Project) -> LastRun | None:
    """The last full run's result, or None when no check has run on this project."""
    row = project.conn.execute(
        "select ran_at, findings, total, id from checks_last_run order by id desc limit 1"
    ).fetchone()
    if row is None:
        return None
    try:
        by_check = json.loads(row[1])
        if not isinstance(by_check, dict) or not all(isinstance(count, int) for count in by_check.values()):
            raise TypeError("not a count of findings by check")
        return LastRun(row[0], by_check, int(row[2]))
    except READ_ERRORS as error:  # another program wrote the row: one line, not a traceback
        raise project.unreadable("checks_last_run", "findings", row[3], error) from None
