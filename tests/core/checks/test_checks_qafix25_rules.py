"""`number-mismatch`, `url-email` and `term-forbidden` rules of session 27 (issue 15), read off the
frozen QA sets' false alarms and the term message's grammar: each test is a made-up pair, not the
sets' own, with the slip the rule must still report beside it."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest

import workbench
from workbench.core.checks import Finding, run_checks
from workbench.core.number_reader import compare_texts


def check(make_segments, pairs: list[tuple[str, str]], check_id: str, enforcer=None) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", enforcer=enforcer,
                      checks=[check_id])


RUSSIAN = gettext.translation("workbench", Path(workbench.__file__).parent / "locale", languages=["ru"])


# -- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["A third party may approve it when the other parties disagree.",
                                    "A third-party tool settles it between the other parties."])
def test_a_third_party_is_no_count_of_three(source: str) -> None:
    """«двух других сторон» spends the count on the others: "third" names an outsider."""
    assert compare_texts(source, "Сторонняя организация решит спор двух других сторон.", "en", "ru").agrees


def test_a_third_place_still_counts() -> None:
    assert not compare_texts("He took third place.", "Он занял второе место.", "en", "ru").agrees


# -- links ----------------------------------------------------------------------------------

OLDER_PAGE = ('Your keys are safe today. <a href="https://example.org/wiki/Quantum">Quantum computers</a> may '
              'break them one day.')


def test_a_link_left_out_with_its_sentence_is_no_address_lost(make_segments) -> None:
    target = "Сегодня ваши ключи в безопасности."
    assert check(make_segments, [(OLDER_PAGE, target)], "url-email") == []


@pytest.mark.parametrize("target", [
    "Сегодня ваши ключи в безопасности. Квантовые компьютеры однажды смогут их взломать.",
    "Сегодня ваши ключи в безопасности. Quantum computers однажды смогут их взломать.",
])
def test_a_link_whose_text_is_kept_without_its_address_is_reported(make_segments, target: str) -> None:
    [finding] = check(make_segments, [(OLDER_PAGE, target)], "url-email")
    assert "https://example.org/wiki/Quantum" in finding.message


def test_a_bare_address_left_out_is_reported(make_segments) -> None:
    source = "Your keys are safe today, see https://example.org/wiki/Quantum."
    assert len(check(make_segments, [(source, "Сегодня ваши ключи в безопасности.")], "url-email")) == 1


# -- term-forbidden -------------------------------------------------------------------------


def test_two_forbidden_forms_are_said_in_the_plural(make_segments, enforcer) -> None:
    target = "Культурная спонтанность и рост культурной спонтанности."
    [finding] = check(make_segments, [("The forces of cultural spontaneity grew.", target)], "term-forbidden",
                      enforcer)
    assert "«Культурная спонтанность», «культурной спонтанности» are deprecated terms for" in finding.message
    said = finding.message_in(RUSSIAN.gettext, RUSSIAN.ngettext)
    assert "«культурной спонтанности»: нерекомендуемые термины для «cultural spontaneity»" in said


def test_one_forbidden_form_stays_singular(make_segments, enforcer) -> None:
    [finding] = check(make_segments, [("The forces of cultural spontaneity grew.", "Силы культурной спонтанности.")],
                      "term-forbidden", enforcer)
    assert "is deprecated for" in finding.message
    said = finding.message_in(RUSSIAN.gettext, RUSSIAN.ngettext)
    assert "«культурной спонтанности»: термин нерекомендуемый для" in said


def test_a_dated_later_resolved_by_the_translation_is_the_sources_date(make_segments) -> None:
    """"a century later" after "the 14th century" is the 15th; "two years later" after 1990 is 1992."""
    pairs = [("The sultanate dates from the 14th century and grew powerful a century later.",
              "Султанат известен с XIV века, а в XV веке стал могущественным."),
             ("Founded in 1990, it went public two years later.", "Основана в 1990 году, на бирже с 1992 года.")]
    assert check(make_segments, pairs, "number-mismatch") == []


@pytest.mark.parametrize(("source", "target"), [
    ("The sultanate dates from the 14th century and grew powerful a century later.",
     "Султанат известен с XIV века, а в XVI веке стал могущественным."),
    ("Founded in 1990, it went public two years later.", "Основана в 1990 году, на бирже с 1993 года."),
    ("The sultanate dates from the 14th century.", "Султанат известен с XIV века, а в XV веке стал могущественным."),
])
def test_a_date_no_relative_time_yields_is_still_reported(make_segments, source: str, target: str) -> None:
    assert len(check(make_segments, [(source, target)], "number-mismatch")) == 1


def test_a_link_to_another_site_named_in_its_text_is_chosen(make_segments) -> None:
    source = 'Coins such as the <a href="https://denarium.com/">Denarium coins</a> exist.'
    target = 'Есть и монеты, такие как <a href="https://www.casascius.com/">монеты Casascius</a>.'
    assert check(make_segments, [(source, target)], "url-email") == []


def test_a_link_to_another_site_its_text_does_not_name_is_reported(make_segments) -> None:
    source = 'Coins such as the <a href="https://denarium.com/">Denarium coins</a> exist.'
    target = 'Есть и монеты, такие как <a href="https://www.denarium.org/">монеты Denarium</a>.'
    assert len(check(make_segments, [(source, target)], "url-email")) == 1
