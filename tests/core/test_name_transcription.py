"""A capitalised Cyrillic word that writes a Latin name of its source (`name_transcription`)."""

from __future__ import annotations

import pytest

from workbench.core.name_transcription import latin_names, transcribes
from workbench.core.spelling import Speller


@pytest.mark.parametrize(("russian", "source"), [
    ("Тэтчер", "Margaret Thatcher resigned."),
    ("Тэтчер", "Thatcher's cabinet met."),
    ("Гринвичем", "The meridian runs through Greenwich."),
    ("Филадельфии", "He was born in Philadelphia."),
    ("Шекспира", "We read Shakespeare."),
    ("Бруклин-Хайтс", "They lived in Brooklyn Heights."),
    ("Цинциннати", "The Cincinnati office closed."),
    ("МакКинли", "President McKinley was shot."),
    ("Митчем", "They met Mitch."),
])
def test_a_name_written_in_russian_letters_is_its_source_name(russian: str, source: str) -> None:
    assert transcribes(russian, latin_names(source.replace("'", " ").replace(".", " ").split()))


@pytest.mark.parametrize(("russian", "source"), [
    ("имено", "Namely, Nemo came."),         # not capitalised: a common word, misspelt
    ("Превет", "Hello, Peter."),              # no name of the source sounds like it
    ("Кукарекина", "She was born in Paris."),  # a name the source does not hold
    ("Тэтчер", "Margaret thatcher resigned."),  # the source's word is no name
    ("пАриж", "She was born in Paris."),      # not a name's shape
    ("ПАРиж", "She was born in Paris."),
])
def test_other_words_are_not_taken_for_names(russian: str, source: str) -> None:
    assert not transcribes(russian, latin_names(source.replace(".", " ").replace(",", " ").split()))


def test_the_speller_leaves_transcribed_names_and_flags_the_rest() -> None:
    speller = Speller("ru")
    target = "Премьер Тэтчер и Хиггинботтом посетили Гринвич имено вчера."
    source = "Prime Minister Thatcher and Higginbottom visited Greenwich yesterday."
    assert [m.word for m in speller.misspellings(target, source)] == ["имено"]
    # Without the source the name no dictionary holds is an unknown word, as before.
    assert [m.word for m in speller.misspellings(target)] == ["Хиггинботтом", "имено"]
