"""Machine output's own slips (session 38, qafix56): a number written twice, and more below.
Made-up pairs, none from the QA sets."""

from __future__ import annotations

import pytest

from workbench.core.checks import Finding, run_checks
from workbench.core.project.model import Segment


def check(segments: list[Segment], check_id: str) -> list[Finding]:
    return run_checks(segments, source_lang="en", target_lang="ru", checks=[check_id])


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The council approved 7 new parks.", "Совет одобрил 7 7 новых парков."),
        ("She paid 350 dollars.", "Она заплатила 350 350 долларов."),
        ("He said it again and again: 40 houses.", "Он повторял снова и снова: 40 40 домов."),
        ("It was very very cheap: 5 euros.", "Было очень дёшево: 5 5 евро."),
    ],
)
def test_a_number_written_twice_is_a_repeated_word(make_segments, source: str, target: str) -> None:
    [finding] = check(make_segments([(source, target)]), "repeated-word")
    number = target.split()[-3]
    assert f"«{number} {number}»" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The town has 1,000,000 people.", "В городе 1 000 000 жителей."),
        ("It costs 100,100 roubles.", "Это стоит 100 100 рублей."),
        ("Between 12 and 12,000 units.", "От 12 12 000 единиц."),
        ("The matrix row reads 1 1 0.", "Строка матрицы: 1 1 0."),
        ("Two 2-room flats.", "Две 2 2-комнатные квартиры."),
        ("Version 3.3 is out.", "Вышла версия 3.3."),
    ],
)
def test_grouped_numbers_and_the_sources_own_doubles_are_no_repeats(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "repeated-word") == []


def test_a_number_written_twice_is_no_number_added(make_segments) -> None:
    segments = make_segments([("Congress must pass 12 bills, not the 12 bills in one vote.",
                               "Конгресс должен принять 12 12 законов, а не 12 законов одним голосованием.")])
    assert check(segments, "number-mismatch") == []
    assert [f.check for f in check(segments, "repeated-word")] == ["repeated-word"]
    changed = make_segments([("Congress must pass 12 bills.", "Конгресс должен принять 13 13 законов.")])
    assert [f.check for f in check(changed, "number-mismatch")] == ["number-mismatch"]


@pytest.mark.parametrize(
    ("source", "target", "word"),
    [
        ("The fund backs local entrepreneurship.", "Фонд поддерживает местное entrepreneurство.", "entrepreneurство"),
        ("Install the three updates first.", "Сначала установите три updateа.", "updateа"),
        ("Well, the bridge is closed again.", "Well, мост снова закрыт.", "Well"),
        ("It rained. Anyway, we went out.", "Шёл дождь. Anyway, мы вышли.", "Anyway"),
    ],
)
def test_english_words_machine_output_leaves_in_russian(make_segments, source: str, target: str, word: str) -> None:
    [finding] = check(make_segments([(source, target)]), "untranslated-fragment")
    assert f"“{word}”" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Restart Linux first.", "Сначала перезагрузите Linux'а."),
        ("Open the PDF file.", "Откройте PDFку."),
        ("The iPhones were sold out.", "iPhoneы были распроданы."),
        ("Alexa, turn the light on.", "Alexa, включи свет."),
        ("John, it is time.", "John, пора."),
        ("The well is deep.", "Well-колодец глубок."),
        ("We like it.", "Нам нравится: Like, Share."),
        ("With Shift or without it.", "С клавишей Shiftили без неё."),
    ],
)
def test_loans_names_and_copied_labels_are_no_words_left(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "untranslated-fragment") == []


@pytest.mark.parametrize(
    ("source", "target", "first", "second"),
    [
        ("I called when I got home.", "Я позвонил, когдая пришёл домой.", "когда", "я"),
        ("Take tea or coffee.", "Возьмите чай иликофий.", "или", "кофий"),
    ],
)
def test_a_short_word_run_into_the_next_is_a_spacing_slip(make_segments, source, target, first, second) -> None:
    [finding] = check(make_segments([(source, target)]), "spacing")
    assert f"“{first}” and “{second}”" in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Ask the antivirus vendor.", "Спросите антивирусника."),
        ("Otherwise it fails.", "Иначе ничего не выйдет."),
        ("Cocoa beans.", "Какао-бобы и какао."),
        ("Along the river.", "Вдоль реки и вокруг озера."),
        ("The beam will widen.", "Луч разширится."),
        ("Tactility matters.", "Тактильность важна."),
        ("A setup.", "Это называется сэтап."),
    ],
)
def test_words_that_open_with_a_short_word_are_no_joins(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "spacing") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("745 on this Friday evening, and here is the weather.", "Сейчас 7:45 вечера, пятница, и вот прогноз погоды."),
        ("It is 1130 and the roads are clear.", "Сейчас 11:30, дороги свободны."),
    ],
)
def test_a_transcripts_time_said_as_digits_is_the_translations_time(make_segments, source: str, target: str) -> None:
    assert check(make_segments([(source, target)]), "number-mismatch") == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("745 people came on Friday evening.", "В пятницу вечером пришли 7:50 человек."),
        ("It is 1190 metres long.", "Длина 11:90 метров."),
    ],
)
def test_digits_that_are_no_time_or_another_time_still_differ(make_segments, source: str, target: str) -> None:
    assert [f.check for f in check(make_segments([(source, target)]), "number-mismatch")] == ["number-mismatch"]
