"""Inflecting a whole term so a translator can insert it in the form a sentence needs.

Russian noun phrases change every word that agrees with the head noun:
"культурная стихийность" becomes "культурной стихийности" in the genitive,
"культурную стихийность" in the accusative. `inflect` finds the head (the
noun the leading adjectives and participles agree with), inflects the head to
each case and number, and makes the modifiers agree in case, number, gender
(singular) and animacy (the accusative of masculine and plural modifiers
depends on it: "рабочего клуба" is not "рабочий"). Words after the head, such as
a genitive complement ("партия *большевиков*"), stay as written. Letter case
(`Коммунистическая`, `КПСС`) and the term's use of `ё` are kept.

English terms get their singular and plural (the head is the last word before
a preposition: "union of workers" -> "unions of workers"). Other languages, and
terms that are not noun phrases, have no inflected forms: the caller inserts
the term as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from termbase.errors import N_, TermbaseError
from termbase.languages import primary_language
from termbase.model import Term
from termbase.normalize import HYPHENS, STRESS_MARKS, token_spans

CASES = ("nominative", "genitive", "dative", "accusative", "instrumental", "prepositional")
"""Russian cases in school-grammar order (именительный ... предложный)."""
NUMBERS = ("singular", "plural")

_CASE_GRAMMEMES = dict(zip(CASES, ("nomn", "gent", "datv", "accs", "ablt", "loct")))
_NUMBER_GRAMMEMES = {"singular": "sing", "plural": "plur"}
_MODIFIER_POS = {"ADJF", "PRTF", "NUMR"}
_RU_WORD = re.compile(rf"\w+(?:[{HYPHENS}]\w+)*")
"""A Russian word for inflection: hyphenated compounds ("социал-демократическая") stay whole."""
_EN_PREPOSITIONS = {"of", "in", "for", "on", "at", "by", "with", "from", "to", "under", "against"}


@dataclass(frozen=True, slots=True)
class InflectedForm:
    """A term in one case and number, ready to insert."""

    case: str
    """One of `CASES`."""
    number: str
    """One of `NUMBERS`."""
    text: str
    """The whole term in that form, e.g. "культурной стихийности"."""


def inflect(term: Term | str, lang: str | None = None) -> list[InflectedForm]:
    """The term in every case and number its language and dictionary allow.

    Russian gives up to 12 forms (6 cases x 2 numbers; nouns with no plural or
    no singular give 6), English 2 (nominative singular and plural), anything
    else none. An empty list means "insert the term as written".
    """
    if isinstance(term, Term):
        text, lang = term.text, lang or term.lang
    else:
        text = term
        if not lang:
            raise TermbaseError.worded(N_("inflect needs the language of a plain-text term"))
    language = primary_language(lang)
    if language == "ru":
        return _inflect_russian(text)
    if language == "en":
        return _inflect_english(text)
    return []


# -- Russian -------------------------------------------------------------------


def _russian_parses(word: str) -> list[Any]:
    from termbase.morphology import RussianLemmatizer, lemmatizer_for

    lemmatizer = lemmatizer_for("ru")
    assert isinstance(lemmatizer, RussianLemmatizer)
    return lemmatizer.parses(word.lower())


def _agrees(modifier: Any, head: Any) -> bool:
    """Can this modifier parse stand before this head parse, in whatever case the head is? (A
    nominative phrase is found by letting only nominative heads in: see `_phrase`.)"""
    if modifier.tag.POS not in _MODIFIER_POS or modifier.tag.case != head.tag.case:
        return False
    if modifier.tag.number != head.tag.number:
        return False
    if head.tag.number == "sing" and modifier.tag.gender:
        return modifier.tag.gender == _gender(head)
    return True


def _gender(head: Any) -> str:
    """Gender modifiers take in the singular; common-gender nouns (сирота) take masculine."""
    gender = head.tag.gender
    return gender if gender in ("masc", "femn", "neut") else "masc"


def _phrase(words: list[str]) -> tuple[int, Any, list[Any]] | None:
    """(head index, head parse, modifier parses) of the longest agreeing adjective-noun run."""
    parses = [_russian_parses(word) for word in words]
    best: tuple[int, Any, list[Any]] | None = None
    for run in _agreeing_runs(parses, lambda head: head.tag.case == "nomn"):
        # The first (most likely) agreeing head parse of a word wins; a later head, the longer run.
        if best is None or run[0] > best[0]:
            best = run
    return best


def _agreeing_runs(
    parses: list[list[Any]], head_fits: Callable[[Any], bool]
) -> Iterator[tuple[int, Any, list[Any]]]:
    """Every (head index, noun head parse that `head_fits`, modifier parses) where each word
    before the head has a parse that agrees with it (`_agrees`), in text order and, per word,
    most likely parse first."""
    for head_index, head_parses in enumerate(parses):
        for head in head_parses:
            if head.tag.POS != "NOUN" or not head_fits(head):
                continue
            modifiers = []
            for modifier_parses in parses[:head_index]:
                agreeing = [p for p in modifier_parses if _agrees(p, head)]
                if not agreeing:
                    break
                modifiers.append(max(agreeing, key=lambda p: p.score))
            else:
                yield head_index, head, modifiers


def _restore_case(original: str, inflected: str, keep_yo: bool) -> str:
    if not keep_yo:
        inflected = inflected.replace("ё", "е")
    if len(original) > 1 and original.isupper():
        return inflected.upper()
    if original[:1].isupper():
        return inflected[:1].upper() + inflected[1:]
    return inflected


def _inflect_russian(text: str) -> list[InflectedForm]:
    # Stress marks are a reading aid, not spelling; the forms are offered without them.
    text = unicodedata.normalize("NFC", text).translate({ord(mark): None for mark in STRESS_MARKS})
    spans = [(m.group(), m.start(), m.end()) for m in _RU_WORD.finditer(text)]
    if not spans:
        return []
    found = _phrase([token for token, _, _ in spans])
    if found is None:
        return []
    _, head, modifiers = found
    keep_yo = "ё" in text.lower()
    forms = []
    for number in NUMBERS:
        for case in CASES:
            grammemes = {_CASE_GRAMMEMES[case], _NUMBER_GRAMMEMES[number]}
            head_form = head.inflect(grammemes)
            if head_form is None:
                continue  # No such form: a noun with no plural (or no singular).
            wanted = set(grammemes)
            if number == "singular":
                wanted.add(_gender(head))
            if case == "accusative" and (number == "plural" or _gender(head) == "masc"):
                wanted.add(head.tag.animacy or "inan")
            words: list[str] = []
            for modifier in modifiers:
                modifier_form = modifier.inflect(wanted) or modifier.inflect(grammemes)
                if modifier_form is None:
                    break
                words.append(modifier_form.word)
            else:
                words.append(head_form.word)
                forms.append(InflectedForm(case, number, _rebuild(text, spans, words, keep_yo)))
    return forms


def dictionary_form(text: str, lang: str) -> str | None:
    """The phrase in its dictionary form, or None when it is that already or is no noun phrase.

    A Russian selection from running text is inflected ("клубном движении");
    a termbase holds the nominative ("клубное движение"). The head noun goes
    to the nominative singular (plural for a noun without a singular), the
    adjectives and participles before it agree; words after it stay.
    """
    if primary_language(lang) != "ru":
        return None
    text = unicodedata.normalize("NFC", text).strip()
    spans = [(m.group(), m.start(), m.end()) for m in _RU_WORD.finditer(text)]
    if not spans:
        return None
    parses = [_russian_parses(token) for token, _, _ in spans]
    best: list[str] | None = None
    taken = -1
    for head_index, head, modifiers in _agreeing_runs(parses, lambda head: True):
        if head_index == taken:
            continue  # this word already gave its most likely phrase
        words = _nominative(head, modifiers)
        if words is not None:
            best, taken = words, head_index  # a later head with every word before it agreeing: the longer phrase
    if best is None:
        return None
    found = _rebuild(text, spans, best, "ё" in text.lower())
    return None if found == text else found


def _nominative(head: Any, modifiers: list[Any]) -> list[str] | None:
    """The head and its modifiers in the nominative: singular if the noun has one."""
    for number in ("sing", "plur"):
        head_form = head.inflect({"nomn", number})
        if head_form is None:
            continue
        wanted = {"nomn", number} | ({_gender(head)} if number == "sing" else set())
        words = []
        for modifier in modifiers:
            form = modifier.inflect(wanted) or modifier.inflect({"nomn", number})
            if form is None:
                return None
            words.append(form.word)
        return [*words, head_form.word]
    return None


def _rebuild(text: str, spans: list[tuple[str, int, int]], words: list[str], keep_yo: bool) -> str:
    """Put the inflected words in place of the first ones, keeping all else as written."""
    pieces = []
    position = 0
    for (original, start, end), word in zip(spans, words):
        pieces.append(text[position:start])
        pieces.append(_restore_case(original, word, keep_yo))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


# -- English -------------------------------------------------------------------


def _inflect_english(text: str) -> list[InflectedForm]:
    import lemminflect

    spans = [(token, start, end) for token, start, end in token_spans(text) if token[0].isalnum()]
    head = len(spans) - 1
    for index, (token, _, _) in enumerate(spans):
        if index and token.lower() in _EN_PREPOSITIONS:
            head = index - 1
            break
    if head < 0:
        return []
    word, start, end = spans[head]
    lemmas = lemminflect.getAllLemmas(word.lower()).get("NOUN") or lemminflect.getAllLemmasOOV(
        word.lower(), "NOUN"
    ).get("NOUN")
    if not lemmas:
        return []
    singular = lemmas[0]
    plurals = lemminflect.getInflection(singular, "NNS") or (singular + "s",)
    forms = []
    for number, form in (("singular", singular), ("plural", plurals[0])):
        written = _restore_case(word, form, keep_yo=True)
        forms.append(InflectedForm("nominative", number, text[:start] + written + text[end:]))
    return forms
