"""Rules of session 42 (issue 15) for `untranslated-fragment`: a term the translation gives by its
English name where the source writes its abbreviation. Made-up pairs, not a set's own, with the
clean and the faulty shapes beside each other."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]]) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=["untranslated-fragment"])


def test_an_abbreviation_spelt_out_in_english_is_a_term_cited(make_segments) -> None:
    pairs = [("Some parts, such as SSO login, are out of scope.",
              "Некоторые части, например, single sign-on, остаются за рамками."),
             ("Configure CORS headers on the server.", "Настройте заголовки cross-origin resource sharing на сервере.")]
    assert check(make_segments, pairs) == []


def test_english_words_whose_initials_spell_no_abbreviation_of_the_source_are_reported(make_segments) -> None:
    pairs = [("Some parts, such as SSA login, are out of scope.",
              "Некоторые части, например, single sign-on, остаются за рамками."),
             ("Some parts, such as single sign-on, are out of scope.",
              "Некоторые части, например, single sign-on, остаются за рамками."),
             ("Some parts, such as SSO login, are out of scope.",
              "Некоторые части, например, single sign-on (SSO), остаются за рамками.")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [1, 2, 3], found
