"""A noun made of an adjective as the subject of the verb after it (issue 15, session 25,
termfix26): in «Дикие животные были истреблены» the form is «животное», the subject of «были», not
the adjective «животный» agreeing with «были» read as «быль»'s plural (`RussianGrammar._verb_of`).
Sentences written for the rule by the implementer, none a line of the held-out sets."""

from __future__ import annotations

import pytest

from termbase.match import Matcher
from termbase.model import Concept, Term

RU = Matcher([Concept(cid, terms=(Term(word, "ru", part_of_speech="noun"),))
              for cid, word in (("animal", "животное"), ("pavement", "мостовая"))], "ru")


@pytest.mark.parametrize(("text", "surface"), [
    ("В лесах дикие животные были редки.", "животные"),
    ("После дождей мостовые были грязны.", "мостовые"),
])
def test_the_form_before_a_verb_it_agrees_with_is_its_subject(text: str, surface: str) -> None:
    assert [m.text for m in RU.find(text)] == [surface]


def test_the_adjective_before_a_noun_stays_the_adjective() -> None:
    assert RU.find("Животные инстинкты были сильнее его.") == []
