"""The team's confirmed translations taken into this copy's segments.

A reviewer on her copy of the folder reviewed the aligned drafts: the translators' confirmed
segments reached the server's units (one per segment of the folder, whoever confirmed it) and
every copy's memory panel, but no copy's segments (user days). As on a memoQ or Trados server
project, where the reviewer opens the one document the translators confirmed into, a sync now
writes a teammate's confirmed unit into the copy's segment of that number when the copy's
segment holds the same source and has not been changed since the teammate confirmed it: an
edit of the copy's own made later stands (it is sent, and a teammate's unit it did not see is
held as a conflict, `team resolve`), and a segment held in conflict is left to that.

What "since" means is decided by what this copy last received, not by clocks: each take
remembers, for every teammate's unit it met, that unit (its time, author and text) and the
copy's segment as it left it (`Seen`). A unit met again unchanged is passed by, whatever the
copy did since; a changed unit is taken when the copy's segment is still as it was left. Only a
segment meeting a teammate's unit for the first time is decided by the times, which are written
to the second by each machine's own clock: with them alone, a second edit in the same second as
the take was never taken, and a copy whose clock ran ahead of its teammates' never took their
corrections again (user days, session 31).

Every segment taken is one undo step together ("translations taken from the team"), journaled
like any tool's edit across the project, so the copy's history says where the text came from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from workbench.core.editing.edits import apply_changes
from workbench.core.project import Project, SegmentStatus

if TYPE_CHECKING:  # the team package loads psycopg: only a team sync pays for it
    from workbench.core.team import TeamUnit

ACTION = "team-take"
"""The journal's name for the step (`editing.history`, the undo messages)."""


Seen = tuple[str, str, str]
"""A teammate's unit as a take last met it (`unit_mark`), the copy's segment as that take left
it and the unit as a segment (`team.segment_mark` of each): `team.db` keeps them, and sends
no segment that holds a teammate's unit as it stands (it is the server's already)."""


@dataclass(frozen=True)
class UnitsTaken:
    """What one take wrote: the segments given a teammate's translation, and by whom."""

    segment_ids: tuple[int, ...] = ()
    members: tuple[str, ...] = ()
    """Who confirmed them, each once, in the order first met."""
    seen: dict[int, Seen] = field(default_factory=dict)
    """Each unit met and the copy's segment as this take left it, by segment id (kept in
    `team.db` for the next take)."""


def unit_mark(unit: TeamUnit) -> str:
    """A teammate's unit in a few characters: a change of its text, status, time or author shows."""
    return hashlib.blake2b("\0".join((unit.changed, unit.changed_by, unit.status, unit.target)).encode(),
                           digest_size=12).hexdigest()


def take_units(project: Project, units: Sequence[TeamUnit], held: Collection[int] = (),
               seen: Mapping[int, Seen] | None = None) -> UnitsTaken:
    """Write each teammate's unit into the copy's segment it belongs to, when that segment has the
    unit's source, holds another text or is not confirmed, and was not changed here since.

    `seen`: what the last takes met (`UnitsTaken.seen`, kept by the caller). A unit met before
    and unchanged is passed by; a changed one is taken while the segment is as the last take
    left it. A segment meeting a unit for the first time is taken when it was last changed
    before the unit (ISO 8601 UTC, which orders as text; in the same second the copy's text
    stays: it is never written over by what may be older). `held`: segments held in a conflict.
    """
    from workbench.core.team import segment_mark

    if not units:
        return UnitsTaken()
    seen = seen or {}
    by_id = {unit.segment_id: unit for unit in units}
    changes: dict[int, dict[str, object]] = {}
    members: dict[str, None] = {}
    met: dict[int, Seen] = {}
    for row in project.db.query("select id, source, target, status, changed_at, untranslatable from segments"):
        unit = by_id.get(row["id"])
        if unit is None or row["id"] in held or row["untranslatable"] or row["source"] != unit.source:
            continue
        status = SegmentStatus(unit.status)
        mark, mine, theirs = unit_mark(unit), segment_mark(row["target"], row["status"]), segment_mark(unit.target, str(status))
        met[row["id"]] = (mark, mine, theirs)
        if (row["target"] or "") == unit.target and SegmentStatus(row["status"]).confirmed:
            continue
        before = seen.get(row["id"])
        if before is not None:
            if before[0] == mark or before[1] != mine:
                continue  # met already, or the copy changed the segment since: the copy's text stands
        elif (row["changed_at"] or "") >= unit.changed:
            continue  # first met: the copy's own edit is newer (to the second: a tie keeps it too)
        changes[row["id"]] = {"target": unit.target, "status": str(status), "locked": 1}
        members.setdefault(unit.changed_by)
        met[row["id"]] = (mark, theirs, theirs)
    if changes:
        apply_changes(project, ACTION, changes)
    return UnitsTaken(tuple(sorted(changes)), tuple(members), met)
