"""A cursor over any number of one-line rows, drawing only the rows on screen.

Built on Textual's Line API (`ScrollView.render_line`): the cost of a frame
is the number of visible rows, not the number of rows, so 50,000 segments
paint as fast as 50. Subclasses say how to draw one row; this class owns
scrolling, the cursor, the mouse and the row cache.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


class VirtualList(ScrollView, can_focus=True):
    """Rows `0 .. row_count-1`, one line each, with a cursor that follows the keys and the mouse."""

    DEFAULT_CSS = """
    VirtualList {
        overflow-x: hidden;
        overflow-y: auto;
    }
    VirtualList > .virtual-list--cursor {
        background: $block-cursor-blurred-background;
    }
    VirtualList:focus > .virtual-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    """
    COMPONENT_CLASSES: ClassVar = {"virtual-list--cursor"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", show=False),
        Binding("down,j", "cursor_down", show=False),
        Binding("pageup", "page_up_rows", show=False),
        Binding("pagedown", "page_down_rows", show=False),
        Binding("home", "first_row", show=False),
        Binding("end", "last_row", show=False),
    ]

    cursor: reactive[int] = reactive(0, always_update=False, init=False, repaint=False)
    """The row under the cursor. Not a repainting reactive: a move repaints the two rows it
    changes (`watch_cursor`), not the whole list."""

    class CursorMoved(Message):
        """The cursor moved to row `index`."""

        def __init__(self, sender: VirtualList, index: int) -> None:
            super().__init__()
            self.sender = sender
            self.index = index

        @property
        def control(self) -> VirtualList:
            return self.sender

    class Activated(Message):
        """Row `index` was chosen (enter or a double click)."""

        def __init__(self, sender: VirtualList, index: int) -> None:
            super().__init__()
            self.sender = sender
            self.index = index

        @property
        def control(self) -> VirtualList:
            return self.sender

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._row_count = 0
        self._cache: LRUCache[tuple[int, int, bool, bool, int], Strip] = LRUCache(1024)
        self._generation = 0
        """Bumped whenever row contents change, so cached strips are never stale."""

    # -- what subclasses provide -------------------------------------------------

    def render_row(self, index: int, width: int, selected: bool) -> Strip:
        """Draw row `index` exactly `width` cells wide."""
        raise NotImplementedError

    # -- rows ----------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return self._row_count

    def set_row_count(self, count: int, cursor: int | None = None) -> None:
        """Rows changed (their number, or their content): forget cached rows and redraw."""
        self._row_count = count
        self._generation += 1
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, count)
        target = self.cursor if cursor is None else cursor
        self.set_reactive(VirtualList.cursor, max(0, min(target, count - 1)) if count else 0)
        self.scroll_to_cursor(animate=False)
        self.refresh()

    def refresh_rows(self) -> None:
        """Row contents changed but not their number."""
        self._generation += 1
        self._cache.clear()
        self.refresh()

    # -- the cursor ------------------------------------------------------------------

    def move_to(self, index: int, *, center: bool = False) -> None:
        """Put the cursor on row `index` (clamped) and bring it into view.

        The list scrolls first: the cursor's watchers then redraw rows that are
        on screen after the jump, so End or Home is drawn in one frame, not two
        (the old rows with the cursor moved, then the scroll).
        """
        if not self._row_count:
            return
        index = max(0, min(index, self._row_count - 1))
        self.scroll_to_row(index, center=center, animate=False)
        self.cursor = index

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        self.post_message(self.CursorMoved(self, new))

    def refresh_line(self, index: int) -> None:
        y = index - round(self.scroll_offset.y)
        if 0 <= y < self.scrollable_content_region.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def scroll_to_cursor(self, *, center: bool = False, animate: bool = False) -> None:
        self.scroll_to_row(self.cursor, center=center, animate=animate)

    def scroll_to_row(self, index: int, *, center: bool = False, animate: bool = False) -> None:
        """Scroll as little as brings row `index` on screen (`center`: to the middle)."""
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        top = round(self.scroll_offset.y)
        if center:
            self.scroll_to(y=max(0, index - height // 2), animate=animate, immediate=True)
        elif index < top:
            self.scroll_to(y=index, animate=animate, immediate=True)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=animate, immediate=True)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_page_up_rows(self) -> None:
        self.move_to(self.cursor - max(1, self.scrollable_content_region.height - 1))

    def action_page_down_rows(self) -> None:
        self.move_to(self.cursor + max(1, self.scrollable_content_region.height - 1))

    def action_first_row(self) -> None:
        self.move_to(0)

    def action_last_row(self) -> None:
        self.move_to(self._row_count - 1)

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_offset.y) + event.y
        if 0 <= index < self._row_count:
            self.move_to(index)
            if event.chain >= 2:
                self.post_message(self.Activated(self, index))

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self._row_count)
        self._cache.clear()
        self.scroll_to_cursor()

    # -- drawing ---------------------------------------------------------------------

    def notify_style_update(self) -> None:
        """The theme or CSS changed: cached rows carry old colours."""
        super().notify_style_update()
        self._cache.clear()

    def on_focus(self, event: events.Focus) -> None:
        self.refresh_line(self.cursor)

    def on_blur(self, event: events.Blur) -> None:
        self.refresh_line(self.cursor)

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        if index >= self._row_count or width <= 0:
            return Strip.blank(max(width, 0), self.rich_style)
        selected = index == self.cursor
        key = (index, width, selected, self.has_focus, self._generation)
        strip = self._cache.get(key)
        if strip is None:
            strip = self.render_row(index, width, selected).adjust_cell_length(width)
            if selected:
                strip = strip.apply_style(self.get_component_rich_style("virtual-list--cursor"))
            strip = strip.apply_style(self.rich_style)
            self._cache[key] = strip
        return strip
