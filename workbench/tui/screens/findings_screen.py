"""Every finding of the project, filterable by check, severity and document.

The list is drawn only where visible, so a project with tens of thousands of
findings scrolls as smoothly as one with ten. Choosing a finding opens its
segment in the translation editor; a finding that is not a real problem is
accepted as a false positive, with a reason that is stored with it; an OCR error
in the source is corrected here (`e`), its likely repair offered.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar, Select, Static

from termbase.normalize import is_word, token_spans
from workbench.core import editing
from workbench.core.check_records import Acceptance
from workbench.core.checks import REGISTRY, Finding
from workbench.core.checks.comments import COMMENT_CHECK, comment_findings
from workbench.core.checks.senses import (
    SENSE_CHECKS,
    StoredSense,
    list_senses,
    mark_sense,
    remove_sense,
)
from workbench.core.project import Comment, Project, Segment
from workbench.errors import WorkbenchError
from workbench.tui import commands
from workbench.tui.commands import bindings
from workbench.tui.findings import RECHECK_HERE
from workbench.tui.i18n import _, check_name, ngettext, number
from workbench.tui.messages import FindingsUpdated, ProjectEdited, TermsLoaded
from workbench.tui.screens.base import ViewScreen
from workbench.tui.screens.choice_modal import ReasonModal
from workbench.tui.view_steps import ViewStep, ViewSteps
from workbench.tui.widgets.findings_panel import FindingList, finding_label
from workbench.tui.widgets.literal import literal

ALL = "all"


LINES_READ_UP_TO = 2 * 2**20
"""The largest TSV copy whose lines the finding detail reads (about 0.2 s, on the drawing thread);
a larger delivery's findings name their line in `check --format json`."""


class FindingsScreen(ViewScreen):
    """Filters on top, the list, the chosen finding's segment below."""

    MODE = "findings"
    COMMANDS_TABLE = commands.FINDINGS
    BINDINGS: ClassVar = bindings(commands.FINDINGS)

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Finding] = []
        """Every finding in project order, as of the last update."""
        self.shown: list[Finding] = []
        self._names: dict[int, str] = {}
        """Each document's name by its id, as of the last update."""
        self._lines: dict[int, dict[int, int]] = {}
        """The TSV line of each segment (`ingest.tsv_lines`), per document, read when first shown."""
        self.steps = ViewSteps()
        """What was done here (accepted, resolved, answered, corrected, added), for undo and redo."""

    def compose(self) -> ComposeResult:
        yield self.mode_bar()
        with Horizontal(id="findings-filters"):
            yield Label(_("By check"))
            yield Select([(_("all checks"), ALL)], value=ALL, allow_blank=False, id="check-filter")
            yield Label(_("By severity"))
            yield Select(
                [(_("all severities"), ALL), (_("errors"), "error"), (_("warnings"), "warning"), (_("info"), "info")],
                value=ALL,
                allow_blank=False,
                id="severity-filter",
            )
            # A QA lead reviews a batch of systems' deliveries one system (document) at a time.
            yield Label(_("By document"), id="document-label")
            yield Select([(_("all documents"), ALL)], value=ALL, allow_blank=False, id="document-filter")
            yield Static(id="findings-count")
        yield ProgressBar(total=None, show_eta=False, id="findings-progress")
        yield FindingList(id="finding-list")
        yield Static(id="finding-detail")
        yield self.footer()

    def on_mount(self) -> None:
        if not self.workbench.findings.complete:
            self.action_refresh_findings()
        self._fill()
        self.query_one(FindingList).focus()

    def on_findings_updated(self, message: FindingsUpdated) -> None:
        # Dimmed at once, under the check settings too: the list behind them is of the old settings.
        self.set_class(not self.workbench.findings.complete, "-stale")
        self.when_shown(self._fill)

    def on_project_edited(self, message: ProjectEdited) -> None:
        self.when_shown(self._fill)

    def on_terms_loaded(self, message: TermsLoaded) -> None:
        """Terms read anew left a large project's last run incomplete (`_check_new_terms`): the
        list runs the checks again when it is shown, as it does when first opened."""
        self.when_shown(self._run_if_outdated)

    def _run_if_outdated(self) -> None:
        if not self.workbench.findings.complete and not self.has_class("-busy"):
            self.action_refresh_findings()

    # -- filtering ------------------------------------------------------------------------------

    def _fill(self) -> None:
        """Offer the checks present (with counts) and show the findings that pass the filters."""
        index, store = self.workbench.findings, self.workbench.store
        if store.loaded:
            self._check_changed(store.segments)
        self.findings = index.in_order(store.segments) if store.loaded else index.all()
        if store.loaded:  # open comments, a kind of their own, in project order with the rest
            notes = comment_findings(self.workbench.comments, store.segments)
            self.findings = sorted([*self.findings, *notes], key=lambda f: f.segment) if notes else self.findings
        counts = Counter(f.check for f in self.findings)
        check_filter = self.query_one("#check-filter", Select)
        chosen = check_filter.value
        options = [(_("all checks") + f" ({number(len(self.findings))})", ALL)]
        options += [(f"{check_name(check)} ({number(counts[check])})", check) for check in REGISTRY if counts[check]]
        if counts[COMMENT_CHECK]:
            options.append((_("comments") + f" ({number(counts[COMMENT_CHECK])})", COMMENT_CHECK))
        with self.prevent(Select.Changed):
            check_filter.set_options(options)
            check_filter.value = chosen if chosen in {value for _label, value in options} else ALL
        self._fill_documents()
        self._apply_filters()

    def _document_of(self, finding: Finding) -> int | None:
        segment = self.workbench.store.get(finding.segment_id) if finding.segment_id is not None else None
        return segment.document_id if segment is not None else None

    def _fill_documents(self) -> None:
        """Offer the project's documents (with their findings' counts); none when it has one."""
        names = self._names = self.project.document_names()
        counts = Counter(self._document_of(f) for f in self.findings)
        document_filter = self.query_one("#document-filter", Select)
        chosen = document_filter.value
        options: list[tuple[str | Text, int | str]] = [(_("all documents") + f" ({number(len(self.findings))})", ALL)]
        # a document's name is the user's text: drawn literally (a name may hold ESC or brackets)
        options += [(literal(f"{name} ({number(counts[doc_id])})"), doc_id) for doc_id, name in names.items()]
        with self.prevent(Select.Changed):
            document_filter.set_options(options)
            document_filter.value = chosen if chosen in {value for _label, value in options} else ALL
        self.query_one("#findings-filters").set_class(len(names) < 2, "-one-document")
        self._lines = {}

    def _check_changed(self, segments: Sequence[Segment]) -> None:
        """Check again the segments changed since the last run before they are listed.

        The editor re-checks a segment when it draws it; a replace-all changed forty targets at
        once, and this list went on quoting the old text of every one the grid had not drawn. A
        few are checked here and now; more than `RECHECK_HERE` get a full run, with its bar, which
        lists them afresh when it ends."""
        index = self.workbench.findings
        changed = index.stale(segments)
        if len(changed) > RECHECK_HERE:
            if not self.has_class("-busy"):
                self.action_refresh_findings()
            return
        for segment in changed:
            index.of(segment)

    @on(Select.Changed)
    def _filter_changed(self, event: Select.Changed) -> None:
        self._apply_filters(keep_place=False)

    def _apply_filters(self, *, keep_place: bool = True) -> None:
        """List the findings the filters pass. The cursor stays on the finding it was on, or, when that
        one went (accepted, fixed, its word added to the dictionary), on the one that took its place:
        it went back to the top after each, and a reviewer working down 70 findings scrolled back
        each time. A new filter starts at the top unless the finding is still listed."""
        listed = self.query_one(FindingList)
        before, place = listed.current, listed.cursor
        check = self.query_one("#check-filter", Select).value
        severity = self.query_one("#severity-filter", Select).value
        document = self.query_one("#document-filter", Select).value
        self.shown = [
            f
            for f in self.findings
            if (check == ALL or f.check == check) and (severity == ALL or f.severity == severity)
            and (document == ALL or self._document_of(f) == document)
        ]
        cursor = 0
        if before is not None and before in self.shown:
            cursor = self.shown.index(before)
        elif keep_place and self.shown:
            cursor = min(max(place, 0), len(self.shown) - 1)
        listed.show(self.shown, cursor=cursor)
        # Findings of a run the settings or an import have outdated are drawn dimmed until the next.
        self.set_class(not self.workbench.findings.complete, "-stale")
        if self.has_class("-busy"):
            text = _("Checking…")
        elif not self.workbench.findings.complete:
            text = _("Out of date: R checks again")
        else:
            text = ngettext("{count} finding", "{count} findings", len(self.shown)).format(
                count=number(len(self.shown))
            )
        self.query_one("#findings-count", Static).update(Text(text))
        self._show_detail()

    # -- the chosen finding -------------------------------------------------------------------------

    @on(FindingList.CursorMoved)
    def _moved(self, event: FindingList.CursorMoved) -> None:
        self._show_detail()

    @on(FindingList.Activated)
    def _activated(self, event: FindingList.Activated) -> None:
        self.action_open_finding()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`e` (Correct) is offered on an OCR finding only: on any other it did nothing but say so,
        from the footer of every finding (userday42). The palette still runs it, and says why not."""
        if action == "correct_finding":
            return self._correctable() is not None
        return True

    def _correctable(self) -> tuple[Finding, Segment] | None:
        """The chosen finding and its segment, when `e` mends it: an `ocr-suspect` with a span."""
        finding = self.query_one(FindingList).current
        if finding is None or finding.check != "ocr-suspect" or finding.segment_id is None \
                or not (finding.source_spans or finding.target_spans):
            return None
        segment = self.workbench.store.get(finding.segment_id)
        return None if segment is None else (finding, segment)

    def _show_detail(self) -> None:
        self.refresh_bindings()  # `e` comes and goes with the finding chosen
        detail = self.query_one("#finding-detail", Static)
        finding = self.query_one(FindingList).current
        if finding is None:
            detail.update(Text(_("No findings.") if self.workbench.findings.complete else ""))
            return
        text = finding_label(finding)
        segment = self.workbench.store.get(finding.segment_id) if finding.segment_id is not None else None
        if segment is not None:
            text.append("\n")
            text.append_text(self._place(segment))
            text.append("\n")
            text.append("EN  ", style="bold")
            text.append_text(literal(segment.source))
            text.append("\n")
            text.append("RU  ", style="bold")
            text.append_text(literal(segment.target) if segment.target else Text("—", style="dim"))
        detail.update(text)

    def _place(self, segment: Segment) -> Text:
        """The segment's document, with the line of its TSV file where it came from one: the
        vendor finds a TSV delivery's pair by its line."""
        from workbench.core.ingest import tsv_line_numbers

        name = self._names.get(segment.document_id, "")
        if segment.document_id not in self._lines:
            self._lines[segment.document_id] = tsv_line_numbers(self.project, segment.document_id, most_bytes=LINES_READ_UP_TO)
        line = self._lines[segment.document_id].get(segment.id)
        where = _("{document}, line {line}").format(document=name, line=number(line)) if line is not None else name
        return literal(where, style="dim")

    def action_open_finding(self) -> None:
        """The finding's segment, with the words it is about selected in the target when it points
        into the target: `ctrl+g` then puts the approved term in their place, typing replaces them
        (the cursor stood at the target's start, and the preferred term went in before the
        deprecated one, which was then deleted by hand: a post-editor's day, session 38)."""
        finding = self.query_one(FindingList).current
        if finding is not None and finding.segment_id is not None:
            span = finding.target_spans[0] if finding.target_spans else None
            self.workbench.show_segment(finding.segment_id, (span[0], span[1]) if span else None, findings_tab=True)

    def action_accept_finding(self) -> None:
        finding = self.query_one(FindingList).current
        if finding is None:
            return
        if finding.check == COMMENT_CHECK and finding.segment_id is not None:
            self._resolve_comment(finding.segment_id)
            return
        index = self.workbench.store.index_of(finding.segment_id) if finding.segment_id is not None else None
        position = index + 1 if index is not None else finding.segment

        def accepted(reason: str | None) -> None:
            if reason:
                self.workbench.accept_finding(finding, position, reason, then=lambda: self.steps.did(ViewStep(
                    _("acceptance of {check} on segment {position}").format(check=check_name(finding.check),
                                                                           position=number(position)),
                    undo=lambda: self._unaccept(finding, position),
                    redo=lambda: self.workbench.accept_finding(finding, position, reason))))

        self.app.push_screen(ReasonModal(_("Accept as a false positive"), finding_label(finding)), accepted)

    # -- another sense of a term's word ------------------------------------------------------------

    def _term_finding(self) -> tuple[Finding, int, Segment] | None:
        """The chosen finding if another sense can be said of it, with its position and segment;
        otherwise None, said in a line."""
        finding = self.query_one(FindingList).current
        segment = self.workbench.store.get(finding.segment_id) if finding and finding.segment_id is not None else None
        index = self.workbench.store.index_of(segment.id) if segment is not None else None
        if finding is None or finding.check not in SENSE_CHECKS or finding.concept is None or index is None \
                or segment is None:
            self.notify(_("Choose a term-missing or term-forbidden finding: another sense is said of a term's "
                          "word."), severity="warning")
            return None
        return finding, index + 1, segment

    def action_mark_other_sense(self) -> None:
        """Mark the chosen term finding's word as another sense here, naming (if the translator
        wishes) the word of the translation that renders it: findings in the same context are
        downgraded from the next run on, which starts at once."""
        from workbench.tui.screens.choice_modal import ChoiceModal

        chosen = self._term_finding()
        if chosen is None:
            return
        finding, position, segment = chosen
        words = list(dict.fromkeys(token for token, _start, _end in token_spans(segment.target) if is_word(token)))
        choices = [(_("no word: by the words around it"), ""), *((word, word) for word in words)]
        self.app.push_screen(
            ChoiceModal(_("Another sense here: which word of the translation renders it?"), choices,
                        note=finding.message_in(_, ngettext)),
            lambda rendering: self._answer(finding, position, True, rendering) if rendering is not None else None)

    def action_confirm_term(self) -> None:
        """Confirm the chosen term finding's word as the term here (evidence against an exception)."""
        chosen = self._term_finding()
        if chosen is not None:
            self._answer(chosen[0], chosen[1], False, "")

    def _answer(self, finding: Finding, position: int, other_sense: bool, rendering: str) -> None:
        concept = finding.concept or ""

        def answered(stored: list[StoredSense]) -> None:
            self._answered(position, other_sense, stored)
            said = _("another sense") if other_sense else _("the term")
            self.steps.did(ViewStep(
                _("“{said}” in segment {position}").format(said=said, position=number(position)),
                undo=lambda: self._unanswer(position, concept),
                redo=lambda: self._mark(position, concept, other_sense, rendering)))

        self.workbench.answer_sense(
            lambda project: mark_sense(project, position, other_sense=other_sense, concept=finding.concept,
                                       rendering=rendering),
            answered)

    def _mark(self, position: int, concept: str, other_sense: bool, rendering: str) -> None:
        self.workbench.answer_sense(
            lambda project: mark_sense(project, position, other_sense=other_sense, concept=concept,
                                       rendering=rendering),
            lambda _stored: self.action_refresh_findings())

    def _unanswer(self, position: int, concept: str) -> None:
        """Forget the answers about `concept` in the segment at `position` (whatever their ids:
        a redo stores them anew)."""
        def forget(project: Project) -> None:
            for answer in list_senses(project):
                if answer.position == position and answer.concept == concept:
                    remove_sense(project, answer.id)

        self.workbench.answer_sense(forget, lambda _none: self.action_refresh_findings())

    def _answered(self, position: int, other_sense: bool, stored: list[StoredSense]) -> None:
        words = ", ".join(dict.fromkeys(f"“{answer.words}”" for answer in stored))
        if other_sense:
            self.notify(_("{words} marked as another sense in segment {position}; the checks run again to "
                          "apply it where the context is the same.").format(words=words, position=number(position)))
        else:
            self.notify(_("{words} confirmed as the term in segment {position}.").format(
                words=words, position=number(position)))
        self.action_refresh_findings()

    def action_list_senses(self) -> None:
        """Choose a sense answer to forget: an exception made by mistake is taken back here."""
        from workbench.tui.screens.choice_modal import ChoiceModal

        choices: list[tuple[str, StoredSense]] = []
        for answer in list_senses(self.project):
            where = f"#{answer.position}" if answer.position is not None else _("gone")
            said = _("another sense") if answer.other_sense else _("the term")
            rendered = f" «{answer.rendering}»" if answer.rendering else ""
            choices.append((f"{where}  {answer.concept} “{answer.words}”: {said}{rendered}", answer))
        if not choices:
            self.notify(_("No word of this project is marked as another sense or confirmed as the term."))
            return
        self.app.push_screen(ChoiceModal(_("Forget which sense answer?"), choices),
                             lambda chosen: self._forget(chosen) if chosen is not None else None)

    def _forget(self, answer: StoredSense) -> None:
        def forgotten(_removed: object) -> None:
            self._forgotten(answer)
            if answer.position is not None:  # a segment gone since cannot be answered again
                position = answer.position
                self.steps.did(ViewStep(
                    _("forgetting the answer about “{words}”").format(words=answer.words),
                    undo=lambda: self._mark(position, answer.concept, answer.other_sense, answer.rendering),
                    redo=lambda: self._unanswer(position, answer.concept)))

        self.workbench.answer_sense(lambda project: remove_sense(project, answer.id), forgotten)

    def _forgotten(self, answer: StoredSense) -> None:
        self.notify(_("Forgot the answer about “{words}” ({concept}); the checks run again.").format(
            words=answer.words, concept=answer.concept))
        self.action_refresh_findings()

    def action_correct_finding(self) -> None:
        """Mend the source word an `ocr-suspect` finding flags; its likely repair is offered."""
        chosen = self._correctable()
        if chosen is None:
            self.notify(_("Choose an ocr-suspect finding: only OCR errors in the source are corrected here "
                          "(a target is edited in the translation editor, F4)."), severity="warning")
            return
        finding, segment = chosen
        if not finding.source_spans:
            # A scanned translation's OCR error: "choose an ocr-suspect finding" told the user to pick
            # what was picked. A target is edited in the editor, so `e` takes the user there.
            span = finding.target_spans[0]
            token = segment.target[slice(*span)]
            self.workbench.show_segment(segment.id, (span[0], span[1]))
            self.notify(_("“{token}” is in the target, selected in the translation editor: type the "
                          "correction over it.").format(token=token))
            return
        start, end = finding.source_spans[0]
        token = segment.source[start:end]
        suggestion = next((f.suggestion for f in segment.findings
                           if f.check == "ocr-suspect" and (f.start, f.end) == (start, end) and f.suggestion), None)

        def corrected(text: str | None) -> None:
            if text is None:
                return
            try:
                updated = editing.correct_source(self.project, segment.id, (start, end), token, text)
            except (WorkbenchError, sqlite3.Error) as error:
                self.report(error)
                self.workbench.check_outside_changes()
                return
            self.workbench.store.replace(updated)
            self.workbench.recheck_later((updated,))
            self.workbench.announce_edit((updated.id,))
            self.notify(_("Corrected “{token}” to “{text}” in the source (u undoes it).")
                        .format(token=token, text=text))
            entry = editing.history(self.project, limit=1)[0].id
            self.steps.did(ViewStep(
                _("correction of “{token}” to “{text}”").format(token=token, text=text),
                undo=lambda: self._journal_step(entry, redo=False),
                redo=lambda: self._journal_step(entry, redo=True)))

        self.app.push_screen(
            ReasonModal(_("Correct the OCR error"), finding_label(finding), value=suggestion or token,
                        placeholder=_("Corrected text"), missing=_("Type the corrected text.")),
            corrected,
        )

    def action_add_to_dictionary(self) -> None:
        """The words a spelling finding names into the project dictionary: its message says to add a
        right word there, and only the editor's `alt+s` could, one word at the cursor at a time."""
        from workbench.core.spelling import add_word
        from workbench.tui.screens.choice_modal import ChoiceModal

        finding = self.query_one(FindingList).current
        segment = self.workbench.store.get(finding.segment_id) if finding and finding.segment_id is not None else None
        if finding is None or finding.check != "spelling" or segment is None or not finding.target_spans:
            self.notify(_("Choose a spelling finding: its words can be added to the project dictionary."),
                        severity="warning")
            return
        words = list(dict.fromkeys(segment.target[start:end] for start, end in finding.target_spans))
        choices: list[tuple[str, tuple[str, ...]]] = [(f"«{word}»", (word,)) for word in words]
        if len(words) > 1:
            everyone = _("All of them: {words}").format(words=", ".join(f"«{word}»" for word in words))
            choices.insert(0, (everyone, tuple(words)))

        def chosen(picked: tuple[str, ...] | None) -> None:
            if not picked:
                return
            try:
                added = tuple(word for word in picked if add_word(self.project.path, word))
            except WorkbenchError as error:
                self.report(error)
                return
            self.workbench.dictionary_words_added(picked)
            said = ", ".join(f"«{word}»" for word in picked)
            self.notify(_("Added {words} to the project dictionary.").format(words=said))
            if added:  # a word that was there already is not taken out by the undo
                self.steps.did(ViewStep(_("adding {words} to the project dictionary").format(words=said),
                                        undo=lambda: self._dictionary(added, add=False),
                                        redo=lambda: self._dictionary(added, add=True)))

        self.app.push_screen(ChoiceModal(_("Add to the project dictionary"), choices), chosen)

    def action_revoke_accepted(self) -> None:
        """Choose an accepted finding to report again: a finding accepted by mistake could be brought
        back only with `workbench check revoke`, the TUI showed no acceptance anywhere."""
        from workbench.core.check_records import list_acceptances
        from workbench.tui.screens.choice_modal import ChoiceModal

        store = self.workbench.store
        choices: list[tuple[str, Acceptance]] = []
        for acceptance in list_acceptances(self.project):
            index = store.index_of(acceptance.segment_id)
            if index is None:
                continue
            concept = f" {acceptance.concept}" if acceptance.concept else ""
            choices.append((f"#{index + 1}  {check_name(acceptance.check)}{concept}: {acceptance.reason}", acceptance))
        if not choices:
            self.notify(_("No finding of this project is accepted as a false positive."))
            return
        self.app.push_screen(ChoiceModal(_("Report which accepted finding again?"), choices),
                             lambda chosen: self._revoke(chosen) if chosen is not None else None)

    def _revoke(self, acceptance: Acceptance) -> None:
        from workbench.core.check_records import revoke_acceptance
        from workbench.tui.findings import LOCAL_CHECKS

        store = self.workbench.store
        index = store.index_of(acceptance.segment_id)
        segment = store.get(acceptance.segment_id)
        if index is None or segment is None:
            return
        try:
            revoke_acceptance(self.project, index + 1, acceptance.check, acceptance.concept)
        except (WorkbenchError, sqlite3.Error) as error:
            self.report(error)
            return
        position = index + 1
        finding = Finding(position, acceptance.check, "info", "", concept=acceptance.concept or None,
                          segment_id=segment.id)
        self.steps.did(ViewStep(
            _("reporting {check} on segment {position} again").format(check=check_name(acceptance.check),
                                                                     position=number(position)),
            undo=lambda: self.workbench.accept_finding(finding, position, acceptance.reason),
            redo=lambda: self._unaccept(finding, position)))
        if acceptance.check in LOCAL_CHECKS:
            self.workbench.recheck_later((segment,))
            self.workbench.announce_edit((segment.id,))  # every view redraws its findings and marks
            self.notify(_("Reported again: {check} on segment {position}.").format(
                check=check_name(acceptance.check), position=number(index + 1)))
        else:  # a project-wide check (variant mixes, consistency) speaks again at the next run
            self.notify(_("No longer accepted: {check} on segment {position}; R runs the checks to report "
                          "it again.").format(check=check_name(acceptance.check), position=number(index + 1)))

    def _resolve_comment(self, segment_id: int) -> None:
        """A comment is not a false positive: "accepting" it resolves it (which one, if the segment has several)."""
        from workbench.tui.screens.choice_modal import ChoiceModal
        from workbench.tui.screens.tool_modals import comment_choices

        def resolve(comment: Comment) -> None:
            if self.workbench.resolve_comment(comment):
                self.steps.did(ViewStep(_("resolving a comment"),
                                        undo=lambda: self.workbench.resolve_comment(comment, reopen=True),
                                        redo=lambda: self.workbench.resolve_comment(comment)))

        comments = self.workbench.open_comments(segment_id)
        if len(comments) == 1:
            resolve(comments[0])
        elif comments:
            self.app.push_screen(
                ChoiceModal(_("Resolve which comment?"), comment_choices(comments)),
                lambda chosen: resolve(chosen) if chosen is not None else None,
            )

    # -- undo and redo of what was done here ---------------------------------------------------------

    def action_undo(self) -> None:
        step = self.steps.take_undo()
        if step is None:
            self.notify(_("Nothing to undo in this view (the editors' edits: F4, then ctrl+z)."))
            return
        step.undo()
        self.notify(_("Undone: {step}").format(step=step.name))

    def action_redo(self) -> None:
        step = self.steps.take_redo()
        if step is None:
            self.notify(_("Nothing to redo."))
            return
        step.redo()
        self.notify(_("Redone: {step}").format(step=step.name))

    def _unaccept(self, finding: Finding, position: int) -> None:
        """Report an accepted finding again: its acceptance goes and the finding is listed at once."""
        from workbench.core.check_records import revoke_acceptance

        try:
            revoke_acceptance(self.project, position, finding.check, finding.concept)
        except (WorkbenchError, sqlite3.Error) as error:
            self.report(error)
            return
        if finding.message:  # the finding as it was listed; one rebuilt from an acceptance waits for a run
            self.workbench.findings.restore(finding)
        else:
            segment = self.workbench.store.get(finding.segment_id) if finding.segment_id is not None else None
            if segment is not None:
                self.workbench.recheck_later((segment,))
        self.workbench.announce_edit(() if finding.segment_id is None else (finding.segment_id,))

    def _dictionary(self, words: tuple[str, ...], *, add: bool) -> None:
        from workbench.core.spelling import add_word, remove_word

        try:
            for word in words:
                (add_word if add else remove_word)(self.project.path, word)
        except WorkbenchError as error:
            self.report(error)
            return
        if add:
            self.workbench.dictionary_words_added(words)
        else:  # the speller is built again without them, then every segment checked again
            self.workbench.load_enforcer(then=self.action_refresh_findings)

    def _journal_step(self, entry: int, *, redo: bool) -> None:
        """Undo or redo the journal step `entry` (a source correction made here) when it is still
        the one the journal would take: an edit in the editor since is undone there first."""
        steps = editing.history(self.project, limit=50)
        nearest = next((s for s in (reversed(steps) if redo else steps) if s.undone == redo), None)
        if nearest is None or nearest.id != entry:
            self.notify(_("An edit was made after it; F4, then ctrl+z, undoes that first."), severity="warning")
            (self.steps.take_undo if redo else self.steps.take_redo)()  # left where it was
            return
        try:
            step = editing.redo(self.project) if redo else editing.undo(self.project)
        except (WorkbenchError, sqlite3.Error) as error:
            self.report(error)
            return
        if step is None:
            return
        store = self.workbench.store
        places = {i: index + 1 for i in step.segment_ids if (index := store.index_of(i)) is not None}
        if not step.in_place or len(places) != len(step.segment_ids):
            self.workbench.announce_edit()
            return
        segments = self.project.segments_at(places)
        store.replace_many(segments)
        self.workbench.recheck_later(tuple(segments))
        self.workbench.announce_edit(tuple(places))

    def action_refresh_findings(self) -> None:
        """Check again: the whole project, or, when the list is filtered to one document (after a
        full run), that document alone, which the notice says (`App.run_checks`)."""
        document = self.query_one("#document-filter", Select).value
        self._check_again(document if isinstance(document, int) and self.workbench.findings.complete else None)

    def _check_again(self, aimed: int | None) -> None:
        """Run the checks over the project, or over document `aimed` alone, with the bar and a notice."""
        self.add_class("-busy")
        self.query_one("#findings-count", Static).update(Text(_("Checking…")))

        def progress(done: int, total: int) -> None:
            self.query_one("#findings-progress", ProgressBar).update(total=max(total, 1), progress=done)

        def done(message: str, severity: str) -> None:
            self.remove_class("-busy")
            self._apply_filters()
            checked = self.workbench.checked_document  # a full run asked for meanwhile checked every document
            if severity == "error":
                self.notify(message, severity="error", timeout=8)
            elif checked is not None:  # counted with the project-wide findings it keeps, as the list shows them
                index = self.workbench.findings
                count = sum(len(index.of(s)) for s in self.workbench.store.segments if s.document_id == checked)
                self.notify(_("Checked again, document {document} only: {result} (the project-wide checks as of "
                              "the last full run).").format(
                    document=self._names.get(checked, ""),
                    result=ngettext("{count} finding", "{count} findings", count).format(count=number(count))))
            else:  # a quick run on a small project would otherwise change nothing you can see
                self.notify(_("Checked again: {result}").format(result=message))

        self.workbench.run_checks(progress, done, document=aimed, asker=self)

    def action_check_settings(self) -> None:
        """The checks' settings; closed after a change, every document is checked again with them
        (a change may touch the project-wide checks, which a document's run leaves as they were)."""
        from workbench.tui.screens.check_settings_modal import CheckSettingsModal

        def closed(changed: bool | None) -> None:
            if changed:
                self._check_again(None)

        self.app.push_screen(CheckSettingsModal(self.project), closed)

    def action_focus_filter(self, which: str) -> None:
        self.query_one(f"#{which}-filter", Select).focus()
