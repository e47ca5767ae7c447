"""Rules of session 39 (issue 15) for `untranslated-fragment`, read off the misses of the news and
talks sets' machine output. Each test is a made-up pair, not a set's own, with the clean shapes the
rule must spare beside it."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]]) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=["untranslated-fragment"])


# -- the source copied whole, marked English by a note ----------------------------------------------

def test_a_headline_copied_with_only_a_language_note_is_reported(make_segments) -> None:
    pairs = [("Storm Closes Coastal Roads Across the North", "Storm Closes Coastal Roads Across the North (англ.)."),
             ("Storm Closes Coastal Roads Across the North", "Шторм перекрыл прибрежные дороги на севере")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [1]
    assert "Closes" in found[0].message and "Roads" in found[0].message


def test_a_note_citing_a_term_inside_a_russian_sentence_stays(make_segments) -> None:
    pairs = [("Use mouse gestures to move faster.", "Используйте росчерки (англ. mouse gestures), чтобы работать быстрее."),
             ("Coastal Roads", "Прибрежные дороги (англ. Coastal Roads)")]
    assert check(make_segments, pairs) == []


def test_a_name_copied_with_a_note_stays(make_segments) -> None:
    pairs = [("Kubernetes", "Kubernetes (англ.)")]
    assert check(make_segments, pairs) == []


# -- a greeting or discourse word opening a sentence -----------------------------------------------

def test_a_greeting_left_at_a_sentence_start_is_reported(make_segments) -> None:
    pairs = [("Hello, this is Dana from the garden centre.", "Hello, это Дана из садового центра."),
             ("Hello, this is Dana from the garden centre.", "Здравствуйте, это Дана из садового центра.")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [1]
    assert "Hello" in found[0].message


def test_an_opener_before_a_latin_name_is_reported(make_segments) -> None:
    pairs = [("Welcome, Rob. Let us begin.", "Welcome, Rob. Давайте начнём.")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [1]
    assert "Welcome" in found[0].message


def test_an_addressed_name_or_a_brand_opening_a_sentence_stays(make_segments) -> None:
    pairs = [("Alexa, turn the lights off.", "Alexa, выключи свет."),
             ("Google, the company, said so.", "Google, компания, так сказала.")]
    assert check(make_segments, pairs) == []


# -- two English words standing as a clause of their own -------------------------------------------

def test_a_name_and_an_english_word_set_off_as_a_clause_are_reported(make_segments) -> None:
    pairs = [("Siri play, it is my song.", "Siri play, это моя песня."),
             ("We made it. Weather apps. Then the news.", "Мы справились. Weather apps. Потом новости."),
             ("Tax rules - Herald comment", "Налоговые правила — Herald comment (мнение)")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [1, 2, 3]
    assert "play" in found[0].message and "apps" in found[1].message and "comment" in found[2].message


def test_a_label_a_russian_word_names_or_governs_stays(make_segments) -> None:
    pairs = [("Find the Wireless interface section.", "Найдите раздел Wireless interface."),
             ("Press New issue.", "Нажмите New issue."),
             ("Link quality reports the modulation.", "Link quality сообщает качество модуляции."),
             ("Choose «Graphical install».", "Выберите «Graphical install»."),
             ("Red Hat Linux. It ships.", "Red Hat Linux. Она поставляется.")]
    assert check(make_segments, pairs) == []


# -- house rule D10: jargon the document keeps in Latin ---------------------------------------------

def test_a_governed_noun_the_document_keeps_in_latin_elsewhere_is_its_jargon(make_segments) -> None:
    pairs = [("Canary releases reach production slowly.", "Канареечные релизы доходят до production постепенно."),
             ("Test the build before it goes to production.", "Проверьте сборку до выкатки в production.")]
    assert check(make_segments, pairs) == []


def test_a_governed_noun_kept_once_is_still_left_in(make_segments) -> None:
    pairs = [("Canary releases reach users slowly.", "Канареечные релизы доходят до пользователей постепенно."),
             ("Test the build before it goes to production.", "Проверьте сборку до выкатки в production.")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [2]
    assert "production" in found[0].message


def test_jargon_hyphened_to_a_russian_word_nearby_is_kept_too(make_segments) -> None:
    pairs = [("Test production apps deeply.", "Тестируйте production-приложения глубже."),
             ("Test the build before it goes to production.", "Проверьте сборку до выкатки в production.")]
    assert check(make_segments, pairs) == []
