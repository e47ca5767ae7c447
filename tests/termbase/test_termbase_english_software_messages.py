"""English noun terms in a program's messages (termfix39): the verb after a negated modal, and a
plural after two names joined by "and". Sentences written for the rules by the implementer, each
with the reading the rule must keep beside it."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term

EN = Matcher([Concept(word, terms=(Term(word, "en", part_of_speech="noun"), Term(word, "ru")))
              for word in ("lock", "cast", "request")], "en")


def found(text: str) -> list[tuple[str, str]]:
    return [(m.concept_id, m.text) for m in EN.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("cannot lock rows in view", []),
    ("Cannot cast type integer to text", []),
    ("You shouldn't cast it", []),
    ("the lock cannot be taken", [("lock", "lock")]),
    ("could not cast type", []),
])
def test_the_verb_after_a_negated_modal_is_no_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("a server that handles both HTTP and HTTPS requests", [("request", "requests")]),
    ("a server that handles HTTP and HTTPS requests:", [("request", "requests")]),
    # a name alone before the form is still its subject; "or" agrees with the nearer one
    ("then Gretchen requests a fee", []),
    ("either Tom or Gretchen requests a fee", []),
])
def test_a_plural_after_names_joined_by_and_is_no_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
