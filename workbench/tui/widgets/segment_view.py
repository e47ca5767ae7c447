"""The current segment in full: the source with its terms and findings marked, the target to edit.

`SourceView` highlights recognised source terms (missing ones differently)
and the spans findings point at; `TargetEditor` is a text area that says
when the translator leaves it, so the screen can save at that moment, and
keeps inline-code placeholders (`⟦1⟧`, `⟦/1⟧`, `⟦2/⟧`) whole: a deletion
that reaches into one takes the whole tag, and typing inside one types
after it, so a tag is never half deleted into text that looks like a tag.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import events
from textual.document._edit import Edit
from textual.geometry import Size
from textual.message import Message
from textual.widgets import TextArea
from textual.widgets.text_area import EditResult, Location

from termbase import safetext
from workbench.core.project import MAX_SEGMENT_CHARS
from workbench.tags import find_tags
from workbench.tui.commands import TARGET_EDITOR, bindings
from workbench.tui.i18n import _, number
from workbench.tui.widgets.literal import bare_marks_shown, highlighted
from workbench.tui.widgets.text_box import TextBox
from workbench.tui.widgets.typing_history import TypingHistory

Span = tuple[int, int]


class SourceView(TextBox):
    """Read-only source text with highlighted spans; scrolls when the segment is long."""

    DEFAULT_CSS = """
    SourceView {
        height: 5;
    }
    SourceView > .source-view--term { text-style: underline; color: $text-accent; }
    SourceView > .source-view--term-missing { text-style: underline bold; color: $error; }
    SourceView > .source-view--finding { background: $warning 25%; }
    SourceView > .source-view--focus { background: $accent 40%; text-style: bold; }
    SourceView > .source-view--tag { color: $text-muted; background: $boost; }
    """
    COMPONENT_CLASSES: ClassVar = {
        "source-view--tag",
        "source-view--term",
        "source-view--term-missing",
        "source-view--finding",
        "source-view--focus",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(text_id="source-text", id=id)

    def show(
        self,
        text: str,
        *,
        terms: Sequence[Span] = (),
        missing: Sequence[Span] = (),
        findings: Sequence[Span] = (),
        focus: Span | None = None,
    ) -> None:
        """Draw `text` literally, with the spans styled (later kinds drawn over earlier ones)."""
        style = self.get_component_rich_style
        # A finding about the whole text (untranslated, low confidence) marks nothing in particular.
        findings = [(a, b) for a, b in findings if (a, b) != (0, len(text))]
        # Each span once: 100,000 concepts under one word gave it 100,000 times over, and styling
        # (and wrapping) the text with all of them took 10 s on the drawing thread.
        findings, terms, missing = (list(dict.fromkeys(kind)) for kind in (findings, terms, missing))
        spans = [(t.start, t.end, style("source-view--tag")) for t in find_tags(text)]
        spans += [(a, b, style("source-view--finding")) for a, b in findings]
        spans += [(a, b, style("source-view--term")) for a, b in terms]
        spans += [(a, b, style("source-view--term-missing")) for a, b in missing]
        if focus is not None:
            spans.append((focus[0], focus[1], style("source-view--focus")))
        self.show_text(highlighted(text, spans))


class TargetEditor(TextArea):
    """The target text; posts `Left` when focus moves away so the text is saved right then.

    Enter confirms the segment and opens the next one (the view's action, run by
    the key itself: a message the view read later let the keys typed next land in
    the segment just confirmed), as in OmegaT, instead of slipping a line break into a target the
    translator cannot see; a line break is ctrl+j (or alt+enter). Its ctrl+z takes typing back a
    word at a time (`TypingHistory`).
    """

    BINDINGS: ClassVar = bindings(TARGET_EDITOR)
    DEFAULT_CSS = """
    TargetEditor > .target-editor--misspelt { text-style: underline; color: $error; }
    """
    COMPONENT_CLASSES: ClassVar = {"target-editor--misspelt"}

    speller: Any | None = None
    """The project's `spelling.Speller`: words it rejects are underlined (None: no spelling)."""
    source: str = ""
    """The segment's source: a foreign word copied from it is not underlined, as the check says."""
    before_undo: Callable[[bool], bool] | None = None
    """Asked before ctrl+z (False) or ctrl+y (True) in the text undoes or redoes typing: the view
    takes back (or does again) a step of its own that is newer than the typing, a word added to
    the dictionary with alt+s, and answers True."""

    def action_undo(self) -> None:
        if self.before_undo is None or not self.before_undo(False):
            super().action_undo()

    def action_redo(self) -> None:
        if self.before_undo is None or not self.before_undo(True):
            super().action_redo()

    def set_speller(self, speller: Any | None) -> None:
        """Underline with this speller from now on (a new dictionary word redraws the text)."""
        self.speller = speller
        self._line_cache.clear()
        self.refresh()

    def get_line(self, line_index: int) -> Text:
        """Textual's hook for styling a line: misspelt words are underlined (judged per word, cached).

        A combining mark with no letter before it is drawn as `◌`, as everywhere else: the text
        area wrote it raw, and the terminal put it on the cell left of the text, which no redraw
        cleared. One character for one, so the cursor and the spans still fit; the mark's cell
        is not in the text area's reckoning of the line's width (it is zero-width there), so a
        line of them may be cut at the right edge, where before it smeared the screen."""
        line = super().get_line(line_index)
        shown = bare_marks_shown(line.plain)
        if shown != line.plain:
            line.plain = shown
        if self.speller is not None:
            style = self.get_component_rich_style("target-editor--misspelt", partial=True)
            for wrong in self.speller.misspellings(line.plain, self.source):
                line.stylize(style, wrong.start, wrong.end)
        return line

    def misspelt_at_cursor(self) -> tuple[int, int, str] | None:
        """(start, end, word) of the misspelt word under the cursor, else the first one of the text."""
        if self.speller is None:
            return None
        row, column = self.cursor_location
        offset = sum(len(line) + len(self.document.newline) for line in self.document.lines[:row]) + column
        wrong = self.speller.misspellings(self.text, self.source)
        for item in wrong:
            if item.start <= offset <= item.end:
                return item.start, item.end, item.word
        return (wrong[0].start, wrong[0].end, wrong[0].word) if wrong else None

    class Left(Message):
        """The translator left the target text."""

    def action_line_break(self) -> None:
        self.insert("\n")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            "",
            id=id,
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
        )
        self.history = TypingHistory.made()

    def on_blur(self, event: events.Blur) -> None:
        self.post_message(self.Left())

    def _refresh_size(self) -> None:
        """Textual's hook after the text is rewrapped: take the new line count without a layout.

        A text area's virtual size is a layout reactive, so every target with
        another number of lines laid the whole screen out again (most of a
        move's time at 50,000 segments). The editor's box has a fixed height,
        so only the box is repainted; a scrollbar coming or going still asks
        for the layout it needs.
        """
        height = self.styles.height
        if not self.soft_wrap or height is None or height.is_auto:
            super()._refresh_size()
            return
        size = Size(0, self.wrapped_document.height)
        if size != self.virtual_size:
            self.set_reactive(TextArea.virtual_size, size)
            self._scroll_update(size)
            self.refresh()

    def on_paste(self, event: events.Paste) -> None:
        """The text area's own handler (`TextArea._on_paste`, run after this one) takes the paste;
        it goes no further. Passed on to the view, whose `on_paste` puts a paste made on the grid
        into the target, it was put there a second time (hardening, round 33)."""
        event.stop()

    def load_text(self, text: str) -> None:
        """A stored target is shown cleaned: the text area draws what it holds raw."""
        super().load_text(safetext.clean(text))

    def edit(self, edit: Edit) -> EditResult:
        """Every change (typing, paste, an inserted memory match or term) passes here:
        terminal escapes and other control characters never enter the editor, because
        the text area writes what it holds to the terminal as it is.

        A target holds at most `MAX_SEGMENT_CHARS`, as an imported segment does: text
        past that is cut here, before the text area wraps it (a 10 MB paste froze the
        app for minutes of CPU, then saved a target no check or export was made for)."""
        edit.text = safetext.clean(edit.text)
        kept = len(self.text) - len(self.document.get_text_range(edit.from_location, edit.to_location))
        room = max(0, MAX_SEGMENT_CHARS - kept)
        if len(edit.text) > room:
            edit.text = edit.text[:room]
            self.notify(
                _("A target holds at most {most} characters: the rest of the text was left out.").format(most=number(MAX_SEGMENT_CHARS)),
                severity="warning",
            )
        return super().edit(edit)

    # Keyboard edits go through these two (the API's `replace` and `insert` do not):
    # the protection is for typing, not for the screen inserting a whole tag.

    def _delete_via_keyboard(self, start: Location, end: Location) -> EditResult | None:
        start, end = self._widened(start, end)
        return super()._delete_via_keyboard(start, end)

    def _replace_via_keyboard(self, insert: str, start: Location, end: Location) -> EditResult | None:
        start, end = self._widened(start, end)
        return super()._replace_via_keyboard(insert, start, end)

    def _widened(self, start: Location, end: Location) -> tuple[Location, Location]:
        """`start`..`end` grown so that no placeholder is cut: an edit takes a tag whole or not at all.

        An empty range (typing) inside a tag moves to just after it.
        """
        text = self.text
        if "⟦" not in text:
            return start, end
        lines = self.document.lines
        step = len(self.document.newline)
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + step)

        def index(location: Location) -> int:
            return starts[location[0]] + location[1]

        def location(offset: int) -> Location:
            row = max(r for r, first in enumerate(starts) if first <= offset)
            return (row, offset - starts[row])

        a, b = index(start), index(end)
        forward = a <= b
        low, high = (a, b) if forward else (b, a)
        for tag in find_tags(text):
            if low == high and tag.start < low < tag.end:
                low = high = tag.end
            else:
                if tag.start < low < tag.end:
                    low = tag.start
                if tag.start < high < tag.end:
                    high = tag.end
        a, b = (low, high) if forward else (high, low)
        return location(a), location(b)
