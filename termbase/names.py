"""Which common words a document writes as names: read from the whole document, not a list.

A sentence alone cannot tell "the _Spray_ rounded the cape" (Slocum's sloop) from "the spray
flew over the rail" by its grammar when the name stands where the noun would: after an article,
as a subject, with a possessive. The document tells them apart: a writer capitalises a name
every time, inside sentences as well as at their start, and never writes it in small letters,
where a common noun is written in small letters inside a sentence and capitalised only at a
sentence's start or in a heading. `document_names` collects the words a document capitalises
inside sentences again and again and never writes otherwise; `termbase.match.Matcher.find`
refuses a capitalised match of a one-word common term on one of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

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
