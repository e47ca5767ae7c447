"""Rules read off the org-sites QA set (session 20): each test is a real-looking pair, not the
set's own, for a general cause of one of its misses or false alarms."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(segments, check_id: str) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # A dash stands for "is": a sentence with no finite verb.
        ("* Symbols and strings are different things.", "* символ и строка - разные вещи"),
        ("* Nearly every value is an object (even `nil`).", "* почти любое значение — объект (даже `nil`)"),
        # A finite verb: a sentence too.
        ("* Memory is freed by the garbage collector.", "* память освобождает сборщик мусора"),
    ],
)
def test_a_sentence_item_lowered_and_unstopped_is_reported(make_segments, source: str, target: str) -> None:
    """An item that is a sentence in the source and still one in the translation keeps its
    capital and its stop: losing both is two slips, not the Russian style of list items."""
    segments = make_segments([(source, target)])
    assert check(segments, "capitalisation")
    assert check(segments, "punctuation-end")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("* Install the development headers.", "* установка заголовочных файлов"),
        ("* Support for older compilers.", "* поддержка старых компиляторов"),
    ],
)
def test_a_fragment_item_in_small_letters_without_a_stop_is_russian_style(make_segments, source: str,
                                                                          target: str) -> None:
    segments = make_segments([(source, target)])
    assert check(segments, "capitalisation") == []
    assert check(segments, "punctuation-end") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Thanks to @alice and @bob-k for the review.", "Спасибо @alice и @ bob-k за рецензию."),
        ("The crash was fixed in #4521.", "Сбой исправлен в # 4521."),
    ],
)
def test_a_space_inside_a_handle_copied_from_the_source_is_reported(make_segments, source: str,
                                                                    target: str) -> None:
    [finding] = check(make_segments([(source, target)]), "whitespace")
    assert "after" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Type your note after the # sign.", "Введите примечание после знака # в начале строки."),
        ("Thanks to @alice for the review.", "Спасибо @alice за рецензию."),
    ],
)
def test_a_sign_standing_alone_is_no_broken_handle(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "whitespace") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # A pen name or a title in italics, copied in the source's own marks.
        ("The tutorial was first written by *the poignant crew*, and many still read it.",
         "Учебник написан *the poignant crew*, его читают до сих пор."),
        ("Subscribe to _Ruby Weekly_ for the news.", "Подпишитесь на _Ruby Weekly_, чтобы узнавать новости."),
        # A name the source writes with capitals, which the translation writes small.
        ("The library is released as Free Software under the MIT licence.",
         "Библиотека выпущена как free software под лицензией MIT."),
    ],
)
def test_a_name_copied_from_the_source_is_no_untranslated_fragment(make_segments, source: str,
                                                                  target: str) -> None:
    assert check(make_segments([(source, target)]), "untranslated-fragment") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # Emphasis the translation adds on its own: prose left in English.
        ("The book is really good for beginners.", "Книга *really good* для начинающих."),
        # The source writes the words small: prose, not a name.
        ("The library is free software now.", "Библиотека теперь free software."),
    ],
)
def test_english_prose_left_in_is_still_reported(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "untranslated-fragment")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Many 3rd-party gems still support the old release.",
         "Многие сторонние гемы всё ещё поддерживают старый выпуск."),
        ("A 2nd-hand laptop will do for the course.", "Для курса подойдёт и подержанный ноутбук."),
    ],
)
def test_an_ordinal_opening_a_compound_may_be_said_without_its_number(make_segments, source: str,
                                                                      target: str) -> None:
    assert check(make_segments([(source, target)]), "number-mismatch") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("This is the 3rd attempt to fix the build.", "Это попытка исправить сборку."),  # no compound
        ("Many 3rd-party gems support 4 releases.", "Многие сторонние гемы поддерживают 5 выпусков."),
    ],
)
def test_other_numbers_around_such_a_compound_are_still_compared(make_segments, source: str,
                                                                 target: str) -> None:
    assert check(make_segments([(source, target)]), "number-mismatch")


def test_a_sentence_item_beside_another_unstopped_item_still_needs_its_stop(make_segments) -> None:
    """Two neighbouring items without a stop make a series' style only when they are fragments:
    a sentence in small letters is not the Russian list style, beside whatever item."""
    segments = make_segments([
        ("* Interfaces are not supported.", "* интерфейсы не поддерживаются"),
        ("* Symbols and strings are different things.", "* символ и строка - разные вещи"),
    ])
    assert [f.segment for f in check(segments, "punctuation-end")] == [1, 2]


def test_fragment_items_in_a_series_go_without_stops(make_segments) -> None:
    segments = make_segments([
        ("* Project synchronisation.", "* синхронизация проекта"),
        ("* Support for older compilers.", "* поддержка старых компиляторов"),
    ])
    assert check(segments, "punctuation-end") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # A verb only in a relative clause after a comma: still a fragment.
        ("Build source packages, which are uploaded to the archive.",
         "сборка пакетов с исходным кодом, которые загружаются в архив"),
        # The source's item is no sentence (small letter): the series' style decides.
        ("opens the file in a new tab.", "открывает файл в новой вкладке"),
    ],
)
def test_items_that_are_no_sentence_of_the_source_keep_the_list_style(make_segments, source: str,
                                                                      target: str) -> None:
    segments = make_segments([(source, target), ("closes the tab.", "закрывает вкладку")])
    assert [f for f in check(segments, "punctuation-end") if f.segment == 1] == []
