"""The suite's order: each worker of xdist's real scheduler starts with its share of long tests."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest
from xdist.scheduler import WorkStealingScheduling

from tests.long_first import long_first, read_durations, slice_sizes, write_durations


@dataclass(eq=False)
class Worker:
    """What the scheduler needs of a worker: an id, a state, and a way to be sent tests."""

    name: str
    shutting_down: bool = False
    sent: list[int] = field(default_factory=list)

    @property
    def gateway(self) -> SimpleNamespace:
        return SimpleNamespace(id=self.name)

    def send_runtest_some(self, indices: list[int]) -> None:
        self.sent.extend(indices)


def scheduled(collection: list[str], workers: int) -> list[list[str]]:
    """The tests xdist's work stealing hands each worker at the start, in order."""
    config = SimpleNamespace(getvalue=lambda name: [f"{workers}*popen"] if name == "tx" else None)
    scheduler = WorkStealingScheduling(config)  # type: ignore[arg-type]
    nodes = [Worker(f"gw{i}") for i in range(workers)]
    for node in nodes:
        scheduler.add_node(node)  # type: ignore[arg-type]
        scheduler.add_node_collection(node, collection)  # type: ignore[arg-type]
    scheduler.schedule()
    return [[collection[i] for i in node.sent] for node in nodes]


@pytest.mark.parametrize("workers", [2, 4, 8])
def test_each_worker_starts_with_an_even_share_of_the_long_tests(workers: int) -> None:
    rng = random.Random(workers)
    names = [f"tests/test_{i // 7}.py::test_{i}" for i in range(1003)]
    # Eleven long tests, gathered at the collection's end as the slow files were.
    seconds = {name: 0.0 for name in names}
    for name, length in zip(names[-40::4], [90, 80, 70, 60, 50, 40, 30, 20, 15, 10, 6], strict=False):
        seconds[name] = float(length)
    rng.shuffle(names)
    ordered = long_first(names, [seconds[n] for n in names], workers)

    assert sorted(ordered) == sorted(names)
    slices = scheduled(ordered, workers)
    assert [len(part) for part in slices] == slice_sizes(len(names), workers)
    totals = [sum(seconds[n] for n in part) for part in slices]
    for part in slices:
        long = [n for n in part if seconds[n]]
        # The long tests come first on every worker, longest first.
        assert part[: len(long)] == sorted(long, key=lambda n: -seconds[n])
        assert seconds[part[0]] > 0
    # Dealt longest first to the lightest worker: no worker holds more than the lightest
    # plus the longest test it was dealt.
    assert max(totals) - min(totals) <= 90


def test_short_tests_keep_their_collection_order() -> None:
    names = [f"t{i}" for i in range(20)]
    seconds = [0.0] * 20
    seconds[17] = 30.0
    ordered = long_first(names, seconds, 2)
    assert ordered[0] == "t17"
    assert [n for n in ordered if n != "t17"] == [n for n in names if n != "t17"]


def test_the_file_keeps_the_long_tests_and_a_damaged_line_is_no_hint(tmp_path: Path) -> None:
    path = tmp_path / "durations.tsv"
    write_durations({"a::slow": 61.25, "a::quick": 0.3, "b::slower": 120.0}, path)
    assert path.read_text() == "120.0\tb::slower\n61.2\ta::slow\n"
    path.write_text(path.read_text() + "not a number\tc::x\n\n")
    assert read_durations(path) == {"b::slower": 120.0, "a::slow": 61.2}
    assert read_durations(tmp_path / "absent.tsv") == {}
