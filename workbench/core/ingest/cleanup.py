"""OCR-aware cleanup: hard-wrapped scanned text -> paragraphs plus suspect words.

Scanned books arrive as lines cut at the page width, with words broken across
lines (sometimes with the hyphen, often without it: "squab" / "bling"), page
numbers and running heads in the middle of paragraphs, and OCR garbage
("WtXsaccountable", "bou_rgeois"). This module turns such text into paragraphs
a translator can work with, under two promises:

* Letters are never lost or invented. The only characters removed are layout:
  line breaks and indentation, the hyphen of a word rejoined across a line,
  soft hyphens and zero-width spaces, and whole lines of page furniture
  (running heads, page numbers). Non-breaking spaces become plain spaces.
* Nothing that looks wrong is changed silently: suspect words are reported as
  `OcrFinding`s with a suggestion where one is likely, and stay in the text.

Every join/keep decision is made with word frequencies (wordfreq), comparing the
joined word with the reading as two words, never with a hand list; see
`_Lexicon.break_odds` for the model and `_Reflow` for how a document's own
habits (dropped hyphens, its spelling of compounds) shift the decision.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pymorphy3
from wordfreq import available_languages, get_frequency_dict

__all__ = ["OcrFinding", "Paragraph", "clean_text", "find_ocr_suspects", "page_furniture"]


@dataclass(frozen=True)
class OcrFinding:
    """A token that looks like OCR damage, left as it is in the text."""

    start: int
    """Start of the token in `Paragraph.text` (character offset)."""
    end: int
    """End of the token in `Paragraph.text` (exclusive)."""
    token: str
    """The suspect token as it stands in the text."""
    suggestion: str | None
    """Likely correction ("bourgeois" for "bou_rgeois"), or None when nothing is likely."""
    message: str
    """Plain words for the translator:
    "suspected OCR garbage 'bou_rgeois' (...); did you mean 'bourgeois'?"."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a cleaned document, with the raw lines it came from."""

    text: str
    """Cleaned text: reflowed onto one line, words rejoined, page furniture dropped."""
    original: str
    """The raw lines this paragraph spans, verbatim (including page furniture inside it)."""
    findings: tuple[OcrFinding, ...]
    """Suspected OCR damage in `text`, in text order."""


# --- characters -------------------------------------------------------------------------

_LETTERS = r"[^\W\d_]"
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\x85")
# Invisible characters OCR and word processors leave inside words; not letters.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_NO_BREAK_SPACES = re.compile("[\u00a0\u2007\u202f]")
_WHITESPACE_RUN = re.compile(r"\s+")
# Line ends that cut a word: a hyphen after a letter, or the OCR's rendering of a
# discretionary hyphen ("¬", or a soft hyphen), which is always a break.
_HYPHENS = "-\u2010\u2011"
_DISCRETIONARY_HYPHENS = "\u00ac\u00ad"
_DASHES = "\u2013\u2014"
_LEADING_WORD = re.compile(rf"^{_LETTERS}+")
_FIRST_WORD = re.compile(r"^\S+")
_SENTENCE_END = re.compile(r"[.!?\u2026:][\"'\u00bb\u201d\u2019)\]]*$")
_LOWERCASE_START = re.compile(r"^[\"'\u00ab\u201c\u201e\u2018(\[]*[^\W\d_]")

# --- page furniture ------------------------------------------------------------------------

# Front matter is numbered in lowercase roman numerals; up to lxxxix is plenty, and
# leaving out c, d and m keeps words like "mix" and "dim" from passing as numbers.
_FOLIO = r"(?:\d{1,4}|(?=[ivxl])(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
# A bare page number, perhaps decorated: "12", "- 12 -", "[12]", "Page 12", "стр. 12", "xiv".
_PAGE_NUMBER = re.compile(
    rf"[-\u2013\u2014\[(]?\s*(?:(?:[Pp]age|pp?\.|[Сс]тр\.|с\.)\s*)?{_FOLIO}\s*[-\u2013\u2014\])]?"
)
# A page number at either edge of a running head: "12 THE CLUB MOVEMENT", "Workers' Clubs 13".
_EDGE_NUMBER = re.compile(rf"^{_FOLIO}\s+|\s+{_FOLIO}$")
_HEAD_KEY_JUNK = re.compile(r"[\d\W_]+")
_MAX_HEAD_LENGTH = 70

# --- decision thresholds (zipf units: log10 of frequency per billion words) -------------------

_KNOWN_ZIPF = 1.0
"""wordfreq lists words down to about zipf 1; below that a string is not a word we know."""
_HYPHEN_JOIN_MARGIN = 1.5
"""log10 odds needed to drop a line-end hyphen: most such hyphens are breaks, so little is
needed."""
_SPACE_JOIN_BIAS = 1.0
"""Added to the document's prior log odds against a hyphenless break: the unigram model
underrates common pairs ("may be", "direct or"), so joining needs more than even odds."""
_SPACE_JOIN_MIN_MARGIN = 1.5
_SPACE_JOIN_MAX_MARGIN = 4.0
_MIN_BREAK_PART = 2
"""Typesetters never leave a single letter on either side of a break (TeX's hyphenmins are 2-3)."""
# Run-together words ("thestate"): both parts common, and the two-word reading (their
# independent product, zipf sum - 9) more frequent than the string by a margin.
_GLUED_PART_ZIPF = 3.0
_GLUED_SUM_ZIPF = 9.0
_GLUED_MARGIN = 1.5
_GLUED_MARGIN_LISTED = 2.5
"""A string wordfreq lists is often a real if rare word ("therewith", "hereto"): the
two-word reading must beat it by more than an unlisted string."""
_MAX_GLUED_LENGTH = 40
"""Longer letter runs are not two words run together (and would cost a lookup per cut)."""
_GLUED_MAX_OWN_ZIPF = 3.5
"""Run-together pairs can be frequent typos themselves ("ofthe" has zipf 3.3)."""
_TERM_REPEATS = 2
"""OCR garbage is accidental and rarely repeats exactly; an odd-looking word the document
uses twice is a term (NEPmen, formatters). Stray symbols and digits are flagged regardless."""
_ENGLISH_ENDINGS = ("s", "es", "ed", "d", "ing", "ings", "er", "ers", "ly")
"""Inflections wordfreq may lack forms for ("formatters") though it knows the stem."""


# --- public API ---------------------------------------------------------------------------


def clean_text(text: str, lang: str) -> list[Paragraph]:
    """Clean OCR'd, hard-wrapped `text` in language `lang` (BCP 47, e.g. "en", "ru")
    into paragraphs, each with its raw lines and its suspected OCR damage."""
    lexicon = _Lexicon.for_tag(lang)
    raw_lines = _LINE_BREAK.split(text.replace("\u2029", "\n\n"))
    lines = [_Line.parse(raw) for raw in raw_lines]
    furniture = _find_furniture(lines)
    layout = _Layout.measure(lines, furniture)
    document = _DocumentWords(text)
    groups = list(_group_paragraphs(lines, furniture, layout))
    reflow = _Reflow([[lines[i] for i in members] for _, _, members in groups], lexicon, document)
    paragraphs = []
    for first, last, members in groups:
        reflow.doubtful.clear()
        cleaned = reflow.paragraph([lines[index] for index in members])
        original = "\n".join(raw_lines[first : last + 1])
        findings = find_ocr_suspects(cleaned, lexicon.lang, document.counts)
        if reflow.doubtful:
            findings = tuple(
                sorted((*findings, *_doubtful_hyphens(cleaned, reflow.doubtful)),
                       key=lambda f: f.start)
            )
        paragraphs.append(Paragraph(text=cleaned, original=original, findings=findings))
    return paragraphs


def page_furniture(text: str) -> list[str]:
    """The raw lines of `text` that `clean_text` drops as running heads and page numbers.

    Exposed so callers and tests can account for every letter: the letters of
    the cleaned paragraphs plus those of these lines are the letters of the input.
    """
    raw_lines = _LINE_BREAK.split(text.replace("\u2029", "\n\n"))
    lines = [_Line.parse(raw) for raw in raw_lines]
    return [raw_lines[index] for index in sorted(_find_furniture(lines))]


def find_ocr_suspects(
    text: str, lang: str, document_counts: Counter[str] | None = None
) -> tuple[OcrFinding, ...]:
    """Suspected OCR garbage in one cleaned paragraph `text`.

    `document_counts` (casefolded word -> occurrences in the whole document)
    lets a term the document uses again and again (NEPmen) pass as a word.
    """
    lexicon = _Lexicon.for_tag(lang)
    counts = document_counts if document_counts is not None else Counter()
    # Cheap scans find the few tokens worth a closer look.
    positions = [
        m.start() for m in _ODD_INSIDE.finditer(text) if text[m.start() - 1 : m.start()].isalpha()
    ]
    positions += [m.start() for m in _CASE_INSIDE.finditer(text)]
    if _ANY_CYRILLIC.search(text) and _ANY_LATIN.search(text):
        positions += [m.start() for m in _SCRIPT_MIX.finditer(text)]
    positions += [
        m.start()
        for m in _LONG_LOWERCASE_WORD.finditer(text)
        if _glued_split(m.group(), _Lexicon.for_script(m.group(), lexicon))
    ]
    spans = _token_spans(text, positions)
    findings = []
    for start, end in sorted(spans):
        token = text[start:end]
        diagnosis = _diagnose(token, lexicon, counts)
        if diagnosis is None:
            continue
        reason, suggestion = diagnosis
        message = f"suspected OCR garbage '{token}' ({reason})"
        message += f"; did you mean '{suggestion}'?" if suggestion else "; no likely correction"
        findings.append(OcrFinding(start, end, token, suggestion, message))
    return tuple(findings)


# --- lines and layout ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One raw line, normalised for decisions (the raw form is kept by the caller)."""

    text: str
    """Layout-normalised: no form feed, invisible characters or trailing blanks, tabs expanded."""
    indent: int
    page_break: bool
    """The line carried a form feed: a page boundary the scanner marked for us."""

    @classmethod
    def parse(cls, raw: str) -> _Line:
        text = _INVISIBLE.sub(_keep_final_soft_hyphen, raw.replace("\f", "").rstrip())
        text = _NO_BREAK_SPACES.sub(" ", text).expandtabs(4).rstrip()
        indent = len(text) - len(text.lstrip())
        return cls(text=text, indent=indent, page_break="\f" in raw)

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def stripped(self) -> str:
        return self.text.strip()


def _keep_final_soft_hyphen(match: re.Match[str]) -> str:
    """Drop invisible characters, except a soft hyphen that ends the line: it marks a
    word broken there, which the reflow needs to know."""
    is_last = match.end() == len(match.string)
    return match.group() if is_last and match.group() == "\u00ad" else ""


@dataclass(frozen=True)
class _Layout:
    """What the document's layout says about where paragraphs end."""

    width: float
    """Typical full line length (90th percentile), so shorter lines show a deliberate break."""
    indent: int
    """The indentation of lines inside paragraphs; lines indented further start paragraphs."""
    wrapped: bool
    """False for one-paragraph-per-line text, where every line break is a paragraph break."""

    @classmethod
    def measure(cls, lines: Sequence[_Line], furniture: set[int]) -> _Layout:
        text_lines = [i for i, line in enumerate(lines) if not line.blank and i not in furniture]
        if not text_lines:
            return cls(width=0.0, indent=0, wrapped=True)
        lengths = sorted(len(lines[i].text) for i in text_lines)
        width = float(lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))])
        # Lines that go on with an unfinished sentence are inside a paragraph, whatever
        # the share of (indented) first lines in a text of short paragraphs.
        inside = [
            lines[i].indent
            for i in text_lines
            if i > 0 and not lines[i - 1].blank and not _SENTENCE_END.search(lines[i - 1].text)
        ]
        indent = (
            Counter(inside).most_common(1)[0][0]
            if inside
            else min(lines[i].indent for i in text_lines)
        )
        # Inside a paragraph of wrapped prose few lines end a sentence; when almost
        # every line followed by another one does, each line is a paragraph.
        followed = [i for i in text_lines if i + 1 < len(lines) and not lines[i + 1].blank]
        ending = sum(1 for i in followed if _SENTENCE_END.search(lines[i].text))
        wrapped = not followed or ending < 0.6 * len(followed)
        return cls(width=width, indent=indent, wrapped=wrapped)

    def fits(self, line: _Line, following: _Line, slack: float) -> bool:
        """Would the next line's first word have fitted on `line`? Then the break
        was deliberate. `slack` < 1 allows for proportional fonts."""
        word = _FIRST_WORD.search(following.stripped)
        return len(line.text) + 1 + (len(word.group()) if word else 0) <= slack * self.width

    def indented(self, line: _Line) -> bool:
        return line.indent >= self.indent + 2


def _group_paragraphs(
    lines: Sequence[_Line], furniture: set[int], layout: _Layout
) -> Iterable[tuple[int, int, list[int]]]:
    """Yield (first line, last line, text line indices) for each paragraph."""
    members: list[int] = []
    blank_gap = page_gap = False
    for index, line in enumerate(lines):
        if line.page_break:
            page_gap = True
        if line.blank:
            blank_gap = True
            continue
        if index in furniture:
            page_gap = True
            continue
        if members and _starts_paragraph(lines[members[-1]], line, blank_gap, page_gap, layout):
            yield members[0], members[-1], members
            members = []
        members.append(index)
        blank_gap = page_gap = False
    if members:
        yield members[0], members[-1], members


def _starts_paragraph(
    previous: _Line, line: _Line, blank_gap: bool, page_gap: bool, layout: _Layout
) -> bool:
    """Does `line` start a new paragraph after `previous` (the last text line)?"""
    cut_word = (
        _ends_discretionary(previous.text) or _hyphenated_last_word(previous.text) is not None
    )
    continues_lower = _starts_lowercase(line.stripped)
    if cut_word and continues_lower:
        return False  # a paragraph never ends inside a word, whatever lies between
    if not layout.wrapped:
        return True
    ends_sentence = bool(_SENTENCE_END.search(previous.text))
    if page_gap:
        # The page break interrupts the paragraph unless the text says it ended there.
        if continues_lower:
            return False
        return ends_sentence and (layout.indented(line) or layout.fits(previous, line, 0.9))
    if blank_gap:
        return True
    if continues_lower:
        return False
    if layout.indented(line) and (ends_sentence or layout.fits(previous, line, 0.9)):
        return True
    if ends_sentence and layout.fits(previous, line, 0.9):
        return True
    return layout.fits(previous, line, 0.75)


def _last_word(text: str) -> str | None:
    """The letters ending `text`, if it ends in a letter. Matching the reversed text
    costs one word; searching for `letters$` would cost a pass per character."""
    if not text or not text[-1].isalpha():
        return None
    match = _LEADING_WORD.match(text[::-1])
    return match.group()[::-1] if match else None


def _hyphenated_last_word(text: str) -> str | None:
    """ "institu" for a line ending "institu-": a word cut at the line end, hyphen kept."""
    return _last_word(text[:-1]) if text[-1:] in tuple(_HYPHENS) else None


def _ends_discretionary(text: str) -> bool:
    return len(text) > 1 and text[-1] in _DISCRETIONARY_HYPHENS and text[-2].isalpha()


def _starts_lowercase(text: str) -> bool:
    """Does the line start (after opening quotes or brackets) with a lowercase letter,
    i.e. continue a sentence?"""
    match = _LOWERCASE_START.match(text)
    return match is not None and match.group()[-1].islower()


# --- page furniture ------------------------------------------------------------------------


def _find_furniture(lines: Sequence[_Line]) -> set[int]:
    """Indices of running heads and bare page numbers.

    A page number is a line holding only a number (arabic, or lowercase roman
    as in front matter), maybe decorated. A running head is a short line that
    recurs (compared without its page number) at page boundaries: next to a
    page number or form feed, or carrying its own number; a line recurring
    three or more times standing alone between blank lines counts too. A head
    seen once (an excerpt with one page break) must show its page boundary the
    same way and also interrupt a sentence, so headings are not mistaken for it.
    """
    numbers = {i for i, line in enumerate(lines) if _is_page_number(line.stripped)}
    lengths = sorted(
        len(line.text) for i, line in enumerate(lines) if not line.blank and i not in numbers
    )
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))] if lengths else 0
    keyed: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        key = _head_key(line.stripped) if index not in numbers else None
        if key:
            keyed.setdefault(key, []).append(index)
    heads: set[int] = set()
    for occurrences in keyed.values():
        at_boundary = [i for i in occurrences if _at_page_boundary(lines, i, numbers)]
        if len(occurrences) >= 3 and all(_stands_alone(lines, i) for i in occurrences):
            heads.update(occurrences)
        elif len(occurrences) >= 2 and len(at_boundary) >= 2:
            heads.update(at_boundary)
        else:
            heads.update(i for i in at_boundary if _interrupts_text(lines, i, numbers, width))
    return numbers | heads


def _is_page_number(text: str) -> bool:
    return bool(text) and _PAGE_NUMBER.fullmatch(text) is not None


def _head_key(text: str) -> str | None:
    """A running head compared without its page number, case or punctuation; None
    for lines that cannot be heads (long, or ending like a sentence or a cut word)."""
    if (
        not text
        or len(text) > _MAX_HEAD_LENGTH
        or re.search(r"[.!?,;:\u2026\-\u2010\u2011\u00ac\u00ad]$", text)
    ):
        return None
    key = _HEAD_KEY_JUNK.sub(" ", _EDGE_NUMBER.sub("", text)).strip().casefold()
    return key if len(key) - key.count(" ") >= 3 else None  # only letters and spaces are left


def _neighbours(
    lines: Sequence[_Line], index: int, skip: set[int]
) -> tuple[int | None, int | None]:
    """The nearest lines before and after `index` that are neither blank nor in `skip`."""
    before = next(
        (i for i in range(index - 1, -1, -1) if not lines[i].blank and i not in skip), None
    )
    after = next(
        (i for i in range(index + 1, len(lines)) if not lines[i].blank and i not in skip), None
    )
    return before, after


def _at_page_boundary(lines: Sequence[_Line], index: int, numbers: set[int]) -> bool:
    """Is the line at the top or bottom of a page: next to a page number, a form
    feed or the document's edge, or carrying a page number itself?"""
    line = lines[index]
    if line.page_break or _EDGE_NUMBER.search(line.stripped):
        return True
    before, after = _neighbours(lines, index, set())
    for neighbour in (before, after):
        if neighbour is None or neighbour in numbers or lines[neighbour].page_break:
            return True
    return False


def _stands_alone(lines: Sequence[_Line], index: int) -> bool:
    before_blank = index == 0 or lines[index - 1].blank
    after_blank = index + 1 >= len(lines) or lines[index + 1].blank
    return before_blank and after_blank


def _interrupts_text(lines: Sequence[_Line], index: int, numbers: set[int], width: int) -> bool:
    """A short line set like a head (starting with a capital or its page number) that
    cuts a sentence in two (the text before it does not end a sentence, or the text
    after it goes on in lowercase) is page furniture. Page-number evidence in the
    line alone ("12 THE CLUB") needs capitals throughout, as heads are set."""
    line = lines[index]
    if len(" ".join(line.stripped.split())) > 0.75 * width or _starts_lowercase(line.stripped):
        return False
    if not (line.page_break or _neighbours_number(lines, index, numbers)) and any(
        char.islower() for char in line.stripped
    ):
        return False
    before, after = _neighbours(lines, index, numbers)
    if after is None:
        return False
    interrupted = before is not None and not _SENTENCE_END.search(lines[before].text)
    return interrupted or _starts_lowercase(lines[after].stripped)


def _neighbours_number(lines: Sequence[_Line], index: int, numbers: set[int]) -> bool:
    before, after = _neighbours(lines, index, set())
    return any(n is not None and (n in numbers or lines[n].page_break) for n in (before, after))


# --- reflow ------------------------------------------------------------------------------


class _DocumentWords:
    """Words and hyphenated compounds as the document itself spells them within lines:
    its own usage ("co-operation") outweighs general frequencies."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: Counter[str] | None = None
        self._compounds: frozenset[str] | None = None

    @property
    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = Counter(re.findall(_LETTERS + "+", self._text.casefold()))
        return self._counts

    @property
    def compounds(self) -> frozenset[str]:
        if self._compounds is None:
            found = re.findall(rf"{_LETTERS}+[-\u2010\u2011]{_LETTERS}+", self._text)
            self._compounds = frozenset(re.sub("[\u2010\u2011]", "-", c).casefold() for c in found)
        return self._compounds


class _Reflow:
    """Joins a document's paragraph lines, deciding at each line end whether a word
    was broken there.

    How readily a plain line end (no hyphen) is taken for a broken word depends
    on the document: an OCR that drops hyphens leaves evident breaks, where a
    fragment is no word at all ("decentraliza|tion"); a clean text has none, so
    a pair like "direct|or" stays two words there.
    """

    def __init__(
        self, paragraphs: Sequence[Sequence[_Line]], lexicon: _Lexicon, document: _DocumentWords
    ):
        self.lexicon = lexicon
        self.document = document
        pairs = [
            (before, after.group())
            for lines in paragraphs
            for left, right in zip(lines, lines[1:], strict=False)
            if (before := _last_word(left.text))
            and (after := _LEADING_WORD.match(right.stripped))
            and min(len(before), len(after.group())) >= _MIN_BREAK_PART
        ]
        self.doubtful: list[tuple[str, str]] = []
        """Hyphens kept at a line break though neither reading is a known word."""
        evident = sum(1 for before, after in pairs if self._evident_break(before, after))
        # Smoothed towards a prior of 1%: a short text proves little, and most texts
        # keep their hyphens.
        rate = (evident + 0.2) / (len(pairs) + 20)
        margin = math.log10((1 - rate) / rate) + _SPACE_JOIN_BIAS
        self.space_join_margin = min(_SPACE_JOIN_MAX_MARGIN, max(_SPACE_JOIN_MIN_MARGIN, margin))

    def _evident_break(self, before: str, after: str) -> bool:
        joined = self.lexicon.is_word(before + after)
        return joined and not (self.lexicon.is_word(before) and self.lexicon.is_word(after))

    def paragraph(self, lines: Sequence[_Line]) -> str:
        """Join a paragraph's lines into one, rejoining words broken at line ends."""
        pieces = [lines[0].stripped]
        for line in lines[1:]:
            following = line.stripped
            left, separator = self._junction(pieces[-1], following)
            pieces[-1] = left
            pieces.append(separator)
            pieces.append(following)
        # A soft hyphen still here ended the paragraph's last line: nothing to join.
        return _WHITESPACE_RUN.sub(" ", "".join(pieces).replace("\u00ad", "")).strip()

    def _junction(self, left: str, right: str) -> tuple[str, str]:
        """How `left` (the text so far) meets the next line `right`: the possibly
        shortened left text and the separator ("" or " ")."""
        next_word = _LEADING_WORD.match(right)
        if _ends_discretionary(left):
            return left[:-1], ""
        hyphenated = _hyphenated_last_word(left)
        if hyphenated:
            if next_word and self._drops_hyphen(hyphenated, next_word.group()):
                return left[:-1], ""
            return left, ""
        if left[-1:] == "-" and left[-2:-1].isdigit():
            return left, ""  # "1923-" + "24"
        if left[-1:] in tuple(_DASHES):
            closed = len(left) > 1 and not left[-2].isspace()  # "party—" + "the": a closed dash
            return left, "" if closed and not right.startswith(tuple(_DASHES)) else " "
        trailing = _last_word(left)
        if trailing and next_word and self._joins_across_break(trailing, next_word.group()):
            return left, ""
        return left, " "

    def _drops_hyphen(self, before: str, after: str) -> bool:
        """Is "before-|after" a word broken at the line end (drop the hyphen) rather than a
        compound broken after its hyphen ("self-|destructive", "All-|Russian", "по-|русски")?"""
        if after[0].isupper() and not before.isupper():
            return False  # a break never capitalises the rest of a word; "All-Russian" does
        if len(before) < _MIN_BREAK_PART or len(after) < _MIN_BREAK_PART:
            # Typesetters leave no single letter, but OCR reads «в-|последствии» from a
            # smudge: join only into a known word that the hyphenated form is not.
            return _joined_known(before + after, self.lexicon) and not _hyphenated_known(
                before, after, self.lexicon
            ) and self.lexicon.lang == "ru"
        in_compound = f"{before}-{after}".casefold() in self.document.compounds
        in_joined = self.document.counts[(before + after).casefold()] > 0
        if in_compound != in_joined:
            return in_joined
        joined = before + after
        joined_known = _joined_known(joined, self.lexicon)
        hyphenated_known = _hyphenated_known(before, after, self.lexicon)
        if joined_known and not hyphenated_known and (
            self.lexicon.lang != "en" or self.lexicon.zipf(joined) >= _COMMON_JOINED_ZIPF
        ):
            # «не-|давно», «в-|последствии», "with-|out": the joined form is a word and
            # the hyphenated one is not, though both halves are common words.
            return True
        if hyphenated_known and not joined_known:
            return False  # «по-|русски», «кто-|то»
        if not joined_known:
            # A word too rare for the list ("proletariani-|zation", "Proletkul-|tovtsy"):
            # a compound is made of words, so unless both parts are words, the hyphen
            # is the break most line-end hyphens are. When both parts are words and
            # neither reading is known, the hyphen stays and the word is flagged.
            if self.lexicon.is_word(before) and self.lexicon.is_word(after):
                # English writes new compounds freely ("self-destructive"); Russian
                # ones are in the dictionary, so an unknown one is worth a look.
                if self.lexicon.lang == "ru":
                    self.doubtful.append((before, after))
                return False
            return True
        return self.lexicon.break_odds(before, after) >= _HYPHEN_JOIN_MARGIN

    def _joins_across_break(self, before: str, after: str) -> bool:
        """Is "before|after" (no hyphen) one word broken at the line end ("squab|bling")?"""
        if len(before) < _MIN_BREAK_PART or len(after) < _MIN_BREAK_PART:
            return False
        if after[0].isupper() and not (before.isupper() and after.isupper()):
            return False
        return self.lexicon.break_odds(before, after) >= self.space_join_margin


# --- word frequencies ---------------------------------------------------------------------


@lru_cache(maxsize=8)
def _frequencies(lang: str) -> Mapping[str, float]:
    """wordfreq's table for `lang` (word -> frequency), loaded once; a plain dict
    lookup is 30 times faster than `zipf_frequency`, which re-tokenises every word."""
    if lang not in available_languages():
        return {}
    return get_frequency_dict(lang)


def _zipf_of(frequency: float | None) -> float:
    return math.log10(frequency) + 9.0 if frequency else 0.0


@dataclass(frozen=True)
class _Lexicon:
    """Word frequencies for one language; a language wordfreq lacks knows no words
    (then nothing is joined and only shape-based suspects are reported)."""

    lang: str

    @classmethod
    def for_tag(cls, tag: str) -> _Lexicon:
        return cls((tag or "").split("-")[0].split("_")[0].lower())

    @classmethod
    def for_script(cls, word: str, fallback: _Lexicon) -> _Lexicon:
        """The lexicon to judge `word` by: Russian for Cyrillic words, else English,
        unless the document's own language has the word's script."""
        cyrillic = "\u0400" <= word[:1] <= "\u04ff"
        if cyrillic == (fallback.lang in _CYRILLIC_LANGUAGES):
            return fallback
        return cls("ru" if cyrillic else "en")

    def zipf(self, word: str) -> float:
        """Zipf frequency (log10 per 10^9 words) of `word`, 0.0 if unknown."""
        return _zipf_of(_frequencies(self.lang).get(word.casefold()))

    def is_word(self, word: str) -> bool:
        return self.zipf(word) >= _KNOWN_ZIPF

    def break_odds(self, before: str, after: str) -> float:
        """log10 odds that "before"+"after" is one word broken by a line end rather
        than two words, with a unigram model: f(joined) vs f(before) * f(after).
        Only meaningful when the joined string is a listed word.

        In zipf units (log10 per 10^9 words): zipf(joined) - 9 against
        zipf(before) + zipf(after) - 18. "squab|bling" scores +6.4,
        "institution|al" +3.4, "the|state" -3.3, "may|be" +1.7 (kept apart by
        the margin, since common pairs are likelier than independence says).
        Unknown joined words never win.
        """
        joined = self.zipf(before + after)
        if joined < _KNOWN_ZIPF:
            return float("-inf")
        return joined - (self.zipf(before) + self.zipf(after) - 9.0)


# --- suspect words ------------------------------------------------------------------------

_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0430-\u044f\u0451"
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0410-\u042f\u0401"
_LATIN = "a-zA-Z\u00c0-\u024f"
_CYRILLIC = "\u0400-\u04ff"
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk"})
# Characters that have no business between two letters of a word.
_ODD = (
    r"_|$#%^*+=<>~\\@\u00a2-\u00a9\u00ab-\u00b1\u00b4-\u00b8\u00bb-\u00bf"
    r"\u00d7\u00f7\u2022\u2122\u2020\u2021\u00ac"
)
# Shapes of OCR damage, as separate scans: one alternation is slower than all of them.
_ODD_INSIDE = re.compile(rf"[{_ODD}\d]+(?={_LETTERS})")  # bou_rgeois, W0rkers (if after a letter)
_CASE_INSIDE = re.compile(rf"[{_LOWER}][{_UPPER}]|[{_UPPER}]{{2}}[{_LOWER}]{{2}}")  # WtXs, XSacc...
_SCRIPT_MIX = re.compile(rf"[{_LATIN}][{_CYRILLIC}]|[{_CYRILLIC}][{_LATIN}]")  # рабочиe, Latin e
_ANY_CYRILLIC = re.compile(f"[{_CYRILLIC}]")
_ANY_LATIN = re.compile("[a-zA-Z]")
_LONG_LOWERCASE_WORD = re.compile(rf"(?<![\w\-'\u2019])[{_LOWER}]{{5,}}(?![\w\-'\u2019])")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_HOMOGLYPHS_TO_CYRILLIC = str.maketrans("aceopxyACEHKMOPTXBy", "асеорхуАСЕНКМОРТХВу")
_HOMOGLYPHS_TO_LATIN = str.maketrans("асеорхуАСЕНКМОРТХВ", "aceopxyACEHKMOPTXB")
_ALPHABETS = {
    "en": "abcdefghijklmnopqrstuvwxyz",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}


def _token_spans(text: str, positions: list[int]) -> set[tuple[int, int]]:
    """The whitespace-delimited tokens holding `positions`, without edge punctuation;
    each token is trimmed once however many suspect positions it holds."""
    spans = set()
    for start in {text.rfind(" ", 0, position) + 1 for position in positions}:
        end = text.find(" ", start)
        token = text[start : len(text) if end < 0 else end]
        lead = len(token) - len(token.lstrip("\"'([{\u00ab\u201c\u201e\u2018*\u2014\u2013-"))
        core = token.rstrip("\"')]}.,;:!?\u00bb\u201d\u2019\u2026*\u2014\u2013-")
        spans.add((start + lead, start + max(lead, len(core))))
    return spans


def _diagnose(token: str, lexicon: _Lexicon, counts: Counter[str]) -> tuple[str, str | None] | None:
    """Why `token` looks like OCR damage and what it probably was; None if it is fine."""
    if not token or "://" in token or "@" in token and "." in token:
        return None
    if re.search(rf"{_LETTERS}[{_ODD}]+{_LETTERS}", token):
        return "a stray symbol inside a word", _repair_characters(token, f"[{_ODD}]", lexicon)
    if re.search(rf"{_LETTERS}\d+{_LETTERS}", token) and _mostly_letters(token):
        return "digits inside a word", _repair_characters(token, r"\d", lexicon)
    if re.search(rf"[{_LATIN}][{_CYRILLIC}]|[{_CYRILLIC}][{_LATIN}]", token):
        return "Latin and Cyrillic letters mixed in one word", _repair_script(token, lexicon)
    words = [
        word
        for word in re.split(r"[-\u2010\u2011/\u2013\u2014]", _POSSESSIVE.sub("", token))
        if word
    ]
    for word in words:
        if counts[word.casefold()] >= _TERM_REPEATS:
            continue
        word_lexicon = _Lexicon.for_script(word, lexicon)
        if _is_odd_case(word, word_lexicon):
            return "mixed case inside a word", _repair_case(word, word_lexicon)
        split = _glued_split(word, word_lexicon)
        if split and not _is_known_form(word, word_lexicon):
            return "looks like words run together", split
    return None


def _mostly_letters(token: str) -> bool:
    """A word with a digit in it (W0rkers, c1ub), not a code like H2O, B2B, MP3s or h1n1."""
    lowercase = sum(char.islower() for char in token)
    letters = sum(char.isalpha() for char in token)
    digits = sum(char.isdigit() for char in token)
    return letters >= 3 and letters >= 3 * digits and lowercase > letters - lowercase


def _is_odd_case(word: str, lexicon: _Lexicon) -> bool:
    """Mixed case that is not an acronym (VTsIK, PhD, USSRs), a known camel-cased
    name (McDonald, iPhone) or an acronym with a word attached (NEPmen)."""
    if not re.search(rf"[{_LOWER}][{_UPPER}]|[{_UPPER}]{{2}}[{_LOWER}]{{2}}", word):
        return False
    uppers = sum(char.isupper() for char in word)
    if uppers >= len(word) - uppers:
        return False
    # Check each camel-case part; an acronym run opening a part ("NEP" in "NEPmen")
    # is fine if the rest is a word.
    for part in re.split(rf"(?<=[{_LOWER}])(?=[{_UPPER}])", word):
        acronym = re.match(rf"[{_UPPER}]{{2,}}", part)
        rest = part[acronym.end() :] if acronym else part
        if len(rest) >= 2 and not lexicon.is_word(rest):
            return True
    return False


def _is_known_form(word: str, lexicon: _Lexicon) -> bool:
    """Is `word` a form of a known word that the frequency list happens to lack?
    Russian asks pymorphy3's dictionary; English strips a regular inflection."""
    if lexicon.lang == "ru":
        return bool(_russian_morphology().word_is_known(word.lower()))
    if lexicon.lang == "en":
        for ending in _ENGLISH_ENDINGS:
            stem = word[: -len(ending)]
            if (
                word.endswith(ending)
                and len(stem) >= 3
                and (lexicon.is_word(stem) or lexicon.is_word(stem + "e"))
            ):
                return True
    return False


def _doubtful_hyphens(text: str, pairs: Sequence[tuple[str, str]]) -> list[OcrFinding]:
    """`ocr-suspect` findings for hyphens kept at line breaks that may be OCR's or the
    typesetter's: the translator sees both readings and decides."""
    findings = []
    position = 0
    for before, after in pairs:
        token = f"{before}-{after}"
        start = text.find(token, position)
        if start < 0:
            continue
        position = start + len(token)
        findings.append(
            OcrFinding(
                start,
                position,
                token,
                before + after,
                f"hyphen at a line break in '{token}': neither '{before + after}' nor "
                f"'{token}' is a known word; it may be either, or '{before} {after}'",
            )
        )
    return findings


_COMMON_JOINED_ZIPF = 4.0
"""English: a joined form this common ("without", "into") beats two common halves; rarer
joined forms ("longterm") are left to the odds, since English keeps many compounds."""
_GUESSING_ANALYZERS = frozenset(
    {"UnknAnalyzer", "KnownSuffixAnalyzer", "HyphenatedWordsAnalyzer", "UnknownPrefixAnalyzer",
     "HyphenSeparatedParticleAnalyzer", "HyphenAdverbAnalyzer", "FakeDictionary"}
)


def _joined_known(word: str, lexicon: _Lexicon) -> bool:
    """A word wordfreq lists, or (Russian) one pymorphy3 reads from its dictionary,
    with a known prefix at most («полуподвального»), not by guessing from its ending."""
    if lexicon.is_word(word) or _is_known_form(word, lexicon):
        return True
    if lexicon.lang != "ru":
        return False
    parses = _russian_morphology().parse(word.lower())
    return bool(parses) and not any(
        type(method[0]).__name__ in _GUESSING_ANALYZERS for method in parses[0].methods_stack
    )


def _hyphenated_known(before: str, after: str, lexicon: _Lexicon) -> bool:
    """Is "before-after" itself a word? Russian asks pymorphy3's dictionary («по-русски»,
    «кто-то»); English has no list of hyphenated words, so it is never known."""
    if lexicon.lang != "ru":
        return False
    return bool(_russian_morphology().word_is_known(f"{before}-{after}".lower()))


@lru_cache(maxsize=1)
def _russian_morphology() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def _glued_split(word: str, lexicon: _Lexicon) -> str | None:
    """ "thestate" -> "the state" when the two-word reading is far more frequent than
    the string itself and both words are common; None otherwise."""
    if not 5 <= len(word) <= _MAX_GLUED_LENGTH or not word.islower():
        return None
    return _glued_split_cached(word, lexicon.lang)


@lru_cache(maxsize=65536)
def _glued_split_cached(word: str, lang: str) -> str | None:
    # Every long lowercase word of a book comes here once; the rare unknown ones
    # try each cut, looking up the right part only when the left one is common.
    frequencies = _frequencies(lang)
    own = _zipf_of(frequencies.get(word))
    if own >= _GLUED_MAX_OWN_ZIPF:
        return None
    needed = own + (_GLUED_MARGIN_LISTED if own >= _KNOWN_ZIPF else _GLUED_MARGIN) + 9.0
    best: tuple[float, str] | None = None
    for cut in range(1, len(word)):
        left_zipf = _zipf_of(frequencies.get(word[:cut]))
        if left_zipf < _GLUED_PART_ZIPF:
            continue
        right_zipf = _zipf_of(frequencies.get(word[cut:]))
        if right_zipf < _GLUED_PART_ZIPF:
            continue
        if min(cut, len(word) - cut) == 1 and min(left_zipf, right_zipf) < 6.0:
            continue  # only the commonest one-letter words ("a", "и", "в") glue on
        score = left_zipf + right_zipf
        if score >= max(_GLUED_SUM_ZIPF, needed) and (best is None or score > best[0]):
            best = (score, f"{word[:cut]} {word[cut:]}")
    return best[1] if best else None


def _repair_characters(token: str, odd: str, lexicon: _Lexicon) -> str | None:
    """Best known word from deleting or replacing the odd characters, in the token's case."""
    core = _POSSESSIVE.sub("", token)
    suffix = token[len(core) :]
    candidates = {re.sub(odd, "", core)}
    positions = [match.start() for match in re.finditer(odd, core)]
    alphabet = _ALPHABETS.get(lexicon.lang, "")
    if len(positions) == 1:
        at = positions[0]
        candidates.update(core[:at] + letter + core[at + 1 :] for letter in alphabet)
    return _best_known(candidates, core, lexicon, suffix)


def _repair_script(token: str, lexicon: _Lexicon) -> str | None:
    """Replace look-alike letters with those of the token's main script. Such letters
    look the same, so in the document's own script the result is the likely word
    even if it is too rare for the word list; in the other script it must be a
    known word. A mix that remains (a Latin "t") is not repaired."""
    cyrillic = len(re.findall(f"[{_CYRILLIC}]", token))
    latin = len(re.findall(f"[{_LATIN}]", token))
    document_cyrillic = lexicon.lang in _CYRILLIC_LANGUAGES
    to_cyrillic = cyrillic > latin or (cyrillic == latin and document_cyrillic)
    candidate = token.translate(_HOMOGLYPHS_TO_CYRILLIC if to_cyrillic else _HOMOGLYPHS_TO_LATIN)
    if _SCRIPT_MIX.search(candidate):
        return None
    if to_cyrillic == document_cyrillic:
        return candidate
    other = _Lexicon.for_script(candidate, lexicon)
    return candidate if other.is_word(candidate) or _is_known_form(candidate, other) else None


def _repair_case(word: str, lexicon: _Lexicon) -> str | None:
    if lexicon.zipf(word) >= 3.0:
        return word[0] + word[1:].lower() if word[0].isupper() else word.lower()
    return _glued_split(word.lower(), lexicon)


def _best_known(candidates: set[str], model: str, lexicon: _Lexicon, suffix: str) -> str | None:
    scored = [
        (lexicon.zipf(c), c)
        for c in candidates
        if c and re.fullmatch(rf"{_LETTERS}+(?:-{_LETTERS}+)*", c)
    ]
    known = [(zipf, c) for zipf, c in scored if zipf >= 2.0]
    if not known:
        return None
    _, best = max(known)
    if model.isupper():
        best = best.upper()
    elif model[:1].isupper():
        best = best[:1].upper() + best[1:]
    return best + suffix
