"""Add or edit a concept of the project's own termbase: its fields and its terms with statuses,
parts of speech and usage notes.

Opened from the termbase view (add, edit) and from the translation editor
("term: add" prefills the English and Russian terms from the text selected
there). The concept is written to `termbase.db` in the project folder when
the form is confirmed; the termbase library validates it, and its one-line
complaint is shown under the fields.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from termbase.errors import TermbaseError
from termbase.inflect import dictionary_form
from termbase.languages import same_language
from termbase.model import Concept, Definition, Term, TermStatus
from workbench.core.project import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui import commands
from workbench.tui.commands import bindings
from workbench.tui.i18n import N_, _, error_message
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.widgets.fitted_select import SELECT_CHROME
from workbench.tui.widgets.fitting_footer import FittingFooter
from workbench.tui.widgets.literal import literal
from workbench.tui.widgets.term_panel import STATUS_NAMES

PARTS_OF_SPEECH = {
    "": N_("no part of speech"),
    "noun": N_("noun"),
    "verb": N_("verb"),
    "adjective": N_("adjective"),
    "adverb": N_("adverb"),
    "properNoun": N_("proper noun"),
    "other": N_("other"),
}
"""TBX-Basic's `partOfSpeech` values a person picks from; `verb` lets verb forms match. A value a
file brought that is not here (`n`, `noun phrase`) is offered as it is, so an edit keeps it."""


class TermRow(Vertical):
    """One term: language, text and status; under them its part of speech and usage note, which
    the form had no place for (a terminologist could set them only from a file or `term add`)."""

    def __init__(self, languages: list[str], term: Term | None = None, lang: str | None = None) -> None:
        super().__init__(classes="term-row")
        self.languages = languages
        self.term = term
        self.lang = term.lang if term else (lang or languages[0])

    def compose(self) -> ComposeResult:
        languages = list(dict.fromkeys([*self.languages, self.lang]))
        with Horizontal(classes="term-main"):
            select = Select([(code, code) for code in languages], value=self.lang, allow_blank=False, classes="term-lang")
            # Wide enough for the longest tag of the form: a client's `en-US` broke onto two lines ("en-U", "S").
            select.styles.min_width = max(len(code) for code in languages) + SELECT_CHROME
            yield select
            yield Input(self.term.text if self.term else "", placeholder=_("term"), classes="term-text")
            yield Select(
                [(_(STATUS_NAMES[status]), str(status)) for status in TermStatus],
                value=str(self.term.status if self.term else TermStatus.PREFERRED),
                allow_blank=False,
                classes="term-status",
            )
        pos = (self.term.part_of_speech if self.term else None) or ""
        choices = [(_(label), value) for value, label in PARTS_OF_SPEECH.items()]
        if pos not in PARTS_OF_SPEECH:
            choices.append((pos, pos))
        with Horizontal(classes="term-details"):
            yield Select(choices, value=pos, allow_blank=False, classes="term-pos")
            yield Input(self.term.usage_note or "" if self.term else "",
                        placeholder=_("usage note: when to use or avoid it"), classes="term-note")

    def value(self) -> Term | None:
        text = self.query_one(".term-text", Input).value.strip()
        if not text:
            return None
        lang = str(self.query_one(".term-lang", Select).value)
        status = TermStatus(str(self.query_one(".term-status", Select).value))
        pos = str(self.query_one(".term-pos", Select).value) or None
        note = self.query_one(".term-note", Input).value.strip() or None
        if self.term is not None:
            return replace(self.term, text=text, lang=lang, status=status, part_of_speech=pos, usage_note=note)
        return Term(text=text, lang=lang, status=status, part_of_speech=pos, usage_note=note)


class ConceptModal(ModalScreen[Concept | None]):
    """The concept form; returns the stored concept, or None when cancelled.

    `enter` in a field saves, as in every other form of the app; the footer and the palette say
    so, and a save is confirmed on screen (the form saved on `enter` and said so nowhere, user
    days, session 32). On a button or a list `enter` is theirs: the footer leaves "Save" out."""

    COMMANDS_TABLE = commands.CONCEPT_FORM
    BINDINGS: ClassVar[list[BindingType]] = bindings(commands.CONCEPT_FORM)

    def __init__(self, project: Project, concept: Concept | None, prefill: dict[str, str] | None = None) -> None:
        super().__init__()
        self.project = project
        self.concept = concept
        self.prefill = prefill or {}
        self.languages = [project.config.source_lang, project.config.target_lang]
        if concept is not None:
            self.languages = list(dict.fromkeys([*self.languages, *(term.lang for term in concept.terms)]))
        self.defined_languages: list[str] = [d.lang for d in concept.definitions] if concept else []
        """A definition field for each: the target language, and any other the concept has one in
        (the form had one definition field, so a client's Russian definition could not be edited)."""
        target = project.config.target_lang
        if not same_language(target, project.config.source_lang) and not any(
                same_language(target, lang) for lang in self.defined_languages):
            self.defined_languages.append(target)
        self.as_selected: dict[str, str] = {}
        """Selections replaced by their dictionary form in the prefill, by language."""
        self._confirmed_new = False
        """The user chose to create a new concept although one has the same term."""

    @classmethod
    def for_new(cls, project: Project, *, source: str = "", target: str = "") -> ConceptModal:
        """A new concept with the selected English and Russian text as its first terms.

        A selection in an inflected form ("клубном движении") is proposed in
        its dictionary form ("клубное движение"); the form says so and offers
        the selection as it was.
        """
        modal = cls(project, None, {project.config.source_lang: source, project.config.target_lang: target})
        for lang, text in ((project.config.source_lang, source), (project.config.target_lang, target)):
            proposed = dictionary_form(text, lang) if text else None
            if proposed:
                modal.prefill[lang] = proposed
                modal.as_selected[lang] = text
        return modal

    def compose(self) -> ComposeResult:
        concept = self.concept
        with Vertical(classes="form", id="concept-form"):
            title = _("Edit concept {id}").format(id=concept.id) if concept else _("Add a concept")
            yield Static(title, classes="form-title")
            with VerticalScroll(id="concept-fields"):
                yield Label(_("Terms"))
                with Vertical(id="term-rows"):
                    if concept is not None:
                        for term in concept.terms:
                            yield TermRow(self.languages, term)
                    else:
                        for lang in self.languages:
                            yield TermRow(self.languages, lang=lang)
                for lang, selected in self.as_selected.items():
                    with Horizontal(classes="lemma-note", id=f"lemma-{lang}"):
                        yield Static(Text(_("Proposed in its dictionary form; you selected «{text}».").format(
                            text=selected)), classes="lemma-text")
                        yield Button(_("Use as selected"), id=f"as-selected-{lang}", classes="lemma-button")
                yield Button(_("+ term"), id="add-row")
                yield Label(_("Subject field"))
                yield Input(concept.subject or "" if concept else "", id="subject")
                yield Label(_("Definition"))
                yield Input(concept.definition or "" if concept else "", id="definition")
                for index, lang in enumerate(self.defined_languages):
                    yield Label(_("Definition ({lang})").format(lang=lang))
                    yield Input(concept.definition_in(lang) or "" if concept else "", id=f"definition-{index}")
                yield Label(_("Note"))
                yield Input(concept.note or "" if concept else "", id="note")
            yield Static("", classes="form-error")
            with Horizontal(classes="form-buttons"):
                yield Button(_("Save"), variant="primary", id="ok")
                yield Button(_("Cancel"), id="cancel")
        yield FittingFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`enter` saves from a text field (or nothing focused); a button or a list takes it."""
        if action == "save":
            return self.focused is None or isinstance(self.focused, Input)
        return True

    def on_mount(self) -> None:
        rows = list(self.query(TermRow))
        for row in rows:
            text = self.prefill.get(row.lang)
            if text:
                row.query_one(".term-text", Input).value = text
        if rows:
            rows[0].query_one(".term-text", Input).focus()

    @on(Button.Pressed, ".lemma-button")
    def _use_as_selected(self, event: Button.Pressed) -> None:
        """The user's choice: the term as selected in the text, not the proposed dictionary form."""
        lang = (event.button.id or "").removeprefix("as-selected-")
        for row in self.query(TermRow):
            if row.lang == lang:
                row.query_one(".term-text", Input).value = self.as_selected[lang]
                break
        self.query_one(f"#lemma-{lang}").remove()

    @on(Button.Pressed, "#add-row")
    async def action_add_row(self) -> None:
        row = TermRow(self.languages, lang=self.project.config.target_lang)
        await self.query_one("#term-rows", Vertical).mount(row)
        row.query_one(".term-text", Input).focus()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#ok")
    def action_save(self) -> None:
        """Store the concept (`enter` in any field, the Save button, the palette)."""
        error = self.query_one(".form-error", Static)
        try:
            terms = tuple(term for row in self.query(TermRow) if (term := row.value()) is not None)
            if not terms:
                raise TermbaseError(_("A concept needs at least one term."))
            with open_project_termbase(self.project) as termbase, termbase.writing():
                if self.concept is None and not self._confirmed_new:
                    existing = _concepts_with(termbase, terms)
                    if existing:
                        self._offer_existing(existing[0], terms)
                        return
                concept = Concept(
                    id=self.concept.id if self.concept else termbase.new_id(),
                    subject=self._field("subject"),
                    definition=self._field("definition"),
                    note=self._field("note"),
                    terms=terms,
                    definitions=tuple(
                        Definition(lang, text) for index, lang in enumerate(self.defined_languages)
                        if (text := self._field(f"definition-{index}"))),
                )
                if self.concept is None:
                    termbase.add(concept)
                else:
                    termbase.update(concept)
        except (TermbaseError, OSError) as problem:
            error.update(literal(error_message(problem)))
            return
        self._saved(concept)

    def _saved(self, concept: Concept) -> None:
        """Close the form, saying what was written: a form that shut without a word left the
        translator unsure whether `enter` had saved or cancelled."""
        self.app.notify(_("Concept {id} saved: {terms}.").format(
            id=concept.id, terms=", ".join(t.text for t in concept.terms[:4])), timeout=4)
        self.dismiss(concept)

    def _offer_existing(self, existing: Concept, terms: tuple[Term, ...]) -> None:
        """A term given is in a concept already: add to that concept rather than duplicate it."""
        shown = ", ".join(t.text for t in existing.terms[:4])
        self.app.push_screen(
            ChoiceModal(
                _("The termbase has this term already, in concept {id} ({terms}).").format(
                    id=existing.id, terms=shown),
                [(_("Add the other terms to {id}").format(id=existing.id), "existing"),
                 (_("Create a new concept anyway"), "new")],
                note=_("Escape goes back to the form."),
            ),
            lambda choice: self._existing_chosen(choice, existing, terms),
        )

    def _existing_chosen(self, choice: object, existing: Concept, terms: tuple[Term, ...]) -> None:
        if choice == "new":
            self._confirmed_new = True
            self.action_save()
        elif choice == "existing":
            known = {t.key for t in existing.terms}
            added = tuple(t for t in terms if t.key not in known)
            try:
                with open_project_termbase(self.project) as termbase:
                    concept = termbase.update(replace(existing, terms=(*existing.terms, *added)))
            except (TermbaseError, OSError) as problem:
                self.query_one(".form-error", Static).update(literal(error_message(problem)))
                return
            self._saved(concept)

    def _field(self, name: str) -> str | None:
        return self.query_one(f"#{name}", Input).value.strip() or None


def _concepts_with(termbase: Any, terms: tuple[Term, ...]) -> list[Concept]:
    """Concepts that already hold one of these terms (same language, folded spelling)."""
    found: dict[str, Concept] = {}
    for term in terms:
        for concept in termbase.with_term(term.text, term.lang):
            found.setdefault(concept.id, concept)
    return list(found.values())
