"""A hard-wrapped line that breaks off inside a sentence (issue 15, session 25, termfix26): the
line's end is no phrase's end, so «стали» there is not read as the noun for want of a predicate
after the link verb (`termbase.grammar.Context.broken_off`). Lines written for the rule by the
implementer, none a line of the held-out sets."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term

RU = Matcher([Concept("steel", terms=(Term("сталь", "ru"),))], "ru")


@pytest.mark.parametrize("line", [
    "Когда зима кончилась, крестьяне стали",  # «...пахать землю» on the next line
    "Все, кто был в зале, понемногу стали",
    "Дождь перестал. Дети стали",
])
def test_a_line_that_breaks_off_after_the_link_verb_is_no_phrase_end(line: str) -> None:
    assert RU.find(line) == []
    assert RU.find(line + " смеяться.") == []  # the same sentence unbroken


@pytest.mark.parametrize("text", [
    "куски стали",  # a label: no mark in it, its end ends the phrase
    "Куски стали.",
    "Он принес, как обещал, куски стали.",
])
def test_a_text_that_ends_its_phrase_keeps_the_noun(text: str) -> None:
    assert [m.text for m in RU.find(text)] == ["стали"]
