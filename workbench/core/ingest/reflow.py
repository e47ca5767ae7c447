"""Reflow: hard-wrapped lines -> paragraphs, with words broken at line ends rejoined.

Scanned books arrive as lines cut at the page width, with words broken across
lines (sometimes with the hyphen, often without it: "squab" / "bling"). This
module reads the lines and the document's layout (line width, indentation,
whether it is wrapped at all), groups the lines into paragraphs, and joins each
paragraph onto one line, deciding at each line end whether a word was broken
there (word_joining says how likely each reading is; `Reflow` adds what the
document's own habits say). The only characters it removes are layout: line
breaks and indentation, the hyphen of a word rejoined across a line, soft
hyphens and zero-width spaces; non-breaking spaces become plain spaces and
ligatures ("ﬁ") their letters.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.core.ingest.word_joining import (
    LETTERS,
    DocumentWords,
    Lexicon,
    is_known_form,
    is_known_hyphenated,
    is_known_joined,
    is_particle,
)

__all__ = [
    "SENTENCE_END",
    "LIGATURES",
    "Layout",
    "Line",
    "Reflow",
    "group_paragraphs",
    "split_lines",
    "starts_lowercase",
]

# --- characters -------------------------------------------------------------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\x85")
# Invisible characters OCR and word processors leave inside words; not letters.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_NO_BREAK_SPACES = re.compile("[\u00a0\u2007\u202f]")
LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
"""The Latin ligatures a scan's text layer keeps ("ﬁnches", "ﬂew"), as their letters (`str.translate`):
a ligature is how the type was set, not a letter, and a word holding one was found by no term, no
memory lookup, no search and no spelling check, nor flagged as OCR damage (user days, session 32)."""
_WHITESPACE_RUN = re.compile(r"\s+")
# Line ends that cut a word: a hyphen after a letter, or the OCR's rendering of a
# discretionary hyphen ("¬", or a soft hyphen), which is always a break.
_HYPHENS = "-\u2010\u2011"
_DISCRETIONARY_HYPHENS = "\u00ac\u00ad"
_DASHES = "\u2013\u2014"
_LEADING_WORD = re.compile(rf"^{LETTERS}+")
_FIRST_WORD = re.compile(r"^\S+")
_SPECK_BEFORE_REST = re.compile(r"^(?:[\u2018\u2019\u201a\u201e'`,]+|(?:[^\w\s]|_){1,2} )(?=[^\W\d_])")
"""A mark the OCR read from a speck at a line's start, before the lower-case rest of a word broken
at the line end above ("напро-" / "‘рочила", "отве-" / "‚чаю"), or a mark or two set apart by a
space ("негармониче-" / "‚ ского", "про-" / "_ твать"): no quotation or comma opens the middle of
a word, and nothing stands between a word's halves."""
_SPECK_AFTER_HYPHEN = re.compile(rf"(?<={LETTERS}[{_HYPHENS}])(?:\s?(?:[^\w\s\-\u2010\u2011]|_)){{1,2}}$")
"""Marks the OCR read from a speck in the margin after a line-end hyphen ("непо- —", "роди-_",
"дви-.", "отше- |", "сущно-_ ]"): no mark follows a hyphen that cuts a word going on in
lowercase below. A second hyphen is no speck: "club--" is a typewriter's dash."""
_SPECK_TAIL = 8
"""How many last characters of a line hold a hyphen and the specks after it: searched alone, as
every line end is."""
_TYPED_DASH = "--"
"""Two hyphens: the dash of typewritten and plain-text books (Project Gutenberg's "club--which"),
never a word's break."""
_MARKS_FOR_HYPHEN = "\u00bb:\u201c\u201d\"'\u2019`.,;"
"""A mark the OCR read for a line-end hyphen ("сдела»" / "лись", "карти:" / "ну", "совер“" /
"шенно"): taken for one only where the letters before it are no word and the joined ones are."""
_CYRILLIC_LETTERS = re.compile(r"[а-яё]+", re.IGNORECASE)
_LATIN_LETTERS = re.compile(r"[a-z]+", re.IGNORECASE)
"""The letters of the document's own language: a word of another script (English quoted in a
Russian text) is not in its dictionary, so a mark after it is never taken for a hyphen."""
SENTENCE_END = re.compile(r"[.!?\u2026:][\"'\u00bb\u201d\u2019)\]]*$")
_FOOTNOTE_START = re.compile(r"(?:\d{1,3}|[*\u2020\u2021])\s+\w")
"""A footnote's opening: its mark (a number of up to three digits, an asterisk or a dagger), then text."""
_LOWERCASE_START = re.compile(r"^[\"'\u00ab\u201c\u201e\u2018(\[]*[^\W\d_]")

# --- decision thresholds (zipf units: log10 of frequency per billion words) -------------------

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
_VERSE_RUN = 3
_VERSE_WIDTH = 0.75
_PROSE_END_ZIPF = 6.0
"""Verse: three or more lines in a row under three quarters of the text's width, none ending in
a hyphen or one of the commonest words (zipf 6: "the", "of", "been")."""
_LABEL_WORDS = 4
"""A speaker's name or a heading standing alone is a few words ("FIRST CITIZEN", «Леди Капулетти»);
a paragraph's first line is longer."""
_COMMON_JOINED_ZIPF = 4.0
"""English: a joined form this common ("without", "into") beats two common halves; rarer
joined forms ("longterm") are left to the odds, since English keeps many compounds."""


def split_lines(text: str) -> list[str]:
    """The raw lines of `text` (LF, CRLF, CR, line separator or NEL end a line; a
    paragraph separator counts as a blank line). Cleanup and page furniture must
    number the same lines, so both split here."""
    return _LINE_BREAK.split(text.replace("\u2029", "\n\n"))


# --- lines and layout ------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One raw line, normalised for decisions (the raw form is kept by the caller)."""

    text: str
    """Layout-normalised: no form feed, invisible characters or trailing blanks, tabs expanded,
    ligatures as their letters."""
    indent: int
    page_break: bool
    """The line carried a form feed: a page boundary the scanner marked for us."""

    @classmethod
    def parse(cls, raw: str) -> Line:
        text = _INVISIBLE.sub(_keep_final_soft_hyphen, raw.replace("\f", "").rstrip()).translate(LIGATURES)
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


PRINTED_LINE_MOST = 120
"""The longest typical line (`Layout.width`) a scanned page gives: a book's line is 60-90
characters, and the longest lines of both OCR held-out sets (Tesseract on 96 pages of eight
books, `bench.ocr_heldout`) are 85 and 103; a born-digital paragraph on one line is hundreds."""


@dataclass(frozen=True)
class Layout:
    """What the document's layout says about where paragraphs end."""

    width: float
    """Typical full line length (90th percentile), so shorter lines show a deliberate break."""
    indent: int
    """The indentation of lines inside paragraphs; lines indented further start paragraphs."""
    wrapped: bool
    """False for one-paragraph-per-line text, where every line break is a paragraph break."""

    @classmethod
    def measure(cls, lines: Sequence[Line], furniture: set[int]) -> Layout:
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
            if i > 0 and not lines[i - 1].blank and not SENTENCE_END.search(lines[i - 1].text)
        ]
        indent = (
            Counter(inside).most_common(1)[0][0]
            if inside
            else min(lines[i].indent for i in text_lines)
        )
        # Inside a paragraph of wrapped prose few lines end a sentence; when almost
        # every line followed by another one does, each line is a paragraph.
        followed = [i for i in text_lines if i + 1 < len(lines) and not lines[i + 1].blank]
        ending = sum(1 for i in followed if SENTENCE_END.search(lines[i].text))
        wrapped = not followed or ending < 0.6 * len(followed)
        return cls(width=width, indent=indent, wrapped=wrapped)

    def fits(self, line: Line, following: Line, slack: float) -> bool:
        """Would the next line's first word have fitted on `line`? Then the break
        was deliberate. `slack` < 1 allows for proportional fonts."""
        word = _FIRST_WORD.search(following.stripped)
        return len(line.text) + 1 + (len(word.group()) if word else 0) <= slack * self.width

    def indented(self, line: Line) -> bool:
        return line.indent >= self.indent + 2

    @property
    def printed(self) -> bool:
        """Are the lines as long as a printed page's at most? OCR reads a page line by line,
        so a text whose typical full line is a whole paragraph (born digital: a report, an
        e-book's text) was never scanned, and its odd words are not misread letters."""
        return self.width <= PRINTED_LINE_MOST


def group_paragraphs(
    lines: Sequence[Line], furniture: set[int], layout: Layout, lexicon: Lexicon
) -> Iterable[tuple[int, int, list[int]]]:
    """Yield (first line, last line, text line indices) for each paragraph.

    Each line of verse (`verse_lines`) is a paragraph of its own, as a line of verse opening
    with a capital already is: read as prose, "dark and deep," / "but I have promises to keep,"
    became one line.

    A footnote at the foot of a page that a sentence runs over (`page_footnotes`) is a paragraph
    of its own, given after the paragraph it interrupted, which runs on over the page as if the
    note were furniture: glued into it, the note cut a sentence in two ("lamps were hanging,
    2 See the note ... strips of carpet")."""
    notes = page_footnotes(lines, furniture)
    verse = verse_lines(lines, furniture, layout, lexicon)
    members: list[int] = []
    waiting: list[list[int]] = []
    blank_gap = page_gap = False
    set_apart = True  # the paragraph being read opened after a gap: its one line may be a label
    for index, line in enumerate(lines):
        if line.page_break:
            page_gap = True
        if line.blank:
            blank_gap = True
            continue
        if index in furniture:
            page_gap = True
            continue
        if index in notes:
            if _FOOTNOTE_START.match(line.stripped) or not waiting:
                waiting.append([])
            waiting[-1].append(index)
            continue
        alone = index + 1 >= len(lines) or lines[index + 1].blank
        if members and (
            members[-1] in verse and index in verse
            or _starts_paragraph(lines[members[-1]], line, blank_gap, page_gap, layout)
            or _label_ends(
                lines[members[-1]], line, len(members) == 1 and set_apart, alone, blank_gap or page_gap
            )
        ):
            yield members[0], members[-1], members
            members = []
            for note in waiting:
                yield note[0], note[-1], note
            waiting = []
        if not members:
            set_apart = blank_gap or page_gap or index == 0
        members.append(index)
        blank_gap = page_gap = False
    if members:
        yield members[0], members[-1], members
    for note in waiting:
        yield note[0], note[-1], note


def verse_lines(
    lines: Sequence[Line], furniture: set[int], layout: Layout, lexicon: Lexicon
) -> set[int]:
    """Indices of the lines of verse: runs of `_VERSE_RUN` or more short lines (none of them
    as long as `_VERSE_WIDTH` of the text's width) with no blank line between, none of which
    ends as a line of prose cut short does: with a hyphen, or with one of the commonest words
    of the language (zipf 6 or more: "the", "of", "had been"), as a narrow column of prose
    beside a figure does here and there ("The general character" / "of ancient mathematical" /
    "geography had been")."""
    if not layout.wrapped:
        return set()
    verse: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, Line("", 0, False)]):
        if not line.blank and index not in furniture and len(line.text) < _VERSE_WIDTH * layout.width:
            run.append(index)
            continue
        if len(run) >= _VERSE_RUN and all(_ends_verse_line(lines[i], lexicon) for i in run):
            verse.update(run)
        run = []
    return verse


def _ends_verse_line(line: Line, lexicon: Lexicon) -> bool:
    """Does the line end as a line of verse may: not in a hyphen, nor in a word so common that
    only a line of prose cut short ends in it?"""
    text = line.stripped
    if text[-1:] in _HYPHENS or _ends_discretionary(text):
        return False
    last = _last_word(text)
    return last is None or lexicon.zipf(last) < _PROSE_END_ZIPF


def page_footnotes(lines: Sequence[Line], furniture: set[int]) -> set[int]:
    """Indices of the lines of footnotes that interrupt a sentence at the foot of a page.

    A footnote is a block after a blank line opening with a note mark ("1 See", "* Ср."), with
    only blank lines between it and the page's furniture or form feed, while the text before it
    does not end a sentence: the sentence runs on over the page, and the note is not part of it.
    A paragraph ending its page (its sentence ended) is never taken for a note."""
    notes: set[int] = set()
    last_text: int | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.blank or index in furniture:
            index += 1
            continue
        opens = index > 0 and lines[index - 1].blank and _FOOTNOTE_START.match(line.stripped) is not None
        if opens and last_text is not None and not SENTENCE_END.search(lines[last_text].text):
            end = index
            while end + 1 < len(lines) and not lines[end + 1].blank and end + 1 not in furniture:
                end += 1
            after = end + 1
            while after < len(lines) and lines[after].blank and not lines[after].page_break:
                after += 1
            if after >= len(lines) or after in furniture or lines[after].page_break:
                notes.update(range(index, end + 1))
                index = end + 1
                continue
        last_text = index
        index += 1
    return notes


def _label_ends(previous: Line, line: Line, previous_alone: bool, alone: bool, gap: bool) -> bool:
    """Does a label (a speaker's name, a heading: a line of a few words standing alone) end at the
    gap (blank lines, a page break) between `previous` and `line`? A stage direction that opens in
    lowercase after its speaker's name ("TOBIAS" / "" / "quietly") runs on no sentence from it;
    and a name standing alone after a speech that ended, across a page break, is no run-on of
    the speech however long its last line."""
    if not gap:
        return False
    if (
        previous_alone
        and previous.text[-1] not in _HYPHENS + _DISCRETIONARY_HYPHENS
        and not SENTENCE_END.search(previous.text)
        and len(previous.stripped.split()) <= _LABEL_WORDS
    ):
        return True
    return (
        alone
        and SENTENCE_END.search(previous.text) is not None
        and not starts_lowercase(line.stripped)
        and len(line.stripped.split()) <= _LABEL_WORDS
    )


def _starts_paragraph(
    previous: Line, line: Line, blank_gap: bool, page_gap: bool, layout: Layout
) -> bool:
    """Does `line` start a new paragraph after `previous` (the last text line)?"""
    cut_word = (
        _ends_discretionary(previous.text) or _hyphenated_last_word(previous.text) is not None
    )
    continues_lower = starts_lowercase(line.stripped)
    if cut_word and continues_lower:
        return False  # a paragraph never ends inside a word, whatever lies between
    if not layout.wrapped:
        return True
    ends_sentence = bool(SENTENCE_END.search(previous.text))
    if page_gap:
        # The page break interrupts the paragraph unless the text says it ended there.
        if continues_lower:
            return False
        return ends_sentence and (layout.indented(line) or layout.fits(previous, line, 0.9))
    if blank_gap:
        # A blank line ends a paragraph, unless a sentence runs on in lowercase past it: a
        # figure the OCR left a gap for ("to the former the whole" / "" / "sphere of the
        # earth"). A line with no lowercase letter ("66", "CHAPTER XIII") is no sentence.
        in_sentence = not ends_sentence and any(char.islower() for char in previous.text)
        return not (continues_lower and in_sentence)
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


def starts_lowercase(text: str) -> bool:
    """Does the line start (after opening quotes or brackets) with a lowercase letter,
    i.e. continue a sentence?"""
    match = _LOWERCASE_START.match(text)
    return match is not None and match.group()[-1].islower()


# --- reflow ------------------------------------------------------------------------------


class Reflow:
    """Joins a document's paragraph lines, deciding at each line end whether a word
    was broken there.

    How readily a plain line end (no hyphen) is taken for a broken word depends
    on the document: an OCR that drops hyphens leaves evident breaks, where a
    fragment is no word at all ("decentraliza|tion"); a clean text has none, so
    a pair like "direct|or" stays two words there.
    """

    def __init__(
        self, paragraphs: Sequence[Sequence[Line]], lexicon: Lexicon, document: DocumentWords
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

    def paragraph(self, lines: Sequence[Line]) -> str:
        """Join a paragraph's lines into one, rejoining words broken at line ends."""
        pieces = [lines[0].stripped]
        for line in lines[1:]:
            following = line.stripped
            left, separator, following = self._junction(pieces[-1], following)
            pieces[-1] = left
            pieces.append(separator)
            pieces.append(following)
        # A soft hyphen still here ended the paragraph's last line: nothing to join.
        return _WHITESPACE_RUN.sub(" ", "".join(pieces).replace("\u00ad", "")).strip()

    def _junction(self, left: str, right: str) -> tuple[str, str, str]:
        """How `left` (the text so far) meets the next line `right`: the possibly
        shortened left text, the separator ("" or " ") and the next line, which loses a
        speck's mark before the rest of a word it completes; the left text loses a speck's
        marks after the hyphen of a word the next line goes on with in lowercase."""
        next_word = _LEADING_WORD.match(right)
        speck_after = _SPECK_AFTER_HYPHEN.search(left, max(0, len(left) - _SPECK_TAIL))
        speck_before = _SPECK_BEFORE_REST.match(right)
        going_on = next_word or speck_before and _LEADING_WORD.match(right[speck_before.end():])
        if left.endswith(_TYPED_DASH):
            return self._after_dash(left, right, _TYPED_DASH)
        if speck_after and going_on and going_on.group()[0].islower():
            left = left[: speck_after.start()]
        if _ends_discretionary(left):
            return left[:-1], "", right
        hyphenated = _hyphenated_last_word(left)
        if hyphenated:
            speck = _SPECK_BEFORE_REST.match(right)
            if speck and not next_word:
                rest = _LEADING_WORD.match(right[speck.end():])
                if rest and rest.group()[0].islower() and self._drops_hyphen(hyphenated, rest.group()):
                    return left[:-1], "", right[speck.end():]
            if next_word and self._drops_hyphen(hyphenated, next_word.group()):
                return left[:-1], "", right
            return left, "", right
        if left[-1:] == "-" and left[-2:-1].isdigit():
            return left, "", right  # "1923-" + "24"
        if left[-1:] in tuple(_DASHES):
            return self._after_dash(left, right, left[-1])
        if (left[-1:] in _MARKS_FOR_HYPHEN and left[-2:-1].isalpha() and next_word
                and next_word.group()[0].islower()):
            cut = _last_word(left[:-1])
            if cut and self._mark_for_hyphen(cut, next_word.group()):
                return left[:-1], "", right
        trailing = _last_word(left)
        if trailing and next_word and self._joins_across_break(trailing, next_word.group()):
            return left, "", right
        return left, " ", right

    @staticmethod
    def _after_dash(left: str, right: str, dash: str) -> tuple[str, str, str]:
        """A line ending on a dash: a closed dash ("party—" + "the") joins its next line
        without a space, a spaced one ("party —") with one; a dash never cuts a word."""
        closed = len(left) > len(dash) and not left[-len(dash) - 1].isspace()
        return left, "" if closed and not right.startswith((*_DASHES, _TYPED_DASH)) else " ", right

    def _mark_for_hyphen(self, before: str, after: str) -> bool:
        """Is the mark ending "before" the OCR's reading of a hyphen: "before" no word, the
        joined letters one the dictionary knows? In Russian, no word is what pymorphy3's
        dictionary lacks: wordfreq lists the web's cut words too («сдела»)."""
        if len(before) < _MIN_BREAK_PART or len(after) < _MIN_BREAK_PART:
            return False
        script = _CYRILLIC_LETTERS if self.lexicon.lang == "ru" else _LATIN_LETTERS
        if not (script.fullmatch(before) and script.fullmatch(after)):
            return False  # "all day," / "and" in a Russian text: a comma, not a hyphen
        if is_known_form(before, self.lexicon) or (
            self.lexicon.lang != "ru" and self.lexicon.is_word(before)
        ):
            return False
        return is_known_joined(before + after, self.lexicon)

    def _drops_hyphen(self, before: str, after: str) -> bool:
        """Is "before-|after" a word broken at the line end (drop the hyphen) rather than a
        compound broken after its hyphen ("self-|destructive", "All-|Russian", "по-|русски")?"""
        if after[0].isupper() and not before.isupper():
            return False  # a break never capitalises the rest of a word; "All-Russian" does
        if len(before) < _MIN_BREAK_PART or len(after) < _MIN_BREAK_PART:
            # Typesetters leave no single letter, but OCR reads «в-|последствии» from a
            # smudge: join only into a known word that the hyphenated form is not.
            return is_known_joined(before + after, self.lexicon) and not is_known_hyphenated(
                before, after, self.lexicon
            ) and self.lexicon.lang == "ru"
        in_compound = f"{before}-{after}".casefold() in self.document.compounds
        in_joined = self.document.counts[(before + after).casefold()] > 0
        if in_compound != in_joined:
            return in_joined
        joined = before + after
        joined_known = is_known_joined(joined, self.lexicon)
        hyphenated_known = is_known_hyphenated(before, after, self.lexicon)
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
                # ones are in the dictionary, so an unknown one is worth a look, unless a
                # particle follows the hyphen, as it may any word («подите-ка», «он-то»).
                if self.lexicon.lang == "ru" and not is_particle(after, self.lexicon):
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
