"""The project view: what the workbench shows first.

Languages, documents and progress (confirmed share, open findings by
severity) at a glance, and the project-wide actions: import, align, check
and export. Those can take a while on a big project, so each runs in a
worker thread on its own connection while a progress bar moves; the view
stays usable and the result arrives as a notification.

Without a project (bare `workbench` outside a project folder) the view
offers to open one.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, DataTable, Label, ProgressBar, Static
from textual.worker import get_current_worker

from workbench.core.progress import Progress
from workbench.core.project import Project
from workbench.core.stats import findings_summary, project_summary
from workbench.errors import InputError, WorkbenchError
from workbench.tui import commands
from workbench.tui.commands import bindings
from workbench.tui.findings import AUTO_CHECK_LIMIT
from workbench.tui.i18n import N_, _, check_name, error_message, ngettext, number, percent, say
from workbench.tui.messages import FindingsUpdated, ProjectEdited, TermsLoaded
from workbench.tui.screens.base import ViewScreen
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.file_modals import (
    XLIFF_SUFFIXES,
    ExportModal,
    ExportRequest,
    ImportModal,
    ImportRequest,
    MemoryImportModal,
    MemoryImportRequest,
    MemoryReplaceModal,
    OpenProjectModal,
    UpdateDocumentModal,
    UpdateRequest,
    write_unless_kept,
)
from workbench.tui.widgets.literal import literal, one_line

if TYPE_CHECKING:  # the replace and the memory modules load with their first use, not at startup
    from workbench.core.editing import ReplaceQuery
    from workbench.core.memory import TargetChange, TargetReplace

Task = Callable[[Project, Progress], str]
"""Work on a project opened in the worker's thread; returns the message to show when done."""

PREVIEWED = 12
"""Changed units a memory replace lists before it asks (the rest are counted)."""

def home_relative(path: Path) -> str:
    """`~/projects/clubs` rather than `/home/someone/projects/clubs`: shorter, and the same on every machine."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def segments_phrase(count: int) -> str:
    """`1 segment`, `2 segments`; in Russian `1 сегмент`, `2 сегмента`, `5 сегментов`."""
    return ngettext("{count} segment", "{count} segments", count).format(count=number(count))


class ProjectScreen(ViewScreen):
    """Languages, documents, progress and the project-wide actions."""

    MODE = "project"
    COMMANDS_TABLE = commands.PROJECT
    BINDINGS: ClassVar = bindings(commands.PROJECT)

    _document_names: tuple[str, ...] = ()
    """The documents' names in the order of the table's rows (`refresh_summary`)."""
    _findings_reading = 0
    """How many times the findings box was asked to read (the newest reading is shown)."""

    def compose(self) -> ComposeResult:
        yield self.mode_bar()
        with VerticalScroll(id="project-body"):
            yield Static(id="project-title")
            yield Static(id="project-path", classes="muted")
            yield Static(id="last-task")
            with Horizontal(id="project-overview"):
                with Vertical(id="progress-box", classes="box"):
                    yield Label(_("Progress"), classes="box-title")
                    yield ProgressBar(total=None, show_eta=False, id="confirmed-bar")
                    yield Static(id="progress-text")
                with Vertical(id="findings-box", classes="box"):
                    yield Label(_("Open findings"), classes="box-title")
                    yield Static(id="findings-text")
            yield Label(_("Documents"), classes="box-title")
            yield DataTable(id="documents", cursor_type="row", zebra_stripes=True)
            with Horizontal(id="project-actions"):
                yield Button(_("Import…"), id="import")
                yield Button(_("Align"), id="align")
                yield Button(_("Check"), id="check")
                yield Button(_("Export…"), id="export")
                yield Button(_("Open…"), id="open")
            with Vertical(id="task"):
                yield Label("", id="task-label")
                yield ProgressBar(total=None, show_eta=False, id="task-bar")
        yield self.footer()

    def on_mount(self) -> None:
        table = self.query_one("#documents", DataTable)
        table.add_columns(_("Document"), _("Kind"), _("Segments"), _("Files"), _("Encodings"))
        self.refresh_summary()

    def on_terms_loaded(self, message: TermsLoaded) -> None:
        """The term matcher is ready: a small project is checked now, so its findings show at once."""
        self._auto_check()

    def _auto_check(self) -> None:
        project = self.workbench.project
        if project is not None and not self.workbench.findings.complete and project.segment_count() <= AUTO_CHECK_LIMIT:
            self.action_check_project(quiet=True)

    # -- what the view shows ----------------------------------------------------------

    def refresh_summary(self) -> None:
        project = self.workbench.project
        title = self.query_one("#project-title", Static)
        if project is None:
            title.update(Text(_("No project here"), style="bold"))
            self.query_one("#project-path", Static).update(
                Text(_("{folder} is not a workbench project. Press o to open one; to start one, run workbench init NEW-FOLDER in a terminal.").format(folder=self.workbench.folder))
            )
            self.set_class(True, "-no-project")
            return
        self.set_class(False, "-no-project")
        summary = project_summary(project, findings=False)
        title.update(
            Text.assemble(
                literal(summary["name"], "bold"),
                "  ",
                (f"{summary['source_lang']} → {summary['target_lang']}", "italic"),
            )
        )
        self.query_one("#project-path", Static).update(literal(home_relative(Path(summary["path"]))))
        segments = summary["segments"]
        total, confirmed = segments["total"], segments["confirmed"]
        bar = self.query_one("#confirmed-bar", ProgressBar)
        bar.update(total=max(total, 1), progress=confirmed)
        share = confirmed / total if total else 0.0
        self.query_one("#progress-text", Static).update(
            Text(
                "\n".join(
                    [
                        _("{segments}, {share} confirmed").format(
                            segments=segments_phrase(total), share=percent(share)
                        ),
                        _("draft {draft} · translated {translated} · reviewed {reviewed}").format(
                            draft=number(segments["draft"]),
                            translated=number(segments["translated"]),
                            reviewed=number(segments["reviewed"]),
                        ),
                        _("without translation: {count}").format(count=number(segments["empty"])),
                        _("aligned pairs locked: {count}").format(count=number(segments["locked_pairs"])),
                        *([_("machine translation, unreviewed: {count}").format(count=number(segments["unreviewed_mt"]))]
                          if segments.get("unreviewed_mt") else []),
                    ]
                )
            )
        )
        if self.workbench.findings.complete:
            self._show_findings({}, None)
        else:
            self._read_findings(project.path)
        table = self.query_one("#documents", DataTable)
        table.clear()
        self._document_names = tuple(str(document["name"]) for document in summary["documents"])
        for document in summary["documents"]:
            files = " + ".join(f for f in (document["source"], document["target"]) if f)
            encodings = " + ".join(e for e in (document["source_encoding"], document["target_encoding"]) if e)
            table.add_row(
                literal(document["name"]),
                literal(document["kind"]),
                Text(number(document["segments"]), justify="right"),
                literal(files),
                literal(encodings),
            )

    def _read_findings(self, path: Path) -> None:
        """The stored findings and the last check run, read in a worker: they load the checks (a third of
        a second), which the first screen does not wait for; the box fills in when they are read.

        Only the newest reading is shown. The older one is left to finish rather than cancelled: a
        thread cannot be stopped anyway, and a cancelled worker is an error to whoever waits for all
        workers (the view is refreshed twice as it opens, on mount and on resume)."""
        self._findings_reading += 1
        self.workbench.when_ready(partial(self._start_reading, path, self._findings_reading))

    def _start_reading(self, path: Path, reading: int) -> None:
        # Both readings of a view that opens wait for the first screen; only the newest is started.
        if reading == self._findings_reading:
            self._read_findings_worker(path, reading)

    @work(thread=True, group="summary")
    def _read_findings_worker(self, path: Path, reading: int) -> None:
        try:
            with Project.open(path) as project:
                stored, last = findings_summary(project)
        except (WorkbenchError, OSError, sqlite3.Error) as error:  # reported in one line, never a crash
            self.app.call_from_thread(self.notify, error_message(error), severity="error", timeout=8)
            return
        self.app.call_from_thread(self._show_newest_findings, reading, stored, last)

    def _show_newest_findings(self, reading: int, stored: dict[str, int], last: dict[str, Any] | None) -> None:
        if reading == self._findings_reading:
            self._show_findings(stored, last)

    def _show_findings(self, stored: dict[str, int], last: dict[str, Any] | None) -> None:
        text = self.query_one("#findings-text", Static)
        if not self.workbench.findings.complete:
            # What `workbench status` says too: the last full run (maybe by the CLI, or before a
            # restart) until this session checks again, never "none" when a check found some.
            if last is None:
                lines = [_("Checks have not run yet (press c).")]
            else:
                when = last["ran_at"].replace("T", " ").rstrip("Z")
                lines = [ngettext("Last check ({when}): {count} open finding (press c to check again).",
                                  "Last check ({when}): {count} open findings (press c to check again).",
                                  last["total"]).format(when=when, count=number(last["total"]))]
                lines.extend(f"  {check_name(check)}: {number(count)}" for check, count in last["by_check"].items())
            if stored:
                lines.append(_("Found on import and alignment:"))
                lines.extend(f"  {check_name(check)}: {number(count)}" for check, count in stored.items())
            text.update(Text("\n".join(lines)))
            return
        # the findings of the segments there are: another program's new version or undo removed
        # two segments, and their findings were counted here until the next check (round 33)
        # Nor those of segments another program changed since, until they are checked again (the
        # app checks a few at once, the findings list the rest): they described the old texts (round 34).
        index, store = self.workbench.findings, self.workbench.store
        findings = index.in_order(store.segments) if store.loaded else index.all()
        changed = {segment.id for segment in index.stale(store.segments)} if store.loaded else set()
        if changed:
            findings = [f for f in findings if f.segment_id not in changed]
        by_severity = Counter(f.severity for f in findings)
        styles = {"error": "bold red", "warning": "yellow", "info": "dim"}
        names = {"error": _("errors"), "warning": _("warnings"), "info": _("info")}
        result = Text()
        for severity in ("error", "warning", "info"):
            result.append(f"{names[severity]}: ", style=styles[severity])
            result.append(f"{number(by_severity.get(severity, 0))}\n")
        by_check = Counter(f.check for f in findings)
        for check, count in by_check.most_common(6):
            result.append(f"  {check_name(check)}: {number(count)}\n", style="dim")
        if changed:
            result.append(ngettext("{count} segment changed since the check is not counted (press c to check again).",
                                   "{count} segments changed since the check are not counted (press c to check again).",
                                   len(changed)).format(count=number(len(changed))) + "\n", style="dim")
        text.update(result)

    def on_project_edited(self, message: ProjectEdited) -> None:
        self.when_shown(self.refresh_summary)

    def on_findings_updated(self, message: FindingsUpdated) -> None:
        self.when_shown(self.refresh_summary)

    def on_screen_resume(self) -> None:
        self.refresh_summary()

    # -- actions -------------------------------------------------------------------------

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        actions = {
            "import": self.action_import_documents,
            "align": self.action_align_project,
            "check": self.action_check_project,
            "export": self.action_export_project,
            "open": self.action_open_project,
        }
        if event.button.id in actions:
            actions[event.button.id]()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"import_documents", "update_document", "align_project", "check_project", "export_project", "import_memory",
                      "memory_replace", "memory_undo", "check_settings", "mark_machine_translation"}:
            return self.workbench.project is not None
        return True

    def action_import_documents(self) -> None:
        def chosen(request: object) -> None:
            if isinstance(request, ImportRequest):
                self.run_task(_("Importing {name}").format(name=request.source.name), _import_task(request))

        self.app.push_screen(ImportModal(), chosen)

    def action_update_document(self) -> None:
        rows = self.project.conn.execute("select name, kind from documents order by seq").fetchall()
        documents = [str(name) for name, _kind in rows]
        if not documents:
            self.notify(_("The project has no document to update: import one first (i)."), severity="warning")
            return

        def chosen(request: object) -> None:
            if isinstance(request, UpdateRequest):
                self.run_task(_("Updating {name}").format(name=request.document), _update_task(request))

        lines = frozenset(str(name) for name, kind in rows if kind == "lines")
        self.app.push_screen(UpdateDocumentModal(documents, lines), chosen)

    def action_mark_machine_translation(self) -> None:
        """A document's drafts marked MT (`workbench mark-mt`), in a worker: the project's one
        document, or the one picked from a list starting at the document under the cursor."""
        names = self._document_names
        if not names:
            self.notify(_("The project has no document to mark: import one first (i)."), severity="warning")
            return

        def chosen(name: object) -> None:
            if isinstance(name, str):
                self.run_task(_("Marking {name} as machine translation").format(name=name), _mark_machine_task(name))

        if len(names) == 1:
            chosen(names[0])
            return
        cursor = self.query_one("#documents", DataTable).cursor_row
        self.app.push_screen(ChoiceModal(_("Mark the drafts of which document as machine translation?"),
                                         [(name, name) for name in names], highlighted=max(cursor, 0)), chosen)

    def action_align_project(self) -> None:
        self.run_task(_("Aligning"), _align_task)

    def action_check_project(self, quiet: bool = False) -> None:
        self.run_checks(quiet)

    def action_check_settings(self) -> None:
        """The checks' settings; closed after a change, the project is checked again with them."""
        from workbench.tui.screens.check_settings_modal import CheckSettingsModal

        def closed(changed: bool | None) -> None:
            if changed:
                self.run_checks()

        self.app.push_screen(CheckSettingsModal(self.project), closed)

    def action_export_project(self) -> None:
        def chosen(request: object) -> None:
            if isinstance(request, ExportRequest):
                write_unless_kept(self.app, request.path, lambda: self.run_task(
                    _("Exporting to {path}").format(path=request.path), _export_task(request), edits=False),
                    self.project.keeps)

        self.app.push_screen(ExportModal(self.project.path, _safe_name(self.project.config.name)), chosen)

    def action_import_memory(self) -> None:
        def chosen(request: object) -> None:
            if isinstance(request, MemoryImportRequest):
                self.run_task(
                    _("Importing {name} into the memory").format(name=request.path.name),
                    _memory_import_task(request), edits=False,
                )

        self.app.push_screen(MemoryImportModal(), chosen)

    def action_memory_replace(self) -> None:
        """Ask what to mend, preview it on a thread, and replace only once the translator has seen
        what would change (`memory replace --dry-run`, then `memory replace`)."""
        def chosen(query: object) -> None:
            from workbench.core.editing import ReplaceQuery

            if isinstance(query, ReplaceQuery):
                self._task_started(_("Looking for {find} in the memories").format(find=one_line(query.find, 40)))
                self._preview_memory_replace(query)

        self.app.push_screen(MemoryReplaceModal(), chosen)

    @work(thread=True, group="memory-replace", exclusive=True)
    def _preview_memory_replace(self, query: ReplaceQuery) -> None:
        try:
            with Project.open(self.project.path) as project:
                plan = _memory_replace(project, query, dry_run=True)
        except Exception as error:  # noqa: BLE001  (one line, never a crash)
            self.app.call_from_thread(self._task_finished, _describe(error), "error", False)
            return
        self.app.call_from_thread(self._confirm_memory_replace, query, plan)

    def _confirm_memory_replace(self, query: ReplaceQuery, plan: TargetReplace) -> None:
        self.set_class(False, "-busy")
        if not plan.count:
            self.notify(_("No target of an imported memory holds {find}.").format(find=one_line(query.find, 60)),
                        severity="warning")
            return
        units = ngettext("{count} unit", "{count} units", plan.count).format(count=number(plan.count))
        shown = Text("\n").join(unit_change(change) for change in plan.changes[:PREVIEWED])
        if plan.count > PREVIEWED:
            shown.append("\n" + _("… and {count} more").format(count=number(plan.count - PREVIEWED)))

        def confirmed(go: bool | None) -> None:
            if go:
                self.run_task(_("Replacing in the memories"), _memory_replace_task(query), edits=False)

        self.app.push_screen(
            ChoiceModal(_("Replace in {units} of the imported memories?").format(units=units),
                        [(_("Replace"), True), (_("Cancel"), False)], note=shown),
            confirmed,
        )

    def action_memory_undo(self) -> None:
        self.run_task(_("Undoing the last memory replace"), _memory_undo_task, edits=False)

    def action_open_project(self) -> None:
        def chosen(folder: object) -> None:
            if isinstance(folder, Path):
                try:
                    project = Project.open(folder)
                except WorkbenchError as error:
                    self.report(error)
                    return
                self.workbench.open_project(project)
                self.refresh_summary()

        self.app.push_screen(OpenProjectModal(self.workbench.folder), chosen)

    # -- work in threads ----------------------------------------------------------------------

    def _task_started(self, label: str) -> None:
        self.query_one("#task-label", Label).update(literal(label))
        self.query_one("#task-bar", ProgressBar).update(total=None, progress=0)
        self.set_class(True, "-busy")

    def _task_progress(self, done: int, total: int) -> None:
        self.query_one("#task-bar", ProgressBar).update(total=max(total, 1), progress=done)

    def _task_finished(self, message: str, severity: str, edits: bool) -> None:
        self.set_class(False, "-busy")
        self.notify(message, severity=severity, timeout=6)  # type: ignore[arg-type]
        # The toast goes after six seconds: a translator who looked away from an update of
        # 15 s never read "85 kept, 2 changed" (user days). The line stays until the next task.
        self.query_one("#last-task", Static).update(
            literal(_("Last: {result}").format(result=" ".join(message.split())), "red" if severity == "error" else ""))
        self.set_class(True, "-task-said")
        if edits:  # an import or a re-alignment: new segments the last check never saw
            self.workbench.findings.outdated()
            self.workbench.announce_edit()
            self.workbench.own_write(started=False)
            self._auto_check()
        self.refresh_summary()

    def run_task(self, label: str, task: Task, *, edits: bool = True) -> None:
        self._task_started(label)
        if edits:
            self.workbench.own_write(started=True)
        self._run_in_thread(task, edits)

    @work(thread=True, exclusive=True, group="project-task")
    def _run_in_thread(self, task: Task, edits: bool) -> None:
        app = self.app
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if not worker.is_cancelled:
                app.call_from_thread(self._task_progress, done, total)

        try:
            with Project.open(self.project.path) as project:
                # This app's session: undo in the editor takes back the task's step at once, where
                # it asked first whether to undo «an edit from an earlier session» (session 44).
                project.session = self.project.session
                message = task(project, progress)
            severity = "information"
        except Exception as error:  # noqa: BLE001  (shown to the person, not a crash: a worker reports everything)
            message, severity = _describe(error), "error"
        if not worker.is_cancelled:
            app.call_from_thread(self._task_finished, message, severity, edits)
        elif edits:  # a later task took its place: what this one wrote is still the app's own
            with contextlib.suppress(RuntimeError):  # the app has ended
                app.call_from_thread(self._task_dropped)

    def _task_dropped(self) -> None:
        self.workbench.announce_edit()
        self.workbench.own_write(started=False)

    def run_checks(self, quiet: bool = False) -> None:
        if quiet:
            self.workbench.run_checks()
            return
        self._task_started(_("Checking"))
        self.workbench.run_checks(
            self._task_progress, lambda message, severity: self._task_finished(message, severity, False), asker=self,
        )


def _describe(error: Exception) -> str:
    """One line for a notification: the message of a user error, the kind of anything else."""
    if isinstance(error, (WorkbenchError, OSError, ValueError)):
        return error_message(error)
    return f"{type(error).__name__}: {error}"


def _import_task(request: ImportRequest) -> Task:
    def task(project: Project, progress: Progress) -> str:
        from workbench.core.ingest import (
            import_lines,
            import_text,
            import_tmx,
            import_tsv,
            import_xliff,
        )

        suffix = request.source.suffix.lower()
        if request.lines and request.target is not None:
            report = import_lines(project, request.source, request.target, request.encoding, machine=request.machine)
        elif suffix == ".tmx":
            report = import_tmx(project, request.source, progress, machine=request.machine)
        elif suffix == ".tsv":
            report = import_tsv(project, request.source, request.encoding, machine=request.machine)
        elif suffix in XLIFF_SUFFIXES:
            from workbench.core.editing import update_from_xliff

            update = update_from_xliff(project, request.source)
            if update is not None:
                said = _("Updated {documents} from the returned file: {changed} of {units} segments changed").format(
                    documents=", ".join(update.documents), changed=number(update.updated), units=number(update.units))
                if update.stale:
                    said += "; " + ngettext(
                        "{count} left out: split, merged or its source corrected since the export",
                        "{count} left out: split, merged or their sources corrected since the export",
                        update.stale).format(count=number(update.stale))
                return said
            report = import_xliff(project, request.source, machine=request.machine)
        else:
            report = import_text(project, request.source, request.target, request.encoding, progress,
                                 machine=request.machine)
        said = _("Imported {name}: {segments}").format(name=report.name, segments=segments_phrase(report.segments))
        for notice in report.notices:  # as `workbench import` warns: units skipped, a document repeated
            said += ". " + say(notice)
        finished = report.kind == "text" and report.aligned and not request.machine  # as `workbench import` says it
        mark_translated, review = _("segment: mark all aligned drafts translated"), _("review: tracked changes")
        mark_mt = _("document: mark its drafts as machine translation")
        if finished and report.unmarked_prefill:
            said += ". " + _("The translation came in as drafts: if it is finished work to review, run “{command}” "
                             "(ctrl+p) first, so that “{review}” shows every change made to it; if it is a machine "
                             "translation to post-edit, run “{machine}”, so that its drafts show as MT until a person "
                             "edits or confirms them.").format(command=mark_translated, review=review, machine=mark_mt)
        elif finished:
            said += ". " + _("The translation is a draft: if it is finished work to review, run “{command}” "
                             "(ctrl+p) first, so that “{review}” shows every change made to it.").format(
                command=mark_translated, review=review)
        elif report.unmarked_prefill:
            said += ". " + _("Every segment came with a translation, none marked as machine translation: if it is a "
                             "machine translation to post-edit, run “{machine}” (ctrl+p), so that its drafts show as MT "
                             "until a person edits or confirms them.").format(machine=mark_mt)
        return said

    return task


def _update_task(request: UpdateRequest) -> Task:
    def task(project: Project, progress: Progress) -> str:
        from workbench.core.editing import update_document

        suffix = request.path.suffix.lower()
        kind = ("lines" if request.translation else "tmx" if suffix == ".tmx" else "tsv" if suffix == ".tsv"
                else "xliff" if suffix in XLIFF_SUFFIXES else "text")
        update = update_document(project, request.document, request.path, kind, request.encoding, request.translation)
        return _("Updated {name}: {kept} kept ({retranslated} with a new target), {changed} changed "
                 "(old translations kept as fuzzy drafts), {new} new, {removed} removed; one undo step").format(
            name=update.document, kept=number(update.kept), retranslated=number(update.retranslated),
            changed=number(update.changed), new=number(update.new), removed=number(update.removed))

    return task


def _mark_machine_task(name: str) -> Task:
    def task(project: Project, progress: Progress) -> str:
        from workbench.core.editing import mark_machine_translated

        count = mark_machine_translated(project, name)
        if not count:
            return _("{name} has no unmarked draft with a translation: nothing was marked.").format(name=name)
        return ngettext("{count} draft of {name} marked as machine translation (one undo step)",
                        "{count} drafts of {name} marked as machine translation (one undo step)",
                        count).format(count=number(count), name=name)

    return task


def _align_task(project: Project, progress: Progress) -> str:
    from workbench.core.alignment import align_project
    from workbench.core.terminology import project_concept_finder

    # The project's termbase anchors the alignment, as `workbench align` does.
    summary = align_project(project, project_concept_finder(project), progress)
    return _("Aligned: {pairs}, {weak} unsure, {kept} kept").format(
        pairs=ngettext("{count} pair", "{count} pairs", summary.beads).format(count=number(summary.beads)),
        weak=number(summary.low_confidence),
        kept=number(summary.kept),
    )


def _export_task(request: ExportRequest) -> Task:
    def task(project: Project, progress: Progress) -> str:
        from workbench.core.project import export_project, export_scope, export_xliff
        from workbench.formats.base import BitextFormat
        from workbench.formats.registry import format_named

        if request.format == "memory":
            return _memory_export(project, request.path)
        if request.format == "xliff":
            report = export_xliff(project, request.path)
            return _("Wrote {path}: {segments}").format(
                path=report.path.absolute(), segments=segments_phrase(report.units))
        fmt = format_named(request.format)
        report = export_project(project, request.path, fmt, all_pairs=request.all_segments)
        written = _("Wrote {path}: {segments}").format(
            path=report.path.absolute(), segments=segments_phrase(report.units))
        scope = export_scope(project)
        if isinstance(fmt, BitextFormat) and not request.all_segments and scope.drafts:
            # "…: 0 segments 194 draft pairs were left out": one sentence, its halves apart.
            written += "; " + ngettext(
                "{count} draft pair was left out (choose “every pair” to include it).",
                "{count} draft pairs were left out (choose “every pair” to include them).",
                scope.drafts,
            ).format(count=number(scope.drafts))
        return written

    return task


def _memory_import_task(request: MemoryImportRequest) -> Task:
    def task(project: Project, progress: Progress) -> str:
        from workbench.core.team import open_memory

        with open_memory(project) as tm:
            report = tm.import_file(request.path, name=request.name)
        if not report.units:  # nothing stored (the stores roll it back), as `memory import` refuses it
            raise InputError.worded(
                N_("{file}: no unit has text in both {source} and {target}, the project's languages: check the "
                   "languages of its units (xml:lang in a TMX); nothing imported"),
                file=request.path.name, source=project.config.source_lang, target=project.config.target_lang,
            )
        said = _("Imported {file} into the memory {memory}: {units}").format(
            file=request.path.name, memory=report.memory,
            units=ngettext("{count} unit", "{count} units", report.units).format(count=number(report.units)))
        left_out = report.skipped + report.too_long + report.no_source + report.other_direction
        if left_out:
            said += "; " + ngettext(
                "{count} unit left out (no text in both languages, translated the other way, or too long)",
                "{count} units left out (no text in both languages, translated the other way, or too long)", left_out,
            ).format(count=number(left_out))
        return said

    return task


AROUND = 4
"""Words of a unit's unchanged text a memory replace's preview shows on either side of a change."""


def unit_change(change: TargetChange) -> Text:
    """`client.tmx #5: …децентрализованную систему ~~контроля версий~~ → управления версиями BitKeeper.`

    The words a replace takes out (struck) and puts in, with `AROUND` words of the target on
    either side. The preview gave the whole target as it would read, cut at 100 characters: a
    calque further on in a long sentence was replaced without being shown."""
    from workbench.core.memory import word_diff

    label = Text(f"{change.memory} #{change.unit_id}: ", style="bold")
    chunks = word_diff(change.before, change.after, folded=False)
    for index, chunk in enumerate(chunks):
        if chunk.op == "delete":
            label.append_text(literal(chunk.text, "red strike"))
        elif chunk.op == "insert":
            if index and chunks[index - 1].op == "delete":  # apart without colours too, as F4's preview
                label.append(" → ", style="dim")
            label.append_text(literal(chunk.text, "bold green"))
        else:
            label.append_text(literal(_around(chunk.text, first=index == 0, last=index == len(chunks) - 1)))
    return label


def _around(text: str, *, first: bool, last: bool) -> str:
    """Unchanged text between (or before, or after) the changes, cut to `AROUND` words a side."""
    words = text.split(" ")
    if first and len(words) > AROUND + 1:
        return "…" + " ".join(words[-AROUND - 1:])
    if last and len(words) > AROUND + 1:
        return " ".join(words[:AROUND + 1]) + "…"
    if not first and not last and len(words) > 2 * AROUND + 2:
        return " ".join(words[:AROUND + 1]) + " … " + " ".join(words[-AROUND - 1:])
    return text


def _memory_replace(project: Project, query: ReplaceQuery, *, dry_run: bool) -> TargetReplace:
    """`query` in the targets of every imported memory of `project` (`memory replace`), keeping
    only the changes a preview shows (`PREVIEWED`) and counting the rest."""
    from workbench.core.editing import replace_in_memory
    from workbench.core.team import open_upkeep

    with open_upkeep(project) as store:
        return replace_in_memory(store, query, project.config.target_lang, dry_run=dry_run, kept=PREVIEWED if dry_run else 0)


def _memory_replace_task(query: ReplaceQuery) -> Task:
    def task(project: Project, progress: Progress) -> str:
        done = _memory_replace(project, query, dry_run=False)
        count = done.count
        return ngettext("Changed {units} in the memories (memory: undo the last replace puts it back)",
                        "Changed {units} in the memories (memory: undo the last replace puts them back)", count).format(
            units=ngettext("{count} unit", "{count} units", count).format(count=number(count)))

    return task


def _memory_undo_task(project: Project, progress: Progress) -> str:
    from workbench.core.memory import undo_replace
    from workbench.core.team import open_upkeep

    with open_upkeep(project) as store:
        undone = undo_replace(store)
    said = _("Put back {targets} changed by replacing {find} with {replacement}").format(
        targets=ngettext("{count} target", "{count} targets", undone.restored).format(count=number(undone.restored)),
        find=one_line(repr(undone.find), 60), replacement=one_line(repr(undone.replacement), 60))
    if undone.changed_since:
        said += "; " + ngettext("{count} unit changed or re-imported since was left as it is",
                                "{count} units changed or re-imported since were left as they are",
                                undone.changed_since).format(count=number(undone.changed_since))
    return said


def _memory_export(project: Project, path: Path) -> str:
    """Every memory of `project` as one TMX at `path`, each pair once (`memory export`)."""
    from workbench.core.memory import export_memories
    from workbench.core.team import open_upkeep

    with open_upkeep(project, sync=True) as store:
        report = export_memories(store, path)
    said = _("Wrote {path}: {units}, {duplicates} left out").format(
        path=report.path.absolute(),
        units=ngettext("{count} unit", "{count} units", report.units).format(count=number(report.units)),
        duplicates=ngettext("{count} duplicate", "{count} duplicates", report.duplicates).format(
            count=number(report.duplicates)),
    )
    if report.conflicts:
        said += "; " + ngettext(
            "{count} source has more than one translation (workbench memory conflicts lists it)",
            "{count} sources have more than one translation (workbench memory conflicts lists them)",
            report.conflicts,
        ).format(count=number(report.conflicts))
    return said


def _safe_name(name: str) -> str:
    """The project name as a file name: path separators and control characters replaced."""
    cleaned = "".join("-" if c in '/\\:' or ord(c) < 32 else c for c in name).strip(". ")
    return cleaned or "export"

