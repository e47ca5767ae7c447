"""The termbase view: search, browse, add, edit, merge and delete concepts of the project's own termbase.

Searching ignores case, ё/е, quotes and hyphens (the termbase's own
normalisation) and ranks exact and prefix matches first. Every change is
written at once; the editors' term matcher is rebuilt in the background so
the next segment already knows the new term.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Static

from termbase.errors import TermbaseError
from termbase.languages import same_language
from termbase.model import Concept, TermStatus
from termbase.normalize import fold_text
from workbench.core.project import Project
from workbench.core.terminology import merge_concepts, open_project_termbase, project_termbase_path
from workbench.errors import WorkbenchError
from workbench.tui import commands
from workbench.tui.commands import bindings
from workbench.tui.i18n import _, error_message, ngettext, number, say_note
from workbench.tui.messages import TermsLoaded
from workbench.tui.screens.base import ViewScreen
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.concept_modal import ConceptModal
from workbench.tui.screens.file_modals import (
    TermExportModal,
    TermImportModal,
    TermImportRequest,
    write_unless_kept,
)
from workbench.tui.widgets.concept_list import ConceptList
from workbench.tui.widgets.literal import literal
from workbench.tui.widgets.term_panel import STATUS_NAMES

STATUS_STYLE = {"preferred": "bold green", "admitted": "green", "deprecated": "red strike", "superseded": "red strike"}

FILTERS = ("all", "no-target", "deprecated", "no-definition", "shared-source")
SORTS = ("termbase", "source", "target")


class TermSearch(Input):
    """The search field; `down` goes on to the concepts it found, as in a browser's address bar.

    `down` did nothing in the field (an `Input` has one line), so a terminologist who typed a
    term reached the list only with `enter` or `tab`."""

    BINDINGS: ClassVar = [Binding("down", "screen.focus_concepts", show=False)]


class TermbaseScreen(ViewScreen):
    """Search box, concept list, the chosen concept in full."""

    MODE = "termbase"
    COMMANDS_TABLE = commands.TERMBASE
    BINDINGS: ClassVar = bindings(commands.TERMBASE)

    shown_filter = "all"
    """Which concepts are listed (`FILTERS`): a terminologist's questions of a client's termbase
    ("which have no Russian term yet?") had no answer but reading every concept (session 27)."""
    shown_sort = "termbase"
    """The list's order (`SORTS`): the termbase's own, or by the source or the target term."""

    def compose(self) -> ComposeResult:
        config = self.project.config
        yield self.mode_bar()
        with Horizontal(id="termbase-top"):
            yield TermSearch(placeholder=_("Search terms…"), id="term-search")
            yield Static(id="concept-count")
        with Horizontal(id="termbase-body"):
            yield ConceptList(config.source_lang, config.target_lang, id="concepts")
            with VerticalScroll(id="concept-detail-box"):
                yield Static(id="concept-detail")
        yield self.footer()

    def on_mount(self) -> None:
        self._search("")
        self.query_one(ConceptList).focus()

    @property
    def concept_list(self) -> ConceptList:
        return self.query_one(ConceptList)

    # -- search and browse ---------------------------------------------------------------------

    @on(Input.Changed, "#term-search")
    def _query_changed(self, event: Input.Changed) -> None:
        self._search(event.value)

    @on(Input.Submitted, "#term-search")
    def _query_submitted(self) -> None:
        self.concept_list.focus()

    def _search(self, query: str, keep: str | None = None) -> None:
        if project_termbase_path(self.project).exists():
            with open_project_termbase(self.project) as termbase:
                concepts = termbase.search(query) if query.strip() else termbase.concepts()
                named = termbase.get(query.strip()) if query.strip() else None
                if named is not None and named.id not in {c.id for c in concepts}:
                    # An id (`t1`, as `term list`, `term merge` and the import's notes name concepts)
                    # found nothing: the search reads terms and notes only (session 27).
                    concepts = [named, *concepts]
                total = len(termbase)
        else:
            concepts, total = [], 0
        concepts = self._arranged(concepts)
        ids = [c.id for c in concepts]
        self.concept_list.show(concepts, cursor=ids.index(keep) if keep in ids else 0)
        shown = ngettext("{count} concept", "{count} concepts", len(concepts)).format(count=number(len(concepts)))
        narrowed = bool(query.strip()) or self.shown_filter != "all"
        self.query_one("#concept-count", Static).update(
            Text(shown if not narrowed else _("{shown} of {total}").format(shown=shown, total=number(total)))
        )
        self._show_detail()

    def _arranged(self, concepts: Sequence[Concept]) -> list[Concept]:
        config = self.project.config
        return arranged(concepts, self.shown_filter, self.shown_sort, config.source_lang, config.target_lang)

    @on(ConceptList.CursorMoved)
    def _moved(self, event: ConceptList.CursorMoved) -> None:
        self._show_detail()

    @on(ConceptList.Activated)
    def _activated(self, event: ConceptList.Activated) -> None:
        self.action_edit_concept()

    def _show_detail(self) -> None:
        concept = self.concept_list.current
        detail = self.query_one("#concept-detail", Static)
        if concept is None:
            empty = not project_termbase_path(self.project).exists()
            detail.update(Text(_("The project has no termbase yet: press n to add a concept.") if empty else ""))
            return
        detail.update(describe_concept(concept))

    # -- changes -----------------------------------------------------------------------------------

    def _changed(self, concept: Concept | None) -> None:
        if concept is None:
            return
        self._search(self.query_one("#term-search", Input).value, keep=concept.id)
        self.workbench.load_enforcer()

    def action_filter_concepts(self) -> None:
        target = self.project.config.target_lang
        names = {
            "all": _("Every concept"),
            "no-target": _("Concepts with no {lang} term").format(lang=target),
            "deprecated": _("Concepts with a deprecated or superseded term"),
            "no-definition": _("Concepts with no definition"),
            "shared-source": _("Concepts sharing a source term with another (duplicates or senses)"),
        }
        self.app.push_screen(ChoiceModal(_("Show which concepts?"), [(names[key], key) for key in FILTERS]),
                             self._filter_chosen)

    def _filter_chosen(self, chosen: str | None) -> None:
        if chosen is not None:
            self.shown_filter = chosen
            self._search(self.query_one("#term-search", Input).value)

    def action_sort_concepts(self) -> None:
        config = self.project.config
        names = {
            "termbase": _("In the termbase's order"),
            "source": _("By the {lang} term").format(lang=config.source_lang),
            "target": _("By the {lang} term").format(lang=config.target_lang),
        }
        self.app.push_screen(ChoiceModal(_("Sort the concepts"), [(names[key], key) for key in SORTS]),
                             self._sort_chosen)

    def _sort_chosen(self, chosen: str | None) -> None:
        if chosen is not None:
            self.shown_sort = chosen
            current = self.concept_list.current
            self._search(self.query_one("#term-search", Input).value, keep=current.id if current else None)

    def action_focus_concepts(self) -> None:
        self.concept_list.focus()

    def action_focus_search(self) -> None:
        self.query_one("#term-search", Input).focus()

    def action_add_concept(self) -> None:
        self.app.push_screen(ConceptModal(self.project, None), self._changed)

    def action_extract_terms(self) -> None:
        """The term candidates of the project's segments, to accept into the termbase."""
        from workbench.tui.screens.extraction_modal import ExtractionModal

        def closed(added: int | None) -> None:
            if added:
                self._search(self.query_one("#term-search", Input).value)
                self.workbench.load_enforcer()

        self.app.push_screen(ExtractionModal(self.project), closed)

    def action_edit_concept(self) -> None:
        concept = self.concept_list.current
        if concept is not None:
            self.app.push_screen(ConceptModal(self.project, concept), self._changed)

    def action_delete_concept(self) -> None:
        concept = self.concept_list.current
        if concept is None:
            return

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            try:
                with open_project_termbase(self.project) as termbase:
                    termbase.delete(concept.id)
            except TermbaseError as error:
                self.report(error)
                return
            self._search(self.query_one("#term-search", Input).value)
            self.workbench.load_enforcer()

        self.app.push_screen(
            ChoiceModal(
                _("Delete concept {id}?").format(id=concept.id),
                [(_("Delete it"), True), (_("Keep it"), False)],
            ),
            confirmed,
        )

    def action_merge_concept(self) -> None:
        """Offer the concepts sharing a term with the chosen one; the one picked is joined into it."""
        keep = self.concept_list.current
        if keep is None:
            return
        with open_project_termbase(self.project) as termbase:
            sharing = {c.id: c for term in keep.terms for c in termbase.with_term(term.text, term.lang) if c.id != keep.id}
        if not sharing:
            self.notify(_("No other concept shares a term with {id}: nothing to merge into it.").format(id=keep.id),
                        severity="warning")
            return

        def chosen(other_id: str | None) -> None:
            if other_id is None:
                return
            try:
                merged = merge_concepts(self.project, keep.id, [other_id])
            except (TermbaseError, WorkbenchError) as error:
                self.report(error)
                return
            self._changed(merged)
            self.notify(_("Merged {other} into {id}.").format(other=other_id, id=keep.id))

        self.app.push_screen(
            ChoiceModal(_("Merge into {id}: which concept?").format(id=keep.id),
                        [(Text(f"{c.id}  ").append_text(_terms_line(c)), c.id) for c in sharing.values()]),
            chosen,
        )

    # -- files -------------------------------------------------------------------------------------

    def action_import_terms(self) -> None:
        def chosen(request: object) -> None:
            if isinstance(request, TermImportRequest):
                self.notify(_("Importing {name} into the termbase…").format(name=request.path.name), timeout=3)
                self._import_terms(request)

        self.app.push_screen(TermImportModal(), chosen)

    @work(thread=True, exclusive=True, group="term-file")
    def _import_terms(self, request: TermImportRequest) -> None:
        """`term import` on a thread (a large file takes seconds), its notes said as the CLI says them."""
        from workbench.core.terminology import duplicate_terms, import_termbase_file

        notes: list[str] = []
        try:
            with Project.open(self.project.path) as project:
                result = import_termbase_file(project, request.path, notes=notes, id_prefix=request.id_prefix)
                duplicates = duplicate_terms(project, project.config.source_lang)
        except Exception as error:  # noqa: BLE001  (one line for the person, never a crash)
            self.app.call_from_thread(self.notify, error_message(error), severity="error", timeout=10)
            return
        lines = [_("Imported {file}: {concepts} ({added} new, {replaced} replaced).").format(
            file=request.path.name,
            concepts=ngettext("{count} concept", "{count} concepts", result.added + result.updated).format(
                count=number(result.added + result.updated)),
            added=number(result.added), replaced=number(result.updated))]
        lines.extend(map(say_note, notes))
        if duplicates:
            lines.append(ngettext(
                "{count} source term is in several concepts: m on a concept joins a duplicate into it.",
                "{count} source terms are in several concepts: m on a concept joins a duplicate into it.",
                len(duplicates)).format(count=number(len(duplicates))))
        self.app.call_from_thread(self._imported, "\n".join(lines), "warning" if len(lines) > 1 else "information")

    def _imported(self, message: str, severity: Any) -> None:
        self._search(self.query_one("#term-search", Input).value)
        self.workbench.load_enforcer()
        self.notify(message, severity=severity, timeout=20)

    def action_export_terms(self) -> None:
        default = self.project.path / f"{self.project.path.name}-terms.tbx"

        def chosen(path: object) -> None:
            if isinstance(path, Path):
                write_unless_kept(self.app, path, lambda: self._export_terms(path), self.project.keeps)

        self.app.push_screen(TermExportModal(default), chosen)

    @work(thread=True, exclusive=True, group="term-file")
    def _export_terms(self, path: Path) -> None:
        """`term export`: every concept the project uses, a .tbx as TBX v2 as the CLI's default."""
        from workbench.core.terminology import export_termbase

        notes: list[str] = []
        try:
            with Project.open(self.project.path) as project:
                written = export_termbase(project, path, notes=notes)
        except Exception as error:  # noqa: BLE001  (one line for the person, never a crash)
            self.app.call_from_thread(self.notify, error_message(error), severity="error", timeout=10)
            return
        lines = [_("Wrote {path}: {concepts}").format(path=path.absolute(), concepts=ngettext(
            "{count} concept", "{count} concepts", written).format(count=number(written)))]
        lines.extend(map(say_note, notes))
        self.app.call_from_thread(self.notify, "\n".join(lines), severity="warning" if notes else "information",
                                  timeout=20 if notes else 10)

    def on_terms_loaded(self, message: TermsLoaded) -> None:
        self._show_detail()


def arranged(concepts: Sequence[Concept], shown: str, order: str, source: str, target: str) -> list[Concept]:
    """`concepts` as the filter (`FILTERS`) and the sort (`SORTS`) ask; a search's ranking stays
    under the termbase's order. Terms compare folded (case, ё/е, quotes), as the search does."""

    def terms(concept: Concept, lang: str) -> list[str]:
        return [fold_text(t.text) for t in concept.terms if same_language(t.lang, lang)]

    shared = Counter(text for c in concepts for text in set(terms(c, source))) if shown == "shared-source" else None

    def kept(concept: Concept) -> bool:
        if shown == "no-target":
            return not terms(concept, target)
        if shown == "deprecated":
            return any(t.status in (TermStatus.DEPRECATED, TermStatus.SUPERSEDED) for t in concept.terms)
        if shown == "no-definition":
            return not concept.defined
        if shared is not None:
            return any(shared[text] > 1 for text in terms(concept, source))
        return True

    chosen = [concept for concept in concepts if kept(concept)]
    if order in ("source", "target"):
        lang = source if order == "source" else target

        def first(concept: Concept) -> tuple[bool, str]:
            term = concept.preferred(lang)
            return (term is None, fold_text(term.text) if term else "")

        chosen.sort(key=first)
    return chosen


def describe_concept(concept: Concept) -> Text:
    """Every term by language with its status, then the concept's fields; all user text literal."""
    text = Text()
    text.append(concept.id, style="bold")
    if concept.subject:
        text.append("  ")
        text.append_text(literal(concept.subject, style="italic"))
    for lang in concept.languages:
        text.append(f"\n\n{lang}\n", style="bold")
        for term in concept.terms_in(lang):
            text.append("  ")
            text.append_text(literal(term.text, style=STATUS_STYLE[str(term.status)]))
            text.append(f"  {_(STATUS_NAMES[term.status])}", style="dim")
            if term.part_of_speech:
                text.append(f", {term.part_of_speech}", style="dim")
            if term.usage_note:
                text.append("\n    ")
                text.append_text(literal(term.usage_note, style="dim"))
            if term.context:  # a client's example sentence was kept but shown nowhere (session 27)
                text.append("\n    ")
                text.append_text(literal(_("Example: {context}").format(context=term.context), style="dim italic"))
            text.append("\n")
    fields = [(_("Definition"), concept.definition)]
    fields += [(_("Definition ({lang})").format(lang=d.lang), d.text) for d in concept.definitions]
    for label, value in (*fields, (_("Note"), concept.note)):
        if value:
            text.append(f"\n{label}: ", style="bold")
            text.append_text(literal(value))
    return text


def _terms_line(concept: Concept) -> Text:
    """A concept's terms on one line ("loto · лото · лото (игра)"), user text literal."""
    line = Text()
    for index, term in enumerate(concept.terms):
        if index:
            line.append(" · ", style="dim")
        line.append_text(literal(term.text, style=STATUS_STYLE[str(term.status)]))
    return line
