"""Inflecting whole terms: agreement, animacy, number, letter case and ё."""

from __future__ import annotations

import pytest

from termbase.errors import TermbaseError
from termbase.inflect import CASES, NUMBERS, inflect
from termbase.model import Term


def forms(text: str, lang: str = "ru") -> dict[tuple[str, str], str]:
    return {(f.case, f.number): f.text for f in inflect(text, lang)}


def test_adjective_agrees_with_the_head_noun() -> None:
    table = forms("культурная стихийность")
    assert len(table) == 12
    assert table[("genitive", "singular")] == "культурной стихийности"
    assert table[("accusative", "singular")] == "культурную стихийность"
    assert table[("instrumental", "singular")] == "культурной стихийностью"
    assert table[("genitive", "plural")] == "культурных стихийностей"
    assert table[("instrumental", "plural")] == "культурными стихийностями"


def test_every_case_and_number_in_order() -> None:
    result = inflect(Term("рабочий клуб", "ru"))
    assert [(f.case, f.number) for f in result] == [(c, n) for n in NUMBERS for c in CASES]
    assert [f.text for f in result][:6] == [
        "рабочий клуб",
        "рабочего клуба",
        "рабочему клубу",
        "рабочий клуб",
        "рабочим клубом",
        "рабочем клубе",
    ]


def test_animate_accusative() -> None:
    table = forms("клубный работник")
    assert table[("accusative", "singular")] == "клубного работника"
    assert table[("accusative", "plural")] == "клубных работников"


def test_plural_term_gives_singular_too() -> None:
    table = forms("местные инициативы")
    assert table[("nominative", "singular")] == "местная инициатива"
    assert table[("prepositional", "plural")] == "местных инициативах"


def test_words_after_the_head_stay() -> None:
    table = forms("Коммунистическая партия Советского Союза")
    assert table[("dative", "singular")] == "Коммунистической партии Советского Союза"
    assert forms("клуб рабочих")[("instrumental", "plural")] == "клубами рабочих"


def test_letter_case_hyphens_and_yo_are_kept() -> None:
    assert forms("КПСС")[("genitive", "singular")] == "КПСС"
    assert (
        forms("социал-демократическая партия")[("genitive", "singular")]
        == "социал-демократической партии"
    )
    assert forms("объединённый профсоюз")[("instrumental", "singular")] == "объединённым профсоюзом"
    assert forms("объединенный профсоюз")[("instrumental", "singular")] == "объединенным профсоюзом"


def test_nouns_without_a_plural_or_singular() -> None:
    assert {n for _, n in forms("ножницы")} == {"plural"}


def test_not_a_noun_phrase_means_insert_as_written() -> None:
    assert inflect("культурный", "ru") == []
    assert inflect("Gewerkschaft", "de") == []


def test_english_number() -> None:
    assert forms("trade union", "en") == {
        ("nominative", "singular"): "trade union",
        ("nominative", "plural"): "trade unions",
    }
    assert forms("union of workers", "en")[("nominative", "plural")] == "unions of workers"
    assert forms("analysis", "en")[("nominative", "plural")] == "analyses"


def test_plain_text_needs_a_language() -> None:
    with pytest.raises(TermbaseError):
        inflect("клуб")


@pytest.mark.parametrize(
    ("selected", "proposed"),
    [
        ("клубном движении", "клубное движение"),
        ("рабочих клубах", "рабочий клуб"),
        ("Коммунистической партии", "Коммунистическая партия"),
        ("партии большевиков", "партия большевиков"),
        ("клубное движение", None),
        ("бежал", None),
    ],
)
def test_dictionary_form_of_a_selection(selected: str, proposed: str | None) -> None:
    from termbase.inflect import dictionary_form

    assert dictionary_form(selected, "ru") == proposed
    assert dictionary_form("workers' clubs", "en") is None
