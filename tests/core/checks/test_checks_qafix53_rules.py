"""`punctuation-end` after reading every miss and false alarm of the QA sets (session 38, issue 15):
a full stop typed after the ellipsis that ends a trailing-off sentence is a slip; an ellipsis that
ends a menu path, a comma's sentence trailed off into the next segment, an aside's own mark and a
headline recast as a question (house rule D1) are not. Each test is a made-up pair, with the
neighbour the rule must leave alone beside the one it must find."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks

PROSE = [
    ("The train left the station at dawn.", "Поезд ушёл со станции на рассвете."),
    ("Nobody on the platform waved goodbye.", "Никто на перроне не махал рукой."),
    ("The fields outside were still grey with frost.", "Поля за окном ещё серели от инея."),
]
"""Sentences with their stops around the line under test: running prose, which a heading titles."""


def check(make_segments, pairs: list[tuple[str, str]]) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=["punctuation-end"])


@pytest.mark.parametrize("target", ["И так до самого утра....", "И так до самого утра…."])
def test_a_stop_typed_after_a_trailing_ellipsis_is_a_slip(make_segments, target: str) -> None:
    found = check(make_segments, [("And so it went on until morning...", target)])
    assert [f.message for f in found] == ["The target ends with a full stop after an ellipsis."]
    assert found[0].target_spans == ((len(target) - 1, len(target)),)


@pytest.mark.parametrize(("source", "target"), [
    ("And so it went on until morning...", "И так до самого утра..."),
    # a menu item's ellipsis, then the sentence's stop: the source ends with its stop
    ("To resize it, choose Image → Scale Image... in the menu.", "Чтобы изменить размер, выберите Изображение → Размер...."),
    # a menu path the source ends on: the ellipsis is the item's, the stop the sentence's
    ("The filter is found in the menu: Filters → Blur…", "Фильтр находится в меню Фильтры → Размывание…."),
    # a quotation that trails off, the sentence's stop after its closing mark
    ("He only said “maybe later…”", "Он сказал только: «Может, потом…»."),
])
def test_an_ellipsis_a_stop_may_follow(make_segments, source: str, target: str) -> None:
    assert [f.message for f in check(make_segments, [(source, target)])
            if "ellipsis" in f.message and "after" in f.message] == []


def test_a_sentence_split_at_a_comma_may_trail_off_into_the_next_segment(make_segments) -> None:
    pairs = [("In every other case, though,", "Но в остальных случаях..."),
             ("the layers stay apart.", "...слои остаются раздельными.")]
    assert check(make_segments, pairs) == []


def test_a_stop_made_an_ellipsis_is_still_no_comma(make_segments) -> None:
    """The comma's rule reads the source's comma: a question trailed off is still a question lost."""
    found = check(make_segments, [("Do the layers stay apart?", "Слои остаются раздельными...")])
    assert [f.segment for f in found] == [1]


def test_an_asides_own_mark_ends_no_sentence(make_segments) -> None:
    """A log line with no end mark, its translation closed by a bracketed aside with an ellipsis
    inside: the sentence, like the source, has none; an ellipsis of the sentence itself is found."""
    pairs = [("Mar 3 09:12 Build host starts failing", "Mar 3 09:12 Сборочный узел начинает сбоить (Panic...)"),
             ("Mar 3 09:40 Mirror goes offline", "Mar 3 09:40 Зеркало отключается...")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [2]


def test_a_text_in_brackets_whole_keeps_its_own_mark(make_segments) -> None:
    found = check(make_segments, [("(Press any key to continue)", "(Нажмите любую клавишу...)")])
    assert [f.segment for f in found] == [1]


def test_a_headline_recast_as_a_question_is_free(make_segments) -> None:
    """House rule D1: a heading's end mark gained in translation is no error, a question mark
    built by intonation alone («Вы уверены, мужчины?») included."""
    pairs = [("Think twice, travellers", "Вы уверены, путешественники?"), *PROSE]
    assert check(make_segments, pairs) == []


def test_a_question_mark_gained_inside_prose_is_still_found(make_segments) -> None:
    """House rule D4: a bare line amid sentences, no heading, that gains a question mark."""
    pairs = [*PROSE[:2], ("and then the whistle blew once more", "и тут снова раздался свисток?"), PROSE[2]]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [3]
