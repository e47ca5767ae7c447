"""A noun term's form that is also another word's short adjective, as the predicate of the
subject before it (issue 15, session 25, termfix26): «она права», «каждая минута дорога» are
«правый» and «дорогой», not «право» and «дорога» (`RussianGrammar._short_predicate`). Sentences
written for the rule by the implementer, none a line of the held-out sets."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term

RU = Matcher([Concept(cid, terms=(Term(word, "ru", part_of_speech="noun"),))
              for cid, word in (("right", "право"), ("road", "дорога"), ("evil", "зло"))], "ru")


@pytest.mark.parametrize("text", [
    "Я думаю, что она права.",
    "Он совершенно прав.",
    "Каждая минута дорога, нельзя ждать.",
    "Эта вещь очень дорога мне.",
])
def test_a_short_adjective_after_the_subject_it_agrees_with_is_its_predicate(text: str) -> None:
    assert RU.find(text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("Жизнь — дорога, и она длинна.", "дорога"),  # a noun predicate: the dash
    ("Она права не имела.", "права"),  # a fronted object before the verb
    ("Она права голоса не имела.", "права"),  # a noun heading a genitive
    ("На стене висела маска зла.", "зла"),  # the genitive after a noun
    ("Он знает свои права.", "права"),
])
def test_the_noun_keeps_its_dash_its_object_and_its_genitive(text: str, surface: str) -> None:
    assert [m.text for m in RU.find(text)] == [surface]
