"""The splitter on what running text holds beyond prose (issue 15, the held-out set of session
33): reference-list entries, footnote marks and elisions after the stop, a dash glued to the
stop, abbreviations of old law reports and scientific papers, units and dot leaders of a table.
The sentences are made up for these tests; none is taken from the held-out set."""

from __future__ import annotations

import pytest

from workbench.core.ingest.bibliography import is_record
from workbench.core.ingest.segmentation import sentences


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("3. Петров С.И. Теория упругих оболочек. – Л.: Судостроение, 1978. – 212 с.", "ru"),
        ("Смирнова А.В., Козлов Д.Е. Кипение в узких каналах // Теплоэнергетика. – 2011. – Т. 58."
         " – № 4. – С. 33-41.", "ru"),
        ("1. Орлов В.В. Течение в трубах. // Известия вузов. Механика. – 2009. – № 2. – С. 10-15.", "ru"),
        ("Портал ядерных данных. Электронный ресурс: http://example.org/nd (дата обращения 12.03.2020).", "ru"),
        ("Белов К. Справочник. - М.: Мир, 1975. - 300 с.", "ru"),
        ("Miller, R. T. (2004). Thin films on glass. Journal of Surface Studies, 18(2), 101-117.", "en"),
        ("Brown J. Heat transfer in rods. Part 2. – Oxford: Clarendon Press, 1961. – 300 p.", "en"),
    ],
)
def test_a_bibliographic_record_is_one_segment(text: str, lang: str) -> None:
    assert sentences(text, lang) == [text]


def test_records_of_an_inline_list_are_one_segment_each() -> None:
    first = "1. Петров С.И. Теория оболочек. – Л.: Судостроение, 1978. – 212 с."
    second = "2. Иванов А.А. Механика. Том 2. – М.: Наука, 1980. – 400 с."
    assert sentences(f"{first} {second}", "ru") == [first, second]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Война шла в 1914 – 1918 гг. Потом наступил мир. Город отстроили.", "ru",
         ["Война шла в 1914 – 1918 гг.", "Потом наступил мир.", "Город отстроили."]),
        ("Смирнов А.В. приехал в 1923 – 1924. Он остался.", "ru",
         ["Смирнов А.В. приехал в 1923 – 1924.", "Он остался."]),
        ("Smith (1999). He wrote more later. It sold well.", "en",
         ["Smith (1999).", "He wrote more later.", "It sold well."]),
        ("Run it. // note one. Then // note two. Done.", "en",
         ["Run it.", "// note one.", "Then // note two.", "Done."]),
    ],
)
def test_prose_with_one_mark_of_a_record_is_still_split(text: str, lang: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


def test_a_long_paragraph_that_cites_is_no_record() -> None:
    sentence = "Автор ссылается на книгу Петрова (– Л.: Судостроение, 1978) и спорит с ней. "
    text = sentence * 20
    assert not is_record(text, 0, len(text))
    assert len(sentences(text, "ru")) == 20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rule was old. /1/ Later courts changed it. /2/",
         ["The rule was old. /1/", "Later courts changed it. /2/"]),
        ("Keep it short. (...) Readers skim.", ["Keep it short. (...)", "Readers skim."]),
    ],
)
def test_a_footnote_mark_or_an_elision_after_the_stop_stays_with_its_sentence(
    text: str, expected: list[str]
) -> None:
    assert sentences(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("— Куда ты? — крикнул Петров.— Стой на месте!", "ru", ["— Куда ты? — крикнул Петров.", "— Стой на месте!"]),
    ],
)
def test_a_dash_glued_to_the_stop_opens_the_next_sentence(text: str, lang: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tools, nails, &c. &c. were sold at the fair.", "en"),
        ("Stone, brick, &c. (42.) were used.", "en"),
        ("The case is reported in 2 H. & N. 356 and was followed.", "en"),
        ("See Annales, tom. xxiv. p. 93, for the details.", "en"),
        ("The results of MM. Arago and Biot were confirmed.", "en"),
        ("The wall was 3 ft. 6 in. high and 2 yd. long.", "en"),
        ("Copper, . . . . 12 lb.", "en"),
    ],
)
def test_an_abbreviation_a_leader_or_a_speck_is_inside_the_sentence(text: str, lang: str) -> None:
    assert sentences(text, lang) == [text]


def test_the_pronoun_after_a_preposition_is_no_abbreviation() -> None:
    assert sentences("Он долго думал о нем. Потом уснул.", "ru") == ["Он долго думал о нем.", "Потом уснул."]
