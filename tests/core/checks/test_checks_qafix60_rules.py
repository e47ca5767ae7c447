"""`url-email`, `repeated-word` and `punctuation-end` rules of session 39 (issue 15), read off the QA
sets' false alarms and misses: each test is a made-up pair, not the sets' own, with the slip the
rule must still report beside it."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


# -- url-email ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", [
    "Write to me at Janedoe@ example . org and ask for the price list.",
    "Write to me at janedoe AT example DOT org and ask for the price list.",
    "Write to me at janedoe [at] example [dot] org and ask for the price list.",
])
def test_a_spelled_out_address_written_whole_is_no_address_added(make_segments, source: str) -> None:
    """A transcript hears the mailbox's name as it can («Janedoe» for "jane.doe"); the domain is the
    source's, so the translation writes the speaker's own address."""
    target = "Напишите мне на jane.doe@example.org и попросите прайс-лист."
    assert check(make_segments, [(source, target)], "url-email") == []


@pytest.mark.parametrize("target", [
    "Напишите мне на jane.doe@example.com и попросите прайс-лист.",  # another domain
    "Напишите мне на https://example.org/prices и попросите прайс-лист.",  # a web address
])
def test_an_address_the_spelled_out_one_is_not_is_still_added(make_segments, target: str) -> None:
    source = "Write to me at Janedoe@ example . org and ask for the price list."
    assert [f.check for f in check(make_segments, [(source, target)], "url-email")] == ["url-email"]


def test_at_in_small_letters_is_the_preposition(make_segments) -> None:
    """"look at example.org" spells out no address: one the target adds on that domain is found."""
    source = "Look at example.org for the price list."
    target = "Пишите на sales@example.org, чтобы получить прайс-лист."
    assert [f.check for f in check(make_segments, [(source, target)], "url-email")] == ["url-email"]


# -- repeated-word --------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "target"), [
    ("He was an All-Star selection selection last season.", "Он был выбран выбран в сборную в прошлом сезоне."),
    ("Open the file file in the editor.", "Откройте файл файл в редакторе."),
])
def test_a_noun_or_participle_copied_doubled_from_the_source_is_found(make_segments, source: str,
                                                                      target: str) -> None:
    """The source's doubled noun is a slip; the translation that copies it doubles a word no
    emphasis says twice."""
    assert [f.check for f in check(make_segments, [(source, target)], "repeated-word")] == ["repeated-word"]


@pytest.mark.parametrize(("source", "target"), [
    ("It was very very cold.", "Было очень очень холодно."),
    ("Knock knock, who is there?", "Тук тук, кто там?"),
    ("Bye bye, see you.", "Пока пока, до встречи."),
    ("She walked and walked walked on.", "Она шла шла дальше."),
])
def test_emphasis_the_source_doubles_too_stays_silent(make_segments, source: str, target: str) -> None:
    assert check(make_segments, [(source, target)], "repeated-word") == []


def test_a_placeholder_in_capitals_after_its_noun_is_no_doubled_word(make_segments) -> None:
    """"directory DIRECTORY" names the option's value; «каталог КАТАЛОГ» says nothing twice."""
    pairs = [("Write the pages to directory DIRECTORY", "Записать страницы в каталог КАТАЛОГ")]
    assert check(make_segments, pairs, "repeated-word") == []


# -- punctuation-end: a source cut off (house rule D9) -------------------------------------------


@pytest.mark.parametrize(("source", "target"), [
    ("The lecture explains why the map is shift inva", "Лекция объясняет, почему отображение инвариантно к сдвигу."),
    ("Religion bound the states together despite their customs. I", "Религия связывала государства вопреки обычаям."),
    ("He described the forces in a rotating reference frame1", "Он описал силы во вращающейся системе отсчёта."),
    ("Scientists who see problems with", "Учёные, видящие проблемы, молчат."),
])
def test_a_stop_closing_a_source_cut_off_is_found(make_segments, source: str, target: str) -> None:
    """The source stops inside a word, after a new sentence's first word, on a note's number run
    into its last word, or on a preposition: the stop makes a fragment read as finished."""
    found = check(make_segments, [(source, target)], "punctuation-end")
    assert [f.check for f in found] == ["punctuation-end"]
    assert "breaks off" in found[0].message


@pytest.mark.parametrize(("source", "target"), [
    ("On your screen, you can see a clip from the motion comic", "На экране вы видите фрагмент комикса."),
    ("These are the shortcuts you will meet in React codebases", "Эти сокращения встречаются в проектах на React."),
    ("The lines show raw materials, products and transferables", "Линии показывают сырьё, продукцию и переводимые ценности."),
    ("For example, a+ matches the aaa in aaabbb", "Например, a+ в строке aaabbb найдёт «aaa»."),
    ("Install the tools for python3", "Установите инструменты для python3."),
    ("He said so to Dr. I", "Он сказал это доктору И."),
])
def test_a_stop_closing_a_whole_source_sentence_stays_silent(make_segments, source: str, target: str) -> None:
    """A sentence that only lacks its stop, a rare word whole, a copied name: the stop mends it (D9)."""
    assert check(make_segments, [(source, target)], "punctuation-end") == []


def test_speech_broken_off_with_a_dash_may_trail_off_with_an_ellipsis(make_segments) -> None:
    """"so just know like-": Russian marks speech broken off with «...»."""
    assert check(make_segments, [("(PERSON2) Yeah, so just know like-", "Да, просто знай, что...")],
                 "punctuation-end") == []


def test_a_question_for_broken_off_speech_is_still_found(make_segments) -> None:
    found = check(make_segments, [("(PERSON2) Yeah, so just know like-", "Да, просто знай, что?")], "punctuation-end")
    assert [f.check for f in found] == ["punctuation-end"]


@pytest.mark.parametrize("source", ["https://example.org/shop/headset.html", "#PilotTraining #FlightSchool #PA28"])
def test_a_stop_after_what_stands_for_a_bare_link_or_tags_is_found(make_segments, source: str) -> None:
    """No sentence at all: a stop makes the post read as one (D9), or as part of the link."""
    found = check(make_segments, [(source, "Гарнитура для пилотов, купленная вчера.")], "punctuation-end")
    assert [f.check for f in found] == ["punctuation-end"]


def test_a_sentence_around_a_link_may_gain_its_stop(make_segments) -> None:
    source = "The headset is here https://example.org/shop/headset.html"
    assert check(make_segments, [(source, "Гарнитура здесь: https://example.org/shop/headset.html.")],
                 "punctuation-end") == []


def test_a_mention_followed_by_its_name_again_is_doubled(make_segments) -> None:
    found = check(make_segments, [("@anna42 yes, the defaults matter.", "@anna42 anna42 да, умолчания важны.")],
                  "repeated-word")
    assert [f.check for f in found] == ["repeated-word"]


@pytest.mark.parametrize(("source", "target"), [
    ("@anna42 yes, the defaults matter.", "@anna42 да, умолчания важны."),
    ("@nasa NASA says so.", "@nasa NASA так говорит."),
    ("@anna42 anna42 wrote it twice.", "@anna42 anna42 написала это дважды."),
])
def test_a_mention_alone_or_doubled_as_the_source_has_it_stays_silent(make_segments, source: str, target: str) -> None:
    assert check(make_segments, [(source, target)], "repeated-word") == []
