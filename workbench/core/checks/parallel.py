"""Running the check families on two cores: this process and one forked child.

Each family looks at the whole list of segments and owes nothing to the
others, so the families split cleanly: the child runs some of them and sends
their findings back through a pipe, this process runs the rest. The term
checks cost about as much as all the others together, so they are split too,
by segments (`Family.part`): the child enforces the termbase on the first
run of segments, this process on the rest, and the variant mixes are weighed
here over both. What the child finds comes back pickled, and a part of the
term checks carries every term use (for the variant mixes) besides its
findings, so the child takes the whole families first and as few segments
of the terms as the balance needs. The findings are then handled in the usual family order, so
the result is the same list the serial run gives, finding for finding.

The child is forked, not spawned: it starts with the segments, the termbase
enforcer and the speller already built and their caches warm, where a
spawned one would rebuild them (seconds for a large termbase). Forking is
only safe where no other thread of this process may hold a lock the child
needs (the Hunspell and lemmatiser locks), so it is the caller's choice
(`workers`): the command line asks for it, the TUI, whose other threads
underline spelling while checks run, does not.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from workbench.core.checks.base import CheckContext, Family, Finding
from workbench.core.forked import Forked

MIN_SEGMENTS = 2000
"""Below this a run takes well under a second: forking would cost more than it saves."""

COST = {
    "terms": 16.1,
    "numbers": 5.5,
    "typography": 2.7,
    "consistency": 1.6,
    "spelling": 1.4,
    "literals": 1.1,
    "lengths": 0.2,
    "completeness": 0.1,
}
"""CPU seconds of each family on one core over the 100,000-pair benchmark
(`bench/bench_checks.py`, 2026-12-03 15:18-15:25, idle machine, one run,
rounded): what the split balances. A family not listed costs little.
The term checks are the one family split by segments, so they top up
whichever share is lighter. Re-measured after the twelfth session's number,
spelling and term speedups (the table before had terms 20.9, numbers 6.6,
spelling 3.0, from a busy hour)."""

Planned = Sequence[tuple[Family, frozenset[str]]]
"""Families to run, each with the check ids wanted of it."""

Share = list[tuple[Family, frozenset[str], slice | None]]
"""One process's work: families with their check ids and, for a family split between the
two processes, the run of segments it takes here (None: the whole family)."""


def run_families(context: CheckContext, planned: Planned, workers: int) -> dict[str, list[Finding]]:
    """Each planned family's findings, by family name; on two processes when `workers` >= 2.

    Progress is reported for this process's share only (the child cannot
    draw on the caller's terminal or screen).
    """
    if (
        workers < 2
        or len(planned) < 2
        or len(context.segments) < MIN_SEGMENTS
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return {family.name: list(family.run(context, checks)) for family, checks in planned}
    here, there = split(planned, len(context.segments))
    context.total = sum(_size(part, len(context.segments)) for _, _, part in here)
    theirs_pending = Forked(
        lambda: _run_share(replace(context, progress=None), there),
        fork=True,
        fallback=lambda: _run_share(context, there),  # the child died (killed, out of memory)
    )
    mine = _run_share(context, here)
    theirs = theirs_pending.result()
    found: dict[str, list[Finding]] = {}
    for family, checks in planned:
        if family.name in mine and family.name in theirs:  # split: the child took the first run
            assert family.finish is not None
            found[family.name] = list(family.finish(context, checks, [theirs[family.name], mine[family.name]]))
        else:
            found[family.name] = mine[family.name] if family.name in mine else theirs[family.name]
    return found


def split(planned: Planned, segments: int) -> tuple[Share, Share]:
    """Two shares of about equal cost, (this process's, the child's).

    Whole families go first, the dearest first: to the child while it stays
    within half the total cost, here otherwise. Then a family that can be split
    by segments (terms, which alone costs about as much as all the others) tops
    both shares up to the same cost: the child takes its first segments, this
    process the rest. The child filling up on whole families first keeps its part
    of the terms small: a part is its findings and its term uses, about a
    twentieth of its own time to send back and read here (the 100,000-pair
    benchmark: 8.5 MB, 0.3 s to write and 0.16 s to read for half the terms,
    which take 10 s to check), where whole families' findings cost less.
    """
    shares: tuple[Share, Share] = ([], [])
    loads = [0.0, 0.0]
    half = sum(COST.get(family.name, 0.1) for family, _ in planned) / 2
    whole = [item for item in planned if item[0].part is None or item[0].finish is None]
    for family, checks in sorted(whole, key=lambda item: -COST.get(item[0].name, 0.1)):
        side = 1 if loads[1] + COST.get(family.name, 0.1) <= half else 0
        shares[side].append((family, checks, None))
        loads[side] += COST.get(family.name, 0.1)
    for family, checks in [item for item in planned if item not in whole]:
        cost = COST.get(family.name, 0.1)
        child_fraction = min(1.0, max(0.0, (loads[0] - loads[1] + cost) / (2 * cost)))
        cut = round(child_fraction * segments)
        if cut <= 0:
            shares[0].append((family, checks, None))
        elif cut >= segments:
            shares[1].append((family, checks, None))
        else:
            shares[1].append((family, checks, slice(0, cut)))
            shares[0].append((family, checks, slice(cut, None)))
        loads[0] += cost * (1 - cut / segments)
        loads[1] += cost * cut / segments
    return shares


def _size(part: slice | None, segments: int) -> int:
    return segments if part is None else len(range(segments)[part])


def _run_share(context: CheckContext, share: Share) -> dict[str, Any]:
    """Each family's findings, or for a split family its part's value (`Family.part`)."""
    done: dict[str, Any] = {}
    for family, checks, part in share:
        if part is None:
            done[family.name] = list(family.run(context, checks))
        else:
            assert family.part is not None
            done[family.name] = family.part(context, checks, context.segments[part])
    return done
