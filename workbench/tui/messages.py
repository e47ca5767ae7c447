"""Messages that cross screens, posted to the app, which coordinates them.

Widgets announce what happened inside them with their own nested messages
(`SegmentGrid.CursorMoved`); these are the few events the whole app cares
about: the project's data changed, or a screen asks to show a segment.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class ProjectEdited(Message):
    """Segments were changed (edited, merged, re-aligned, imported): views must reload.

    `segment_ids` names the segments touched when only a few were; None means
    anything may have changed.
    """

    segment_ids: tuple[int, ...] | None = None


@dataclass
class SegmentRequested(Message):
    """Show this segment in the translation editor (from a finding, a search hit ...)."""

    segment_id: int


@dataclass
class FindingsUpdated(Message):
    """A check run finished: the findings views must redraw."""


@dataclass
class TermsLoaded(Message):
    """The project's termbases were (re)loaded: term highlights and term checks must redraw."""
