"""A short neuter beside «было» with no neuter subject is the impersonal predicative (issue 15,
session 25, termfix26): «было видно, что…», «Никого не было видно» are not the adjective
«видный», where «Окно было видно» keeps its short form (`RussianGrammar._impersonal`). Sentences
written for the rule by the implementer, none a line of the held-out sets."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term

RU = Matcher([Concept(cid, terms=(Term(word, "ru", part_of_speech="adjective"),))
              for cid, word in (("prominent", "видный"), ("known", "известный"))], "ru")


@pytest.mark.parametrize("text", [
    "По его голосу было видно, что он устал.",
    "Берега не было видно за туманом.",
    "Никого не было видно на площади.",
    "Видно было, что старик сердится.",
    "Мне ничего не было известно о поездке.",
    "Когда стало известно, что полк уходит, все засуетились.",
])
def test_a_short_neuter_beside_a_link_verb_with_no_neuter_subject_is_the_predicative(text: str) -> None:
    assert RU.find(text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("Окно было видно из сада.", "видно"),
    ("Видно было окно.", "Видно"),
    ("Это имя было известно всем.", "известно"),
])
def test_a_neuter_subject_beside_the_link_verb_keeps_the_short_form(text: str, surface: str) -> None:
    assert [m.text for m in RU.find(text)] == [surface]
