"""The translation and review editor: a segment grid, the segment in full, and three helper panels.

Saving is never the translator's job. The target is written through
`workbench.core.editing` (one transaction each) when the translator leaves
the text area, moves to another segment, switches view or quits, and also
a moment after they stop typing, so neither a crash nor a closed terminal
loses what was typed.

Local checks (terms, numbers, typography ...) run again for the segment on
every save, so its findings are always about the text on screen; checks
about the project as a whole (consistency, length distribution) come from
the last full run.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.timer import Timer
from textual.widgets import Input, Static, TabbedContent, TabPane, TextArea

from termbase.model import Term
from workbench.core import editing
from workbench.core.checks import Finding
from workbench.core.project import Segment, SegmentStatus
from workbench.core.tags import next_source_tag
from workbench.errors import WorkbenchError
from workbench.tui import commands
from workbench.tui.commands import bindings
from workbench.tui.i18n import _, decimal, error_message, number
from workbench.tui.messages import FindingsUpdated, TermsLoaded
from workbench.tui.screens.base import STATUS_NAMES, USER_ERRORS, StoreViewScreen
from workbench.tui.screens.choice_modal import ChoiceModal, ReasonModal
from workbench.tui.term_forms import form_choices
from workbench.tui.widgets.findings_panel import FindingsPanel, finding_label
from workbench.tui.widgets.literal import literal
from workbench.tui.widgets.memory_panel import MemoryPanel
from workbench.tui.widgets.segment_grid import SegmentGrid
from workbench.tui.widgets.segment_view import SourceView, TargetEditor
from workbench.tui.widgets.term_panel import TermPanel

SAVE_DELAY = 0.8
"""Seconds of quiet typing after which the target is saved anyway."""
SAVE_AT_LEAST_EVERY = 1.5
"""Seconds of continuous typing after which the target is saved even without a pause:
a crash during a long stretch of typing loses at most this much."""
DETAILS_DELAY = 0.06
"""Seconds the cursor must rest before the panels follow (checks and term matching run then)."""
LOOKUP_DELAY = 0.15
"""Seconds the cursor must rest on a segment before the memory is asked (holding a key asks once)."""

STATUS_STYLE = {SegmentStatus.DRAFT: "dim", SegmentStatus.TRANSLATED: "green", SegmentStatus.REVIEWED: "bold cyan"}


class TranslationScreen(StoreViewScreen):
    """Grid above, the current segment below, terms / findings / memory beside."""

    MODE = "translate"
    COMMANDS_TABLE = commands.TRANSLATION
    BINDINGS: ClassVar = bindings(commands.TRANSLATION)

    def __init__(self) -> None:
        super().__init__()
        self.current_id: int | None = None
        """The segment whose target is in the editor."""
        self._saved_target = ""
        """The target as stored: typing that differs from it is unsaved."""
        self._save_failed = False
        """The last save was refused (the database is locked or read-only): do not move on."""
        self._save_timer: Timer | None = None
        self._unsaved_since: float | None = None
        """When the editor's text first differed from what is stored (monotonic seconds)."""
        self._lookup_timer: Timer | None = None
        self._details_timer: Timer | None = None
        self._reload_pending = False
        """The target in the editor must be replaced from the store when the detail is next shown."""
        self._terms: Any | None = None
        """`SegmentTerms` of the current segment, when the termbase is loaded."""

    def compose(self) -> ComposeResult:
        yield self.mode_bar()
        with Horizontal(id="editor-body"):
            with Vertical(id="editor-main"):
                yield SegmentGrid(worst_severity=self.workbench.worst_severity, id="grid")
                with Vertical(id="detail"):
                    yield Static(id="segment-info")
                    yield SourceView(id="source")
                    yield TargetEditor(id="target")
            with TabbedContent(id="side"):
                with TabPane(_("Terms"), id="terms-tab"):
                    yield TermPanel(id="terms")
                with TabPane(_("Findings"), id="findings-tab"):
                    yield FindingsPanel(id="findings")
                with TabPane(_("Memory"), id="memory-tab"):
                    yield MemoryPanel(id="memory")
        yield self.footer()

    def on_mount(self) -> None:
        self.query_one("#segment-info", Static).update(Text(_("Loading segments…")))
        # The source's highlights are drawn in the theme's colours: a new theme draws them again.
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.when_shown(self._redraw_marks))
        self._refresh_from_store()
        self.query_one("#grid", SegmentGrid).focus()

    # -- keeping the view in step with the store -------------------------------------------

    @property
    def grid(self) -> SegmentGrid:
        return self.query_one("#grid", SegmentGrid)

    @property
    def editor(self) -> TargetEditor:
        return self.query_one("#target", TargetEditor)

    def _redraw_from_store(self) -> None:
        store = self.workbench.store
        index = store.index_of(self.current_id) if self.current_id is not None else None
        self.grid.show(store.segments, cursor=index if index is not None else self.grid.cursor)
        self._show_current(reload_target=True)

    def on_findings_updated(self, message: FindingsUpdated) -> None:
        self.when_shown(self._redraw_marks)

    def on_terms_loaded(self, message: TermsLoaded) -> None:
        self.when_shown(self._redraw_marks)

    def _redraw_marks(self) -> None:
        """Findings or terms changed: redraw the marks and panels, keeping what is being typed."""
        self.grid.refresh_rows()
        self._show_current(reload_target=False)

    def on_screen_suspend(self) -> None:
        self.save_pending()

    def go_to_segment(self, segment_id: int) -> None:
        """Show one segment (asked for by the findings view); before the grid exists, remember it."""
        if not self.is_mounted:
            self.current_id = segment_id
            return
        index = self.workbench.store.index_of(segment_id)
        if index is not None:
            self.save_pending()
            self.grid.move_to(index, center=True)
            self.grid.focus()

    # -- showing the current segment ---------------------------------------------------------

    @on(SegmentGrid.CursorMoved, "#grid")
    def _cursor_moved(self, event: SegmentGrid.CursorMoved) -> None:
        self.save_pending()
        if self._save_failed and self.current_id is not None:
            # Moving on would load the next target over text that is not saved:
            # stay on (or go back to) the segment whose text the database refused.
            index = self.workbench.store.index_of(self.current_id)
            if index is not None and index != self.grid.cursor:
                self.grid.move_to(index)
            return
        self._show_current(reload_target=True, defer=True)

    @on(SegmentGrid.Activated, "#grid")
    def _activated(self, event: SegmentGrid.Activated) -> None:
        self.action_edit_target()

    @property
    def current(self) -> Segment | None:
        return self.grid.current

    def _show_current(self, *, reload_target: bool, defer: bool = False) -> None:
        """Show the segment under the cursor.

        With `defer` (the cursor moved in the grid) only the grid and the info
        line change at once; the source, the target and the panels (which run
        the checks and the term matcher) follow when the cursor has rested for
        a moment, so holding a key scrolls smoothly through 50,000 segments.
        While the target text has focus nothing is deferred: what is typed
        must go to the segment on screen.
        """
        segment = self.current
        if self._details_timer is not None:
            self._details_timer.stop()
            self._details_timer = None
        if segment is None:
            self.current_id = None
            self.query_one("#segment-info", Static).update(
                Text(_("No segments yet: import a document on the project view (F2).")), layout=False
            )
            self.query_one(SourceView).show("")
            self.editor.load_text("")
            self._saved_target = ""
            return
        self._reload_pending = self._reload_pending or reload_target
        self._show_info(segment)
        if defer and not self.editor.has_focus:
            self._details_timer = self.set_timer(DETAILS_DELAY, self._show_details)
        else:
            self._show_details()
        if reload_target:
            self._schedule_lookup()

    def _flush_details(self) -> None:
        """Bring the detail up to date now (an action needs it before the cursor has rested)."""
        if self._details_timer is not None:
            self._show_details()

    def _show_details(self) -> None:
        """The source with its highlights, the target, and the panels (checks run here)."""
        if self._details_timer is not None:
            self._details_timer.stop()
        self._details_timer = None
        segment = self.current
        if segment is None:
            return
        if self._reload_pending or segment.id != self.current_id:
            self.current_id = segment.id
            self._saved_target = segment.target
            self.editor.load_text(segment.target)
        self._reload_pending = False
        self._terms = self._term_checks(segment)
        findings = self._findings_for(segment)
        self._show_source(segment, findings, None)
        self.query_one(TermPanel).show(
            self._terms,
            self.project.config.target_lang,
            note=None if self.workbench.enforcer_ready else _("Loading the termbase…"),
        )
        self.query_one(FindingsPanel).show(findings)

    def _show_info(self, segment: Segment) -> None:
        index = self.grid.cursor
        info = Text.assemble(
            (_("Segment {position} of {total}").format(
                position=number(index + 1), total=number(len(self.segments))), "bold"),
            "  ·  ",
            (STATUS_NAMES[segment.status], STATUS_STYLE[segment.status]),
        )
        if segment.confidence is not None:
            info.append("  ·  " + _("alignment confidence {value}").format(value=decimal(segment.confidence)))
        self.query_one("#segment-info", Static).update(info, layout=False)

    def _show_source(self, segment: Segment, findings: Sequence[Finding], focus: Finding | None) -> None:
        terms: list[tuple[int, int]] = []
        missing: list[tuple[int, int]] = []
        if self._terms is not None:
            for check in self._terms.source:
                (missing if check.missing else terms).append(check.source.span)
        spans = [span for f in findings for span in f.source_spans]
        focus_span = focus.source_spans[0] if focus is not None and focus.source_spans else None
        self.query_one(SourceView).show(
            segment.source, terms=terms, missing=missing, findings=spans, focus=focus_span
        )

    @on(FindingsPanel.Highlighted)
    def _finding_highlighted(self, event: FindingsPanel.Highlighted) -> None:
        segment = self.current
        if segment is not None:
            self._show_source(segment, self.query_one(FindingsPanel).findings, event.finding)

    def _term_checks(self, segment: Segment) -> Any | None:
        enforcer = self.workbench.enforcer
        if enforcer is None:
            return None
        return enforcer.check(segment.source, self.editor.text if segment.id == self.current_id else segment.target)

    # -- findings --------------------------------------------------------------------------------

    def _findings_for(self, segment: Segment) -> list[Finding]:
        """The segment's findings for the text on screen: local checks now, project-wide from the last run."""
        return self.workbench.recheck(segment)

    # -- memory --------------------------------------------------------------------------------------

    def _schedule_lookup(self) -> None:
        if self._lookup_timer is not None:
            self._lookup_timer.stop()
        self.query_one(MemoryPanel).show_waiting()
        self._lookup_timer = self.set_timer(LOOKUP_DELAY, self._lookup)

    @work(exclusive=True, group="memory")
    async def _lookup(self) -> None:
        segment = self.current
        memory = self.workbench.memory
        if segment is None or memory is None:
            return
        try:
            matches = await memory.lookup(segment)
        except USER_ERRORS as error:
            self.report(error)
            return
        try:
            if self.current is not None and self.current.id == segment.id:
                self.query_one(MemoryPanel).show_matches(matches)
        except NoMatches:  # the app closed while the memory thread worked
            return

    @on(MemoryPanel.SearchRequested)
    def _concordance_requested(self, event: MemoryPanel.SearchRequested) -> None:
        self._search(event.text)

    @work(exclusive=True, group="memory")
    async def _search(self, text: str) -> None:
        memory = self.workbench.memory
        if memory is None:
            return
        self.query_one(MemoryPanel).show_waiting()
        try:
            hits = await memory.search(text)
        except USER_ERRORS as error:
            self.report(error)
            return
        try:
            self.query_one(MemoryPanel).show_hits(text, hits)
        except NoMatches:  # the app closed while the memory thread worked
            return

    @on(MemoryPanel.MatchesRequested)
    def _matches_requested(self) -> None:
        self._schedule_lookup()
        self.query_one(MemoryPanel).query_one("#memory-list").focus()

    @on(MemoryPanel.Chosen)
    def _match_chosen(self, event: MemoryPanel.Chosen) -> None:
        self._use_match(event.match.target)

    def action_insert_match(self) -> None:
        self._flush_details()
        match = self.query_one(MemoryPanel).chosen_match
        if match is None:
            self.notify(_("No memory match to insert."), severity="warning")
            return
        self._use_match(match.target)

    def _use_match(self, target: str) -> None:
        """A match replaces the whole target (ctrl+z in the text brings the old one back)."""
        editor = self.editor
        editor.replace(target, editor.document.start, editor.document.end)
        self._leave_panel()
        editor.focus()

    def action_concordance(self) -> None:
        self._flush_details()
        selected = self.editor.selected_text or self.get_selected_text() or ""
        self._show_panel("memory-tab")
        panel = self.query_one(MemoryPanel)
        search = panel.query_one("#concordance", Input)
        if selected.strip():
            search.value = " ".join(selected.split())
        panel.focus_search()

    # -- saving ------------------------------------------------------------------------------------

    @on(TextArea.Changed, "#target")
    def _typed(self, event: TextArea.Changed) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if self.editor.text == self._saved_target:
            self._unsaved_since = None
            return
        now = time.monotonic()
        if self._unsaved_since is None:
            self._unsaved_since = now
        # Saved after a pause, and at the latest SAVE_AT_LEAST_EVERY after the first unsaved key.
        left = SAVE_AT_LEAST_EVERY - (now - self._unsaved_since)
        if left <= 0:
            self.save_pending()
        else:
            self._save_timer = self.set_timer(min(SAVE_DELAY, left), self.save_pending)

    @on(TargetEditor.Left)
    def _left(self) -> None:
        self.save_pending()

    @on(TargetEditor.ConfirmRequested)
    def _confirm_requested(self) -> None:
        self.action_confirm_segment()

    def save_pending(self) -> Segment | None:
        """Write the editor's text if it differs from what is stored; returns the saved segment."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        self._unsaved_since = None
        if self.current_id is None or self.workbench.project is None:
            return None
        text = self.editor.text
        self._save_failed = False
        if text == self._saved_target:
            return None
        try:
            saved = editing.set_target(self.project, self.current_id, text)
        except (WorkbenchError, sqlite3.Error) as error:  # e.g. another program holds the database
            self._save_failed = True
            self.notify(_("Could not save the target: {error}").format(error=error_message(error)),
                        severity="error", timeout=10)
            return None
        self._saved_target = saved.target
        self._after_edit(saved)
        return saved

    def _after_edit(self, segment: Segment) -> None:
        """Put an edited segment in the store, re-check it and redraw what shows it."""
        store = self.workbench.store
        index = store.replace(segment)
        self._drawn_version = store.version
        if index is not None:
            self.grid.refresh_rows()
        if segment.id == self.current_id:
            self._show_current(reload_target=False)
        self.workbench.announce_edit((segment.id,))
        if self.workbench.memory is not None:
            self.workbench.memory.record(segment)

    # -- actions -------------------------------------------------------------------------------------

    def action_edit_target(self) -> None:
        self._flush_details()
        if self.current is not None:
            self.editor.focus()

    def action_focus_grid(self) -> None:
        self.save_pending()
        self.grid.focus()

    def action_next_segment(self) -> None:
        self.grid.move_to(self.grid.cursor + 1)

    def action_previous_segment(self) -> None:
        self.grid.move_to(self.grid.cursor - 1)

    def action_next_unconfirmed(self) -> None:
        segments = self.segments
        count = len(segments)
        for step in range(1, count + 1):
            index = (self.grid.cursor + step) % count
            if not segments[index].confirmed:
                self.grid.move_to(index, center=True)
                return
        self.notify(_("Every segment is confirmed."))

    def _set_status(self, status: SegmentStatus, advance: bool) -> None:
        self._flush_details()
        self.save_pending()
        segment = self.current
        if segment is None:
            return
        try:
            if status is SegmentStatus.TRANSLATED:
                updated = editing.confirm(self.project, segment.id)
            else:
                updated = editing.set_status(self.project, segment.id, status)
        except (WorkbenchError, sqlite3.Error) as error:
            self.report(error)
            self.workbench.check_outside_changes()
            return
        self._after_edit(updated)
        if advance and self.grid.cursor < len(self.segments) - 1:
            self.grid.move_to(self.grid.cursor + 1)

    def action_confirm_segment(self) -> None:
        self._set_status(SegmentStatus.TRANSLATED, advance=True)

    def action_review_segment(self) -> None:
        self._set_status(SegmentStatus.REVIEWED, advance=True)

    def action_draft_segment(self) -> None:
        self._set_status(SegmentStatus.DRAFT, advance=False)

    def focus_segment(self, segment_id: int) -> None:
        """After an undo: the editor follows the segment the step changed (reloaded from the store)."""
        self.current_id = segment_id
        self._reload_pending = True

    def action_next_panel(self) -> None:
        tabs = self.query_one("#side", TabbedContent)
        panes = [pane.id for pane in tabs.query(TabPane) if pane.id]
        current = panes.index(tabs.active) if tabs.active in panes else -1
        self._show_panel(panes[(current + 1) % len(panes)])

    def _show_panel(self, pane: str) -> None:
        tabs = self.query_one("#side", TabbedContent)
        tabs.active = pane
        self.add_class("-panel-shown")
        self.remove_class("-panel-hidden")
        focused = self.focused
        if focused is not None and tabs in focused.ancestors and pane_of(focused) != pane:
            # Focus left in the pane just hidden (the concordance box) would pull it
            # back into view, and F8 would seem to stop cycling: focus follows the panel.
            target = next((w for w in self.query_one(f"#{pane}", TabPane).query("*") if w.focusable), None)
            if target is not None:
                target.focus()
            else:
                self.grid.focus()

    def _leave_panel(self) -> None:
        """On a narrow terminal the panel takes the grid's place: put the grid back."""
        self.remove_class("-panel-shown")

    def action_toggle_panel(self) -> None:
        """Narrow terminals hide the side panel until asked; wide ones show it until told not to."""
        if self.has_class("-narrow"):
            self.toggle_class("-panel-shown")
        else:
            self.toggle_class("-panel-hidden")

    # -- terms -------------------------------------------------------------------------------------

    def action_insert_term(self) -> None:
        self._flush_details()
        panel = self.query_one(TermPanel)
        term = panel.highlighted_term
        if term is not None:
            self._offer_forms(term)
            return
        terms = panel.approved_terms()
        if not terms:
            self.notify(_("No approved term to insert in this segment."), severity="warning")
        elif len(terms) == 1:
            self._offer_forms(terms[0])
        else:
            self.app.push_screen(
                ChoiceModal(_("Which term?"), [(literal(t.text), t) for t in terms]),
                lambda term: self._offer_forms(term) if isinstance(term, Term) else None,
            )

    @on(TermPanel.Chosen)
    def _term_chosen(self, event: TermPanel.Chosen) -> None:
        self._offer_forms(event.term)

    def _offer_forms(self, term: Term) -> None:
        choices = form_choices(term)
        if len(choices) == 1:
            self._insert_text(choices[0][1])
            return
        self.app.push_screen(
            ChoiceModal(_("Insert «{term}» in which form?").format(term=term.text), choices),
            lambda text: self._insert_text(text) if isinstance(text, str) else None,
        )

    def action_insert_tag(self) -> None:
        segment = self.current
        if segment is None:
            return
        token = next_source_tag(segment.source, self.editor.text)
        if token is None:
            self.notify(_("The target has every tag of the source."), severity="information")
            return
        self._insert_text(token)

    def _insert_text(self, text: str) -> None:
        editor = self.editor
        start, end = editor.selection
        editor.replace(text, start, end)
        self._leave_panel()
        editor.focus()

    def action_add_term(self) -> None:
        self._flush_details()
        from workbench.tui.screens.concept_modal import ConceptModal

        segment = self.current
        if segment is None:
            return
        source = self.get_selected_text() or ""
        target = self.editor.selected_text
        self.app.push_screen(
            ConceptModal.for_new(self.project, source=source.strip(), target=target.strip()),
            self._concept_saved,
        )

    def _concept_saved(self, saved: object) -> None:
        if saved:
            self.workbench.load_enforcer()

    # -- findings ------------------------------------------------------------------------------------

    def action_accept_finding(self) -> None:
        self._flush_details()
        finding = self.query_one(FindingsPanel).highlighted
        findings = self.query_one(FindingsPanel).findings
        if finding is None and findings:
            finding = findings[0]
        if finding is None:
            self.notify(_("This segment has no finding to accept."), severity="warning")
            return
        chosen = finding

        def accepted(reason: str | None) -> None:
            if reason:
                self.workbench.accept_finding(chosen, self.grid.cursor + 1, reason)

        self.app.push_screen(ReasonModal(_("Accept as a false positive"), finding_label(finding)), accepted)


def pane_of(widget: Any) -> str | None:
    """The id of the side-panel tab pane a widget sits in, if any."""
    for ancestor in widget.ancestors_with_self:
        if isinstance(ancestor, TabPane):
            return ancestor.id
    return None
