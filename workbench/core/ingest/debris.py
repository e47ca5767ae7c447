"""Page debris: a segment of a scanned page that holds no word of the text.

A scan's specks, rules and stray marks reach the text as segments of their own when the OCR reads
them on a line apart or the splitter cuts them off a sentence ("P", "| i", "_ .", "| : :", "©", a
lone "2" in the middle of a page): nothing in them is the author's, and nothing in the other
language answers them. Such a segment is flagged at import (`ocr-suspect`, "page debris"), never
dropped: a short segment may be the author's, and the translator decides.

A segment is the text's own, and not flagged, if it holds a word: two letters in a row ("II",
«Да»), a one-letter word of the language ("I", «я») or a Roman number ("V"), a letter with a
stop, bracket or exclamation (a list's "a)", an initial, «У!»); an ellipsis; marks a text sets
on a line of their own (a dash, a scene break "* * *", a rule "_____", "?"); or a number the
text uses: with a stop or a bracket ("1.", "(2)"), of three digits or more (a year, "1923"), or
in sequence with another number standing alone (chapters "1", "2"); a letter in sequence with
another standing alone (a glossary's "B", "C"). What is left is a stray letter, mark or digit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from workbench.core.ingest.suspects import garbage_message

__all__ = ["DEBRIS_REASON", "debris_message", "page_debris", "standalone_numbers"]

DEBRIS_REASON = "page debris, no word of the text"
"""The reason of a debris finding, in `suspects`' message shape."""

_ONE_LETTER_WORDS = {
    "en": frozenset("aAIO"),
    "ru": frozenset("аАвВиИкКоОсСуУяЯ"),
}
"""Words of one letter, by language: a segment holding one is text («В», "I")."""
_ROMAN_LETTERS = frozenset("IVXLCDM")
"""A capital that is a Roman number by itself: a chapter's "V", a caption's "No. X"."""
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_CLOSED_LETTER = re.compile(r"[^\W\d_][.)!?\u2026]")
"""A letter with a stop, a bracket or an exclamation: "a)", "I.", «У!»."""
_ELLIPSIS = re.compile(r"\.\.\.|\u2026")
_TEXT_MARKS = frozenset(" -\u2010\u2013\u2014\u2015*\u2042.!?\u2026\"'\u00ab\u00bb\u201c\u201d\u201e")
"""Marks a text sets on a line of their own: dashes, a scene break, a speaker's "?"."""
_NUMBER = re.compile(r"[\u00a7\u2116#(\[{]?\s*(\d+)((?:[.,:/\u2013-]\d+)*)([.)\]}]?)")
"""A number standing alone: `§ 3`, `(2)`, `1.`, `1923`, `3.14`, an edition's page `{155}`."""
_RULE = re.compile(r"([^\w\s]|_)\1{2,}")
"""A line of one mark repeated, the text's separator: "_____", "=====", "* * *" is in
`_TEXT_MARKS`."""
_LONGEST_ORDINAL = 6
_LETTER_ORDINALS = 10**_LONGEST_ORDINAL
_QUOTES = "\"'\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019"
_LONGEST_PAGE_MARK = 2
"""Digits of the longest bare number taken for debris: a page number or a speck read as one; a
longer one is a year or a number the text gives."""


def debris_message(token: str) -> str:
    """The `ocr-suspect` finding's words for a debris segment."""
    return garbage_message(token, DEBRIS_REASON, None)


def standalone_numbers(segments: Iterable[str]) -> frozenset[int]:
    """The values of the bare numbers and single letters standing as segments of a document
    (chapters "1", "2"; a glossary's sections "B", "C", a letter counted by its place in the
    alphabet, as `_ordinal` counts it)."""
    found = set()
    for segment in segments:
        value = _ordinal(segment.strip())
        if value is not None:
            found.add(value)
    return frozenset(found)


def _ordinal(text: str) -> int | None:
    """A bare number's value, or a single letter's code point shifted past any number's, so that
    letters in sequence ("B", "C") follow each other as numbers do; None for anything else."""
    match = _NUMBER.fullmatch(text)
    if match is not None and len(match.group(1)) <= _LONGEST_ORDINAL:
        return int(match.group(1))
    if len(text) == 1 and text.isalpha():
        return _LETTER_ORDINALS + ord(text)
    return None


def page_debris(segment: str, lang: str, numbers: frozenset[int] = frozenset()) -> bool:
    """Is `segment` (a document in `lang`, BCP 47) page debris, holding no word of the text? `numbers`:
    the document's `standalone_numbers`, which make a lone number one of a sequence."""
    text = segment.strip()
    if not text:
        return False
    runs = _LETTER_RUN.findall(text)
    if (any(len(run) >= 2 for run in runs) or _CLOSED_LETTER.search(text)
            or _ELLIPSIS.search(text)
            or any(run in _ONE_LETTER_WORDS.get(lang.split("-")[0].casefold(), frozenset())
                   or run in _ROMAN_LETTERS for run in runs)):
        return False
    alone = _ordinal(text)
    if alone is not None and {alone - 1, alone + 1} & numbers:
        return False  # one of a sequence: chapter "2" after "1", a glossary's "C" after "B"
    number = _NUMBER.fullmatch(text.strip(_QUOTES))
    if number is not None:
        digits, parts, close = number.groups()
        bare = not (parts or close or number.group()[0] in "\u00a7\u2116#([{")
        return bare and len(digits) <= _LONGEST_PAGE_MARK
    if _RULE.fullmatch(text):
        return False
    return bool(runs) or any(ch.isdigit() for ch in text) or not set(text) <= _TEXT_MARKS
