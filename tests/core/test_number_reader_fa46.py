"""The number reader's readings of session 46 (fa46): a decade written with the plural «гг» after
its first year, glued or spaced («1920гг», «1990 гг.»), and a number glued inside a code of letters
and digits. Sentences made up here."""

from __future__ import annotations

import pytest

from workbench.core.number_reader import compare_texts


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Cars of the 1920s", "Машины 1920гг"),
        ("Fashion of the 1990s returned.", "Мода 1990 гг. вернулась."),
        ("Music of the 1960s", "Музыка 1960\u00a0гг."),
        # a range of years said with «гг.» keeps both years
        ("From 1920 to 1930 the town grew.", "В 1920–1930 гг. город вырос."),
    ],
)
def test_a_decade_written_with_a_plural_years_abbreviation_is_the_decade(source: str, target: str) -> None:
    assert compare_texts(source, target, "en", "ru").agrees


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # «гг» after a year that begins no decade is no decade
        ("Cars of the 1920s", "Машины 1925 гг."),
        # another decade
        ("Cars of the 1920s", "Машины 1930гг"),
    ],
)
def test_another_year_with_the_plural_abbreviation_is_still_reported(source: str, target: str) -> None:
    assert not compare_texts(source, target, "en", "ru").agrees


def test_digits_after_a_glued_unit_make_a_code_not_a_measure() -> None:
    # «5g1» inside a garbled identifier is no five grams (as "5x1" is no count of five)
    assert compare_texts("Open the object page.", "Откройте страницу Fgsteppen-ос-5g1-бс2с.", "en", "ru").agrees
    # a unit with its power and a plain glued unit stay measures
    assert not compare_texts("An area of 5km2.", "Площадь 6 км².", "en", "ru").agrees
    assert compare_texts("An area of 5km2.", "Площадь 5 км².", "en", "ru").agrees
    assert not compare_texts("Use 5g of salt.", "Возьмите 6 г соли.", "en", "ru").agrees
