"""Typography checks' last false alarms and misses on the QA sets' shapes (session 44, issue 15):
a word run into a short preposition that pymorphy3 reads as a name after an unknown prefix, a
space after a straight quotation mark that opens the text, a bracket glued to the word before it as
the source glues its own. Made-up pairs, not a set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def found(make_segments, check: str, *pairs: tuple[str, str]) -> list[Finding]:
    return run_checks(make_segments(list(pairs)), source_lang="en", target_lang="ru", checks=[check])


@pytest.mark.parametrize(("source", "target", "first", "second"), [
    ("Open Mail in the panel.", "Откройте пункт почтана панели.", "почта", "на"),
    ("Set the time in the panel.", "Задайте времяна панели.", "время", "на"),
])
def test_a_word_run_into_a_preposition_read_as_a_name_after_an_unknown_prefix_is_a_join(
        make_segments, source: str, target: str, first: str, second: str) -> None:
    """pymorphy3 guesses «времяна» as an unknown prefix «врем» before the name «Яна»: a compound's
    second word is never a person's name, so the reading is no compound."""
    [finding] = found(make_segments, "spacing", (source, target))
    assert second in finding.message


@pytest.mark.parametrize("target", ["Настройки кибербезопасности и подслова.", "Это микрочип.",
                                    "Загрузите датасет.",  # «дат|Асет»: a loanword's end read as a name
                                    "Двигается со скоростью молнее."])  # «мол|нее»: a typo's
def test_a_compound_of_an_unknown_prefix_and_a_common_word_stays_one_word(make_segments, target: str) -> None:
    assert found(make_segments, "spacing", ("Security settings and subwords.", target)) == []


def test_a_space_after_a_straight_mark_that_opens_the_text_is_reported(make_segments) -> None:
    """A straight mark at the text's start opens a quotation (nothing stands before it to close),
    as the source's mark glued to its first word does, though the quotation runs on past the
    segment and no closing mark shows it."""
    [finding] = found(make_segments, "whitespace",
                      ('"Or, as the saying goes: a late release is late only until it ships.',
                       '" Или, как говорится: поздний выпуск опаздывает, только пока не вышел.'))
    assert '"' in finding.message


@pytest.mark.parametrize(("source", "target"), [
    ('" he said, and left.', '" сказал он и ушёл.'),  # the source's closing mark, spaced in both
    ('" Or so they say.', '" Или так говорят.'),  # the source spaces its own mark
])
def test_a_straight_mark_opening_the_text_as_the_source_spaces_it_stays_silent(make_segments, source: str,
                                                                              target: str) -> None:
    assert found(make_segments, "whitespace", (source, target)) == []


def test_a_bracket_glued_to_the_word_before_it_as_the_source_glues_its_own_is_the_sources_layout(
        make_segments) -> None:
    """The source glues "(" to the word before it, a space after ("button( been pressed"): the
    translation that glues its bracket so keeps the writer's layout (house rule D6: none where the
    source glues the same itself)."""
    assert found(make_segments, "spacing",
                 ("It needs a lock over the button( pressed by accident) in my pocket.",
                  "Ему нужен замок над кнопкой(нажатой случайно) в кармане.")) == []


def test_a_bracket_glued_where_the_source_spaces_it_stays_reported(make_segments) -> None:
    [finding] = found(make_segments, "spacing",
                      ("It needs a lock over the button (pressed by accident) in my pocket.",
                       "Ему нужен замок над кнопкой(нажатой случайно) в кармане."))
    assert "(" in finding.message
