"""Rules of session 36 (issue 15), read off the game-text set (a game's message bundles): a
placeholder is code wherever it stands, glued to a highlight mark or a word too (one recogniser,
`textutil.PLACEHOLDER`, for `untranslated-fragment`, `number-mismatch` and `quote-style`); a
sentence's end mark inside closing highlight marks ("…._") is its end mark (`punctuation-end`).
Each test is a made-up pair, not the set's own, with the slip the rule must still find beside it."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.checks.textutil import PLACEHOLDER, placeholder_spans


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


# -- one recogniser of placeholders -------------------------------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    ("_%1$d-%2$d damage_", ["%1$d", "%2$d"]),
    ("x%1$s more", ["%1$s"]),
    ("_%s%%._", ["%s", "%%"]),
    ("%,d coins, %-5.2f, %lu, %(count)d", ["%,d", "%-5.2f", "%lu", "%(count)d"]),
    ("{0} of {name}, {0:.2f}, {имя}", ["{0}", "{name}", "{0:.2f}", "{имя}"]),
    ("$1 and $HOME and ${dir}", ["$1", "$HOME", "${dir}"]),
    ("%%d is a percent sign and a letter", ["%%"]),
    ("50% of them, 100%done, 5 % off", []),
])
def test_the_placeholders_a_text_holds(text: str, found: list[str]) -> None:
    assert [m.group() for m in PLACEHOLDER.finditer(text)] == found
    assert [text[a:b] for a, b in placeholder_spans(text)] == found


def test_a_conversion_glued_to_a_highlight_mark_is_no_english_word(make_segments) -> None:
    pairs = [("It deals _%1$d-%2$d damage_ to enemies.", "Наносит _%1$d-%2$d урона_ врагам."),
             ("It grants _%d shielding_.", "Даёт _%d щита_."),
             ("At the cost of _%2$s charge._", "Ценой _%2$s заряда._"),
             ("It grants _%d shielding_ always.", "Даёт _%d щита_ always.")]
    found = check(make_segments, pairs, "untranslated-fragment")
    assert [(f.segment, f.message) for f in found] == [(4, "English words left in the translation: “always”.")]


def test_an_english_word_after_a_conversion_is_still_reported(make_segments) -> None:
    pairs = [("It deals _%d damage_ now.", "Наносит %d damage сейчас.")]
    [finding] = check(make_segments, pairs, "untranslated-fragment")
    assert finding.message == "English words left in the translation: “damage”."


def test_a_quoted_placeholder_of_any_form_is_the_programs_quoting(make_segments) -> None:
    pairs = [("Cannot open %(path)s", "Не удалось открыть '%(path)s'"),
             ("Cannot open %s", "Не удалось открыть 'файл'"),
             ("Cannot open '{name}'", "Не удалось открыть '{имя}'")]
    found = check(make_segments, pairs, "quote-style")
    assert [f.segment for f in found] == [2]


def test_a_positional_conversion_is_no_number(make_segments) -> None:
    pairs = [("Blocks _%2$d-%3$d damage_, tier %1$d.", "Поглощает _%3$d-%2$d урона_, уровень %1$d."),
             ("Blocks _%2$d-%3$d damage_, tier 2.", "Поглощает _%3$d-%2$d урона_, уровень 3.")]
    found = check(make_segments, pairs, "number-mismatch")
    assert [f.segment for f in found] == [2]


# -- an end mark inside closing highlight marks -------------------------------------------------

def test_the_stop_inside_closing_underscores_ends_the_sentence(make_segments) -> None:
    pairs = [("Your rings raise your luck by _%s%%_ in total.", "Ваши кольца повышают удачу на _%s%%._"),
             ("It is __very__ strong.", "Она __очень сильна.__"),
             ("Your rings raise your luck by _%s%%_ in total.", "Ваши кольца повышают удачу на _%s%%_"),
             ("It is __very__ strong.", "Она __очень сильна?__")]
    found = check(make_segments, pairs, "punctuation-end")
    assert [f.segment for f in found] == [3, 4]


def test_an_underscore_after_a_word_ends_in_no_mark(make_segments) -> None:
    pairs = [("Set the variable PATH_", "Задайте переменную PATH_"),
             ("Set the variable PATH_.", "Задайте переменную PATH_")]
    found = check(make_segments, pairs, "punctuation-end")
    assert [f.segment for f in found] == [2]
