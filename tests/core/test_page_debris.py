"""Page debris at import (issue 15, ocrfix5): a segment of a scan holding no word of the text
("P", "| i", "_ .", "©", a lone "2" mid-page) is flagged `ocr-suspect` "page debris" and kept;
real short segments (a chapter's "II", "I.", "—", "1923", «Да.», a glossary's "B") are not.
Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.checks.stored import OCR_MESSAGE
from workbench.core.ingest.debris import page_debris, standalone_numbers
from workbench.core.ingest.importing import import_text, prepare_side
from workbench.core.project.store import Project

SCANNED = """THE GHOST

I

The house stood at the end of the lane, and nobody had lived in it for years.

P

The new owners came in May. They laughed at the stories.

| i

The old housekeeper warned them. Nobody listened.

_ .

The stain was back in the morning.

©

They scrubbed the floor again.

| : :

II

At night the clock struck one.

I.

\u2014

\u201cWho is there?\u201d
"""


def _segments(tmp_path: Path, text: str, lang: str) -> list[tuple[str, list[str]]]:
    path = tmp_path / f"doc.{lang}.txt"
    path.write_text(text, encoding="utf-8")
    return [(s.text, [f["message"] for f in s.findings]) for s in prepare_side(path, lang).sentences]


def _debris(segments: list[tuple[str, list[str]]]) -> list[str]:
    return [text for text, messages in segments
            if any("page debris" in message for message in messages)]


def test_scan_debris_is_flagged_and_kept_and_short_segments_of_the_text_are_not(tmp_path: Path) -> None:
    segments = _segments(tmp_path, SCANNED, "en")
    assert _debris(segments) == ["P", "| i", "_ .", "\u00a9", "| : :"]
    texts = [text for text, _ in segments]
    for kept in ("I", "II", "I.", "\u2014", "\u201cWho is there?\u201d", "_ .", "P"):
        assert kept in texts  # nothing is dropped, debris included
    message = next(m for text, messages in segments if text == "\u00a9" for m in messages)
    assert OCR_MESSAGE.fullmatch(message)["reason"] == "page debris, no word of the text"


def test_russian_short_segments_stay_and_its_debris_is_flagged(tmp_path: Path) -> None:
    text = ("Глава первая\n\n\u2014 Кто там?\n\n\u2014 Я.\n\n\u00abДа.\u00bb\n\nВ\n\n"
            "Он ушёл.\n\n= .\n\nДверь закрылась.\n\n\u00b0\n\n\u2014 Ну!\n")
    assert _debris(_segments(tmp_path, text, "ru")) == ["= .", "\u00b0"]


@pytest.mark.parametrize(("segment", "debris"), [
    ("P", True), ("| i", True), ("~", True), ("\u2018" + "34", True), ("`", True), ("- \u0415", True),
    ("I", False), ("V", False), ("a)", False), ("i.", False), ("O!", False), ("...", False),
    ("* * *", False), ("_____", False), ("?", False), ("(3)", False), ("\u00a7 4", False),
    ("{155}", False), ("12.", False), ("1923", False), ("3.14", False), ("\u00abДа.\u00bb", False),
])
def test_what_is_debris(segment: str, debris: bool) -> None:
    lang = "ru" if any("\u0400" <= ch <= "\u04ff" for ch in segment) else "en"
    assert page_debris(segment, lang) is debris


def test_a_regional_language_tag_keeps_its_one_letter_words() -> None:
    assert not page_debris("I", "en-GB") and not page_debris("\u044f", "ru-RU")
    assert page_debris("P", "en-GB")


def test_numbers_and_letters_in_sequence_are_the_texts_headings() -> None:
    """A lone "2" in a text whose chapters are "1", "2", "3" is a heading; the same "2" alone is
    a page number left in the text. A glossary's "B" after "A" is a section."""
    chapters = standalone_numbers(["1", "The first chapter.", "2", "The second.", "3"])
    assert not page_debris("2", "en", chapters)
    assert page_debris("2", "en", standalone_numbers(["2", "A sentence."]))
    glossary = standalone_numbers(["A", "Abacus, n.", "B", "Bore, n.", "E", "F"])
    assert not page_debris("B", "en", glossary) and not page_debris("F", "en", glossary)
    assert page_debris("P", "en", glossary)


def test_clean_prose_gets_no_debris_finding(tmp_path: Path) -> None:
    text = ("CHAPTER 1\n\nIt was late. \u201cNo!\u201d she said.\n\n\u2014\n\nCHAPTER 2\n\n"
            "I.\n\nThe list:\n\n1.\n\nApples.\n\n2.\n\nPears.\n\n* * *\n\nThe end, in 1923.\n")
    assert _debris(_segments(tmp_path, text, "en")) == []


def test_an_import_stores_the_debris_finding_worded_for_the_translator(
    project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "scan.en.txt"
    path.write_text(SCANNED, encoding="utf-8")
    import_text(project, path)
    flagged = [s.source for s in project.segments()
               for f in s.findings if f.check == "ocr-suspect" and "page debris" in f.message]
    assert flagged == ["P", "| i", "_ .", "\u00a9", "| : :"]
