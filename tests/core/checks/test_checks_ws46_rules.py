"""House rule D21 (session 46, docs/qa.md): a space or tab the translation leaves at the end of a
line inside a message, or a line of nothing but spaces where the source's line is empty, is a
`whitespace` error, unless the source itself ends one of its inner lines with a space (the
translation copying its layout). Made-up pairs written like the real ones (a catalogue's message
wrapped by its translator, a dialog's text parted by empty lines); the positives fail on the base.
"""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def whitespace(make_segments, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru",
                      checks=["whitespace"])


def test_a_space_left_at_an_inner_lines_end_is_reported(make_segments) -> None:
    target = "Если в конце стоит точка с запятой, результатом такого \nблока будет пустое значение."
    [finding] = whitespace(make_segments, "If it ends with a semicolon, the block's\nvalue is empty.", target)
    assert "a space at the end of a line" in finding.message
    assert finding.target_spans == ((target.index(" \n"), target.index(" \n") + 1),)
    tab = "Имя:\t\nЗначение:"
    [finding] = whitespace(make_segments, "Name:\nValue:", tab)
    assert finding.target_spans == ((4, 5),)


def test_a_line_of_nothing_but_spaces_is_reported_with_the_line_ends(make_segments) -> None:
    target = "Шаблон \n \n{} \n\nсодержит «/», но начинается не с корня."
    [finding] = whitespace(make_segments, "The pattern\n\n{}\n\ncontains \"/\" but does not start from root.",
                           target)
    assert "a space at the end of a line" in finding.message and "a line of nothing but spaces" in finding.message
    assert finding.target_spans == ((6, 7), (8, 9), (12, 13))


def test_the_sources_own_inner_line_end_space_spares_the_translation(make_segments) -> None:
    copied = whitespace(make_segments, "The file %s does not exist, \nverify the game's configuration.",
                        "Файл %s не существует, \nпроверьте настройки игры.")
    help_text = whitespace(make_segments, "Arithmetic for loop.\n    \n    Equivalent to",
                           "Цикл с арифметикой.\n    \n    Эквивалентно")
    assert copied == [] and help_text == []


def test_the_messages_own_ends_keep_their_rule(make_segments) -> None:
    """A break and space the message ends or starts with are the start's and the end's rules, said
    once: copied from the source they are its format, added they are «a space at the end»."""
    assert whitespace(make_segments, "Quit the game?\n", "Выйти из игры? \n") == []
    assert whitespace(make_segments, " \nRoads let units move.", " \nДороги ускоряют отряды.") == []
    [finding] = whitespace(make_segments, "Quit the game?", "Выйти из игры? \n")
    assert "a space at the end" in finding.message and "of a line" not in finding.message
