"""Sentence segmentation of one paragraph, with rules for English and Russian.

Why a splitter of our own: the maintained segmenters we measured on our own
hand-made cases (see `bench/bench_segmentation.py` and the report in
`tests/core/data/segmentation/README.md`) either miss what an OCR'd history
book is full of (`т. е.`, `в 1923 г.`, `В. И. Ленин`, `Jan. 5`) or are far too
slow for a book. The rules below are small, explicit and fast (one regular
expression pass plus a few dictionary look-ups per full stop).

How it works: a *candidate* boundary is a run of stops (`.`, `!`, `?`, `…`),
the closing quotes and brackets glued to it (they belong to the sentence they
close), and the whitespace after it. Each candidate is judged, left to right,
from three things:

* what ends before the stop: a known abbreviation and its `Abbrev` kind,
  initials, a number, a URL, a list marker;
* what starts after the whitespace, once opening quotes and a dialogue dash
  are skipped: a capital, a lowercase letter, a digit;
* what the current sentence holds so far: only a list marker (`1.`, `§ 3.`),
  only a date phrase (`В 1923 г.`), nothing at all.

Paragraphs are hard boundaries: the caller passes one paragraph at a time, so
a paragraph that starts or ends mid-sentence (a page cut from a book) simply
yields that fragment as its own sentence.
"""

from __future__ import annotations

import enum
import re
from typing import NamedTuple

from workbench.core.abbreviations import Abbrev, LanguageRules, abbreviation_key, rules_for

_CLOSERS = "\"'»”’“‘›)]}*†‡¹²³⁴⁵⁶⁷⁸⁹⁰"
"""Glued to a stop, these close the sentence (quotes, brackets, footnote marks)."""
_OPENERS = "\"'«“„‘‚‹([{"
"""Before a word, these open something; skipped when looking at what follows a stop."""

_CANDIDATE = re.compile(
    r"(?<![.!?…])([.!?…]++)([" + re.escape(_CLOSERS) + r"]*+)(\s++|(?=[^\W\d_]|[—–]))"
)
"""A whole run of stops, what it closes, and the gap after it: whitespace, or nothing before a
letter or a dash, because OCR loses spaces (`the state.By 1923`); those glued cases are judged
strictly. The look-behind and possessive runs keep a long run of dots linear, not quadratic."""
_OPEN = "[" + re.escape(_OPENERS) + "]*"
_NEXT = re.compile(_OPEN + r"(?:[—–-]+\s*" + _OPEN + r")?([^\W_]+)?(\S?)")
_BLOCKING = frozenset(")]}»”.,;:!?…")
"""A sentence does not start with these: a stop before them is inside the sentence."""
_NON_SPACE = re.compile(r"\S")
_SPACE_DIGIT = re.compile(r"\s+\d")
_ALNUM = re.compile(r"[^\W_]")
_NUMBER = re.compile(r"\d(?:[\d.,:/–—-]*\d)?(?:-?[^\W\d_]{1,3})?")
_ROMAN = re.compile(r"[IVXLCDMХ]+(?:[–—-][IVXLCDMХ]+)?")
_MARKER_BODY = r"(?:§+\s*)?[(\[]?(?:\d{1,3}(?:\.\d{1,3})*|[IVXLCDM]{1,6}|[^\W\d_])"
_MARKER = re.compile(_MARKER_BODY)
_MARKER_AFTER_COLON = re.compile(r"[:;]\s+" + _MARKER_BODY + "$")
_ROMAN_FOLLOWERS = frozenset(",.;:)")
_DATE_PHRASE_LENGTH = 60
"""Longer than this, what precedes `г.` is more than an opening date phrase."""
_WINDOW = 40
"""How far back (in characters) abbreviation chains like `и т. д.` are looked for; a longer
word cut by the window is a URL or a plain word either way."""


class _Next(enum.Enum):
    """What the text after a candidate boundary starts with."""

    UPPER = "upper"
    LOWER = "lower"
    DIGIT = "digit"
    OTHER = "other"
    """A letter without case (CJK ...) or a symbol (`§`, `$`): reads as a sentence start."""
    BLOCKED = "blocked"
    """A closing bracket, a comma or another stop: cannot start a sentence."""


class _Left(enum.Enum):
    """What ends before a full stop, beyond the `Abbrev` kinds."""

    ORDINARY = "ordinary"
    PRONOUN_I = "pronoun-i"
    """English `I.`: the pronoun ends the sentence unless another initial follows."""


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of one paragraph, in order; spans do not overlap,
    cover every non-space character of `text`, and exclude surrounding whitespace.

    `lang` is a BCP 47 tag; languages without rules of their own get generic ones.
    """
    first = _NON_SPACE.search(text)
    if first is None:
        return []
    rules = rules_for(lang)
    spans: list[tuple[int, int]] = []
    start = first.start()
    length = len(text)
    content = _ALNUM.search(text, start)
    for candidate in _CANDIDATE.finditer(text, start):
        gap_start, gap_end = candidate.span(3)
        if gap_end == length or content is None:
            break  # the paragraph ends here, or nothing but punctuation is left
        if content.start() >= candidate.start():
            continue  # only punctuation so far (`... and then`): nothing to end yet
        if _ends_sentence(text, candidate, start, rules):
            spans.append((start, gap_start))
            start = gap_end
            content = _ALNUM.search(text, start)
    spans.append((start, len(text.rstrip())))
    return spans


def sentences(text: str, lang: str) -> list[str]:
    """The texts of the spans `split_sentences` finds."""
    return [text[start:end] for start, end in split_sentences(text, lang)]


def _ends_sentence(text: str, candidate: re.Match[str], start: int, rules: LanguageRules) -> bool:
    """Decide one candidate boundary; `start` is where the current sentence began."""
    stop_start = candidate.start(1)
    glued = candidate.start(3) == candidate.end(3)
    if glued and not _starts_glued_sentence(text, candidate.end()):
        return False
    ahead = _look_ahead(text, candidate.end())
    following = ahead.kind
    if following is _Next.BLOCKED:
        return False
    if candidate.group(1) != ".":
        # `?`, `!`, `?!`, `...`, `…`: a lowercase word after them continues the
        # sentence (`"Why?" he asked`, `— Да? — спросил он`, `He waited... and left`).
        return following is not _Next.LOWER

    window = text[max(start, stop_start - _WINDOW) : stop_start]
    if window[-1].isspace():
        return following is not _Next.LOWER  # a stop standing apart: `word .` or `. . .`
    tokens = window.split()[-4:]
    left = tokens[-1].lstrip(_OPENERS)
    before = [token.lstrip(_OPENERS) for token in tokens[:-1]]
    if glued and not _glued_word_ends(left, ahead.word, rules):
        return False
    if not left or not left[-1].isalnum():
        # The word closed before the stop (`"club".`, `РКП(б).`, `20%.`): a real full stop.
        return following is not _Next.LOWER or ahead.is_lower_marker(text)
    if len(left) <= 7 and _is_list_marker(text, start, stop_start):
        return False
    if left[0].isdigit():
        # `Т. 45. С. 12`: a reference goes on with a one-letter abbreviation and a number.
        return following is not _Next.LOWER and not ahead.is_reference(text)

    kind = _classify(left, before, rules)
    if kind is Abbrev.TITLE:
        kind = Abbrev.PREFIX if left[0].isupper() else _Left.ORDINARY
    if kind in (Abbrev.PREFIX, Abbrev.NUMERIC) and candidate.group(2):
        kind = Abbrev.TAIL  # a bracket or quote closed after it: `(см. рис.) Потом`
    after_number = bool(before) and _is_number(before[-1])
    if kind is Abbrev.PREFIX and after_number:
        kind = Abbrev.TAIL  # a unit or a year: `50 см.`, `в 1923 г.`, `в XIX в.`

    if kind is _Left.ORDINARY:
        if following is _Next.LOWER:
            return ahead.is_lower_marker(text)
        return not ahead.is_reference(text)  # `Там же. С. 34.`, `Ibid. P. 34.`
    if kind is Abbrev.PREFIX:
        return False
    if kind is Abbrev.NUMERIC:
        return following in (_Next.UPPER, _Next.OTHER) and not ahead.is_roman_number()
    if kind is Abbrev.TAIL:
        if following not in (_Next.UPPER, _Next.OTHER):
            return False
        token_start = stop_start - len(tokens[-1])
        return not (after_number and _only_a_date_before(text, start, token_start, rules))
    if kind is _Left.PRONOUN_I:
        return following is not _Next.LOWER and not ahead.is_initial()
    # Abbrev.SOFT, initials included: `U.S. Army`, `J. V. Stalin` go on; `U.S. The` ends.
    if following is _Next.OTHER:
        return True
    if following is not _Next.UPPER or ahead.is_initial():
        return False
    return ahead.word is not None and ahead.word.casefold() in rules.sentence_openers


class _Ahead(NamedTuple):
    """What starts after a candidate boundary."""

    kind: _Next
    word: str | None
    """The first word (letters and digits), opening quotes and a dialogue dash skipped."""
    glued: str
    """The character right after that word: `.` for an initial, `)` for a list marker."""
    end: int
    """Where the text after `glued` begins."""

    def is_initial(self) -> bool:
        """A single letter with a period: another initial (`J. V.`), or `С.` in `С. 12`."""
        return self.word is not None and len(self.word) == 1 and self.glued == "."

    def is_roman_number(self) -> bool:
        """`vol. II`, `ch. IV,`: a Roman numeral, but not the pronoun in `No. I won't`."""
        if self.word is None or _ROMAN.fullmatch(self.word) is None:
            return False
        return len(self.word) > 1 or self.glued in _ROMAN_FOLLOWERS

    def is_lower_marker(self, text: str) -> bool:
        """A lowercase list marker (`b)`, `b.`) opens the next item: `a) one. b) two.`"""
        if self.word is None or len(self.word) != 1 or not self.word.isalpha():
            return False
        if self.glued == ")":
            return True
        return self.glued == "." and self.end < len(text) and text[self.end].isspace()

    def is_reference(self, text: str) -> bool:
        """`45. С. 12`: a one-letter abbreviation before a number continues a reference."""
        return self.is_initial() and _SPACE_DIGIT.match(text, self.end) is not None


def _look_ahead(text: str, pos: int) -> _Ahead:
    """Classify what starts at `pos`, skipping opening quotes, brackets and a dialogue dash."""
    if text[pos] in _BLOCKING:
        return _Ahead(_Next.BLOCKED, None, "", pos)
    found = _NEXT.match(text, pos)
    assert found is not None  # every part of the pattern is optional
    word, glued = found.group(1), found.group(2)
    if word is None:
        return _Ahead(_Next.OTHER, None, glued, found.end())
    first = word[0]
    if first.isdigit():
        kind = _Next.DIGIT
    elif first.isupper():
        kind = _Next.UPPER
    elif first.islower() and word.islower():
        kind = _Next.LOWER
    elif first.islower():
        kind = _Next.UPPER  # `iSkra`, `eBay`: a name that starts lowercase starts a sentence
    else:
        kind = _Next.OTHER
    return _Ahead(kind, word, glued, found.end())


def _classify(left: str, before: list[str], rules: LanguageRules) -> Abbrev | _Left:
    """Read the word before a full stop: a known abbreviation, initials, or a plain word."""
    if "/" in left or "@" in left:
        return _Left.ORDINARY  # URL or e-mail address
    parts = left.split(".")
    dotted = len(parts) > 1
    if dotted and not all(0 < len(part) <= 3 and part.isalpha() for part in parts):
        return _Left.ORDINARY  # a domain name or a version number, not `U.S` or `т.е`
    initial = len(left) == 1 and left.isupper()
    known_ending = abbreviation_key([left]) in rules.key_endings
    for first in range(len(before) + 1 if known_ending else 0):
        chain = before[first:]
        if any(len(token) > 6 for token in chain) or (initial and not chain):
            continue  # a capital letter alone is an initial, not `v.` (versus) or `с.` (page)
        kind = rules.abbreviations.get(abbreviation_key([*chain, left]))
        if kind is not None:
            return _Left.ORDINARY if kind is Abbrev.WORD else kind
    if dotted:
        return Abbrev.SOFT  # initials or an acronym: `J.V.`, `U.S.`, `a.m.`
    if len(left) == 1 and left.isalpha():
        if left.islower():
            return Abbrev.PREFIX  # `p. 5`, `с. Ивановка`, `о. Сахалин`
        if left == "I" and rules.roman_pronoun and not (before and _is_initial(before[-1])):
            return _Left.PRONOUN_I
        return Abbrev.SOFT  # an initial: `J. V. Stalin` goes on, `Plan B. It` ends
    return _Left.ORDINARY


def _starts_glued_sentence(text: str, pos: int) -> bool:
    """After a stop with no space: a capitalised word (`By`, not `D.` or `USA`) or a dash."""
    if text[pos] in "—–":
        return True
    return text[pos].isupper() and pos + 1 < len(text) and text[pos + 1].islower()


def _glued_word_ends(left: str, word: str | None, rules: LanguageRules) -> bool:
    """A full stop glued to the next word ends a sentence only after a plain word, and only if
    that word is lowercase or the next is a typical opener: `state.By` and `Moscow.The`
    split, `Ph.D`, `U.S.Army`, `www.Example.Com`, `3.5` do not."""
    if len(left) < 2 or not left.isalpha():
        return False
    return left.islower() or (word is not None and word.casefold() in rules.sentence_openers)


def _is_initial(token: str) -> bool:
    """`J.` or `В.`: one capital letter and a period."""
    return len(token) == 2 and token[1] == "." and token[0].isupper()


def _is_number(token: str) -> bool:
    """A number, a range or a decade (`1923`, `1923–1924`, `1920-х`) or a Roman numeral."""
    return _NUMBER.fullmatch(token) is not None or _ROMAN.fullmatch(token) is not None


def _is_list_marker(text: str, start: int, stop_start: int) -> bool:
    """The sentence so far is only a list marker: `1.`, `IV.`, `a.`, `§ 3.`, `rules: 2.`"""
    if stop_start - start <= 12 and _MARKER.fullmatch(text, start, stop_start):
        return True
    return _MARKER_AFTER_COLON.search(text, max(start, stop_start - 16), stop_start) is not None


def _only_a_date_before(text: str, start: int, token_start: int, rules: LanguageRules) -> bool:
    """The sentence so far is an opening date phrase (`В 1923 г.`, `Летом 1923 г.`).

    Then a capital after `г.` is the subject of the same sentence, not a new one.
    A lowercase first letter means the paragraph began mid-sentence: the date
    closes the previous sentence, so this is not an opening phrase.
    """
    if not rules.date_words or token_start - start > _DATE_PHRASE_LENGTH:
        return False
    words = text[start:token_start].split()
    if not words or len(words) > 6:
        return False
    first = _ALNUM.search(text, start, token_start)
    if first is None or first.group().islower():
        return False
    for raw in words:
        word = raw.strip(_OPENERS + _CLOSERS + ",—–-")
        if word and not _is_number(word) and word.casefold() not in rules.date_words:
            return False
    return True
