"""`capitalisation` rules of session 33 (issue 15), read off the held-out sets' false alarms (two
subtitle lines of the math-subtitles set whose translator ran a sentence on across the lines' edge):
each test is a made-up pair, not the set's own, with the slip the rule must still report beside it."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


# -- a sentence run on after a comma --------------------------------------------------------------

def test_the_tail_of_a_sentence_run_on_after_a_comma_keeps_its_small_letter(make_segments) -> None:
    """The line before ends in a comma: the translator goes on with that sentence, and the line
    may hold more sentences after its tail."""
    pairs = [
        ("The curve bends at every point. When we raise it to the second power,",
         "Кривая изгибается в каждой точке, и когда мы возводим её во вторую степень,"),
        ("You only need to picture the sum. Here is what it gives.",
         "нужно лишь представить эту сумму. Вот что получится."),
    ]
    assert check(make_segments, pairs, "capitalisation") == []


def test_a_list_item_of_several_sentences_after_a_comma_still_opens_with_a_capital(make_segments) -> None:
    pairs = [
        ("The tool has two modes:", "У программы два режима:"),
        ("- Fast mode", "- быстрый режим,"),
        ("- Safe mode. It checks every file twice.", "- безопасный режим. Он проверяет каждый файл дважды."),
    ]
    assert 3 in {f.segment for f in check(make_segments, pairs, "capitalisation")}


# -- a stop dropped between two sentences ---------------------------------------------------------

def test_a_sentence_run_on_where_the_stop_before_was_dropped_is_one_slip(make_segments) -> None:
    """The translation before ends in a word where its source ends a sentence: the two sentences
    were run into one, which `punctuation-end` reports there; the small letter after it is not a
    second slip."""
    pairs = [
        ("Whenever this happens, the sign of the area flips.",
         "Всякий раз, когда это происходит, знак площади меняется"),
        ("The size of the value, though, still tells you the scale.",
         "абсолютная величина при этом всё равно показывает масштаб."),
    ]
    assert check(make_segments, pairs, "capitalisation") == []
    assert [f.segment for f in check(make_segments, pairs, "punctuation-end")] == [1]


def test_a_paragraph_in_a_small_letter_after_a_heading_is_still_reported(make_segments) -> None:
    """A heading ends in no stop on either side: nothing was run on, so the paragraph after it
    opens a sentence of its own."""
    pairs = [("Installation", "Установка"), ("Run the installer first.", "запустите сначала установщик.")]
    assert [f.segment for f in check(make_segments, pairs, "capitalisation")] == [2]
