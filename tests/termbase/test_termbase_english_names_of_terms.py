"""A capitalised noun term's word inside a street's or a place's name, and a short term word inside
a phrase in another language (issue 15, session 24, termfix23). Sentences written for the rules
by the implementer (none of them a sentence of the dev sets), each with the term kept nearby."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term


def concept(word: str, pos: str = "noun") -> Concept:
    return Concept(word, terms=(Term(word, "en", part_of_speech=pos), Term(word, "ru")))


EN = Matcher([concept("exchange"), concept("bank"), concept("bond"), concept("par"), concept("point")], "en")


def found(text: str) -> list[str]:
    return [m.text for m in EN.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The brokers met daily in Exchange Lane before the exchange opened.", ["exchange"]),
        ("He walked along Bond Street to buy a bond.", ["bond"]),
        ("We landed on Bank Island, far from any bank.", ["bank"]),
        ("The clerk went down to the Exchange at noon.", ["Exchange"]),  # an institution: its article
        ("He paid it into the Bank of England.", ["Bank"]),
        ("Deposits and Bank Balances of the Larger Houses.", ["Bank"]),  # title case: capitals say nothing
        ("THE BANK HOUSE STOOD EMPTY.", ["BANK"]),  # capitals throughout say nothing
        ("Typed by Agneta Wolk, Bond Fennimore and Ulla Berg.", []),  # a list of names
        ("Said Wolk, Bond prices rose.", ["Bond"]),  # no name after it
    ],
)
def test_a_capitalised_term_before_a_capitalised_noun_is_a_name(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See the Mémoire écrit par Dénis Vautrin for details.", []),  # a French phrase
        ("The bonds, issued at par, were bought by Dénis Vautrin.", ["bonds", "par"]),
        ("Printed in Paris, par Hélène Roux, the pamphlet sold at par.", ["par"]),
        ("The shares stood at par Monday and Tuesday.", ["par"]),  # no foreign word beside it
        ("An old point électrique lay there.", ["point"]),  # an English word beside it
    ],
)
def test_a_short_term_word_inside_a_foreign_phrase_is_that_languages_word(text: str, expected: list) -> None:
    assert found(text) == expected


NAMED = Matcher([concept("City"), concept("bill"), concept("stock"), concept("money")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HE GOES INTO THE CITY.", ["CITY"]),  # capitals throughout hide the name's capital
        ("THE CITY'S BILLS.", ["CITY'S", "BILLS"]),
        ("He went to the City with a bill.", ["City", "bill"]),
        ("He went to the city with a bill.", ["bill"]),  # the termbase's capital: a name
        ("FOLLIES OF GREAT CITIES.", []),  # a name takes no plural
    ],
)
def test_a_term_written_as_a_name_keeps_its_capital_in_a_heading_in_capitals(text: str, expected: list) -> None:
    assert [m.text for m in NAMED.find(text)] == expected


ATTRIBUTES = Matcher([concept("bond"), concept("line"), concept("rest")], "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He sold his Ohio bonds last year.", ["bonds"]),  # a determiner before the name
        ("The piece is built on Haydn lines, not Mozart's.", ["lines"]),  # a preposition before it
        ("Our view of the Romans rests entirely on coins.", []),  # an adverb after it: the verb
        ("Maria bonds with the child.", []),  # the name opens the clause: its subject
    ],
)
def test_a_name_after_a_determiner_or_preposition_modifies_a_plural_term(text: str, expected: list) -> None:
    assert [m.text for m in ATTRIBUTES.find(text)] == expected
