"""The alignment editor: English and Russian side by side, one pair (bead) per row.

Weak pairs are marked in the grid and in the confidence strip beside it (a
minimap of the whole project), so a reviewer sees where the alignment went
wrong and jumps there. Every correction (merge, split, move a sentence,
lock) goes through `workbench.core.editing.edits`: it is committed at once,
undoable, and locks the pair so re-alignment keeps it. Locking says the
*alignment* is right; the translation status (draft, translated, reviewed)
is a separate notion, shown beside it.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from workbench.core import editing
from workbench.core.project import Segment
from workbench.errors import WorkbenchError
from workbench.tui import commands
from workbench.tui.commands import bindings
from workbench.tui.i18n import _, decimal, error_message, ngettext, number
from workbench.tui.screens.base import STATUS_NAMES, StoreViewScreen
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.widgets.confidence_strip import ConfidenceStrip
from workbench.tui.widgets.literal import literal, one_line
from workbench.tui.widgets.segment_grid import SegmentGrid, confidence_level
from workbench.tui.widgets.text_box import TextBox

SplitPoint = tuple[int, int]


class AlignmentScreen(StoreViewScreen):
    """Pairs in a grid with their confidence, the current pair's sentences below, the strip beside."""

    MODE = "align"
    UNIT = "pair"
    COMMANDS_TABLE = commands.ALIGNMENT
    BINDINGS: ClassVar = bindings(commands.ALIGNMENT)

    def __init__(self) -> None:
        super().__init__()
        self._focus_id: int | None = None
        """A segment to put the cursor on when the store is next redrawn (after an undo)."""
        self._found = ""
        """The text `/` found last, which `f` finds again."""
        self._finder: PairFinder | None = None
        """The pairs' folded text from the last search, reused while the store's version holds."""

    def compose(self) -> ComposeResult:
        yield self.mode_bar()
        with Horizontal(id="align-body"):
            with Vertical(id="align-main"):
                yield SegmentGrid(show_confidence=True, worst_severity=self.workbench.worst_severity, id="beads")
                yield Static(id="bead-info")
                with Horizontal(id="bead-detail"):
                    yield TextBox(text_id="bead-source", id="bead-source-box")
                    yield TextBox(text_id="bead-target", id="bead-target-box")
            yield ConfidenceStrip(id="strip")
        yield self.footer()

    def on_mount(self) -> None:
        self.query_one("#bead-info", Static).update(Text(_("Loading segments…")))
        self.watch(self.grid, "scroll_y", self._grid_scrolled, init=False)
        self._refresh_from_store()
        self.grid.focus()

    @property
    def grid(self) -> SegmentGrid:
        return self.query_one("#beads", SegmentGrid)

    @property
    def strip(self) -> ConfidenceStrip:
        return self.query_one("#strip", ConfidenceStrip)

    # -- keeping in step ----------------------------------------------------------------------

    def _redraw_from_store(self) -> None:
        focus, self._focus_id = self._focus_id, None
        index = self.workbench.store.index_of(focus) if focus is not None else None
        self._redraw(index)
        if index is not None:
            self.grid.move_to(index, center=True)

    def focus_segment(self, segment_id: int) -> None:
        self._focus_id = segment_id

    def _redraw(self, cursor: int | None = None) -> None:
        store = self.workbench.store
        self._drawn_version = store.version
        self.grid.show(store.segments, cursor=cursor)
        self.strip.show(store.segments)
        self.call_after_refresh(self._grid_scrolled)
        self._show_current()

    def on_resize(self) -> None:
        self.call_after_refresh(self._grid_scrolled)

    def _grid_scrolled(self, *_args: object) -> None:
        self.strip.set_viewport(round(self.grid.scroll_offset.y), self.grid.scrollable_content_region.height)

    @on(SegmentGrid.CursorMoved, "#beads")
    def _cursor_moved(self, event: SegmentGrid.CursorMoved) -> None:
        """The pair's sentences follow the cursor at once (reading them takes about a millisecond)."""
        self._show_current()

    @on(ConfidenceStrip.Jumped)
    def _jumped(self, event: ConfidenceStrip.Jumped) -> None:
        self.grid.move_to(event.index, center=True)
        self.grid.focus()

    # -- the current pair ---------------------------------------------------------------------

    def _sentences(self, segment: Segment) -> tuple[list[str], list[str]]:
        row = self.project.db.table("segments").get(segment.id)
        return (
            editing.sentence_texts(self.project, row, "source"),
            editing.sentence_texts(self.project, row, "target"),
        )

    def _show_current(self) -> None:
        segment = self.grid.current
        info = self.query_one("#bead-info", Static)
        if segment is None:
            info.update(Text(_("No pairs yet: import a document with its translation on the project view (F2).")),
                        layout=False)
            self.query_one("#bead-source-box", TextBox).show_text(Text())
            self.query_one("#bead-target-box", TextBox).show_text(Text())
            return
        source, target = self._sentences(segment)
        level = confidence_level(segment)
        text = Text.assemble(
            (_("Pair {position} of {total}").format(
                position=number(self.grid.cursor + 1), total=number(len(self.segments))), "bold"),
            "  ·  ",
            f"{len(source)}-{len(target)}",
        )
        if segment.confidence is not None:
            style = {"weak": "bold red", "fair": "yellow"}.get(level, "green")
            text.append("  ·  ")
            text.append(_("confidence {value}").format(value=decimal(segment.confidence)), style=style)
        if segment.similarity is not None:
            # Why a pair is weak: meaning says how well the two sides translate each other.
            text.append("  ·  ")
            text.append(_("meaning {value}").format(value=decimal(segment.similarity)))
        text.append("  ·  ")
        if segment.locked:
            text.append(_("pair locked"), style="green")
        else:
            text.append(_("pair not locked"), style="dim")
        text.append("  ·  " + _("translation: {status}").format(status=STATUS_NAMES[segment.status]))
        self.query_one("#bead-info", Static).update(text, layout=False)
        # Boxes of a fixed height (the stylesheet's): another pair repaints them, never the grid.
        self.query_one("#bead-source-box", TextBox).show_text(_numbered(source))
        self.query_one("#bead-target-box", TextBox).show_text(_numbered(target))

    # -- edits --------------------------------------------------------------------------------

    def _edit(self, change: Callable[[Segment, int], int]) -> None:
        """Run one edit on the current pair; `change` patches the store and returns the new cursor."""
        segment = self.grid.current
        if segment is None:
            return
        try:
            cursor = change(segment, self.grid.cursor)
        except (WorkbenchError, sqlite3.Error) as error:
            self.notify(error_message(error), severity="warning")
            self.workbench.check_outside_changes()
            return
        self.workbench.recheck_later(self.segments[max(0, cursor - 1) : cursor + 2])
        self._redraw(cursor)
        self.workbench.announce_edit(())

    def action_lock_bead(self) -> None:
        """Lock the pair as correctly aligned and go to the next one (a locked pair stays locked)."""

        def change(segment: Segment, index: int) -> int:
            self.workbench.store.replace(editing.set_locked(self.project, segment.id, True))
            return min(index + 1, len(self.segments) - 1)

        self._edit(change)

    def action_unlock_bead(self) -> None:
        """Unlock the pair: the next re-alignment may change it again."""

        def change(segment: Segment, index: int) -> int:
            self.workbench.store.replace(editing.set_locked(self.project, segment.id, False))
            return index

        self._edit(change)

    def action_merge_next(self) -> None:
        def change(segment: Segment, index: int) -> int:
            merged = editing.merge_next(self.project, segment.id)
            self.workbench.store.splice(index, 2, [merged])
            return index

        self._edit(change)

    def action_merge_previous(self) -> None:
        def change(segment: Segment, index: int) -> int:
            merged = editing.merge_previous(self.project, segment.id)
            self.workbench.store.splice(index - 1, 2, [merged])
            return index - 1

        self._edit(change)

    def action_move_sentence(self, side: str, direction: str) -> None:
        def change(segment: Segment, index: int) -> int:
            step = 1 if direction == "next" else -1
            if not 0 <= index + step < len(self.segments):
                raise WorkbenchError(_("There is no pair there."))
            merged = editing.move_sentence(self.project, segment.id, side, direction)  # type: ignore[arg-type]
            store = self.workbench.store
            if merged is not None:  # the pair's only sentence went: the two pairs are one now
                first = min(index, index + step)
                store.splice(first, 2, [merged])
                return first
            neighbour = self.segments[index + step]
            store.replace(self.project.segment(segment.id))
            store.replace(self.project.segment(neighbour.id))
            return index

        self._edit(change)

    def action_split_bead(self) -> None:
        segment = self.grid.current
        if segment is None:
            return
        source, target = self._sentences(segment)
        points = _split_points(source, target)
        if not points:
            self.notify(_("This pair has a single sentence on each side: nothing to split."), severity="warning")
            return
        options = [(_split_label(source, target, point), point) for point in points]
        self.app.push_screen(
            ChoiceModal(_("Split after which sentences?"), options,
                        note=_("The first part keeps the sentences before the split point."), one_line=True),
            lambda point: self._split(segment, point) if isinstance(point, tuple) else None,
        )

    def _split(self, segment: Segment, point: SplitPoint) -> None:
        def change(current: Segment, index: int) -> int:
            first, second = editing.split(self.project, segment.id, point[0], point[1])
            self.workbench.store.splice(index, 1, [first, second])
            return index

        self._edit(change)

    def _find_weak(self, step: int) -> None:
        """Go to the next pair the grid marks as doubtful, weak (red) or fair (yellow): a
        0.75 pair is as unsure as the grid's colour says, and `n` that skipped it left the
        reviewer to find it by eye (userday41)."""
        segments = self.segments
        count = len(segments)
        for offset in range(1, count + 1):
            index = (self.grid.cursor + step * offset) % count
            if confidence_level(segments[index]) in ("weak", "fair"):
                self.grid.move_to(index, center=True)
                return
        self.notify(_("No unlocked low-confidence pair left."))

    def action_go_to(self) -> None:
        """Go to pair N (the translation editor's segment N: the same numbers), centred."""
        from workbench.tui.screens.tool_modals import GoToModal

        count = len(self.segments)
        if not count:
            return

        def chosen(position: object) -> None:
            if isinstance(position, int) and 1 <= position <= count:
                self.grid.move_to(position - 1, center=True)
                self.grid.focus()

        self.app.push_screen(GoToModal(count, pairs=True), chosen)

    def action_find_text(self) -> None:
        """Ask for words and go to the next pair holding them: an editor who knows a sentence
        ("Отвык.") finds its pair without paging through a chapter."""
        from workbench.tui.screens.tool_modals import TextModal

        def chosen(text: object) -> None:
            if isinstance(text, str):
                self._found = text
                self.action_find_next()

        self.app.push_screen(TextModal(_("Find a pair"), _("Words of the English or the Russian text."),
                                       _("Text to find")), chosen)

    def action_find_next(self) -> None:
        if not self._found:
            self.action_find_text()
            return
        store = self.workbench.store
        finder = self._finder
        if finder is None or finder.version != store.version:
            # The list as it is now: an edit replaces its items in place while the search runs.
            finder = PairFinder(store.version, list(self.segments))
        self._find_in(self._found, self.grid.cursor, finder)

    @work(thread=True, exclusive=True, group="find-pair")
    def _find_in(self, text: str, cursor: int, finder: PairFinder) -> None:
        """Look for `text` after pair `cursor` off the drawing thread: folding 100,000 pairs'
        text to compare took 1.2 s there, the app frozen, for every `/` and `f`. The folded
        text is kept (`PairFinder`) until the pairs change. (The pairs reach the worker inside
        the finder: Textual describes a worker by its arguments' repr, and the list's took 1.8 s
        on the drawing thread for 100,000.)"""
        index = finder.next_holding(text, cursor)
        self.app.call_from_thread(self._show_found, text, finder, index)

    def _show_found(self, text: str, finder: PairFinder, index: int | None) -> None:
        if finder.version != self.workbench.store.version:
            return  # the pairs changed while it looked: their places may be others now
        self._finder = finder
        if index is None:
            self.notify(_("No pair holds “{text}”.").format(text=text))
            return
        self.grid.move_to(index, center=True)
        self.grid.focus()

    def action_next_weak(self) -> None:
        self._find_weak(+1)

    def action_previous_weak(self) -> None:
        self._find_weak(-1)

    def action_lock_above(self) -> None:
        """Lock every pair at or above a confidence the user picks: one undo step."""
        options = [(_("confidence {value} or more").format(value=decimal(v)), v) for v in (0.95, 0.9, 0.8, 0.7, 0.5)]
        self.app.push_screen(
            ChoiceModal(_("Lock every unlocked pair with a confidence of at least…"), options,
                        note=_("Re-alignment keeps locked pairs; their translation status is not changed.")),
            lambda value: self._bulk(lambda: editing.lock_pairs_above(self.project, value))
            if isinstance(value, float) else None,
        )

    def action_mark_drafts_translated(self) -> None:
        self._bulk(lambda: editing.mark_aligned_drafts_translated(self.project))

    def _bulk(self, change: Callable[[], int]) -> None:
        try:
            count = change()
        except (WorkbenchError, sqlite3.Error) as error:
            self.notify(error_message(error), severity="warning")
            return
        self.notify(ngettext("{count} pair changed (one undo step).", "{count} pairs changed (one undo step).",
                             count).format(count=number(count)))
        if count:
            self.workbench.announce_edit()


def _searchable(text: str) -> str:
    """Text as `/` compares it: any case, ё as е (Russian print mostly writes е), spaces collapsed."""
    return " ".join(text.casefold().replace("ё", "е").split())


class PairFinder:
    """The pairs' text as `/` compares it, folded on the first search and kept for the next
    ones until the pairs change."""

    def __init__(self, version: int, segments: Sequence[Segment]) -> None:
        self.version = version
        """The store's version the pairs were read at."""
        self._segments = segments
        self._count = len(segments)
        self._folded: tuple[str, list[int]] | None = None

    def _fold(self) -> tuple[str, list[int]]:
        """The pairs' folded text joined by line ends, and where each pair starts in it."""
        if self._folded is None:
            folded = [_searchable(f"{segment.source or ''}\n{segment.target or ''}") for segment in self._segments]
            # A line end is never in folded text (white space is collapsed to one space), so a
            # search in the joined text finds no words across two pairs.
            self._folded = "\n".join(folded), list(accumulate((len(pair) + 1 for pair in folded[:-1]), initial=0))
        return self._folded

    def next_holding(self, text: str, cursor: int) -> int | None:
        """The first pair after `cursor` holding `text`, round the end to `cursor` itself; None if none does."""
        if not self._count:
            return None
        joined, starts = self._fold()
        wanted = _searchable(text)
        cursor = min(max(cursor, 0), self._count - 1)
        at = joined.find(wanted, starts[cursor + 1]) if cursor + 1 < self._count else -1
        if at < 0:
            at = joined.find(wanted, 0, starts[cursor + 1] - 1 if cursor + 1 < self._count else len(joined))
        return None if at < 0 else bisect_right(starts, at) - 1


def _numbered(sentences: list[str]) -> Text:
    """Each sentence on its own line, numbered, shown literally."""
    text = Text()
    for number_, sentence in enumerate(sentences, start=1):
        if number_ > 1:
            text.append("\n")
        text.append(f"{number_}. ", style="bold")
        text.append_text(literal(sentence))
    if not sentences:
        text.append("—", style="dim")
    return text


def _split_points(source: list[str], target: list[str]) -> list[SplitPoint]:
    """Every split that leaves text in both parts, most plausible first.

    Plausible means the two sides are cut at about the same share of their
    length, which is how a translation usually follows its original.
    """
    def share(parts: list[str], at: int) -> float:
        total = sum(len(p) for p in parts)
        return sum(len(p) for p in parts[:at]) / total if total else 0.0

    points = [
        (s, t)
        for s in range(len(source) + 1)
        for t in range(len(target) + 1)
        if 0 < s + t < len(source) + len(target)
    ]
    return sorted(points, key=lambda p: abs(share(source, p[0]) - share(target, p[1])))


def _split_label(source: list[str], target: list[str], point: SplitPoint) -> Text:
    """Two lines, one per language: the end of the first part ┃ the start of the second."""
    label = Text()
    for line, (code, sentences, at) in enumerate((("EN", source, point[0]), ("RU", target, point[1]))):
        if line:
            label.append("\n")
        label.append(f"{code} {at}|{len(sentences) - at}  ", style="bold")
        first, second = " ".join(sentences[:at]), " ".join(sentences[at:])
        label.append(_tail(first, 27) or "—", style="dim" if not first else "")
        label.append(" ┃ ", style="bold")
        label.append(_head(second, 27) or "—", style="dim" if not second else "")
    return label


def _tail(text: str, width: int) -> str:
    text = one_line(text)
    return text if len(text) <= width else "…" + text[-(width - 1) :]


def _head(text: str, width: int) -> str:
    text = one_line(text, limit=width * 2)
    return text if len(text) <= width else text[: width - 1] + "…"
