"""The memory panel: fuzzy matches for the current segment, and concordance search.

A match shows its percentage, which memory it came from, its source as a
word diff against the segment's source (what the memory had struck through,
what the segment has underlined) and its target. Typing in the search box
and pressing enter lists every memory unit with that word or phrase in any
inflected form; escape in the box goes back to the matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from workbench.core.memory import ConcordanceHit, FuzzyMatch
from workbench.core.navigation import hit_excerpts
from workbench.tui.i18n import _, ngettext
from workbench.tui.widgets.literal import highlighted, literal
from workbench.tui.widgets.panel_list import PanelList
from workbench.tui.widgets.side_panel import SidePanel

DIFF_STYLE = {"equal": "", "delete": "red strike", "insert": "green underline"}


def memory_name(name: str) -> str:
    """A memory's name as the interface says it: the project memory's stored name is the
    English word `project`, which the Russian interface showed as it was."""
    from workbench.core.memory import PROJECT_MEMORY  # the store module, only once a name is shown

    return _("this project") if name == PROJECT_MEMORY else name


AUTHOR_CHARS = 32
"""How much of a unit's author the panel line shows: a name, not a paragraph a file put there."""


def origin(memory: str, changed: str | None, author: str | None = None) -> str:
    """Where a match or hit comes from, who last wrote it and the day its pair last changed:
    `a.tmx · Anna · 2025-03-01` (a translator weighs an old unit from another tool, or from a
    colleague they trust less, against this week's own)."""
    parts = [memory_name(memory)]
    if author:
        parts.append(author if len(author) <= AUTHOR_CHARS else author[: AUTHOR_CHARS - 1] + "…")
    if changed:
        parts.append(changed[:10])
    return " · ".join(parts)


def match_label(match: FuzzyMatch) -> Text:
    """`87%  project` over the diffed source and the target; user text shown literally."""
    colour = "bold green" if match.score >= 95 else "bold yellow" if match.score >= 80 else "bold"
    label = Text.assemble((f"{match.score:>3}%", colour), "  ", literal(origin(match.memory, match.changed, match.author), "dim"))
    if match.numbers_only_in_text:
        label.append("  " + _("numbers differ: {numbers}").format(numbers=", ".join(match.numbers_only_in_text)),
                     style="yellow")
    label.append("\n")
    for chunk in match.diff:
        label.append_text(literal(chunk.text, DIFF_STYLE.get(chunk.op, "")))
    label.append("\n")
    label.append_text(literal(match.target, "bold"))
    return label


def hit_label(hit: ConcordanceHit) -> Text:
    """A concordance hit: the side searched with the phrase highlighted, then the other side (a
    long text shown around the phrase, `excerpt`)."""
    shown, kept, other = hit_excerpts(hit)
    spans = [(start, end, "bold reverse") for start, end in kept]
    label = Text.assemble(literal(origin(hit.memory, hit.changed, hit.author), "dim"))
    if hit.copies:
        if hit.more_copies:  # the search stopped before reading them all
            copies = ngettext("+{count} copy or more", "+{count} copies or more", hit.copies).format(count=hit.copies)
        else:
            copies = ngettext("+{count} copy", "+{count} copies", hit.copies).format(count=hit.copies)
        if hit.also_in:
            copies = _("{copies} in {memories}").format(copies=copies, memories=", ".join(map(memory_name, hit.also_in)))
        label.append("  ")
        label.append_text(literal(copies, "dim italic"))
    label.append("\n")
    if hit.side == "source":
        label.append_text(highlighted(shown, spans))
        label.append("\n")
        label.append_text(literal(other, "dim"))
    else:
        label.append_text(literal(other, "dim"))
        label.append("\n")
        label.append_text(highlighted(shown, spans))
    return label


class ConcordanceInput(Input):
    """The search box; escape clears it and goes back to the matches."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "leave", _("Matches"), show=False)]

    class Left(Message):
        """The translator left the search (escape)."""

    def action_leave(self) -> None:
        self.value = ""
        self.post_message(self.Left())


class MemoryPanel(SidePanel):
    """Matches or concordance hits, one option each."""

    class SearchRequested(Message):
        """Search the memory for `text` (concordance)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class MatchesRequested(Message):
        """Go back to the fuzzy matches of the current segment."""

    class HitChosen(Message):
        """A concordance hit was chosen (the editor goes to it when it is one of the project's segments)."""

        def __init__(self, hit: ConcordanceHit) -> None:
            super().__init__()
            self.hit = hit

    class Chosen(Message):
        """Insert this match's target."""

        def __init__(self, match: FuzzyMatch) -> None:
            super().__init__()
            self.match = match

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.matches: list[FuzzyMatch] = []
        self.hits: list[ConcordanceHit] = []
        self.mode = "matches"
        self._listed = False
        """Matches have been listed (an equal list is then not drawn again)."""
        self._summary_text = ""
        self._summary_drawn: str | None = None
        self._list_drawn = True
        """The list shows `matches` or `hits` as they are (False: it is drawn again when next seen)."""

    def compose(self) -> ComposeResult:
        yield ConcordanceInput(placeholder=_("Concordance: a word or phrase"), id="concordance")
        yield Static(id="memory-summary")
        yield PanelList(id="memory-list")

    def _summary(self, text: str) -> None:
        self._summary_text = text
        self.draw(self._draw_panel)

    def _draw_panel(self) -> None:
        if self._summary_text != self._summary_drawn:
            self._summary_drawn = self._summary_text
            self.query_one("#memory-summary", Static).update(literal(self._summary_text), layout=False)
        if self._list_drawn:
            return
        self._list_drawn = True
        options = self.query_one("#memory-list", OptionList)
        options.clear_options()
        if self.mode == "concordance":  # the first hit highlighted: tab, then enter, goes to it
            options.add_options(Option(hit_label(h), id=str(i)) for i, h in enumerate(self.hits))
            if self.hits:
                options.highlighted = 0
        elif self.matches:
            options.add_options(Option(match_label(m), id=str(i)) for i, m in enumerate(self.matches))
            options.highlighted = 0

    def show_waiting(self) -> None:
        self._summary(_("Looking up…"))

    def show_matches(self, matches: Sequence[FuzzyMatch]) -> None:
        """The matches of the current segment; the same matches again (often none) keep the list as it is."""
        matches = list(matches)
        if not (self.mode == "matches" and self._listed and matches == self.matches):
            self.mode, self.matches, self._listed, self._list_drawn = "matches", matches, True, False
        self._summary(_("No match in the memory.") if not matches else
                      ngettext("{count} match", "{count} matches", len(matches)).format(count=len(matches)))

    def show_hits(self, text: str, hits: Sequence[ConcordanceHit], *, more: bool = False) -> None:
        """The hits of a search; `more` when the memory holds more than were asked for (the count
        said "50 units" for a word in thousands)."""
        self.mode, self.hits, self._list_drawn = "concordance", list(hits), False
        if more:
            said = ngettext("«{text}»: the newest {count} unit shown; there are more (add a word to narrow it)",
                            "«{text}»: the newest {count} units shown; there are more (add a word to narrow it)",
                            len(hits))
        else:
            said = ngettext("«{text}»: {count} unit", "«{text}»: {count} units", len(hits))
        self._summary(said.format(text=text, count=len(hits)))

    @property
    def chosen_match(self) -> FuzzyMatch | None:
        """The highlighted match, or the best one."""
        if self.mode != "matches" or not self.matches:
            return None
        highlighted_index = None if self.stale else self.query_one("#memory-list", OptionList).highlighted
        return self.matches[highlighted_index or 0] if (highlighted_index or 0) < len(self.matches) else None

    def focus_search(self) -> None:
        self.query_one("#concordance", Input).focus()

    @on(Input.Submitted, "#concordance")
    def _search(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.post_message(self.SearchRequested(event.value.strip()))

    @on(ConcordanceInput.Left)
    def _back(self, event: ConcordanceInput.Left) -> None:
        event.stop()
        self.post_message(self.MatchesRequested())

    @on(OptionList.OptionSelected, "#memory-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.mode == "matches" and event.option_index < len(self.matches):
            self.post_message(self.Chosen(self.matches[event.option_index]))
        elif self.mode == "concordance" and event.option_index < len(self.hits):
            self.post_message(self.HitChosen(self.hits[event.option_index]))
