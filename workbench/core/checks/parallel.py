"""Running the check families on two cores: this process and one forked child.

Each family looks at the whole list of segments and owes nothing to the
others, so the families split cleanly: the child runs some of them and sends
their findings back through a pipe, this process runs the rest. The findings
are then handled in the usual family order, so the result is the same list
the serial run gives, finding for finding.

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
from multiprocessing.connection import Connection
from typing import Any

from workbench.core.checks.base import CheckContext, Family, Finding

MIN_SEGMENTS = 2000
"""Below this a run takes well under a second: forking would cost more than it saves."""

COST = {
    "terms": 27.0,
    "numbers": 7.5,
    "typography": 6.5,
    "spelling": 5.0,
    "consistency": 4.0,
    "literals": 1.5,
    "lengths": 0.5,
}
"""CPU seconds of each family on one core over the 100,000-pair benchmark
(`bench/bench_checks.py`, 2026-12-02, busy machine, rounded): what the split
balances. A family not listed costs little."""

Planned = Sequence[tuple[Family, frozenset[str]]]
"""Families to run, each with the check ids wanted of it."""


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
    here, there = split(planned)
    context.total = len(context.segments) * len(here)
    receiving, sending = multiprocessing.get_context("fork").Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(
        target=_child, args=(sending, replace(context, progress=None), there), daemon=True
    )
    child.start()
    sending.close()
    try:
        found = {family.name: list(family.run(context, checks)) for family, checks in here}
        try:
            outcome, payload = receiving.recv()
        except EOFError:  # the child died (killed, out of memory): do its share here
            outcome, payload = "ok", {family.name: list(family.run(context, checks)) for family, checks in there}
    finally:
        receiving.close()
        child.join()
    if outcome == "error":
        raise payload
    found.update(payload)
    return found


def split(planned: Planned) -> tuple[list[tuple[Family, frozenset[str]]], list[tuple[Family, frozenset[str]]]]:
    """Two shares of about equal cost: the dearest family first, each to the lighter share."""
    shares: tuple[list[tuple[Family, frozenset[str]]], list[tuple[Family, frozenset[str]]]] = ([], [])
    loads = [0.0, 0.0]
    for item in sorted(planned, key=lambda item: -COST.get(item[0].name, 0.1)):
        lighter = 0 if loads[0] <= loads[1] else 1
        shares[lighter].append(item)
        loads[lighter] += COST.get(item[0].name, 0.1)
    return shares


def _child(sending: Connection, context: CheckContext, there: Planned) -> None:
    """In the forked child: run its share and send the findings (or the error) back."""
    result: tuple[str, Any]
    try:
        result = ("ok", {family.name: list(family.run(context, checks)) for family, checks in there})
    except BaseException as error:  # noqa: BLE001  (the parent raises it)
        result = ("error", error)
    sending.send(result)
    sending.close()
