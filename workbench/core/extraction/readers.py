"""Which phrase reader reads a language: English and Russian have one; another language has
none, and extraction says so rather than guessing at its words. Each also says which words are
its prepositions (a word that always follows one is part of a fixed phrase: `candidates`)."""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.extraction.english import english_phrases, english_preposition
from workbench.core.extraction.phrases import Phrase
from workbench.core.extraction.russian import russian_phrases, russian_preposition

Reader = Callable[[str], list[Phrase]]
Preposition = Callable[[str], bool]


def reader_for(lang: str) -> Reader | None:
    """The phrase reader of a language (`en`, `ru`, a regional tag of either), or None."""
    primary = lang.lower().split("-")[0].split("_")[0]
    return {"en": english_phrases, "ru": russian_phrases}.get(primary)


def preposition_for(lang: str) -> Preposition | None:
    """Whether a folded word is a preposition of a language that has a reader."""
    primary = lang.lower().split("-")[0].split("_")[0]
    prepositions: dict[str, Preposition] = {"en": english_preposition, "ru": russian_preposition}
    return prepositions.get(primary)
