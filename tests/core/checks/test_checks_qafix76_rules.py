"""`url-email` on hosts under a country's suffix of two labels, Cyrillic and punycode domains, and
`quote-style` on single marks that are letters or name a sign (session 44, issue 15). Made-up pairs,
not the sets' own."""

from __future__ import annotations

import time

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.checks.web_hosts import addresses_in


def found(make_segments, check: str, pairs: list[tuple[str, str]]) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check])


@pytest.mark.parametrize(("source", "target", "shown"), [
    ("The story ran on example.co.uk yesterday.", "Вчера статья вышла на example.com.", "example.co.uk"),
    ("Data from example.gov.kz and example.com.au.", "Данные с example.gov.kz.", "example.com.au"),
    ("The ministry's site is пример.рф.", "Сайт министерства — пример.рус.", "пример.рф"),
    ("See Пример.рф for forms.", "Бланки — на сайте министерства.", "пример.рф"),
    ("See xn--e1afmkfd.xn--p1ai for forms.", "Бланки — на сайте министерства.", "xn--e1afmkfd.xn--p1ai"),
])
def test_a_country_or_cyrillic_host_without_a_path_changed_or_dropped_is_reported(make_segments, source: str,
                                                                                  target: str, shown: str) -> None:
    [finding] = found(make_segments, "url-email", [(source, target)])
    assert shown in finding.message.casefold()


@pytest.mark.parametrize(("source", "target"), [
    ("Edit setup.py, then unpack data.tar.gz (co.uk is a suffix).",
     "Измените setup.py, затем распакуйте data.tar.gz (co.uk — это суффикс)."),
    ("Edit setup.py and readme.md.", "Измените файл настроек и описание."),  # .py, .md: countries' domains too
    ("It costs 5 thousand roubles, i.e. a lot.", "Это стоит 5 тыс.руб., т.е. много."),
    ("The school.children are out.", "Дети из школы.дети гуляют."),  # «дети» is a domain, «школы.дети» no host
    ("Read example.co.uk and пример.рф.", "Читайте example.co.uk и пример.рф."),
])
def test_files_abbreviations_and_copied_hosts_are_no_difference(make_segments, source: str, target: str) -> None:
    assert found(make_segments, "url-email", [(source, target)]) == []


def test_the_new_domains_are_read_where_the_suffix_list_has_them() -> None:
    assert [m.group() for m in addresses_in("guardian.co.uk, минздрав.рф, xn--80aswg.xn--p1ai")] == [
        "guardian.co.uk", "минздрав.рф", "xn--80aswg.xn--p1ai"]
    assert addresses_in("co.uk, т.д., тыс.руб., archive.tar.gz, Node.js, v1.2.3, рф") == ()


def test_hostile_cyrillic_runs_read_in_linear_time() -> None:
    start = time.perf_counter()
    for text in ("а" * 50_000, "аб." * 25_000, "а-" * 25_000 + ".рф", "х." + "а" * 50_000 + ".рф/", "xn--" * 20_000):
        addresses_in(text)
    assert time.perf_counter() - start < 2


@pytest.mark.parametrize(("source", "target"), [
    ("Velt Kik, _Ko E Ngaahi fetu'u 'o, Stars over Tonga_, 1990 'Atenisi University",
     "Вельт Кик, _Ko E Ngaahi fetu'u 'o, Stars over Tonga_, 1990' Университет Атениси"),  # letters, not marks
    ("The character '%' is not encoded.", "Так, символ '%' не кодируется."),  # a sign named on its own
    ("Only the 'RANDOM' and 'FRACTAL' generators.", "Только генераторы 'RANDOM' и 'FRACTAL'."),  # settings' values
])
def test_single_marks_that_are_letters_signs_or_values_are_spared(make_segments, source: str, target: str) -> None:
    assert found(make_segments, "quote-style", [(source, target)]) == []
