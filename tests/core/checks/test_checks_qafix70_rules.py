"""`unpaired`, `capitalisation` and `same-as-source` on held-out sets' shapes (session 42, issue 15):
a bracket the source draws a face with, a Russian closing “ where the source opens a quotation,
straight marks turned the wrong way, a sentence taken up after an ellipsis, a copied link or code.
Made-up pairs, not a set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def found(make_segments, check: str, *pairs: tuple[str, str]) -> list[Finding]:
    return run_checks(make_segments(list(pairs)), source_lang="en", target_lang="ru", checks=[check])


def test_a_face_in_the_source_spares_no_bracket_the_translation_leaves_open(make_segments) -> None:
    [finding] = found(make_segments, "unpaired",
                      ("He left (for a while) and came back. Still a long way to go :(",
                       "Он ушёл (ненадолго) и вернулся к 22((16) годам."))
    assert "(" in finding.message


@pytest.mark.parametrize(("source", "target"), [
    ("Still a long way to go :(", "Ещё долго :("),  # the face copied
    ("We hope you like it :)", "Надеемся, вам понравится :)"),
    ("See the list (below:)", "См. список (ниже:)"),  # a colon glued to a word: a bracket's pair
])
def test_a_face_is_no_bracket_and_a_colon_inside_brackets_stays_one(make_segments, source: str,
                                                                     target: str) -> None:
    assert found(make_segments, "unpaired", (source, target)) == []


def test_a_closing_mark_never_opened_is_reported_where_the_source_opens_a_quotation(make_segments) -> None:
    [finding] = found(make_segments, "unpaired",
                      ("“Can’t tell,” he said. He spoke. “Hold fire, let's draw them out",
                       "Он сказал, что они невольны“, и люди погибли."))
    assert "“" in finding.message


def test_a_quotation_left_open_as_the_source_leaves_it_stays_silent(make_segments) -> None:
    assert found(make_segments, "unpaired",
                 ("“Can’t tell,” he said. He spoke. “Hold fire, let's draw them out",
                  "«Не знаю», — сказал он. Он сказал: «Не стрелять, выманим их")) == []


def test_straight_marks_turned_the_wrong_way_leave_a_quotation_unpaired(make_segments) -> None:
    [finding] = found(make_segments, "unpaired",
                      ('The headlines say that "Remote work is dead." or that "Remote work failed."',
                       'Заголовки говорят, что Удаленная работа мертва. " или что" Удаленная работа провалилась". "'))
    assert '"' in finding.message


@pytest.mark.parametrize(("source", "target"), [
    ('He said "hi" and "bye".', 'Он сказал "привет" и "пока".'),
    ('Set "name": "value" here.', 'Задайте "name": "value" здесь.'),
    ('A 24" screen and a 27" one.', 'Экран 24" и экран 27".'),  # inches
])
def test_straight_marks_in_turn_stay_silent(make_segments, source: str, target: str) -> None:
    assert found(make_segments, "unpaired", (source, target)) == []


def test_a_sentence_taken_up_after_an_ellipsis_goes_on_in_a_small_letter(make_segments) -> None:
    assert found(make_segments, "capitalisation",
                 ("And they will stay in place...", "И они останутся на месте..."),
                 ("...If I move the keyframes. OK, now add the background.",
                  "когда я двигаю ключевые кадры. Теперь добавим фон.")) == []


def test_a_small_letter_after_a_finished_sentence_is_still_reported(make_segments) -> None:
    [finding] = found(make_segments, "capitalisation",
                      ("And they will stay in place.", "И они останутся на месте."),
                      ("...If I move the keyframes. OK, now add the background.",
                       "когда я двигаю ключевые кадры. Теперь добавим фон."))
    assert finding.check == "capitalisation"


@pytest.mark.parametrize("text", [
    "https://github.com/example/clock/releases/tag/2.25",
    "@user40 https://social.example/@user41/112130344809706592",
    "#PilotTraining #Flying #PA28",
    "- PDF_417",
])
def test_a_copied_link_tag_or_code_has_nothing_to_translate(make_segments, text: str) -> None:
    assert found(make_segments, "same-as-source", (text, text)) == []


@pytest.mark.parametrize("text", ["Save the file.", "Weather v2.0", "See https://example.org for more"])
def test_copied_words_are_still_reported(make_segments, text: str) -> None:
    [finding] = found(make_segments, "same-as-source", (text, text))
    assert finding.check == "same-as-source"


def test_a_space_between_an_address_and_the_stop_after_it_is_no_slip(make_segments) -> None:
    """House rule D13: the space keeps the stop out of the link."""
    assert found(make_segments, "whitespace",
                 ("Contribute at https://gitlab.com/example/wikis",
                  "Внести свой вклад можно на сайте https://gitlab.com/example/wikis .")) == []


def test_a_space_before_a_stop_after_a_word_is_still_a_slip(make_segments) -> None:
    [finding] = found(make_segments, "whitespace", ("Contribute on the site.", "Внести вклад можно на сайте ."))
    assert "." in finding.message


def test_a_quotation_closed_on_a_possessive_is_no_sentence_cut_off(make_segments) -> None:
    assert found(make_segments, "punctuation-end",
                 ("“Anyway, we are heading out. Captain Shaw should be their”",
                  "«Как бы то ни было, мы выходим. Капитан Шоу должен быть там».")) == []


def test_a_source_cut_off_on_a_preposition_is_still_reported(make_segments) -> None:
    [finding] = found(make_segments, "punctuation-end",
                      ("It leads scientists who see problems with", "Это ведёт учёных, которые видят проблемы."))
    assert "breaks off" in finding.message


def test_an_apostrophe_of_a_name_split_by_a_space_is_no_quotation(make_segments) -> None:
    assert found(make_segments, "quote-style",
                 ("'Yellowstone' actor Q'orianka Kilcher wins", "«Йеллоустон»: актриса Q 'orianka Kilcher победила")) == []


def test_a_possessive_mark_copied_after_a_russian_word_is_unpaired_not_quoted(make_segments) -> None:
    pair = ("protecting our (and our users’) rights", "защите наших прав (и прав наших пользователей’)")
    assert found(make_segments, "quote-style", pair) == []
    [finding] = found(make_segments, "unpaired", pair)
    assert "’" in finding.message


def test_a_face_that_closes_an_aside_closes_its_bracket(make_segments) -> None:
    assert found(make_segments, "unpaired",
                 ("Now use the option, and there you go! (hope so:) It's faster!",
                  "Теперь используйте опцию, и вперёд! (мы надеемся :) Это быстрее!")) == []


def test_a_space_before_a_mark_the_source_spaces_after_a_dash_is_copied_layout(make_segments) -> None:
    """House rule D13: the source writes a space before the same mark, after a dash here."""
    assert found(make_segments, "whitespace",
                 ("- i.e. files with a .txt extension - : in the Text files section, change it.",
                  "то есть файлов с расширением .txt : в секции «Текстовые файлы» измените её.")) == []


@pytest.mark.parametrize(("source", "target"), [
    ('The invasion was called "Operation Dragoon".', 'Вторжение получило название "Операция "Драгун"".'),
    ('The author of "Can Criminals Use Facebook?" and "The Best Moments".',
     'Автор статей "Могут ли преступники использовать "Фейсбук"?" и "Лучшие моменты".'),
])
def test_straight_marks_nested_stay_paired(make_segments, source: str, target: str) -> None:
    assert found(make_segments, "unpaired", (source, target)) == []
