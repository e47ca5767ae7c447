"""Rules of session 35 (issue 15), read off the held-out official-documents set (UN resolutions
and statistics indicators in Russian): lettered and Roman list markers, a soft hyphen inside a
word, a range's dash spaced on one side; and a linked document at another home (`url-email`).
Each test is a made-up pair, not the set's own, with the slip the rule must still find beside it."""

from __future__ import annotations

from workbench.core.checks import Finding, run_checks
from workbench.core.checks.enumerators import letter_markers
from workbench.core.spelling import Speller


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


# -- list markers: a letter or a Roman numeral and a closing bracket ------------------------------

def test_lettered_items_close_no_bracket(make_segments) -> None:
    pairs = [("Share of adults with (a) primary, (b) secondary and (c) tertiary education",
              "Доля взрослых, имеющих a) начальное, b) среднее и c) высшее образование")]
    assert check(make_segments, pairs, "unpaired") == []


def test_roman_and_lettered_items_with_a_bracket_of_their_own(make_segments) -> None:
    target = ("Охват i) чтением и ii) письмом в а) городах; б) сёлах (по данным переписи, "
              "см. приложение IV)")
    assert [target[a:b] for a, b in letter_markers(target)] == ["i)", "ii)", "а)", "б)"]
    pairs = [("Coverage of (i) reading and (ii) writing in (a) towns; (b) villages (census data, see annex IV)",
              target)]
    assert check(make_segments, pairs, "unpaired") == []


def test_a_lost_opening_bracket_after_one_letter_is_still_reported(make_segments) -> None:
    pairs = [("The value (of the function f) is zero.", "Значение функции f) равно нулю.")]
    assert letter_markers(pairs[0][1]) == []
    [finding] = check(make_segments, pairs, "unpaired")
    assert ")" in finding.message


def test_a_list_in_brackets_pairs_its_own_brackets(make_segments) -> None:
    pairs = [("Two kinds (see a) and b) above) are counted.", "Учитываются два вида (см. a) выше и b) ниже)."),
             ("Two kinds are counted: see items a and b.", "Учитываются два вида (см. a) выше и b) ниже.")]
    found = check(make_segments, pairs, "unpaired")
    assert [f.segment for f in found] == [2]


def test_an_item_letter_does_not_open_the_sentence(make_segments) -> None:
    pairs = [("The share of graduates employed", "а) Доля занятых выпускников, б) Доля выпускников вузов"),
             ("The share of graduates employed", "а) доля занятых выпускников")]
    found = check(make_segments, pairs, "capitalisation")
    assert [f.segment for f in found] == [2]


# -- a soft hyphen -----------------------------------------------------------------------------------

def test_a_soft_hyphen_inside_a_word_is_a_hyphenation_point(make_segments) -> None:
    pairs = [("Deaths per 1,000 inhabitants", "Смертность на 1000 жи\u00adтелей"),
             ("Deaths per 1,000 inhabitants", "Смертность на 1000\u00ad жителей")]
    found = check(make_segments, pairs, "whitespace")
    assert [f.segment for f in found] == [2]
    assert "00AD" in found[0].message


def test_the_speller_reads_through_a_soft_hyphen() -> None:
    speller = Speller("ru")
    assert speller.misspellings("Смертность на 1000 жи\u00adтелей") == []
    [wrong] = speller.misspellings("Смертность на 1000 жи\u00adтелий")
    assert wrong.word == "жи\u00adтелий"


# -- a range's dash spaced on one side -----------------------------------------------------------

def test_a_space_after_a_range_dash_is_reported(make_segments) -> None:
    pairs = [("The plan for 2021-2025", "План на 2021– 2025 годы"),
             ("The plan for 2021-2025", "План на 2021–2025 годы"),
             ("The plan for 2021 - 2025", "План на 2021 – 2025 годы"),
             ("Pages 10– 12", "Страницы 10– 12")]
    found = check(make_segments, pairs, "whitespace")
    assert [f.segment for f in found] == [1]
    assert "range" in found[0].message


# -- a linked document at another home -------------------------------------------------------------

def test_a_document_named_by_words_on_another_host_is_the_same_document(make_segments) -> None:
    pairs = [("Read the [style guide](http://blog.example.com/guides/writing_style.html).",
              "Прочтите [руководство по стилю](https://docs.styleguides.org/writing_style.html)."),
             ("Read the [home page](http://blog.example.com/index.html).",
              "Прочтите [главную страницу](http://docs.styleguides.org/index.html)."),
             ("Read the [style guide](http://blog.example.com/guides/writing_style.html).",
              "Прочтите [руководство по стилю](http://blog.example.com/guides/writing-style.html)."),
             ("Read the [style guide](http://blog.example.com/guides/writing_style.html).",
              "Прочтите [руководство по стилю](http://blog.example.org/guides/writing_style.html).")]
    found = check(make_segments, pairs, "url-email")
    assert [f.segment for f in found] == [2, 3, 4]
