"""A clock under which every pattern search seems to take the same time, for the search allowances."""

from __future__ import annotations


class SteadyClock:
    """Every search seems to take `seconds`: each reading moves half of it, and a search reads twice
    (both clocks a check or a segmenter may read move alike)."""

    def __init__(self, seconds: float) -> None:
        self.now = 0.0
        self.step = seconds / 2

    def thread_time(self) -> float:
        self.now += self.step
        return self.now

    perf_counter = thread_time
