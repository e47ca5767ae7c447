"""Start the long tests first, one share of them on each worker.

`make test` runs the suite on several workers with xdist's work stealing: the scheduler gives
each worker a contiguous slice of the collection at the start, each worker runs its slice in
order, and a worker that runs dry steals the *end* of the longest queue left. Tests are
collected file by file, so the minute-long ones (a vendor's CI job, an editor's day, a replace
at scale) sat wherever their files fell, often at a slice's end: a worker ran one of them alone
while the others had stopped (session 44: the last 1% of the run took 5 of its 19 minutes).

So every worker reorders the collection the same way before the scheduler slices it: the tests
`tests/durations.tsv` names as long are dealt to the slices so that each slice's total time is
as even as it can be (longest first, each to the slice with the least time so far: the
classic longest-processing-time rule), and each slice starts with its long tests. What a
worker steals at the end is then short. A test the file does not know counts as short; a
name the collection no longer holds is ignored, so the file goes stale gracefully.
`pytest --record-durations tests/durations.tsv` writes it anew from a whole run.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TypeVar

DURATIONS = Path(__file__).with_name("durations.tsv")
#: Tests at least this long (seconds, setup to teardown) are written to the file.
LONG = 5.0

Item = TypeVar("Item")


def read_durations(path: Path = DURATIONS) -> dict[str, float]:
    """Seconds by test id; an absent or damaged file (it is only a hint) reads as no hint."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    durations: dict[str, float] = {}
    for line in lines:
        seconds, _, nodeid = line.partition("\t")
        try:
            durations[nodeid] = float(seconds)
        except ValueError:
            continue
    return durations


def write_durations(durations: Mapping[str, float], path: Path) -> None:
    """The tests at least `LONG` seconds long, longest first."""
    long = sorted(((s, n) for n, s in durations.items() if s >= LONG), reverse=True)
    path.write_text("".join(f"{s:.1f}\t{n}\n" for s, n in long), encoding="utf-8")


def slice_sizes(count: int, workers: int) -> list[int]:
    """How many tests xdist's work stealing hands each worker at the start (its `check_schedule`
    gives the i-th idle worker the pending count divided by the workers still to serve)."""
    sizes = []
    left = count
    for i in range(workers):
        size = left // (workers - i)
        sizes.append(size)
        left -= size
    return sizes


def long_first(items: Sequence[Item], seconds: Sequence[float], workers: int) -> list[Item]:
    """`items` reordered so that each of `workers` slices starts with its share of long tests.

    `seconds[i]` is the known length of `items[i]`, 0 where unknown. Short tests keep their
    collection order (tests of one file stay together, as their module fixtures want)."""
    sizes = slice_sizes(len(items), workers)
    slices: list[list[int]] = [[] for _ in sizes]
    # (time so far, slice) for the slices with room left.
    room = [(0.0, i) for i, size in enumerate(sizes) if size]
    heapq.heapify(room)
    long = sorted((i for i, s in enumerate(seconds) if s > 0), key=lambda i: -seconds[i])
    for index in long:
        if not room:
            break
        total, chosen = heapq.heappop(room)
        slices[chosen].append(index)
        if len(slices[chosen]) < sizes[chosen]:
            heapq.heappush(room, (total + seconds[index], chosen))
    placed = {index for part in slices for index in part}
    short = iter(i for i in range(len(items)) if i not in placed)
    for part, size in zip(slices, sizes, strict=True):
        part.extend(next(short) for _ in range(size - len(part)))
    return [items[i] for part in slices for i in part]
