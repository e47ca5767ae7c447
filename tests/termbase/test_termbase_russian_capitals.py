"""Capitals on Russian one-word noun terms, and a noun made of an adjective: sentences written
for issue 15 by the termfix24 helper, after the Bryusov set (`bench/recognition_bryusov.py`)
showed «Марс», «Восток» and «Гора» refused as names and «легче» taken for «лёгкие»."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term


def concept(cid: str, ru: str) -> Concept:
    return Concept(cid, terms=(Term(cid, "en"), Term(ru, "ru", part_of_speech="noun")))


# Most terms in small letters, as a dictionary writes common nouns: «Марс» is then a proper noun.
RU = Matcher([concept("mars", "Марс"), concept("east", "восток"), concept("mountain", "гора"),
              concept("faith", "вера"), concept("lungs", "лёгкие"), concept("table", "стол")], "ru")


def found(text: str) -> list[tuple[str, str]]:
    return [(m.concept_id, m.text) for m in RU.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term the termbase writes with a capital is a name itself, whatever else pymorphy3 reads
        ("Я видел Марс.", [("mars", "Марс")]),
        ("Там блещет Марс красноватый.", [("mars", "Марс")]),
        ("Ярко сверкала красная звезда Марса.", [("mars", "Марса")]),
        # but a being's name in apposition to the animate noun before it
        ("Юноша - это бог Марс, полюбивший девушку.", []),
        ("Они называли себя богом Марсом.", []),
    ],
)
def test_a_capitalised_term_is_not_refused_as_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing's common noun with a capital names that one thing, as "the City" does in English
        ("Меня увозит на Восток пресид Карии.", [("east", "Восток")]),
        ("Все дороги с Востока на Запад заполнены.", [("east", "Востока")]),
        ("Кто знает, может быть, вся Гора будет стерта.", [("mountain", "Гора")]),
        ("Мы шли по направлению к Горе Звезды.", [("mountain", "Горе")]),
        # a person's name spelled as the term's own word stays a name
        ("Вчера к нам приходила Вера.", []),
    ],
)
def test_a_things_capitalised_noun_names_that_thing(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Латыгину было бы легче.", []),  # the comparative of «лёгкий», no form of the noun
        ("Мне разве легче живется?", []),
        ("Болезнь поразила лёгкие.", [("lungs", "лёгкие")]),
        ("Врач слушал её лёгкие и сердце.", [("lungs", "лёгкие")]),
    ],
)
def test_a_noun_made_of_an_adjective_has_no_comparative(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


PROMINENT = Matcher([Concept("prominent", terms=(Term("prominent", "en"), Term("видный", "ru", part_of_speech="adjective"))),
                     Concept("table", terms=(Term("table", "en"), Term("стол", "ru")))], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «видно» is also a predicative and a parenthetical word (apparently), told apart as an adverb is
        ("Он все молчит… видно, боится.", []),
        ("-- Видно, с тобой не было человека.", []),
        ("Сухопара немного, но видно, что есть огонь.", []),
        ("Он человек видный.", [("prominent", "видный")]),
        ("Это было видно издалека.", [("prominent", "видно")]),  # beside the link verb: the short form
    ],
)
def test_a_short_neuter_that_is_a_predicative_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.concept_id, m.text) for m in PROMINENT.find(text)] == expected
