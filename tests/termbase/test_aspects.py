"""`termbase.aspects`: a Russian verb's other aspect and its reflexive, built by the regular
steps and kept where the dictionary knows the word (termfix33). Verbs chosen by the implementer."""

from __future__ import annotations

import pytest

from termbase.aspects import partners, reflexive


@pytest.mark.parametrize(("verb", "other"), [
    ("возмещать", "возместить"),  # ст -> щ
    ("обрабатывать", "обработать"),  # «-ыва-», the root's «о» as «а»
    ("отвечать", "ответить"),  # т -> ч
    ("оплачивать", "оплатить"),
    ("предоставлять", "предоставить"),  # в -> вл
    ("нарушать", "нарушить"),
])
def test_an_aspect_pair_is_read_both_ways(verb: str, other: str) -> None:
    assert other in partners(verb)
    assert verb in partners(other)


@pytest.mark.parametrize("verb", [
    "компенсировать",  # of both aspects: its own pair
    "купить",  # «купать» (to bathe) is no aspect of it: a stem of three letters
    "передать",  # «переживать» is no aspect of it: no changed consonant after «-ать»
    "закон",  # no verb
])
def test_no_partner_where_the_steps_would_make_another_word(verb: str) -> None:
    assert partners(verb) == frozenset()


def test_the_reflexive_is_the_dictionarys() -> None:
    assert reflexive("обрабатывать") == "обрабатываться"
    assert reflexive("ответить") is None  # «ответиться» is no word
