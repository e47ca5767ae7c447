"""House rules D17 (a literal the sentence names as code) and D18 (spaces inside marks) of docs/qa.md,
session 45, issue 15: `quote-style` spares a token of code copied with the source's straight marks
that a code noun names, and `whitespace` finds a space inside a quotation's marks or brackets,
between a closing mark and a bracket too. Made-up pairs, not the sets' own."""

from __future__ import annotations

import time

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.checks.code_nouns import code_nouns, named_as_code


def found(make_segments, check: str, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru", checks=[check])


@pytest.mark.parametrize(("source", "target"), [
    ('Pass the "language" argument to the pipeline.', 'Передайте конвейеру аргумент "language".'),
    ('Set the "command" key of the hook.', 'Задайте ключ "command" у хука.'),
    ("Pick the 'small' value for a quick run.", "Для быстрого прогона выберите значение 'small'."),
    ('The "state" column holds "done" or "todo".', 'В столбце "state" стоит одно из значений "done" или "todo".'),
    ('Remove the "max_len" parameter.', 'Уберите параметр конфигурации "max_len".'),
    ('Run "git-lfs" first.', 'Сначала выполните команду "git-lfs".'),
    ('Use the "Enabled" property.', 'Используйте свойство "Enabled".'),  # a capital, still a token of code
    ('The "name" field is required.', 'Поле "name" обязательно.'),
    ('Read the "v2/api" attribute.', 'Прочитайте атрибут "v2/api".'),
    ('Keep the "--fast" flag.', 'Оставьте флаг "--fast".'),
    ('Store it in the "count" variable.', 'Сохраните его в переменную "count".'),
])
def test_a_token_of_code_a_code_noun_names_keeps_the_sources_straight_marks(make_segments, source: str,
                                                                           target: str) -> None:
    assert found(make_segments, "quote-style", source, target) == []


@pytest.mark.parametrize(("source", "target"), [
    ('Press "Save" to keep it.', 'Нажмите кнопку "Save", чтобы сохранить.'),  # a button is no code noun
    ('Set the "language" argument.', 'Задайте аргумент “language”.'),  # the marks changed, not copied
    ('Set the “language” argument.', 'Задайте аргумент "language".'),  # the source's marks are curly
    ('We call it the word "squad" here.', 'Здесь это слово "squad".'),  # a word quoted as a word
    ('Set the "language" argument.', 'Задайте аргумент "язык".'),  # translated: Russian prose in marks
    ('The command. "Squid" is a proxy.', 'Команда. "Squid" — это прокси.'),  # the noun ends another sentence
])
def test_a_label_a_phrase_a_word_or_other_marks_stay_quote_style_errors(make_segments, source: str,
                                                                        target: str) -> None:
    [finding] = found(make_segments, "quote-style", source, target)
    assert finding.check == "quote-style"


def test_every_case_form_of_the_russian_nouns_counts() -> None:
    nouns = code_nouns()
    assert {"аргументу", "значениями", "полей", "ключом", "опциях", "переменной", "столбца", "тегами",
            "arguments", "properties", "values"} <= nouns
    assert not {"кнопка", "слово", "имя", "пол", "переменный"} & nouns
    text = 'Значениями "a" и "b" заданы.'
    assert named_as_code(text, text.index('"b"'), text.index('"b"') + 3)


@pytest.mark.parametrize(("source", "target"), [
    ("See the “Layers” dialog (Ctrl+L).", "Откройте диалог « Слои» (Ctrl+L)."),
    ("Set the width (20 pixels).", "Задайте ширину ( 20 пикселей)."),
    ("Download the “.orig.tar.gz” file).", "Скачайте файл «.orig.tar.gz» )."),
])
def test_a_space_inside_marks_or_brackets_is_whitespace(make_segments, source: str, target: str) -> None:
    [finding] = found(make_segments, "whitespace", source, target)
    assert finding.check == "whitespace"


def test_a_space_the_source_has_there_too_is_its_layout(make_segments) -> None:
    assert found(make_segments, "whitespace", "Download the “.orig.tar.gz” ).", "Скачайте «.orig.tar.gz» ).") == []


def test_hostile_runs_of_quotes_and_spaces_read_in_linear_time(make_segments) -> None:
    start = time.perf_counter()
    for text in ('аргумент "x" ' * 10_000, "»" + " " * 50_000 + ")", "» )" * 20_000, "«" + " " * 50_000):
        run_checks(make_segments([('The "x" argument ' * 100, text)]), source_lang="en", target_lang="ru",
                   checks=["quote-style", "whitespace"])
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(("source", "target"), [
    ('Then press "E" to extrude.', 'Затем нажимаем "E", чтобы выдавить.'),
    ("Hold the 'w' key to dig.", "Удерживайте клавишу 'w', чтобы копать."),
    ('The name has one "l" only.', 'В имени только одна буква "l".'),
])
def test_a_key_or_a_letter_the_prose_presses_or_names_is_quoted_in_guillemets(make_segments, source: str,
                                                                              target: str) -> None:
    [finding] = found(make_segments, "quote-style", source, target)
    assert finding.check == "quote-style"


def test_a_lone_straight_mark_opening_russian_words_where_the_source_quotes_is_a_quotation_mark(
        make_segments) -> None:
    [finding] = found(make_segments, "quote-style", '"Antonio has complained about it."',
                      '"Антонио жаловался на это.')
    assert finding.check == "quote-style"
    assert found(make_segments, "quote-style", "We can be sure it was said.", "Можно быть уверенным, что это сказано\".") == []
