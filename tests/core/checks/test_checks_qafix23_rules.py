"""`number-mismatch` and `url-email` rules read off the frozen QA sets' false alarms (session 26,
issue 15): each test is a made-up pair, not the sets' own, for a general cause, with the slip
the rule must still report beside it."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.number_reader import compare_texts


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def messages(make_segments, source: str, target: str, check_id: str = "number-mismatch") -> list[str]:
    return [f.message for f in check(make_segments, [(source, target)], check_id)]


# -- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["Plug in 3rd party modules.", "A 1st class ticket.", "He sold his 2nd hand car."])
def test_an_open_ordinal_compound_is_rendered_by_its_sense(source: str) -> None:
    assert compare_texts(source, "Подключите сторонние модули.", "en", "ru").agrees


def test_an_ordinal_before_another_noun_still_counts() -> None:
    assert not compare_texts("Read the 3rd chapter.", "Прочтите главу.", "en", "ru").agrees


def test_manual_page_sections_name_pages(make_segments) -> None:
    """A "SEE ALSO" list left out, or its pages named without their sections, counts nothing."""
    assert messages(make_segments, "See chcon(1), restorecon(8).", "Автор: Иван Петров.") == []


@pytest.mark.parametrize(("target", "said"), [("См. ls(8).", "1 ≠ 8"), ("См. страницу ls().", "“1”")])
def test_a_manual_page_given_another_section_is_reported(make_segments, target: str, said: str) -> None:
    found = messages(make_segments, "See ls(1).", target)
    assert len(found) == 1 and said in found[0]


def test_a_name_with_its_number_after_it_counts_nothing() -> None:
    """A law by its number, «152-ФЗ», stands where the source names its own law ("APP-11")."""
    assert compare_texts("Laws such as APP-11 or GDPR apply.", "Применяются законы, такие как 152-ФЗ или GDPR.",
                         "en", "ru").agrees
    assert not compare_texts("On 5 January.", "До 6-го января.", "en", "ru").agrees


def test_a_name_said_again_is_no_number_lost(make_segments) -> None:
    source = "The Top 10 is ranked by risk. Each new Top 10 release changes the Top 10."
    assert messages(make_segments, source, "Список Топ-10 ранжирован по риску и обновляется с каждым выпуском.") == []


def test_a_name_given_another_number_is_still_reported(make_segments) -> None:
    found = messages(make_segments, "The Top 10 is ranked. Each Top 10 release adds more.",
                     "Список Топ-20 ранжирован. Каждый выпуск добавляет новое.")
    assert len(found) == 1 and "“10”" in found[0]


def test_a_number_word_copied_in_a_name_stays_with_the_name() -> None:
    source = "It allows the Billion Laughs attack."
    assert compare_texts(source, "Это допускает атаку миллиона сущностей (Billion Laughs).", "en", "ru").agrees
    assert not compare_texts("It has three parts.", "В ней четыре части.", "en", "ru").agrees


def test_a_number_turned_into_a_links_address_is_kept(make_segments) -> None:
    source = "For details, refer to RFC 2616 section 5.1."
    target = "Подробнее см. [раздел 5.1](https://www.rfc-editor.org/rfc/rfc2616/2616.txt)."
    assert messages(make_segments, source, target) == []


def test_a_number_changed_beside_an_address_holding_it_is_still_reported(make_segments) -> None:
    found = messages(make_segments, "See page 13 at https://example.org/a/13.", "См. страницу 12 на https://example.org/a/13.")
    assert found == ["13 ≠ 12: the source has “13”, the target “12”."]


def test_code_naming_a_function_left_out_with_its_clause(make_segments) -> None:
    source = "Keep even numbers. We use the `Integer.is_even/1` function to check it."
    assert messages(make_segments, source, "Оставим только чётные числа.") == []


@pytest.mark.parametrize(("source", "target"), [
    ("It repeats the template, based on a range of `1...n`.", "Шаблон повторяется."),
    ("Use `Enum.map/2` here.", "Используйте здесь `Enum.map/3`."),
])
def test_code_with_a_value_or_other_digits_is_still_compared(make_segments, source: str, target: str) -> None:
    assert len(messages(make_segments, source, target)) == 1


def test_an_ordinal_word_does_not_take_a_cardinal_words_place() -> None:
    """«трёх» renders the digit 3; "third" (an interval) is rendered by a word with no number."""
    source = "Count to 3 (C D E) and the name is third."
    assert compare_texts(source, "Считаем до трех (C D E), и название интервала — терция.", "en", "ru").agrees
    assert not compare_texts("The very first process is Process #1 alone.", "Первый процесс — Процесс #очень.",
                             "en", "ru").agrees


def test_one_as_a_noun_stands_in_for_the_digit() -> None:
    assert compare_texts("Returns the 1-based index.", "Возвращает индекс, который начинается с единицы.", "en", "ru").agrees


@pytest.mark.parametrize(("source", "target"), [("Table 17.8. Greedy quantifiers", "Таблица 16.8. Жадные кванторы"),
                                                ("Figure 22.1. Setup", "Рисунок 20.1. Настройка")])
def test_a_caption_in_a_chapter_numbered_otherwise(make_segments, source: str, target: str) -> None:
    """The eighth table of its chapter, in a translation whose chapters are numbered otherwise."""
    assert messages(make_segments, source, target) == []


@pytest.mark.parametrize(("source", "target"), [("Table 17.8. Greedy quantifiers", "Таблица 17.9. Жадные кванторы"),
                                                ("17.8. Greedy quantifiers", "16.8. Жадные кванторы")])
def test_another_table_or_a_bare_section_number_is_still_reported(make_segments, source: str, target: str) -> None:
    assert len(messages(make_segments, source, target)) == 1


def test_a_range_from_nothing_to_all_said_as_the_whole_way() -> None:
    source = "There are 6 pictures that show the stages from 0% to 100%."
    assert compare_texts(source, "6 картинок показывают весь процесс, от начала до конца.", "en", "ru").agrees
    assert not compare_texts("It shows the stages from 0% to 50%.", "Показан весь процесс.", "en", "ru").agrees


# -- addresses ------------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "target"), [
    ("See [the docs](https://erlang.org/doc/man/ets.html#update_counter/3).",
     "См. [документацию](https://erlang.org/doc/man/ets.html#update_counter-3)."),
    ("Follow [the practices](https://www.w3.org/WAI/ARIA/apg/#dialog_modal).",
     "Следуйте [рекомендациям](https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal)."),
    ("Join [/r/MoneroMining](https://www.reddit.com/r/MoneroMining/).",
     "Присоединяйтесь к [/r/MoneroSupport](https://www.reddit.com/r/MoneroSupport/)."),
    ("Use it as http://[user@]proxy.example:port/ here.", "Формат: http://[пользователь[:пароль]@]прокси.пример:порт/."),
])
def test_a_link_pointed_elsewhere_on_its_site_is_no_slip(make_segments, source: str, target: str) -> None:
    assert messages(make_segments, source, target, "url-email") == []


@pytest.mark.parametrize(("source", "target"), [
    ("See https://wiki.debian.org/Teams now.", "См. https://wiki.debian.org/Taems сейчас."),
    ("See https://example.org/ch05s01#boot now.", "См. https://example.org/ch05s01.#boot сейчас."),
    ("See https://example.org/datasets/oscar now.", "См. https://example.org/ datasets/oscar сейчас."),
    ("See https://example.org/manual now.", "См. http://example.org/manual сейчас."),
])
def test_a_slip_on_the_same_site_is_still_reported(make_segments, source: str, target: str) -> None:
    assert len(messages(make_segments, source, target, "url-email")) == 1


def test_the_authors_address_in_a_translations_credits(make_segments) -> None:
    target = ("Эта страница написана Иваном Петровым <ivan@example.org>. Перевод на русский язык выполнила "
              "Анна Смирнова <anna@example.net>.")
    assert messages(make_segments, "See also chcon(1).", target, "url-email") == []
    assert len(messages(make_segments, "See also chcon(1).", "Пишите Ивану <ivan@example.org>.", "url-email")) == 1
    other = "Страницу написал Иван <ivan@example.org>. Перевод сделан в 2020 году."  # no translator's address
    assert len(messages(make_segments, "See also chcon(1).", other, "url-email")) == 1
