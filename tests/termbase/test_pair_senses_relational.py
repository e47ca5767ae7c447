"""`termbase.pair_senses.term_derivative`: the words Russian builds on a one-word term by a regular
suffix with no change of stem, the adjective of a noun in «-ость», the adjective in «-ионный» of a
Latin noun in «-ция», «-сия», and the noun in «-ость» of an adjective term (termfix39, session 40);
`termbase.names.abbreviated_names`. Sentences written by the implementer, none a pair of a bench
set."""

from __future__ import annotations

from termbase.names import abbreviated_names
from termbase.pair_senses import term_derivative


def test_term_derivative_takes_the_adjective_of_a_noun_in_ost() -> None:
    assert term_derivative(["конфиденциальность"], "Прочитайте конфиденциальные условия.", "ru") == "конфиденциальные"
    assert term_derivative(["безопасность"], "Настройте безопасное соединение.", "ru") == "безопасное"
    # The noun itself is the term, no derivative; another adjective is nothing built on it.
    assert term_derivative(["конфиденциальность"], "Мы ценим конфиденциальность.", "ru") is None
    assert term_derivative(["конфиденциальность"], "Прочитайте юридические условия.", "ru") is None


def test_term_derivative_takes_the_adjective_in_ionnyi_of_a_latin_noun() -> None:
    assert term_derivative(["эволюция"], "В свете эволюционной теории.", "ru") == "эволюционной"
    assert term_derivative(["сессия"], "Удалите сессионные данные.", "ru") == "сессионные"
    # A word the rule would build but the dictionary does not know is no evidence.
    assert term_derivative(["вакцинация"], "Вакцинационный пункт закрыт.", "ru") is None


def test_term_derivative_takes_the_noun_in_ost_of_an_adjective_term() -> None:
    assert term_derivative(["наличные"], "Система электронной наличности.", "ru") == "наличности"
    # The adjective term's own forms are the term, not a derivative.
    assert term_derivative(["наличные"], "Оплата наличными.", "ru") is None


def test_abbreviated_names_are_the_dictionarys_places_and_bodies() -> None:
    assert abbreviated_names("Сервис доступен в США, ЕС и ООН.", "ru") == ("США", "ЕС", "ООН")
    # An abbreviation of a common noun («ПО», software), a Latin one, a word in small letters: none.
    assert abbreviated_names("Установите ПО и DMCA; сша.", "ru") == ()
    # No dictionary that says so for English: none.
    assert abbreviated_names("Available in the USA.", "en") == ()
