"""A core function held on its worker until the test lets it go.

The "answers keys while ..." tests made a core function slow with a `sleep` and asserted that
the keys pressed meanwhile took less than half of it: a clock, which a loaded machine (CI's, a
full suite's) broke with no fault in the app (1.6 s for 1.5 s allowed). Held instead, the call
cannot end before the test releases it, so keys answered while it is held were answered off the
drawing thread, however slow the machine. Were the call on the drawing thread, the keys would
wait for it: it gives up after `LIMIT` seconds and says so (`overran`), and the test fails.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

LIMIT = 30.0
"""Seconds a held call waits for its release before it goes on alone (and the test fails)."""


class Hold:
    """Holds every call of the functions it wraps (or that calls `hold`) until `release`."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self._released = threading.Event()
        self.overran = False

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """`function`, each call held first."""
        def held(*args: Any, **kwargs: Any) -> Any:
            self.hold()
            return function(*args, **kwargs)

        return held

    def hold(self) -> None:
        """Wait here for the release (at most `LIMIT` seconds)."""
        self.started.set()
        if not self._released.wait(LIMIT):
            self.overran = True

    def release(self) -> None:
        self._released.set()
