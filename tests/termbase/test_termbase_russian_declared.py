"""A Russian term's declared part of speech and the forms of other words that share its form
(issue 15, the Dostoevsky set's false matches, termfix20)."""

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term


def _typed(cid: str, en: str, ru: str, part_of_speech: str) -> Concept:
    return Concept(cid, terms=(Term(en, "en", part_of_speech=part_of_speech),
                               Term(ru, "ru", part_of_speech=part_of_speech)))


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.concept_id, m.text) for m in matcher.find(text)]


RU_VOLUME = Matcher([_typed("volume", "volume", "том", "noun")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «том» is also the pronoun «тот» in the prepositional: the pronoun's other forms are not the volume.
        ("Та женщина и те люди пришли в тот же день.", []),
        ("Он ждал тех, кто придёт, и ту, которую любил.", []),
        # The noun's own forms stay.
        ("Он купил второй том и два тома стихов.", [("volume", "том"), ("volume", "тома")]),
        ("В третьем томе нет этой главы.", [("volume", "томе")]),
    ],
)
def test_a_noun_term_keeps_its_own_lemma_not_a_pronouns(text: str, expected: list) -> None:
    assert found(RU_VOLUME, text) == expected


RU_SHARED = Matcher(
    [_typed("set", "set", "круг", "noun"), _typed("feature", "feature", "черта", "noun"),
     _typed("onion", "onion", "лук", "noun"), _typed("pie", "pie", "пирог", "noun")],
    "ru",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A likelier adverb («кругом», around) is the noun's instrumental only where a word asks for that case.
        ("Я остановился, оглядываясь кругом.", []),
        ("Кругом засмеялись.", []),
        ("Он простился с кругом друзей.", [("set", "кругом")]),
        ("Он жил тесным кругом друзей.", [("set", "кругом")]),
        # Another noun's nominative («чёрт») beside the term's genitive plural: the term only where governed.
        ("Ах, черт возьми!", []),
        ("Фу, черт, какой смешной оборот!", []),
        ("Одна из черт его лица была странна.", [("feature", "черт")]),
        ("В нём не было правильных черт.", [("feature", "черт")]),
        # A verb before it, or a noun, governs the term's genitive.
        ("Благочестивый не ел лука.", [("onion", "лука")]),
        ("Он спрятал куски пирога, кашу и хлеб.", [("pie", "пирога")]),
    ],
)
def test_a_form_shared_with_another_word_is_the_term_only_where_its_case_is_asked(
    text: str, expected: list
) -> None:
    assert found(RU_SHARED, text) == expected


RU_SERVICEMAN = Matcher([_typed("serviceman", "serviceman", "военный", "noun")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun for a person that is an adjective's forms describes a thing after it as that adjective.
        ("Он вспоминал военные походы.", []),
        ("Начались военные действия.", []),
        # Alone, or before a verb, the person.
        ("Военный вошёл в комнату.", [("serviceman", "Военный")]),
        ("К нему пришли военные.", [("serviceman", "военные")]),
    ],
)
def test_a_substantivised_person_before_a_thing_is_the_adjective(text: str, expected: list) -> None:
    assert found(RU_SERVICEMAN, text) == expected
