"""`untranslated-fragment` and `url-email` rules of session 30 (issue 15), read off the held-out
sets' misses and false alarms (dev data now): each test is a made-up pair, not a set's own, with
the pair the rule must leave alone beside it."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


# -- url-email: a scheme capitalised -----------------------------------------------------------

@pytest.mark.parametrize("target", [
    "Подробности — в [статье о ледниках](Https://example.org/glaciers/2019.html).",
    "Подробности — в статье: Https://example.org/glaciers/2019.html",
    "Подробности — в [статье о ледниках](HTTPS://example.org/glaciers/2019.html).",
])
def test_an_address_whose_scheme_the_translation_capitalises_is_found(make_segments, target: str) -> None:
    source = "Details are in [the glacier article](https://example.org/glaciers/2019.html)."
    [finding] = check(make_segments, [(source, target)], "url-email")
    assert "scheme capitalised" in finding.message
    assert target[slice(*finding.target_spans[0])].startswith("H")


@pytest.mark.parametrize("source, target", [
    ("Details are in [the glacier article](https://example.org/glaciers/2019.html).",
     "Подробности — в [статье о ледниках](https://example.org/glaciers/2019.html)."),
    # the source's own capitals are copied as they are
    ("Details are in [the glacier article](HTTPS://example.org/glaciers/2019.html).",
     "Подробности — в [статье о ледниках](HTTPS://example.org/glaciers/2019.html)."),
    # a scheme written small where the source capitalises it is the form RFC 3986 asks for
    ("Details are in [the glacier article](HTTPS://example.org/glaciers/2019.html).",
     "Подробности — в [статье о ледниках](https://example.org/glaciers/2019.html)."),
])
def test_a_scheme_written_as_the_source_writes_it_or_small_is_no_difference(make_segments, source: str,
                                                                            target: str) -> None:
    assert check(make_segments, [(source, target)], "url-email") == []


# -- untranslated-fragment: a common noun opening the sentence ----------------------------------

@pytest.mark.parametrize("source, target, word", [
    ("The kettle (a small copper one) hangs over the hearth all winter.",
     "Kettle (маленький, медный) висит над очагом всю зиму.", "Kettle"),
    ("A ladle is kept beside it.", "Ladle хранится рядом с ним.", "Ladle"),
])
def test_a_common_noun_opening_the_russian_sentence_is_left_in(make_segments, source: str, target: str,
                                                              word: str) -> None:
    [finding] = check(make_segments, [(source, target)], "untranslated-fragment")
    assert word in finding.message


@pytest.mark.parametrize("source, target", [
    # a name: the source capitalises it too
    ("Firefox is the browser we ship.", "Firefox — браузер, который мы поставляем."),
    # the source writes it small, but as a modifier of another noun: a program's name
    ("Start the bash shell first.", "Bash запускается первым."),
    # the English word is set apart in quotation marks
    ("The kettle hangs over the hearth.", "«Kettle» висит над очагом."),
])
def test_a_capitalised_word_the_source_does_not_show_as_a_common_noun_stays_a_name(make_segments, source: str,
                                                                                 target: str) -> None:
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []


# -- untranslated-fragment: emphasised words in a series ------------------------------------------

def test_emphasised_latin_items_of_a_series_are_mentioned_not_stressed(make_segments) -> None:
    source = "The speller now accepts both _Glasgow_ and _porridge_ as written."
    target = "Теперь проверка орфографии принимает и _Glasgow_, и _porridge_ как есть."
    assert check(make_segments, [(source, target)], "untranslated-fragment") == []


def test_a_word_stressed_beside_stressed_russian_words_is_still_left_in(make_segments) -> None:
    source = "Clients talk to it over __encrypted channels__, and __never__ over plain text."
    target = "Клиенты обращаются к нему по __шифрованным каналам__ и __never__ открытым текстом."
    [finding] = check(make_segments, [(source, target)], "untranslated-fragment")
    assert "never" in finding.message
