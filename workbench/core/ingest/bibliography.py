"""Is a stretch of text a bibliographic record (a reference-list entry)?

A record's full stops part the fields of the record, not sentences: «Иванов В.А. Эксплуатация
АЭС. – СПб.: Энергоатомиздат, 1994. – 384 с.» is one entry, and a translator wants it as one
segment (it is copied or transliterated as a whole, never translated stop by stop). The splitter
asks this module about each stretch it is given and keeps a record whole.

The record is recognised by the marks the citation standards put between its areas, not by its
words: GOST 7.1 / 7.0.5 and ISBD part areas with ". – " before the year, the place and publisher
(«– М.: Наука, 1964»), the volume, issue and pages («– Т. 16. – № 3. – С. 65-67», "– Vol. 12. –
PP. 5-9", «– 320 с.»), mark a journal article's source with " // ", and an online one with
«Электронный ресурс», «(дата обращения …)», "URL:"; APA and its kin put the year in brackets
after the authors, "(2010).", and write the volume, issue and pages "12(3), 45-67", with a "doi".
One such mark may stand in prose (a range «1920 – 1923.», an aside "(1999)."); a record has two
or more, or the publication area («– М.: Наука, 1964»), which prose never has. A record is
short: a paragraph longer than `_LONGEST` is prose that cites.
"""

from __future__ import annotations

import re

_LONGEST = 1200
"""Characters: the longest GOST entries (a dozen authors, a conference title) stay below this."""

_SEPARATOR = (
    r"[–—-](?:(?<=[.,»\")\]][–—])|(?<=[.,»\")\]]\s[–—])|(?<=[.,]\s-)(?=\s)|(?<=[^\d\s]\s[–—]){word_only})\s*"
)
"""An area separator: a dash after a stop, a comma, a closing quote or bracket, or after a space;
a hyphen typed for it only after a stop or a comma («Книга. - М.: Наука, 1990. - 100 с.»). The
pattern starts with the dash, so that a search skips to the next dash at once."""

_AREA = re.compile(
    _SEPARATOR.format(word_only="")  # after a number, a spaced dash is a range: «1923 – 1924»
    + r"(?:(?:1[5-9]|20)\d\d(?=\s*(?:[.,;–—]|$))"  # the year: «– 2016.»
    r"|(?:Т|Vol|V|Вып|Iss|Issue|№|No|N|С|C|P|PP|pp|p|S|Ч|Кн|Bd|Heft|Ed|Изд)\.?\s*\d"  # «– Т. 16», "– Vol. 12"
    r"|\d+\s*(?:с|c|p|pp|S|стр|л)\.)"  # the extent: «– 320 с.», "– 418 p."
)
"""One area of a record after its separator: a year, a volume, issue or page, an extent."""

_PUBLICATION = re.compile(
    _SEPARATOR.format(word_only=r"|(?<=\d\s[–—])")
    + r"[A-ZА-ЯЁ][\w-]*\.?(?: [\w-]+)?\s?:\s?[^.;:]{1,80}?,\s?(?:1[5-9]|20)\d\d\b"
)
"""The publication area, place: publisher, year («– М.: Наука, 1964», "– Obninsk: IATE, 2006"),
after a number too ("No. NP-T-2.9 – Vienna: IAEA, 2014"): a record by itself."""

_DIGIT = re.compile(r"\d")

_MARKS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("//",), re.compile(r"(?<=\S)\s?//\s?(?=[«\"A-ZА-ЯЁ])")),  # a part's source: «Статья // Журнал»
    (("ресурс", "esource"), re.compile(r"(?i:электронный\sресурс|electronic\sresource)")),
    (("URL:",), re.compile(r"\bURL:")),
    (("ата ", "ccessed", "etrieved"),  # «(дата обращения: 01.09.2017)»
     re.compile(r"(?i:\(?(?:дата\s(?:доступа|обращения)|accessed|retrieved)\b:?\s?\d)")),
    (("doi", "DOI"), re.compile(r"(?i:\bdoi:?\s?10\.|doi\.org/)")),
    (("(1", "(2"), re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)\.")),  # APA's year: "Smith, J. (2010)."
    (("),",), re.compile(r"\b\d+\s?\(\d+\),\s?\d+\s?[–-]\s?\d+")),  # APA's volume(issue), pages: "12(3), 45-67"
)
"""Other marks only records carry, each kind counted once (code has many `//`), each behind the
plain strings it cannot match without: a substring test is far faster than a regular expression,
and most paragraphs hold none of them."""

_HINTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (hint, mark) for hints, mark in _MARKS for hint in hints
)
"""`_MARKS` flat, hint by hint: one comprehension tests them all, and only the marks whose hint is
there are searched (a loop over the kinds with a break cost more than the tests)."""


_AUTHOR = re.compile(
    r"\s*(?:[\[(]?\d{1,3}[.)\]]\s+)?"  # the entry's number in the list
    r"(?:[A-ZА-ЯЁ][\w'’-]+,?\s(?:[A-ZА-ЯЁ]\.\s?){1,3}"  # «Иванов В.А.», "Smith, J. A."
    r"|(?:[A-ZА-ЯЁ]\.\s?){1,3}[A-ZА-ЯЁ][\w'’-]+[,.])"  # "R. Vaghetto,", «А.И. Иванов.»
)
"""A record that opens with its first author: surname and initials."""


def is_record(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is one bibliographic record: the publication area, or two other marks;
    and it holds a digit (every record has a year, a volume, pages or a date), looked for last:
    most paragraphs have no mark, and the scan for a digit cost more than the tests for marks."""
    if end - start > _LONGEST:
        return False
    part = text[start:end]
    dashed = "–" in part or "—" in part or " - " in part  # what an area's separator needs
    # (a slash of `//`, a URL or a DOI, a bracket, a colon of `URL:`, a resource named: what a
    # paragraph holds if any of the marks is in it)
    marked = "/" in part or "(" in part or ":" in part or "ресурс" in part or "esource" in part
    if not (dashed or marked):
        return False  # no area and no mark can be found: most prose ends here
    found = 0
    if dashed:
        if ":" in part and _PUBLICATION.search(part) is not None:
            return _has_digit(part)
        for _ in _AREA.finditer(part):
            found += 1
            if found >= 2:
                return _has_digit(part)
    if marked:
        for mark in {mark for hint, mark in _HINTS if hint in part}:  # a kind with two hints, once
            if mark.search(part) is not None:
                found += 1
                if found >= 2:
                    return _has_digit(part)
    return found >= 1 and _AUTHOR.match(part) is not None and _has_digit(part)


def _has_digit(part: str) -> bool:
    """Any digit at all: without one, what looked like a record's marks is prose."""
    return _DIGIT.search(part) is not None
