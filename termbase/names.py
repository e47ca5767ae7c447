"""Which common words a document writes as names: read from the whole document, not a list.

A sentence alone cannot tell "the _Spray_ rounded the cape" (Slocum's sloop) from "the spray
flew over the rail" by its grammar when the name stands where the noun would: after an article,
as a subject, with a possessive. The document tells them apart: a writer capitalises a name
every time, inside sentences as well as at their start, and never writes it in small letters,
where a common noun is written in small letters inside a sentence and capitalised only at a
sentence's start or in a heading. `document_names` collects the words a document capitalises
inside sentences again and again and never writes otherwise; `termbase.match.Matcher.find`
refuses a capitalised match of a one-word common term on one of them, but for a noun of a kind
`document_kinds` reads: the document's own name phrase says that its capital names one thing of
that kind («Гора Звезды», the novel's mountain).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from termbase.morphology import RussianLemmatizer, lemmatizer_for
from termbase.normalize import fold_word, is_word, tokens

MIN_CAPITALISED = 5
"""Times a word must be capitalised inside sentences to count as a name: one to four capitals
are as often an old author's emphasis on a common noun ("the Sea", "the Ship") or a title's
words as a name."""
_INSIDE = frozenset({",", ";"})
"""Marks after which a sentence goes on: a capital after one is no sentence's start."""
_COMMON_DETERMINERS = frozenset({
    "a", "an", "another", "this", "that", "these", "those", "every", "each", "any", "some", "no", "his", "her",
    "its", "their", "our", "my", "your", "thy", "whose"})
"""Determiners that a common noun takes and a name does not ("a Pike", "this Carp"; a ship's or
a place's name takes only "the"): an author who capitalises every noun, as Walton capitalises
his fish, writes them before it."""


_SET_OFF = re.compile(r"\b[Tt]he\s+[_\"“‘']+([A-Z][^\W_]*)")
"""A capitalised word in italics (Project Gutenberg's underscores) or quotation marks after "the"
("the _Spray_", "the "Spray""): how a ship's, a newspaper's or a book's name is set off, and no
institution's ("the Bench")."""


def bare_word(token: str) -> str:
    """The folded word without a possessive's "'s" ("spray's" -> "spray")."""
    folded = fold_word(token)
    return folded[:-2] if folded.endswith("'s") and len(folded) > 2 else folded


MEASURED = frozenset({"en", "ru"})
"""Languages the rule is measured on and given to. English since session 23 (termfix19); Russian
since session 24 (termfix22): on the nine Russian term sets it took seven false matches (names a
work writes mid-sentence, «Соня», «Катя», «Варя», «Вера», met at a sentence's start or where
`termbase.grammar.RussianGrammar._name` let them pass) and changed no hit."""


def document_names(texts: Iterable[str], lang: str = "en") -> frozenset[str]:
    """The folded words the document `texts` (its paragraphs or segments, in order) writes as
    names: capitalised inside a sentence (after a word in small letters or a comma, "the
    Spray", "sent the Spray's") at least `MIN_CAPITALISED` times, never written in small
    letters anywhere, possessive or not, and never used as a common noun is, in a plural
    ("Pikes": the word with "s" or "es") or after a determiner other than "the" ("a Pike",
    `_COMMON_DETERMINERS`). Words in capitals throughout ("THE SPRAY", a heading) count
    neither way, and a capital at a sentence's start says nothing. A word capitalised only
    ever after "the" is no name either: an institution a writer capitalises ("the Bench", "the
    Party") is a common noun that always takes its article, where a name stands alone at
    least once ("old Spray") or is set off in italics or quotation marks after it ("the
    _Spray_", `_SET_OFF`), as a ship's or a book's name is; a place that takes "the" ("the
    Azores") is no term's word to refuse. None for a language outside `MEASURED`."""
    if lang not in MEASURED:
        return frozenset()
    capitalised: Counter[str] = Counter()
    common: set[str] = set()
    forms: set[str] = set()
    bare: set[str] = set()
    for text in texts:
        previous = ""
        for token in tokens(text):
            if is_word(token):
                word = bare_word(token)
                forms.add(word)
                if fold_word(previous) in _COMMON_DETERMINERS:
                    common.add(word)
                if token[0].islower():
                    common.add(word)
                elif (token[0].isupper() and not token.isupper()  # a heading's capitals say nothing
                      and (previous in _INSIDE or previous[:1].islower())):
                    capitalised[word] += 1
                    if fold_word(previous) != "the":
                        bare.add(word)
            previous = token
        bare.update(bare_word(found) for found in _SET_OFF.findall(text))
    return frozenset(word for word, count in capitalised.items() if count >= MIN_CAPITALISED and word not in common
                     and word + "s" not in forms and word + "es" not in forms and word in bare)


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
"""pymorphy3's grammemes of proper nouns."""
_PERSON = frozenset({"Name", "Surn", "Patr"})
"""pymorphy3's grammemes of a person's first name, surname or patronymic."""


def document_kinds(texts: Iterable[str], lang: str = "ru") -> frozenset[str]:
    """The lemma keys of the common nouns the document `texts` writes at the head of a name
    phrase: a capitalised thing's noun inside a sentence before a capitalised genitive («стоит
    Гора Звезды», the Mountain of the Star; «Республика Южного Креста»). Such a phrase names one
    thing of the head noun's kind, as «гора Эльбрус» names a mountain, so the writer's short
    «Гора», «на Горе», «Гору» is a mountain too: a termbase's «гора» (a large elevation) is
    meant there, though the document capitalises the word throughout and `document_names` reads
    its forms as names, while a form the noun shares with another term's noun («Горе»: «горе»,
    grief) stays that name for the other term; a head that is a form of two things' nouns («к
    Горе Звезды») says neither. A head pymorphy3 reads as a person's name of its own lemma or as a being («Веры Павловны», «Максима Горького») and a genitive that is a
    person's name part name a person. Russian only: English heads a place's name with a name's
    own word ("Mount", "Lake"), and its "the Spray" is the rule `document_names` is for."""
    lemmatizer = lemmatizer_for(lang)
    if not isinstance(lemmatizer, RussianLemmatizer):
        return frozenset()
    phrases: set[tuple[str, str]] = set()
    for text in texts:
        previous = inside = ""  # inside: a capitalised word just before, inside a sentence
        for token in tokens(text):
            if is_word(token) and token[0].isupper() and not token.isupper():
                if inside and previous == inside:
                    phrases.add((fold_word(inside), fold_word(token)))
                inside = token if previous in _INSIDE or previous[:1].islower() else ""
            else:
                inside = ""
            previous = token
    kinds: set[str] = set()
    for head, after in phrases:
        parses = lemmatizer.parses(head)
        things = {p.normal_form.replace("ё", "е") for p in parses
                  if p.tag.POS == "NOUN" and "inan" in p.tag and not _PROPER & p.tag.grammemes}
        persons = {p.normal_form.replace("ё", "е") for p in parses if _PERSON & p.tag.grammemes or "anim" in p.tag}
        trailing = lemmatizer.parses(after)
        if len(things) == 1 and not things & persons and not any(_PERSON & p.tag.grammemes for p in trailing) and any(
                p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in trailing):
            kinds.update(things)
    return frozenset(kinds)


_NAMED_ABBREVIATION = frozenset({"Geox", "Orgn"})
"""pymorphy3's grammemes of a place's or an organisation's name, beside "Abbr"."""


def abbreviated_names(text: str, lang: str) -> tuple[str, ...]:
    """The words of `text` written in capitals that the language's dictionary lists as the
    abbreviation of a place's or an organisation's name («США», «ООН», «ЕС»), as written; none
    where the language has no such dictionary. A translator writes a country or a body so
    («в США» for "in the United States"): the whole name is then one word, and no word of it is
    a common noun rendered or left out."""
    lemmatizer = lemmatizer_for(lang)
    if not isinstance(lemmatizer, RussianLemmatizer):
        return ()
    return tuple(token for token in tokens(text)
                 if is_word(token) and len(token) > 1 and token.isupper() and any(
                     "Abbr" in parse.tag and _NAMED_ABBREVIATION & parse.tag.grammemes
                     for parse in lemmatizer.parses(fold_word(token))))
