"""Rules read off the dev-kde-mate and dev-kde-apps sets' findings (session 14), each tested on
pairs written like the real ones, both ways: the slip still reported, the translator's choice not.

A space before a bracket that ends a sentence; a list's spaced colon or semicolon kept where the
source has it; an axis named by its letter; a compound that begins like «много»; a menu item's
«...»; a lead-in's list folded into the sentence; code's empty strings and primes; a class name
from code; a tab or window's label left in English.
"""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.number_reader import NumberReader, compare

EN = NumberReader("en")
RU = NumberReader("ru", partner="en")


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def test_a_space_before_a_bracket_that_ends_the_sentence_is_reported(make_segments) -> None:
    [finding] = check(make_segments, [("It plays over a network (see NEWS for details).",
                                       "Игра идёт по сети (подробнее: NEWS ).")], "whitespace")
    assert "a space before “)”" in finding.message
    assert check(make_segments, [("Call it as g( y ).", "Вызовите её как g( y ).")], "whitespace") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("pageUpLine : move up one page of the history", "pageUpLine : перейти на страницу вверх"),
        ("board.svg : the board and its pieces.", "board.svg : доска и её фигуры."),
        ("show or hide the hints in tooltips ;", "показать или скрыть подсказки ;"),
    ],
)
def test_a_lists_spaced_colon_kept_from_the_source_is_not_reported(make_segments, source: str, target: str) -> None:
    assert check(make_segments, [(source, target)], "whitespace") == []
    [finding] = check(make_segments, [("Width: the width of the page.", "Ширина : ширина страницы.")],
                      "whitespace")  # a space the source does not have (house rule D13's proposal, session 41)
    assert "a space before “:”" in finding.message


def test_an_axis_named_by_its_letter_is_no_roman_numeral() -> None:
    source = "Sets the step of the grid. See “Horizontal axis Step” above."
    assert compare(source, "Задаёт шаг сетки. Смотрите «Шаг по оси X» выше.", EN, RU).agrees
    assert not compare("See chapter 9 above.", "Смотрите главу X выше.", EN, RU).agrees


def test_a_compound_beginning_like_an_indefinite_numeral_makes_no_count_vague() -> None:
    source = "Use it for a multiline comment, opened by double clicking on its icon."
    assert compare(source, "Используется для многострочного комментария, который открывается двойным щелчком.",
                   EN, RU).agrees
    assert not compare("The alarm goes off nine minutes later.", "Будильник звонит через несколько минут.",
                       EN, RU).agrees


def test_a_menu_item_gaining_an_ellipsis_in_a_menu_path_is_not_reported(make_segments) -> None:
    assert check(make_segments, [("Tools → Export → Export as CSV", "Сервис → Экспорт → Экспорт в CSV...")],
                 "punctuation-end") == []
    [finding] = check(make_segments, [("Export as CSV", "Экспорт в CSV...")], "punctuation-end")
    assert "ellipsis" in finding.message


def test_a_lead_in_whose_list_is_folded_into_the_sentence_may_end_with_a_stop(make_segments) -> None:
    source = "The Tools button opens two more buttons, which give access to the Statistics and Options dialogs:"
    assert check(make_segments, [(source, "Кнопка Сервис открывает ещё две кнопки: Статистика и Параметры.")],
                 "punctuation-end") == []
    [finding] = check(make_segments, [(source, "Кнопка Сервис открывает ещё две кнопки.")], "punctuation-end")
    assert "colon" in finding.message


def test_code_empty_strings_and_primes_copied_from_the_source_are_no_quotes(make_segments) -> None:
    pairs = [
        ('Run dbus-send /calc org.calc.Add "a+b" "" to add it; the result is printed.',
         'Выполните dbus-send /calc org.calc.Add "a+b" "" для добавления; результат будет выведен.'),
        ("Write the second derivative as g'' or g''(t), and the first as g'.",
         "Вторая производная записывается как g'' или g''(t), а первая — как g'."),
    ]
    assert check(make_segments, pairs, "quote-style") == []
    [finding] = check(make_segments, [('Press "Apply" to keep "" as it is.',
                                       'Нажмите "Применить", чтобы оставить пустую строку.')], "quote-style")
    assert "Straight" in finding.message


def test_a_class_name_from_the_sources_code_is_no_label_left_in_english(make_segments) -> None:
    source = ("Return a Circle object. Both arguments are Circle objects too, and Circle.radius() "
              "gives their radius.")
    target = "Верните окружность (типа Circle, как и оба аргумента). Функция Circle.radius() возвращает её радиус."
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []
    [finding] = check(make_segments, [("Return a Circle object. Both arguments are Circle objects too.",
                                       "Верните объект Окружность (типа Circle, как и оба аргумента).")],
                      "untranslated-fragment")  # no code names it: a label the translator kept once of twice
    assert "Circle" in finding.message


def test_a_tab_named_in_english_after_its_russian_kind_is_reported(make_segments) -> None:
    [finding] = check(make_segments, [("Turn it off on the Keyboard tab of the settings dialog.",
                                       "Отключите его во вкладке Keyboard диалога параметров.")],
                      "untranslated-fragment")
    assert "Keyboard" in finding.message
    assert check(make_segments, [("Turn it off on the Keyboard tab of the settings dialog.",
                                  "Отключите его во вкладке «Клавиатура» диалога параметров.")],
                 "untranslated-fragment") == []
