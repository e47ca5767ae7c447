"""The second-core call: same result as in-process, errors raised here, a dead child's share redone."""

from __future__ import annotations

import os
import signal

import pytest

from workbench.core.forked import Forked


def _pid_and_square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


def test_the_call_runs_in_a_child_and_its_result_comes_back() -> None:
    pid, value = Forked(lambda: _pid_and_square(12), fork=True).result()
    assert value == 144
    assert pid != os.getpid()


def test_without_fork_the_call_runs_here_when_asked() -> None:
    pid, value = Forked(lambda: _pid_and_square(3), fork=False).result()
    assert (pid, value) == (os.getpid(), 9)


def test_the_childs_error_is_raised_in_the_caller() -> None:
    def fails() -> int:
        raise ValueError("bad row 7")

    with pytest.raises(ValueError, match="bad row 7"):
        Forked(fails, fork=True).result()


def test_a_child_killed_midway_costs_time_not_the_result() -> None:
    parent = os.getpid()

    def dies_in_the_child() -> int:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return 42

    assert Forked(dies_in_the_child, fork=True).result() == 42


def test_a_fallback_stands_in_for_a_call_only_a_child_may_make() -> None:
    parent = os.getpid()

    def child_only() -> str:
        assert os.getpid() != parent, "this call may not run in the caller"
        os.kill(os.getpid(), signal.SIGKILL)
        return "never"

    assert Forked(child_only, fork=True, fallback=lambda: "here").result() == "here"
    assert Forked(child_only, fork=False, fallback=lambda: "here").result() == "here"
