"""Every case and number of an approved term, labelled, for the "insert term" picker.

Forms that read the same (a Russian nominative and accusative often do) are
offered once, labelled with every case they serve, so the translator picks
by the text the sentence needs rather than by grammar names.
"""

from __future__ import annotations

import unicodedata

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


def likeliest_choice(choices: list[tuple[Text, str]], term: Term, replaced: str, lang: str) -> int:
    """Which of `choices` (`form_choices(term)`) fits where `replaced` stands: the form of the
    term in the case and number the selected words have («отходов упаковки»: the genitive
    plural «упаковочных отходов»); the first when nothing is selected or nothing fits."""
    from workbench.core.editing import offered_forms

    if not replaced.strip():
        return 0
    try:
        forms = inflect(term)
    except TermbaseError:
        return 0
    texts = [text for _label, text in choices]
    return next((texts.index(text) for text, _ in offered_forms(replaced, forms, lang) if text in texts), 0)


def form_choices(term: Term) -> list[tuple[Text, str]]:
    """(label, text to insert) for each distinct form of `term`; the term as written if it has none."""
    try:
        forms = inflect(term)
    except TermbaseError:
        forms = []
    if not forms:
        return [(literal(term.text, "bold"), term.text)]
    grouped: dict[str, list[str]] = {}
    # An English term's forms are all one case: "nominative singular" named a case English nouns
    # do not show to a translator (a day from Russian into English, session 31); its number says it.
    cases = len({form.case for form in forms}) > 1
    for form in forms:
        number = _(NUMBER_NAMES.get(form.number, form.number))
        name = f"{_(CASE_NAMES.get(form.case, form.case))} {number}" if cases else number
        grouped.setdefault(form.text, []).append(name)
    return [
        (Text.assemble(literal(text, "bold"), "   ", (", ".join(names), "dim")), text)
        for text, names in grouped.items()
    ]


ENDS_A_WORD = ("L", "N", "Pe", "Pf", "Po")
"""Unicode categories (or their first letter) after which a word needs a space: a letter, a
digit, a closing bracket or quote, a full stop or comma."""
STARTS_A_WORD = ("L", "N", "Ps", "Pi")
"""Categories before which a word needs a space: a letter, a digit, an opening bracket or quote."""


def _is(char: str, categories: tuple[str, ...]) -> bool:
    category = unicodedata.category(char) if char else ""
    return bool(category) and (category in categories or category[0] in categories)


def spaced(term: str, before: str, after: str) -> str:
    """`term` as inserted between the characters `before` and `after` (empty at an end): with a
    space on each side that would otherwise run into a word or punctuation.

    A term is a word of its own: put at the cursor where it touches the next word
    («стихийностиСилы»), it neither reads nor satisfies the term check.
    """
    lead = " " if _is(before, ENDS_A_WORD) and not _is(term[:1], ("Z",)) else ""
    trail = " " if _is(after, STARTS_A_WORD) and not _is(term[-1:], ("Z",)) else ""
    return lead + term + trail
