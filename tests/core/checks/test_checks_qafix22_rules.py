"""The list-item convention as a project setting, and rules read off the dev sets' leftovers
(session 25, issue 15): each test is a made-up pair, not the sets' own, for a general cause."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.checks import Finding, run_checks
from workbench.core.checks.config import ChecksConfig
from workbench.errors import InputError

LIST = [
    ("This guide shows how to:", "Из этого руководства вы узнаете, как:"),
    ("- Install the server on Debian", "- установить сервер на Debian;"),
    ("- Configure the firewall", "- настроить межсетевой экран;"),
    ("- Back up the database", "- сделать резервную копию базы данных."),
]
"""A list run into its lead-in's sentence, written by the Russian rule (Мильчин): small letters,
«;» after each item, a stop after the last."""


def check(segments, check_id: str, list_items: str | None = None) -> list[Finding]:
    config = ChecksConfig.from_mapping({"list_items": list_items} if list_items else {})
    return run_checks(segments, source_lang="en", target_lang="ru", config=config, checks=[check_id])


@pytest.mark.parametrize("check_id", ["capitalisation", "punctuation-end"])
def test_a_list_run_into_its_lead_in_is_spared_by_default(make_segments, check_id: str) -> None:
    assert check(make_segments(LIST), check_id) == []


def test_the_source_convention_keeps_the_sources_capitals_and_says_so(make_segments) -> None:
    findings = check(make_segments(LIST), "capitalisation", "source")
    assert [f.segment for f in findings] == [2, 3, 4]
    assert all('list_items = "source"' in f.message for f in findings)


def test_the_source_convention_keeps_the_sources_end_marks_and_says_so(make_segments) -> None:
    findings = check(make_segments(LIST), "punctuation-end", "source")
    assert [f.segment for f in findings] == [2, 3, 4]  # the last item's stop too (session 37, house rule D2)
    assert 'list_items = "source"' in findings[0].message and "a semicolon" in findings[0].message


def test_an_item_ending_with_a_comma_by_the_russian_rule_is_spared(make_segments) -> None:
    """Only this item ends with «,»: no neighbour ends the same way."""
    pairs = [("The chapter covers:", "В главе рассмотрены:"),
             ("- _Modules_, a way to split code", "- *Модули* — способ разделить код,"),
             ("- Crates and packages", "- Крейты и пакеты")]
    assert check(make_segments(pairs), "punctuation-end") == []
    assert len(check(make_segments(pairs), "punctuation-end", "source")) == 1


def test_a_russian_item_flagged_names_the_russian_convention(make_segments) -> None:
    """An item of two sentences begun in a small letter: Russian starts such an item with a capital."""
    pairs = [("You can:", "Вы можете:"),
             ("- Open the file. It is read again.", "- открыть файл. Он будет прочитан заново.")]
    [finding] = check(make_segments(pairs), "capitalisation")
    assert 'list_items = "russian"' in finding.message


def test_a_sentence_going_on_after_a_colon_is_spared_by_either_convention(make_segments) -> None:
    pairs = [("Run the following:", "Выполните следующее:"),
             ("Where host is the name of the server.", "где host — имя сервера.")]
    assert check(make_segments(pairs), "capitalisation", "source") == []


@pytest.mark.parametrize("value", ["sorce", 1, ""])
def test_a_bad_convention_is_refused_in_one_line(value) -> None:
    with pytest.raises(InputError, match=r"\[checks\] list_items must be one of russian, source"):
        ChecksConfig.from_mapping({"list_items": value})


def test_status_shows_the_convention_and_refuses_a_bad_one(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = tmp_path / "proj"
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    shown = runner.invoke(main, ["status", str(folder)])
    assert "list items: the russian convention" in shown.output
    toml = folder / "project.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[checks]\nlist_items = "source"\n', encoding="utf-8")
    data = json.loads(runner.invoke(main, ["status", str(folder), "--format", "json"]).output)
    assert data["list_items"] == "source"
    toml.write_text(toml.read_text(encoding="utf-8").replace('"source"', '"sauce"'), encoding="utf-8")
    for command in (["status", str(folder)], ["check", str(folder)]):
        refused = runner.invoke(main, command)
        assert refused.exit_code == 2
        assert refused.stderr.strip().splitlines() == [
            "workbench: error: project.toml: [checks] list_items must be one of russian, source, not 'sauce'"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("- Read the [guide](https://example.org/guide)<!-- ignore -->.",
         "- Прочитайте [руководство](https://example.org/guide)<!-- -->"),
        ("See the [manual](https://example.org/)<!-- ignore -->.", "См. [руководство](https://example.org/)"),
    ],
)
def test_a_stop_after_an_html_comment_is_the_sentences(make_segments, source: str, target: str) -> None:
    [finding] = check(make_segments([(source, target)]), "punctuation-end")
    assert "a full stop" in finding.message


def test_a_comment_alone_changes_nothing(make_segments) -> None:
    pair = ("Read the [guide](https://example.org/)<!-- ignore -->.",
            "Прочитайте [руководство](https://example.org/)<!-- -->.")
    assert check(make_segments([pair]), "punctuation-end") == []


@pytest.mark.parametrize("source", ["Split the value into parts and build a new one. e.g.",
                                    "Some options change the output, i.e."])
def test_a_colon_for_an_abbreviation_that_leads_in_is_fine(make_segments, source: str) -> None:
    pair = (source, "Разбейте значение на части и соберите из них новое, например:")
    assert check(make_segments([pair]), "punctuation-end") == []


def test_a_space_inside_a_bracket_around_inline_code_is_found(make_segments) -> None:
    pair = ("Errors go to the error stream (`stderr`) instead.", "Ошибки выводятся в поток ошибок ( `stderr` ).")
    [finding] = check(make_segments([pair]), "whitespace")
    assert "“(”" in finding.message


def test_code_the_source_spaces_inside_its_bracket_is_left_alone(make_segments) -> None:
    pair = ("Call it as f( `x` ) here.", "Вызовите её как f( `x` ).")
    assert check(make_segments([pair]), "whitespace") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("A new release ships every three years or so.", "Новый выпуск выходит каждые два или три года."),
        ("The meeting lasts two or three hours.", "Встреча длится три часа."),
        ("It takes three days.", "Это займёт два-три дня."),
    ],
)
def test_a_count_word_turned_into_an_alternative_is_reported(make_segments, source: str, target: str) -> None:
    [finding] = check(make_segments([(source, target)]), "number-mismatch")
    assert "два" in finding.message or "two" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The two countries signed three treaties.", "Обе страны подписали три договора."),
        ("It takes two or three days.", "Это займёт два или три дня."),
        ("It takes two or three days.", "Это займёт два-три дня."),
    ],
)
def test_count_words_said_alike_are_left_alone(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "number-mismatch") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The value is stored in the variable.",
         "Значение хранится в [переменной](https://en.wikipedia.org/wiki/Variable_%28computer_science%29)."),
        ("Read it online at [https://example.org/book/](https://example.org/book/).",
         "Книга доступна по адресам [https://example.org/book/](https://example.org/book/) и "
         "[https://example.ru/book](https://example.ru/book) (перевод)."),
        ("The [`Vec`][vec] page lists every method.",
         '<a href="https://example.org/std/vec.html">Страница `Vec`</a> перечисляет все методы.'),
    ],
)
def test_a_link_the_translator_adds_keeping_every_address_is_left_alone(make_segments, source, target) -> None:
    assert check(make_segments([(source, target)]), "url-email") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Write to the list for help.", "Пишите за помощью на list@example.org."),
        ("See [the guide](https://example.org/guide).", "См. [руководство](https://example.org/guide-old)."),
    ],
)
def test_an_address_typed_in_or_one_for_a_lost_one_is_still_reported(make_segments, source, target) -> None:
    assert len(check(make_segments([(source, target)]), "url-email")) == 1


def test_code_with_a_space_before_its_closing_mark_is_still_code(make_segments) -> None:
    pair = ("Rewrite the match below to use `if let`:", "Перепишите сопоставление ниже через `if let `:")
    assert check(make_segments([pair]), "untranslated-fragment") == []
    assert len(check(make_segments([pair]), "whitespace")) == 1


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("We will write our own `grep` (**g**lobally search a **r**egular **e**xpression and **p**rint).",
         "Мы напишем свой `grep` (**g**lobally search a **r**egular **e**xpression and **p**rint)."),
        ("Our grep tool (**g**lobally search a **r**egular **e**xpression and **p**rint) reads files.",
         "Наша утилита grep (**g**lobally search a **r**egular **e**xpression and **p**rint) читает файлы."),
    ],
)
def test_a_names_spelling_out_copied_in_brackets_is_no_english_left(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "untranslated-fragment") == []


def test_a_spelling_out_of_no_name_the_translation_keeps_is_still_reported(make_segments) -> None:
    pair = ("We will write our own `grep` (**g**lobally search a **r**egular **e**xpression and **p**rint).",
            "Мы напишем свою утилиту (**g**lobally search a **r**egular **e**xpression and **p**rint).")
    assert len(check(make_segments([pair]), "untranslated-fragment")) == 1


def test_a_badge_the_translation_opens_with_is_markup(make_segments) -> None:
    source = "Welcome to the guide! It shows you how to start."
    badge = "[![translated](https://example.org/ru/badge.svg)](https://example.org/ru)<br/><br/>"
    assert check(make_segments([(source, badge + "Добро пожаловать! Здесь показано, как начать.")]),
                 "capitalisation") == []
    assert len(check(make_segments([(source, badge + "добро пожаловать! Здесь показано, как начать.")]),
                     "capitalisation")) == 1


def test_a_message_opened_by_a_name_in_capitals_may_start_in_a_small_letter(make_segments) -> None:
    pair = ("RSA key too short, using %s instead", "ключ RSA слишком короткий, используется %s")
    assert check(make_segments([pair]), "capitalisation") == []
    sentence = ("RSA keys are too short here.", "ключи RSA здесь слишком короткие.")
    assert len(check(make_segments([sentence]), "capitalisation")) == 1


def test_the_source_convention_reads_a_list_in_small_letters_with_no_lead_in_mark(make_segments) -> None:
    pairs = [("A read-only key is useful for", "Ключ только для чтения полезен с точки зрения"),
             ("Auditing incoming payments", "проверки входящих платежей"),
             ("Watching a donation address", "наблюдения за адресом для пожертвований")]
    assert check(make_segments(pairs), "capitalisation") == []
    findings = check(make_segments(pairs), "capitalisation", "source")
    assert [f.segment for f in findings] == [2, 3]
    assert all('list_items = "source"' in f.message for f in findings)
