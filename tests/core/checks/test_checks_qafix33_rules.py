"""`number-mismatch`, `unpaired` and `punctuation-end` rules of session 32 (issue 15), read off the
math-subtitles set's run (mathematics read aloud): each test is a made-up pair, not the set's own,
with the slip the rule must still report beside it."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.checks.enumerators import opening_marker
from workbench.core.number_reader import compare_texts


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def agrees(source: str, target: str) -> bool:
    return compare_texts(source, target, "en", "ru").agrees


# -- a sign said in words -------------------------------------------------------------------------

@pytest.mark.parametrize("target", [
    "Наклон прямой равен минус 3, когда мы идём вправо.",
    "Наклон прямой равен -3, когда мы идём вправо.",
    "Наклон прямой равен отрицательной 3, когда мы идём вправо.",
])
def test_negative_read_aloud_is_a_sign(target: str) -> None:
    assert agrees("The slope of the line is negative 3 as we move right.", target)


def test_a_sign_lost_after_negative_is_still_reported() -> None:
    result = compare_texts("The slope of the line is negative 3 as we move right.",
                           "Наклон прямой равен 3, когда мы идём вправо.", "en", "ru")
    assert [t.text for t in result.missing] == ["3"] and [t.text for t in result.extra] == ["3"]


def test_negative_before_a_number_word_is_a_sign_too() -> None:
    assert agrees("The product of i and i is negative one.", "Произведение i на i равно -1.")
    assert not agrees("The product of i and i is negative one.", "Произведение i на i равно 1.")


def test_minus_between_two_number_words_is_no_sign() -> None:
    """"three minus one" subtracts: its "one" is 1, which «3 - 1» writes."""
    assert agrees("Three minus one leaves two apples.", "3 - 1 даёт 2 яблока.")


# -- a digit's noun, one as a measure ------------------------------------------------------------

@pytest.mark.parametrize(("source", "target"), [
    ("Each step doubles it, so the totals are powers of 2.", "Каждый шаг удваивает её, так что суммы — степени двойки."),
    ("A handwritten 7 looks different every time.", "Рукописная семёрка каждый раз выглядит по-разному."),
    ("Take the circle of radius 1 around the origin.", "Возьмите единичную окружность вокруг начала координат."),
    ("Start from the 1 unit square on the grid.", "Начните с единичного квадрата сетки."),
])
def test_a_digits_noun_or_the_unit_adjective_stands_for_the_digit(source: str, target: str) -> None:
    assert agrees(source, target)


def test_a_digits_noun_with_another_value_is_still_reported() -> None:
    assert not agrees("Each step doubles it, so the totals are powers of 2.",
                      "Каждый шаг удваивает её, так что суммы — степени тройки.")


def test_a_digits_noun_translates_no_number_word() -> None:
    """«четвёрок» (groups of four) is not the "four" the digit 4 renders."""
    assert agrees("Count the ways to choose four points, the quadruplets of the set.",
                  "Сосчитайте, сколькими способами можно выбрать 4 точки, четвёрки множества.")


# -- a fraction read aloud -----------------------------------------------------------------------

@pytest.mark.parametrize("target", [
    "Умножьте каждое значение на 1/5 и сложите.",
    "Умножьте каждое значение на одну пятую и сложите.",
    "Умножьте каждое значение на 0,2 и сложите.",
])
def test_a_fraction_as_captions_write_it(target: str) -> None:
    assert agrees("Multiply each value by 1 5th and add them up.", target)


def test_a_fraction_lost_in_translation_is_reported() -> None:
    """«на 1 5» reads as two numbers, which pair with "1 5th" read as two: the fraction is gone."""
    assert not agrees("Multiply each value by 1 5th and add them up.", "Умножьте каждое значение на 1 5 и сложите.")
    assert agrees("Keep 3 8ths of the dough for later.", "Оставьте 3/8 теста на потом.")


def test_counts_of_pupils_are_no_fractions() -> None:
    assert agrees("Only 30 5th graders came.", "Пришли только 30 пятиклассников, 5 класс.")
    assert not compare_texts("Only 3 5th graders came.", "Пришли только 3/5 учеников.", "en", "ru").agrees


# -- a list item cut into its own segment ------------------------------------------------------------

def test_a_marker_opening_a_segment_closes_no_bracket(make_segments) -> None:
    assert opening_marker("2) Вы знаете, как это выводится.") == (0, 2)
    pairs = [("Second, you know how it is derived.", "2) Вы знаете, как это выводится.")]
    assert check(make_segments, pairs, "unpaired") == []


def test_a_bracket_closed_later_in_the_segment_is_still_reported(make_segments) -> None:
    assert opening_marker("Вы знаете 2) как это выводится.") is None
    pairs = [("You know how it is derived.", "Вы знаете, как это выводится 2).")]
    [finding] = check(make_segments, pairs, "unpaired")
    assert ")" in finding.message


# -- a sentence run on across segments -------------------------------------------------------------

def test_a_comma_before_a_segment_that_goes_on_in_a_small_letter_is_the_sentence_run_on(make_segments) -> None:
    pairs = [("He wrote over 500 papers in his life.", "За свою жизнь он написал более 500 статей,"),
             ("And more came out after his death.", "и ещё больше вышло после его смерти.")]
    assert check(make_segments, pairs, "punctuation-end") == []


def test_a_comma_before_a_new_sentence_is_still_reported(make_segments) -> None:
    pairs = [("He wrote over 500 papers in his life.", "За свою жизнь он написал более 500 статей,"),
             ("And more came out after his death.", "Ещё больше вышло после его смерти.")]
    [finding] = check(make_segments, pairs, "punctuation-end")
    assert finding.segment == 1


def test_a_comma_before_a_line_that_is_no_sentence_is_still_reported(make_segments) -> None:
    """The rest of a sentence cut short in the place of a citation: no two sentences were joined."""
    pairs = [("He left, as Zola did after his famous letter.", "Он уехал, как Золя после своего знаменитого письма,"),
             ("“The Worker”, July 12, 1964", "оставив родину навсегда")]
    [finding] = check(make_segments, pairs, "punctuation-end")
    assert finding.segment == 1
