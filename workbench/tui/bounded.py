"""Work the drawing thread waits for a moment and no longer.

The translation editor checks the segment under the cursor in the frame that moves the
cursor, so its panels never lag behind the grid: a millisecond or two for most segments. A
segment whose one word a hundred thousand concepts share took 9 s of term matching and checks
(hardening, round eighteen), and the app answered no key until they were done. `LatestOnly`
runs such work on a thread of its own and waits for it up to a budget: within it, the answer
is used at once as before; past it, the caller draws what it knows and gets the answer later.
A Textual worker cannot be waited for that way: its thread starts only when the event loop runs
again, which the waiting caller is holding up.

One thread runs one job at a time, the newest: a held key over such segments hands over a
job per move, and those not begun when a newer one comes are dropped, so the work in flight
stays one job, not one per key.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a job gave: its value, or the exception it raised (raised again where it is used)."""

    value: T | None = None
    error: Exception | None = None
    """Raised by `get` on the thread that uses the outcome, as the job would have raised there."""

    def get(self) -> T:
        if self.error is not None:
            raise self.error
        return cast(T, self.value)  # a job's value may itself be None


class _Ticket(Generic[T]):
    """One job handed over, and what became of it (guarded by its runner's lock)."""

    def __init__(self, job: Callable[[], T], late: Callable[[Outcome[T]], None]) -> None:
        self.job = job
        self.late = late
        self.outcome: Outcome[T] | None = None
        self.waited_out = False
        """The caller stopped waiting: the outcome goes to `late` when it comes."""


class LatestOnly(Generic[T]):
    """A daemon thread that runs the newest job handed to it (see the module's docstring)."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._lock = threading.Condition()
        self._queued: _Ticket[T] | None = None
        self._running: _Ticket[T] | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    def run(self, job: Callable[[], T], late: Callable[[Outcome[T]], None], budget: float) -> Outcome[T] | None:
        """Run `job` on the thread and wait up to `budget` seconds: its outcome if it ended by then.

        Otherwise None, and `late` is called with the outcome on the runner's thread when the job
        ends (it must be safe to call from there: Textual's `post_message` is). A job still
        waiting when a newer one is handed over never runs, and its `late` is never called."""
        ticket = _Ticket(job, late)
        with self._lock:
            # A job that outlasted its own budget is still running: this one cannot begin before it
            # ends, so waiting would only hold the caller up again (each move on a held key).
            deadline = time.monotonic() + (0 if self._running is not None and self._running.waited_out else budget)
            self._closed = False  # a screen shown again after `close`
            self._queued = ticket
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name=self._name, daemon=True)
                self._thread.start()
            self._lock.notify_all()
            while ticket.outcome is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    ticket.waited_out = True
                    return None
                self._lock.wait(left)
            return ticket.outcome

    def close(self) -> None:
        """Let the thread end after the job it is running (its outcome is then not delivered);
        the next `run` starts another."""
        with self._lock:
            self._closed = True
            self._queued = None
            self._lock.notify_all()

    def _serve(self) -> None:
        while True:
            with self._lock:
                while self._queued is None and not self._closed:
                    self._lock.wait()
                if self._closed:
                    if self._thread is threading.current_thread():
                        self._thread = None
                    return
                ticket = self._queued
                assert ticket is not None
                self._queued, self._running = None, ticket
            try:
                outcome: Outcome[T] = Outcome(value=ticket.job())
            except Exception as error:  # noqa: BLE001  (handed to the caller, raised on its thread)
                outcome = Outcome(error=error)
            with self._lock:
                ticket.outcome, self._running = outcome, None
                deliver = ticket.waited_out and not self._closed
                self._lock.notify_all()
            if deliver:
                ticket.late(outcome)
