"""Short lines a text repeats are text, not page furniture (issue furnfix): the date line that
closes each dated piece of a collection, a diary's days, a play's numbered speakers recur, some
with a number, but at no page's pace; a text of one paragraph a line was never set on pages. A
book's running heads, whose numbers grow a page at a time, and its page numbers still go. The
texts are written for these tests."""

from __future__ import annotations

import textwrap

import pytest

from workbench.core.ingest.cleanup import clean_text
from workbench.core.ingest.furniture import page_furniture

SENTENCES = {
    "en": [
        "The road ran down to the river between two rows of willows.",
        "Nobody in the village remembered who had planted them, or when.",
        "In the evening the herd came home along it, slowly, in a cloud of dust.",
        "The old ferryman sat on his upturned boat and watched the water.",
        "He had seen the ice go out sixty times and did not expect to see it again.",
        "His grandson brought him bread and a jug of milk at noon.",
        "They spoke little; there was nothing in the world that needed saying.",
    ],
    "ru": [
        "Дорога спускалась к реке между двумя рядами ракит.",
        "Никто в деревне не помнил, кто их посадил и когда.",
        "Вечером по ней медленно возвращалось стадо, в облаке пыли.",
        "Старый перевозчик сидел на опрокинутой лодке и смотрел на воду.",
        "Он видел ледоход шестьдесят раз и не ждал увидеть его снова.",
        "Внук приносил ему в полдень хлеб и кувшин молока.",
        "Говорили они мало: на свете не было ничего, что нужно было сказать.",
    ],
}


def sentences(lang: str, count: int, start: int = 0) -> list[str]:
    pool = SENTENCES[lang]
    return [pool[(start + n) % len(pool)] for n in range(count)]


def collection(lang: str, date: str, lengths: list[int]) -> str:
    """Pieces of a collection, one paragraph a line (as RusLit and many e-texts keep them):
    a title, the piece's paragraphs, and a date line closing most of them."""
    parts = []
    for number, length in enumerate(lengths):
        title = f"{'Piece' if lang == 'en' else 'Пьеса'} {'ABCDEFGH'[number]}"
        parts.append(f"{title}\n\n" + "\n".join(sentences(lang, length, number)) + f"\n{date}\n")
    return "\n".join(parts)


@pytest.mark.parametrize(("lang", "date"), [
    ("ru", "Февраль, 1878"), ("ru", "Апрель 1878"), ("en", "April 1878"), ("en", "_May, 1878._"),
])
def test_date_lines_closing_a_collections_pieces_stay(lang: str, date: str) -> None:
    """«Февраль, 1878» three times in Turgenev's «Стихотворения в прозе» (set 24): its month
    recurs and it carries a number at its edge, so it was a running head with its page number."""
    text = collection(lang, date, [5, 9, 3, 12])
    assert page_furniture(text) == []
    assert [p.text for p in clean_text(text, lang)].count(date) == 4


def diary(lines_per_entry: list[int], day: str) -> str:
    """A hard-wrapped diary: each entry under its day, entries of any length."""
    entries = []
    for number, count in enumerate(lines_per_entry):
        prose = " ".join(sentences("en", count, number))
        body = textwrap.fill(prose, width=68)
        entries.append(f"{day.format(number * 2 + 3)}\n\n{body}\n")
    return "\n".join(entries)


@pytest.mark.parametrize("day", ["{} March", "March {}", "Tuesday, {}"])
def test_a_diarys_days_stay(day: str) -> None:
    """A day's number grows at each entry, as a page number does, but after entries of any
    length, not a page's worth of lines at a time."""
    text = diary([2, 14, 5, 30, 3, 9], day)
    assert page_furniture(text) == []
    kept = [p.text for p in clean_text(text, "en")]
    assert all(day.format(n * 2 + 3) in kept for n in range(6))


def test_a_diary_of_one_paragraph_a_line_keeps_its_days_however_even() -> None:
    """Entries of three paragraphs each come back evenly, but a text of one paragraph a line,
    without form feeds or page numbers, was never set on pages: nothing in it is furniture."""
    text = "\n".join(f"{n} March\n" + "\n".join(sentences("en", 3, n)) + "\n" for n in range(3, 15))
    assert page_furniture(text) == []


@pytest.mark.parametrize("name", ["SOLDIER {}", "Citizen {}", "{} CITIZEN"])
def test_a_plays_numbered_speakers_stay(name: str) -> None:
    """"Soldier 1" and "Soldier 2" answer each other: the same name with a number that does not
    grow, never a head with its page number."""
    speeches = [(1, 3), (2, 1), (1, 2), (2, 4), (1, 1), (2, 2)]
    text = "\n".join(
        f"{name.format(who)}\n\n" + "\n".join(sentences("en", count, who)) + "\n"
        for who, count in speeches
    )
    assert page_furniture(text) == []


def book_without_form_feeds(head: str, pages: int, lines_per_page: int, numbers: bool) -> tuple[str, list[str]]:
    """A hard-wrapped book pasted without form feeds: a head with its page number on every page
    (on the left of even pages, the right of odd), perhaps a bare page number at its foot."""
    prose = " ".join(sentences("en", 8 * pages * lines_per_page))
    body = textwrap.wrap(prose, width=68)
    furniture: list[str] = []
    out: list[str] = []
    for page in range(pages):
        number = 40 + page
        top = f"{number}  {head}" if number % 2 == 0 else f"{head}  {number}"
        furniture.append(top)
        out += [top, "", *body[page * lines_per_page : (page + 1) * lines_per_page], ""]
        if numbers:
            furniture.append(str(number))
            out += [str(number), ""]
    return "\n".join(out), furniture


@pytest.mark.parametrize("numbers", [True, False])
def test_running_heads_numbered_a_page_at_a_time_still_go(numbers: bool) -> None:
    text, furniture = book_without_form_feeds("THE FERRYMAN", 6, 30, numbers)
    assert page_furniture(text) == furniture
    assert len(clean_text(text, "en")) == 1


def test_running_heads_of_a_text_of_one_paragraph_a_line_go_where_form_feeds_mark_pages() -> None:
    """Form feeds say the text was set on pages, whatever its paragraphs' shape."""
    pages = [
        f"{'THE FERRYMAN' if n % 2 else 'TALES'}  {n + 7}\n\n" + "\n".join(sentences("en", 20, n)) + "\n"
        for n in range(5)
    ]
    text = "\f".join(pages)
    assert [line.lstrip("\f") for line in page_furniture(text)] == [
        f"{'THE FERRYMAN' if n % 2 else 'TALES'}  {n + 7}" for n in range(5)
    ]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_refrain_standing_alone_at_even_intervals_stays_in_a_text_of_one_paragraph_a_line(lang: str) -> None:
    """A refrain set apart between stanzas of even length comes back as evenly as a head on
    every page, but a text of one paragraph a line has no pages for it to head."""
    refrain = {"en": "And the river runs on", "ru": "А река всё течёт"}[lang]
    stanzas = ["\n".join(sentences(lang, 18, n)) for n in range(5)]
    text = "".join(f"{stanza}\n\n{refrain}\n\n" for stanza in stanzas)
    assert page_furniture(text) == []
    assert [p.text for p in clean_text(text, lang)].count(refrain) == 5
