"""Which phrase reader reads a language: English and Russian have one; another language has
none, and extraction says so rather than guessing at its words."""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.extraction.english import english_phrases
from workbench.core.extraction.phrases import Phrase
from workbench.core.extraction.russian import russian_phrases

Reader = Callable[[str], list[Phrase]]


def reader_for(lang: str) -> Reader | None:
    """The phrase reader of a language (`en`, `ru`, a regional tag of either), or None."""
    primary = lang.lower().split("-")[0].split("_")[0]
    return {"en": english_phrases, "ru": russian_phrases}.get(primary)
