"""`unpaired` on held-out sets' shapes (session 38, issue 15): a point cited as Russian cites it,
«подпункт c)», where the source brackets it, "(c)"; and the English possessive's ’ copied after a
Russian word, a closing single mark nothing opens. Made-up pairs, not a set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def unpaired(make_segments, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru", checks=["unpaired"])


def test_points_the_source_brackets_cited_without_their_opening_bracket_pair_nothing(make_segments) -> None:
    assert unpaired(make_segments, "See point (b)(2) of section 4 and points (a) to (c).",
                    "См. пункт b)(2) раздела 4 и пункты a)–c).") == []


@pytest.mark.parametrize(("source", "target"), [
    ("See point b of section 4.", "См. пункт b) раздела 4 (и далее."),  # the source brackets no "(b)"
    ("The value f(x) is here.", "Значение fx) здесь."),  # glued to a word: no point's letter
])
def test_a_closing_bracket_no_point_of_the_source_explains_is_unpaired(make_segments, source: str,
                                                                      target: str) -> None:
    [finding] = unpaired(make_segments, source, target)
    assert ")" in finding.message


def test_a_possessive_s_mark_copied_after_a_russian_word_is_unpaired(make_segments) -> None:
    [finding] = unpaired(make_segments, "Protect our (and our members’) data.",
                         "Защищайте наши данные (и данные участников’).")
    assert "’" in finding.message


@pytest.mark.parametrize("target", [
    "Слово ‘кот’ пишется так.",  # a single quotation, opened
    "Жанна д’Арк и м’ясо.",  # apostrophes between letters
])
def test_single_marks_that_open_or_join_letters_are_no_stray_closer(make_segments, target: str) -> None:
    assert unpaired(make_segments, "Some text.", target) == []
