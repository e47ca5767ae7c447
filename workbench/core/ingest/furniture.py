"""Page furniture: running heads, page numbers and signature marks among a scan's lines.

A scanned book carries its page furniture into the text: a page number and a
running head ("THE CLUB MOVEMENT, 1923-1924 17") at every page boundary, often
in the middle of a paragraph, and at the foot of some pages the printer's
signature mark ("8—2"). They are whole lines of layout, not text, so cleanup
drops them and lets the paragraph run on across the page break; this module
decides which lines they are, from how they recur and where they stand, so a
heading or a short line of text is not mistaken for one. Dropping a line of
text is the worst thing cleanup can do (the user never sees it again), so
where the scan marks its pages with form feeds, furniture must stand at a
page's top or foot.
"""

from __future__ import annotations

import difflib
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence

from workbench.core.ingest.reflow import SENTENCE_END, Layout, Line, split_lines, starts_lowercase

__all__ = ["find_furniture", "page_furniture"]

# Front matter is numbered in lowercase roman numerals; up to lxxxix is plenty, and
# leaving out c, d and m keeps words like "mix" and "dim" from passing as numbers.
_FOLIO = r"(?:\d{1,4}|(?=[ivxl])(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
# A bare page number, perhaps decorated: "12", "- 12 -", "[12]", "Page 12", "стр. 12", "xiv".
_PAGE_NUMBER = re.compile(
    rf"[-\u2013\u2014\[(]?\s*(?:(?:[Pp]age|pp?\.|[Сс]тр\.|с\.)\s*)?{_FOLIO}\s*[-\u2013\u2014\])]?"
)
# A page number at either edge of a running head: "12 THE CLUB MOVEMENT", "Workers' Clubs 13".
_EDGE_NUMBER = re.compile(rf"^{_FOLIO}\s+|\s+{_FOLIO}$")
# A page number at a head's edge as the OCR may read it, with a letter or a speck in it or beside
# it ("ДЫМ 187.", "ДЫМ 189`", "ДЫМ и®9" for 119): a short token holding a digit. Heads are keyed
# without it, so a misread number does not make a head the pages repeat a line of its own.
_MISREAD_EDGE_NUMBER = re.compile(r"^\S{0,2}\d\S{0,3}\s+|\s+\S{0,2}\d\S{0,3}$")
_HEAD_KEY_JUNK = re.compile(r"[\d\W_]+")
# A printer's signature mark at a page's foot: the sheet's number and the leaf in it ("8—2",
# "29-3"), or the sheet's number with a star ("8*"), in old books every eight or sixteen pages.
_SIGNATURE_MARK = re.compile(r"\d{1,3}\s?(?:[-\u2013\u2014]\s?\d|\*)")
_DIGIT = re.compile(r"\d")
_DIGIT_FOLIO = re.compile(r"^(\d{1,4})\s|\s(\d{1,4})$")
_EDGE_LINES = 2
"""Furniture stands among a page's first or last two lines of print (a head and a number, a
number and a signature mark)."""
_SAME_HEAD = 0.85
"""How alike (difflib's ratio) a head whose words the OCR misread ("CUILE AND THE NITRATE
FIELDS", "go FROM MAGIC TO SCIENCE" with 90 read as "go") is to the head the pages repeat."""
_MIN_FUZZY_KEY = 8
"""Shorter heads are not matched loosely: one letter changes too much of them."""
_MAX_HEAD_LENGTH = 70
_KNOWN_HEADS = 100
"""The most heads a misread line is compared with (the most frequent): a book's title and its
chapters' are far fewer; a scan whose every page has its own head has none to misread."""
_MIN_PAGE_LINES = 15
"""The fewest lines between two returns of a running head: a page of print holds more."""
_PAGE_SPREAD = 2.0
"""How many times the shortest run between a running head's returns the longest may be, and the
text before its first or after its last: a head the OCR misread, or a chapter's opening page
without one, doubles a run; a name or a direction comes back at any distance."""
_BOUNDARY_LINES = 3
"""Page markers this close (a page number, then the form feed of the next page) are one boundary."""
_SCRAP_LENGTH = 6
"""The most characters (spaces aside) of a page number the OCR misread into a scrap ("‚-71-—")."""
_ORNAMENT = re.compile(r"[*\u2022\u00b7.\u2026]+|[IVXLCІХ]+\.?")
"""Page markers this close (a page number, then the form feed of the next page) are one boundary."""


def page_furniture(text: str) -> list[str]:
    """The raw lines of `text` that `clean_text` drops as running heads and page numbers.

    Exposed so callers and tests can account for every letter: the letters of
    the cleaned paragraphs plus those of these lines are the letters of the input.
    """
    raw_lines = split_lines(text)
    lines = [Line.parse(raw) for raw in raw_lines]
    return [raw_lines[index] for index in sorted(find_furniture(lines))]


def find_furniture(lines: Sequence[Line]) -> set[int]:
    """Indices of running heads and bare page numbers.

    A page number is a line holding only a number (arabic, or lowercase roman
    as in front matter), maybe decorated. A running head is a short line that
    recurs (compared without its page number) at page boundaries: next to a
    page number or form feed, or carrying its own number; a line recurring
    three or more times standing alone between blank lines counts too where it
    stands as heads do (`_recurs_like_a_head`), where the text was set on pages (form
    feeds, bare page numbers or wrapped lines: a text of one paragraph a line never was).
    A number a recurring line carries is its page number only if it grows a page at a
    time (`_numbered_a_page_at_a_time`): a date line's year, a diary's day, a numbered
    speaker's number recur at no page's pace. A line found mostly away from
    page boundaries is text the document repeats (a play's speaker names), never
    a head. A head seen once (an excerpt with one page break) must show its page
    boundary the same way and also interrupt a sentence, so headings are not
    mistaken for it, and must not stand beside a head the pages repeat.

    Where form feeds mark the pages, a page number must stand among its page's first
    or last lines (mid-page, "66" under a chapter heading is text); a line at a page's
    edge is a head too when its number grows a page at a time with the form feeds, or
    when it reads as a head already found but for letters the OCR misread; and a
    signature mark ("8—2") at a page's foot is dropped.
    """
    edges = _page_edges(lines)
    numbers = {
        i for i, line in enumerate(lines)
        if _is_page_number(line.stripped) and (edges is None or i in edges)
    }
    lengths = sorted(
        len(line.text) for i, line in enumerate(lines) if not line.blank and i not in numbers
    )
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))] if lengths else 0
    keyed: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        top = edges is not None and index in edges and _at_top(lines, index)
        key = _head_key(line.stripped, top) if index not in numbers else None
        if key:
            keyed.setdefault(key, []).append(index)
    heads: set[int] = set()
    single: set[int] = set()
    page_lines = _page_lines(lines, numbers)
    paginated = edges is not None or bool(numbers) or Layout.measure(lines, numbers).wrapped
    for occurrences in keyed.values():
        if page_lines is not None and _numbered_slower_than_pages(lines, occurrences, page_lines):
            continue
        own = _numbered_a_page_at_a_time(lines, occurrences, paginated)
        at_boundary = [i for i in occurrences if _at_page_boundary(lines, i, numbers, own)]
        if paginated and _recurs_like_a_head(lines, occurrences, edges):
            heads.update(occurrences)
        elif 2 * len(at_boundary) <= len(occurrences):
            # Mostly inside the pages: a label the text repeats (a speaker's name before each
            # of his speeches), not a head, which stands at a page's edge; the odd one next to
            # a page's head or number is where the page happened to break.
            continue
        elif len(occurrences) >= 2 and len(at_boundary) >= 2:
            heads.update(at_boundary)
        else:
            single.update(
                i for i in at_boundary
                if _interrupts_text(lines, i, numbers, width) and (edges is None or _at_top(lines, i))
            )
    # A page has one running head: a line seen once beside a head the pages repeat is the page's
    # first line of text (a speaker's name under the play's title), not a second head.
    heads |= {i for i in single if not heads.intersection(_neighbours(lines, i, numbers))}
    if edges is not None:
        heads |= _numbered_like_pages(lines, edges) | _misread_heads(lines, edges, heads)
        numbers |= _misread_numbers(lines, edges, numbers | heads)
    marks = {
        i for i, line in enumerate(lines)
        if _SIGNATURE_MARK.fullmatch(line.stripped) and _at_foot(lines, i, edges, numbers)
    }
    return numbers | heads | marks


def _page_edges(lines: Sequence[Line]) -> set[int] | None:
    """The lines of print among the first and last `_EDGE_LINES` of each page, where the
    scan marks its pages with form feeds (the document's start and end are page edges too);
    None for a text without them, where nothing tells a page's top from its middle."""
    if not any(line.page_break for line in lines):
        return None
    edges: set[int] = set()
    page: list[int] = []
    for index, line in enumerate(lines):
        if line.page_break and page:
            edges.update(page[:_EDGE_LINES] + page[-_EDGE_LINES:])
            page = []
        if not line.blank:
            page.append(index)
    edges.update(page[:_EDGE_LINES] + page[-_EDGE_LINES:])
    return edges


def _page_of(lines: Sequence[Line]) -> list[int]:
    """Each line's page, counted from 0 by the form feeds before it."""
    return list(itertools.accumulate(int(line.page_break) for line in lines))


def _numbered_like_pages(lines: Sequence[Line], edges: set[int]) -> set[int]:
    """Short lines at a page's edge whose number at the start or end grows a page at a time
    with the form feeds ("188 CHILE ...", "MANUFACTURING PROCESSES, 189", "190 ...") on two
    pages or more: page numbers with their running head, whatever the head says. A year or
    a count that opens a line of text does not keep pace with the pages."""
    page = _page_of(lines)
    offsets: dict[int, list[int]] = {}
    for index in sorted(edges):
        text = lines[index].stripped
        found = _DIGIT_FOLIO.search(text)
        if found is None or len(text) > _MAX_HEAD_LENGTH or starts_lowercase(text):
            continue
        offsets.setdefault(int(found.group(1) or found.group(2)) - page[index], []).append(index)
    return {
        index for indices in offsets.values()
        if len({page[i] for i in indices}) >= 2 for index in indices
    }


def _misread_heads(lines: Sequence[Line], edges: set[int], heads: set[int]) -> set[int]:
    """Lines at a page's top or foot that read as a head already found, but for letters the
    OCR misread ("CUILE" for "CHILE", "go" for the page number 90): alike by `_SAME_HEAD`.

    The heads compared are the `_KNOWN_HEADS` most frequent (a book repeats a few: its title,
    its chapters'), each line's key once, and a pair only where difflib's cheap upper bounds
    allow the ratio: every edge line against every head found was 2.5 s for 100 pages of
    heads that differ, 23 s for 300 (hardening, round 22)."""
    counts: Counter[str] = Counter()
    for i in sorted(heads):
        if (key := _loose_key(lines[i].stripped)) and len(key) >= _MIN_FUZZY_KEY:
            counts[key] += 1
    known = [key for key, _count in counts.most_common(_KNOWN_HEADS)]
    keyed: dict[str, list[int]] = {}
    for index in edges - heads:
        if (key := _loose_key(lines[index].stripped)) is not None:
            keyed.setdefault(key, []).append(index)
    found: set[int] = set()
    matcher = difflib.SequenceMatcher(None)
    for head in known:
        matcher.set_seq2(head)
        for key in [key for key in keyed if _may_match(len(key), len(head))]:
            matcher.set_seq1(key)
            if matcher.quick_ratio() >= _SAME_HEAD and matcher.ratio() >= _SAME_HEAD:
                found.update(keyed.pop(key))
    return found


def _misread_numbers(lines: Sequence[Line], edges: set[int], found: set[int]) -> set[int]:
    """Page numbers the OCR read as a scrap ("— 32 —" as "2 9—5", "а!", "ЗЕЕ"; "18" as "р"): the
    first or last line of print of a page that reads as one (`_reads_as_misread_number`), where
    that edge of the pages carries furniture: on two pages or more and on half of them or more,
    the line there is furniture found or such a scrap. A short line of text at a page's edge
    is no scrap: a paragraph's last word ("му.") goes on from a hyphen or is a word, and a
    speaker's name ("ЯША") recurs inside the pages too."""
    pages: list[list[int]] = [[]]
    for index, line in enumerate(lines):
        if line.page_break and pages[-1]:
            pages.append([])
        if not line.blank:
            pages[-1].append(index)
    ends = {side: [page[side] for page in pages if page] for side in (0, -1)}
    candidates = {
        i for side_ends in ends.values() for i in side_ends
        if i not in found and _reads_as_misread_number(lines, i, found)
    }
    if not candidates:
        return set()
    texts = {lines[i].stripped for i in candidates}
    inside = {
        line.stripped for i, line in enumerate(lines)
        if i not in ends[0] and i not in ends[-1] and len(line.text) <= 2 * _SCRAP_LENGTH
        and line.stripped in texts
    }
    misread: set[int] = set()
    for side_ends in ends.values():
        scraps = {i for i in side_ends if i in candidates and lines[i].stripped not in inside}
        carried = sum(1 for i in side_ends if i in found or i in scraps)
        if scraps and carried >= 2 and 2 * carried >= len(side_ends):
            misread |= scraps
    return misread & edges


def _reads_as_misread_number(lines: Sequence[Line], index: int, found: set[int]) -> bool:
    """Is the line a page number's scrap: at most `_SCRAP_LENGTH` characters and three letters,
    no word in it but single letters or capitals ("Да", "Нет" are words), no ornament or
    chapter number ("* * *", "XII"), standing apart from the text (a blank line between) or
    cutting a sentence in two (the text before it goes on, unhyphenated, in lowercase after it)?"""
    text = lines[index].text
    compact = "".join(text.split())
    if len(compact) > _SCRAP_LENGTH or _ORNAMENT.fullmatch(compact):
        return False
    words = re.findall(r"[^\W\d_]+", text)
    if sum(map(len, words)) > 3 or any(len(w) > 1 and not w.isupper() for w in words):
        return False
    apart = (
        index == 0 or lines[index - 1].blank or lines[index].page_break,
        index + 1 >= len(lines) or lines[index + 1].blank or lines[index + 1].page_break,
    )
    if all(apart):
        return True
    before, after = _neighbours(lines, index, found)
    return (
        before is not None and after is not None
        and not SENTENCE_END.search(lines[before].text)
        and lines[before].text[-1] not in "-\u2010\u00ac\u00ad"
        and starts_lowercase(lines[after].stripped)
    )


def _may_match(length: int, other: int) -> bool:
    """Whether strings of these lengths can be `_SAME_HEAD` alike (difflib's `real_quick_ratio`)."""
    return 2.0 * min(length, other) / (length + other) >= _SAME_HEAD


def _loose_key(text: str) -> str | None:
    """A line compared as a head whatever its end: letters only, casefolded; None if long."""
    if not text or len(text) > _MAX_HEAD_LENGTH:
        return None
    return _HEAD_KEY_JUNK.sub(" ", _strip_number(text)).strip().casefold() or None


def _strip_number(text: str) -> str:
    """The line without its page number, read or misread, at either edge."""
    text = _EDGE_NUMBER.sub("", text)
    return _MISREAD_EDGE_NUMBER.sub("", text) if _DIGIT.search(text) else text


def _at_foot(lines: Sequence[Line], index: int, edges: set[int] | None, numbers: set[int]) -> bool:
    """Is the line at a page's foot: among its last lines where pages are marked, else just
    before a page number or a form feed?"""
    if edges is not None:
        return index in edges and not _at_top(lines, index)
    _, after = _neighbours(lines, index, set())
    return after is not None and (after in numbers or lines[after].page_break)


def _at_top(lines: Sequence[Line], index: int) -> bool:
    """Is the line among the first `_EDGE_LINES` lines of print of its page?"""
    seen = 0
    for i in range(index, -1, -1):
        if not lines[i].blank:
            seen += 1
        if lines[i].page_break or i == 0:
            return seen <= _EDGE_LINES
    return True


def _page_lines(lines: Sequence[Line], numbers: set[int]) -> float | None:
    """How many lines a full page holds, from the gaps between page boundaries (bare page
    numbers and form feeds, those within a few lines of each other one boundary): their upper
    quartile, as the pages that end a chapter are short and none is longer than full; None below
    three boundaries, where there is no telling."""
    marks = sorted(numbers | {i for i, line in enumerate(lines) if line.page_break})
    boundaries = [mark for k, mark in enumerate(marks) if k == 0 or mark - marks[k - 1] > _BOUNDARY_LINES]
    gaps = [b - a for a, b in itertools.pairwise(boundaries)]
    return statistics.quantiles(gaps, n=4)[2] if len(gaps) >= 2 else None


def _numbered_slower_than_pages(lines: Sequence[Line], occurrences: list[int], page_lines: float) -> bool:
    """Do these recurring lines carry numbers that grow far slower than the pages they stand
    on? Then they are numbered headings ("CHAPTER 3", "Глава 12"), one every few pages, not
    a running head with its page number, whose number grows a page at a time."""
    numbered = [
        (index, int(found.group().strip()))
        for index in occurrences
        if (found := _EDGE_NUMBER.search(lines[index].stripped)) and found.group().strip().isdigit()
    ]
    if len(numbered) < 3:
        return False
    (first, low), (last, high) = numbered[0], numbered[-1]
    return high - low < 0.5 * (last - first) / page_lines


def _is_page_number(text: str) -> bool:
    return bool(text) and _PAGE_NUMBER.fullmatch(text) is not None


def _head_key(text: str, top: bool = False) -> str | None:
    """A running head compared without its page number, case or punctuation; None
    for lines that cannot be heads (long, or ending like a sentence or a cut word).
    A line ending in a number and a stop ("12 THE CLUB.", "ДЫМ 187." with a speck read
    as a stop) may be a head; with a number the OCR misread, only at a page's `top`,
    as a footnote's reference ("‘ Migne, col, 807.", its mark misread) ends so at the foot."""
    if not text or len(text) > _MAX_HEAD_LENGTH:
        return None
    if re.search(r"[.!?,;:\u2026\-\u2010\u2011\u00ac\u00ad]$", text) and not (
        re.search(r"[.,;:]$", text)
        and (_EDGE_NUMBER.search(text) or top and _MISREAD_EDGE_NUMBER.search(text))
    ):
        return None
    key = _HEAD_KEY_JUNK.sub(" ", _strip_number(text)).strip().casefold()
    return key if len(key) - key.count(" ") >= 3 else None  # only letters and spaces are left


def _neighbours(
    lines: Sequence[Line], index: int, skip: set[int]
) -> tuple[int | None, int | None]:
    """The nearest lines before and after `index` that are neither blank nor in `skip`."""
    before = next(
        (i for i in range(index - 1, -1, -1) if not lines[i].blank and i not in skip), None
    )
    after = next(
        (i for i in range(index + 1, len(lines)) if not lines[i].blank and i not in skip), None
    )
    return before, after


def _at_page_boundary(lines: Sequence[Line], index: int, numbers: set[int], own: bool) -> bool:
    """Is the line at the top or bottom of a page: next to a page number, a form
    feed or the document's edge, or carrying a page number itself (where its number
    is read as a page's: `own`, see `_numbered_a_page_at_a_time`)?"""
    line = lines[index]
    if line.page_break or own and _EDGE_NUMBER.search(line.stripped):
        return True
    before, after = _neighbours(lines, index, set())
    for neighbour in (before, after):
        if neighbour is None or neighbour in numbers or lines[neighbour].page_break:
            return True
    return False


def _numbered_a_page_at_a_time(lines: Sequence[Line], occurrences: list[int], paginated: bool) -> bool:
    """Are the numbers these recurring lines carry at an edge read as page numbers? A page's
    number is printed once and grows with the pages, a page's worth of lines at a time: at every
    return the number is higher, by as many pages as the lines passed hold, evenly (within
    `_PAGE_SPREAD`, as a chapter's short last page or a page without its head shifts the pace).
    A year that closes each dated piece («Февраль, 1878» three times), a diary's days ("12 March",
    "13 March" after entries of any length) or a speech's count come back at no page's pace.

    One number alone cannot be judged (a head seen once must cut a sentence in two as well); two
    need only grow. Where nothing else marks pages (`paginated` false: no form feed, no bare page
    number, one paragraph a line: a text never set on pages) a number is no page's unless three
    show the pace, each return at least a page's worth of lines (`_MIN_PAGE_LINES`) on."""
    numbered = [
        (index, int(found.group(1) or found.group(2)))
        for index in occurrences
        if (found := _DIGIT_FOLIO.search(lines[index].stripped))
    ]
    if len(numbered) < 2:
        return paginated or not numbered
    steps = [(b - a) / (m - n) if m > n else 0.0 for (a, n), (b, m) in itertools.pairwise(numbered)]
    if min(steps) <= 0 or (not paginated and len(steps) < 2):
        return False
    if not paginated and min(steps) < _MIN_PAGE_LINES:
        return False
    return max(steps) <= _PAGE_SPREAD * min(steps)


def _recurs_like_a_head(lines: Sequence[Line], occurrences: list[int], edges: set[int] | None) -> bool:
    """Is a line that stands alone between blank lines three times or more a running head, with
    no page number or form feed beside it to say so? Only if it stands where heads do: at a
    page's edge every time, where form feeds mark the pages; else once a page of print, which
    holds so many lines: its returns a page apart, evenly, from the text's start to its end. A
    speaker's name recurs as often, standing alone before each speech, but comes back after a
    speech, short or long; a stage direction ("Exit") comes back at no measure either."""
    if len(occurrences) < 3 or not all(_stands_alone(lines, i) for i in occurrences):
        return False
    if edges is not None:
        return edges.issuperset(occurrences)
    gaps = sorted(b - a for a, b in itertools.pairwise(occurrences))
    ends = (occurrences[0], len(lines) - 1 - occurrences[-1])
    return gaps[0] >= _MIN_PAGE_LINES and max(gaps[-1], *ends) <= _PAGE_SPREAD * gaps[0]


def _stands_alone(lines: Sequence[Line], index: int) -> bool:
    before_blank = index == 0 or lines[index - 1].blank
    after_blank = index + 1 >= len(lines) or lines[index + 1].blank
    return before_blank and after_blank


def _interrupts_text(lines: Sequence[Line], index: int, numbers: set[int], width: int) -> bool:
    """A short line set like a head (starting with a capital or its page number) that
    cuts a sentence in two (the text before it does not end a sentence, or the text
    after it goes on in lowercase) is page furniture. Page-number evidence in the
    line alone ("12 THE CLUB") needs capitals throughout, as heads are set."""
    line = lines[index]
    if len(" ".join(line.stripped.split())) > 0.75 * width or starts_lowercase(line.stripped):
        return False
    if not (line.page_break or _neighbours_number(lines, index, numbers)) and any(
        char.islower() for char in line.stripped
    ):
        return False
    before, after = _neighbours(lines, index, numbers)
    if after is None:
        return False
    interrupted = before is not None and not SENTENCE_END.search(lines[before].text)
    return interrupted or starts_lowercase(lines[after].stripped)


def _neighbours_number(lines: Sequence[Line], index: int, numbers: set[int]) -> bool:
    before, after = _neighbours(lines, index, set())
    return any(n is not None and (n in numbers or lines[n].page_break) for n in (before, after))
