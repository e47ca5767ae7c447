"""What the term checks know of a concept is worked out once per run, not once per occurrence
(speed35): the bases of the words built on its terms (`termbase.pair_senses.term_derivative`)
and the dictionary's set phrases its source term stands in (`Homographs.set_phrase`). The
benchmark's 100,000 pairs ask both of 32,000 occurrences left unrendered. Sentences written by
the implementer."""

from __future__ import annotations

from typing import Any

import pytest

from termbase import pair_senses
from termbase.model import Concept, Term
from termbase.morphology import RussianLemmatizer
from workbench.core.checks import homographs
from workbench.core.checks.homographs import Homographs


def test_the_bases_of_a_concepts_derivatives_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    pair_senses._derivative_bases.cache_clear()
    asked: list[str] = []
    parses = RussianLemmatizer.parses

    def counted(self: RussianLemmatizer, form: str) -> list[Any]:
        asked.append(form)
        return parses(self, form)

    monkeypatch.setattr(RussianLemmatizer, "parses", counted)
    terms = ["онкологическое заболевание", "рак"]
    assert pair_senses.term_derivative(terms, "Спросите онкологическую медсестру.", "ru") == "онкологическую"
    assert pair_senses.term_derivative(terms, "Онкологическая помощь бесплатна.", "ru") == "Онкологическая"
    assert pair_senses.term_derivative(terms, "Медсестра ответит на вопросы.", "ru") is None
    assert asked.count("онкологическое") == 1


def test_a_concepts_set_phrases_are_looked_up_once_for_all_its_occurrences(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up: list[tuple[str, str]] = []
    sense_file = homographs._sense_file

    def counted(source: str, target: str) -> Any:
        looked_up.append((source, target))
        return sense_file(source, target)

    monkeypatch.setattr(homographs, "_sense_file", counted)
    concept = Concept("c1", terms=(Term("account", "en"), Term("учётная запись", "ru")))
    found = Homographs("en", "ru")
    first = "We take the weather into account when we plan."
    second = "Please take our advice into account."
    assert found.set_phrase(concept, first, [(first.index("account"), first.index("account") + 7)]) is not None
    assert found.set_phrase(concept, second, [(second.index("account"), second.index("account") + 7)]) is not None
    assert looked_up.count(("en", "ru")) == 1
