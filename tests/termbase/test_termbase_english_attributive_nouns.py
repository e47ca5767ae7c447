"""A noun term used to modify the noun after it (issue 15, session 23, termfix19): "the lee
rail" is the lee, where "the sole purpose" is an adjective of its own. Sentences written for the
rule by the implementer (none of them a sentence of the held-out sets)."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term

EN = Matcher([Concept(word, terms=(Term(word, "en", part_of_speech="noun"), Term(word, "ru")))
              for word in ("lee", "sole", "royal", "second")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The men lined the lee rail and waited.", ["lee"]),  # no degrees, no adverb: the noun
        ("It was a lee shore, and the lee of the island was calm.", ["lee", "lee"]),
        ("The sole purpose of the trip was rest.", []),  # "solely": an adjective of its own
        ("She served in the royal household.", []),  # an adjective's suffix
        ("On the second day we sailed.", []),  # an ordinal
    ],
)
def test_a_noun_before_a_noun_is_the_noun_unless_its_adjective_is_one_of_its_own(text: str, expected: list) -> None:
    assert [m.text for m in EN.find(text)] == expected
