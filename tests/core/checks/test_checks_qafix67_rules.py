"""`spacing` and `url-email` on held-out sets' shapes (session 41, issue 15): a bullet glued to its
item, a slash spaced on one side, a name's two words run together, long words run together, «с»
run into the noun before it, an address shown without its scheme, a letter typed onto an address.
Made-up pairs, not a set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def found(make_segments, check: str, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru", checks=[check])


@pytest.mark.parametrize(("source", "target"), [
    ("• Fix crashes on start", "•Исправлены сбои при запуске"),
    ("Changes:<br>- Support for tablets", "Изменения:<br>-Поддержка планшетов"),
    ("* Add a dark theme\n* Fix sync", "* Добавлена тёмная тема\n*Исправлена синхронизация"),
])
def test_a_bullet_glued_to_its_item_where_the_source_spaces_it_is_a_lost_space(make_segments, source: str,
                                                                              target: str) -> None:
    [finding] = found(make_segments, "spacing", source, target)
    assert "bullet" in finding.message


@pytest.mark.parametrize(("source", "target"), [
    ("-v prints more", "-v выводит больше"),  # an option, the source's own
    ("*Note* the limits", "*Обратите внимание* на ограничения"),  # emphasis, no bullet in the source
    ("- item", "- пункт"),
])
def test_a_marker_the_source_does_not_space_as_a_bullet_is_left_alone(make_segments, source: str,
                                                                      target: str) -> None:
    assert found(make_segments, "spacing", source, target) == []


def test_a_slash_spaced_on_one_side_where_the_source_spaces_both_is_a_lost_space(make_segments) -> None:
    [finding] = found(make_segments, "spacing", "Unlock with fingerprint / face / PIN.",
                      "Разблокировка по отпечатку пальца /лицу / PIN-коду.")
    assert "slash" in finding.message


@pytest.mark.parametrize(("source", "target"), [
    ("Copy it to /usr/bin / the home folder.", "Скопируйте его в /usr/bin / домашний каталог."),  # a path
    ("Unlock with fingerprint/face.", "Разблокировка по отпечатку пальца /лицу."),  # the source spaces no slash
])
def test_a_path_or_a_source_without_spaced_slashes_is_left_alone(make_segments, source: str, target: str) -> None:
    assert found(make_segments, "spacing", source, target) == []


def test_a_name_s_two_words_run_together_where_the_source_spaces_them_is_a_join(make_segments) -> None:
    [finding] = found(make_segments, "spacing", "Dark, Light and Material You themes",
                      "Темы: тёмная, светлая и MaterialYou")
    assert "Material" in finding.message and "You" in finding.message


def test_a_name_the_source_writes_as_one_word_is_kept(make_segments) -> None:
    assert found(make_segments, "spacing", "Written in JavaScript for Red Hat.",
                 "Написано на JavaScript для Red Hat.") == []


@pytest.mark.parametrize("target", [
    "Порядок задаётся по количествуштрихов после имени.",  # «штрихов» too rare for the common-word reading
    "Интервал между дополнительнымиповторениями напоминания.",
    "Добавленасворачивающуюся панель инструментов;",  # capitalised, a predicate first: no name
])
def test_long_words_run_together_are_a_join(make_segments, target: str) -> None:
    [finding] = found(make_segments, "spacing", "The order is the count of primes after the name.", target)
    assert "no space between" in finding.message


@pytest.mark.parametrize("target", [
    "Это жестколинейный процесс.",  # a stem in «-о» opens a compound
    "Это коронавирусная инфекция.",  # a noun in the nominative opens one
    "Двенадцатикратное увеличение.",
    "Суперпользователем может быть только root.",  # a prefix before a dictionary word
    "Ценевский проспект.",  # a capitalised name
])
def test_compounds_and_names_are_not_joins(make_segments, target: str) -> None:
    assert found(make_segments, "spacing", "It is a process.", target) == []


@pytest.mark.parametrize("target", [
    "Возвращаемся на вкладкус графиком.",
    "Панель командс общими кнопками.",
])
def test_with_run_into_the_noun_before_an_instrumental_is_a_join(make_segments, target: str) -> None:
    [finding] = found(make_segments, "spacing", "Back to the tab with the graph.", target)
    assert "“с”" in finding.message


def test_a_noun_with_s_before_another_case_is_left_alone(make_segments) -> None:
    assert found(make_segments, "spacing", "We use instant grits.", "Мы используем гритс быстрого приготовления.") == []


def test_an_address_shown_without_its_scheme_in_its_link_is_the_same_address(make_segments) -> None:
    source = 'It is based on <a href="https://github.com/a/demo">https://github.com/a/demo</a>.'
    target = 'Он основан на <a href="https://github.com/a/demo">github.com/a/demo</a>.'
    assert found(make_segments, "url-email", source, target) == []


def test_an_address_dropped_from_the_link_s_text_for_another_is_still_reported(make_segments) -> None:
    source = 'It is based on <a href="https://github.com/a/demo">https://github.com/a/demo</a>.'
    target = 'Он основан на <a href="https://github.com/a/demo">github.com/a/demo2</a>.'
    [finding] = found(make_segments, "url-email", source, target)
    assert "https://github.com/a/demo" in finding.message


def test_a_cyrillic_letter_typed_onto_an_address_is_a_changed_address(make_segments) -> None:
    [finding] = found(make_segments, "url-email", "Join us on Telegram: https://t.me/Fossify",
                      "Присоединяйтесь в Telegram: https://t.me/Fossifyр")
    assert "Fossifyр" in finding.message


def test_a_translated_placeholder_in_an_address_is_still_excused(make_segments) -> None:
    assert found(make_segments, "url-email", "Open https://example.org/~your-user-id/ now.",
                 "Откройте https://example.org/~ваш-идентификатор/ сейчас.") == []


def test_a_name_with_a_capital_inside_that_the_translation_copies_excuses_no_join(make_segments) -> None:
    [finding] = found(make_segments, "spacing", "In KTextEditor, open the Text Styles tab.",
                      "В KTextEditor откройте вкладкуСтили текста.")
    assert "“вкладку”" in finding.message


def test_fields_the_source_runs_together_excuse_the_translation_s(make_segments) -> None:
    assert found(make_segments, "spacing", "Brightness ThresholdFill", "Яркость изображенияЗаливка") == []


@pytest.mark.parametrize(("source", "target"), [
    # Once reported (session 9) by the GIMP set's labels; house rule D13's proposal (session 41)
    # makes the source's layout copied no error, as the other sets label it.
    ("Size : the size of the brush is increased.", "Размер : размер кисти увеличен."),
    ("Offset = 0.980 : the limit is shifted.", "Смещение = 0.980 : граница смещена."),
])
def test_a_space_before_a_mark_copied_from_the_source_is_its_layout_kept(make_segments, source: str,
                                                                         target: str) -> None:
    assert found(make_segments, "whitespace", source, target) == []


def test_a_space_before_a_mark_the_source_does_not_have_stays_a_slip(make_segments) -> None:
    [finding] = found(make_segments, "whitespace", "Size: the size of the brush is increased.",
                      "Размер : размер кисти увеличен.")
    assert "“:”" in finding.message
