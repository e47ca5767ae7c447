"""number-mismatch: values compared across locales, with true positives and near misses."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from workbench.core.checks import run_checks
from workbench.core.number_reader import NumberReader, compare

EN = NumberReader("en")
RU = NumberReader("ru", partner="en")


def mismatch(source: str, target: str) -> tuple[list[str], list[str]]:
    result = compare(source, target, EN, RU)
    return [t.text for t in result.missing], [t.text for t in result.extra]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("3,500 workers", "3500 рабочих"),
        ("3,500 workers", "3 500 рабочих"),
        ("3,500 workers", "3\u00a0500 рабочих"),
        ("3,500 workers", "3\u2009500 рабочих"),
        ("3,500 workers", "3\u202f500 рабочих"),
        ("3,500 workers", "3,500 рабочих"),  # the English grouping copied
        ("1,250,000 members", "1 250 000 членов"),
        ("grew 2.5 times", "выросло в 2,5 раза"),
        ("grew 2.5 times", "выросло в 2.5 раза"),
        ("in the 1920s", "в 1920-е годы"),
        ("in the 1920s", "в 1920-х годах"),
        ("in the 1920s", "в двадцатые годы"),
        ("the 1st congress", "1-й съезд"),
        ("the 14th Congress", "XIV съезд"),
        ("the 14th Congress", "ХIV съезд"),  # Cyrillic Х, as Russian typists write it
        ("the Fourteenth Party Congress", "XIV съезд партии"),
        ("the First Congress of Club Workers", "I съезд клубных работников"),
        ("Nicholas II", "Николай II"),
        ("World War II", "Вторая мировая война"),
        ("in 1923–24", "в 1923–1924 годах"),
        ("in 1923-1924", "в 1923–24 гг."),
        ("45% of members", "45 % членов"),
        ("on 12 March 1923", "12.03.1923"),
        ("three clubs", "3 клуба"),
        ("3 clubs", "три клуба"),
        ("the state.12 Next", "государство. Далее"),  # an OCR footnote marker
        ("In October 1923 the clubs", "В октябре 1923 года клубы"),
        ("I think so", "Я так думаю"),  # the pronoun is no Roman one
        ("PART MIX", "ЧАСТЬ MIX"),
        ("twenty-first", "двадцать первый"),
        ("the twenty-first", "21-й"),
        ("2,000 workers", "две тысячи рабочих"),
        ("two thousand workers", "2000 рабочих"),
        ("1.5 million members", "1,5 млн членов"),
        ("1.5 million members", "1 500 000 членов"),
        ("12,000 members", "12 тыс. членов"),
        ("3 billion", "3 миллиарда"),
        ("without CDs/DVDs", "без CD/DVD"),  # acronyms, not Roman numerals
        ("in form YYYY-MM-DD", "в форме ГГГГ-ММ-ДД"),
        ("concerning l10n", "касающиеся локализации"),  # a number inside a name
        ("console=ttyS0,9600n8", "console=ttyS0,9600n8"),
        ("A Pentium 4, 1GHz system", "Система Pentium 4 с частотой 1 ГГц"),
    ],
)
def test_equal_values_written_differently_agree(source: str, target: str) -> None:
    assert mismatch(source, target) == ([], [])


@pytest.mark.parametrize(
    ("source", "target", "missing", "extra"),
    [
        ("By 1923, basic issues", "К 1925 году основные вопросы", ["1923"], ["1925"]),
        ("3,500 workers", "3,5 рабочих", ["3,500"], ["3,5"]),
        ("3.5 million", "3 500 миллионов", ["3.5 million"], ["3 500 миллионов"]),
        ("in 1923–24", "в 1923–1925 годах", ["24"], ["1925"]),
        ("the 14th Congress", "XV съезд", ["14th"], ["XV"]),
        ("the 1920s", "1930-е годы", ["1920s"], ["1930-е"]),
        ("after 1923", "после 1923 года и в 1924 году", [], ["1924"]),
        ("in 1923 and 1924", "в 1923 году", ["1924"], []),
        ("3 clubs", "4 клуба", ["3"], ["4"]),
        ("Nicholas II", "Николай I", ["II"], ["I"]),
        ("3 billion", "3 000 000", ["3 billion"], ["3 000 000"]),
        ("2,000 workers", "три тысячи рабочих", ["2,000"], []),
        # Multisets, not sets: a value said twice must be there twice (a doubled or
        # dropped repetition is what annotators mark as a number error).
        ("in 1923 and again in 1923", "в 1923 году и снова в том же году", ["1923"], []),
        ("a 13-year-old boy", "13-летний мальчик, 13-летнего", [], ["13"]),
        # A value in brackets is a repeat that may go only where the source gave it before.
        ("use the value (0)", "используйте это значение", ["0"], []),
        ("is 1, the same value (0)", "равно 1, такое же значение", ["0"], []),
        # A month written small is still a month beside a year.
        ("In november 2007 he said so.", "В декабре 2007 он так сказал.", ["november"], ["декабре"]),
        # A lone Roman letter after a name with no other initial is a numeral.
        ("Louis IX was king.", "Людовик X был королём.", ["IX"], ["X"]),
    ],
)
def test_different_values_are_reported(
    source: str, target: str, missing: list[str], extra: list[str]
) -> None:
    assert mismatch(source, target) == (missing, extra)


def test_a_wrong_year_is_explained_with_spans(make_segments) -> None:
    source, target = "By 1923, basic issues were resolved.", "К 1925 году вопросы были решены."
    [finding] = run_checks(
        make_segments([(source, target)]), source_lang="en", target_lang="ru",
        checks=["number-mismatch"],
    )
    assert finding.check == "number-mismatch" and finding.severity == "error"
    assert "1923" in finding.message and "1925" in finding.message
    assert [source[a:b] for a, b in finding.source_spans] == ["1923"]
    assert [target[a:b] for a, b in finding.target_spans] == ["1925"]


def test_segments_without_translation_are_left_to_untranslated(make_segments) -> None:
    assert run_checks(
        make_segments([("In 1923.", "")]), source_lang="en", target_lang="ru",
        checks=["number-mismatch"],
    ) == []


amounts = st.one_of(
    st.integers(min_value=0, max_value=10**9),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
)


@settings(max_examples=200, deadline=None)
@given(amounts)
def test_any_amount_formatted_by_each_locale_agrees(value: int | Decimal) -> None:
    """babel writes the number the English and the Russian way; the check reads both as one."""
    source = f"They counted {format_decimal(value, locale='en')} members."
    target = f"Насчитали {format_decimal(value, locale='ru')} членов."
    assert mismatch(source, target) == ([], [])


@settings(max_examples=200, deadline=None)
@given(amounts, amounts)
def test_different_amounts_disagree(first: int | Decimal, second: int | Decimal) -> None:
    assume(Decimal(first) != Decimal(second))
    source = f"They counted {format_decimal(first, locale='en')} members."
    target = f"Насчитали {format_decimal(second, locale='ru')} членов."
    missing, extra = mismatch(source, target)
    assert missing and extra


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The FAQ was made by J.H.M. Dassen.", "ЧаВо написал Дж.Х.М. Дассен."),  # an initial, not ten
        ("It was written by J. X. Smith.", "Его написал Дж. Х. Смит."),
        ("In november 2007 he said so.", "В ноябре 2007 он так сказал."),
        # Numbers inside an address are the address's: `url-email` compares it.
        ("See http://lists.debian.org/2006/03/msg00023.html.", "См. список рассылки."),
        ("Write to user2006@example.org.", "Пишите на адрес."),
    ],
)
def test_initials_small_months_and_addresses_agree(make_segments, source: str, target: str) -> None:
    assert run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                      checks=["number-mismatch"]) == []
