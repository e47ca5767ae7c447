"""A one-letter Roman numeral followed by a hyphen and a short ending is an ordinal («V-й», «X-го»)
only where the ending is one an ordinal takes; «Х-ки» (Cyrillic Х, short for «характеристики») is
an abbreviation, not ten. Made-up pairs, found on a reviewer's day (usersweep25, session 37)."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def numbers(make_segments, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                      checks=["number-mismatch"])


def test_a_letter_and_a_short_ending_no_ordinal_takes_is_an_abbreviation(make_segments) -> None:
    assert numbers(make_segments, "The car's specifications are listed below.",
                   "Х-ки автомобиля приведены ниже.") == []


def test_a_roman_ordinal_with_its_ending_is_still_read(make_segments) -> None:
    [finding] = numbers(make_segments, "The 4th congress opened.", "Открылся X-й съезд.")
    assert "10" in finding.message or "X" in finding.message


def test_a_range_of_roman_numerals_is_still_read(make_segments) -> None:
    assert numbers(make_segments, "Chapters 1-2 describe it.", "Это описано в главах I-II.") == []
