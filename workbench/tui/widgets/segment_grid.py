"""The segment grid: position, lock and status marks, finding mark, source and target, one row each.

Two notions are shown apart: `L` marks a pair locked as correctly aligned,
and `·` `✓` `✔` the translation status (draft, translated, reviewed); `M`
stands for `·` where the draft's target was filled from the memory by
pre-translation and no person has confirmed it yet. Two marks stand in place of the status
where the segment waits for someone: `✗` a reviewer sent it back (until it is confirmed again),
`≠` a teammate's other translation of it is held against this one (until `team resolve`).

Rows are drawn on demand from the shared segment list (see `VirtualList`),
so the grid opens and scrolls as fast with 50,000 segments as with 50. In
the alignment editor it shows each pair's confidence instead of leaving the
reviewer to guess which pairs are weak.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.segment import Segment as RichSegment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from workbench.core.project import Segment, SegmentStatus
from workbench.tui.i18n import decimal
from workbench.tui.widgets.literal import one_line
from workbench.tui.widgets.virtual_list import VirtualList

STATUS_MARK = {SegmentStatus.DRAFT: "·", SegmentStatus.TRANSLATED: "✓", SegmentStatus.REVIEWED: "✔"}
SEVERITY_MARK = {"error": "‼", "warning": "!", "info": "i"}
PREFILLED_MARK = "M"
"""A draft whose target pre-translation filled from the memory (in place of the status mark)."""
MACHINE_MARK = "T"
"""A target as machine translation gave it, unconfirmed and unedited (in place of the status mark);
one cell as every mark, T beside pre-translation's M (the memory's)."""
FLAG_MARK = {"rejected": "✗", "conflict": "≠"}
"""What `review_flag` names, in place of the status mark (both waiting for the translator)."""
LOCK_MARK = "L"
"""A pair a person locked as correctly aligned (re-alignment keeps it); not a translation status."""
LOW_CONFIDENCE = 0.5
"""Below this a pair is weak (the aligner's own threshold for its finding)."""
FAIR_CONFIDENCE = 0.8

WorstSeverity = Callable[[Segment], str | None]
ReviewFlag = Callable[[Segment], str | None]
"""`segment -> "rejected" | "conflict" | None` (`FLAG_MARK`)."""


def confidence_level(segment: Segment) -> str:
    """`weak`, `fair`, `good`, or `none` for pairs not aligned by us; confirmed pairs are `good`."""
    if segment.confidence is None:
        return "none"
    if segment.confirmed or segment.locked:
        return "good"
    if segment.confidence < LOW_CONFIDENCE:
        return "weak"
    if segment.confidence < FAIR_CONFIDENCE:
        return "fair"
    return "good"


class SegmentGrid(VirtualList):
    """One row per segment, drawn only when visible."""

    DEFAULT_CSS = """
    SegmentGrid > .segment-grid--muted { color: $text-muted; }
    SegmentGrid > .segment-grid--good { color: $success; }
    SegmentGrid > .segment-grid--strong { color: $accent; text-style: bold; }
    SegmentGrid > .segment-grid--warning { color: $warning; }
    SegmentGrid > .segment-grid--error { color: $error; text-style: bold; }
    """
    COMPONENT_CLASSES = VirtualList.COMPONENT_CLASSES | {
        "segment-grid--muted",
        "segment-grid--good",
        "segment-grid--strong",
        "segment-grid--warning",
        "segment-grid--error",
    }
    # Few component classes on purpose: Textual styles each one as a node of its own.
    ROLE: ClassVar = {
        "position": "muted",
        "draft": "muted",
        "translated": "good",
        "reviewed": "strong",
        "error": "error",
        "warning": "warning",
        "info": "muted",
        "weak": "error",
        "fair": "warning",
        "good": "good",
        "none": "muted",
        "locked": "strong",
        "separator": "muted",
        "empty": "muted",
    }

    class CursorMoved(VirtualList.CursorMoved):
        """The cursor is on another segment."""

    class Activated(VirtualList.Activated):
        """A segment was chosen for editing."""

    def __init__(
        self,
        segments: Sequence[Segment] = (),
        *,
        show_confidence: bool = False,
        worst_severity: WorstSeverity | None = None,
        review_flag: ReviewFlag | None = None,
        empty_label: str = "—",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.segments: Sequence[Segment] = segments
        self.show_confidence = show_confidence
        self.worst_severity = worst_severity or _stored_worst
        self.review_flag = review_flag or (lambda segment: None)
        self.empty_label = empty_label
        self.number_of: Callable[[int], int] | None = None
        """The number a row shows (its place in the whole project); None: the row's own place.
        A filtered grid shows each segment's project number, as go to and the findings name it."""

    def show(self, segments: Sequence[Segment], cursor: int | None = None) -> None:
        """Draw this list of segments (the grid keeps a reference, not a copy)."""
        self.segments = segments
        self.set_row_count(len(segments), cursor)

    @property
    def current(self) -> Segment | None:
        if 0 <= self.cursor < len(self.segments):
            return self.segments[self.cursor]
        return None

    def render_row(self, index: int, width: int, selected: bool) -> Strip:
        segment = self.segments[index]
        def style(role: str) -> Style:
            # The full style, not the partial one: `$text-muted` is an `auto` colour, which
            # only resolves against the grid's background (partial, it came out white on
            # the light theme's grey). Only its colour and weight are kept.
            full = self.get_component_rich_style(f"segment-grid--{self.ROLE[role]}", partial=False)
            return Style(color=full.color, bold=full.bold)

        count = len(self.segments)
        numbered = self.number_of or (lambda row: row + 1)
        digits = max(3, len(str(numbered(count - 1) if count else 0)))
        parts: list[tuple[str, Style]] = [(f"{numbered(index):>{digits}} ", style("position"))]
        if self.show_confidence:
            level = confidence_level(segment)
            shown = "  - " if segment.confidence is None else decimal(segment.confidence).rjust(4)[:4]
            parts.append((shown, style(level)))
            parts.append((" ", Style()))
        if segment.confidence is not None:
            # Both notions, side by side: the pair's alignment lock, then the translation status.
            parts.append((LOCK_MARK if segment.locked else " ", style("locked")))
        flag = self.review_flag(segment)
        if flag in FLAG_MARK:
            parts.append((FLAG_MARK[flag], style("error")))
        elif segment.unreviewed_mt:
            # Machine translation nobody has read yet: the post-editor's work, told from a person's draft.
            parts.append((MACHINE_MARK, style("warning")))
        elif segment.prefilled is not None and not segment.confirmed:
            # Filled by pre-translation and not yet read by a person: its own mark.
            parts.append((PREFILLED_MARK, style("warning")))
        else:
            parts.append((STATUS_MARK[segment.status], style(str(segment.status))))
        severity = self.worst_severity(segment)
        if severity in SEVERITY_MARK:
            parts.append((SEVERITY_MARK[severity], style(severity)))
        else:
            parts.append((" ", Style()))
        parts.append((" ", Style()))
        used = sum(len(text) for text, _ in parts)
        rest = max(0, width - used)
        source_width = max(0, (rest - 3) // 2)
        target_width = max(0, rest - 3 - source_width)
        line = Text.assemble(*parts, no_wrap=True)
        line.append_text(_cell(segment.source, source_width))
        line.append(" │ ", style("separator"))
        if segment.target:
            line.append_text(_cell(segment.target, target_width))
        else:
            line.append_text(_cell(self.empty_label, target_width, style("empty")))
        segments = [RichSegment(s.text, s.style) for s in line.render(self.app.console)]
        return Strip(segments)


def _cell(text: str, width: int, style: Style | None = None) -> Text:
    """`text` on one line, cut with an ellipsis or padded to exactly `width` cells."""
    cell = Text(one_line(text, limit=width * 2 + 2), style=style or Style(), no_wrap=True, end="")
    cell.truncate(width, overflow="ellipsis", pad=True)
    return cell


def _stored_worst(segment: Segment) -> str | None:
    """The worst severity among the findings stored with the segment (import, alignment)."""
    ranks = {"info": 0, "warning": 1, "error": 2}
    worst = None
    for finding in segment.findings:
        if worst is None or ranks.get(finding.severity, 0) > ranks.get(worst, 0):
            worst = finding.severity
    return worst
