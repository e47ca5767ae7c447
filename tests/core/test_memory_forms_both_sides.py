"""The memory's concordance finds inflected forms on either side in either language, by the
one expansion the project's search uses (`memory.word_forms`).

Session 31's user day: in a Russian -> English project the memory's target index (words as
written) did not find "laws" for "law", while the project's own segments did; the expansion
of a query word into its forms was Russian only in the memory and English only in the project.
"""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from workbench.core.memory import word_forms
from workbench.core.memory.store import TranslationMemory
from workbench.core.navigation.filters import inflected_forms
from workbench.formats.base import TranslationUnit

RU_EN = [
    ("Закон любви забыт людьми.", "The law of love is forgotten by men."),
    ("Эти законы писаны не для нас.", "These laws were not written for us."),
    ("По законам любви живут немногие.", "Few live by the laws of love."),
    ("Виджеты и окна.", "Widgets and windows."),
    ("Люди не знают этого.", "People do not know it."),
]


@pytest.fixture
def ru_en() -> TranslationMemory:
    tm = TranslationMemory(Database(memory=True), source_lang="ru", target_lang="en")
    tm.import_units("letter.tmx", [TranslationUnit(s, t, "ru", "en") for s, t in RU_EN])
    return tm


def found(tm: TranslationMemory, text: str, side: str) -> set[str]:
    hits = tm.search(text, limit=20)
    assert all(hit.side == side for hit in hits)
    return {(hit.source if side == "source" else hit.target)[slice(*span)] for hit in hits for span in hit.spans}


def test_an_english_target_is_searched_in_every_form(ru_en: TranslationMemory) -> None:
    assert found(ru_en, "law", "target") == {"law", "laws"}
    assert found(ru_en, "laws of love", "target") == found(ru_en, "law of love", "target") == {"law of love", "laws of love"}
    assert found(ru_en, "widget", "target") == {"Widgets"}  # a word lemminflect does not know, read as a noun
    assert found(ru_en, "man", "target") == {"men"}


def test_a_russian_source_is_searched_in_every_form(ru_en: TranslationMemory) -> None:
    assert found(ru_en, "закон", "source") == {"Закон", "законы", "законам"}
    assert found(ru_en, "законы любви", "source") == {"Закон любви", "законам любви"}


def test_the_english_to_russian_memory_is_as_it_was() -> None:
    tm = TranslationMemory(Database(memory=True))
    tm.import_units("club.tmx", [TranslationUnit(t, s, "en", "ru") for s, t in [
        ("Клубы открылись.", "The clubs opened."), ("Рабочий клуб закрыт.", "The workers' club is closed.")]])
    assert found(tm, "club", "source") == {"clubs", "club"}
    assert found(tm, "клуб", "target") == {"Клубы", "клуб"}


@pytest.mark.parametrize("word, lang", [("law", "en"), ("Laws", "en"), ("men", "en"), ("widgets", "en"),
                                        ("закон", "ru"), ("Законами", "ru"), ("Klub", "de")])
def test_the_project_search_takes_the_memorys_forms(word: str, lang: str) -> None:
    """One expansion: the project's regex adds only what its text sees as one word (possessives)."""
    memory = word_forms(word, lang)
    project = inflected_forms(word, lang)
    assert memory <= project
    assert {form for form in project - memory if not form.endswith(("'s", "'"))} == set()
