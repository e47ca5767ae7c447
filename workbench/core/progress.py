"""Progress reports from long operations (import, alignment, checks) to whoever shows them.

Core functions take an optional `Progress` and call it as they advance; the
TUI turns the calls into a progress bar, the CLI passes nothing. An operation
made of steps hands each step a `part` of its own bar, so nested work (an
import that aligns) fills one bar from left to right.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
"""Called with (work done, work in all) as an operation advances."""

SCALE = 1000
"""Steps of a bar that `part` reports in."""


def reach(progress: Progress | None, fraction: float) -> None:
    """Tell `progress` (if any) that `fraction` of the work is done."""
    if progress is not None:
        progress(round(SCALE * fraction), SCALE)


def part(progress: Progress | None, start: float, stop: float) -> Progress | None:
    """A `Progress` for a step that fills the fractions `start`..`stop` of `progress`."""
    if progress is None:
        return None
    parent = progress

    def report(done: int, total: int) -> None:
        fraction = min(done / total, 1.0) if total > 0 else 1.0
        reach(parent, start + (stop - start) * fraction)

    return report
