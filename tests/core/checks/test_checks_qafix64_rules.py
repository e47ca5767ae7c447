"""`spacing` and `whitespace` on held-out sets' shapes (session 40, issue 15): a comma glued
between an acronym and a capitalised word, a formula's bracket, a source's name of letters run
into digits rendered in the translation, a speaker's broken word copied, three spaces between
sentences. Made-up pairs, not a set's own."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def found(make_segments, check: str, source: str, target: str) -> list[Finding]:
    return run_checks(make_segments([(source, target)]), source_lang="en", target_lang="ru", checks=[check])


@pytest.mark.parametrize("target", [
    "Глава ФРС,Пауэлл заявил об этом вчера.",
    "Отчёт МВФ;Совет его одобрил.",
])
def test_a_mark_glued_between_an_acronym_and_a_capitalised_word_is_a_lost_space(make_segments, target: str) -> None:
    [finding] = found(make_segments, "spacing", "The Fed chair, Powell said so yesterday.", target)
    assert "no space after" in finding.message


@pytest.mark.parametrize("target", [
    "Стандарт ГОСТ.Р утверждён.",  # a stop joins an acronym's parts
    "Формат CD.Rom устарел.",
])
def test_a_stop_after_an_acronym_stays_an_acronym_s(make_segments, target: str) -> None:
    assert found(make_segments, "spacing", "The standard is approved.", target) == []


def test_a_lone_cyrillic_letter_in_brackets_after_an_operator_is_a_formula(make_segments) -> None:
    assert found(make_segments, "spacing", "E to the pi i equals negative one.",
                 "Равенство e^(П*i) = -1 известно всем.") == []


def test_russian_words_in_brackets_glued_to_a_sign_stay_a_slip(make_segments) -> None:
    [finding] = found(make_segments, "spacing", "Type the / (slash) character.", "Введите символ /(слеш).")
    assert "(" in finding.message


@pytest.mark.parametrize(("source", "target"), [
    ("I mount a cpe210 on the roof.", "Я ставлю на крышу антенну29."),
    ("@user24 looking forward to it", "ёлтый9 ждёт этого"),
])
def test_a_word_run_into_digits_where_the_source_writes_such_a_name_is_that_name(make_segments, source: str,
                                                                                 target: str) -> None:
    assert found(make_segments, "spacing", source, target) == []


@pytest.mark.parametrize(("source", "target"), [
    ("Over 12 million users.", "Более12 миллионов пользователей, более12 стран."),
    ("I mount a cpe210 on the roof 12 times.", "Я ставлю cpe210 на крышу более12 раз."),  # the name kept whole
    ("I mount a cpe210 on 12 roofs.", "Я ставлю антенну210 на более12 крыш."),  # two glued, one name
])
def test_a_word_run_into_a_number_the_source_names_no_more_is_a_slip(make_segments, source: str,
                                                                     target: str) -> None:
    [finding] = found(make_segments, "spacing", source, target)
    assert "number after it" in finding.message


def test_a_speaker_s_word_broken_off_as_the_source_breaks_it_is_copied(make_segments) -> None:
    assert found(make_segments, "whitespace", "We should add complementary met- these complementary metrics.",
                 "Мы должны добавить дополнительные мет- эти дополнительные метрики.") == []


@pytest.mark.parametrize("source", [
    "Our ability to purchase online has changed.",  # no word broken
    "Pre- and post-processing has changed.",  # a hanging hyphen breaks no word
])
def test_a_russian_compound_broken_where_the_source_breaks_none_stays_a_slip(make_segments, source: str) -> None:
    [finding] = found(make_segments, "whitespace", source, "Наша пред- обработка изменилась.")
    assert "hyphen" in finding.message


def test_three_spaces_between_sentences_are_no_typewriter_s(make_segments) -> None:
    [finding] = found(make_segments, "whitespace", "https://example.org/status/1",
                      "Это адрес поста.   Однако его можно перевести.")
    assert "double space" in finding.message


def test_two_spaces_between_sentences_of_a_one_sentence_source_stay_a_habit(make_segments) -> None:
    assert found(make_segments, "whitespace", "https://example.org/status/1",
                 "Это адрес поста.  Однако его можно перевести.") == []


@pytest.mark.parametrize(("source", "target"), [
    ("Actor Q'orianka Kilcher beats the charges.", "Актёр Q 'orianka Kilcher выиграл дело."),
    ("Tim O'Brien said so.", "Тим O' Brien так сказал."),
])
def test_a_space_beside_the_apostrophe_of_a_copied_name_breaks_it(make_segments, source: str, target: str) -> None:
    [finding] = found(make_segments, "whitespace", source, target)
    assert "'" in finding.message


def test_quoting_with_straight_marks_breaks_no_name(make_segments) -> None:
    assert found(make_segments, "whitespace", "Tim O'Brien said yes.", "Тим O'Brien сказал 'да'.") == []


def test_an_ellipsis_the_source_glues_between_words_set_off_by_a_space_is_a_slip(make_segments) -> None:
    [finding] = found(make_segments, "whitespace", 'It is "the backbone of rural economy... because of its nature."',
                      "Это «основа сельской экономики ... из-за её природы».")
    assert "..." in finding.message


@pytest.mark.parametrize(("source", "target"), [
    ("It runs from A to Z.", "Это от А ... до Я."),  # an omission of the translator's own
    ("It is rural economy... because of it.", "Это сельская экономика… из-за неё."),
])
def test_an_ellipsis_between_words_the_source_does_not_glue_or_glued_is_left(make_segments, source: str,
                                                                              target: str) -> None:
    assert found(make_segments, "whitespace", source, target) == []


def test_a_tag_of_the_source_s_markup_spaced_inside_is_whitespace_s(make_segments) -> None:
    source = "So, <talk> both need references. </talk>"
    target = "Итак, < talk > обоим нужны ссылки. < /talk >"
    [finding] = found(make_segments, "whitespace", source, target)
    assert "<talk>" in finding.message and "</talk>" in finding.message
    assert found(make_segments, "spacing", source, target) == []


def test_a_command_s_placeholder_spaced_after_its_bracket_stays_spacing_s(make_segments) -> None:
    [finding] = found(make_segments, "spacing", "Run ls <file> now.", "Запустите ls < файл> сейчас.")
    assert "<" in finding.message
    assert found(make_segments, "whitespace", "Run ls <file> now.", "Запустите ls < файл> сейчас.") == []
