"""Other spellings of an English compound noun: closed, open or hyphenated.

English writes one compound three ways: "armchair", "arm chair", "arm-chair"; "snuffbox" and
"snuff-box"; "e-mail" and "email". A termbase gives one of them, and a text of another age or
house style uses another: a nineteenth-century translation writes "arm-chair" where the
client's termbase says "armchair", and `term-missing` said the term was not there. The
matcher already reads an open term ("arm chair") in its hyphenated form ("arm-chair"), as it
reads every hyphen between words; this module gives the closed form's split (which the matcher
takes only where a hyphen joins the parts: "walk out" is no "walkout", "war rant" no
"warrant") and the open form's closed one, which the matcher indexes as the same term.

Only a compound of two nouns is split or joined (lemminflect lists both parts, and the closed
form, as nouns): "overall" is no "over all", "maybe" no "may be", "everyday" no "every day",
where the open words are other words, often in the same sentence.
"""

from __future__ import annotations

from functools import lru_cache

MIN_PART = 3
"""Letters in each part at least: "e-mail"'s "e" joins ("email") but no closed term splits
off a one- or two-letter word ("an", "to", "us" are the other words a split would find)."""
MAX_WORD = 24
"""Letters in a closed term at most: longer is no everyday compound, and each split costs a
look-up."""


def spelling_variants(text: str, lang: str) -> tuple[str, ...]:
    """The other spellings of the English noun compound `text` (folded or not): its open form
    for a closed one ("arm chair" for "armchair"), its closed form for an open or hyphenated
    one ("email" for "e-mail"); none for anything else or another language."""
    if not lang.lower().startswith("en"):
        return ()
    word = text.strip()
    if word.isalpha():
        return _open_forms(word.casefold()) if MIN_PART * 2 <= len(word) <= MAX_WORD else ()
    parts = word.replace("-", " ").split()
    if len(parts) != 2 or not all(part.isalpha() for part in parts) or len(parts[1]) < MIN_PART:
        return ()
    if len(parts[0]) == 1:  # "e-mail", "x-ray": a letter's prefix, closed where that is a noun
        closed = (parts[0] + parts[1]).casefold()
        return (closed,) if _noun(closed) else ()
    closed = _closed_form(parts[0].casefold(), parts[1].casefold())
    return (closed,) if closed else ()


@lru_cache(maxsize=65_536)
def _open_forms(word: str) -> tuple[str, ...]:
    """Each split of `word` into two nouns, as two words."""
    if not _noun(word):
        return ()
    return tuple(
        f"{word[:at]} {word[at:]}"
        for at in range(MIN_PART, len(word) - MIN_PART + 1)
        if _noun(word[at:]) and _noun(word[:at])
    )


@lru_cache(maxsize=65_536)
def _closed_form(first: str, second: str) -> str:
    """The two words written as one, where that is a noun and both words are nouns ("" if not)."""
    closed = first + second
    return closed if _noun(second) and _noun(first) and _noun(closed) else ""


@lru_cache(maxsize=262_144)
def _noun(word: str) -> bool:
    """A noun and no function word ("some", "any": "somebody" is no "some body")."""
    from lemminflect import getAllLemmas  # loaded with the first English term, as the grammar's

    return "NOUN" in getAllLemmas(word, upos="NOUN") and word not in _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset({
    "some", "any", "every", "no", "none", "all", "each", "both", "either", "neither", "other", "another",
    "such", "what", "which", "whose", "this", "that", "these", "those", "here", "there", "where", "when",
    "then", "thus",
})
"""Determiners and pro-forms lemminflect also lists as nouns ("all", "some" in "some body")."""
