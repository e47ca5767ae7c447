"""One check run at a time: what the app runs when several views ask for one.

The project view's auto-check, `c` in the project view, `R` in the findings view (the
whole project or one document), a sense answer and the terms read anew each ask the app
for a check run. Two runs at once cost twice the time on two cores, and the one that
ended later won, whichever was asked for last: the findings listed and the project's
recorded last run could be an older request's. So the app keeps one run going and one
waiting; a request made while a run goes on cuts that run short and waits behind it.

The request that waits is the newest's: its terms (None: the termbases as they are when
it starts), and the settings and text of the project as they are then. Its scope covers
every request it took the place of: a full run asked for and cut short is still owed to
whoever asked, so a document's run asked after it checks the whole project, and two
different documents' runs make one full run. Each asker keeps one watcher (its newest): told
when its run starts (what runs, for its status line), its progress, and its end, once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workbench.core.progress import Progress
from workbench.tui.host import Done


@dataclass(frozen=True)
class CheckWatcher:
    """One asker's callbacks, called on the app's thread."""

    asker: object = None
    """Who asked (a view): its newer request's watcher takes the place of its older one's, so a
    view asking twice while a run goes on is told once (None: each watcher stays)."""
    started: Callable[[str], None] | None = None
    """Told what runs (`WorkbenchApp.check_label`) when the run it waits for starts."""
    progress: Progress | None = None
    """The run's progress, (segments walked, segments in all)."""
    done: Done | None = None
    """The run's end: a one-line message and a notification severity."""


@dataclass(frozen=True)
class CheckRequest:
    """A check run asked for: its scope, its terms and who waits for it."""

    document: int | None = None
    """A document's id: that document's segments alone; None: the whole project."""
    terms: Any | None = None
    """The term enforcer to run with (just read by the app); None: the termbases read anew."""
    watchers: tuple[CheckWatcher, ...] = ()

    def replacing(self, earlier: CheckRequest) -> CheckRequest:
        """This request in the place of `earlier`, which has not run or was cut short: this one's
        terms, a scope covering both, and both's watchers (each told once, at the run's end)."""
        document = self.document if self.document == earlier.document else None
        askers = {id(watcher.asker) for watcher in self.watchers if watcher.asker is not None}
        kept = tuple(watcher for watcher in earlier.watchers
                     if watcher.asker is None or id(watcher.asker) not in askers)
        return CheckRequest(document, self.terms, kept + self.watchers)


class CheckRuns:
    """The run under way and the one waiting behind it; the app calls it on its own thread only."""

    def __init__(self) -> None:
        self.running: CheckRequest | None = None
        """The request whose run is under way (cut short or not), until its thread has ended."""
        self.waiting: CheckRequest | None = None
        """The request to run once the run under way has ended (it covers that run's askers)."""

    def ask(self, request: CheckRequest) -> CheckRequest | None:
        """`request` made: the request to start now, or None when a run is under way (the caller
        cuts it short; `ended` then gives what waits)."""
        if self.running is None:
            self.running = request
            return request
        self.waiting = request.replacing(self.waiting or self.running)
        return None

    def ended(self) -> CheckRequest | None:
        """The run under way ended (finished, failed or cut short): the request to start now, if any."""
        self.running, self.waiting = self.waiting, None
        return self.running

    @property
    def superseded(self) -> bool:
        """The run under way has a newer request waiting: its findings are no longer wanted."""
        return self.waiting is not None
