"""A common noun a Russian document capitalises throughout as one thing of its kind (issue 15,
session 25, termfix26): «Гора Звезды» and the writer's short «Гора» are a mountain
(`termbase.names.document_kinds`), where a word capitalised throughout with no such phrase is a
name (`termbase.names.document_names`). Paragraphs written for the rule by the implementer, none
a paragraph of the held-out sets."""

from __future__ import annotations

from termbase.match import Matcher
from termbase.model import Concept, Term
from termbase.names import document_kinds, document_names

RU = Matcher([Concept(cid, terms=(Term(word, "ru"),)) for cid, word in
              (("mountain", "гора"), ("grief", "горе"), ("faith", "вера"))], "ru")

NOVEL = [
    "Мы шли через пустыню, и вдали стояла Гора Звезды, высокая и темная.",
    "Днем мы видели Гору, ночью только огонь на вершине.",
    "Жители говорили, что Гора хранит тайну и что на Горе живут мудрецы.",
    "Царь сказал, что Гора не покорится никому и что в Горе хватит хлеба на год.",
    "Я вошел в Гору через нижний вход, и стража Горы меня не заметила.",
    "Говорят, что Гора стара, как мир, и что Гору строили боги.",
    "Мы жили в Горе, и каждый, кто покидал Гору, плакал.",
    "Тогда Гора ожила, и по Горе пошли огни.",
    "Враги окружили Гору, но жрецы в Горе молчали, а Гора ждала.",
    "Потом мы покинули Гору, а на Горе начался пожар.",
]
"""A novel whose mountain is its city: «Гора» capitalised inside sentences throughout, once in
the name phrase «Гора Звезды»."""


def found(line: str, names: frozenset[str], kinds: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    return [(m.concept_id, m.text) for m in RU.find(line, names=names, kinds=kinds)]


def test_a_noun_heading_a_name_phrase_names_one_thing_of_its_kind() -> None:
    names, kinds = document_names(NOVEL, "ru"), document_kinds(NOVEL, "ru")
    assert {"гора", "гору", "горе"} <= names
    assert kinds == {"гора"}
    assert found(NOVEL[1], names, kinds) == [("mountain", "Гору")]
    # «на Горе» is the mountain, not grief, whose noun the document never heads a name phrase with
    assert found(NOVEL[2], names, kinds) == [("mountain", "Гора"), ("mountain", "Горе")]
    assert found(NOVEL[2], names) == []  # the names alone: every capital a name, as before


def test_a_word_capitalised_throughout_with_no_name_phrase_stays_a_name() -> None:
    """No «Гора Звезды»: the capital says only that the document names something so."""
    short = [line.replace(" Звезды", "") for line in NOVEL]
    assert document_kinds(short, "ru") == set()
    assert found(short[1], document_names(short, "ru")) == []


def test_a_persons_name_before_a_patronymic_or_a_form_of_two_nouns_makes_no_kind() -> None:
    assert document_kinds(["Мы ждали Веры Павловны до вечера."], "ru") == set()  # a person's name
    assert document_kinds(["Мы пошли к Горе Звезды."], "ru") == set()  # «Горе»: гора or горе
    assert document_kinds(["Мы видели Гору Звезды."], "ru") == {"гора"}
    assert document_kinds(NOVEL, "en") == set()
