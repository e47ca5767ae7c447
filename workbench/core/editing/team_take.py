"""The team's confirmed translations taken into this copy's segments.

A reviewer on her copy of the folder reviewed the aligned drafts: the translators' confirmed
segments reached the server's units (one per segment of the folder, whoever confirmed it) and
every copy's memory panel, but no copy's segments (user days). As on a memoQ or Trados server
project, where the reviewer opens the one document the translators confirmed into, a sync now
writes a teammate's confirmed unit into the copy's segment of that number when the copy's
segment holds the same source and has not been changed since the teammate confirmed it: an
edit of the copy's own made later stands (it is sent, and a teammate's unit it did not see is
held as a conflict, `team resolve`), and a segment held in conflict is left to that.

Every segment taken is one undo step together ("translations taken from the team"), journaled
like any tool's edit across the project, so the copy's history says where the text came from.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.core.editing.edits import apply_changes
from workbench.core.project import Project, SegmentStatus

if TYPE_CHECKING:  # the team package loads psycopg: only a team sync pays for it
    from workbench.core.team import TeamUnit

ACTION = "team-take"
"""The journal's name for the step (`editing.history`, the undo messages)."""


@dataclass(frozen=True)
class UnitsTaken:
    """What one take wrote: the segments given a teammate's translation, and by whom."""

    segment_ids: tuple[int, ...] = ()
    members: tuple[str, ...] = ()
    """Who confirmed them, each once, in the order first met."""


def take_units(project: Project, units: Sequence[TeamUnit], held: Collection[int] = ()) -> UnitsTaken:
    """Write each teammate's unit into the copy's segment it belongs to, when that segment has the
    unit's source, holds another text or is not confirmed, and was last changed before the unit
    (times are ISO 8601 UTC, which order as text; in the same second, the copy's text stays: it
    is never written over by what may be older). `held`: segments held in a conflict."""
    if not units:
        return UnitsTaken()
    by_id = {unit.segment_id: unit for unit in units}
    changes: dict[int, dict[str, object]] = {}
    members: dict[str, None] = {}
    for row in project.db.query("select id, source, target, status, changed_at, untranslatable from segments"):
        unit = by_id.get(row["id"])
        if unit is None or row["id"] in held or row["untranslatable"] or row["source"] != unit.source:
            continue
        status = SegmentStatus(unit.status)
        if (row["target"] or "") == unit.target and SegmentStatus(row["status"]).confirmed:
            continue
        if (row["changed_at"] or "") >= unit.changed:
            continue  # the copy's own edit is newer (times are kept to the second: a tie keeps it too)
        changes[row["id"]] = {"target": unit.target, "status": str(status), "locked": 1}
        members.setdefault(unit.changed_by)
    if changes:
        apply_changes(project, ACTION, changes)
    return UnitsTaken(tuple(sorted(changes)), tuple(members))
