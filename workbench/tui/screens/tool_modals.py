"""The translator's small forms: go to segment N, filter the grid, search and replace, write a comment.

Each asks, checks what was typed through the core (`segment_navigation`,
`segment_filter`, `search_replace`) and hands back a value; the translation
editor acts on it. Nothing here writes to the project: the replace form
shows the preview and returns the changes the translator kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from workbench.core.editing import ReplaceQuery, SegmentChange, choose_form
from workbench.core.navigation import SegmentFilter, TextQuery, excerpt, parse_position
from workbench.core.project import SegmentStatus
from workbench.errors import WorkbenchError
from workbench.tui.check_names import CheckSuggester, check_names
from workbench.tui.i18n import N_, _, check_name, error_message, ngettext, number
from workbench.tui.screens.base import STATUS_NAMES
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.widgets.fitted_select import FittedSelect
from workbench.tui.widgets.literal import literal, one_line

PREVIEW_PAGE = 200
"""Changes the replace preview lists at first, and adds each time the cursor nears the end."""

CLEAR = "clear"
"""What the filter form returns for "show every segment again"."""


class _Form(ModalScreen[object]):
    """A small titled form: escape cancels, errors show in one line under the fields."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", _("Cancel"))]

    def error(self, text: str) -> None:
        self.query_one(".form-error", Static).update(literal(text))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class GoToModal(_Form):
    """Which segment (or, in the alignment editor, pair: the same numbers) to go to (1 .. count)."""

    def __init__(self, count: int, *, pairs: bool = False) -> None:
        super().__init__()
        self.count = count
        self.pairs = pairs

    def compose(self) -> ComposeResult:
        title = _("Go to pair") if self.pairs else _("Go to segment")
        placeholder = _("Pair number, 1 to {count}") if self.pairs else _("Segment number, 1 to {count}")
        with Vertical(classes="form", id="goto-form"):
            yield Static(literal(title, "bold"), classes="form-title")
            yield Input(placeholder=placeholder.format(count=number(self.count)), id="goto")
            yield Static("", classes="form-error")
            with Horizontal(classes="form-buttons"):
                yield Button(_("Go"), variant="primary", id="ok")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#goto", Input).focus()

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted, "#goto")
    def _ok(self) -> None:
        try:
            self.dismiss(parse_position(self.query_one("#goto", Input).value, self.count))
        except WorkbenchError as error:
            self.error(error_message(error))


class TextModal(_Form):
    """One line of text that must not be empty (a comment)."""

    def __init__(self, title: str, about: Text | str, placeholder: str) -> None:
        super().__init__()
        self.title_text = title
        self.about = about if isinstance(about, Text) else literal(about)
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="form"):
            yield Static(literal(self.title_text, "bold"), classes="form-title")
            yield Static(self.about, id="text-about")
            yield Input(placeholder=self.placeholder, id="text")
            yield Static("", classes="form-error")
            with Horizontal(classes="form-buttons"):
                yield Button(_("OK"), variant="primary", id="ok")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#text", Input).focus()

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted, "#text")
    def _ok(self) -> None:
        text = self.query_one("#text", Input).value.strip()
        if not text:
            self.error(_("Write something first."))
            return
        self.dismiss(text)


MODES = (("plain", N_("plain text")), ("regex", N_("regular expression")), ("forms", N_("any inflected form")))


class FilterModal(_Form):
    """The grid's filter: every field that is filled in must hold (returns a `SegmentFilter` or `CLEAR`)."""

    def __init__(self, current: SegmentFilter, resolve_concept: Callable[[str], str]) -> None:
        super().__init__()
        self.current = current
        self.resolve_concept = resolve_concept
        """Concept id for what was typed in the term field (an id or a term); raises if none."""

    def compose(self) -> ComposeResult:
        flt = self.current
        text = flt.text or TextQuery("")
        with Vertical(classes="form", id="filter-form"):
            yield Static(literal(_("Filter the segments"), "bold"), classes="form-title")
            with VerticalScroll(id="filter-fields"):
                with Horizontal(classes="form-row"):
                    yield Label(_("Status"))
                    for status in SegmentStatus:
                        yield Checkbox(STATUS_NAMES[status], status in flt.statuses, id=f"status-{status}")
                with Horizontal(classes="form-row"):
                    yield Label(_("Verdict"))  # a row of its own: beside the statuses it ran off at 80 columns
                    yield Checkbox(_("rejected"), flt.rejected, id="filter-rejected")
                    yield Checkbox(_("unreviewed MT"), flt.machine, id="filter-mt")
                with Horizontal(classes="form-row"):
                    yield Label(_("Text"))
                    yield Input(text.text, placeholder=_("word, phrase or pattern"), id="filter-text")
                with Horizontal(classes="form-row"):
                    yield Label("")
                    yield FittedSelect([(_(label), mode) for mode, label in MODES], value=text.mode, allow_blank=False,
                                 id="filter-mode")
                    yield FittedSelect([(_("both sides"), "both"), (_("source"), "source"), (_("target"), "target")],
                                 value=text.side, allow_blank=False, id="filter-side")
                    yield Checkbox(_("case"), text.case_sensitive, id="filter-case")
                with Horizontal(classes="form-row"):
                    yield Label(_("Finding"))
                    yield Input(check_names().shown(flt.checks),
                                placeholder=_("check, e.g. {name}").format(name=check_name("term-missing")),
                                suggester=CheckSuggester(), id="filter-check")
                    yield FittedSelect([(_("any severity"), ""), (_("errors"), "error"), (_("warnings"), "warning"),
                                  (_("info"), "info")],
                                 value=next(iter(flt.severities), ""), allow_blank=False, id="filter-severity")
                with Horizontal(classes="form-row"):
                    yield Label(_("Term"))
                    yield Input(flt.concept or "", placeholder=_("concept id or term"), id="filter-term")
                with Horizontal(classes="form-row"):
                    yield Label(_("Confidence"))
                    yield Input("" if flt.confidence_below is None else f"{flt.confidence_below:g}",
                                placeholder=_("below, e.g. 0.5"), id="filter-confidence")
                    yield FittedSelect([(_("comments: any or none"), ""), (_("open comments"), "open"),
                                  (_("any comment"), "any")],
                                 value=flt.comments or "", allow_blank=False, id="filter-comments")
            yield Static("", classes="form-error")
            with Horizontal(classes="form-buttons"):
                yield Button(_("Apply"), variant="primary", id="ok")
                yield Button(_("Show all"), id="clear")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#filter-text", Input).focus()

    @on(Button.Pressed, "#clear")
    def _clear(self) -> None:
        self.dismiss(CLEAR)

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def _ok(self) -> None:
        try:
            self.dismiss(self.chosen())
        except (WorkbenchError, ValueError) as error:
            self.error(error_message(error) if isinstance(error, WorkbenchError) else str(error))

    def chosen(self) -> SegmentFilter:
        """The filter as the fields stand (a bad value raises with a message fit to show)."""
        value = lambda widget_id: self.query_one(f"#{widget_id}", Input).value.strip()  # noqa: E731
        select = lambda widget_id: self.query_one(f"#{widget_id}", Select).value  # noqa: E731
        statuses = frozenset(s for s in SegmentStatus if self.query_one(f"#status-{s}", Checkbox).value)
        text = value("filter-text")
        confidence = value("filter-confidence").replace(",", ".")
        if confidence:
            try:
                below = float(confidence)
            except ValueError:
                raise ValueError(_("Confidence: a number between 0 and 1.")) from None
            if not 0.0 <= below <= 1.0:
                raise ValueError(_("Confidence: a number between 0 and 1."))
        term = value("filter-term")
        severity = select("filter-severity")
        comments = select("filter-comments")
        return SegmentFilter(
            statuses=statuses,
            checks=check_names().read(value("filter-check")),
            severities=frozenset({str(severity)}) if severity else frozenset(),
            text=TextQuery(text, select("filter-side"), select("filter-mode"),  # type: ignore[arg-type]
                           self.query_one("#filter-case", Checkbox).value) if text else None,
            concept=self.resolve_concept(term) if term else None,
            confidence_below=float(confidence) if confidence else None,
            comments=comments or None,  # type: ignore[arg-type]
            rejected=self.query_one("#filter-rejected", Checkbox).value,
            machine=self.query_one("#filter-mt", Checkbox).value,
        )


Planner = Callable[[ReplaceQuery], Callable[[], list[SegmentChange]]]
"""What reads, on the drawing thread, the segments a replace plan needs, and returns the plan
itself, which runs in a thread: matching 100,000 targets held the app for 1.1 s (a regular
expression 1.7 s, hardening round 23)."""


class ReplaceModal(_Form):
    """Find and replace in every target: the preview lists each change, and the translator may leave some out.

    Returns the changes to apply (the preview's, less those left out);
    applying them is the editor's job, as one undo step.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", _("Cancel")),
        Binding("space", "toggle_change", _("Leave out / keep"), show=False),
        Binding("f", "choose_form", _("Choose a form"), show=False),
    ]

    def __init__(self, plan: Planner, find: str = "") -> None:
        super().__init__()
        self.plan = plan
        self.find = find
        self.changes: list[SegmentChange] = []
        self.left_out: set[int] = set()
        """Indices of previewed changes the translator left out."""
        self.forms_offered = False
        """Whether any match of the plan has another form to choose (`f`)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="form", id="replace-form"):
            yield Static(literal(_("Replace in every target"), "bold"), classes="form-title")
            with Horizontal(classes="form-row"):
                yield Label(_("Find"))
                yield Input(self.find, placeholder=_("text, pattern or word"), id="replace-find")
            with Horizontal(classes="form-row"):
                yield Label(_("Replace"))
                yield Input(placeholder=_("replacement (\\1 for a group)"), id="replace-with")
            with Horizontal(classes="form-row"):
                yield FittedSelect([(_(label), mode) for mode, label in MODES], value="plain", allow_blank=False,
                             id="replace-mode")
                yield Checkbox(_("whole word"), id="replace-whole")
                yield Checkbox(_("case"), id="replace-case")
            yield Static("", id="replace-summary")
            preview = OptionList(id="replace-preview")
            preview.can_focus = False  # until a preview lists changes (`_show_preview`)
            yield preview
            yield Static("", classes="form-error")
            with Horizontal(classes="form-buttons"):
                yield Button(_("Preview"), id="preview")
                yield Button(_("Replace"), variant="primary", id="ok", disabled=True)
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#replace-find", Input).focus()

    def query_value(self) -> ReplaceQuery:
        return ReplaceQuery(
            self.query_one("#replace-find", Input).value,
            self.query_one("#replace-with", Input).value,
            self.query_one("#replace-mode", Select).value,  # type: ignore[arg-type]
            self.query_one("#replace-whole", Checkbox).value,
            self.query_one("#replace-case", Checkbox).value,
        )

    @on(Button.Pressed, "#preview")
    @on(Input.Submitted)
    def action_preview(self) -> None:
        """Plan the replace in a thread and list every change when it is made; nothing is written."""
        self.error("")
        self.changes, self.left_out = [], set()
        self._show_preview()
        query = self.query_value()
        try:
            planned = self.plan(query)
        except WorkbenchError as error:
            self.error(error_message(error))
            return
        self.query_one("#replace-summary", Static).update(Text(_("Finding the matches…")))
        self.run_worker(partial(self._plan_off_thread, query, planned), thread=True, exclusive=True,
                        group="replace-plan")

    def _plan_off_thread(self, query: ReplaceQuery, planned: Callable[[], list[SegmentChange]]) -> None:
        try:
            changes, problem = planned(), ""
        except WorkbenchError as error:
            changes, problem = [], error_message(error)
        self.app.call_from_thread(self._planned, query, changes, problem)

    def _planned(self, query: ReplaceQuery, changes: list[SegmentChange], problem: str) -> None:
        """Show a plan made in the thread, unless the dialog closed or its query changed since
        (a newer preview is on its way, or the translator must ask again)."""
        if not self.is_attached:
            return
        if query != self.query_value():
            self.query_one("#replace-summary", Static).update("")
            return
        self.error(problem)
        self.changes, self.left_out = changes, set()
        self._show_preview()
        preview = self.query_one("#replace-preview", OptionList)
        if self.changes:
            preview.highlighted = 0
            preview.focus()

    @on(Select.Changed)
    @on(Checkbox.Changed)
    @on(Input.Changed)
    def _query_changed(self) -> None:
        """A changed query makes the preview stale: it must be made again before replacing."""
        if self.changes:
            self.changes, self.left_out = [], set()
            self._show_preview()

    def _show_preview(self) -> None:
        """List the first page of changes afresh (a new plan); more are added as the cursor nears the end."""
        preview = self.query_one("#replace-preview", OptionList)
        preview.clear_options()
        self._list_more(preview)
        # An empty preview is no stop for `tab`: it took one between the options and the buttons,
        # where `enter` did nothing (userday45). With changes listed it is one, in reading order.
        preview.can_focus = bool(self.changes)
        # Only a match with alternatives or other forms can offer a choice: a plain replace of
        # 25,000 matches builds no `choices` at all.
        self.forms_offered = any((r.alternatives or r.other_forms) and len(r.choices) > 1
                                 for c in self.changes for r in c.replacements)
        self._summarise()

    def _list_more(self, preview: OptionList) -> None:
        """Add the next `PREVIEW_PAGE` changes to the list.

        A Textual option list measures every option it holds: 25,000 changes took
        tens of seconds before the preview showed, so the list grows a page at a time.
        """
        start = preview.option_count
        preview.add_options(
            Option(change_label(self.changes[i], left_out=i in self.left_out), id=str(i))
            for i in range(start, min(start + PREVIEW_PAGE, len(self.changes)))
        )

    @on(OptionList.OptionHighlighted, "#replace-preview")
    def _near_the_end(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index >= event.option_list.option_count - 10 > 0 and event.option_list.option_count < len(self.changes):
            self._list_more(event.option_list)

    def _summarise(self) -> None:
        kept = len(self.changes) - len(self.left_out)
        matches = sum(len(c.replacements) for i, c in enumerate(self.changes) if i not in self.left_out)
        summary = (
            ngettext("{count} match", "{count} matches", matches).format(count=number(matches))
            + " · "
            + ngettext("{count} segment", "{count} segments", kept).format(count=number(kept))
            + ("  " + _("(space leaves a change out)") if self.changes else "")
            + ("  " + _("(f chooses another form)") if self.forms_offered else "")
        )
        self.query_one("#replace-summary", Static).update(Text(summary))
        self.query_one("#ok", Button).disabled = not kept
        # A preview on show is the query's own (a changed query clears it): "Preview" again would
        # make the same list, and `tab` from the list reached it before "Replace", whose `enter`
        # seemed to do nothing (userday42). Off until the query changes, so `tab` goes to "Replace".
        self.query_one("#preview", Button).disabled = bool(self.changes)

    def _relabel(self, index: int) -> None:
        """Redraw one listed change (left out or kept, another form chosen) and the counts."""
        preview = self.query_one("#replace-preview", OptionList)
        if index < preview.option_count:
            preview.replace_option_prompt_at_index(index, change_label(self.changes[index], left_out=index in self.left_out))
        self._summarise()

    @on(OptionList.OptionSelected, "#replace-preview")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._toggle(event.option_index)

    def action_toggle_change(self) -> None:
        preview = self.query_one("#replace-preview", OptionList)
        if preview.has_focus and preview.highlighted is not None:
            self._toggle(preview.highlighted)

    def _toggle(self, index: int) -> None:
        self.left_out ^= {index}
        self._relabel(index)

    def action_choose_form(self) -> None:
        """Offer every form of the replacement for each match of the highlighted change; the pick
        replaces the proposed one (the context may ask for another case than the match's own)."""
        preview = self.query_one("#replace-preview", OptionList)
        row = preview.highlighted
        if not preview.has_focus or row is None or row >= len(self.changes):
            return
        change = self.changes[row]
        options: list[tuple[Text, tuple[int, str]]] = [
            (Text.assemble(literal(one_line(r.found, 30), "red strike"), " → ",
                           literal(form, "bold green" if form == r.replacement else "")), (index, form))
            for index, r in enumerate(change.replacements)
            for form in r.choices
        ]
        if len(options) <= len(change.replacements):
            self.notify(_("This match has no other form."), severity="warning")
            return

        def chosen(choice: tuple[int, str] | None) -> None:
            if choice is not None:
                self.changes[row] = choose_form(self.changes[row], *choice)
                self._relabel(row)

        self.app.push_screen(ChoiceModal(_("Form of the replacement"), options), chosen)

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        kept = [c for i, c in enumerate(self.changes) if i not in self.left_out]
        if kept:
            self.dismiss(kept)


def change_label(change: SegmentChange, *, left_out: bool = False) -> Text:
    """`12  клубов → кружков` over the target as it would read; user text shown literally."""
    label = Text.assemble((f"{number(change.position):>6}  ", "dim"))
    for index, r in enumerate(change.replacements):
        if index:
            label.append(", ")
        label.append_text(literal(one_line(r.found, 40), "red strike"))
        label.append(" → ")
        label.append_text(literal(one_line(r.replacement, 40), "bold green"))
        if r.alternatives:
            label.append("  " + _("or") + " ", style="dim")
            label.append_text(literal(" / ".join(r.alternatives), "dim"))
    label.append("\n        ")
    label.append_text(_after_in_context(change))
    if left_out:
        label.stylize("strike dim")
        label.append("  " + _("left out"), style="yellow")
    return label


PREVIEW_CHARS = 200
"""The most of a changed target a preview row shows, around its first change."""


def _after_in_context(change: SegmentChange) -> Text:
    """The target as it would read around its first change, the replacements in green.

    The row showed the target's first 200 characters: in a client's Markdown page of 2,000
    (autowp's), both changes of «зеленых» lay past them, and the preview showed neither
    (usersweep25). The window is the concordance's (`excerpt`, cut at spaces with …).
    """
    spans, shift = [], 0
    for r in change.replacements:
        start = r.start + shift
        spans.append((start, start + len(r.replacement)))
        shift += len(r.replacement) - (r.end - r.start)
    shown, kept = excerpt(change.after, spans, most=PREVIEW_CHARS)
    flat = one_line(shown)
    text = literal(flat, "dim")
    if len(flat) == len(shown):  # a break shown as ⏎ keeps the offsets; a CR LF would not
        for start, end in kept:
            text.stylize("bold green", start, end)
    return text


def comment_choices(comments: Sequence[object]) -> list[tuple[Text, object]]:
    """Open comments as choices for "which one to resolve"."""
    return [
        (Text.assemble((getattr(c, "author", "") + ": ", "bold"), literal(one_line(getattr(c, "text", ""), 120))), c)
        for c in comments
    ]
