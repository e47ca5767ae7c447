"""A verb term's form that is a noun by its noun phrase, and a noun term's form that is a verb's
object (issue 15, session 23, termfix19). Sentences written for the rules by the implementer
(none of them a sentence of the held-out sets), each with the term kept beside the word refused."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term


def concept(word: str, pos: str) -> Concept:
    return Concept(word, terms=(Term(word, "en", part_of_speech=pos), Term(word, "ru")))


EN = Matcher([concept("tack", "verb"), concept("ship", "verb"), concept("sound", "verb"),
              concept("anchor", "noun"), concept("weather", "adjective")], "en")


def found(text: str) -> list[str]:
    return [m.text for m in EN.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lay on the port tack all night.", []),  # a bare form after "the" and a singular noun
        ("We had to tack twice before noon.", ["tack"]),
        ("He scrubbed ships' decks for a living.", []),  # a plural's possessive
        ("He shrank at sight or sound of battle.", []),  # "of" after it
        ("I sound the well every watch.", ["sound"]),
        ("Ship labouring heavily all day.", []),  # opening its clause before a participle
        ("They ship the oars and wait.", ["ship"]),
    ],
)
def test_a_verb_terms_form_in_a_noun_phrase_is_the_noun(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At dawn we cast anchor at the river mouth.", ["anchor"]),  # the object of "cast"
        ("Weighing anchor at noon, we stood out.", ["anchor"]),
        ("We chose to anchor at the river mouth.", []),
    ],
)
def test_a_noun_terms_form_after_a_verb_is_its_object(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_noun_before_a_finite_verb_heads_its_phrase() -> None:
    assert found("By noon the weather was fine.") == []
    assert found("The weather side of the boat was wet.") == ["weather"]
