"""`Homographs.set_phrase` for a Russian source (termfix41): the sense list's set phrases read from
their Russian, «изо всех сил» for "with might and main". The word is the phrase's where the
phrase's English has no approved term of the concept; a phrase whose every English has one ("in
answer to", "in response to": «в ответ на», where both are approved) says nothing, while a
forbidden variant in it ("answer" forbidden for the HTTP response) does not keep it out.
Sentences written by the implementer, none a pair of a bench set."""

from __future__ import annotations

from termbase.model import Concept, Term, TermStatus
from workbench.core.checks.homographs import Homographs

FORCE = Concept("force", terms=(Term("сила", "ru"), Term("force", "en")))
HTTP_RESPONSE = Concept("response", terms=(Term("ответ", "ru"), Term("response", "en"),
                                           Term("answer", "en", status=TermStatus.DEPRECATED)))
REPLY = Concept("reply", terms=(Term("ответ", "ru"), Term("response", "en"), Term("answer", "en")))


def _span(text: str, word: str) -> list[tuple[int, int]]:
    start = text.index(word)
    return [(start, start + len(word))]


def test_a_russian_word_in_a_phrase_the_dictionary_renders_without_the_term() -> None:
    found = Homographs("ru", "en")
    text = "Он изо всей силы толкнул дверь."
    assert found.set_phrase(FORCE, text, _span(text, "силы")) == "изо всех сил"


def test_the_concepts_own_word_and_a_phrase_whose_english_has_the_term_stay() -> None:
    found = Homographs("ru", "en")
    text = "Они применили силу против толпы."
    assert found.set_phrase(FORCE, text, _span(text, "силу")) is None
    text = "В ответ на это сервер закрыл соединение."
    assert found.set_phrase(REPLY, text, _span(text, "ответ")) is None
    assert found.set_phrase(HTTP_RESPONSE, text, _span(text, "ответ")) == "в ответ на"
    # The English direction reads the list as before, never its Russian.
    assert Homographs("en", "ru").set_phrase(
        Concept("force", terms=(Term("force", "en"), Term("сила", "ru"))), "with all his force",
        _span("with all his force", "force")) is None
