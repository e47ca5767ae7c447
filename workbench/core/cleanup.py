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
`_joins_across_break` for the model.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from wordfreq import available_languages, zipf_frequency

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
    """Plain words for the translator, e.g. "suspected OCR garbage 'bou_rgeois' ...; did you mean 'bourgeois'?"."""


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
# A line cut inside a word: letter + hyphen (or the OCR's rendering of a
# discretionary hyphen, "¬", or a soft hyphen) at the very end.
_WORD_HYPHEN_END = re.compile(rf"({_LETTERS}+)[-\u2010\u2011]$")
_DISCRETIONARY_END = re.compile(rf"{_LETTERS}[\u00ac\u00ad]$")
_TRAILING_WORD = re.compile(rf"{_LETTERS}+$")
_LEADING_WORD = re.compile(rf"^{_LETTERS}+")
_FIRST_WORD = re.compile(r"^\S+")
_DASH_END = re.compile(r"(\S?)[\u2013\u2014]$")
_SENTENCE_END = re.compile(r"[.!?\u2026:][\"'\u00bb\u201d\u2019)\]]*$")
_LOWERCASE_START = re.compile(r"^[\"'\u00ab\u201c\u201e\u2018(\[]*[^\W\d_]")

# --- page furniture ------------------------------------------------------------------------

# A bare page number, perhaps decorated: "12", "- 12 -", "[12]", "Page 12", "стр. 12", "xiv".
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
"""log10 odds needed to drop a line-end hyphen: most such hyphens are breaks, so little is needed."""
_SPACE_JOIN_MARGIN = 2.5
"""log10 odds needed to join two words across a plain line end: most line ends are real spaces,
and common pairs ("may be", "every one") must stay apart."""
_MIN_BREAK_PART = 2
"""Typesetters never leave a single letter on either side of a break (TeX's hyphenmins are 2-3)."""
_GLUED_PART_ZIPF = 3.0
_GLUED_SUM_ZIPF = 9.0
_GLUED_MARGIN = 1.5
_TERM_REPEATS = 3
"""A suspect-shaped token used this often in the document is a term (NEPmen), not OCR noise."""


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
    paragraphs = []
    for first, last, members in _group_paragraphs(lines, furniture, layout):
        cleaned = _reflow([lines[index] for index in members], lexicon, document)
        original = "\n".join(raw_lines[first : last + 1])
        findings = find_ocr_suspects(cleaned, lexicon.lang, document.counts)
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
    spans: dict[tuple[int, int], None] = {}
    for match in _SUSPECT_SHAPE.finditer(text):
        spans.setdefault(_token_span(text, match.start()), None)
    for match in _LONG_LOWERCASE_WORD.finditer(text):
        if not lexicon.is_word(match.group()):
            spans.setdefault(_token_span(text, match.start()), None)
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
    """The usual indentation; lines indented further start paragraphs."""
    wrapped: bool
    """False for one-paragraph-per-line text, where every line break is a paragraph break."""

    @classmethod
    def measure(cls, lines: Sequence[_Line], furniture: set[int]) -> _Layout:
        text_lines = [i for i, line in enumerate(lines) if not line.blank and i not in furniture]
        if not text_lines:
            return cls(width=0.0, indent=0, wrapped=True)
        lengths = sorted(len(lines[i].text) for i in text_lines)
        width = float(lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))])
        indent = Counter(lines[i].indent for i in text_lines).most_common(1)[0][0]
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
    cut_word = bool(_WORD_HYPHEN_END.search(previous.text) or _DISCRETIONARY_END.search(previous.text))
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
    three or more times standing alone between blank lines counts too. A
    single number-carrying all-caps line that interrupts a sentence is a
    running head as well (a one-page-break excerpt).
    """
    numbers = {i for i, line in enumerate(lines) if _is_page_number(line.stripped)}
    keyed: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        key = _head_key(line.stripped) if index not in numbers else None
        if key:
            keyed.setdefault(key, []).append(index)
    heads: set[int] = set()
    for occurrences in keyed.values():
        at_boundary = [i for i in occurrences if _at_page_boundary(lines, i, numbers)]
        if len(occurrences) >= 2 and len(at_boundary) >= 2:
            heads.update(at_boundary)
        elif len(occurrences) >= 3 and all(_stands_alone(lines, i) for i in occurrences):
            heads.update(occurrences)
        elif len(occurrences) == 1 and _is_lone_numbered_head(lines, occurrences[0]):
            heads.update(occurrences)
    return numbers | heads


def _is_page_number(text: str) -> bool:
    return bool(text) and _PAGE_NUMBER.fullmatch(text) is not None


def _head_key(text: str) -> str | None:
    """A running head compared without its page number, case or punctuation; None
    for lines that cannot be heads (long, or ending like a sentence)."""
    if not text or len(text) > _MAX_HEAD_LENGTH or re.search(r"[.!?,;:\u2026]$", text):
        return None
    key = _HEAD_KEY_JUNK.sub(" ", _EDGE_NUMBER.sub("", text)).strip().casefold()
    return key if sum(char.isalpha() for char in key) >= 3 else None


def _neighbours(lines: Sequence[_Line], index: int) -> tuple[int | None, int | None]:
    """The nearest non-blank lines before and after `index`."""
    before = next((i for i in range(index - 1, -1, -1) if not lines[i].blank), None)
    after = next((i for i in range(index + 1, len(lines)) if not lines[i].blank), None)
    return before, after


def _at_page_boundary(lines: Sequence[_Line], index: int, numbers: set[int]) -> bool:
    line = lines[index]
    if line.page_break or _EDGE_NUMBER.search(line.stripped):
        return True
    before, after = _neighbours(lines, index)
    for neighbour in (before, after):
        if neighbour is None or neighbour in numbers or lines[neighbour].page_break:
            return True
    return after is not None and after + 1 < len(lines) and lines[after + 1].page_break


def _stands_alone(lines: Sequence[_Line], index: int) -> bool:
    before_blank = index == 0 or lines[index - 1].blank
    after_blank = index + 1 >= len(lines) or lines[index + 1].blank
    return before_blank and after_blank


def _is_lone_numbered_head(lines: Sequence[_Line], index: int) -> bool:
    text = lines[index].stripped
    if not _EDGE_NUMBER.search(text) or any(char.islower() for char in text):
        return False
    before, after = _neighbours(lines, index)
    if after is None:
        return False
    interrupted = before is not None and not _SENTENCE_END.search(lines[before].text)
    return interrupted or _starts_lowercase(lines[after].stripped)


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
            self._counts = Counter(word.casefold() for word in re.findall(_LETTERS + "+", self._text))
        return self._counts

    @property
    def compounds(self) -> frozenset[str]:
        if self._compounds is None:
            found = re.findall(rf"{_LETTERS}+[-\u2010\u2011]{_LETTERS}+", self._text)
            self._compounds = frozenset(re.sub("[\u2010\u2011]", "-", c).casefold() for c in found)
        return self._compounds


def _reflow(lines: Sequence[_Line], lexicon: _Lexicon, document: _DocumentWords) -> str:
    """Join a paragraph's lines into one, rejoining words broken at line ends."""
    pieces = [lines[0].stripped]
    for line in lines[1:]:
        following = line.stripped
        left, separator = _junction(pieces[-1], following, lexicon, document)
        pieces[-1] = left
        pieces.append(separator)
        pieces.append(following)
    return _WHITESPACE_RUN.sub(" ", "".join(pieces)).strip()


def _junction(left: str, right: str, lexicon: _Lexicon, document: _DocumentWords) -> tuple[str, str]:
    """How `left` (the text so far) meets the next line `right`: the possibly
    shortened left text and the separator ("" or " ")."""
    next_word = _LEADING_WORD.match(right)
    if _DISCRETIONARY_END.search(left):
        return left[:-1], ""
    hyphenated = _WORD_HYPHEN_END.search(left)
    if hyphenated:
        if next_word and _drops_hyphen(hyphenated.group(1), next_word.group(), lexicon, document):
            return left[:-1], ""
        return left, ""
    if left[-1:] == "-" and left[-2:-1].isdigit():
        return left, ""  # "1923-" + "24"
    dash = _DASH_END.search(left)
    if dash:
        closed = dash.group(1) != "" and not dash.group(1).isspace()
        return left, "" if closed and not right.startswith(("\u2013", "\u2014")) else " "
    trailing = _TRAILING_WORD.search(left)
    if trailing and next_word and _joins_across_break(trailing.group(), next_word.group(), lexicon):
        return left, ""
    return left, " "


def _drops_hyphen(before: str, after: str, lexicon: _Lexicon, document: _DocumentWords) -> bool:
    """Is "before-|after" a word broken at the line end (drop the hyphen) rather than a
    compound broken after its hyphen ("self-|destructive", "All-|Russian", "по-|русски")?"""
    if len(before) < _MIN_BREAK_PART or len(after) < _MIN_BREAK_PART:
        return False
    if after[0].isupper() and not before.isupper():
        return False  # a break never capitalises the rest of a word; "All-Russian" does
    compound = f"{before}-{after}".casefold()
    joined = (before + after).casefold()
    in_compound, in_joined = compound in document.compounds, document.counts[joined] > 0
    if in_compound != in_joined:
        return in_joined
    return lexicon.break_odds(before, after) >= _HYPHEN_JOIN_MARGIN


def _joins_across_break(before: str, after: str, lexicon: _Lexicon) -> bool:
    """Is "before|after" (no hyphen) one word broken at the line end ("squab|bling")?"""
    if len(before) < _MIN_BREAK_PART or len(after) < _MIN_BREAK_PART:
        return False
    if after[0].isupper() and not (before.isupper() and after.isupper()):
        return False
    return lexicon.break_odds(before, after) >= _SPACE_JOIN_MARGIN


# --- word frequencies ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _wordfreq_languages() -> frozenset[str]:
    return frozenset(available_languages())


class _Lexicon:
    """Word frequencies for one language, cached; unknown languages know no words
    (then nothing is joined and only shape-based suspects are reported)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    @classmethod
    @lru_cache(maxsize=16)
    def for_tag(cls, tag: str) -> _Lexicon:
        primary = (tag or "").split("-")[0].split("_")[0].lower()
        return cls(primary)

    def zipf(self, word: str) -> float:
        return _zipf(word.casefold(), self.lang)

    def is_word(self, word: str) -> bool:
        return self.zipf(word) >= _KNOWN_ZIPF

    def break_odds(self, before: str, after: str) -> float:
        """log10 odds that "before"+"after" is one word broken by a line end rather
        than two words, with a unigram model: f(joined) vs f(before) * f(after).

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


@lru_cache(maxsize=262144)
def _zipf(word: str, lang: str) -> float:
    if lang not in _wordfreq_languages():
        return 0.0
    return zipf_frequency(word, lang)


# --- suspect words ------------------------------------------------------------------------

_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0430-\u044f\u0451"
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0410-\u042f\u0401"
_LATIN = "a-zA-Z\u00c0-\u024f"
_CYRILLIC = "\u0400-\u04ff"
# Characters that have no business between two letters of a word.
_ODD = r"_|$#%^*+=<>~\\@\u00a2-\u00a9\u00ab-\u00b1\u00b4-\u00b8\u00bb-\u00bf\u00d7\u00f7\u2022\u2122\u2020\u2021\u00ac"
_SUSPECT_SHAPE = re.compile(
    rf"(?<={_LETTERS})[{_ODD}]+(?={_LETTERS})"  # bou_rgeois, wor$kers
    rf"|(?<={_LETTERS})\d+(?={_LETTERS})"  # W0rkers
    rf"|[{_LOWER}][{_UPPER}]"  # WtXs, bouRgeois
    rf"|[{_UPPER}]{{2}}[{_LOWER}]{{2}}"  # THe..., XSaccountable
    rf"|[{_LATIN}][{_CYRILLIC}]|[{_CYRILLIC}][{_LATIN}]"  # рабочиe with a Latin e
)
_LONG_LOWERCASE_WORD = re.compile(rf"(?<![\w\-'\u2019])[{_LOWER}]{{5,}}(?![\w\-'\u2019])")
_EDGE_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_HOMOGLYPHS_TO_CYRILLIC = str.maketrans("aceopxyACEHKMOPTXBy", "асеорхуАСЕНКМОРТХВу")
_HOMOGLYPHS_TO_LATIN = str.maketrans("асеорхуАСЕНКМОРТХВ", "aceopxyACEHKMOPTXB")
_ALPHABETS = {
    "en": "abcdefghijklmnopqrstuvwxyz",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}


def _token_span(text: str, position: int) -> tuple[int, int]:
    """The whitespace-delimited token around `position`, without edge punctuation."""
    start = text.rfind(" ", 0, position) + 1
    end = text.find(" ", position)
    end = len(text) if end < 0 else end
    token = text[start:end]
    lead = len(token) - len(token.lstrip("\"'([{\u00ab\u201c\u201e\u2018*\u2014\u2013-"))
    core = token.rstrip("\"')]}.,;:!?\u00bb\u201d\u2019\u2026*\u2014\u2013-")
    return start + lead, start + max(lead, len(core))


def _diagnose(token: str, lexicon: _Lexicon, counts: Counter[str]) -> tuple[str, str | None] | None:
    """Why `token` looks like OCR damage and what it probably was; None if it is fine."""
    if not token or "://" in token or "@" in token and "." in token:
        return None
    if re.search(rf"{_LETTERS}[{_ODD}]+{_LETTERS}", token):
        return "a stray symbol inside a word", _repair_characters(token, f"[{_ODD}]", lexicon)
    if re.search(rf"{_LETTERS}\d+{_LETTERS}", token) and any(char.islower() for char in token):
        return "digits inside a word", _repair_characters(token, r"\d", lexicon)
    if re.search(rf"[{_LATIN}][{_CYRILLIC}]|[{_CYRILLIC}][{_LATIN}]", token):
        return "Latin and Cyrillic letters mixed in one word", _repair_script(token, lexicon)
    words = [word for word in re.split(r"[-\u2010\u2011/\u2013\u2014]", _POSSESSIVE.sub("", token)) if word]
    for word in words:
        if counts[word.casefold()] >= _TERM_REPEATS:
            continue
        if _is_odd_case(word, lexicon):
            return "mixed case inside a word", _repair_case(word, lexicon)
        split = _glued_split(word, lexicon)
        if split:
            return "not a known word; looks like words run together", split
    return None


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


def _glued_split(word: str, lexicon: _Lexicon) -> str | None:
    """"thestate" -> "the state" when the two-word reading is far more frequent than
    the string itself and both words are common; None otherwise."""
    if len(word) < 5 or not word.islower():
        return None
    own = lexicon.zipf(word)
    best: tuple[float, str] | None = None
    for cut in range(1, len(word)):
        left, right = word[:cut], word[cut:]
        left_zipf, right_zipf = lexicon.zipf(left), lexicon.zipf(right)
        if min(left_zipf, right_zipf) < _GLUED_PART_ZIPF:
            continue
        if min(len(left), len(right)) == 1 and min(left_zipf, right_zipf) < 6.0:
            continue  # only the commonest one-letter words ("a", "и", "в") glue on
        score = left_zipf + right_zipf
        if score >= _GLUED_SUM_ZIPF and score - 9.0 >= own + _GLUED_MARGIN:
            if best is None or score > best[0]:
                best = (score, f"{left} {right}")
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
    cyrillic = len(re.findall(f"[{_CYRILLIC}]", token))
    latin = len(re.findall(f"[{_LATIN}]", token))
    to_cyrillic = cyrillic > latin or (cyrillic == latin and lexicon.lang == "ru")
    table = _HOMOGLYPHS_TO_CYRILLIC if to_cyrillic else _HOMOGLYPHS_TO_LATIN
    return _best_known({token.translate(table)}, token, lexicon, "")


def _repair_case(word: str, lexicon: _Lexicon) -> str | None:
    if lexicon.zipf(word) >= 3.0:
        return word[0] + word[1:].lower() if word[0].isupper() else word.lower()
    return _glued_split(word.lower(), lexicon)


def _best_known(candidates: set[str], model: str, lexicon: _Lexicon, suffix: str) -> str | None:
    scored = [(lexicon.zipf(c), c) for c in candidates if c and re.fullmatch(rf"{_LETTERS}+(?:-{_LETTERS}+)*", c)]
    known = [(zipf, c) for zipf, c in scored if zipf >= 2.0]
    if not known:
        return None
    _, best = max(known)
    if model.isupper():
        best = best.upper()
    elif model[:1].isupper():
        best = best[:1].upper() + best[1:]
    return best + suffix
