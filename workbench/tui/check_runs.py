"""One check run at a time: what the app runs when several views ask for one.

The project view's auto-check, `c` there, `R` in the findings view (the project or one
document), a sense answer and the terms read anew each ask the app for a check run
(`WorkbenchApp.run_checks`). Two runs at once cost twice the time on two cores, and the one
that ended later won, whichever was asked for last: the findings listed and the project's
recorded last run could be an older request's, and the view that asked for the older one was
never told it had ended (the findings view stayed «Checking…»).

So the newest request wins: it cuts the run under way short (the run stops at its next
progress report and reports nothing) and starts once that run has stopped. It takes the place
of the request it cut short: its terms and the project as they are when it starts, a scope
covering both (a full run cut short is still owed to whoever asked, so a document's run asked
after it checks the whole project), and both requests' watchers, so every view that asked is
told of the newest run's progress and end, once (a view asking twice keeps its newest watcher).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.core.progress import Progress
from workbench.tui.host import Done


@dataclass(frozen=True)
class CheckWatcher:
    """One asker's callbacks, called on the app's thread."""

    asker: object = None
    """Who asked (a view): its newer watcher takes the place of its older one, so a view asking
    twice while a run goes on is told once (None: every such watcher stays)."""
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
        """This request in the place of `earlier`, which was cut short or never ran: this one's
        terms, a scope covering both, and both's watchers, each asker's newest once."""
        document = self.document if self.document == earlier.document else None
        askers = {id(watcher.asker) for watcher in self.watchers if watcher.asker is not None}
        kept = tuple(watcher for watcher in earlier.watchers
                     if watcher.asker is None or id(watcher.asker) not in askers)
        return CheckRequest(document, self.terms, kept + self.watchers)
