"""`termbase.pair_senses.relational_adjective`: a Russian adjective built on a noun by a relational
suffix, its stem the one the noun's other forms keep (termfix40, session 41). Sentences written by
the implementer, none a pair of a bench set."""

from __future__ import annotations

from termbase.pair_senses import relational_adjective


def test_an_adjective_on_a_nouns_oblique_stem() -> None:
    # «корень» keeps «корн» in its other forms; «сеть» keeps «сет».
    assert relational_adjective(["корень"], "Смонтируйте корневую файловую систему.", "ru") == ("корневую", "корень")
    assert relational_adjective(["сеть"], "Проверьте сетевые настройки.", "ru") == ("сетевые", "сеть")
    assert relational_adjective(["причина"], "Здесь нет причинной связи.", "ru") == ("причинной", "причина")


def test_no_adjective_that_only_opens_with_the_letters() -> None:
    assert relational_adjective(["лес"], "Это лестный отзыв.", "ru") is None
    # The noun itself is no adjective built on it; nor is an English target read.
    assert relational_adjective(["корень"], "Вырвите корень.", "ru") is None
    assert relational_adjective(["корень"], "The root directory.", "en") is None
