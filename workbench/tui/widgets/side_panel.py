"""A panel of the editor's side tabs that draws only while it can be seen.

Textual repaints a widget in a hidden tab all the same, and a repaint of any
widget that is not on screen makes the compositor arrange the whole screen
again (its full map) the next time any widget's place is asked for. The
findings and memory panels, redrawn behind the terms tab on every move, did
that two or three times a move at 50,000 segments. A hidden panel therefore
keeps its state up to date (what the screen reads from it) and draws it
only when it is shown: when the screen brings its tab forward (`draw_now`),
or at the latest when Textual shows it (`Show`, e.g. a narrow terminal's
panel toggled back).
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.containers import Vertical
from textual.widget import Widget


class SidePanel(Vertical):
    """A side panel whose drawing waits while it is hidden; only the newest drawing is kept."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._pending: Callable[[], None] | None = None

    @property
    def stale(self) -> bool:
        """What is drawn is older than the panel's state (it is hidden and has something to draw)."""
        return self._pending is not None

    def draw(self, drawing: Callable[[], None]) -> None:
        """Run `drawing` now if the panel can be seen, else when it is shown."""
        if self._hidden():
            self._pending = drawing
            return
        self._pending = None
        drawing()

    def draw_now(self) -> None:
        """The panel is being shown: draw what waited."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending()

    def _hidden(self) -> bool:
        return any(isinstance(node, Widget) and not node.display for node in self.ancestors_with_self)

    def on_show(self, event: events.Show) -> None:
        self.draw_now()
