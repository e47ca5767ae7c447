"""`number-mismatch`, `quote-style`, `punctuation-end` and `spacing` rules of session 32 (issue
15), read off the held-out sets' false alarms and misses (dev data now): each test is a made-up
text, not a set's own, with the text the rule must still report beside it."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks


def check(make_segments, pairs: list[tuple[str, str]], check_id: str) -> list[Finding]:
    return run_checks(make_segments(pairs), source_lang="en", target_lang="ru", checks=[check_id])


def one(make_segments, source: str, target: str, check_id: str) -> list[Finding]:
    return check(make_segments, [(source, target)], check_id)


# -- number-mismatch: «тысячи», «миллионы» alone are "thousands", "millions" -------------------

@pytest.mark.parametrize("target", [
    "Компания «Триречье» отправила тысячи ящиков в порт.",
    "Компания «Триречье» отправила в порт миллионы ящиков.",
    "Тысячи ящиков компании «Триречье» ушли в порт.",
])
def test_a_plural_scale_word_is_no_thousand_for_a_number_word_to_pair_with(make_segments, target: str) -> None:
    """The name's number is inside one Russian word; the plural is the source's "thousands"."""
    source = "The Three Rivers company shipped thousands of crates to the port."
    assert one(make_segments, source, target, "number-mismatch") == []


@pytest.mark.parametrize(("source", "target"), [
    # a thousand in the genitive after «около»: still one thousand against seven
    ("The company shipped seven crates to the port.", "Компания отправила в порт около тысячи ящиков."),
    # "1,000" is one thousand, not thousands
    ("The company shipped 1,000 crates to the port.", "Компания отправила в порт тысячи ящиков."),
])
def test_a_thousand_stays_a_thousand(make_segments, source: str, target: str) -> None:
    assert [f.check for f in one(make_segments, source, target, "number-mismatch")] == ["number-mismatch"]


# -- number-mismatch: a decade of someone's age written as a span ------------------------------

@pytest.mark.parametrize("target", [
    "Водитель в возрасте от 30 до 40 лет не пострадал.",
    "Водитель в возрасте 30-40 лет не пострадал.",
    "Водителю было от 30-ти до 40-ка лет, он не пострадал.",
])
def test_a_decade_of_age_may_be_written_as_the_span_it_covers(make_segments, target: str) -> None:
    source = "The driver, in his 30s, was unhurt."
    assert one(make_segments, source, target, "number-mismatch") == []


@pytest.mark.parametrize("target", [
    "Водитель в возрасте от 30 до 50 лет не пострадал.",  # a span of two decades
    "Водитель 30 лет не пострадал, через 40 минут он уехал.",  # a 40 of its own
])
def test_another_end_or_another_number_is_still_found(make_segments, target: str) -> None:
    source = "The driver, in his 30s, was unhurt."
    assert [f.check for f in one(make_segments, source, target, "number-mismatch")] == ["number-mismatch"]


def test_a_decade_of_the_calendar_is_no_span_of_years(make_segments) -> None:
    source = "The bridge was built in the 1930s."
    target = "Мост был построен в 1930-1940 годах."
    assert [f.check for f in one(make_segments, source, target, "number-mismatch")] == ["number-mismatch"]


# -- quote-style: marks of measure and of a transliterated letter -----------------------------

@pytest.mark.parametrize(("source", "target"), [
    ("Each mansion spans 12°51' of the zodiac.", "Каждая стоянка занимает 12°51' зодиака."),
    ("The pole lies at 64°10'30\" north.", "Полюс лежит на 64°10'30\" северной широты."),
    ("The shelf is 6'4\" high.", "Высота полки 6'4\"."),
    ("He quoted ‘Umar ibn Said and the Book of Stars.", "Он цитировал ‘Умара ибн Саида и «Книгу звёзд»."),
])
def test_marks_of_measure_and_of_a_letter_copied_are_no_quotes(make_segments, source: str, target: str) -> None:
    assert one(make_segments, source, target, "quote-style") == []


@pytest.mark.parametrize(("source", "target"), [
    ("Each mansion spans 12 parts, called \"houses\".", "Каждая стоянка делится на 12 частей, \"домов\"."),
    ("The ridge is 40°12' north of the \"old road\".", "Хребет лежит в 40°12' к северу от \"старой дороги\"."),
    ("He quoted ‘The Book of Stars’ again.", "Он снова цитировал ‘Книгу звёзд’."),
])
def test_quotation_marks_beside_numbers_are_still_judged(make_segments, source: str, target: str) -> None:
    assert [f.check for f in one(make_segments, source, target, "quote-style")] == ["quote-style"]


# -- punctuation-end: a headline recast as a question, an indirect question -------------------

def test_a_headline_recast_as_a_question_may_end_with_a_question_mark(make_segments) -> None:
    source = "Old Maps, New Roads"
    assert one(make_segments, source, "Нужны ли новые дороги старым картам?", "punctuation-end") == []
    assert [f.check for f in one(make_segments, source, "Новые дороги на старых картах?", "punctuation-end")] == [
        "punctuation-end"]


def test_a_question_reported_as_an_indirect_one_loses_its_question_mark(make_segments) -> None:
    """A question made a statement, even by a verb of asking (house rule D4 of docs/qa.md, session 37)."""
    source = "From which year do the maps date?"
    target = "Встаёт вопрос, с какого года ведутся эти карты."
    assert [f.check for f in one(make_segments, source, target, "punctuation-end")] == ["punctuation-end"]
    assert [f.check for f in one(make_segments, source, "Карты ведутся с давних пор.", "punctuation-end")] == [
        "punctuation-end"]


# -- spacing: a word run into the number after it ---------------------------------------------

def test_a_word_run_into_its_number_is_found(make_segments) -> None:
    findings = one(make_segments, "The archive holds over 40 thousand maps.",
                   "Архив хранит свыше40 тысяч карт.", "spacing")
    assert [f.check for f in findings] == ["spacing"]
    assert "number" in findings[0].message


@pytest.mark.parametrize(("source", "target"), [
    ("The archive holds over 40 thousand maps.", "Архив хранит свыше 40 тысяч карт."),
    ("The hall is 300 m2.", "Площадь зала 300 м2."),  # a unit written so
    ("Open the file map1.txt first.", "Сначала откройте файл карта1.txt."),  # a name that holds its number
])
def test_spaced_numbers_units_and_names_are_silent(make_segments, source: str, target: str) -> None:
    assert one(make_segments, source, target, "spacing") == []
