"""The Russian matcher's grammar (termfix38, session 39): a form of a loanword the dictionary lacks
is no adjective's comparative, an emphatic particle between a noun and its modifier does not hide
the modifier, and a common noun before a word the dictionary does not know is no first name.
Sentences written by the implementer, none a pair of a bench set."""

from __future__ import annotations

from termbase.match import Matcher
from termbase.model import Concept, Term

CONCEPTS = [
    Concept("locale", terms=(Term("locale", "en"), Term("локаль", "ru", part_of_speech="noun"))),
    Concept("protein", terms=(Term("protein", "en"), Term("белок", "ru", part_of_speech="noun"))),
    Concept("network", terms=(Term("network", "en"), Term("сеть", "ru", part_of_speech="noun"))),
    Concept("lion", terms=(Term("lion", "en"), Term("лев", "ru", part_of_speech="noun"))),
]
RU = Matcher(CONCEPTS, "ru")


def concepts(text: str) -> list[str]:
    return [m.concept_id for m in RU.find(text)]


def test_a_loanwords_guessed_form_is_no_comparative() -> None:
    # pymorphy3 lacks «локаль»: «локали» is the guesser's form of the noun, not «локальнее».
    assert concepts("Не найдена кодировка для локали сервера.") == ["locale"]
    assert concepts("Параметр локали задан.") == ["locale"]


def test_an_emphatic_particle_does_not_hide_the_nouns_modifier() -> None:
    # «того же белка»: «того» asks for the genitive of «белок», not for «белка» the squirrel.
    assert concepts("Цепи одного и того же белка различаются.") == ["protein"]
    assert concepts("Это же белка!") == []


def test_a_common_noun_before_an_unknown_capitalised_word_is_no_first_name() -> None:
    # «Сеть Зеткойн»: a product's name after a common noun; «Лев Арктуров»: a first name may
    # stand before a surname the dictionary does not know.
    assert concepts("Сеть Зеткойн работает всегда.") == ["network"]
    assert concepts("Пришёл Лев Арктуров.") == []
