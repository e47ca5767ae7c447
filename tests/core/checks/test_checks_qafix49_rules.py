"""Rules of session 37 (issue 15) for `untranslated-fragment`, read off the misses of every QA
set. Each test is a made-up pair, not a set's own, with the clean shape the rule must spare
beside it."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]]) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=["untranslated-fragment"])


# -- a conjunction between two addresses -----------------------------------------------------------

def test_an_english_or_between_two_addresses_is_reported(make_segments) -> None:
    pairs = [("Write to help@example.org or https://example.org/contact with questions.",
              "Пишите по адресу help@example.org or https://example.org/contact."),
             ("Write to help@example.org or https://example.org/contact with questions.",
              "Пишите по адресу help@example.org или https://example.org/contact.")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [1]
    assert "or" in found[0].message


def test_a_command_that_names_an_address_stays_cited(make_segments) -> None:
    pairs = [("Run git clone https://example.org/repo.git to get it.",
              "Выполните git clone https://example.org/repo.git, чтобы получить его.")]
    assert check(make_segments, pairs) == []


# -- a list of names the translation joins by «и» after a clause -----------------------------------

def test_a_word_listed_after_an_identifier_is_a_name(make_segments) -> None:
    pairs = [("The call takes the options tol, which sets the tolerance, and steps, which bounds the loop.",
              "Вызов принимает параметры tol, который задаёт допуск, и steps, который ограничивает цикл."),
             ("The call takes the options tol, which sets the tolerance, and steps, which bounds the loop.",
              "Вызов принимает параметры, которые задают допуск, и steps, который ограничивает цикл.")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [2]


def test_two_english_words_in_a_list_stay_prose(make_segments) -> None:
    pairs = [("We bought apples, which were cheap, and oranges, which were not.",
              "Мы купили apples, которые были дёшевы, и oranges, которые не были.")]
    [finding] = check(make_segments, pairs)
    assert "oranges" in finding.message and "apples" in finding.message


def test_a_common_adjective_closing_a_list_of_calls_is_still_reported(make_segments) -> None:
    pairs = [("Calls that write (pwrite(2), writev(2), and similar) take the lock.",
              "Вызовы записи (pwrite(2), writev(2), который пишет, и similar) берут блокировку.")]
    [finding] = check(make_segments, pairs)
    assert "similar" in finding.message
