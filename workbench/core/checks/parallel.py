"""Running the check families on two cores: this process and one forked child.

The work is cut into tasks, and both processes take the next task not yet taken
(a counter in shared memory) until none is left, so both end within one small
task of each other whatever the families cost on this project and this machine.
A task is a whole family, or a run of segments of a family that can be split by
segments (`Family.part`: the term checks, the numbers). The order
of the list does the balancing:

1. first the runs of the families whose `finish` weighs the whole project (the
   terms' variant mixes): half of the segments each. The child sends its halves
   back as soon as it is past them, and this process finishes those families
   (about a second for the terms at 100,000 pairs) while the child goes on, in
   place of after both are done;
2. then the whole families, the dearest first (`COST`), so the big ones start early;
3. last, runs of `CHUNK` segments of the other splittable families, whose
   `finish` only strings their parts together: small tasks that fill up
   whichever process is ahead, so neither waits long for the other.

What the child finds comes back pickled through a pipe. Every family's findings
are then put together in the family's own order (the parts in segment order),
so the result is the list the serial run gives, finding for finding.

The child is forked, not spawned: it starts with the segments, the termbase
enforcer and the speller already built and their caches warm, where a
spawned one would rebuild them (seconds for a large termbase). Forking is
only safe where no other thread of this process may hold a lock the child
needs (the Hunspell and lemmatiser locks), so it is the caller's choice
(`workers`): the command line asks for it, the TUI, whose other threads
underline spelling while checks run, does not. A child that dies (killed, out
of memory) costs time, not findings: what it took and did not send is done here.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from typing import Any

from workbench.core.checks.base import REGISTRY, CheckContext, Family, Finding
from workbench.core.forked import enter_child, send_to_parent, start_shielded

MIN_SEGMENTS = 2000
"""Below this a run takes well under a second: forking would cost more than it saves."""

CHUNK = 2500
"""Segments in one filler task: at 100,000 pairs a tenth of a second of numbers or less,
and few enough tasks that taking them costs nothing worth counting."""

COST = {
    "typography": 2.7,
    "consistency": 1.6,
    "spelling": 1.4,
    "literals": 1.1,
    "lengths": 0.2,
    "completeness": 0.1,
}
"""CPU seconds of the families that run whole, on one core over the 100,000-pair
benchmark (`bench/bench_checks.py`, 2026-12-03 15:18-15:25, idle machine, one
run, rounded; spelling from the 18:44-18:54 run). Only their order is taken
from it (the dearest first), so a stale figure costs little: the filler tasks
even out the rest. The families split by segments need no figure. A family not
listed costs little."""

Planned = Sequence[tuple[Family, frozenset[str]]]
"""Families to run, each with the check ids wanted of it."""

Place = Callable[[Iterable[Finding]], list[Finding]]
"""What the runner does to a family's findings once they are all found (severities, ids)."""


@dataclass(frozen=True)
class Task:
    """One piece of a run: a family's checks over all segments, or over a run of them."""

    family: Family
    checks: frozenset[str]
    part: slice | None
    """The run of segments taken (the family's `part`), or None for the whole family."""


def run_families(context: CheckContext, planned: Planned, workers: int, place: Place) -> dict[str, list[Finding]]:
    """Each planned family's findings after `place`, by family name; on two processes when
    `workers` >= 2. A family's findings are placed as soon as they are all found, in the
    process that has them: off the end of the run, where this process alone works.

    Progress counts both processes' segments: the child adds its count to a
    shared number, which this process reports with its own.
    """
    if (
        workers < 2
        or len(planned) < 2
        or len(context.segments) < MIN_SEGMENTS
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return {family.name: place(family.run(context, checks)) for family, checks in planned}
    tasks, first = plan(planned, len(context.segments))
    found = _Run(context, tasks, first, place).found(planned)
    if context.progress is not None:  # this process's last report may have come before the child's end
        context.progress(context.total, context.total)
    return found


def plan(planned: Planned, segments: int) -> tuple[list[Task], int]:
    """The tasks in the order they are taken, and how many of them come first (the runs of
    the families with a project-wide `finish`, which this process finishes early)."""
    first: list[Task] = []
    whole: list[Task] = []
    filler: list[Task] = []
    half = segments // 2
    for family, checks in planned:
        if family.part is None or family.finish is None:
            whole.append(Task(family, checks, None))
        elif any(REGISTRY[check].project_wide for check in checks):
            first.extend((Task(family, checks, slice(0, half)), Task(family, checks, slice(half, segments))))
        else:
            filler.extend(Task(family, checks, slice(start, min(start + CHUNK, segments)))
                          for start in range(0, segments, CHUNK))
    whole.sort(key=lambda task: -COST.get(task.family.name, 0.1))
    return first + whole + filler, len(first)


def _do(context: CheckContext, task: Task, place: Place) -> Any:
    """A whole family's findings (placed), or a run's part (`Family.part`)."""
    if task.part is None:
        return place(task.family.run(context, task.checks))
    assert task.family.part is not None
    return task.family.part(context, task.checks, task.part)


def _taken(counter: Any, count: int) -> Iterator[int]:
    """The indexes of the tasks this process takes, each taken by one process only."""
    while True:
        with counter.get_lock():
            index: int = counter.value
            counter.value = index + 1
        if index >= count:
            return
        yield index


def _child(
    context: CheckContext, tasks: list[Task], first: int, place: Place, counter: Any,
    parents_end: Connection, sending: Connection,
) -> None:
    """In the forked child: two messages, what it did of the first tasks, then of the rest
    (or the error it met). Ctrl-C is the parent's: it ends this daemonic child as it exits."""
    enter_child(parents_end)
    done: dict[int, Any] = {}
    sent_first = False
    try:
        for index in _taken(counter, len(tasks)):
            if index >= first and not sent_first:
                sending.send(("ok", done))
                done, sent_first = {}, True
            done[index] = _do(context, tasks[index], place)
        if not sent_first:
            sending.send(("ok", done))
            done = {}
        sending.send(("ok", done))
    except BrokenPipeError:  # the parent is gone (killed): nobody wants the rest
        pass
    except BaseException as error:  # noqa: BLE001  (the parent raises it)
        send_to_parent(sending, ("error", error))
    sending.close()


class _Run:
    """This process's side of a two-process run."""

    def __init__(self, context: CheckContext, tasks: list[Task], first: int, place: Place) -> None:
        self.tasks, self.first, self.place = tasks, first, place
        fork = multiprocessing.get_context("fork")
        self.counter = fork.Value("i", 0)
        child_walked = fork.RawValue("q", 0)
        report = context.progress

        def childs_progress(done: int, total: int) -> None:
            child_walked.value = done

        def both_progress(done: int, total: int) -> None:
            if report is not None:
                report(min(done + child_walked.value, total), total)

        self.context = replace(context, progress=both_progress)
        receiving, sending = fork.Pipe(duplex=False)
        self.receiving = receiving
        self.child = fork.Process(
            target=_child,
            args=(replace(context, progress=childs_progress), tasks, first, place, self.counter, receiving, sending),
            daemon=True,
        )
        start_shielded(self.child)
        sending.close()
        self.done: dict[int, Any] = {}
        """Every task's result so far, from either process."""
        self.messages = 0
        self.child_died = False

    def found(self, planned: Planned) -> dict[str, list[Finding]]:
        finished: dict[str, list[Finding]] | None = None
        try:
            for index in _taken(self.counter, len(self.tasks)):
                self.done[index] = _do(self.context, self.tasks[index], self.place)
                if finished is None and index >= self.first and self.receiving.poll():
                    finished = self._finish_first()
            if finished is None:
                finished = self._finish_first()
            self._receive()
            self._do_what_is_missing(range(len(self.tasks)))
        except BaseException:
            self.child.terminate()  # its findings are no longer wanted
            raise
        finally:
            self.receiving.close()
            self.child.join()
        return {family.name: finished[family.name] if family.name in finished else self._gathered(family, checks)
                for family, checks in planned}

    def _finish_first(self) -> dict[str, list[Finding]]:
        """The findings of the families split among the first tasks, once both halves are here."""
        self._receive()
        self._do_what_is_missing(range(self.first))
        families = {id(task.family): (task.family, task.checks) for task in self.tasks[: self.first]}
        return {family.name: self._gathered(family, checks) for family, checks in families.values()}

    def _receive(self) -> None:
        """The child's next message into `done` (nothing once it has died or sent both)."""
        if self.child_died or self.messages == 2:
            return
        try:
            outcome, payload = self.receiving.recv()
        except EOFError:  # the child died: what it took is done here
            self.child_died = True
            return
        if outcome == "error":
            raise payload
        self.messages += 1
        self.done.update(payload)

    def _do_what_is_missing(self, indexes: range) -> None:
        """After the child's message on `indexes`: tasks there it took but never sent (it died)."""
        for index in indexes:
            if index not in self.done:
                self.done[index] = _do(self.context, self.tasks[index], self.place)

    def _gathered(self, family: Family, checks: frozenset[str]) -> list[Finding]:
        """A family's findings from its task or from its runs' parts (`plan` lists them in order)."""
        mine = [index for index, task in enumerate(self.tasks) if task.family is family]
        if self.tasks[mine[0]].part is None:
            whole: list[Finding] = self.done[mine[0]]
            return whole
        assert family.finish is not None
        return self.place(family.finish(self.context, checks, [self.done[index] for index in mine]))
