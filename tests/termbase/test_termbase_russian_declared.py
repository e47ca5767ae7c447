"""A Russian term's declared part of speech and the forms of other words that share its form
(issue 15, the Dostoevsky set's false matches, termfix20)."""

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term


def _typed(cid: str, en: str, ru: str, part_of_speech: str) -> Concept:
    return Concept(cid, terms=(Term(en, "en", part_of_speech=part_of_speech),
                               Term(ru, "ru", part_of_speech=part_of_speech)))


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.concept_id, m.text) for m in matcher.find(text)]


RU_VOLUME = Matcher([_typed("volume", "volume", "том", "noun")], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «том» is also the pronoun «тот» in the prepositional: the pronoun's other forms are not the volume.
        ("Та женщина и те люди пришли в тот же день.", []),
        ("Он ждал тех, кто придёт, и ту, которую любил.", []),
        # The noun's own forms stay.
        ("Он купил второй том и два тома стихов.", [("volume", "том"), ("volume", "тома")]),
        ("В третьем томе нет этой главы.", [("volume", "томе")]),
    ],
)
def test_a_noun_term_keeps_its_own_lemma_not_a_pronouns(text: str, expected: list) -> None:
    assert found(RU_VOLUME, text) == expected
