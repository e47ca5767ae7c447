"""A team server's memory upkept: `MemoryUpkeep` over the session's psycopg connection.

`memory export`, `memory conflicts`, `memory replace` and `memory undo` are the functions of
`memory.upkeep`, the local memory's own; this module answers their reads and writes from the
server, each command in one transaction:

* reads (export, conflicts, a replace's preview) in one `repeatable read, read only`
  transaction, streamed through server-side cursors, so an export of a million units is one
  consistent view and never held whole in this process;
* a replace or an undo in one `read committed` transaction that locks first. Locks, not row
  versions: a replace reads thousands of units, computes their new text here and writes them;
  with versions any one of them moved by a teammate meanwhile would fail the whole step and
  have it read again, while a lock makes the second writer wait its turn (seconds) and then
  work on what the first wrote. The memories' rows are taken `for no key update`, which an
  import replacing that memory (`select ... for update`, then delete) and another replace or
  undo of it wait for, and which lookups (no lock) and confirmed segments going into a project
  memory (its foreign key takes `for key share`, which does not conflict) never wait for; the
  units written are then taken `for update` and read again, in id order (no deadlock between
  two replaces), and the new text made from what they hold then: a page of them
  (`memory.upkeep.REPLACE_PAGE`) at a time, each page locked, written and journalled before the
  next is fetched from the cursor, so a replace in a million units never holds them all here.
* each replace is recorded with the member and the server's time (`t005_target_edits`);
  `memory undo` takes back the member's own last replace, and refuses in one line when any of
  its units changed since, naming who changed it and when (`units.changed_by`, which every
  write sets): a teammate's later work is never silently undone.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import psycopg

from workbench.core.memory import REPLACE_PAGE, ReplaceStep, StepEdit, TargetChange, UnitNow

_ISO = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'"
"""The server's times as the units' dates are written: ISO 8601 UTC to the second."""
UNITS_PER_UPDATE = 5_000
"""Units one statement of a replace or an undo rewrites. Each rewrites the unit's index entries
(about 1 ms a unit on a busy machine); the server ends a statement after 30 s
(`server.STATEMENT_TIMEOUT_MS`), and the batches share the command's one transaction, so a
replace of a word in 100,000 units is still all or nothing."""
ROWS_PER_FETCH = 2_000
"""Rows a server-side cursor hands over at once: few enough to keep this process small on a
memory of millions, many enough that the round trips do not count. A replace's rows (each target
whole, twice in its journal) come a page (`REPLACE_PAGE`) at a time, the page it writes."""


class TeamUpkeep:
    """`MemoryUpkeep` of the shared memory on a team server, written in `member`'s name."""

    refuses_changed_since = True

    def __init__(self, conn: psycopg.Connection, *, member: str, project_memory: str, source_lang: str, target_lang: str) -> None:
        self.conn = conn
        self.member = member
        self.project_memory = project_memory
        self.source_lang = source_lang
        self.target_lang = target_lang

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        with self.conn.transaction():
            self.conn.execute("set transaction isolation level repeatable read, read only")
            yield

    def writing(self) -> contextlib.AbstractContextManager[Any]:
        return self.conn.transaction()

    def memories(self) -> dict[str, tuple[int, str]]:
        return {name: (int(memory_id), kind) for memory_id, name, kind in self.conn.execute(
            "select id, name, kind from memories order by name collate \"C\"")}

    def lock_memories(self, memory_ids: Sequence[int]) -> None:
        self.conn.execute("select id from memories where id = any(%s) order by id for no key update", (list(memory_ids),))

    def _streamed(self, name: str, query: str, params: Sequence[Any], *, rows: int = ROWS_PER_FETCH) -> Iterator[tuple[Any, ...]]:
        with self.conn.cursor(name=name) as cursor:
            cursor.itersize = rows
            cursor.execute(query, params)
            yield from cursor

    def pair_rows(self, memory_ids: Sequence[int]) -> Iterable[tuple[int, str, str]]:
        return self._streamed(
            "upkeep_pairs",
            "select id, source, target from units where memory_id = any(%s) "
            "order by source collate \"C\", target collate \"C\", coalesce(changed, '') collate \"C\" desc, id desc",
            (list(memory_ids),),
        )

    def unit_rows(self, memory_ids: Sequence[int]) -> Iterable[tuple[Any, ...]]:
        return self._streamed(
            "upkeep_units",
            "select u.id, u.memory_id, u.source, u.target, m.source_lang, m.target_lang, u.status, u.confidence, "
            "null, u.changed, null, null, null, null, nullif(left(u.changed_by, 256), '') from units u join memories m on m.id = u.memory_id "
            "where u.memory_id = any(%s) order by u.memory_id, u.id",
            (list(memory_ids),),
        )

    def conflict_rows(self, memory_ids: Sequence[int]) -> Iterable[tuple[str, str, int]]:
        return self._streamed(
            "upkeep_conflicts",
            "select source, target, memory_id from units where memory_id = any(%s) and source in ("
            "select source from units where memory_id = any(%s) group by source having count(distinct target) > 1) "
            "order by source collate \"C\", id",
            (list(memory_ids), list(memory_ids)),
        )

    def target_rows(self, memory_ids: Sequence[int], containing: str | None) -> Iterable[tuple[Any, ...]]:
        holding = "" if containing is None else "and strpos(target, %s) > 0 "
        return self._streamed(
            "upkeep_targets",
            f"select id, memory_id, source, target, changed, changed_by from units where memory_id = any(%s) {holding}order by id",
            (list(memory_ids), *(() if containing is None else (containing,))),
            rows=REPLACE_PAGE,
        )

    def lock_units(self, unit_ids: Sequence[int]) -> dict[int, UnitNow]:
        return {
            int(unit_id): UnitNow(source, target, changed, changed_by)
            for unit_id, source, target, changed, changed_by in self.conn.execute(
                "select id, source, target, changed, changed_by from units where id = any(%s) order by id for update",
                (list(unit_ids),),
            )
        }

    def record_replace(self, find: str, replacement: str, pages: Iterable[Sequence[TargetChange]]) -> int | None:
        """Each page journalled (`copy`) and written as it comes, the step's count set at its end:
        one transaction, the pages' units already locked in id order by `lock_units`."""
        step: int | None = None
        count = 0
        for page in pages:
            if not page:
                continue
            if step is None:
                row = self.conn.execute(
                    "insert into target_edit_steps(find, replacement, member, units) values (%s, %s, %s, 0) returning step",
                    (find, replacement, self.member),
                ).fetchone()
                assert row is not None
                step = int(row[0])
            with self.conn.cursor().copy(
                "copy target_edits(step, unit_id, memory, source, before, after, changed_before, changed_by_before) from stdin"
            ) as copy:
                for c in page:
                    copy.write_row((step, c.unit_id, c.memory, c.source, c.before, c.after, c.changed, c.changed_by))
            for batch in _batches(page):
                self.conn.execute(
                    f"update units u set target = v.after, changed = to_char(now() at time zone 'UTC', {_ISO}), changed_by = %s "
                    "from unnest(%s::bigint[], %s::text[]) as v(id, after) where u.id = v.id",
                    (self.member, [c.unit_id for c in batch], [c.after for c in batch]),
                )
            count += len(page)
        if step is not None:
            self.conn.execute("update target_edit_steps set units = %s where step = %s", (count, step))
        return step

    def step_changes(self, step: int) -> Iterator[TargetChange]:
        return (
            TargetChange(int(unit_id), memory, source, before, after, changed, changed_by)
            for unit_id, memory, source, before, after, changed, changed_by in self._streamed(
                "upkeep_step",
                "select unit_id, memory, source, before, after, changed_before, changed_by_before from target_edits "
                "where step = %s order by unit_id",
                (step,),
                rows=REPLACE_PAGE,
            )
        )

    def last_step(self) -> ReplaceStep | None:
        row = self.conn.execute(
            f"select step, find, replacement, units, member, to_char(at at time zone 'UTC', {_ISO}) from target_edit_steps "
            "where member = %s order by step desc limit 1 for update",
            (self.member,),
        ).fetchone()
        return None if row is None else ReplaceStep(int(row[0]), row[1], row[2], int(row[3]), row[4], row[5])

    def step_edits(self, step: ReplaceStep) -> list[StepEdit]:
        # the memories first, then the units, in id order: the order a replace locks them in
        self.conn.execute(
            "select id from memories where name in (select memory from target_edits where step = %s) order by id for no key update",
            (step.step,),
        )
        now = self.lock_units([int(r[0]) for r in self.conn.execute(
            "select unit_id from target_edits where step = %s order by unit_id", (step.step,))])
        return [
            StepEdit(int(unit_id), memory, source, before, after, changed_before, changed_by_before, now.get(int(unit_id)))
            for unit_id, memory, source, before, after, changed_before, changed_by_before in self.conn.execute(
                "select unit_id, memory, source, before, after, changed_before, changed_by_before from target_edits "
                "where step = %s order by unit_id",
                (step.step,),
            )
        ]

    def take_back(self, step: ReplaceStep, edits: Sequence[StepEdit]) -> None:
        for batch in _batches(edits):
            self.conn.execute(
                "update units u set target = v.before, changed = v.changed, changed_by = v.changed_by "
                "from unnest(%s::bigint[], %s::text[], %s::text[], %s::text[]) as v(id, before, changed, changed_by) "
                "where u.id = v.id",
                ([e.unit_id for e in batch], [e.before for e in batch], [e.changed_before for e in batch],
                 [e.changed_by_before for e in batch]),
            )
        self.conn.execute("delete from target_edit_steps where step = %s", (step.step,))


def _batches(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), UNITS_PER_UPDATE):
        yield items[start:start + UNITS_PER_UPDATE]
