"""Rules of session 38 (issue 15) for `untranslated-fragment`, read off the misses of every QA
set. Each test is a made-up pair, not a set's own, with the clean shapes the rule must spare
beside it."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]]) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=["untranslated-fragment"])


# -- one item of a pair translated, the other left in English --------------------------------------

def test_a_phrase_joined_to_the_translation_of_its_partner_is_reported(make_segments) -> None:
    pairs = [("She worked as a research assistant or librarian for two years.",
              "Она работала research assistant или библиотекарем два года."),
             ("She worked as a research assistant or librarian for two years.",
              "Она работала научным сотрудником или библиотекарем два года.")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [1]
    assert "research" in found[0].message and "assistant" in found[0].message


def test_both_items_kept_in_english_are_names(make_segments) -> None:
    pairs = [("She worked as a research assistant or librarian for two years.",
              "Она работала research assistant или librarian два года.")]
    assert check(make_segments, pairs) == []


def test_a_lone_word_beside_a_russian_noun_stays_a_name(make_segments) -> None:
    pairs = [("Log in as root or administrator.", "Войдите как root или администратор.")]
    assert check(make_segments, pairs) == []


def test_a_phrase_a_russian_noun_names_stays_a_name(make_segments) -> None:
    pairs = [("Take the token classification pipeline and a model.",
              "Возьмите конвейер token classification и модель.")]
    assert check(make_segments, pairs) == []


def test_a_partner_that_is_no_noun_makes_no_pair(make_segments) -> None:
    pairs = [("She worked as a research assistant or better for two years.",
              "Она работала research assistant или лучше два года.")]
    assert check(make_segments, pairs) == []


# -- an English noun after a version number --------------------------------------------------------

def test_a_noun_after_a_version_number_is_reported(make_segments) -> None:
    pairs = [("The fix shipped in the 2.4.1 update last week.", "Исправление вошло в 2.4.1 update на прошлой неделе."),
             ("The fix shipped in the 2.4.1 update last week.", "Исправление вошло в обновление 2.4.1 на прошлой неделе.")]
    found = check(make_segments, pairs)
    assert [f.segment for f in found] == [1]
    assert "update" in found[0].message


def test_a_release_name_after_a_version_number_stays(make_segments) -> None:
    pairs = [("Try the 2.0 beta now.", "Попробуйте 2.0 beta уже сейчас."),
             ("Build 3.1 final is out.", "Сборка 3.1 final вышла.")]
    assert check(make_segments, pairs) == []


def test_a_series_of_latin_items_stays_names(make_segments) -> None:
    pairs = [("It applies to issues and pull requests, or community events.",
              "Это относится к issues и pull requests, или мероприятиям сообщества."),
             ("It applies to issues and pull requests or community events.",
              "Это относится к issues и pull requests или мероприятиям сообщества.")]
    assert check(make_segments, pairs) == []


def test_a_term_among_translated_items_of_a_longer_list_stays(make_segments) -> None:
    pairs = [("Use queues, research assistants, and editors for this.",
              "Используйте очереди, research assistant и редакторов для этого."),
             ("Use queues, research assistants and editors for this.",
              "Используйте очереди, research assistant и редакторов для этого.")]
    assert check(make_segments, pairs) == []
