"""Page furniture of scans whose pages are marked with form feeds (as Tesseract writes them):
heads numbered a page at a time, heads the OCR misread, signature marks, and the numbers and
headings inside a page that are text and must stay (issue 15, the OCR held-out set)."""

from __future__ import annotations

import textwrap

import pytest

from workbench.core.ingest.cleanup import clean_text
from workbench.core.ingest.furniture import page_furniture

BODY = {
    "en": (
        "The weavers of the lower mill walked out on a cold morning in March, and by noon the "
        "spinners had joined them at the gates. Nobody in the town remembered a strike so "
        "large, and the owners, who had refused every petition for a shorter day, sent for "
        "the magistrate before the bells had stopped ringing. The magistrate came late and "
        "listened to both sides with the patience of a man who had already decided. "
    ),
    "ru": (
        "Ткачи нижней фабрики вышли из цехов холодным мартовским утром, а к полудню к ним у "
        "ворот присоединились прядильщики. Никто в городе не помнил такой большой стачки, и "
        "хозяева, отклонявшие всякое прошение о коротком рабочем дне, послали за судьёй ещё "
        "до того, как смолкли колокола. Судья приехал поздно и выслушал обе стороны с "
        "терпением человека, который всё уже решил. "
    ),
}


DAYS = {
    "en": ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
           "tenth", "eleventh", "twelfth"),
    "ru": ("первый", "второй", "третий", "четвёртый", "пятый", "шестой", "седьмой", "восьмой",
           "девятый", "десятый", "одиннадцатый", "двенадцатый"),
}
ON_DAY = {"en": "On the {} day. ", "ru": "День {}. "}


def body_lines(lang: str, count: int) -> list[str]:
    """`count` lines of one long paragraph, wrapped at 60 columns, cut mid-sentence; no line
    repeats (a line recurring at page tops reads as a running head)."""
    text = "".join(ON_DAY[lang].format(day) + BODY[lang] for day in DAYS[lang])
    return textwrap.wrap(text, 60)[:count]


def book(lang: str, tops: list[str], feet: list[str] | None = None, inside: list[str] | None = None) -> str:
    """Pages of 12 lines of one paragraph, each opening with its top line and closed by its foot
    line if given, joined by form feeds; `inside` goes mid-page on the second page, between
    blank lines."""
    lines = body_lines(lang, 12 * len(tops))
    pages = []
    for n, top in enumerate(tops):
        page = lines[12 * n : 12 * (n + 1)]
        if inside and n == 1:
            page = page[:6] + [""] + [item for line in inside for item in (line, "")] + page[6:]
        foot = ["", feet[n]] if feet and feet[n] else []
        pages.append("\n".join([top, "", *page, *foot]) + "\n")
    return "\f".join(pages)


def dropped(text: str) -> list[str]:
    """The lines cleanup drops, without the form feeds that open pages."""
    return [line.lstrip("\f") for line in page_furniture(text)]


def one_paragraph(lang: str, pages: int) -> str:
    return " ".join(body_lines(lang, 12 * pages))


@pytest.mark.parametrize(("lang", "tops"), [
    ("en", ["12 A HISTORY OF THE MILLS.", "THE WEAVERS' STRIKE, 13", "14 A HISTORY OF THE MILLS.",
            "WAGES AND HOURS. 15"]),
    ("ru", ["12 ИСТОРИЯ ФАБРИК.", "СТАЧКА ТКАЧЕЙ, 13", "14 ИСТОРИЯ ФАБРИК.", "ЗАРАБОТОК И ЧАСЫ. 15"]),
])
def test_heads_numbered_a_page_at_a_time_are_dropped_whatever_they_say(lang: str, tops: list[str]) -> None:
    """A head ending with a full stop or a comma, or naming its page's section once: their
    numbers grow with the form feeds, so they are the page numbers with their heads."""
    text = book(lang, tops)
    assert dropped(text) == tops
    assert [p.text for p in clean_text(text, lang)] == [one_paragraph(lang, 4)]


@pytest.mark.parametrize(("lang", "tops"), [
    ("en", ["12 A HISTORY OF THE MILLS", "WAGES 13", "14 A HISTQRY OF THE MILLS", "WAGES 15",
            "l6 A HISTORY OF THE MILLS"]),
    ("ru", ["12 ИСТОРИЯ ФАБРИК", "СТАЧКИ 13", "14 ИСТОРИЯ ФА6РИК", "СТАЧКИ 15", "l6 ИСТОРИЯ ФАБРИК"]),
])
def test_a_head_the_ocr_misread_is_dropped_at_a_page_top(lang: str, tops: list[str]) -> None:
    """"l6" for 16, "Q" for "O", "6" for "б": the line still reads as the book's head."""
    text = book(lang, tops)
    assert dropped(text) == tops


@pytest.mark.parametrize("mark", ["8\u20142", "29-3", "8*", "12 \u2013 4"])
def test_a_signature_mark_at_a_page_foot_is_dropped(mark: str) -> None:
    tops = ["12 A HISTORY OF THE MILLS", "WAGES 13", "14 A HISTORY OF THE MILLS"]
    text = book("en", tops, feet=[mark, "", ""])
    assert dropped(text) == [tops[0], mark, *tops[1:]]
    assert [p.text for p in clean_text(text, "en")] == [one_paragraph("en", 3)]


@pytest.mark.parametrize(("lang", "heading"), [("en", "CHAPTER XIII"), ("ru", "ГЛАВА XIII")])
@pytest.mark.parametrize("number", ["66", "1", "29\u20142"])
def test_a_number_or_a_heading_inside_a_page_is_text(lang: str, heading: str, number: str) -> None:
    """A number alone mid-page (a figure's label, an OCR'd ornament) and the heading above it
    are the user's text: where form feeds mark the pages, furniture stands at a page's edge."""
    tops = {"en": ["12 A HISTORY OF THE MILLS", "WAGES 13", "14 A HISTORY OF THE MILLS"],
            "ru": ["12 ИСТОРИЯ ФАБРИК", "СТАЧКИ 13", "14 ИСТОРИЯ ФАБРИК"]}[lang]
    text = book(lang, tops, inside=[heading, number])
    assert dropped(text) == tops
    cleaned = [p.text for p in clean_text(text, lang)]
    assert heading in cleaned
    assert number in cleaned


def test_a_bare_number_without_form_feeds_is_still_a_page_number() -> None:
    """Without form feeds nothing tells a page's middle from its edge: a lone number between
    paragraphs' lines is the page number it usually is (the earlier behaviour)."""
    text = "the party backed the unions and\n\n66\n\nthe clubs in every city.\n"
    assert page_furniture(text) == ["66"]
