"""An English compound noun in any of its spellings (closed, open, hyphenated) is the term the
termbase writes in one of them; and a noun after a possessive before "and" and a verb is the
noun ("raised his head and looked"). Both made `term-missing` say a rendered term was absent
in real translations (the bilingual term set, session 25)."""

from __future__ import annotations

import pytest

from termbase.compounds import spelling_variants
from termbase.match import Matcher
from termbase.model import Concept, Term


def found(term: str, text: str, pos: str | None = "noun") -> list[str]:
    matcher = Matcher([Concept("c", terms=(Term(term, "en", part_of_speech=pos),))], "en")
    return [match.text for match in matcher.find(text)]


@pytest.mark.parametrize(
    ("term", "text", "expected"),
    [
        ("armchair", "He sat down in his arm-chair.", ["arm-chair"]),
        ("armchair", "Two arm-chairs stood by the fire.", ["arm-chairs"]),
        ("snuffbox", "He took his snuff-box from his pocket.", ["snuff-box"]),
        ("snuff-box", "He took his snuffbox from his pocket.", ["snuffbox"]),
        ("e-mail", "Send us an email.", ["email"]),
        ("data base", "The database was slow.", ["database"]),
    ],
)
def test_a_compound_is_found_in_its_other_spellings(term: str, text: str, expected: list[str]) -> None:
    assert found(term, text) == expected


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("overall", "He looked over all the papers."),  # "over" is no noun: no split
        ("everyday", "We met every day."),
        ("somebody", "It was some body of water."),  # a determiner lemminflect lists as a noun
        ("walkout", "They walk out at noon."),  # a closed term's parts apart are two words of a sentence
        ("armchair", "He hurt his arm chairing the meeting."),
    ],
)
def test_a_closed_word_whose_parts_are_other_words_is_not_split(term: str, text: str) -> None:
    assert found(term, text) == []


def test_only_english_compounds_of_two_nouns_have_variants() -> None:
    assert spelling_variants("armchair", "en") == ("arm chair",)
    assert spelling_variants("armchair", "ru") == ()
    assert spelling_variants("proletarianization", "en") == ()
    assert spelling_variants("cultural spontaneity", "en") == ()


def test_a_noun_after_a_possessive_before_and_and_a_verb_is_the_noun() -> None:
    assert found("head", "Nicola raised his head and looked at Karl.") == ["head"]
    assert found("tired", "his tired and worn face", pos="adjective") == ["tired"]
