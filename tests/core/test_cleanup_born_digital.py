"""A born-digital text (each paragraph one long line) is no scan: its rare words are names and
loans, not misread letters (userday41 saw «Фокса» and "début" flagged in Wilde's text). The
same words in lines cut at a page's width are still suspects, and a damaged shape is one in
any text. A scan an OCR tool wrote one paragraph per line keeps its misread letters: its own
damage says it was scanned."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from workbench.core.ingest.cleanup import clean_text

_BENCH = Path(__file__).resolve().parents[2] / "bench" / "data"

_EN = (
    "Mrs. Otis, who had made her début at a very early age, was a handsome middle-aged woman "
    "with fine eyes and a superb profile, and many American ladies on leaving their native land "
    "adopt an appearance of chronic ill-health, under the impression that it is European."
)
_RU_COINED = (
    "Правительство Германии предложило расширить права соопределения работников на крупных "
    "предприятиях, и профсоюзы встретили это предложение с осторожным одобрением."
)
"""A machine translation's coinage (co-determination), no OCR's two words run together."""
_EN_NEXT = (
    "The wind blew through the old park all night, and in the morning the whole family went "
    "down to the library, where the housekeeper was already waiting for them with the tea."
)
_RU = (
    "Умирая, старик признался, что с помощью этой карты он, жульничая, обыграл Чарлза Джеймса "
    "Фокса в Крокфордзе на целых пятьдесят тысяч фунтов, и Кентервильское привидение, как он "
    "клятвенно уверял, заставило его проглотить меченую карту."
)
_RU_NEXT = (
    "Всю ночь за окнами бушевала буря, а утром вся семья спустилась в библиотеку, где "
    "экономка уже ждала их с чаем и свежими новостями из деревни."
)


def _tokens(text: str, lang: str) -> list[str]:
    return [f.token for p in clean_text(text, lang) for f in p.findings]


def test_a_born_digital_texts_rare_words_are_not_misreadings() -> None:
    for paragraphs, lang in (((_EN, _EN_NEXT), "en"), ((_RU, _RU_NEXT), "ru")):
        assert _tokens("\n\n".join(paragraphs), lang) == []
    assert _tokens(_RU_COINED + "\n\n" + _RU_NEXT, "ru") == []


def test_the_same_words_in_a_pages_lines_are_still_suspects() -> None:
    for paragraphs, lang, word in (((_EN, _EN_NEXT), "en", "début"), ((_RU, _RU_NEXT), "ru", "Фокса"),
                                   ((_RU_COINED, _RU_NEXT), "ru", "соопределения")):
        assert word in _tokens("\n\n".join(textwrap.fill(p, 70) for p in paragraphs), lang)


def test_a_damaged_shape_is_suspect_in_a_born_digital_text() -> None:
    assert "hand_some" in _tokens(_EN.replace("handsome", "hand_some") + "\n\n" + _EN_NEXT, "en")
    assert "стaрик" in _tokens(_RU.replace("старик", "стaрик") + "\n\n" + _RU_NEXT, "ru")


@pytest.mark.parametrize(("run", "lang"), [("ocr_heldout_ru/dym-050-053.txt", "ru"),
                                           ("ocr_heldout/credulities-p2810-p2840.txt", "en")])
def test_a_scan_written_one_paragraph_per_line_keeps_its_misread_letters(run: str, lang: str) -> None:
    """Tesseract's reading of four pages (the OCR held-out sets' runs), written as ABBYY's plain
    text writes a scan: each paragraph one line. Every suspect of the page's lines is found again
    but for a word broken across two lines, whose halves the long lines no longer show."""
    scanned = clean_text((_BENCH / run).read_text(encoding="utf-8"), lang)
    page_lines = [f.token for p in scanned for f in p.findings]
    one_per_line = _tokens("\n".join(p.text for p in scanned), lang)
    assert len(page_lines) >= 16
    assert set(page_lines) - set(one_per_line) <= {"ожила-ний"}
    assert set(one_per_line) <= set(page_lines)
