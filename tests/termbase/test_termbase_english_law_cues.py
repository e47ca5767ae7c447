"""English noun terms among capitalised institutions, modals and gerunds (issue 15, session 25,
termfix25). Sentences written for the rules by the implementer (none of them a sentence of the
dev sets), each with the term kept nearby where a refusal is tested."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term


def concept(word: str, pos: str = "noun") -> Concept:
    return Concept(word, terms=(Term(word, "en", part_of_speech=pos), Term(word, "ru")))


def found(matcher: Matcher, text: str) -> list[str]:
    return [m.text for m in matcher.find(text)]


PARTY = Matcher([concept("party")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegates went to the Party Congress.", ["Party"]),
        ("Every Party Congress elects a committee.", ["Party"]),
        ("He read the Party Programme aloud.", ["Party"]),
        ("He was a Party member for ten years.", ["Party"]),
        ("The party members voted.", ["party"]),
    ],
)
def test_an_adverb_is_made_by_english_spelling_so_party_is_no_adjective_of_partly(
    text: str, expected: list[str]
) -> None:
    """"partly" is "part"'s adverb: "-ly" replaces a final "e" ("gently") or "y" ("-ily"), never
    another letter, so "party" before a noun is the noun modifying it, not an adjective."""
    assert found(PARTY, text) == expected
