"""A noun term's form read as a preposition or conjunction, or as a verb, by the words after it
(issue 15, session 23, termfix21). Sentences written for the rules by the implementer (none of
them a sentence of the held-out sets), each with the term kept beside the word refused."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term


def concept(word: str, pos: str) -> Concept:
    return Concept(word, terms=(Term(word, "en", part_of_speech=pos), Term(word, "ru")))


EN = Matcher([concept("till", "noun"), concept("call", "noun"), concept("yield", "noun"), concept("crown", "noun"),
              concept("tune", "noun")], "en")


def found(text: str) -> list[str]:
    return [m.text for m in EN.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shop stayed open till 1903, when it burned.", []),  # a number
        ("Nobody spoke till we reached the gate.", []),  # a clause's subject
        ("Wait here till something turns up.", []),
        ("We waited till the end of the week.", []),  # a noun phrase's determiner
        ("They will not sail till Monday.", []),  # a name
        ("Keep it safe till to-morrow evening.", []),  # a time adverb in two
        ("He sat beside her till she slept.", []),  # "her" the verb's object
        ("The clerk emptied the till before noon.", ["till"]),
        ("He counted our till twice that night.", ["till"]),
        ("The old till stood behind the counter.", ["till"]),
    ],
)
def test_a_noun_term_that_is_a_preposition_is_it_before_its_complement(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank, ceasing to call, let the loan run on.", []),  # a catenative's infinitive
        ("She was quite willing to yield.", []),  # an adjective that is a participle
        ("Make it easy for yourself to call early.", []),  # a reflexive, the verb's object
        ("The tables set themselves to tunes of the day.", ["tunes"]),  # no bare form after "to"
        ("They often yield; we occasionally call on them.", []),  # a subject and an adverb
        ("The annual yield was low; a call came at noon.", ["yield", "call"]),
        ("Otho seizes the throne and crowns himself emperor.", []),  # a singular reflexive
        ("The crowns themselves were melted down.", ["crowns"]),
    ],
)
def test_a_noun_terms_form_is_a_verb_by_its_subject_or_object(text: str, expected: list) -> None:
    assert found(text) == expected
