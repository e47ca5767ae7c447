"""The term panel: each source term of the segment, what the termbase wants for it, and whether it is there.

For every recognised source term: the form that matched and its lemma (so
an editor sees why it fired), the approved Russian terms (preferred first,
each one pickable for insertion, with its usage note), the deprecated or
superseded variants (with theirs: why to avoid them), and a mark saying
whether the target satisfies the concept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.console import Console, ConsoleOptions, RenderResult
from rich.padding import Padding
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from termbase.model import Term, TermStatus
from workbench.tui.commands import TERM_PANEL, bindings
from workbench.tui.i18n import N_, _, ngettext
from workbench.tui.widgets.literal import literal
from workbench.tui.widgets.panel_list import PanelList
from workbench.tui.widgets.side_panel import SidePanel

STATUS_NAMES = {
    TermStatus.PREFERRED: N_("preferred"),
    TermStatus.ADMITTED: N_("admitted"),
    TermStatus.DEPRECATED: N_("deprecated"),
    TermStatus.SUPERSEDED: N_("superseded"),
}


@dataclass(frozen=True)
class NotedLine:
    """A line of the panel with the termbase's note under it, indented as a whole (a wrapped note
    read as a heading of its own when its second line started at the margin); a value, so the
    panel still tells an unchanged list from a new one and redraws nothing."""

    line: Text
    note: Text | None

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.line
        if self.note is not None:
            yield Padding(self.note, (0, 0, 0, NOTE_INDENT))


MAX_SHOWN_TERMS = 200
"""Source terms listed with their options: 100,000 concepts sharing the segment's one word drew
200,000 options, 22 s on the drawing thread for each segment (the summary still counts them all)."""

NOTE_INDENT = 5
"""Under the term's text, past its mark."""


def noted(line: Text, term: Term) -> NotedLine | Text:
    """The line with the term's usage note under it: the termbase's word on when to use the term
    (or why to avoid it) is what the translator picks by, and the panel is where it is picked."""
    if not term.usage_note:
        return line
    return NotedLine(line, literal(term.usage_note, "dim italic"))


class TermPanel(SidePanel):
    """Source terms of the current segment, with their approved target terms as options."""

    BINDINGS = bindings(TERM_PANEL)

    class Chosen(Message):
        """The translator picked an approved term to insert."""

        def __init__(self, term: Term) -> None:
            super().__init__()
            self.term = term

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._terms: dict[str, Term] = {}
        self._concepts: dict[str, str] = {}
        """The concept of each pickable term (by option id): what `o` marks as another sense."""
        self._shown: tuple[Text, list[tuple[Any, str | None, bool]]] | None = None
        """The summary and options drawn last (the same again is not redrawn)."""

    def compose(self) -> ComposeResult:
        yield Static(id="term-summary")
        yield PanelList(id="term-list")

    def show(self, checks: Any | None, target_lang: str, note: str | None = None, missing: int | None = None) -> None:
        """Draw the `SegmentTerms` of a segment (None: no termbase, or not computed yet); `missing`,
        when given, is how many of its checks miss (counted on the checking thread: 100,000 of
        them held the drawing thread).

        Moving between segments with the same terms (most often none) redraws
        nothing, and a new list replaces the old one in one step.
        """
        terms: dict[str, Term] = {}
        concepts: dict[str, str] = {}
        options: list[Option] = []
        if checks is None:
            summary = literal(note or _("No termbase in this project."))
        elif not checks.source and not checks.forbidden:
            summary = Text(_("No terms in this segment."))
        else:
            found = checks.source
            if missing is None:
                missing = sum(1 for check in found if check.missing)
            forbidden = len(checks.forbidden)
            summary = Text(
                ngettext("{count} term", "{count} terms", len(found)).format(count=len(found))
                + " · "
                + _("{missing} missing · {forbidden} forbidden").format(missing=missing, forbidden=forbidden)
            )
            for index, check in enumerate(found[:MAX_SHOWN_TERMS]):
                options += self._options_for(index, check, target_lang, terms)
                concepts.update((key, check.concept.id) for key in terms if key.startswith(f"{index}:"))
            if len(found) > MAX_SHOWN_TERMS:
                more = len(found) - MAX_SHOWN_TERMS
                options.append(Option(Text(ngettext("… and {count} more term", "… and {count} more terms", more)
                                           .format(count=more), style="dim"), disabled=True))
            if forbidden:
                heading = Text("⚠ " + _("forbidden in the target:"), style="bold red")
                options.append(Option(heading, disabled=True))
                for match in checks.forbidden:
                    options.append(Option(Text.assemble("   ", literal(match.text, "red strike")), disabled=True))
        self._terms = terms
        self._concepts = concepts
        shown = (summary, [(option.prompt, option.id, option.disabled) for option in options])
        if shown == self._shown:
            return
        self._shown = shown
        self.draw(lambda: self._draw_terms(summary, options))

    def _draw_terms(self, summary: Text, options: list[Option]) -> None:
        self.query_one("#term-summary", Static).update(summary, layout=False)
        option_list = self.query_one("#term-list", OptionList)
        option_list.clear_options()
        option_list.add_options(options)

    def _options_for(self, index: int, check: Any, target_lang: str, terms: dict[str, Term]) -> list[Option]:
        match = check.source
        mark, mark_style = ("✓", "green") if check.satisfied else ("✗", "bold red")
        heading = Text.assemble((mark + " ", mark_style), literal(match.text, "bold"))
        if match.text.casefold() != match.term.text.casefold():
            heading.append_text(literal(f"  ({match.term.text})", "dim"))
        options = [Option(heading, disabled=True)]
        for number, term in enumerate(check.expected):
            key = f"{index}:{number}"
            terms[key] = term
            used = any(found.term == term for found in check.approved)
            label = Text.assemble(
                "   ",
                ("● " if used else "○ ", "green" if used else "dim"),
                literal(term.text, "bold" if number == 0 else ""),
                (f"  {_(STATUS_NAMES[term.status])}", "dim"),
            )
            options.append(Option(noted(label, term), id=key))
        deprecated = check.concept.forbidden(target_lang)
        if any(term.usage_note for term in deprecated):
            for term in deprecated:  # each with its own reason
                avoid = Text.assemble("   ", (_("avoid:") + " ", "dim"), literal(term.text, "dim strike"))
                options.append(Option(noted(avoid, term), disabled=True))
        elif deprecated:
            names = ", ".join(t.text for t in deprecated)
            options.append(
                Option(Text.assemble("   ", (_("avoid:") + " ", "dim"), (names, "dim strike")), disabled=True)
            )
        return options

    @property
    def highlighted_term(self) -> Term | None:
        options = self.query_one("#term-list", OptionList)
        if self.stale or options.highlighted is None:
            return None
        option = options.get_option_at_index(options.highlighted)
        return self._terms.get(option.id or "")

    @property
    def highlighted_concept(self) -> str | None:
        """The concept of the highlighted term, or of the panel's first term when none is."""
        options = self.query_one("#term-list", OptionList)
        if self.stale:
            return None
        if options.highlighted is not None:
            found = self._concepts.get(options.get_option_at_index(options.highlighted).id or "")
            if found is not None:
                return found
        return next(iter(self._concepts.values()), None)

    def approved_terms(self) -> list[Term]:
        """Every pickable approved term, in panel order (the first missing concept's first)."""
        return list(self._terms.values())

    @on(OptionList.OptionSelected, "#term-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        term = self._terms.get(event.option.id or "")
        if term is not None:
            self.post_message(self.Chosen(term))
