"""A box of read-only text of fixed height that scrolls, redrawn without laying the screen out again.

Textual lays out the whole screen whenever a widget's height changes, and
a text whose number of lines changes is such a change: moving between
segments of different lengths did it on every move. Here the text is given
at least the box's height, so any text that fits takes the same height as
the one before and only the box is repainted; a text longer than the box
(its scrollbar comes or goes) is the one case that needs a layout.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


class TextBox(VerticalScroll, can_focus=False):
    """Read-only text in a box whose height the stylesheet fixes; scrolls when the text is longer."""

    def __init__(self, *, text_id: str | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text_id = text_id
        self._height = -1
        """The height given to the text: its lines, at least the box's height."""
        self._content: Text | None = None
        """The text drawn last, with its styles (drawing it again is skipped)."""

    def compose(self) -> ComposeResult:
        yield Static(id=self._text_id, classes="text-box--text")

    def show_text(self, content: Text) -> None:
        """Draw `content`; the same text with the same styles again draws nothing."""
        if self._content is not None and content == self._content:
            return
        self._content = content
        self._fit(content)

    def _fit(self, content: Text) -> None:
        static = self.query_one(".text-box--text", Static)
        box = self.size.height - self.styles.gutter.height
        width = self.size.width - self.styles.gutter.width
        lines = len(content.wrap(self.app.console, max(1, width))) if content.plain else 0
        if lines > box:  # the scrollbar takes its columns from the text
            lines = len(content.wrap(self.app.console, max(1, width - self.styles.scrollbar_size_vertical)))
        height = max(lines, box)
        if height != self._height:
            static.styles.height = height
            self._height = height
        static.update(content, layout=False)

    def on_resize(self, event: events.Resize) -> None:
        """Another width wraps the text into another number of lines, another height is another box."""
        if self._content is not None:
            self._fit(self._content)
