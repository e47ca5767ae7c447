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
