"""Every case and number of an approved term, labelled, for the "insert term" picker.

Forms that read the same (a Russian nominative and accusative often do) are
offered once, labelled with every case they serve, so the translator picks
by the text the sentence needs rather than by grammar names.
"""

from __future__ import annotations

from rich.text import Text

from termbase.errors import TermbaseError
from termbase.inflect import inflect
from termbase.model import Term
from workbench.tui.i18n import N_, _
from workbench.tui.widgets.literal import literal

CASE_NAMES = {
    "nominative": N_("nominative"),
    "genitive": N_("genitive"),
    "dative": N_("dative"),
    "accusative": N_("accusative"),
    "instrumental": N_("instrumental"),
    "prepositional": N_("prepositional"),
}
NUMBER_NAMES = {"singular": N_("singular"), "plural": N_("plural")}


def form_choices(term: Term) -> list[tuple[Text, str]]:
    """(label, text to insert) for each distinct form of `term`; the term as written if it has none."""
    try:
        forms = inflect(term)
    except TermbaseError:
        forms = []
    if not forms:
        return [(literal(term.text, "bold"), term.text)]
    grouped: dict[str, list[str]] = {}
    for form in forms:
        name = f"{_(CASE_NAMES.get(form.case, form.case))} {_(NUMBER_NAMES.get(form.number, form.number))}"
        grouped.setdefault(form.text, []).append(name)
    return [
        (Text.assemble(literal(text, "bold"), "   ", (", ".join(names), "dim")), text)
        for text, names in grouped.items()
    ]
