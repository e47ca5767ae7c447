"""Russian forms the Dostoevsky set's labels read as another word than the term: a short neuter
that is a clause's predicative (issue 15, termfix22)."""

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term


def _typed(cid: str, en: str, ru: str, part_of_speech: str) -> Concept:
    return Concept(cid, terms=(Term(en, "en", part_of_speech=part_of_speech),
                               Term(ru, "ru", part_of_speech=part_of_speech)))


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.concept_id, m.text) for m in matcher.find(text)]


RU_ADJECTIVES = Matcher([_typed("strange", "strange", "странный", "adjective"),
                         _typed("nasty", "nasty", "скверный", "adjective")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «это» standing alone as the subject points at a situation: the predicative, not the short form.
        ("Но это странно, друг мой.", []),
        ("Это очень скверно.", []),
        ("Скверно всё это, не хочу слушать.", []),
        ("Странно это мне.", []),
        # Opening its sentence before a comma: the clause after the comma is its subject.
        ("Странно, что вы от него ждали.", []),
        ("И странно, он вдруг заснул.", []),
        # The adverb of a verb or participle past a degree adverb between.
        ("Он был одет очень скверно.", []),
        # A noun, «оно» or «это» determining a noun is the short form's subject.
        ("Это окно скверно.", [("nasty", "скверно")]),
        ("Но скверно это окно.", [("nasty", "скверно")]),
        ("Пока оно скверно, уйдём.", [("nasty", "скверно")]),
        ("Его лицо было странно.", [("strange", "странно")]),
    ],
)
def test_a_short_neuter_with_a_clause_as_subject_is_a_predicative(text: str, expected: list) -> None:
    assert found(RU_ADJECTIVES, text) == expected
