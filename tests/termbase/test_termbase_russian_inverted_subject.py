"""A past verb put before its subject (issue 15, session 25, termfix26): «жил князь», «дул
влажный ветер» are the verbs «жить», «дуть», not the genitive plurals of «жила», a vein, and
«дуло», a muzzle (`RussianGrammar._subject_after`). Sentences written for the rule by the
implementer, none a line of the held-out sets."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term

RU = Matcher([Concept(cid, terms=(Term(word, "ru", part_of_speech="noun"),))
              for cid, word in (("vein", "жила"), ("muzzle", "дуло"), ("village", "село"))], "ru")


@pytest.mark.parametrize("text", [
    "В том доме в эту зиму жил старый князь.",
    "С реки дул холодный ветер.",
    "У самой воды жил рыбак с женой.",
])
def test_a_nominative_after_a_past_that_agrees_with_it_makes_it_the_verb(text: str) -> None:
    assert RU.find(text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("Из ран и жил старика сочилась кровь.", "жил"),  # a genitive, a genitive after it
    ("Мы въехали в село Покровское.", "село"),  # a nominative in apposition to the noun
    ("Под кожей проступали узлы синих жил.", "жил"),
])
def test_the_noun_keeps_its_genitive_and_its_apposition(text: str, surface: str) -> None:
    assert [m.text for m in RU.find(text)] == [surface]
