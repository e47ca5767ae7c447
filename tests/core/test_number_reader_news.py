"""The number reader on news-style pairs: the localisations a news translator makes agree, and
the changes of value they hide are found (issue 15, measured on `bench/qa_news_numbers.py`).

The sentences are written here in the shape of what the set showed, not copied from it.
"""

from __future__ import annotations

import pytest

from workbench.core.checks import run_checks
from workbench.core.number_reader import compare_texts
from workbench.core.project.model import Segment, SegmentStatus


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # A Russian translation that writes thousands with stops, as German does.
        ("Up to 25,000 refugees crossed the border.", "Границу пересекли до 25.000 беженцев."),
        # Plural scale words and the press's abbreviations.
        ("Sales reached 410 millions, against 380 millions last year.",
         "Продажи достигли 410 миллионов против 380 миллионов в прошлом году."),
        ("The fund lent $700 mln to farmers.", "Фонд одолжил фермерам $700 млн."),
        ("Debt stands at $2.1tn.", "Долг составляет $2,1 трлн."),
        # The scale as the stem of a Russian adjective.
        ("The $45 billion market keeps growing.", "$45-миллиардный рынок продолжает расти."),
        # A Russian time with a stop, at the end of a sentence.
        ("The train leaves at 09:15.", "Поезд отправится в 9.15."),
        # A month said by its adjective.
        ("Parties campaigned ahead of the elections in September.",
         "Партии вели кампанию перед сентябрьскими выборами."),
        ("She lives on October Revolution Square.", "Она живет на площади Октябрьской революции."),
        # A telephone number's groups, whose leading zero no amount has.
        ("Call 044 235 17 90 for tickets.", "Билеты по телефону 044 235 17 90."),
        # A decade written without its century, before «и … годах».
        ("Jazz flourished in the 1960s and 1970s.", "Джаз расцвел в 60-х и 70-х годах."),
        # «вдвое», «втрое» as a reduction to a half, a third.
        ("Staff was cut to 1/2 of its size.", "Штат сократили вдвое."),
        ("Imports fell to 1/3 of the 2019 level.", "Импорт упал втрое по сравнению с 2019 годом."),
        # An hour of the day in Russian words.
        ("The guests left by 1 a.m.", "Гости разошлись к часу ночи."),
        ("The talks resume at 4 p.m.", "Переговоры продолжатся в четыре часа дня."),
    ],
)
def test_news_localisations_agree(source: str, target: str) -> None:
    result = compare_texts(source, target, "en", "ru")
    assert result.agrees, result.explain()


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # A clock time with its part of the day, on the 24-hour locale's side.
        ("Kick-off is at 9.15pm.", "Начало матча в 9:15 вечера."),
        # Counts in words on both sides, the same (a compound against its parts too).
        ("The region was split into five districts.", "Регион разделили на пять округов."),
        ("Four hundred volunteers came.", "Пришли четыре сотни добровольцев."),
        # "millions of" after an amount is its scale; after a year, no amount of millions.
        ("A nation of 90 millions of people.", "90-миллионный народ."),
        ("In 1990 millions of people voted.", "В 1990 году голосовали миллионы людей."),
        ("In 1930 millions lost their jobs.", "В 1930 году миллионы потеряли работу."),
        # A count in words said roughly, or one side's word alone.
        ("A dozen firms signed the deal.", "Сделку подписали более десяти фирм."),
        ("The two ministers met.", "Министры встретились."),
    ],
)
def test_the_new_readings_leave_these_alone(source: str, target: str) -> None:
    """Guards of the rules above (the old code agreed on these too): the 24-hour reading and
    the counts compared in words must not turn them into findings."""
    result = compare_texts(source, target, "en", "ru")
    assert result.agrees, result.explain()


@pytest.mark.parametrize(
    ("source", "target", "explained"),
    [
        # Russian writes the 24-hour clock: «6:00» is the morning, not "6pm".
        ("Polls close at 6pm.", "Участки закроются в 6:00.", "18:00 ≠ 06:00"),
        ("Kick-off is at 9.15am.", "Начало матча в 9:15 вечера.", "09:15 ≠ 21:15"),
        # A count said otherwise in words, where no digit stands.
        ("The region was split into five districts.", "Регион разделили на шесть округов.", "5 ≠ 6"),
        ("The team finished in third place.", "Команда заняла второе место.", "the source has “third”"),
        ("The repairs cost seven thousand euros.", "Ремонт обошелся в семьсот евро.", "7 thousand ≠ 700"),
        # A scale the Russian adjective states otherwise.
        ("The $45 billion market keeps growing.", "$45-миллионный рынок продолжает расти.",
         "45 billion ≠ 45 million"),
    ],
)
def test_news_changes_of_value_are_found(source: str, target: str, explained: str) -> None:
    result = compare_texts(source, target, "en", "ru")
    assert not result.agrees
    assert explained in result.explain(), result.explain()


def test_the_check_reports_a_count_changed_in_words() -> None:
    """`number-mismatch` itself, on a project's segment: the finding names both words."""
    segment = Segment(1, 1, 1, "Cars fall into three classes.", "Машины делятся на четыре класса.",
                      SegmentStatus.TRANSLATED, None, False)
    findings = [f for f in run_checks([segment], source_lang="en", target_lang="ru",
                                      checks=["number-mismatch"])]
    assert [f.check for f in findings] == ["number-mismatch"]
    assert "three" in findings[0].message and "четыре" in findings[0].message


def test_a_reduction_in_words_keeps_its_value() -> None:
    """Guard of «втрое» read as 1/3 (the old code found this too): it is not any fraction."""
    result = compare_texts("Imports fell to 1/4 of the 2019 level.",
                           "Импорт упал втрое по сравнению с 2019 годом.", "en", "ru")
    assert "“1/4” (0.25) in the source is not in the target" in result.explain()
