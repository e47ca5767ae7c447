"""`termbase.merge.merged`: joining duplicate concepts loses nothing either held."""

from __future__ import annotations

import pytest

from termbase.errors import TermbaseError
from termbase.merge import merged
from termbase.model import Concept, Term, TermStatus


def test_the_kept_concept_wins_and_the_others_fill_in() -> None:
    keep = Concept("loto", subject="games", definition="A game of chance with numbered cards.", terms=(
        Term("loto", "en"), Term("лото", "ru"), Term("лотерея", "ru", TermStatus.DEPRECATED)))
    other = Concept("client-loto", subject="leisure", definition="A lottery-like game.", note="client's entry",
                    terms=(Term("Loto", "en", part_of_speech="noun", usage_note="the game"),
                           Term("лотерея", "ru", TermStatus.PREFERRED, usage_note="not this"),
                           Term("лото-игра", "ru", TermStatus.ADMITTED)))
    joined = merged(keep, [other])
    assert joined.id == "loto" and joined.subject == "games"
    assert joined.definition == "A game of chance with numbered cards."
    assert joined.note == "client-loto: A lottery-like game.\nclient's entry"
    assert [(t.text, t.status.value, t.part_of_speech, t.usage_note) for t in joined.terms] == [
        ("loto", "preferred", "noun", "the game"),
        ("лото", "preferred", None, None),
        ("лотерея", "deprecated", None, "not this"),
        ("лото-игра", "admitted", None, None),
    ]


def test_a_concept_is_not_merged_into_itself() -> None:
    concept = Concept("loto", terms=(Term("loto", "en"),))
    with pytest.raises(TermbaseError):
        merged(concept, [concept])
