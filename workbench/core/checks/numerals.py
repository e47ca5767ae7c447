"""Reading numbers out of running text as values, for `number-mismatch`.

A number is read as a *set* of values it may stand for, because text is
ambiguous: "3,500" in an English sentence is 3500, in a Russian one 3.5 unless
the translator copied the English grouping; "1923–24" ends in 1924; "1920s" is
also "the twenties". Two numbers agree when their sets meet.

Symbols come from babel's CLDR data for the project's languages (decimal and
group separators, month names). Target text is read with the target locale's
conventions *and* the source's, since translators often keep the source's
formatting; source text is read with its own only.

Some tokens are *optional*: number words ("fourteenth", "двадцатые"), month
names, footnote markers glued to a word ("state.12"), a lone English "I".
They never raise an alarm themselves but can stand in for a digit on the
other side, which is what keeps "XIV съезд" / "Fourteenth Congress" quiet.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from babel.dates import get_month_names
from babel.numbers import get_decimal_symbol, get_group_symbol

from workbench.core.languages import base_language

Value = Decimal


@dataclass(frozen=True)
class NumberToken:
    """One number as written in the text, with every value it may stand for."""

    text: str
    start: int
    end: int
    values: frozenset[Value]
    required: bool = True
    """False for number words, month names, footnote markers: partners, never alarms."""

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Convention:
    """How one locale writes numbers (from babel)."""

    decimal: str
    group: str

    @property
    def groups_with_space(self) -> bool:
        return self.group.isspace() or self.group in "\u00a0\u202f\u2009"


@cache
def convention(lang: str) -> Convention:
    return Convention(get_decimal_symbol(lang), get_group_symbol(lang))


_SPACE_GROUP = "\u00a0\u202f\u2009 "
_CHUNK = re.compile(r"[0-9]+(?:[.,\u00a0\u202f\u2009 ][0-9]+)*")
_DIGIT = re.compile(r"[0-9]")
_ROMAN_LETTERS = "IVXLCDMХІ"
_EN_SUFFIX = re.compile(r"(?:['’]?s|st|nd|rd|th)\b")
_RU_SUFFIX = re.compile(r"[-‑–][а-яё]{1,3}\b")
_RANGE = re.compile(r"\s?[-‑–—]\s?")
_ROMAN_WORD = re.compile(r"(?<!\w)[IVXLCDMХІ]+(?!\w)")
_ROMAN_VALID = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_CYRILLIC_ROMAN = str.maketrans({"Х": "X", "І": "I"})
_WORD = re.compile(r"[^\W\d_]+")
_CLOSERS = set(".,;:!?)]»”’")
_SCALE_WORD = re.compile(
    r"[ \u00a0\u202f]*(thousand|million|billion|тыс|млн|млрд|миллион|миллиард)",
    re.IGNORECASE,
)
_SCALES = {"thousand": 1000, "million": 10**6, "billion": 10**9, "тыс": 1000, "млн": 10**6,
           "млрд": 10**9, "миллион": 10**6, "миллиард": 10**9}


def _roman_value(token: str) -> int | None:
    latin = token.translate(_CYRILLIC_ROMAN)
    if not latin or not _ROMAN_VALID.fullmatch(latin):
        return None
    total = 0
    for i, ch in enumerate(latin):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[latin[i + 1]] if i + 1 < len(latin) else 0
        total += -v if v < nxt else v
    return total


def _interpret(piece: str, conv: Convention) -> Value | None:
    """Value of a piece of digits and `.`/`,` under one locale's convention, or None."""
    body, frac = piece, ""
    if conv.decimal in piece:
        i = piece.rfind(conv.decimal)
        body, frac = piece[:i], piece[i + 1 :]
        if conv.decimal in body:
            return None
    if any(ch in ".," for ch in body):
        groups = re.split(r"[.,]", body)
        seps = {ch for ch in body if ch in ".,"}
        if seps != {conv.group} or not 1 <= len(groups[0]) <= 3:
            return None
        if any(len(g) != 3 for g in groups[1:]):
            return None
        body = "".join(groups)
    return Decimal(f"{body}.{frac}" if frac else body)


def _decade_alternative(value: Value) -> set[Value]:
    """"1920s" is also "the twenties": add 20 for years ending in 0."""
    if value == value.to_integral_value() and 1000 <= value <= 2099 and value % 10 == 0:
        return {value % 100}
    return set()


class NumberReader:
    """Reads number tokens from text in one language; built once per language pair."""

    def __init__(self, lang: str, partner: str | None = None) -> None:
        """`partner`: the other language of the pair, whose conventions copied text may use."""
        self.lang = base_language(lang)
        self.conventions = [convention(self.lang)]
        if partner is not None and base_language(partner) != self.lang:
            self.conventions.append(convention(base_language(partner)))
        self.space_groups = any(c.groups_with_space for c in self.conventions)

    # -- required tokens: digits and Roman numerals -----------------------------

    def read(self, text: str) -> list[NumberToken]:
        # Cheap tests first: most sentences have no digits, many no Roman letters.
        tokens = self._digits(text) if _DIGIT.search(text) else []
        if any(letter in text for letter in _ROMAN_LETTERS):
            tokens.extend(self._romans(text))
            tokens.sort(key=lambda t: t.start)
        return tokens

    def _digits(self, text: str) -> list[NumberToken]:
        tokens: list[NumberToken] = []
        for chunk in _CHUNK.finditer(text):
            for start, end in self._pieces(chunk.group(), chunk.start()):
                tokens.extend(self._piece_tokens(text, start, end))
        self._join_ranges(text, tokens)
        return tokens

    def _pieces(self, chunk: str, offset: int) -> list[tuple[int, int]]:
        """Split a chunk at the spaces that do not separate digit groups.

        "12 300" is one number where the locale groups with spaces (Russian);
        "1923 500" is two whatever the locale, since a group lead has 1-3 digits.
        """
        pieces: list[tuple[int, int]] = []
        for m in re.finditer(r"[^\u00a0\u202f\u2009 ]+", chunk):
            part = m.group()
            if pieces:
                prev_start, prev_end = pieces[-1]
                prev = chunk[prev_start:prev_end]
                gap = chunk[prev_end : m.start()]
                grouped = (
                    (gap != " " or self.space_groups)
                    and re.fullmatch(r"[0-9]{1,3}(?:[\u00a0\u202f\u2009 ][0-9]{3})*", prev)
                    and re.fullmatch(r"[0-9]{3}(?:[.,][0-9]+)?", part)
                )
                if grouped:
                    pieces[-1] = (prev_start, m.end())
                    continue
            pieces.append((m.start(), m.end()))
        return [(s + offset, e + offset) for s, e in pieces]

    def _piece_tokens(
        self, text: str, start: int, end: int, inner: bool = False
    ) -> list[NumberToken]:
        piece = re.sub(r"[\u00a0\u202f\u2009 ]", "", text[start:end])
        values = {v for c in self.conventions if (v := _interpret(piece, c)) is not None}
        if not values:
            # Not one number in any convention ("12.03.1923"): read its parts.
            tokens = []
            for m in re.finditer(r"[0-9]+", text[start:end]):
                tokens.extend(
                    self._piece_tokens(text, start + m.start(), start + m.end(), inner=True)
                )
            return tokens
        end, extra = self._suffix(text, end, values)
        values |= extra
        scale = _SCALE_WORD.match(text, end)
        if scale is not None:  # "2 million", "3,5 млн", "12 тыс.": also read as the full amount
            factor = _SCALES[scale.group(1).casefold()]
            values |= {v * factor for v in values}
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        # Digits glued to letters are part of a name (ttyS0, l10n, x86, 1GHz) or a
        # footnote marker (state12); glued to closing punctuation, a footnote (state.12).
        glued = before.isalpha() or after.isalpha()
        footnote = not inner and before in _CLOSERS and not after.isalnum()
        return [NumberToken(text[start:end], start, end, frozenset(values), not (glued or footnote))]

    def _suffix(self, text: str, end: int, values: set[Value]) -> tuple[int, set[Value]]:
        """Ordinal and decade endings: 1st, 1920s, 1920-е, 1-й, 14-го."""
        pattern = _EN_SUFFIX if self.lang == "en" else _RU_SUFFIX if self.lang == "ru" else None
        if pattern is None:
            return end, set()
        m = pattern.match(text, end)
        if m is None:
            return end, set()
        extra: set[Value] = set()
        for v in values:
            extra |= _decade_alternative(v)
        return m.end(), extra

    def _join_ranges(self, text: str, tokens: list[NumberToken]) -> None:
        """"1923–24": the second number of a year range is also read as 1924."""
        for i in range(1, len(tokens)):
            first, second = tokens[i - 1], tokens[i]
            if not _RANGE.fullmatch(text[first.end : second.start]):
                continue
            year = re.match(r"[0-9]{4}(?![0-9])", first.text)
            tail = re.match(r"[0-9]{1,2}(?![0-9])", second.text)
            if year and tail:
                full = Decimal(year.group()[: 4 - len(tail.group())] + tail.group())
                tokens[i] = NumberToken(
                    second.text, second.start, second.end, second.values | {full}, second.required
                )

    def _romans(self, text: str) -> list[NumberToken]:
        """Upper-case Roman numerals ("XIV съезд", "Nicholas II"), Cyrillic Х and І included.

        Only numerals made of I, V and X (centuries, congresses, volumes: XIV,
        XX, II) can raise an alarm. Those with L, C, D or M are far more often
        acronyms (CD, MM, DC, CLI) and only stand in for a number on the other
        side; so does a lone letter in English ("I" the pronoun), and in a line
        written in capitals "VIXI" may be a word.
        """
        tokens = []
        shouting: bool | None = None
        for m in _ROMAN_WORD.finditer(text):
            word = m.group()
            value = _roman_value(word)
            if value is None:
                continue
            if any(letter in word for letter in "LCDM"):
                required = False
            elif len(word) == 1:
                required = self.lang != "en"
            else:
                if shouting is None:
                    letters = [c for c in text if c.isalpha()]
                    shouting = sum(c.isupper() for c in letters) > len(letters) / 2
                required = not shouting
            tokens.append(NumberToken(word, m.start(), m.end(), frozenset({Decimal(value)}), required))
        return tokens

    # -- optional partners: number words and month names ------------------------

    def words(self, text: str) -> list[NumberToken]:
        """Number words and month names, which may stand in for digits on the other side."""
        table = number_words(self.lang)
        months = month_words(self.lang)
        found: list[NumberToken] = []
        for m in _WORD.finditer(text):
            word = m.group()
            folded = word.casefold().replace("ё", "е")
            values = table.get(folded)
            if values is None and folded in months:
                number, capitalised = months[folded]
                if word[:1].isupper() or not capitalised:  # "May" the month, "may" the verb
                    values = frozenset({Decimal(number)})
            if values:
                found.append(NumberToken(word, m.start(), m.end(), values, required=False))
        return _compounds(text, found)


def _compounds(text: str, found: list[NumberToken]) -> list[NumberToken]:
    """"twenty first", "двадцать первого": a tens word then a unit word also means their sum;
    "two thousand", "две тысячи": a number word then a scale word, their product."""
    result = list(found)
    for first, second in itertools.pairwise(found):
        if text[first.end : second.start].strip(" -‑"):
            continue
        sums = {
            a + b
            for a in first.values
            for b in second.values
            if a % 10 == 0 and 20 <= a <= 90 and 1 <= b <= 9
        } | {
            a * b
            for a in first.values
            for b in second.values
            if 1 <= a < 1000 and b in (100, 1000, 10**6, 10**9) and a < b
        }
        if sums:
            result.append(
                NumberToken(
                    text[first.start : second.end], first.start, second.end, frozenset(sums), False
                )
            )
    return result


_WORD_VALUES = [*range(1, 21), *range(30, 100, 10), *range(100, 1000, 100), 1000, 10**6, 10**9]


@cache
def number_words(lang: str) -> dict[str, frozenset[Value]]:
    """Every form of the cardinal and ordinal words for 1-20, tens, hundreds, thousand."""
    from num2words import num2words

    table: dict[str, set[Value]] = {}
    try:
        for n in _WORD_VALUES:
            for kind in ("cardinal", "ordinal"):
                words = num2words(n, lang=lang, to=kind).casefold().replace("ё", "е").split()
                word = words[-1]  # "one hundred" -> "hundred"; the last word carries the value
                for form in _inflections(word, lang):
                    table.setdefault(form, set()).add(Decimal(n))
    except NotImplementedError:
        return {}
    return {form: frozenset(values) for form, values in table.items()}


@cache
def month_words(lang: str) -> dict[str, tuple[int, bool]]:
    """Month names in every form babel knows for the locale (plus Russian inflection).

    Maps a case-folded form to (month number, whether the locale capitalises it).
    """
    months: dict[str, tuple[int, bool]] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, lang).items():
                name = name.rstrip(".")
                for form in _inflections(name.casefold(), lang):
                    months.setdefault(form, (number, name[:1].isupper()))
    return months


def _inflections(word: str, lang: str) -> set[str]:
    if lang != "ru":
        return {word}
    from workbench.core.checks.morph import analyzer

    forms = {word}
    for parse in analyzer().parse(word):
        if parse.normal_form.replace("ё", "е") == word and parse.tag.POS in {"NUMR", "ADJF", "NOUN"}:
            forms.update(p.word.replace("ё", "е") for p in parse.lexeme)
            break
    return forms
