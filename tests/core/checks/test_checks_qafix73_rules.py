"""`url-email` on addresses written without a scheme, `punctuation-end` on a form's code after the
last stop, `capitalisation` on items a conjunction joins (session 43, issue 15): the shapes the
patient-leaflets set showed. Made-up pairs, not the set's own."""

from __future__ import annotations

import time

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.checks.web_hosts import addresses_in


def found(make_segments, check: str, pairs: list[tuple[str, str]]) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check])


@pytest.mark.parametrize(("source", "target", "shown"), [
    ("Visit the society's website at example.org/lungcancer or call us.",
     "Посетите веб-сайт общества по адресу example.org/russian или позвоните нам.", "example.org/russian"),
    ("Read more at health.example.gov/vaccines/flu.", "Подробнее на health.example.gov/vaccines.",
     "health.example.gov/vaccines"),
    ("Write to us at example.de/kontakt.", "Напишите нам на example.de/contact.", "example.de/contact"),
])
def test_a_bare_host_with_another_path_is_another_address(make_segments, source: str, target: str,
                                                          shown: str) -> None:
    [finding] = found(make_segments, "url-email", [(source, target)])
    assert shown in finding.message


def test_a_bare_host_under_a_generic_domain_dropped_is_reported(make_segments) -> None:
    [finding] = found(make_segments, "url-email", [("For answers, visit example.org or call us.",
                                                    "Чтобы получить ответы, позвоните нам.")])
    assert "example.org" in finding.message


def test_a_cyrillic_letter_typed_into_a_bare_host_is_named_as_such(make_segments) -> None:
    [finding] = found(make_segments, "url-email", [("Visit example.org for answers.",
                                                    "Посетите еxample.org, чтобы получить ответы.")])
    assert "Cyrillic" in finding.message and finding.target_spans == ((9, 20),)


@pytest.mark.parametrize(("source", "target"), [
    ("Edit config.py and readme.md, then open index.html.",
     "Измените config.py и readme.md, затем откройте index.html."),
    ("Edit config.py and readme.md, then open index.html.",  # the files named otherwise: no addresses
     "Измените файл настроек и описание, затем откройте страницу."),
    ("Version v1.2, e.g. with ASP.NET or Node.js.", "Версия 1.2, т.е. с ASP.NET или Node.js."),
    ("Run main.sh and unzip data.zip.", "Запустите скрипт и распакуйте архив."),  # .sh, .zip: domains too
    ("Copy src/main.rs to lib/app.py.", "Скопируйте файлы."),  # a path's files
    ("Mail ivan@example.org.", "Пишите ivan@example.org."),
    ("Visit example.org/cancer.", "Посетите example.org/cancer."),
])
def test_file_names_versions_and_names_are_no_addresses(make_segments, source: str, target: str) -> None:
    assert found(make_segments, "url-email", [(source, target)]) == []


@pytest.mark.parametrize(("source", "target"), [
    ("More at www.example.gov/ vaccines-blood-biologics/vaccines.",
     "Подробнее на www.example.gov/vaccines-blood-biologics/vaccines."),
    ("More at www.example. gov/vaccines-blood-biologics/vaccines.",
     "Подробнее на www.example.gov/ vaccines-blood-biologics/vaccines."),
    ("More at example.gov/ vaccines.", "Подробнее на example.gov/vaccines."),
])
def test_an_address_a_space_breaks_is_joined_where_the_parts_make_the_other_s(make_segments, source: str,
                                                                               target: str) -> None:
    assert found(make_segments, "url-email", [(source, target)]) == []


def test_a_broken_address_joined_into_another_is_still_reported(make_segments) -> None:
    [finding] = found(make_segments, "url-email", [("More at www.example.gov/ vaccines.",
                                                    "Подробнее на www.example.gov/flu.")])
    assert "www.example.gov/flu" in finding.message


def test_hostile_runs_read_in_linear_time() -> None:
    start = time.perf_counter()
    for text in ("a" * 50_000, "a." * 25_000, "a-" * 25_000 + ".com", "x." + "a" * 50_000 + ".org/"):
        addresses_in(text)
    assert time.perf_counter() - start < 2


@pytest.mark.parametrize("target", [
    "Позвоните своей команде. No. RUS083510 Rev. 3/25",
    "Позвоните своей команде. CS 2021",
])
def test_a_form_s_code_after_the_last_stop_leaves_the_stop_the_sentence_s(make_segments, target: str) -> None:
    assert found(make_segments, "punctuation-end", [("Call your care team.", target)]) == []


@pytest.mark.parametrize(("source", "target"), [
    ("Call your care team.", "Позвоните своей команде"),
    ("Follow ISO 9001.", "Следуйте стандарту. ISO 9001"),  # the source's own code: its stop is lost
])
def test_a_stop_lost_before_no_code_or_the_source_s_code_is_reported(make_segments, source: str,
                                                                     target: str) -> None:
    [finding] = found(make_segments, "punctuation-end", [(source, target)])
    assert "full stop" in finding.message


@pytest.mark.parametrize("pairs", [
    [("Contact the office:", "Обратитесь в офис:"), ("- Call 1-800-000-0000 or", "- по телефону 1-800-000-0000"),
     ("- Visit the website.", "или - посетите веб-сайт.")],
    [("Contact the office:", "Обратитесь в офис:"), ("-Call 1-800-000-0000 or", "-по телефону 1-800-000-0000 или"),
     ("-Visit the website.", "-посетите веб-сайт.")],
])
def test_an_item_a_conjunction_joins_to_the_one_before_goes_on_in_a_small_letter(make_segments, pairs) -> None:
    assert found(make_segments, "capitalisation", pairs) == []


def test_a_sentence_after_one_that_ends_without_a_conjunction_still_needs_its_capital(make_segments) -> None:
    findings = found(make_segments, "capitalisation", [
        ("Read the leaflet or", "Прочитайте листовку."), ("Visit the website.", "посетите веб-сайт.")])
    assert [f.segment for f in findings] == [2]


@pytest.mark.parametrize(("source", "target"), [
    ("Example.org is not an official site.", "Сайт проекта не является официальным."),  # a capitalised name
    ("Update from updates.example.org; most updates from updates.example.org are in it.",
     "Обновляйтесь с updates.example.org: большинство обновлений уже в нём."),  # named once of twice
    ("Create a profile on AMO.", "Создайте профиль на AMO (addons.example.org)."),  # a name explained
    ('Based on <a href="https://example.org/app">https://example.org/app</a>.',
     'Основано на <a href="https://example.org/app">example.org/app</a>.'),  # a link's text
])
def test_a_site_named_in_the_prose_is_no_address_to_count(make_segments, source: str, target: str) -> None:
    assert found(make_segments, "url-email", [(source, target)]) == []


def test_a_target_that_breaks_an_address_its_source_writes_whole_is_reported(make_segments) -> None:
    [finding] = found(make_segments, "url-email", [("See https://example.org/datasets/oscar for it.",
                                                    "Смотрите https://example.org/ datasets/oscar.")])
    assert "https://example.org/" in finding.message
