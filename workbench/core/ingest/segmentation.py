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
from bisect import bisect_left
from typing import NamedTuple

from workbench.core.ingest.abbreviations import Abbrev, LanguageRules, rules_for
from workbench.core.ingest.bibliography import is_record

_CLOSERS = "\"'»”’“‘›)]}*†‡¹²³⁴⁵⁶⁷⁸⁹⁰"
"""Glued to a stop, these close the sentence (quotes, brackets, footnote marks)."""
_OPENERS = "\"'«“„‘‚‹([{"
"""Before a word, these open something; skipped when looking at what follows a stop."""

_CANDIDATE = re.compile(
    r"([.!?…．](?<![.!?…．]{2})[.!?…．]*+)([" + re.escape(_CLOSERS) + r"]*+(?:\[\d{1,3}\])*+"
    r"(?:(?:(?<=[^\W\d_][.!?])|(?<=\)[.!?]))\d{1,3}(?: \d{1,3})*+(?=\s))?"
    r"(?:[ \t]?/\d{1,3}/(?=\s|\Z)|[ \t][(\[](?:\.\.\.|…)[)\]](?=\s|\Z))?)(\s++|(?=[^\W\d_]|[—–])|(?<=[/)\]])\Z)"
)
"""A whole run of stops, what it closes, and the gap after it: whitespace, or nothing before a
letter or a dash, because OCR loses spaces (`the state.By 1923`); those glued cases are judged
strictly. Footnote markers glued to the stop belong to the sentence they close (`martyr.[1]`,
`consultation.11 12`), and so do a footnote number between slashes and an elision after the stop
(`service. /1/ So`, `contributors. (...) Remember`), up to the end of the text (there the gap is
empty, and only after a mark: a stop at the end is no candidate). The look-behind and possessive runs keep a long run of dots linear.
The look-behind (no stop before the first) comes after the first stop, not before it, so that
the pattern starts with a character set, which lets the regex engine skip to the next stop in
C instead of trying the pattern at every position (this halves the scan).
`．` is the fullwidth full stop of CJK typesetting."""
_FOOTNOTE_DIGITS = re.compile(r"[\d ]+$")
_OPEN = "[" + re.escape(_OPENERS) + "]*"
_NEXT = re.compile(_OPEN + r"(?:[—–-]+\s*" + _OPEN + r")?([^\W_]+)?(\S?)")
_BLOCKING = frozenset(")]}»”.,;:!?…&")
"""A sentence does not start with these: a stop before them is inside the sentence (`&c. &c.`)."""

_NON_SPACE = re.compile(r"\S")
_SPACE_DIGIT = re.compile(r"\s+\d")
_ALNUM = re.compile(r"[^\W_]")
_NUMBER = re.compile(r"\d(?:[\d.,:/–—-]*\d)?(?:-?[^\W\d_]{1,3})?")
_ROMAN_FIRST = "IVXLCDMХ"
_ROMAN = re.compile(f"[{_ROMAN_FIRST}]+(?:[–—-][{_ROMAN_FIRST}]+)?")
_MARKER_BODY = r"(?:[•⁃·▪‣◦]\s*)?(?:§+\s*)?[(\[]?(?:\d{1,3}(?:\.\d{1,3})*|[IVXLCDM]{1,6}|[^\W\d_])"
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
    CLOCK = "clock"
    """`a.m.`, `P.M.` after a number: the time closes a sentence unless it opens one."""


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
    bounds = [first.start(), *_hard_breaks(text, first.start(), rules), len(text)]
    for part_start, part_end in zip(bounds, bounds[1:]):
        spans.extend(_split_part(text, part_start, part_end, rules))
    return spans


def _split_part(text: str, start: int, stop: int, rules: LanguageRules) -> list[tuple[int, int]]:
    """The sentences of `text[start:stop]`, a stretch no hard break cuts."""
    end = len(text[:stop].rstrip())
    if end <= start:
        return []
    first = start
    spans: list[tuple[int, int]] = []
    content = _ALNUM.search(text, start, stop)
    # Where the first letter or digit is, -1 if none: an int, compared at every candidate for
    # less than a match object's method call.
    content_start = -1 if content is None else content.start()
    marks = [mark.start() for mark in _QUOTE_OR_BRACKET.finditer(text, start, stop)]  # once per part
    quotes = _Quotes(text, start, marks)
    for candidate in _CANDIDATE.finditer(text, start, stop):
        gap_start, gap_end = candidate.span(3)
        if gap_end >= end or content_start < 0:
            break  # the part ends here, or nothing but punctuation is left
        stop_start = candidate.start()
        if content_start >= stop_start:
            continue  # only punctuation so far (`... and then`): nothing to end yet
        if gap_start == gap_end and not _starts_glued_sentence(text, gap_end):
            continue  # `e.g`, `U.S`: a stop glued inside a word, held together (`_held_together`)
        if _ends_sentence(text, candidate, start, (stop_start, gap_start, gap_end), rules, quotes):
            if not spans and is_record(text, first, end):
                # A bibliographic record: its stops part fields, not sentences (asked only once a
                # stop would split the part, so a part of one sentence costs nothing more).
                return [(first, end)]
            spans.append((start, gap_start))
            start = gap_end
            content = _ALNUM.search(text, start, stop)
            content_start = -1 if content is None else content.start()
            if marks:  # without marks the reading never changes: keep it
                quotes.restart(start)
    spans.append((start, end))
    return spans


_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?=\S)")
_BULLETS = "•⁃·▪‣◦(["
_SMILEY = re.compile(r"(?<=\s)[:;]-?\)+\s+(?=[^\W\d_])(?=[A-ZА-ЯЁ])")
"""`тоже ;) Я вспомнила`: an emoticon ends a sentence in chat and forum text."""
_LIST_MARKER = re.compile(r"(?<!\S)([•⁃·▪‣◦]\s*)?\(?(\d{1,2}|[a-z]|[ivx]{1,5})(\.\)|\.|\))(?=\s)")
_LIST_MARKER_AFTER_SPACE = re.compile(r"\s" + _LIST_MARKER.pattern.removeprefix(r"(?<!\S)"))
"""`_LIST_MARKER` with the whitespace before it matched, not looked behind at: a pattern that
starts with a character set lets the regex engine skip to the next space in C."""


def _hard_breaks(text: str, start: int, rules: LanguageRules) -> list[int]:
    """Where a sentence must start whatever the punctuation: after a blank line, at a line
    that starts with a capital, a digit, a bullet or a bracket when the line before it ends
    without punctuation (a heading, a list), and at each item of an inline numbered list
    (`1. The first item 2. The second item`). Sorted, unique, after `start`."""
    if "\n" not in text and ")" not in text:
        # Most paragraphs: only inline list items, found in order and once each.
        return [item for item in _list_items(text, start, rules) if start < item < len(text)]
    breaks: set[int] = set()
    if "\n" in text:
        breaks.update(m.end() for m in _BLANK_LINE.finditer(text, start))
        for m in _LINE_BREAK.finditer(text, start):
            before = text[max(start, m.start() - 8) : m.start()].rstrip()
            nxt = text[m.end()]
            if not before or before[-1] in ",;:-–—" or before[-1] in ".!?…":
                continue
            if nxt.isupper() or nxt in _BULLETS or _LIST_MARKER.match(text, m.end()):
                breaks.add(m.end())
    breaks.update(_list_items(text, start, rules))
    if ")" in text:
        breaks.update(m.end() for m in _SMILEY.finditer(text, start))
    return sorted(b for b in breaks if start < b < len(text))


def _list_items(text: str, start: int, rules: LanguageRules) -> list[int]:
    """The starts of the second and later items of inline lists whose markers count up
    (1. 2. 3., a) b) c), i. ii. iii.), the first one opening a sentence or a line."""
    markers = _list_markers(text, start)
    items: list[int] = []
    if len(markers) < 2:
        return items
    markers = [marker for marker in markers if not _numbered_by(text, marker[0], rules)]
    chained = False
    for (previous, counted), (current, counts) in zip(markers, markers[1:]):
        follows = bool(_values(counted) & {v - 1 for v in _values(counts)})
        if follows and (chained or _opens_sentence(text, start, previous)):
            items.append(current)
            chained = True
        else:
            chained = False
    return items


def _list_markers(text: str, start: int) -> list[tuple[int, str]]:
    """Where the matches of `_LIST_MARKER` from `start` begin and what they count, found
    faster: but for one at `start`, each follows a whitespace character (which no match
    ends with, so the search can go on from a match's end)."""
    markers: list[tuple[int, str]] = []
    first = _LIST_MARKER.match(text, start)
    if first is not None:
        markers.append((start, first.group(2)))
    after_space = _LIST_MARKER_AFTER_SPACE.finditer(text, start if first is None else first.end())
    markers.extend((marker.start() + 1, marker.group(2)) for marker in after_space)
    return markers


def _numbered_by(text: str, marker: int, rules: LanguageRules) -> bool:
    """The number at `marker` is what the word before it numbers, not a list item: `№ 2.`,
    `Vol. 2.`, `– Т. 27. – Вып. 2.` (a volume or an issue of a reference); but after a unit,
    `– 320 с. 2.`, a new item starts."""
    head = text[max(0, marker - 16) : marker].rstrip()
    if head[-1:] not in (".", "№"):
        return False  # what most markers follow, decided before the words are split out
    before = head.split()[-2:]
    word = before[-1]
    if word == "№":
        return True
    if not word.endswith(".") or len(before) == 2 and _is_number(before[0]):
        return False
    kind = rules.abbreviations.get(word.casefold())
    return kind is Abbrev.NUMERIC or kind is Abbrev.PREFIX


def _values(marker: str) -> set[int]:
    """What a list marker counts: `3` -> 3; `c` -> 3; `iii` -> 3 (and `i`, `v`, `x` as letters)."""
    if marker.isdigit():
        return {int(marker)}
    found = set()
    if len(marker) == 1:
        found.add(ord(marker) - ord("a") + 1 + 1000)  # letters count in a range of their own
    roman = _ROMAN_VALUE.get(marker)
    if roman is not None:
        found.add(roman + 2000)
    return found


_ROMAN_VALUE = {
    roman: i
    for i, roman in enumerate(
        ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), start=1
    )
}


def _opens_sentence(text: str, start: int, pos: int) -> bool:
    """Nothing but a sentence end, a line break or the paragraph start before `pos`.

    After a colon the items belong to the sentence that announces them
    (`The tasks were: 1) to educate; 2) to entertain.`)."""
    before = text[start:pos].rstrip(" \t")
    return not before or before[-1] in ".!?…\n"


def sentences(text: str, lang: str) -> list[str]:
    """The texts of the spans `split_sentences` finds."""
    return [text[start:end] for start, end in split_sentences(text, lang)]


_Where = tuple[int, int, int]
"""Where a candidate's stops, gap and the text after it start: `candidate.start(1)`,
`.start(3)` and `.end(3)`, read once from the match and passed along (speed)."""


def _ends_sentence(
    text: str, candidate: re.Match[str], start: int, where: _Where, rules: LanguageRules,
    quotes: _Quotes,
) -> bool:
    """Decide one candidate boundary; `start` is where the current sentence began."""
    if _plain_stop(text, start, where, rules, quotes):
        return True
    # The run of stops and the closers glued to it, read once (speed) for the stops that
    # `_plain_stop` leaves, not at every look.
    stops, closers = candidate.group(1, 2)
    if _held_together(text, stops, closers, start, where, quotes):
        return False
    ahead = _look_ahead(text, where[2])
    if ahead.kind is _Next.BLOCKED:
        return False
    if stops not in (".", "．"):
        # `?`, `!`, `?!`, `...`, `…`: a lowercase word after them continues the
        # sentence (`"Why?" he asked`, `— Да? — спросил он`, `He waited... and left`).
        return ahead.kind is not _Next.LOWER
    return _period_ends(text, closers, start, where, rules, ahead)


def _plain_stop(text: str, start: int, where: _Where, rules: LanguageRules, quotes: _Quotes) -> bool:
    """`the state. By 1923`: a full stop after a plain word, one space, then a capitalised word,
    outside any quotation or bracket. Most stops in prose are this; deciding them here gives
    what the full reading below would, without it."""
    stop_start, gap_start, gap_end = where
    if gap_end != gap_start + 1 or stop_start + 1 != gap_start or gap_end + 1 >= len(text):
        return False  # another gap, a glued word, closers or a run of stops
    if text[stop_start] != "." or text[gap_start] != " ":
        return False
    if not (text[gap_end].isupper() and text[gap_end + 1].islower()):
        return False
    if quotes.active and (quotes.open_at(gap_start) is not None or quotes.brackets):
        return False
    window = max(start, stop_start - _WINDOW)  # as far back as `_period_ends` reads
    space = text.rfind(" ", window, stop_start)
    return _plain_word(text[max(space + 1, window) : stop_start], rules)


def _held_together(
    text: str, stops: str, closers: str, start: int, where: _Where, quotes: _Quotes
) -> bool:
    """Whatever follows, this stop is inside the sentence: a click letter, a decimal point,
    an elision, a quotation or bracket still open."""
    stop_start, gap_start, gap_end = where
    glued = gap_start == gap_end
    if glued and stop_start > start and text[stop_start - 1].isspace() and not _glued_dash(text, gap_end):
        return True  # `!Xũ`, `!Kung`: a click letter, not a stop
    if glued and not _starts_glued_sentence(text, gap_end):
        return True
    if closers and closers[-1].isdigit() and not _footnote_digits(text, stop_start, gap_end, start):
        return True  # `3.5 m`, `No.5 The`: digits after a stop that are no footnote
    if stops in ("...", "…") and text[stop_start - 1 : stop_start] == "[":
        return True  # `[...]`: an elision inside a quotation
    if quotes.active and quotes.open_at(gap_start) is not None:  # the closers end at the gap
        return True  # `"Dear, dear! How queer everything is!"`: one quotation, one sentence
    if quotes.brackets and stops == "." and _short_lowercase_word(text, stop_start):
        return True  # `The club (est. 1923) grew.`: an abbreviation inside brackets
    if closers and closers[-1] in "'’\"”»" and text[gap_end : gap_end + 1] == "(":
        first = _NON_SPACE.search(text, start)
        if first is not None and quotes.last_closed_from > first.start():
            return True  # `... thought Alice, 'after such a fall!' (Which was true.)`
    return False


def _period_ends(
    text: str, closers: str, start: int, where: _Where, rules: LanguageRules, ahead: _Ahead
) -> bool:
    """A period: the word before it (a number, a list marker, an abbreviation) decides."""
    stop_start, gap_start, gap_end = where
    following = ahead.kind
    window = text[max(start, stop_start - _WINDOW) : stop_start]
    if window[-1].isspace():
        # A stop standing apart, `word .` or `. . .`, unless it ends a leader after a comma.
        return following is not _Next.LOWER and not _comma_leader(window)
    tokens = window.split()[-4:]
    left = tokens[-1].lstrip(_OPENERS)
    glued = gap_start == gap_end and not _glued_dash(text, gap_end)  # a dash parts like a space
    if glued and not _glued_word_ends(left, ahead.word, rules):
        return False
    if _plain_word(left, rules):
        return _word_kind_ends(_Left.ORDINARY, text, start, stop_start, rules, ahead)
    if left in ("N°", "n°", "№"):
        return following is not _Next.DIGIT and following is not _Next.LOWER
    if not left or not left[-1].isalnum():
        # The word closed before the stop (`"club".`, `РКП(б).`, `20%.`): a real full stop.
        if _comma_leader(window):
            return False
        return following is not _Next.LOWER or ahead.is_lower_marker(text)
    if len(left) <= 7 and _is_list_marker(text, start, stop_start):
        return False
    if left[0].isdigit():
        # `Т. 45. С. 12`: a reference goes on with a one-letter abbreviation and a number.
        return following is not _Next.LOWER and not ahead.is_reference(text)

    before = [token.lstrip(_OPENERS) for token in tokens[:-1]]
    kind = _classify(left, before, rules)
    if kind is Abbrev.TITLE:
        kind = Abbrev.PREFIX if left[0].isupper() else _Left.ORDINARY
    if kind in (Abbrev.PREFIX, Abbrev.NUMERIC) and closers:
        kind = Abbrev.TAIL  # a bracket or quote closed after it: `(см. рис.) Потом`
    after_number = bool(before) and _is_number(before[-1])
    if kind is Abbrev.PREFIX and after_number:
        kind = Abbrev.TAIL  # a unit or a year: `50 см.`, `в 1923 г.`, `в XIX в.`
    if kind is Abbrev.TAIL and after_number and following in (_Next.UPPER, _Next.OTHER):
        token_start = stop_start - len(tokens[-1])
        return not _only_a_date_before(text, start, token_start, rules)
    return _word_kind_ends(kind, text, start, stop_start, rules, ahead)


def _comma_leader(window: str) -> bool:
    """The stop after `window` ends dots led from a comma to a table's figures, no sentence:
    `Hydrogen, . . . . 3/4 grains`, `Air,. . . . 10 grains`."""
    led = window.rstrip(" .")
    return led.endswith(",") and "." in window[len(led) :]


def _plain_word(left: str, rules: LanguageRules) -> bool:
    """`state`, `Moscow`: letters that are no abbreviation, initial or Roman list marker (`IV.`).

    Two in three full stops follow such a word; deciding them before the abbreviation
    chains, list markers and numbers are read keeps segmentation fast on long books."""
    return (
        len(left) > 1
        and left.isalpha()
        and bool(left.strip("IVXLCDM"))
        and left.casefold() + "." not in rules.key_endings  # `abbreviation_key([left])`, inline
    )


def _word_kind_ends(
    kind: Abbrev | _Left, text: str, start: int, stop_start: int, rules: LanguageRules,
    ahead: _Ahead,
) -> bool:
    """A period after a word of this kind (ordinary, abbreviation, `I`, `a.m.`) ends a sentence?"""
    following = ahead.kind
    if kind is _Left.ORDINARY:
        if following is _Next.LOWER:
            return ahead.is_lower_marker(text)
        return not ahead.is_reference(text)  # `Там же. С. 34.`, `Ibid. P. 34.`
    if kind is Abbrev.PREFIX:
        return False
    if kind is Abbrev.NUMERIC:
        return following in (_Next.UPPER, _Next.OTHER) and not ahead.is_roman_number()
    if kind is Abbrev.TAIL:
        return following in (_Next.UPPER, _Next.OTHER)
    if kind is _Left.PRONOUN_I:
        return following is not _Next.LOWER and not ahead.is_initial()
    if kind is _Left.CLOCK:
        # `He left at 6 P.M. Travelers ...` ends; `At 5 a.m. Mr. Smith went` and
        # `at 9 a.m. Moscow time` go on (a name is not in the dictionary).
        if following is not _Next.UPPER or len(text[start:stop_start].split()) <= 3:
            return False
        return _common_word(ahead.word or "", rules)
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
        """A lowercase list marker (`b)`, `b.`) opens the next item: `a) one. b) two.`; but a
        letter with a stop before a number is an abbreviation (`tom. xxiv. p. 93`, `s. 5`)."""
        if self.word is None or len(self.word) != 1 or not self.word.isalpha():
            return False
        if self.glued == ")":
            return True
        return (
            self.glued == "." and self.end < len(text) and text[self.end].isspace()
            and _SPACE_DIGIT.match(text, self.end) is None
        )

    def is_reference(self, text: str) -> bool:
        """`45. С. 12`: a one-letter abbreviation before a number continues a reference."""
        return self.is_initial() and _SPACE_DIGIT.match(text, self.end) is not None


def _look_ahead(text: str, pos: int) -> _Ahead:
    """Classify what starts at `pos`, skipping opening quotes, brackets and a dialogue dash."""
    if text[pos] in _BLOCKING:
        return _Ahead(_Next.BLOCKED, None, "", pos)
    found = _NEXT.match(text, pos)
    assert found is not None  # every part of the pattern is optional
    word, glued = found.group(1, 2)
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
    kind = _known_chain(left, before, rules)
    if kind is not None:
        return _Left.ORDINARY if kind is Abbrev.WORD else kind
    if dotted:
        if left.casefold() in ("a.m", "p.m") and before and _is_number(before[-1]):
            return _Left.CLOCK
        return Abbrev.SOFT  # initials or an acronym: `J.V.`, `U.S.`
    if len(left) == 1 and left.isalpha():
        if left.islower():
            return Abbrev.PREFIX  # `p. 5`, `с. Ивановка`, `о. Сахалин`
        named = bool(before) and (_is_initial(before[-1]) or _is_name(before[-1]))
        if left == "I" and rules.roman_pronoun and not named:
            return _Left.PRONOUN_I  # `you and I. Did`, but `Albert I. Jones`
        return Abbrev.SOFT  # an initial: `J. V. Stalin` goes on, `Plan B. It` ends
    return _Left.ORDINARY


def _known_chain(left: str, before: list[str], rules: LanguageRules) -> Abbrev | None:
    """The kind of the longest known abbreviation that `left` ends (`т. е.`, `и т. д.`, `etc.`),
    counting the tokens before it; none of them is longer than six letters, and a capital
    letter alone is an initial, not `v.` (versus) or `с.` (page).

    A chain is a key only if each shorter chain is the ending of a key, so chains grow from
    `left` until one is not (most stop at once); `casefold` maps letter by letter, so the
    chain's key is its tokens' keys joined."""
    key = left.casefold() + "."  # `abbreviation_key([left])`, inline (speed)
    if key not in rules.key_endings:
        return None
    keys = [] if len(left) == 1 and left.isupper() else [key]
    for token in reversed(before):
        key = token.casefold() + key
        if len(token) > 6 or key not in rules.key_endings:
            break
        keys.append(key)
    for key in reversed(keys):
        kind = rules.abbreviations.get(key)
        if kind is not None:
            return kind
    return None


def _starts_glued_sentence(text: str, pos: int) -> bool:
    """After a stop with no space: a capitalised word (`By`, not `D.` or `USA`) or a dash
    (`Очумелов.— Ребята`); nothing at the end of the text."""
    if pos >= len(text):
        return False
    if text[pos] in "—–":  # `_glued_dash`, inline (speed: every glued stop asks)
        return True
    return text[pos].isupper() and pos + 1 < len(text) and text[pos + 1].islower()


def _glued_dash(text: str, pos: int) -> bool:
    """A dash at `pos`, `—` or `–` (not hyphens typed for one: `--`, `- ` would change the
    frozen sentences of alignment set 18)."""
    return text[pos : pos + 1] in ("—", "–")


def _glued_word_ends(left: str, word: str | None, rules: LanguageRules) -> bool:
    """A full stop glued to the next word ends a sentence only after a plain word, and only if
    that word is lowercase or the next is a typical opener: `state.By` and `Moscow.The`
    split, `Ph.D`, `U.S.Army`, `www.Example.Com`, `3.5` do not."""
    opener = word is not None and (
        word.casefold() in rules.sentence_openers
        or rules.abbreviations.get(f"{word.casefold()}.") is Abbrev.TITLE
    )
    if _NUMBER.fullmatch(left) is not None:
        return opener  # `bought 1,000.That is`
    if len(left) < 2 or not left.isalpha():
        return False
    return left.islower() or opener


_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’"}
_QUOTE_OR_BRACKET = re.compile("[“”«»„‘’\"'()]")
_SINGLE_CLOSER = re.compile(r"(?<=\S)['’](?=[\s.,;:!?)]|$)")
"""A single quote that can close: an opening one without it is an elision (`'nineties`)."""


class _Quotes:
    """Which quotation is open at a point of the current sentence, read incrementally.

    Curly and angle quotes pair with their closers; a straight `"` opens and
    closes by turns; a straight or curly single quote between letters is an
    apostrophe (`they'll`, `dragon’s`), one after a space opens. Reading goes
    forward only, so a paragraph costs one pass however many stops it has.
    """

    __slots__ = ("text", "start", "marks", "next", "active", "stack", "opened", "last_closed_from",
                 "brackets")

    def __init__(self, text: str, start: int, marks: list[int]) -> None:
        self.text = text
        self.marks = marks
        """Where the part's quote marks and round brackets are: found once per part, so that
        a stop with none since the last one costs one comparison, not a regex scan."""
        self.restart(start)

    def restart(self, start: int) -> None:
        """Read afresh from `start`, a new sentence of the same part: nothing open, and the
        marks before `start` never read (the part's marks are found once, not per sentence)."""
        self.start = start
        self.next = bisect_left(self.marks, start)
        """The first mark not read yet."""
        self.active = self.next < len(self.marks)
        """False when no quote or bracket is left from `start` on (most text): nothing to read."""
        self.stack: list[str] = []
        self.opened: list[int] = []
        self.last_closed_from = -1
        """Where the quotation that closed last was opened."""
        self.brackets = 0
        """Round brackets open at the first mark not read yet."""

    def open_at(self, end: int) -> str | None:
        """The quotation open at `end` (its opening mark), reading the marks before `end`."""
        marks, index, stack = self.marks, self.next, self.stack
        if index >= len(marks) or marks[index] >= end:
            return stack[-1] if stack else None  # no mark since the last look (most stops)
        while index < len(marks) and marks[index] < end:
            self._read(marks[index])
            index += 1
        self.next = index
        return stack[-1] if stack else None

    def _read(self, i: int) -> None:
        """Update the open quotations and brackets with the mark at `i`."""
        text, stack = self.text, self.stack
        ch = text[i]
        if ch == "(":
            self.brackets += 1
            return
        if ch == ")":
            self.brackets = max(0, self.brackets - 1)
            return
        before = text[i - 1] if i > self.start else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in "'’" and before.isalnum() and (after.isalnum() or ch == "’" and after == "s"):
            return  # an apostrophe
        if ch in "'’" and before in ".)" and after == "s" and not text[i + 2 : i + 3].isalnum():
            return  # a possessive after an abbreviation or a bracket (`JFK Jr.'s book`)
        top = stack[-1] if stack else None
        if top is not None and (
            ch == _QUOTE_PAIRS.get(top) or ch == top and ch in "\"'" or ch == "’" and top == "'"
        ):
            stack.pop()
            self.last_closed_from = self.opened.pop()
        elif ch == '"' and before in ".!?…" and (after.isspace() or i + 1 == len(text)):
            return  # `Брось!.." Связываться`: a closer whose opening came before the text
        elif (
            (ch in _QUOTE_PAIRS or ch in "\"'" and not before.isalnum())
            and len(stack) < 8
            and (ch not in "'‘" or _SINGLE_CLOSER.search(text, i + 1, i + 2000) is not None)
        ):
            stack.append(ch)  # (deeper nesting is noise: a run of quote marks)
            self.opened.append(i)


def _short_lowercase_word(text: str, stop: int) -> bool:
    """`est`, `осн`, `fnd` before a stop: a word of at most five letters, lowercase."""
    i = stop
    while i > 0 and text[i - 1].isalpha() and stop - i <= 5:
        i -= 1
    word = text[i:stop]
    return 0 < len(word) <= 5 and word.islower() and (i == 0 or not text[i - 1].isalnum())


def _common_word(word: str, rules: LanguageRules) -> bool:
    """A dictionary word or a title (`Travelers`, `Mr`), not a name (`Moscow`)."""
    folded = word.casefold()
    if folded in rules.sentence_openers or f"{folded}." in rules.abbreviations:
        return True
    from lemminflect import getAllLemmas  # only for the rare clock case: it loads tables

    return bool(getAllLemmas(folded))


def _is_name(token: str) -> bool:
    """`Albert`: a capitalised word of letters (an initial after it is a middle initial)."""
    return len(token) > 1 and token.isalpha() and token[0].isupper() and token[1:].islower()


def _footnote_digits(text: str, stop_start: int, after: int, start: int) -> bool:
    """Digits glued after a stop are footnote numbers (`consultation.11 12 Take`,
    `(type 2).10 This`) after a word of four letters or more or a closing bracket,
    and only before a capital."""
    before = text[max(start, stop_start - 4) : stop_start]
    if not (before.endswith(")") or (len(before) == 4 and before.isalpha())):
        return False
    return after < len(text) and text[after].isupper()


def _is_initial(token: str) -> bool:
    """`J.` or `В.`: one capital letter and a period."""
    return len(token) == 2 and token[1] == "." and token[0].isupper()


def _is_number(token: str) -> bool:
    """A number, a range or a decade (`1923`, `1923–1924`, `1920-х`) or a Roman numeral."""
    if not token or not (token[0].isdecimal() or token[0] in _ROMAN_FIRST):
        return False  # what both patterns need first (`\d` is `isdecimal`): most words end here
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
