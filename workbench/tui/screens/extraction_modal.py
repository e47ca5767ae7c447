"""Term extraction, keyboard-first: the project's candidates with their equivalents, one at a time.

The list holds the candidates best first (`workbench.core.extraction`), the pane beside it the
highlighted one's evidence: its counts, its likely equivalents with their confidence and the
segments it came from. `a` accepts it with the equivalent in the field below (one concept in
the project's termbase), `e` puts the cursor in that field to correct it, `1`-`3` take another
of the equivalents, `r` rejects it, `n` goes to the next undecided one. Reading the segments
takes seconds on a large project, so it runs in a worker and the list fills when it is done.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from workbench.core.extraction import (
    Accepted,
    Candidate,
    Extraction,
    add_accepted,
    extract_project_terms,
)
from workbench.core.project import Project
from workbench.errors import WorkbenchError
from workbench.tui import commands
from workbench.tui.commands import bindings
from workbench.tui.i18n import _, error_message, number
from workbench.tui.widgets.literal import literal, one_line

MARKS = {"accepted": "✓", "rejected": "✗", "": " "}
EXAMPLES_SHOWN = 3


class ExtractionModal(ModalScreen[int]):
    """Candidates to accept, correct or reject; returns how many concepts were added."""

    COMMANDS_TABLE = commands.TERM_EXTRACTION
    BINDINGS: ClassVar[list[BindingType]] = bindings(commands.TERM_EXTRACTION)

    def __init__(self, project: Project, limit: int = 200) -> None:
        super().__init__()
        self.project = project
        self.limit = limit
        self.candidates: list[Candidate] = []
        self.decided: list[str] = []
        """Per candidate: "accepted", "rejected" or "" (not yet)."""
        self.accepted: dict[int, str] = {}
        """The equivalent each accepted candidate went into the termbase with ("" for none):
        the list and the field show it, not the best proposal. An edited equivalent, or one
        cleared to add the term alone, was shown as the proposal it replaced."""
        self.added = 0
        self.segments: dict[int, tuple[str, str]] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="extraction"):
            yield Static(Text(_("Term candidates"), style="bold"), id="extraction-title", classes="form-title")
            with Horizontal(id="extraction-body"):
                yield OptionList(id="extraction-list")
                with VerticalScroll(id="extraction-detail-box"):
                    yield Static(Text(_("Reading the segments…")), id="extraction-detail")
            yield Input(placeholder=_("Equivalent to add with the term"), id="extraction-equivalent")
            yield Static(Text(_("a: accept · e: edit the equivalent · 1-3: take an equivalent · r: reject · "
                                "n: next · escape: close"), style="dim"), id="extraction-keys")

    def on_mount(self) -> None:
        self.query_one("#extraction-list", OptionList).focus()
        self._read()

    @work(thread=True, exclusive=True)
    def _read(self) -> None:
        try:
            # a connection of the worker's own: SQLite's may not cross threads
            with Project.open(self.project.path) as project:
                found = extract_project_terms(project, limit=self.limit)
                wanted = {p for c in found.candidates for p in c.examples[:EXAMPLES_SHOWN]}
                segments = {s.position: (s.source, s.target) for s in project.segments() if s.position in wanted}
        except WorkbenchError as error:
            self.app.call_from_thread(self._failed, error)
            return
        self.app.call_from_thread(self._show_found, found, segments)

    def _failed(self, error: Exception) -> None:
        self.query_one("#extraction-detail", Static).update(literal(error_message(error)))

    def _show_found(self, found: Extraction, segments: dict[int, tuple[str, str]]) -> None:
        self.candidates = list(found.candidates)
        self.decided = [""] * len(self.candidates)
        self.segments = segments
        count = len(self.candidates)
        self.query_one("#extraction-title", Static).update(Text(_(
            "Term candidates: {count} · segments read: {segments}").format(
            count=number(count), segments=number(found.pairs)), style="bold"))
        options = self.query_one("#extraction-list", OptionList)
        options.clear_options()
        options.add_options([Option(self._line(i)) for i in range(count)])
        if count:
            options.highlighted = 0
            self._show(0)
        else:
            self.query_one("#extraction-detail", Static).update(Text(_(
                "No term candidates: no noun or noun phrase occurs twice that the termbase does not have.")))

    def _line(self, index: int) -> Text:
        candidate = self.candidates[index]
        best = self.accepted.get(index, candidate.equivalents[0].text if candidate.equivalents else "") or "—"
        return literal(f"{MARKS[self.decided[index]]} {one_line(candidate.text, 40)} → {one_line(best, 40)}")

    @property
    def current(self) -> int | None:
        index = self.query_one("#extraction-list", OptionList).highlighted
        return index if index is not None and 0 <= index < len(self.candidates) else None

    @on(OptionList.OptionHighlighted, "#extraction-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if 0 <= event.option_index < len(self.candidates):
            self._show(event.option_index)

    def _show(self, index: int) -> None:
        candidate = self.candidates[index]
        body = Text()
        body.append_text(literal(candidate.text, "bold"))
        body.append("\n")
        body.append(_("{count} occurrences in {segments} segments · score {score}").format(
            count=number(candidate.count), segments=number(len(candidate.pairs)), score=f"{candidate.score:.1f}"),
            "dim")
        if candidate.known:
            body.append("\n" + _("already in the termbase: {id}").format(id=candidate.known), "yellow")
        body.append("\n\n" + _("Equivalents") + "\n", "bold")
        for number_, equivalent in enumerate(candidate.equivalents, start=1):
            body.append(f"{number_}. ")
            body.append_text(literal(equivalent.text))
            body.append("  " + _("confidence {confidence}, together in {together} of {segments}").format(
                confidence=f"{equivalent.confidence:.2f}", together=number(equivalent.together),
                segments=number(len(candidate.pairs))) + "\n", "dim")
        if not candidate.equivalents:
            body.append(_("none found: type one below, or accept the term alone") + "\n", "dim")
        body.append("\n" + _("Segments") + "\n", "bold")
        for position in candidate.examples[:EXAMPLES_SHOWN]:
            source, target = self.segments.get(position, ("", ""))
            body.append(f"{position}  ", "dim")
            body.append_text(literal(one_line(source, 200)))
            body.append("\n      ")
            body.append_text(literal(one_line(target, 200), "italic"))
            body.append("\n")
        self.query_one("#extraction-detail", Static).update(body)
        field = self.query_one("#extraction-equivalent", Input)
        field.value = self.accepted.get(index, candidate.equivalents[0].text if candidate.equivalents else "")

    # -- the decisions ----------------------------------------------------------------------

    def action_accept(self) -> None:
        index = self.current
        if index is None or self.decided[index]:
            if index is not None:
                self.action_next()
            return
        candidate = self.candidates[index]
        equivalent = self.query_one("#extraction-equivalent", Input).value.strip()
        try:
            added = add_accepted(self.project, [Accepted(candidate.text, equivalent)])
        except WorkbenchError as error:
            self.notify(error_message(error), severity="error", timeout=8)
            return
        self.added += len(added.added)
        self.accepted[index] = equivalent
        self._decide(index, "accepted")
        if added.added:
            self.notify(_("Added {term} → {equivalent}").format(term=candidate.text, equivalent=equivalent or "—"),
                        markup=False)
        else:
            self.notify(_("{term} is in the termbase already").format(term=candidate.text), markup=False)

    def action_reject(self) -> None:
        index = self.current
        if index is not None:
            self._decide(index, "rejected")

    def action_edit_equivalent(self) -> None:
        if self.current is not None:
            self.query_one("#extraction-equivalent", Input).focus()

    def action_take_equivalent(self, which: int) -> None:
        index = self.current
        if index is not None and which <= len(self.candidates[index].equivalents):
            self.query_one("#extraction-equivalent", Input).value = self.candidates[index].equivalents[which - 1].text

    def action_next(self) -> None:
        index = self.current
        start = -1 if index is None else index
        for later in range(start + 1, len(self.candidates)):
            if not self.decided[later]:
                self.query_one("#extraction-list", OptionList).highlighted = later
                return

    def action_close(self) -> None:
        self.dismiss(self.added)

    @on(Input.Submitted, "#extraction-equivalent")
    def _submitted(self) -> None:
        self.query_one("#extraction-list", OptionList).focus()
        self.action_accept()

    def _decide(self, index: int, decision: str) -> None:
        self.decided[index] = decision
        options = self.query_one("#extraction-list", OptionList)
        options.replace_option_prompt_at_index(index, self._line(index))
        self.action_next()
