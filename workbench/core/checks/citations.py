"""Where a text cites another work: a quoted or emphasised title, a reference entry.

A title's words are the cited work's, not the text's terms: a translator leaves a cited English
title as it is or gives the published translation's title, whatever the termbase says of its
words ("_The Mongolian Big Dipper Sutra_", "Lunar Mansions in Islamic History"). The term checks
ask `cited_spans` where those words are, and a term found only there is no term of the text.

Two shapes, in English and Russian, read from the text alone:

* a **reference entry**, a line of a bibliography: a year or a reference's label ("[#2]:", "Quote
  as:", «Цитировать как:»), and one more sign: the other of those two, pages ("pp. 87-123",
  «стр. 520»), a publication's word ("Journal", "Press", "Encyclopaedia", «Издательство») or an
  author written surname first ("Rybka, Konrad", "Kunitzsch P."). The whole line is cited;
* a **cited title**, a span in quotes or emphasis (``_…_``, ``*…*``, “…”, «…») that a word naming a
  work comes just before ("the book", "see", «в статье», «под названием»), or that writes every
  word of four letters or more with a capital, as English titles are written, three words or
  more ("_Chinese and Western Contrast Star Chart_"). A quoted single word or a name in quotes
  ("the constellations "Bow" and "Arrow"") is neither.
"""

from __future__ import annotations

import re

_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
_PAGES = re.compile(r"(?<![^\W\d_])(?:pp?\.?\s?\d|pages?\s\d|стр\.\s?\d|с\.\s?\d)", re.IGNORECASE)
_PUBLICATION = re.compile(
    r"\b(?:Journal|Proceedings|Bulletin|Transactions|Encyclop(?:a)?edia|Vol\.|ISBN|doi:|et al\.|Журнал\w*|"
    r"Вестник\w*|Труды|Энциклопеди\w*|Издательств\w*|изд\.)|(?<=\w )Press\b")
"""A publication's words as a reference writes them, with their capitals: "press" or "journal" in a
sentence is no reference."""
_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?(?:\[#?\d+\]:?|(?:quote|cite)(?:d)? as:|цитировать как:|цитата:)",
                    re.IGNORECASE)
_AUTHOR = re.compile(r"\b[A-Z][a-z]+, (?:[A-Z]\.|[A-Z][a-z]+ (?=\(?\d{4}))|\b[A-Z][a-z]+ [A-Z]\.(?:\s|$)"
                     r"|\b[А-ЯЁ][а-яё]+,? [А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?")
_OTHER_SIGNS = (_PAGES, _PUBLICATION, _AUTHOR)

_DELIMITED = re.compile(r"(?<![\w*])_(?=\S)(.+?)(?<=\S)_(?!\w)|(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"
                        r"|“([^”]+)”|«([^»]+)»|(?<!\w)\"([^\"]+)\"(?!\w)")
_MARKS = "_*“«\""
"""The marks a cited title stands between: a text with none has no such title."""
_WORK_BEFORE = re.compile(
    r"(?:\b(?:book|books|article|articles|paper|papers|essay|study|monograph|catalogue|catalog|atlas|"
    r"titled|entitled|see|cf\.|journal|work)(?![^\W\d_])|(?<![^\W\d_])(?:книг\w*|стать\w*|работ\w*|монографи\w*|"
    r"каталог\w*|атлас\w*|журнал\w*|под названием|см\.))\W{0,3}(?:\w+\W+){0,2}$",
    re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_TITLE_WORD = 4
"""Letters from which a title-cased English title writes a word with a capital ("and", "of",
"the" stay small)."""
_TITLE_WORDS = 3


def cited_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of `text` that cite another work: each reference-entry line whole, and
    each cited title (the module docstring gives the shapes)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.splitlines(keepends=True):
        if _reference_entry(line):
            spans.append((start, start + len(line)))
        start += len(line)
    if not any(mark in text for mark in _MARKS):
        return spans
    for found in _DELIMITED.finditer(text):
        inner = next(group for group in found.groups() if group is not None)
        if _title_cased(inner) or _WORK_BEFORE.search(text[max(0, found.start() - 40):found.start()]):
            spans.append(found.span())
    return spans


def _reference_entry(line: str) -> bool:
    """Whether a line is a reference entry: a year or a reference's label, and a second sign
    (the other of those two, pages, a publication's word or an author written surname first).
    The year and the label are looked for first: a line with neither, most prose, is spared the
    other patterns."""
    label, year = _LABEL.search(line) is not None, _YEAR.search(line) is not None
    if not (label or year):
        return False
    return (label and year) or any(sign.search(line) is not None for sign in _OTHER_SIGNS)


def _title_cased(text: str) -> bool:
    """Whether `text` is written as an English title: three words or more, every one of four
    letters or more with a capital, and at least two of those."""
    words = _WORD.findall(text)
    long_words = [word for word in words if len(word) >= _TITLE_WORD]
    return (len(words) >= _TITLE_WORDS and len(long_words) >= 2 and all(word[0].isupper() for word in long_words)
            and all(word.isascii() for word in long_words))


def all_cited(spans: list[tuple[int, int]], occurrences: list[tuple[int, int]]) -> bool:
    """Whether every one of `occurrences` (character spans) lies inside one of `spans`."""
    return bool(occurrences) and all(any(start <= first and last <= end for start, end in spans)
                                     for first, last in occurrences)
