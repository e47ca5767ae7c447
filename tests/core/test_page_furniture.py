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


@pytest.mark.parametrize(("lang", "tops"), [
    ("ru", ["2 9\u20145", "\u0430!", "\u0417\u0415\u0415", "\u044f \u0410"]),
    ("ru", ["\u201a-71-\u2014", "\u043e", "\u0433", "\u0415"]),
    ("en", ["2 9\u20145", "a!", "IEE", "y A"]),
])
def test_page_numbers_the_ocr_read_as_scraps_are_dropped_at_page_tops(lang: str, tops: list[str]) -> None:
    """"— 32 —" read as "2 9—5", "а!", "ЗЕЕ": a scrap of a line at the top of every page is the
    page number, and the paragraph runs on over it."""
    text = book(lang, tops)
    assert dropped(text) == tops
    assert [p.text for p in clean_text(text, lang)] == [one_paragraph(lang, 4)]


def test_a_scrap_at_one_page_foot_is_a_number_where_the_other_feet_carry_numbers() -> None:
    """"18" read as "р" at the foot of a page whose neighbours' feet carry their numbers."""
    tops = ["ИСТОРИЯ ФАБРИК", "СТАЧКИ", "ИСТОРИЯ ФАБРИК", "СТАЧКИ"]
    feet = ["17", "\u0440", "19", "20"]
    assert dropped(book("ru", tops, feet=feet)) == [x for pair in zip(tops, feet) for x in pair]


@pytest.mark.parametrize("tops", [
    ["\u201a-71-\u2014", "IV", "* * *", "\u0433"],  # a chapter's number, an ornament
    ["\u0430!", "Да!", "Нет.", "\u0417\u0415\u0415"],  # words
])
def test_a_short_line_of_text_at_a_page_top_is_no_scrap(tops: list[str]) -> None:
    """Among pages whose tops are scraps of their numbers, a chapter's number, an ornament or a
    word opening a page is text."""
    assert dropped(book("ru", tops)) == [tops[0], tops[3]]


def test_a_short_last_line_at_a_page_foot_is_text() -> None:
    """A word's end after a hyphen ("му.") and the word it ends stay, whatever stands at the
    other pages' feet."""
    lines = body_lines("ru", 36)
    pages = [
        "\n".join(["СТАЧКИ 12", "", *lines[:12], "", "12"]),
        "\n".join(["СТАЧКИ 13", "", *lines[12:23], "бог ведает поче-", "му.", "", ""]),
        "\n".join(["СТАЧКИ 14", "", *lines[24:36], "", "14"]),
    ]
    pages = [page + "\n" for page in pages]
    cleaned = " ".join(p.text for p in clean_text("\f".join(pages), "ru"))
    assert "почему." in cleaned


def test_a_footnote_seen_once_at_a_page_foot_is_no_head() -> None:
    """A note whose mark the OCR lost ("* Какое красивое лицо!" as "Какое красивой лицо!"),
    or kept ("* жанровая картина"), at the foot of a page a sentence runs over: seen once, at
    the foot, where form feeds mark the pages (heads stand at the top); the cleanup kept it."""
    lines = body_lines("ru", 36)
    notes = ["Какое красивой лицо! (франц.)", "* жанровая картина (франц.)"]
    pages = [
        "\n".join(["\u2014 12 \u2014", "", *lines[:12], "", notes[0]]),
        "\n".join(["\u2014 13 \u2014", "", *lines[12:24], "", notes[1]]),
        "\n".join(["\u2014 14 \u2014", "", *lines[24:36]]),
    ]
    pages = [page + "\n" for page in pages]
    text = "\f".join(pages)
    assert dropped(text) == ["\u2014 12 \u2014", "\u2014 13 \u2014", "\u2014 14 \u2014"]
    kept = [p.text for p in clean_text(text, "ru")]
    assert all(note in " ".join(kept) for note in notes)


def test_a_head_whose_number_the_ocr_misread_is_still_the_head() -> None:
    """"ДЫМ 187" read in lowercase with a speck for a stop, "ДЫМ 119" with "и®9" for its
    number: keyed without the misread number, the head recurs as heads do."""
    tops = ["186 И. С. ТУРГЕНЕВ", "дым 187.", "188 И. С. ТУРГЕНЕВ", "дым и\u00ae9", "190 И. С. ТУРГЕНЕВ"]
    assert dropped(book("ru", tops)) == tops
