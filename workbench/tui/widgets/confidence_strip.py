"""A minimap of alignment confidence for the whole document, beside the pair rows.

Each line of the strip stands for a run of consecutive pairs and takes the
colour of the weakest unconfirmed pair in it, so clusters of doubtful pairs
(where the alignment slipped) show at a glance however long the document is.
A marker shows which part is on screen; a click jumps to the weakest pair of
that run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment as RichSegment
from rich.style import Style as RichStyle
from textual import events
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from workbench.core.project import Segment
from workbench.tui.widgets.segment_grid import confidence_level

_RANK = {"weak": 3, "fair": 2, "good": 1, "none": 0}


class ConfidenceStrip(Widget):
    """Two cells wide: the confidence colour, then the viewport marker."""

    DEFAULT_CSS = """
    ConfidenceStrip {
        width: 2;
        height: 1fr;
    }
    ConfidenceStrip > .confidence-strip--weak { color: $error; }
    ConfidenceStrip > .confidence-strip--fair { color: $warning; }
    ConfidenceStrip > .confidence-strip--good { color: $success 60%; }
    ConfidenceStrip > .confidence-strip--none { color: $foreground 20%; }
    ConfidenceStrip > .confidence-strip--viewport { color: $accent; }
    """
    COMPONENT_CLASSES: ClassVar = {
        "confidence-strip--weak",
        "confidence-strip--fair",
        "confidence-strip--good",
        "confidence-strip--none",
        "confidence-strip--viewport",
    }

    class Jumped(Message):
        """The reviewer clicked the strip: go to pair `index`."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._segments: Sequence[Segment] = ()
        self._levels: list[str] = []
        self._weakest: list[int] = []
        self._viewport = (0, 0)
        self._layout_key: tuple[int, int, int] | None = None
        self._version = 0

    def show(self, segments: Sequence[Segment]) -> None:
        """The pairs changed: recompute the runs on the next paint."""
        self._segments = segments
        self._version += 1
        self._layout_key = None
        self.refresh()

    def set_viewport(self, first: int, count: int) -> None:
        """Rows `first .. first+count-1` are on screen in the grid."""
        if (first, count) != self._viewport:
            self._viewport = (first, count)
            self.refresh()

    def run_of_line(self, y: int) -> range:
        """The pairs line `y` stands for."""
        total, height = len(self._segments), max(1, self.size.height)
        if not total or y >= height:
            return range(0)
        start = y * total // height
        return range(start, max((y + 1) * total // height, start + 1))

    def _layout(self) -> None:
        key = (self._version, len(self._segments), self.size.height)
        if key == self._layout_key:
            return
        self._layout_key = key
        self._levels, self._weakest = [], []
        for y in range(self.size.height):
            worst, worst_rank, worst_index = "none", -1, -1
            for index in self.run_of_line(y):
                segment = self._segments[index]
                level = confidence_level(segment)
                rank = _RANK[level]
                if rank > worst_rank or (
                    rank == worst_rank
                    and level == "weak"
                    and (segment.confidence or 0) < (self._segments[worst_index].confidence or 0)
                ):
                    worst, worst_rank, worst_index = level, rank, index
            self._levels.append(worst)
            self._weakest.append(worst_index)

    def render_line(self, y: int) -> Strip:
        self._layout()
        if y >= len(self._levels) or self._weakest[y] < 0:
            return Strip.blank(self.size.width, self.rich_style)
        def style(name: str) -> RichStyle:
            return self.get_component_rich_style(name, partial=True)

        run = self.run_of_line(y)
        first, count = self._viewport
        on_screen = run.start < first + count and first < run.stop
        cells = [
            RichSegment("█", style(f"confidence-strip--{self._levels[y]}")),
            RichSegment("◀" if on_screen else " ", style("confidence-strip--viewport")),
        ]
        return Strip(cells).adjust_cell_length(self.size.width).apply_style(self.rich_style)

    def on_click(self, event: events.Click) -> None:
        self._layout()
        if 0 <= event.y < len(self._weakest) and self._weakest[event.y] >= 0:
            self.post_message(self.Jumped(self._weakest[event.y]))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()
