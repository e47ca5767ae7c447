"""`unpaired` beside `quote-style` (session 45, issue 15): one English curly mark typed for both
ends of a quotation («”…”», «“…“», as an autocorrect leaves it) is a pair of the wrong shape,
which `quote-style` owns (the README's row: "quotes are not « » / „ “"); `unpaired` is for a mark
left open or closed. Made-up pairs, not a set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def found(make_segments, check: str, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru", checks=[check])


@pytest.mark.parametrize("target", [
    "Он назвал это ”вечным двигателем”, и все засмеялись.",
    "Он назвал это “вечным двигателем“, и все засмеялись.",
    "Он сказал ”да” и ”нет”.",
])
def test_one_curly_shape_for_both_ends_is_quote_style_alone(make_segments, target: str) -> None:
    source = 'He called it a "perpetual motion machine", and everyone laughed.'
    assert found(make_segments, "unpaired", source, target) == []
    assert found(make_segments, "quote-style", source, target)


@pytest.mark.parametrize("target", [
    "Он назвал это ”вечным двигателем, и все засмеялись.",  # opened, never closed
    "Он назвал это “вечным двигателем“ и ”, и все засмеялись.",  # a stray closer after the pair
    "Он назвал это вечным двигателем”, и все засмеялись.",  # closed, never opened
])
def test_a_curly_mark_left_over_is_still_unpaired(make_segments, target: str) -> None:
    source = 'He called it a "perpetual motion machine", and everyone laughed.'
    assert found(make_segments, "unpaired", source, target)


@pytest.mark.parametrize("name", ["NoteDeck", "Quillpad v2.1", "Quillpad 3.0.1", "NoteDeck v4"])
def test_a_name_copied_as_a_title_is_no_untranslated_text(make_segments, name: str) -> None:
    """An app's name in camel case, or a release's title, a name and its version: Russian keeps
    them in Latin letters (`same-as-source`)."""
    assert found(make_segments, "same-as-source", name, name) == []


@pytest.mark.parametrize("words", ["Settings", "Toolbar", "Quillpad", "Weather v2", "The Quillpad",
                                   "Quillpad is a notebook."])
def test_english_words_copied_are_still_the_source_copied(make_segments, words: str) -> None:
    """A single capitalised word stays reported, a name or a label left in English alike: its
    frequency cannot part "Quillpad" from "Toolbar"; the finding asks to accept a name."""
    assert found(make_segments, "same-as-source", words, words)


@pytest.mark.parametrize(("source", "target"), [
    ("Open the file (see below);", "Откройте файл (см. ниже).;"),  # a stop and the item's «;»
    ("Add a line.", "Добавьте строку,."),
])
def test_two_end_marks_typed_together_are_found(make_segments, source: str, target: str) -> None:
    [finding] = found(make_segments, "punctuation-end", source, target)
    assert "typed together" in finding.message


@pytest.mark.parametrize(("source", "target"), [
    ("Open the file, the folder, etc.;", "Откройте файл, папку и т. д.;"),  # an abbreviation's stop
    ('See the "Help" page.', "См. страницу &quot;Справка&quot;."),  # a character reference's «;»
    ("Open the file (see below).;", "Откройте файл (см. ниже).;"),  # the source's own
])
def test_an_abbreviation_a_reference_or_the_source_s_own_marks_stay_silent(make_segments, source: str,
                                                                           target: str) -> None:
    assert found(make_segments, "punctuation-end", source, target) == []


def test_marks_typed_together_are_found_in_a_list_item_too(make_segments) -> None:
    """A list item may end as Russian lists end theirs, «;» for the source's stop, but not «.;»."""
    findings = run_checks(make_segments([
        ("* Show the keyboard when a timer is edited;", "* Клавиатура показывается при изменении таймера;"),
        ("* Add a button to copy a timer (except for the default one);",
         "* Добавлена кнопка для копирования таймера (кроме таймера по умолчанию).;"),
        ("* Fix the dark theme;", "* Исправлена тёмная тема;"),
    ]), source_lang="en", target_lang="ru", checks=["punctuation-end"])
    assert [(f.segment, "typed together" in f.message) for f in findings] == [(2, True)]
