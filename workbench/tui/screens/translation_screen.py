"""The translation and review editor: a segment grid, the segment in full, and three helper panels.

Saving is never the translator's job. The target is written through
`workbench.core.editing.edits` (one transaction each) when the translator leaves
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
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static, TabbedContent, TabPane, TextArea
from textual.widgets.text_area import Selection

from termbase.model import Term
from termbase.normalize import fold_text
from workbench.core import editing
from workbench.core.checks import Finding
from workbench.core.checks.comments import COMMENT_CHECK, NOTE_CHECK, note_findings
from workbench.core.checks.reports import open_errors
from workbench.core.editing import ReplaceQuery, SegmentChange, apply_replace, plan_in, plan_replace
from workbench.core.navigation import (
    FilterContext,
    JumpHistory,
    SegmentFilter,
    filter_segments,
    search_segments,
    without_duplicates,
)
from workbench.core.project import RefusalKind, Segment, SegmentStatus, read_refusal
from workbench.errors import InputError, WorkbenchError
from workbench.tags import next_source_tag
from workbench.tui import commands
from workbench.tui.bounded import LatestOnly, Outcome
from workbench.tui.commands import bindings
from workbench.tui.i18n import (
    N_,
    _,
    check_name,
    decimal,
    error_message,
    ngettext,
    number,
    say,
)
from workbench.tui.keyboard_layout import bound_as
from workbench.tui.memory_service import SYNC_ABOVE
from workbench.tui.messages import FindingsUpdated, TermsLoaded
from workbench.tui.screens.base import STATUS_NAMES, USER_ERRORS, StoreViewScreen, quoted
from workbench.tui.screens.choice_modal import ChoiceModal, ReasonModal
from workbench.tui.term_forms import form_choices, likeliest_choice, spaced
from workbench.tui.term_spans import TermSpans, term_spans
from workbench.tui.widgets.findings_panel import FindingsPanel, finding_label
from workbench.tui.widgets.literal import literal, one_line
from workbench.tui.widgets.memory_panel import MemoryPanel, memory_name
from workbench.tui.widgets.segment_grid import SegmentGrid
from workbench.tui.widgets.segment_view import SourceView, TargetEditor
from workbench.tui.widgets.side_panel import SidePanel
from workbench.tui.widgets.term_panel import TermPanel

if TYPE_CHECKING:
    from workbench.core.checks.senses import StoredSense

SAVE_DELAY = 0.8
"""Seconds of quiet typing after which the target is saved anyway."""
BUSY_WAIT_MS = 500
"""How long a save made in the app waits for another program's write lock (the command line
waits `busy_timeout_ms`): the app draws the screen on the thread that saves."""
BUSY_RETRY = 2.0
"""Seconds after a save the lock (or a full disk) refused before a timer tries the same text again,
so it is saved once the lock is free (or there is room) even if the translator does nothing more."""
SAVE_AT_LEAST_EVERY = 1.5
"""Seconds of continuous typing after which the target is saved even without a pause:
a crash during a long stretch of typing loses at most this much."""

CHECK_BUDGET = 0.3
"""Seconds the drawing thread waits for a segment's term matching and local checks (a millisecond
or two for most) before it shows the segment without them and lets them come in when done."""

Checked = tuple[Any | None, TermSpans, list[Finding]]
"""What a segment's check gives: its `SegmentTerms` (None: no termbase loaded), their spans as the
editor draws them (read on the checking thread too) and local findings."""

STATUS_STYLE = {SegmentStatus.DRAFT: "dim", SegmentStatus.TRANSLATED: "green", SegmentStatus.REVIEWED: "bold cyan"}


CONCORDANCE_HITS = 50
"""The memory units a concordance search lists, newest first (one more is asked for, to say
that there are more)."""

class TranslationScreen(StoreViewScreen):
    """Grid above, the current segment below, terms / findings / memory beside."""

    MODE = "translate"
    COMMANDS_TABLE = commands.TRANSLATION
    BINDINGS: ClassVar = bindings(commands.TRANSLATION)

    class SegmentChecked(Message):
        """A segment's check that outlasted `CHECK_BUDGET` ended (posted from the checking thread)."""

        def __init__(self, wanted: int, segment: Segment, outcome: Outcome[Checked]) -> None:
            super().__init__()
            self.wanted = wanted
            self.segment = segment
            self.outcome = outcome

    def __init__(self) -> None:
        super().__init__()
        self.current_id: int | None = None
        """The segment whose target is in the editor."""
        self._saved_target = ""
        """The target as stored: typing that differs from it is unsaved."""
        self._shown_target: str | None = None
        """The stored target as the editor showed it when it differs (its control characters
        cleaned out, `TargetEditor.load_text`), until the next save: the editor holding it is
        nothing typed. A target another program stored raw counted as typed, was saved cleaned at
        the next move, and one over `MAX_SEGMENT_CHARS` could not be saved: the translator was
        held on it, and what they typed went nowhere (hardening, round 38)."""
        self._save_failed = False
        """The last save was refused (the database is locked, full, read-only ...): do not move on."""
        self._saved_here: str | None = None
        """The target this editor saved last, while the segment it saved is shown."""
        self._outside_reads_seen = 0
        """`WorkbenchApp.outside_reads` when a segment was last shown: more now, and the reload
        showing it brought another program's writes."""
        self._conflict = False
        """Another program changed the target while it was being typed over, and the save was
        refused and said: only a save the translator asks for writes over theirs, never a timer's
        or the watch's, which could come a moment after the message."""
        self._refused: str | None = None
        """What the last refused save said, until a save succeeds: a full disk or a read-only file
        refuses every key's save, and was said at each one (a lock or a full disk is also retried
        by a timer)."""
        self._save_timer: Timer | None = None
        self._resume_from: int | None = None
        """The segment last worked on when the project was opened, until the segments are shown:
        the editor opens there (or on the next unconfirmed one), not on segment 1."""
        self._unsaved_since: float | None = None
        """When the editor's text first differed from what is stored (monotonic seconds)."""
        self._lookup_wanted = 0
        """Bumped for each memory lookup asked for: the memory thread skips the ones asked before the last."""
        self._reload_pending = False
        """The target in the editor must be replaced from the store when the detail is next shown."""
        self._target_span: tuple[int, tuple[int, int]] | None = None
        """(segment id, span) of a target part to select once that segment is in the editor (`go_to_segment`)."""
        self._typing_at_step: tuple[int | None, int, str] | None = None
        """The target's typing when a word was last added to the dictionary: when it is the same at
        ctrl+z in the text, the word is the newer step and is undone first."""
        self._terms: Any | None = None
        """`SegmentTerms` of the current segment, when the termbase is loaded."""
        self._term_spans = TermSpans()
        """Their spans and missing count (`term_spans`), read on the checking thread."""
        self._checker: LatestOnly[Checked] = LatestOnly("segment checks")
        self._checks_wanted = 0
        """Bumped for each check of the segment shown: a late answer to an earlier one is dropped."""
        self.filter = SegmentFilter()
        """What the grid shows (an inactive filter: every segment)."""
        self._rows: list[int] | None = None
        """Store indices of the segments the filter keeps, in order (None: no filter)."""
        self._filtered_list: tuple[int, int] | None = None
        """Which store list (its identity and length) `_rows` indexes: a reload or a merge filters again."""
        self.history = JumpHistory()
        self._project_hits: list[Any] = []
        """The concordance hits shown that are this project's segments (choosing one goes there)."""
        self._side_tab = "terms-tab"
        """The side tab in front when the screen is first drawn (`show_findings_tab` before it is)."""

    def compose(self) -> ComposeResult:
        yield self.mode_bar()
        with Horizontal(id="editor-body"):
            with Vertical(id="editor-main"):
                yield Static(id="filter-bar")
                yield SegmentGrid(worst_severity=self.workbench.worst_severity, review_flag=self.workbench.review_flag, id="grid")
                with Vertical(id="detail"):
                    yield Static(id="segment-info")
                    yield SourceView(id="source")
                    yield TargetEditor(id="target")
            with TabbedContent(id="side", initial=self._side_tab):
                with TabPane(_("Terms"), id="terms-tab"):
                    yield TermPanel(id="terms")
                with TabPane(_("Findings"), id="findings-tab"):
                    yield FindingsPanel(id="findings")
                with TabPane(_("Memory"), id="memory-tab"):
                    yield MemoryPanel(id="memory")
        yield self.footer()

    def on_unmount(self) -> None:
        self._checker.close()

    def on_mount(self) -> None:
        self.query_one("#segment-info", Static).update(Text(_("Loading segments…")))
        if self.current_id is None:  # not opened by a jump to a segment
            try:
                self._resume_from = editing.last_worked_on(self.project)
            except (WorkbenchError, sqlite3.Error):
                self._resume_from = None  # the project's own troubles are said where they bite
        # The source's highlights are drawn in the theme's colours: a new theme draws them again.
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.when_shown(self._redraw_marks))
        self._refresh_from_store()
        self.editor.set_speller(self.workbench.speller)
        self.editor.before_undo = self._word_step_first
        # The segment follows the cursor in the same turn as the key that moved it (not on the grid's
        # `CursorMoved` message, which arrives after the screen may already have drawn a frame with the
        # cursor alone): one frame a move, and the memory lookup starts one frame earlier.
        self.watch(self.grid, "cursor", self._cursor_moved, init=False)
        if self.focused is None:  # the target may have it already: a span to type over (`go_to_segment`)
            self.grid.focus()

    # -- keeping the view in step with the store -------------------------------------------

    @property
    def grid(self) -> SegmentGrid:
        return self.query_one("#grid", SegmentGrid)

    @property
    def editor(self) -> TargetEditor:
        return self.query_one("#target", TargetEditor)

    def _redraw_from_store(self) -> None:
        store = self.workbench.store
        if self._resume_from is not None and self.current_id is None and len(store):
            self.current_id = self._resume_point(self._resume_from)
            self._resume_from = None
        if self.filter.active and self._filtered_list != (id(store.segments), len(store.segments)):
            self._run_filter(quiet=True)  # reloaded, merged or split: the old rows mean nothing now
        index = store.index_of(self.current_id) if self.current_id is not None else None
        if index is None and self.unsaved():
            self._keep_text_of_a_removed_segment()
        row = self._row_of(index) if index is not None else None
        self._show_rows(cursor=row if row is not None else self.grid.cursor)
        self._show_current(reload_target=True)

    def _resume_point(self, segment_id: int) -> int:
        """Where to open: the segment last worked on, or after a confirmed one the next segment
        not confirmed yet (Enter confirmed it and moved on), as `ctrl+n` finds it."""
        store = self.workbench.store
        index = store.index_of(segment_id)
        if index is None or not store.segments[index].confirmed:
            return segment_id
        segments = store.segments
        following = (segments[at] for at in range(index + 1, len(segments)) if not segments[at].confirmed)
        return next(following, segments[index]).id

    # -- which segments the grid shows: the filter --------------------------------------------

    def _show_rows(self, cursor: int | None = None) -> None:
        store = self.workbench.store
        if self._rows is None:
            self.grid.number_of = None
            self.grid.show(store.segments, cursor=cursor)
            self.query_one("#filter-bar", Static).display = False
            return
        rows = self._rows
        self.grid.number_of = lambda row: rows[row] + 1
        self.grid.show(FilteredSegments(store, rows), cursor=cursor)
        bar = self.query_one("#filter-bar", Static)
        bar.display = True
        bar.update(Text.assemble(
            (_("Filter") + ": ", "bold"), literal(" · ".join(say(part) for part in self.filter.described(check_name))), "  ",
            (_("{shown} of {total} segments").format(shown=number(len(rows)), total=number(len(store))), "dim"),
            "  ", (_("alt+a shows all"), "dim"),
        ), layout=False)

    def _row_of(self, store_index: int) -> int | None:
        """The grid row of a store index (None: the filter hides it)."""
        if self._rows is None:
            return store_index
        row = bisect_left(self._rows, store_index)
        return row if row < len(self._rows) and self._rows[row] == store_index else None

    def _store_index(self, row: int) -> int:
        return self._rows[row] if self._rows is not None and 0 <= row < len(self._rows) else row

    def _run_filter(self, *, quiet: bool = False) -> bool:
        """Apply `self.filter` to the store; False (and the filter cleared) when it cannot run."""
        store = self.workbench.store
        if not self.filter.active:
            self._rows, self._filtered_list = None, None
            return True
        app = self.workbench
        findings = app.findings
        context = FilterContext(
            self.project.config.source_lang,
            self.project.config.target_lang,
            findings_of=findings.checks_of,
            comments={sid: any(c.open for c in items) for sid, items in app.comments.items()},
            concepts=app.enforcer.concepts if app.enforcer is not None else (),
            rejected=frozenset(i for i, v in app.verdicts.items() if v.rejected),
        )
        try:
            self._rows = filter_segments(store.segments, self.filter, context, app.text_index())
        except WorkbenchError as error:
            if not quiet:
                self.report(error)
            self.filter, self._rows, self._filtered_list = SegmentFilter(), None, None
            return False
        self._filtered_list = (id(store.segments), len(store.segments))
        return True

    def apply_filter(self, flt: SegmentFilter) -> None:
        """Show only the segments `flt` keeps (an inactive filter: all), staying on the current one if kept."""
        self.save_pending()
        previous = self.filter
        self.filter = flt
        if not self._run_filter():
            self.filter = previous
            self._run_filter(quiet=True)
            return
        index = self.workbench.store.index_of(self.current_id) if self.current_id is not None else None
        row = self._row_of(index) if index is not None else None
        self._show_rows(cursor=row if row is not None else 0)
        if self._rows is not None and not self._rows:
            self.notify(_("No segment matches the filter."), severity="warning")
        self._show_current(reload_target=True)
        self._focus_segments()

    def action_filter_segments(self) -> None:
        from workbench.tui.screens.tool_modals import CLEAR, FilterModal

        def chosen(result: object) -> None:
            if result == CLEAR:
                self.action_clear_filter()
            elif isinstance(result, SegmentFilter):
                self.apply_filter(result)

        self.app.push_screen(FilterModal(self.filter, self._concept_id), chosen)

    def _concept_id(self, typed: str) -> str:
        """A concept id, or the id of the concept one of whose terms was typed (case and ё ignored)."""
        enforcer = self.workbench.enforcer
        concepts = enforcer.concepts if enforcer is not None else []
        wanted = fold_text(typed)
        for concept in concepts:
            if concept.id == typed.strip():
                return concept.id
        for concept in concepts:
            if any(fold_text(term.text) == wanted for term in concept.terms):
                return concept.id
        raise InputError.worded(N_("no concept or term {typed!r} in the project's termbases"), typed=typed.strip())

    def action_clear_filter(self) -> None:
        if self.filter.active:
            self.apply_filter(SegmentFilter())

    # -- go to N and back ---------------------------------------------------------------------

    def action_go_to(self) -> None:
        from workbench.tui.screens.tool_modals import GoToModal

        store = self.workbench.store
        if not len(store):
            return

        def chosen(position: object) -> None:
            if isinstance(position, int) and 1 <= position <= len(store):
                self.go_to_segment(store.segments[position - 1].id)

        self.app.push_screen(GoToModal(len(store)), chosen)

    def action_jump_back(self) -> None:
        self._jump(back=True)

    def action_jump_forward(self) -> None:
        self._jump(back=False)

    def _jump(self, *, back: bool) -> None:
        store = self.workbench.store
        exists = lambda segment_id: store.index_of(segment_id) is not None  # noqa: E731
        current = self.current.id if self.current is not None else None
        target = (self.history.go_back if back else self.history.go_forward)(current, exists)
        if target is None:
            self.notify(_("No earlier place to go back to.") if back else _("Nothing to go forward to."))
            return
        self._move_to(target)

    def on_findings_updated(self, message: FindingsUpdated) -> None:
        self.when_shown(self._redraw_marks)

    def on_terms_loaded(self, message: TermsLoaded) -> None:
        self.editor.set_speller(self.workbench.speller)
        self.when_shown(self._redraw_marks)

    def _redraw_marks(self) -> None:
        """Findings or terms changed: redraw the marks and panels, keeping what is being typed."""
        self.grid.refresh_rows()
        self._show_current(reload_target=False)

    def on_screen_suspend(self) -> None:
        self.save_pending()

    def go_to_segment(self, segment_id: int, target_span: tuple[int, int] | None = None) -> None:
        """Jump to one segment (go to, the findings view, a search hit), remembered for going back.

        With `target_span`, that part of the target is selected in the editor, which takes the
        focus: an OCR error of a scanned translation (`e` in the findings view) is typed over at
        once, where the grid had the focus and the cursor stood at the target's start, and the
        word was looked for by hand (user days, session 32).

        Before the grid exists, it is only remembered as the one to show.
        """
        wanted = (segment_id, target_span) if target_span is not None else None
        if not self.is_mounted:  # selected when the segment is first shown (`_show_details`)
            self.current_id, self._target_span = segment_id, wanted
            return
        self._target_span = None
        current = self.current.id if self.current is not None else None
        if self._move_to(segment_id):
            self.history.jumped(current, segment_id)
        self._target_span = wanted  # after the move, which gives the grid the focus
        self._select_target_span()

    def _select_target_span(self) -> None:
        """Select the span `go_to_segment` was given once its segment is the one in the editor."""
        segment = self.current
        if self._target_span is None or segment is None or segment.id != self._target_span[0] \
                or segment.id != self.current_id:
            return
        start, end = self._target_span[1]
        self._target_span = None
        editor = self.editor
        if editor.read_only or end > len(editor.text):
            return
        self.set_focus(editor)
        editor.selection = Selection(_location(editor.document, start), _location(editor.document, end))

    def _move_to(self, segment_id: int) -> bool:
        """Put the cursor on a segment, clearing a filter that hides it; False if it is gone."""
        index = self.workbench.store.index_of(segment_id)
        if index is None:
            return False
        self.save_pending()
        row = self._row_of(index)
        if row is None:
            self.filter, self._rows, self._filtered_list = SegmentFilter(), None, None
            self._show_rows()
            self.notify(_("The filter hid segment {position}: every segment is shown again.").format(
                position=number(index + 1)))
            row = index
        self.grid.move_to(row, center=True)
        self._focus_segments()
        return True

    # -- showing the current segment ---------------------------------------------------------

    def _cursor_moved(self) -> None:
        self.save_pending()
        if self._save_failed and self.current_id is not None:
            # Moving on would load the next target over text that is not saved:
            # stay on (or go back to) the segment whose text the database refused.
            index = self.workbench.store.index_of(self.current_id)
            if index is not None and index != self.grid.cursor:
                self.grid.move_to(index)
            return
        self._show_current(reload_target=True)

    @on(SegmentGrid.Activated, "#grid")
    def _activated(self, event: SegmentGrid.Activated) -> None:
        self.action_edit_target()

    @property
    def current(self) -> Segment | None:
        return self.grid.current

    def _show_current(self, *, reload_target: bool) -> None:
        """Show the segment under the cursor, all of it in the frame that moves the cursor.

        The local checks and the term matcher take a millisecond or two a
        segment (measured on the sample project), so the panels are drawn
        with them in the same frame and never lag behind the grid; they run
        on a thread of their own, which the frame waits for `CHECK_BUDGET`
        at most (a word 100,000 concepts share took 9 s); the memory, the one lookup that
        reads a large index, answers from its own thread when it is ready.
        Each panel redraws only what changed and none of them lays the
        screen out again, which keeps a move cheap at 50,000 segments
        (see `bench/bench_tui.py`).
        """
        segment = self.current
        if segment is None:
            self.current_id = None
            self.query_one("#segment-info", Static).update(
                Text(_("No segments yet: import a document on the project view (F2).")), layout=False
            )
            self.query_one(SourceView).show("")
            self.editor.load_text("")
            self._saved_target = ""
            self._shown_target = None
            return
        self._reload_pending = self._reload_pending or reload_target
        self._show_info(segment)
        self._show_details()
        if reload_target:
            self._schedule_lookup()

    def _show_details(self) -> None:
        """The source with its highlights, the target, and the panels (checks run here)."""
        segment = self.current
        if segment is None:
            return
        outside = self._outside_reads_seen != self.workbench.outside_reads  # another program's writes read since
        self._outside_reads_seen = self.workbench.outside_reads
        if segment.id != self.current_id or (
            self._reload_pending and not self._save_failed and not self._typed_over(segment)
        ):
            # The same segment loaded again (another terminal saved it, an undo): the cursor stays
            # where it was, or the words typed next would begin the target.
            kept = self.editor.cursor_location if segment.id == self.current_id else None
            if kept is not None and outside and self._saved_here == self._saved_target != segment.target:
                self._tell_written_over(self._saved_target)
            self._saved_here = None
            self.current_id = segment.id
            self._conflict = False
            self._saved_target = segment.target
            self.editor.source = segment.source
            self.editor.load_text(segment.target)
            self._shown_target = self.editor.text if self.editor.text != segment.target else None
            if kept is not None:
                self.editor.move_cursor(kept)
            # A `translate="no"` unit: typing into it was refused only at the save, the text then on screen
            self.editor.read_only = segment.untranslatable
            self._select_target_span()
        elif self._reload_pending:
            # A reload while the editor holds text that could not be saved (another program
            # changed the target): the translator's text stays, and the next save knows theirs.
            self._saved_target = segment.target
            self._shown_target = None
        self._reload_pending = False
        self._checks_wanted += 1
        wanted = self._checks_wanted
        outcome = self._checker.run(self._check_job(segment), partial(self._checked_late, wanted, segment),
                                    CHECK_BUDGET)
        if outcome is not None:
            self._show_checked(segment, outcome.get())
            return
        # Past the budget: the segment without its terms and local findings for now, and a word that they come.
        self._terms, self._term_spans = None, TermSpans()
        findings = self._findings_for(segment, self.workbench.findings.wide_of(segment))
        self._show_source(segment, findings, None)
        self.query_one(TermPanel).show(None, self.project.config.target_lang, note=_("Checking the segment…"))
        self.query_one(FindingsPanel).show(findings)

    def _tell_written_over(self, saved: str) -> None:
        """Another program (a second app on the project) wrote over the target this editor
        saved and shows: it was replaced on screen with nothing said but "the segments were
        reloaded", the translator's own text gone from sight (hardening, round 39). It is
        said, with the text they saved, which they may type again."""
        self.notify(_("Another program wrote over the target you saved here; its text is shown now. "
                      "Yours was: {text}").format(text=quoted(saved)), severity="warning", timeout=30)

    def _check_job(self, segment: Segment) -> Callable[[], Checked]:
        """The segment's term matching and local checks, for the checking thread; the text they
        see is the editor's, taken now (a job must not read a widget from another thread)."""
        enforcer = self.workbench.enforcer
        target = self.editor.text if segment.id == self.current_id else segment.target
        local = self.workbench.local_checks(segment)

        def job() -> Checked:
            terms = enforcer.check(segment.source, target) if enforcer is not None else None
            # The checks made and read here, not on the drawing thread.
            return terms, term_spans(terms) if terms is not None else TermSpans(), local()

        return job

    def _checked_late(self, wanted: int, segment: Segment, outcome: Outcome[Checked]) -> None:
        self.post_message(self.SegmentChecked(wanted, segment, outcome))

    @on(SegmentChecked)
    def _late_check_ended(self, message: SegmentChecked) -> None:
        # Another segment, or the same one again, was shown since: that check's answer is the one to show.
        if message.wanted == self._checks_wanted and message.segment.id == self.current_id:
            self._show_checked(message.segment, message.outcome.get())

    def _show_checked(self, segment: Segment, checked: Checked) -> None:
        """Draw the segment's terms and findings, and keep its local findings in the app's index."""
        self._terms, self._term_spans, local = checked
        findings = self._findings_for(segment, self.workbench.findings.keep(segment, local))
        self._show_source(segment, findings, None)
        self.query_one(TermPanel).show(
            self._terms,
            self.project.config.target_lang,
            note=None if self.workbench.enforcer_ready else _("Loading the termbase…"),
            missing=self._term_spans.missing_count,
        )
        self.query_one(FindingsPanel).show(findings)

    def _typed_over(self, segment: Segment) -> bool:
        """Whether the editor holds text typed since the last save over a target the store still
        holds unchanged: a reload of the segments (the first load ending, an import, another
        program's write to other segments) then has nothing new to show here, and loading the
        stored target put back the text of the last save, losing what was typed since."""
        return (
            segment.id == self.current_id
            and segment.target == self._saved_target
            and self._edited()
        )

    def _edited(self) -> bool:
        """Whether the editor holds text other than the stored target (as stored or as shown)."""
        text = self.editor.text
        return text != self._saved_target and text != self._shown_target

    def _show_info(self, segment: Segment) -> None:
        """One line: what asks for action (open comments, a memory prefill to review) before the
        alignment confidence, so that a line too long for the view (Russian, or beside the side
        panel) loses the figure, not the editor's comment, which it used to cut to "1 open"."""
        index = self._store_index(self.grid.cursor)
        info = Text.assemble(
            (_("Segment {position} of {total}").format(
                position=number(index + 1), total=number(len(self.segments))), "bold"),
            "  ·  ",
            (STATUS_NAMES[segment.status], STATUS_STYLE[segment.status]),
        )
        flag = self.workbench.review_flag(segment)
        if flag == "rejected":
            info.append("  ·  ")
            info.append(_("rejected by {who}").format(who=self.workbench.verdicts[segment.id].by), style="bold red")
        elif flag == "conflict":
            info.append("  ·  ")
            info.append(_("a teammate's translation is held against it: team: resolve this segment's conflict"),
                        style="bold red")
        comments = len(self.workbench.open_comments(segment.id))
        if comments:
            info.append("  ·  ")
            info.append(ngettext("{count} open comment", "{count} open comments", comments).format(
                count=number(comments)), style="bold yellow")
        if segment.untranslatable:
            info.append("  ·  ")
            info.append(_("locked: the client's file marks it translate=\"no\""), style="bold yellow")
        if segment.unreviewed_mt:
            info.append("  ·  ")
            info.append(_("machine translation, unreviewed"), style="bold yellow")
        if segment.prefilled is not None and not segment.confirmed:
            info.append("  ·  ")
            info.append(_("pre-translated from memory ({score}%): review it").format(score=segment.prefilled),
                        style="bold yellow")
        if segment.confidence is not None:
            info.append("  ·  " + _("alignment confidence {value}").format(value=decimal(segment.confidence)))
        self.query_one("#segment-info", Static).update(info, layout=False)

    def _show_source(self, segment: Segment, findings: Sequence[Finding], focus: Finding | None) -> None:
        spans = [span for f in findings for span in f.source_spans]
        focus_span = focus.source_spans[0] if focus is not None and focus.source_spans else None
        self.query_one(SourceView).show(
            segment.source, terms=self._term_spans.found, missing=self._term_spans.missing, findings=spans,
            focus=focus_span,
        )

    @on(FindingsPanel.Highlighted)
    def _finding_highlighted(self, event: FindingsPanel.Highlighted) -> None:
        segment = self.current
        if segment is not None:
            self._show_source(segment, self.query_one(FindingsPanel).findings, event.finding)

    # -- findings --------------------------------------------------------------------------------

    def _findings_for(self, segment: Segment, checked: Sequence[Finding]) -> list[Finding]:
        """The segment's findings for the text on screen (`checked`: local checks now, project-wide
        from the last run), its open comments and the notes the client's file gave it."""
        position = self._store_index(self.grid.cursor) + 1
        return [*checked, *self.workbench.comment_findings(segment, position), *note_findings(segment, position)]

    # -- memory --------------------------------------------------------------------------------------

    def _schedule_lookup(self) -> None:
        """Ask the memory now, in the same turn as the move: its thread works while the screen waits
        for its next frame (up to 17 ms at 60 frames a second), instead of starting after it. A held
        key leaves at most one lookup waiting behind the running one."""
        self._lookup_wanted += 1
        self.query_one(MemoryPanel).show_waiting()
        self._lookup(self._lookup_wanted)

    @work(exclusive=True, group="memory")
    async def _lookup(self, asked: int) -> None:
        segment = self.current
        memory = self.workbench.memory
        if segment is None or memory is None:
            return
        try:
            matches = await memory.lookup(segment, wanted=lambda: asked == self._lookup_wanted)
        except USER_ERRORS as error:
            self.report(error)
            return
        if matches is None:  # the cursor moved on before the memory thread came to it
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
        """Concordance: this project's segments (drafts too) first, then the memories' units."""
        memory = self.workbench.memory
        self.query_one(MemoryPanel).show_waiting()
        try:
            config = self.project.config
            own = search_segments(self.workbench.store.segments, text, config.source_lang, config.target_lang,
                                  index=self.workbench.text_index())
            pending = await memory.pending_targets(text) if memory is not None else 0
            if pending:  # about ten seconds a million units: say why this search waits
                self.notify(_("Indexing imported targets for target-side search (once after an import): {count}").format(
                    count=number(pending)))
            hits = await memory.search(text, limit=CONCORDANCE_HITS + 1) if memory is not None else []
        except USER_ERRORS as error:
            self.report(error)
            return
        # Named in the interface language ("segment 12" is the CLI's English `from`).
        store = self.workbench.store
        own = [replace(hit, memory=_("segment {position}").format(position=number(index + 1)))
               if (index := store.index_of(hit.unit_id)) is not None else hit for hit in own]
        self._project_hits = own
        try:
            self.query_one(MemoryPanel).show_hits(text, [*own, *without_duplicates(own, hits[:CONCORDANCE_HITS])],
                                                  more=len(hits) > CONCORDANCE_HITS)
        except NoMatches:  # the app closed while the memory thread worked
            return

    @on(MemoryPanel.HitChosen)
    def _hit_chosen(self, event: MemoryPanel.HitChosen) -> None:
        """A concordance hit from this project: go to its segment (alt+left comes back). Enter on a
        memory's unit did nothing, and said nothing."""
        if any(hit is event.hit for hit in self._project_hits):
            self._leave_panel()
            self.go_to_segment(event.hit.unit_id)
        else:
            self.notify(_("A unit of the memory {memory}, not a segment of this project: there is no segment "
                          "to go to.").format(memory=memory_name(event.hit.memory)))

    @on(MemoryPanel.MatchesRequested)
    def _matches_requested(self) -> None:
        self._schedule_lookup()
        self.query_one(MemoryPanel).query_one("#memory-list").focus()

    @on(MemoryPanel.Chosen)
    def _match_chosen(self, event: MemoryPanel.Chosen) -> None:
        self._replace_target(event.match.target)

    def action_insert_match(self) -> None:
        match = self.query_one(MemoryPanel).chosen_match
        if match is None:
            self.notify(_("No memory match to insert."), severity="warning")
            return
        self._replace_target(match.target)

    def action_copy_source(self) -> None:
        """The source as the target (OmegaT's "replace with source"): for names, numbers, a quotation
        or a title kept in the original, and a start to edit from."""
        segment = self.current
        if segment is not None:
            self._replace_target(segment.source)

    def action_select_target(self) -> None:
        """The whole target selected, so what is typed next replaces it and backspace clears it:
        `ctrl+a` is the line start (as in a shell), so a long target was cleared line by line."""
        if self.current is None:
            return
        self.editor.focus()
        self.editor.select_all()

    def _replace_target(self, target: str) -> None:
        """A memory match or the source replaces the whole target (ctrl+z in the text brings the old one
        back)."""
        editor = self.editor
        editor.replace(target, editor.document.start, editor.document.end)
        editor.focus()

    def action_concordance(self) -> None:
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
        if not self._edited():
            self._unsaved_since = None
            return
        now = time.monotonic()
        if self._unsaved_since is None:
            self._unsaved_since = now
        # Saved after a pause, and at the latest SAVE_AT_LEAST_EVERY after the first unsaved key.
        left = SAVE_AT_LEAST_EVERY - (now - self._unsaved_since)
        if left <= 0:
            self.save_pending(automatic=True)
        else:
            self._save_timer = self.set_timer(min(SAVE_DELAY, left), self._save_after_pause)

    def _save_after_pause(self) -> None:
        self.save_pending(automatic=True)

    @on(TargetEditor.Left)
    def _left(self) -> None:
        self.save_pending()

    def save_pending(self, *, automatic: bool = False) -> Segment | None:
        """Write the editor's text if it differs from what is stored; returns the saved segment.
        After a refused save (`_conflict`), an `automatic` one writes nothing."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        self._unsaved_since = None
        if self.current_id is None or self.workbench.project is None:
            return None
        if automatic and self._conflict:
            return None
        text = self.editor.text
        self._save_failed = False
        if not self._edited():
            return None
        try:
            with self.project.lock_wait(BUSY_WAIT_MS):
                saved = editing.set_target(self.project, self.current_id, text, expected=self._saved_target)
        except editing.ChangedElsewhere as error:
            # Said, and the translator's text kept: the next save they ask for is made knowing theirs.
            self._save_failed = True
            self._conflict = True
            self._saved_target = error.target
            self._shown_target = None
            self.notify(_("Could not save the target: {error}").format(error=error_message(error)),
                        severity="warning", timeout=15)
            return None
        except (WorkbenchError, sqlite3.Error) as error:  # e.g. another program holds the database
            if isinstance(error, WorkbenchError) and self._segment_removed(self.current_id):
                self._keep_text_of_a_removed_segment()
                return None
            self._save_failed = True
            refusal = read_refusal(error) if isinstance(error, sqlite3.Error) else None
            kind = refusal.kind if refusal is not None else None
            if kind is RefusalKind.BUSY:
                said = _("The project is busy (another program is writing to it): your text stays "
                         "in the editor and is saved as soon as it is free")
            elif kind is RefusalKind.FULL:
                said = _("The disk is full: your text stays in the editor and is saved as soon as there is room")
            else:
                said = _("Could not save the target: {error}").format(error=error_message(error))
            if self._refused != said:  # said once, not again at each key or retry
                self.notify(said, severity="warning" if kind is RefusalKind.BUSY else "error", timeout=10)
            self._refused = said
            if refusal is not None and refusal.passes_by_itself:
                self._save_timer = self.set_timer(BUSY_RETRY, self._save_after_pause)
            return None
        self._refused = None
        self._saved_target = self._saved_here = saved.target
        self._shown_target = None
        self._conflict = False
        self._after_edit(saved)
        return saved

    def _segment_removed(self, segment_id: int) -> bool:
        """Whether the project no longer holds the segment (another program removed it)."""
        try:
            return self.project.conn.execute("select 1 from segments where id = ?", [segment_id]).fetchone() is None
        except sqlite3.Error:
            return False

    def _keep_text_of_a_removed_segment(self) -> None:
        """Another program removed the segment being typed in (`import --update`, an undo in
        another window): the typed text has nowhere to go in the project, and the reload that
        follows shows another segment. It went with the editor's next segment, said only as "no
        segment with id 7" (hardening, round 32); it is kept in a file of the user's now, as at a
        quit the project refused (`keep_unsaved`), and offered again when the project is opened."""
        from workbench.tui.unsaved import keep_unsaved

        entry = self.unsaved_entry()
        if entry is None:
            return
        app = self.workbench
        path = keep_unsaved(app.folder, [entry], folder_id=app.folder_id)
        self._saved_target = self.editor.text  # the file holds it: nothing here is unsaved any more
        self._shown_target = None
        self._save_failed = self._conflict = False
        where = entry["position"] if entry["position"] is not None else entry["segment_id"]
        if path is None:
            self.notify(_("Segment {position} was removed by another program while you edited it, and your text "
                          "could not be kept in a file: copy it from the editor now").format(position=where),
                        severity="error", timeout=30)
            return
        self.notify(_("Segment {position} was removed by another program while you edited it (a new version "
                      "imported, an undo); your text was not saved there and is kept in {file}, offered again "
                      "when the project is opened").format(position=where, file=path),
                    severity="warning", timeout=30)

    def unsaved(self) -> bool:
        return self.current_id is not None and self.is_mounted and self._edited()

    def unsaved_entry(self) -> dict[str, object] | None:
        """The text `unsaved` speaks of and where it belongs, for `workbench.tui.unsaved`."""
        if not self.unsaved():
            return None
        segment = self.current if self.current is not None and self.current.id == self.current_id else None
        return {
            "segment_id": self.current_id,
            "position": segment.position if segment is not None else None,
            "source": segment.source if segment is not None else None,
            "stored_target": self._saved_target,
            "typed_target": self.editor.text,
        }

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
        if self.current is not None:
            self.set_focus(self.editor)

    def action_focus_grid(self) -> None:
        """Back to the list (`escape`): on a narrow terminal the grid comes back in the panel's place."""
        self.save_pending()
        self._leave_panel()
        self.set_focus(self.grid)

    def _grid_hidden(self) -> bool:
        """On a narrow terminal the side panel, when shown, takes the grid's place."""
        return self.has_class("-narrow") and self.has_class("-panel-shown")

    def _focus_segments(self) -> None:
        """The grid takes the focus after a jump or a filter, or the target where the panel has taken
        the grid's place: at 80x24 keys went to a grid nobody could see, so a word typed after "go to"
        was lost and `home` moved to segment 1.

        The focus moves now (`set_focus`), not when its turn comes (`focus()` waits behind the keys
        already queued): the keys a translator types ahead must reach where the key before them
        sent them. After `escape`, an `enter` typed at once still confirmed the target."""
        if self._grid_hidden() and self.current is not None:
            self.set_focus(self.editor)
        else:
            self.set_focus(self.grid)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`escape` is a priority key for the target and the grid only: a box of the side panel (the
        concordance search) keeps its own `escape`, which the priority binding would take."""
        if action == "focus_grid":
            return self.focused is None or self.focused in (self.grid, self.editor)
        return True

    def on_key(self, event: events.Key) -> None:
        """A character typed on the grid starts the translation: it goes into the target (at its
        end) and the editor takes the focus. It was dropped in silence: a newcomer who confirmed
        with ctrl+s from the grid, which stays on the grid, typed the next translations into
        nothing. Keys the grid or the view bind (`j`, `k`) keep their meaning (`_view_key`)."""
        if (
            event.is_printable
            and event.character is not None
            and not self._view_key(event.key)
            and self._type_into_target(event.character)
        ):
            event.stop()
            event.prevent_default()

    def _view_key(self, key: str) -> bool:
        """Whether a printable key typed on the grid is one of the view's keys, not text.

        A key bound as it is (`j`, `k`) is a key. A Russian-layout letter runs the binding of the
        Latin key in its place (`о` as `j`: `keyboard_layout`) except where the target is Russian:
        there the letters are the translation's, and «о», «л» open many a Russian sentence («он»,
        «от», «однако», «лишь»); as a move, «однако» typed on the grid went down a segment and left
        «днако» in the next one's target. OmegaT's way, the grid is a place to type; vim's `langmap`
        reads a letter as a command only where no letter is text. `enter` goes into the target
        too, and the arrows move in either layout."""
        bound = self.app.active_bindings
        if key in bound:
            return True
        if key.isalpha() and self.project.config.target_lang == "ru":
            return False
        return bound_as(key, bound) is not None

    def on_paste(self, event: events.Paste) -> None:
        """Text pasted on the grid goes into the target too, for the same reason."""
        if event.text and self._type_into_target(event.text):
            event.stop()
            event.prevent_default()

    def _type_into_target(self, text: str) -> bool:
        """Put `text` at the end of the shown segment's target when the grid has the focus
        (and the target takes typing); True when it was put there.

        A key that reaches the view while the target already has the focus was typed on the grid
        before the focus moved (after `enter` or the first letter; keys queue behind the move):
        it goes where the target's cursor is, as if the focus had moved at once."""
        editor = self.editor
        if self.focused not in (self.grid, editor) or self.current is None or editor.read_only:
            return False
        if self.focused is self.grid:
            self.set_focus(editor)
            editor.move_cursor(editor.document.end)
        editor.insert(text)
        return True

    def action_next_segment(self) -> None:
        self.grid.move_to(self.grid.cursor + 1)

    def action_previous_segment(self) -> None:
        self.grid.move_to(self.grid.cursor - 1)

    def action_next_unconfirmed(self) -> None:
        """Go to the next segment still to translate, into its target text (as OmegaT's next
        untranslated): pressed on the list, the cursor stayed there and what was typed next was lost."""
        segments = self.grid.segments
        count = len(segments)
        for step in range(1, count + 1):
            index = (self.grid.cursor + step) % count
            if not segments[index].confirmed:
                self.grid.move_to(index, center=True)
                self.action_edit_target()
                return
        self.notify(_("Every segment is confirmed."))

    def action_next_finding(self) -> None:
        self._step_to_finding(1)

    def action_previous_finding(self) -> None:
        self._step_to_finding(-1)

    def _step_to_finding(self, step: int) -> None:
        """The next (`step` 1) or previous (-1) listed segment with a finding, round the end. A reviewer
        of a finished translation has every segment confirmed, so `ctrl+n` finds nothing; going from
        finding to finding took a trip to `F5` and back for each."""
        segments = self.grid.segments
        count = len(segments)
        for distance in range(1, count + 1):
            index = (self.grid.cursor + step * distance) % count
            if self.workbench.worst_severity(segments[index]) is not None:
                self.grid.move_to(index, center=True)
                # what the translator came for: the terms tab in front hid it until F8 (user days)
                self.show_findings_tab()
                return
        self.notify(_("No listed segment has a finding.") if self.workbench.findings.complete
                    else _("No listed segment has a finding found on import; F5 runs the checks."))

    def _set_status(self, status: SegmentStatus, advance: bool) -> Segment | None:
        """Give the current segment `status`; returns it as stored then, or None when it was not changed."""
        self.save_pending()
        segment = self.current
        if segment is None:
            return None
        if self._save_failed and self.unsaved():
            # The database refused the text on screen (a full disk, a read-only or moved folder):
            # a status change would still go through on a full disk and mark as done the target
            # the database holds, which the translator has typed over.
            self.notify(_("Segment {position} is not confirmed: the text in the editor is not saved (its save "
                          "was refused, as said).").format(position=number(segment.position)), severity="error")
            return None
        if status.confirmed and not segment.target.strip():
            # As in OmegaT, Enter on an empty target moves on and leaves it untranslated.
            index = self.workbench.store.index_of(segment.id)
            position = number(index + 1) if index is not None else "?"
            self.notify(_("Segment {position} has no translation yet: it stays a draft (alt+i copies the source).")
                        .format(position=position), severity="warning")
            if advance and self.grid.cursor < len(self.grid.segments) - 1:
                self.grid.move_to(self.grid.cursor + 1)
            return None
        try:
            if status is SegmentStatus.TRANSLATED:
                updated = editing.confirm(self.project, segment.id)
            else:
                updated = editing.set_status(self.project, segment.id, status)
        except (WorkbenchError, sqlite3.Error) as error:
            self.report(error)
            self.workbench.check_outside_changes()
            return None
        self._after_edit(updated)
        if advance and self.grid.cursor < len(self.grid.segments) - 1:
            self.grid.move_to(self.grid.cursor + 1)
        return updated

    def action_confirm_segment(self) -> None:
        self._set_status(SegmentStatus.TRANSLATED, advance=True)

    def action_review_segment(self) -> None:
        """Marked reviewed, unless an open comment on the segment is still unanswered: `ctrl+r`
        marked such a segment reviewed and said nothing (userday42), signing off the question the
        comment asked. It stays as it was, the typed text saved, and the line says how to go on
        (the comment resolved with alt+k, which the editor does after reading it, then ctrl+r).

        An open error finding does not stop it (the reviewer may judge it a false alarm, and the
        cursor moves on as after any review), but it is said, naming the checks: marked in silence,
        a forbidden term went out signed off (userday44). `workbench check` says the same of every
        reviewed segment (`reviewed_with_errors`)."""
        segment = self.current
        position = self._store_index(self.grid.cursor) + 1
        if segment is not None and self.workbench.open_comments(segment.id):
            self.save_pending()
            self.notify(_("Segment {position} is not marked reviewed: it has an open comment (alt+k resolves "
                          "it, then ctrl+r).").format(position=number(position)), severity="warning")
            return
        updated = self._set_status(SegmentStatus.REVIEWED, advance=True)
        if updated is None or updated.status is not SegmentStatus.REVIEWED:
            return
        errors = open_errors(self.workbench.findings.of(updated))
        if errors:
            self.notify(ngettext("Segment {position} is marked reviewed with {count} open error: {checks}.",
                                 "Segment {position} is marked reviewed with {count} open errors: {checks}.",
                                 len(errors)).format(position=number(position), count=number(len(errors)),
                                                     checks=", ".join(dict.fromkeys(check_name(f.check) for f in errors))),
                        severity="warning")

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

    def show_findings_tab(self) -> None:
        """Bring the findings tab forward, shown or hidden as the panel is: a translator who came from
        a finding (enter in the findings view) found the memory tab in front and pressed F8 to see
        why they came (user days, session 36)."""
        if not self.is_mounted:
            self._side_tab = "findings-tab"
            return
        self.query_one("#side", TabbedContent).active = "findings-tab"

    def _show_panel(self, pane: str) -> None:
        tabs = self.query_one("#side", TabbedContent)
        tabs.active = pane
        self.add_class("-panel-shown")
        self.remove_class("-panel-hidden")
        focused = self.focused
        if focused is self.grid and self._grid_hidden():
            self._focus_segments()
        if focused is not None and tabs in focused.ancestors and pane_of(focused) != pane:
            # Focus left in the pane just hidden (the concordance box) would pull it
            # back into view, and F8 would seem to stop cycling: focus follows the panel.
            target = next((w for w in self.query_one(f"#{pane}", TabPane).query("*") if w.focusable), None)
            if target is not None:
                target.focus()
            else:
                self._focus_segments()

    @on(TabbedContent.TabActivated, "#side")
    def _tab_shown(self, event: TabbedContent.TabActivated) -> None:
        """A side panel drawn while hidden waited for this: draw it in the frame that shows its tab."""
        for panel in event.pane.query(SidePanel):
            panel.draw_now()

    def _leave_panel(self) -> None:
        """On a narrow terminal the panel takes the grid's place: put the grid back."""
        self.remove_class("-panel-shown")

    def action_toggle_panel(self) -> None:
        """Narrow terminals hide the side panel until asked; wide ones show it until told not to."""
        if self.has_class("-narrow"):
            self.toggle_class("-panel-shown")
            if self.focused is self.grid and self._grid_hidden():
                self._focus_segments()
        else:
            self.toggle_class("-panel-hidden")

    # -- terms -------------------------------------------------------------------------------------

    def action_insert_term(self) -> None:
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
            self._insert_term(choices[0][1])
            return
        selected = self.editor.selected_text
        self.app.push_screen(
            ChoiceModal(_("Insert «{term}» in which form?").format(term=term.text), choices,
                        highlighted=likeliest_choice(choices, term, selected, self.project.config.target_lang)),
            lambda text: self._insert_term(text) if isinstance(text, str) else None,
        )

    def _insert_term(self, text: str) -> None:
        """The term at the cursor (or over the selection), spaced from the words beside it."""
        editor = self.editor
        start, end = sorted(editor.selection)
        before = editor.get_text_range((start[0], max(start[1] - 1, 0)), start) if start[1] else ""
        after = editor.get_text_range(end, (end[0], end[1] + 1))
        self._insert_text(spaced(text, before, after))

    # -- spelling ------------------------------------------------------------------------------------

    def action_spelling_suggestions(self) -> None:
        """Suggestions for the misspelt word at the cursor, and adding it to the project dictionary."""
        found = self.editor.misspelt_at_cursor()
        speller = self.workbench.speller
        if found is None or speller is None:
            self.notify(_("No misspelt word in the target.") if speller is not None
                        else _("No spelling dictionary for the target language is installed."))
            return
        start, end, word = found
        add = object()
        choices: list[tuple[str, object]] = [(suggestion, suggestion) for suggestion in speller.suggestions(word)]
        choices.append((_("Add «{word}» to the project dictionary").format(word=word), add))

        def chosen(value: object) -> None:
            if value is add:
                self._add_to_dictionary(word)
            elif isinstance(value, str):
                self._replace_offsets(start, end, value)

        self.app.push_screen(ChoiceModal(_("Spelling of «{word}»").format(word=word), choices), chosen)

    def _replace_offsets(self, start: int, end: int, text: str) -> None:
        editor = self.editor
        document = editor.document
        editor.replace(text, _location(document, start), _location(document, end))
        editor.focus()

    def _add_to_dictionary(self, word: str) -> None:
        from workbench.core.spelling import add_word
        from workbench.tui.view_steps import ViewStep

        self.save_pending()  # typing before the word is an edit before it, undone after it
        try:
            mark = editing.journal_mark(self.project)
            added = add_word(self.project.path, word)
        except (WorkbenchError, sqlite3.Error) as error:
            self.report(error)
            return
        self.workbench.dictionary_words_added((word,))
        self.notify(_("Added «{word}» to the project dictionary (ctrl+z undoes it).").format(word=word))
        if added:  # a word that was there already is not taken out by the undo
            self.outside_steps.did(ViewStep(_("adding {words} to the project dictionary").format(words=f"«{word}»"),
                                            undo=lambda: self._dictionary(word, add=False),
                                            redo=lambda: self._dictionary(word, add=True)), mark)
            self._typing_at_step = self._typing_state()

    def _typing_state(self) -> tuple[int | None, int, str]:
        editor = self.editor
        return self.current_id, len(editor.history.undo_stack), editor.text

    def _word_step_first(self, redo: bool) -> bool:
        """ctrl+z (ctrl+y) in the target text: the word added with alt+s (or the one undone) is the
        step to take when nothing was typed since, as in the list; else the text's own undo."""
        return self._typing_at_step == self._typing_state() and self.take_outside_step(redo=redo)

    def _dictionary(self, word: str, *, add: bool) -> bool:
        """Add the word to the project dictionary or take it out, and check the segments again."""
        from workbench.core.spelling import add_word, remove_word

        try:
            (add_word if add else remove_word)(self.project.path, word)
        except WorkbenchError as error:
            self.report(error)
            return False
        if add:
            self.workbench.dictionary_words_added((word,))
        else:
            self.workbench.dictionary_words_removed((word,))
        return True

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
        """Text at the cursor; a panel shown stays shown (at 80x24 it hid after each term, and F8 came
        back to the terms only on its third press, with three more terms to insert)."""
        editor = self.editor
        start, end = editor.selection
        editor.replace(text, start, end)
        editor.focus()

    def action_add_term(self) -> None:
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
        finding = self.query_one(FindingsPanel).highlighted
        findings = self.query_one(FindingsPanel).findings
        if finding is None and findings:
            finding = findings[0]
        if finding is None:
            self.notify(_("This segment has no finding to accept."), severity="warning")
            return
        if finding.check == COMMENT_CHECK:
            self.action_resolve_comment()
            return
        if finding.check == NOTE_CHECK:
            self.notify(_("This is a note from the client's file: it is there to read, there is nothing to accept."))
            return
        chosen = finding
        position = self._store_index(self.grid.cursor) + 1

        def accepted(reason: str | None) -> None:
            if reason:
                self.workbench.accept_finding(chosen, position, reason)

        self.app.push_screen(ReasonModal(_("Accept as a false positive"), finding_label(finding)), accepted)

    def action_mark_other_sense(self) -> None:
        """Say once that a term's word is another sense in this segment: the term highlighted in the
        term panel (when it has focus) or the term finding highlighted in the findings panel; the
        translator may name the word of the translation that renders that sense."""
        from termbase.normalize import is_word, token_spans
        from workbench.core.checks.senses import SENSE_CHECKS
        from workbench.tui.screens.choice_modal import ChoiceModal

        segment = self.current
        if segment is None:
            return
        terms = self.query_one(TermPanel)
        finding = self.query_one(FindingsPanel).highlighted
        if terms.has_focus_within or finding is None or finding.check not in SENSE_CHECKS:
            concept = terms.highlighted_concept
        else:
            concept = finding.concept
        if concept is None:
            self.notify(_("This segment names no term of the termbase."), severity="warning")
            return
        position = self._store_index(self.grid.cursor) + 1
        words = list(dict.fromkeys(token for token, _start, _end in token_spans(segment.target) if is_word(token)))
        choices = [(_("no word: by the words around it"), ""), *((word, word) for word in words)]
        self.app.push_screen(
            ChoiceModal(_("Another sense here: which word of the translation renders it?"), choices,
                        note=f"{concept}: {one_line(segment.source, 200, marked=True)}"),
            lambda rendering: self._mark_sense(position, concept, rendering) if rendering is not None else None)

    def _mark_sense(self, position: int, concept: str, rendering: str) -> None:
        from workbench.core.checks.senses import mark_sense

        self.workbench.answer_sense(
            lambda project: mark_sense(project, position, other_sense=True, concept=concept, rendering=rendering),
            lambda stored: self._sense_marked(position, stored))

    def _sense_marked(self, position: int, stored: list[StoredSense]) -> None:
        words = ", ".join(dict.fromkeys(f"“{answer.words}”" for answer in stored))
        self.notify(_("{words} marked as another sense in segment {position}; the checks run again to "
                      "apply it where the context is the same.").format(words=words, position=number(position)))
        self.workbench.run_checks()

    # -- comments --------------------------------------------------------------------------------------

    def action_add_comment(self) -> None:
        from workbench.tui.screens.tool_modals import TextModal

        segment = self.current
        if segment is None:
            return
        position = self._store_index(self.grid.cursor) + 1

        def written(text: object) -> None:
            if isinstance(text, str) and self.workbench.add_comment(segment.id, text) is not None:
                self.notify(_("Comment added to segment {position}.").format(position=number(position)))

        self.app.push_screen(TextModal(
            _("Comment on segment {position}").format(position=number(position)),
            one_line(segment.source, 200, marked=True), _("Your comment"),
        ), written)

    def action_reject_segment(self) -> None:
        """Send the segment back to its translator, saying why (the reason is its comment)."""
        from workbench.tui.screens.tool_modals import TextModal

        segment = self.current
        if segment is None:
            return
        position = self._store_index(self.grid.cursor) + 1

        def written(text: object) -> None:
            if isinstance(text, str) and self.workbench.reject_segment(segment.id, text):
                self.notify(_("Segment {position} sent back to its translator.").format(position=number(position)))

        self.app.push_screen(TextModal(
            _("Reject segment {position}: what should change?").format(position=number(position)),
            one_line(segment.source, 200, marked=True), _("Your reason, for the translator"),
        ), written)

    def action_show_rejected(self) -> None:
        self.apply_filter(SegmentFilter(rejected=True))

    def action_show_machine_translations(self) -> None:
        self.apply_filter(SegmentFilter(machine=True))

    def action_resolve_team_conflict(self) -> None:
        """Both translations of a held segment conflict, and which to keep (`team resolve --segment`)."""
        segment = self.current
        if segment is not None:
            self.run_worker(self._show_conflict(segment), group="team-resolve", exclusive=True)

    async def _show_conflict(self, segment: Segment) -> None:
        from workbench.core.project import project_user
        from workbench.tui.screens.conflict_modal import SegmentConflictModal

        memory = self.workbench.memory
        held = await memory.held_segment(segment.id) if memory is not None else None
        if held is None:
            self.notify(_("No teammate's translation is held against this segment."))
            return
        position = self._store_index(self.grid.cursor) + 1

        def chosen(keep: str | None) -> None:
            if keep in ("mine", "theirs"):
                self.run_worker(self._resolve_conflict(segment, keep), group="team-resolve", exclusive=True)

        self.app.push_screen(SegmentConflictModal(position, str(held.mine.get("target", "")), project_user(self.project),
                                                  held.theirs, held.changed_by, held.changed_at), chosen)

    async def _resolve_conflict(self, segment: Segment, keep: str) -> None:
        memory = self.workbench.memory
        if memory is None:
            return
        try:
            held = await memory.resolve_segment(segment.id, keep)
        except WorkbenchError as error:
            self.report(error)
            return
        if keep == "theirs" and self.current_id == segment.id:
            # their text in the segment, confirmed: the same edit as typing it, which ctrl+z undoes
            self._replace_target(held.theirs)
            self._set_status(SegmentStatus.TRANSLATED, advance=False)
        memory.sync()
        self.notify(_("Kept yours: sent to the server over theirs.") if keep == "mine"
                    else _("Kept {who}'s translation: it is in your segment (ctrl+z undoes).").format(who=held.changed_by))

    def action_resolve_comment(self) -> None:
        from workbench.tui.screens.tool_modals import comment_choices

        segment = self.current
        comments = self.workbench.open_comments(segment.id) if segment is not None else []
        if not comments:
            self.notify(_("This segment has no open comment."), severity="warning")
        elif len(comments) == 1:
            self.workbench.resolve_comment(comments[0])
        else:
            def resolve(chosen: Any) -> None:
                if chosen is not None:
                    self.workbench.resolve_comment(chosen)

            self.app.push_screen(ChoiceModal(_("Resolve which comment?"), comment_choices(comments)), resolve)

    # -- search and replace ----------------------------------------------------------------------------

    def action_replace_in_targets(self) -> None:
        from workbench.tui.screens.tool_modals import ReplaceModal

        self.save_pending()  # the preview must see what was just typed
        selected = self.editor.selected_text.strip()
        self.app.push_screen(
            ReplaceModal(self._plan_replace, find=" ".join(selected.split())),
            self._replace_chosen,
        )

    def _plan_replace(self, query: ReplaceQuery) -> Callable[[], list[SegmentChange]]:
        """The plan over the segments the store holds (kept in step with every edit), once loaded:
        a copy of them taken here, the plan made in the dialog's thread. Before the store is
        loaded, the project is read here (its connection belongs to this thread)."""
        store = self.workbench.store
        if not store.loaded:
            changes = plan_replace(self.project, query)
            return lambda: changes
        held, target_lang = tuple(store.segments), self.project.config.target_lang
        return partial(plan_in, held, query, target_lang)

    def _replace_chosen(self, changes: object) -> None:
        if not isinstance(changes, list) or not changes:
            return
        self.save_pending()
        try:
            written = apply_replace(self.project, changes)
        except editing.StaleEdit:
            self.notify(_("A target changed since the preview: nothing was replaced. Preview again."),
                        severity="warning", timeout=8)
            return
        except (WorkbenchError, sqlite3.Error) as error:
            self.report(error)
            return
        # The store is patched with what was written (each target as planned, now locked), where
        # reading 40,000 segments back cost more than a second of CPU and a garbage collection.
        store = self.workbench.store
        edited = [
            replace(old, target=change.after, locked=True)
            for change in changes
            if change.after != change.before and (old := store.get(change.segment_id)) is not None
        ]
        memory = self.workbench.memory
        if memory is not None and len(changes) > SYNC_ABOVE:  # the project memory follows, in one go
            memory.sync_project()
        elif memory is not None:  # the project memory follows each changed target, as after typing
            memory.record_all(edited)
        count = sum(len(c.replacements) for c in changes)
        self._reload_pending = True
        # The message says ctrl+z undoes the replace: that is the list's key (in the target
        # text, ctrl+z undoes typing), so the list takes the focus the dialog gives back.
        self.grid.focus()
        self.notify(ngettext("Replaced {count} match in {segments} segments (ctrl+z undoes it all).",
                             "Replaced {count} matches in {segments} segments (ctrl+z undoes it all).",
                             count).format(count=number(count), segments=number(written)), timeout=8)
        if store.loaded:
            store.replace_many(edited)
            self.workbench.announce_edit(tuple(segment.id for segment in edited))
        else:
            self.workbench.announce_edit()


def _location(document: Any, offset: int) -> tuple[int, int]:
    """The (row, column) of a character offset into the document's text."""
    step = len(document.newline)
    for row, line in enumerate(document.lines):
        if offset <= len(line):
            return row, offset
        offset -= len(line) + step
    last = len(document.lines) - 1
    return last, len(document.lines[last])


def pane_of(widget: Any) -> str | None:
    """The id of the side-panel tab pane a widget sits in, if any."""
    for ancestor in widget.ancestors_with_self:
        if isinstance(ancestor, TabPane):
            return ancestor.id
    return None


class FilteredSegments(Sequence[Segment]):
    """The store's segments at some indices, read through: an edit in place shows at once."""

    def __init__(self, store: Any, rows: list[int]) -> None:
        self.store = store
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, row: int) -> Segment:  # type: ignore[override]
        return self.store.segments[self.rows[row]]
