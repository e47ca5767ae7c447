"""A question or exclamation mark glued to the small Russian word after it is a lost space, as a
comma is («Обычно,оно»); read off the legal-documents set's run (session 36: «Have I Been
Pwned?стремятся»). Made-up pairs, not the set's own."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def spacing(make_segments, pairs: list[tuple[str, str]]) -> list[str]:
    found: list[Finding] = run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=["spacing"])
    return [f.message for f in found]


def test_a_question_or_exclamation_mark_glued_to_the_next_word_is_reported(make_segments) -> None:
    said = spacing(make_segments, [
        ("Sites like Have I Been Pwned? aim to help you.", "Сайты вроде Have I Been Pwned?стремятся помочь вам."),
        ("Stop! read this first.", "Стоп!прочтите это сначала."),
    ])
    assert said == ["The translation has no space after “?” in “Pwned?стремятся”.",
                    "The translation has no space after “!” in “Стоп!прочтите”."]


def test_a_mark_the_source_glues_to_words_too_is_the_format(make_segments) -> None:
    """A query string or a format of its own glues its marks in the source as well."""
    pairs = [("Open page?id=5 or search?q=term.", "Откройте page?ид=5 или search?поиск=термин.")]
    assert spacing(make_segments, pairs) == []


def test_a_spaced_question_and_a_mark_before_a_capital_stay_as_they_were(make_segments) -> None:
    assert spacing(make_segments, [("Why? Because.", "Почему? Потому что.")]) == []
