"""punctuation-end, quote-style and whitespace: true positives and near misses."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.project.model import Segment


def check(segments: list[Segment], check_id: str, target_lang: str = "ru") -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang=target_lang, checks=[check_id])


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Why?", "Почему."),
        ("They met.", "Они встретились"),
        ("They met.", "Они встретились?"),
        ("as follows:", "следующим образом."),
    ],
)
def test_punctuation_end_differs(make_segments, source: str, target: str) -> None:
    [finding] = check(make_segments([(source, target)]), "punctuation-end")
    assert "ends with" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ('He spoke of "proletarian identity."', "Он говорил о «пролетарской идентичности»."),
        ("the state.12", "государство."),  # footnote marker after the stop
        ("Wait...", "Подождите…"),
        ("Listen!", "Слушайте."),  # a statement's tone: stop, exclamation, ellipsis
        ("He ought to have a boat.", "Отправим его в плавание!"),
        ("(See above.)", "(См. выше.)"),
        ("Heading", "Заголовок"),
        ("Heading", "Заголовок."),  # a heading gains a stop in translation: house style
        ('Who will stand on the podium?"', "Кто займёт место у трибуны?»."),  # Russian «…?».
        ("1923", "1923"),
        ("Really?!", "Правда?!"),
    ],
)
def test_punctuation_end_near_misses(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "punctuation-end") == []


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ('Он сказал: "нет".', "Straight"),
        ("Он сказал: “нет”.", "not Russian"),
        ("Он сказал: «нет «да» нет».", "inside a quotation"),
        ("„Да“, сказал он.", "inside another"),
        ("Он сказал: 'нет'.", "Straight"),
    ],
)
def test_quote_style_russian(make_segments, target: str, words: str) -> None:
    findings = check(make_segments([("He said no.", target)]), "quote-style")
    assert len(findings) == 1 and words in findings[0].message
    assert all(target[a:b] in "\"'“”«„" for a, b in findings[0].target_spans)


@pytest.mark.parametrize(
    "target",
    [
        "Он сказал: «нет».",
        "Он сказал: «нет „да“ нет».",
        "конец цитаты». Далее",  # the quotation opened in the previous segment
        "Работы О’Брайена и д'Артаньяна.",  # apostrophes, not quotes
        "Без кавычек.",
    ],
)
def test_quote_style_russian_near_misses(make_segments, target: str) -> None:
    assert check(make_segments([("He said no.", target)]), "quote-style") == []


@pytest.mark.parametrize(
    "target", ['He said "no".', "He said “no”.", "He said “no ‘yes’ no”.", "the workers’ clubs"]
)
def test_quote_style_english_accepts_curly_and_straight(make_segments, target: str) -> None:
    assert check(make_segments([("Он сказал «нет».", target)]), "quote-style", "en") == []


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("Клубы  были", "double space"),
        (" Клубы были.", "space at the start"),
        ("Клубы были. ", "space at the end"),
        ("Клубы , как", "space before “,”"),
        ("Клубы были .", "space before “.”"),
        ("Клубы—это", "em dash without spaces"),
    ],
)
def test_whitespace(make_segments, target: str, words: str) -> None:
    [finding] = check(make_segments([("Clubs were.", target)]), "whitespace")
    assert words in finding.message


@pytest.mark.parametrize(
    "target",
    [
        "ни — если уж на то пошло — государству",  # Russian spaces around an em dash
        "в 1923—1924 годах",
        "Клубы были...",
        "— Да, — сказал он.",
        "45 % членов",
    ],
)
def test_whitespace_near_misses(make_segments, target: str) -> None:
    assert check(make_segments([("Clubs were.", target)]), "whitespace") == []


def test_em_dash_without_spaces_is_fine_in_english(make_segments) -> None:
    assert check(make_segments([("Клубы — это", "Clubs—that is")]), "whitespace", "en") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Display details: names, sizes and more", "Показать подробности: имена, размеры и т. д."),
        ("In 1923", "В 1923 г."),
        ("developers-reference 12.18 documentation", "документация developers-reference 12.18"),
    ],
)
def test_punctuation_end_abbreviations_and_version_numbers(make_segments, source, target) -> None:
    assert check(make_segments([(source, target)]), "punctuation-end") == []


def test_quoted_literals_copied_from_the_source_keep_their_marks(make_segments) -> None:
    source = "The choices must be in a field named 'Choices' or “Other”."
    target = "Варианты должны быть в поле 'Choices' или “Other”."
    assert check(make_segments([(source, target)]), "quote-style") == []
    translated = "Варианты должны быть в поле 'Выбор'."
    assert len(check(make_segments([(source, translated)]), "quote-style")) == 1


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Download the .deb from the pool.", "Скачайте .deb из пула."),
        ("Look in ../example-preseed.txt.", "Смотрите ../example-preseed.txt."),
        ("Press Ctrl+Alt+Del .", "Нажмите Ctrl+Alt+Del ."),  # copied from the source
        ("documentation »", "документация »"),
    ],
)
def test_space_before_a_mark_that_opens_a_name_or_is_copied(make_segments, source, target) -> None:
    assert check(make_segments([(source, target)]), "whitespace") == []


def test_a_closing_guillemet_glued_to_the_next_word_is_no_apostrophe(make_segments) -> None:
    target = "так называемые «многоядерные»процессоры, называемые «ядрами»."
    assert check(make_segments([("so called cores.", target)]), "quote-style") == []
