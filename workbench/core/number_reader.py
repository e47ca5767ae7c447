"""The one number reader: numbers, dates and times in running text, read as values with roles.

Every feature that compares numbers across languages reads them here: the
`number-mismatch` check today, alignment anchors and memory scoring through
`number_keys`. A number is read as a `NumberToken`: where it is, and the set
of *readings* it may stand for, each a (role, value) pair. Text is ambiguous,
so a token may have several readings ("3,500" in a Russian sentence is 3.5,
or 3500 if the translator copied the English grouping; "03/04/1923" may be
the 3rd of April or the 4th of March), and two tokens agree when their
readings meet.

Roles keep apart what only looks alike: a month is not a count ("12 March"
against «12 апреля» is a wrong month, not a match), a time of day is not a
count ("3 p.m." is 15:00, not 3), a decade is not a count ("1920s" is not the
20 of "20 clubs"). Values carry their scale ("300 thousand" is 300,000 and
never 300), their sign ("-40", «минус 40», "40 below zero"), their decimals in
both separators, and ranges ("1923–24" ends in 1924).

Some tokens are *optional*: number words ("fourteenth", «двадцатые»),
compound words («пятисотлетней», "centenary"), footnote markers ("state.12"),
digits inside names ("COVID-19", «Ту-154», "ttyS0"), acronym-like Roman
numerals ("CD"), and month names that may be something else ("May" alone).
They never raise an alarm themselves but can stand in for a number on the
other side. `compare` pairs the two sides as multisets (a number doubled in
the target is a finding), then lets optional tokens and unit conversions
(feet to metres, Fahrenheit to Celsius) stand in, and reports what is left
with an explanation ("300 thousand ≠ 300 million") and the conversions it
assumed ("3 p.m. = 15:00, 12-hour clock").

Symbols come from babel's CLDR data (decimal and group separators, month
names). Target text is read with the target locale's conventions *and* the
source's, since translators often keep the source's formatting.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from operator import attrgetter

from babel.dates import get_month_names, get_time_format
from babel.numbers import get_decimal_symbol, get_group_symbol

from termbase.languages import primary_language
from workbench.wording import N_, Wording, phrase, phrase_n

NUMBER = "number"
"""Counts, amounts, years, ordinals, percentages: what most numbers are."""
MONTH = "month"
"""A month, named ("March", «марта») or in a numeric date ("12.03.1923")."""
TIME = "time"
"""A time of day, in minutes after midnight ("3 p.m." and «15:00» are both 900)."""
DECADE = "decade"
"""A decade by its first year ("1920s", «1920-е»)."""
DECADE_SHORT = "decade-short"
"""A decade without its century ("the twenties", «двадцатые годы», "'20s")."""

Reading = tuple[str, Decimal]
"""(role, value): one thing a token may stand for."""


@dataclass(frozen=True, slots=True)
class NumberToken:
    """One number as written in the text, with every reading it may stand for."""

    text: str
    """As written: "300 thousand", "3 p.m.", "XIV", «марта»."""
    start: int
    end: int
    readings: frozenset[Reading]
    required: bool = True
    """False for number words, names, footnote markers: partners, never alarms."""
    kind: str = "number"
    """How it was read, for explanations: number, ordinal, roman, date, month, time,
    decade, word, name, footnote."""
    unit: str | None = None
    """An imperial unit after it ("feet"), which a translator may convert."""
    assumptions: tuple[tuple[Reading, str], ...] = ()
    """Readings that rest on a conversion, with what was assumed ("3 p.m. = 15:00")."""

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def values(self) -> frozenset[Decimal]:
        """The values of every reading, whatever their role."""
        return frozenset(value for _, value in self.readings)


@dataclass(frozen=True)
class NumberComparison:
    """How the numbers of a source and its translation pair up."""

    missing: tuple[NumberToken, ...]
    """Source numbers with no partner in the target."""
    extra: tuple[NumberToken, ...]
    """Target numbers with no partner in the source."""
    assumptions: tuple[str, ...] = ()
    """Conversions that paired other numbers ("3 p.m. = 15:00 (12-hour clock)")."""
    source_counts: Counter[Reading] = field(default_factory=Counter)
    target_counts: Counter[Reading] = field(default_factory=Counter)

    @property
    def agrees(self) -> bool:
        return not self.missing and not self.extra

    def explain(self) -> str:
        """One or two sentences an editor can act on, naming each difference."""
        return explain(self)


@dataclass(frozen=True)
class Convention:
    """How one locale writes numbers (from babel)."""

    decimal: str
    group: str

    @property
    def groups_with_space(self) -> bool:
        return self.group.isspace() or self.group in "\u00a0\u202f\u2009"


@cache
def twelve_hour_clock(lang: str) -> bool:
    """Whether the locale writes times of day on the 12-hour clock (babel's short time format):
    "5:00" in English may be the afternoon, «5:00» in Russian, a 24-hour locale, is the morning,
    and "5pm" translated as «5:00» is an error."""
    return "h" in get_time_format("short", locale=lang).pattern


@cache
def convention(lang: str) -> Convention:
    return Convention(get_decimal_symbol(lang), get_group_symbol(lang))


_SPACES = "\u00a0\u202f\u2009 "
_CHUNK = re.compile(r"[0-9]+(?:[.,\u00a0\u202f\u2009 ][0-9]+)*")
_DIGIT = re.compile(r"[0-9]")
_VULGAR_HINT = re.compile("[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
_NUMERAL = re.compile("[0-9½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
_ROMAN_LETTER = re.compile("[IVXLCDMХІ]")
_START = attrgetter("start")
"""A token's place in its text, the order `NumberReader.read` gives them in."""
_EN_SUFFIX = re.compile(r"(?:['’]?s|st|nd|rd|th)\b")
_RU_SUFFIX = re.compile(r"[-‑–]([а-яё]{1,3})\b")
_RU_GLUED_DECADE = re.compile(r"(?:х|е|ые|ых)(?![^\W\d_])")
"""A decade's plural ending glued to its year with no hyphen, as informal writing has it: «до
1990х», «в 1980е»; read only after a year that can begin a decade (`_decade_readings`)."""
_RU_YEARS_AFTER = re.compile(r"[ \u00a0]?гг(?![^\W\d_])")
"""The plural abbreviation «гг.» ("years") after a lone year, glued or spaced: «в 1920гг», «в 1990
гг.» say the decade that year begins, as «1920-е гг.» does, in writing that drops the ending (a span
of years would name its last year too, «1920–1929 гг.»); read only after a year that can begin a
decade (`_decade_readings`), the year itself kept beside it."""
_RU_PLURAL_SUFFIXES = frozenset({"е", "х", "ые", "ых", "ми", "ыми", "x"})
_YEAR_WORD = re.compile(r"\s*(?:год|гг\b|years?\b)", re.IGNORECASE)
_RANGE = re.compile(r"\s?[-‑–—/]\s?")
_WORDED_RANGE = re.compile(r"\s+(?:and|or|to|и|или|до)\s+", re.IGNORECASE)
"""What joins the ends of a range in words ("between 5 and 10 million", «от 5 до 10 млн»)."""
_ROMAN_WORD = re.compile(r"[IVXLCDMХІ](?<!\w.)[IVXLCDMХІ]*(?!\w)")
r"""A run of Roman letters standing alone: `(?<!\w)[IVXLCDMХІ]+(?!\w)` with the look back moved
after the first letter, so that the regex engine skips in C to the next Roman letter where
a leading look back is tried at every character: half the time on English text."""
_ROMAN_VALID = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_CYRILLIC_ROMAN = str.maketrans({"Х": "X", "І": "I"})
_WORD = re.compile(r"[^\W\d_]+")
_CLOSERS = set(".,;!?)]»”’")
"""What a footnote's digits are glued after ("state.12", "it»3"). Not a colon: digits glued after
one are a port or a value ("localhost:8080", "server:25", "ratio 16:9"), which a translation keeps."""
_SCALE_WORD = re.compile(
    r"[ \u00a0\u202f]*((?:thousand|million|billion|trillion)s?"
    r"|bn|mln|bln|tln|lakhs?|crores?|лакх(?:а|ов|ам|ами|ах)?|крор(?:а|ов|ы|ам|ами|ах)?|тыс|тысяч(?:а|и|у|ей|ью|ам|ами|ах)?|млн|млрд|трлн"
    r"|миллион(?:а|ов|ы|ам|ами|ах|ом|е|у)?|миллиард(?:а|ов|ы|ам|ами|ах|ом|е|у)?"
    r"|триллион(?:а|ов|ы|ам|ами|ах|ом|е|у)?)(?![^\W\d_])",
    re.IGNORECASE,
)
_CURRENCY_SCALE = re.compile(r"(k|m|mn|bn|tn)(?![^\W\d_])", re.IGNORECASE)
_EN_SCALE_HYPHEN = re.compile(r"[-‑]((?:thousand|million|billion|trillion))(?![^\W\d_])", re.IGNORECASE)
""""over 12-million operating hours": the scale joined to its number by a hyphen."""
_GLUED_SCALE = re.compile(r"(m|mn|k|M|K)(?![^\W\d_])")
""""53m unmarried women", "a 10k run": glued to the digits with no currency sign, «m» is millions in
a news story and metres in a race, «k» thousands or kilometres; both readings are kept."""
_RU_SCALE_ADJECTIVE = re.compile(r"[-‑](тысяч|миллион|миллиард|триллион)н[а-яё]*", re.IGNORECASE)
"""«$29-миллиардной индустрии» for "the $29 billion industry": the scale as an adjective's stem."""
_CURRENCY = "$£€¥₽"
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "bn": 10**9, "тыс": 10**3, "тысяч": 10**3, "млн": 10**6, "млрд": 10**9,
           "трлн": 10**12, "миллион": 10**6, "миллиард": 10**9, "триллион": 10**12,
           "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bln": 10**9, "tn": 10**12, "tln": 10**12,
           "lakh": 10**5, "crore": 10**7, "лакх": 10**5, "крор": 10**7}
"""Scale words and their abbreviations, Indian English's lakh (100,000) and crore (10 million) too."""
_SCALE_NAMES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))
_MINUS_BEFORE = re.compile(r"(?:(?<![\w.,])[-–−]|(?<![\w-])(?:minus|минус|negative|отрицательн[а-яё]{1,3})\s+)$",
                           re.IGNORECASE)
"""A sign before a number, written or said: "negative 4" is how English reads "−4" aloud
(mathematics, temperatures, scores), which a Russian translation writes «минус 4», «-4» or, word
for word, «отрицательной 4»."""
_MINUS_REACH = 16
"""How far before a number `_MINUS_BEFORE` looks: «отрицательного» and its space."""
_PLUS_OR_MINUS = re.compile(r"(?:plus\s+or\s+minus|плюс[\s-]*(?:или\s+)?минус|\+/?[-–−])\s*$", re.IGNORECASE)
"""A tolerance before a number ("plus or minus 200", «плюс-минус 200», "+/- 200"): both signs,
the size alone is the number, as "±200" is read; the minus in it is no negative sign."""
_PERCENT_STARTS = ("%", " %", "\u00a0%", "\u202f%")
"""What follows a percentage, which is also the fraction it is: "25%" is «четверть», "50%" «половина»."""
_BELOW_ZERO = re.compile(
    r"\s*(?:(?:°\s?[CС]?|degrees?|градус(?:а|ов)?)\s*)?(?:below zero|below freezing|ниже нуля|мороза)",
    re.IGNORECASE,
)
"""A temperature said below zero after its number. The spaces after the unit belong to the
unit: two runs of spaces side by side, with only an optional unit between them, split a run of n spaces n ways, each tried,
so a number before 50,000 spaces (a segment of 5,000 tags, each blanked for the number check)
took a minute to read (hardening, round 27)."""
_NAME_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]*[A-ZА-ЯЁ][^\W\d_]*[-‑]$")
"""An upper-case word and a hyphen before digits: a name with a number in it (COVID-19, Ту-154)."""

# Times of day and dates: read before plain numbers, so their parts are not counts.
_NAME_AFTER = re.compile(r"[A-ZА-ЯЁ]{2,}(?![^\W\d_])")
"""A name with the number first, "152-ФЗ" (a federal law), "737-MAX": its digits count nothing (as
`_NAME_BEFORE`'s). In capitals after a number only outside a text set all in capitals, where
«5-ГО ЯНВАРЯ» is an ordinal's ending."""
_AMPM = re.compile(
    r"(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b\.?(?!\w)", re.IGNORECASE
)
_AMPM_HINT = re.compile(r"[0-9] ?[aApP]\.? ?[mM]")
_ZONE_HINT = re.compile("GMT|UTC|ST|DT|CET|EET|MSK")
"""Letters every zone name of `_ZONED` contains: one search in C before the full pattern."""
_DOT_TIME_HINT = re.compile(r"[0-9]\.[0-9][0-9]")
_COLONS = ":\u0589\u2236\ua789\uff1a"
"""The colon and the characters that look like it and part a clock's hours and minutes where a
keyboard layout or a converter put them: the Armenian full stop «։» (Armenian news write
«01։23»), the ratio sign «∶», the modifier letter colon «꞉» and the fullwidth colon «：»."""
_CLOCK = re.compile(rf"(?<![\d.,{_COLONS}])(\d{{1,2}})[{_COLONS}](\d{{2}})(?:[{_COLONS}]\d{{2}})?(?![\d{_COLONS}])")
_CLOCK_HINT = re.compile(f"[{_COLONS}]")
_ZONED = re.compile(
    r"(?<![\d.,:])(\d{1,2})[:.]?(\d{2})\s?(GMT|UTC|BST|EST|EDT|CST|CDT|PST|PDT|CET|CEST|EET|EEST|MSK)\b"
)
"""A time of day in a named zone: "0200GMT", "14:00 UTC", and "19.53 BST" as British papers
write it, hours and minutes parted by a dot (a decimal number is never followed by a zone)."""
_MILITARY = re.compile(r"(?<![\d.,:])((?:[01][0-9]|2[0-3])[0-5][0-9])[ \u00a0]?(?:local(?:[ \u00a0]time)?|hrs|hours)"
                       r"(?![^\W\d_])", re.IGNORECASE)
"""A time of day as four digits, as news and the military write it: "at 2330 local time", "0600
hours" (which may be so many hours too: both are read)."""
_ZONE_OFFSETS = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
                 "MSK": 180, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "PST": -480,
                 "PDT": -420}
"""Minutes east of Greenwich of each zone `_ZONED` reads."""
_MOSCOW = 180
_RU_ZONE_AFTER = re.compile(
    r"\s?\(?(?:(?P<msk>мск|по московскому времени|по москве)|(?P<utc>по гринвичу|gmt|utc"
    r"|по всемирному времени|всемирного времени))\)?(?![^\W\d_])",
    re.IGNORECASE,
)
"""A Russian time's zone: «15:00 мск», «в 12:00 по Гринвичу»."""
_RU_DOT_TIME = re.compile(r"(?<=\b[вВсСкК] )(\d{1,2})\.(\d{2})(?![\d,]|\.\d)|(?<=\bдо )(\d{1,2})\.(\d{2})(?![\d,]|\.\d)")
_RU_HOURS = re.compile(
    r"(?<![\d.,])(\d{1,2})\s+час(?:а|ов)?\s+(утра|дня|вечера|ночи)\b", re.IGNORECASE
)
_RU_HOUR_OF_PART = re.compile(r"(?:(?<![\w-])(в|к|до|после|около|с|со)[ \u00a0]+)?(?<![\d.,:])(\d{1,2})[ \u00a0]+"
                              r"(утра|дня|вечера|ночи)(?![^\W\d_])", re.IGNORECASE)
"""An hour and its part of the day without «час»: «в 7 утра» is 07:00, «к 11 вечера» 23:00, «3 ночи»
03:00. The digits may still count mornings, evenings or nights («провёл 3 ночи»), so the count is
kept beside the time; «дня» counts days unless a preposition of a moment stands before it («в 3
дня» is 15:00, «через 3 дня» three days)."""
_RU_HOURS_MINUTES = re.compile(
    r"(?<![\w-])(?:в|к|до|после|около|с|со)[ \u00a0]+(\d{1,2})[ \u00a0]+час(?:а|ов)?[ \u00a0]+(\d{1,2})[ \u00a0]+"
    r"минут[аы]?(?![^\W\d_])", re.IGNORECASE)
"""A time of day in hours and minutes after a preposition: «в 17 часов 47 минут» is 17:47 (a span,
«за 2 часа 30 минут», has no preposition of a moment)."""
_RU_WORDED_HOUR = re.compile(r"(?<![\w-])час(?:у|а|ов)?[ \u00a0]+(утра|дня|вечера|ночи)(?![\w-])", re.IGNORECASE)
"""An hour of the day in words: «в три часа дня», «к часу ночи» (the hour one is «час» alone,
after a preposition). A literal start, which the regex engine looks for in C."""
_RU_WORDED_HOUR_ALONE = re.compile(r"(?<![\w-])(?:в|к|до|после|около|с|со)[ \u00a0]+([а-яё]+)[ \u00a0]+(утра|дня|вечера|ночи)"
                                   r"(?![\w-])", re.IGNORECASE)
"""An hour of the day in words without «час»: «в шесть утра», «к одиннадцати вечера», after the
preposition of a moment (not the count of «через два дня»)."""
_WORD_BEFORE = re.compile(r"([а-яё]+)[ \u00a0]+$", re.IGNORECASE)
_RU_PARTS_OF_DAY_HINT = re.compile("утра|дня|вечера|ночи", re.IGNORECASE)
"""A test in C before `_RU_HOUR_OF_PART`: most Russian texts name no part of the day."""
_RU_PART_OF_DAY_AFTER = re.compile(r"[ \u00a0]+(утра|дня|вечера|ночи)(?![^\W\d_])", re.IGNORECASE)
_HOUR_ONE_AFTER = frozenset({"в", "к", "до", "после", "около", "с", "со", "за"})
_HOURS_AFTER = re.compile(r"\s+(?:час(?:а|ов)?\b|o['’]clock\b)", re.IGNORECASE)
_EN_HOURS_AFTER = re.compile(r"[ \u00a0-](?:hours?|hrs?)(?![^\W\d_])", re.IGNORECASE)
HOURS = "hours"
"""A span of so many hours, which Russian may say in one word: 24 hours are «сутки»."""
_DAY = (HOURS, Decimal(24))
_RU_DAY = re.compile(r"сут(?:ки|ок|кам|ками|ках)|круглосуточн[а-я]{0,3}")
"""«сутки», a day and a night, in every case (a plural-only noun), and «круглосуточно» (round the
clock) in every form, which says "24 hours a day" in a word."""
_DECADES_AFTER = re.compile(r"[-‑ \u00a0]+(?:decades?|десятилети[а-яё]{0,3})(?![^\W\d_])", re.IGNORECASE)
"""A count of decades is also ten times as many years, which a translation may say: "two decades"
is «двадцать лет», «три десятилетия» "thirty years"."""
_DECADE_HINTS = ("ecade", "есятилет")
"""Substrings every word `_DECADES_AFTER` reads holds (tests in C: most texts count no decades)."""
_MONTHS_AFTER = re.compile(r"[-‑ \u00a0]months?\b", re.IGNORECASE)
_MONTHS_IN_YEARS = 6
"""A count of months that is a whole number of half years ("an 18-month cycle", "6 months") is
also that many years, which Russian says in a word of years: «полуторагодичный цикл», «полгода»."""
_RATIO_IN = re.compile(r"[ \u00a0]+in[ \u00a0]+[0-9]")
""""1 in 5": the one of a ratio, which a translation says as «каждый пятый» (every fifth)."""
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its)[ \u00a0]+(?:(?:early|mid|late)[ \u00a0-]+)?$",
                         re.IGNORECASE)
""""in his 40s", "in their early 20s": a decade of someone's age, so also the age it starts at
(«ему за сорок», «40 с небольшим»)."""
_ONE_TO_ANOTHER = {
    "en": re.compile(r"(?:[ \u00a0]+[^\W\d_]+){0,2}?[ \u00a0]+(?:(?:to|or|after|and)[ \u00a0]+)?"
                     r"(?:another|the[ \u00a0]+other)\b", re.IGNORECASE),
    "ru": re.compile(r"(?:[ \u00a0]+[^\W\d_]+){0,2}?[ \u00a0]+(?:(?:к|в|на|за|до|или|и)[ \u00a0]+)?"
                     r"друг(?:ой|ая|ое|ие|ую|ого|ому|им|их|ими)\b", re.IGNORECASE),
}
""""from one side to another", "one after another", "one another", "one or the other", «от
одной опоры к другой», «одна за другой»: a correlative "one", no count, which the other side
may say without a number word («по проводам»); it must not take a number word of the other
side that a digit needs («не более одного участка» for "of 1")."""
_CORRELATIVE_ONES = frozenset({"one", "один", "одна", "одно", "одного", "одной", "одному", "одну",
                               "одним", "одном", "одною"})
_SECONDS_OR_DECADE = re.compile(r"[1-9]0s")
_DECADE_BEFORE = re.compile(r"(?:\bthe|\bearly|\bmid|\blate|['’])[ \u00a0-]*$", re.IGNORECASE)
""""less than 10s", "a 30s timeout": two digits of tens and an "s" with no "the" or apostrophe
before them are also seconds (a decade is "the 30s", "the late 60s", "'60s"), which a
translation writes as «10 секунд» or «30 с»; both readings are kept."""
_HOURS_SPAN_BEFORE = re.compile(r"(?<![\d.,:])(\d{1,2})[ \u00a0]*(?:to|till|until|[-–])[ \u00a0]*$")
""""9 to 5", "8-4": a span of hours on the 12-hour clock, which the translation may give on the
24-hour clock («с 9 до 17») when it ends before it starts (nothing else runs backwards)."""
_SPAN_ENDS = ("to ", "till ", "until ", "-", "–", "to\u00a0", "- ", "– ")
"""How the text before the end of a span of hours ends (a test in C before `_HOURS_SPAN_BEFORE`)."""
_ORDINAL_COMPOUND = re.compile(r"(?<=[0-9])(?:st|nd|rd|th)(?:[-‑][^\W\d_]|[ \u00a0](?:part(?:y|ies)|class|hand)\b)")
"""An ordinal in digits that opens a hyphenated compound, "3rd-party", "1st-class", "2nd-hand": an
adjective a translation renders by its sense, in a word with no number («сторонний»,
«первоклассный», «подержанный»); the number may be said, as any word's, but is not required. The
same compounds are written open too, "3rd party modules", "a 2nd hand car": their nouns are
named here, for an ordinal before another noun ("the 3rd chapter") counts."""
_ORDINAL_WORD_COMPOUND = re.compile(r"[ \u00a0‑-](?:part(?:y|ies)|class|hand)\b", re.IGNORECASE)
"""The same compounds with the ordinal in a word, "a third party", "first-class", "second-hand":
a party outside two others («сторонняя организация»), not the third of a count, whose word the
translation may spend on the others («двух других сторон»)."""
_ORDINAL_WORDS = {"en": frozenset({"first", "second", "third"})}
"""The ordinal words that open those compounds, per language."""
_CENTS_STARTS = ("cent", " cent", "\u00a0cent", "¢", " ¢", "Cent", " Cent")
_ONE_READING = frozenset({(NUMBER, Decimal(1))})
_CENTS_AFTER = re.compile(r"[ \u00a0]?(?:cents?\b|¢)", re.IGNORECASE)
""""50 cents", "50¢": also an amount of dollars, which a translation may give as «полдоллара»."""
_FRACTION = re.compile(r"(?<![\d.,/])(?:(\d{1,3})[ \u00a0-])?([1-9])/([2-9]|10)(?![\d/]|[.,]\d)")
"""A proper fraction with a small denominator, after a whole number or not: "1/2", "2 1/2", "2-1/2"."""
_VULGAR = re.compile(r"(?<![\d.,])(?:(\d{1,3})[ \u00a0]?)?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])")
_VULGAR_VALUES = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5),
                  "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8),
                  "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}
_HALF_AFTER = re.compile(r"[\s‑-](?:and[\s‑-]a[\s‑-]half|с\sполовиной)(?![^\W\d_])", re.IGNORECASE)
"""A half after a whole number, spaced or hyphenated: "two and a half", "one-and-a-half", «два с половиной»."""
""""two and a half", «два с половиной», «2 с половиной»: a whole number and a half."""
_IDIOM = re.compile(r"(?<![\d/])(?:(24) ?[/x×] ?7|(9)/(11))(?![\d/])")
"""Numbers that are names: "24/7" (round the clock, «круглосуточно»), "9/11" (the 11th of
September, «11 сентября»); read alike in both languages."""
_TIME_OR_DATE_HINT = re.compile(
    r"[0-9½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞](?:(?<![0-9])|[-./]\d|[:\u0589\u2236\ua789\uff1a]| ?[ap]\.? ?m| ?[/x×] ?7|\s+час|\s+(?:утра|дня|вечера|ночи)"
    r"|\s?(?:GMT|UTC|BST|EST|EDT|CST|CDT|PST|PDT|CET|CEST|EET|EEST|MSK)|(?<=[0-9]{4})[ \u00a0]?(?:local|hrs|hours))",
    re.IGNORECASE,
)
r"""What every reader of `NumberReader._times_and_dates` needs somewhere in the text, in one
search: a vulgar fraction, or a digit followed by what its patterns have after a digit (a
date's or a fraction's separator and a digit, a clock's colon, "p.m.", "24/7", «3 часа», «7
утра», a zone, four digits before "local time" or "hours"; without regard to case, so that it finds
whatever they find). Most texts with digits
have none of these: their years and amounts skip the eight patterns, each of which scans
the whole text. It begins with one character class of ASCII digits, which the regex engine
skips to in C (a class of every Unicode digit, `\d`, costs twice as much to scan); the
patterns' `\d` also reads other scripts' digits, which `_OTHER_DIGIT` finds."""
_OTHER_DIGIT = re.compile(r"[^\D0-9]")
r"""A decimal digit other than 0-9 ("٣"): the patterns' `\d` reads it, `_TIME_OR_DATE_HINT` does not."""
_FROM_OTHER_DIGITS = re.compile("[\u0660-\U0010ffff]")
r"""A character from the first decimal digit after 0-9 on: a text without one (English, most
Russian) has no other digit, and this class is a range test per character where `\d` looks
each character up."""


def _may_have_time_or_date(text: str) -> bool:
    """Whether `NumberReader._times_and_dates` may find anything in `text` (never False when it would)."""
    return _TIME_OR_DATE_HINT.search(text) is not None or (
        not text.isascii() and _FROM_OTHER_DIGITS.search(text) is not None and _OTHER_DIGIT.search(text) is not None)


_POWER_HINT = re.compile(r"[0-9][eE][-+−]?[0-9]|10(?:\^|\*\*|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]|\s+(?:в|to)\s)")
"""What every number `_POWER` reads has, in one search: most texts with digits have none, and
are spared the longer pattern."""
_POWER = re.compile(
    r"(?<![\w.,])(?:(?P<mantissa>\d+(?:[.,]\d+)?)(?:[eE](?=[-+−]?\d)| ?[×x*·⋅] ?(?=10)))?"
    r"(?P<power>(?<=[eE])[-+−]?\d{1,3}(?![\w]|[.,]\d)|(?<![eE])10(?:\^\{?[-+−]?\d{1,3}\}?|\*\*[-+−]?\d{1,3}"
    r"|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}"
    r"|\s+в\s+(?:минус\s+|[-−–])?\d{1,3}(?:-?[а-яё]{1,3})?\s+степен[а-яё]*"
    r"|\s+в\s+степени\s+(?:минус\s+|[-−–])?\d{1,3}"
    r"|\s+to\s+the\s+power\s+of\s+(?:minus\s+|[-−–])?\d{1,3}"
    r"|\s+to\s+the\s+(?:minus\s+|[-−–])?\d{1,3}(?:st|nd|rd|th)\s+power)(?![\w⁰¹²³⁴⁵⁶⁷⁸⁹]))",
    re.IGNORECASE,
)
"""A number in scientific notation, as one value: "1e-12", "1.5×10^6", "10⁻¹²", «10 в минус
12-й степени», «10 в степени −12», "10 to the power of 6". Read as digits, "1e-12" would be 1
and 12, and «10 в минус 12-й степени» 10 and −12: no pair, though both say 0.000000000001."""
_EXPONENT = re.compile(r"(минус\s+|minus\s+|[-−–])?(\d{1,3})\D*$", re.IGNORECASE)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


_NUMERIC_DATE = re.compile(r"(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|[.,]\d)")
_ISO_DATE = re.compile(r"(?<![\d.,/-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")

_FAHRENHEIT = ("°C", (Decimal(5) / Decimal(9),), Decimal(-160) / Decimal(9))
_UNITS: dict[str, tuple[str, tuple[Decimal, ...], Decimal]] = {
    # unit word -> (what it converts to, factors, offset); read after an English number. A unit
    # of two sizes has both factors: the US and the imperial pint and gallon.
    "feet": ("metres", (Decimal("0.3048"),), Decimal(0)),
    "foot": ("metres", (Decimal("0.3048"),), Decimal(0)),
    "ft": ("metres", (Decimal("0.3048"),), Decimal(0)),
    "yards": ("metres", (Decimal("0.9144"),), Decimal(0)),
    "yard": ("metres", (Decimal("0.9144"),), Decimal(0)),
    "inches": ("centimetres", (Decimal("2.54"),), Decimal(0)),
    "inch": ("centimetres", (Decimal("2.54"),), Decimal(0)),
    "in": ("centimetres", (Decimal("2.54"),), Decimal(0)),
    "miles": ("kilometres", (Decimal("1.609344"),), Decimal(0)),
    "mile": ("kilometres", (Decimal("1.609344"),), Decimal(0)),
    "nautical miles": ("kilometres", (Decimal("1.852"),), Decimal(0)),
    "nautical mile": ("kilometres", (Decimal("1.852"),), Decimal(0)),
    "mph": ("km/h", (Decimal("1.609344"),), Decimal(0)),
    "miles per hour": ("km/h", (Decimal("1.609344"),), Decimal(0)),
    "miles an hour": ("km/h", (Decimal("1.609344"),), Decimal(0)),
    "knots": ("km/h", (Decimal("1.852"),), Decimal(0)),
    "knot": ("km/h", (Decimal("1.852"),), Decimal(0)),
    "pounds": ("kilograms", (Decimal("0.45359237"),), Decimal(0)),
    "pound": ("kilograms", (Decimal("0.45359237"),), Decimal(0)),
    "lb": ("kilograms", (Decimal("0.45359237"),), Decimal(0)),
    "lbs": ("kilograms", (Decimal("0.45359237"),), Decimal(0)),
    "stone": ("kilograms", (Decimal("6.35029318"),), Decimal(0)),
    "ounces": ("grams", (Decimal("28.349523"),), Decimal(0)),
    "oz": ("grams", (Decimal("28.349523"),), Decimal(0)),
    "acres": ("hectares", (Decimal("0.40468564"),), Decimal(0)),
    "acre": ("hectares", (Decimal("0.40468564"),), Decimal(0)),
    "gallons": ("litres", (Decimal("3.785411"), Decimal("4.54609")), Decimal(0)),
    "gallon": ("litres", (Decimal("3.785411"), Decimal("4.54609")), Decimal(0)),
    "pints": ("litres", (Decimal("0.473176"), Decimal("0.568261")), Decimal(0)),
    "pint": ("litres", (Decimal("0.473176"), Decimal("0.568261")), Decimal(0)),
    "fahrenheit": _FAHRENHEIT,
    "°f": _FAHRENHEIT,
    "f": _FAHRENHEIT,
}
_SQUARE = {"metres": "square metres", "centimetres": "square centimetres", "kilometres": "square kilometres"}
_CUBIC = {"metres": "cubic metres", "centimetres": "cubic centimetres"}


def _areas_and_volumes() -> dict[str, tuple[str, tuple[Decimal, ...], Decimal]]:
    """"400 square feet" is 37 m², not 122 m: an area converts by the square of its length's
    factor, a volume by the cube ("10 cubic feet", 0.28 m³ or 283 litres)."""
    solid: dict[str, tuple[str, tuple[Decimal, ...], Decimal]] = {}
    for word, (to, factors, _) in _UNITS.items():
        if to in _SQUARE:
            solid[f"square {word}"] = (_SQUARE[to], tuple(f**2 for f in factors), Decimal(0))
        if to in _CUBIC:
            solid[f"cubic {word}"] = (_CUBIC[to], tuple(f**3 for f in factors), Decimal(0))
    return solid


_UNITS.update(_areas_and_volumes())
_UNIT_AFTER = re.compile(
    r"[\s-]?(?:(square|sq\.?|cubic|cu\.?)[\s-])?(nautical[\s-]miles?|feet|foot|ft|yards?|inch(?:es)?"
    r"|miles?(?:[\s-](?:per|an)[\s-]hour)?|mph|knots?|pounds?|lbs?|stone|ounces|oz|acres?|gallons?|pints?"
    r"|°\s?f|(?:degrees?\s)?fahrenheit|degrees?\sf)\b",
    re.IGNORECASE,
)
_INCHES_AFTER_FEET = re.compile(r"[ \u00a0]?in\b\.?(?![ \u00a0]+(?:the|a|an|[0-9])\b)")
""""in" after the inches of a length in feet ("5 ft 10 in"), and not a preposition ("6 ft 2 in
the shade" is not read so: a preposition has its noun after it)."""
_FEET_BEFORE = re.compile(r"(?:feet|foot|ft)\.?[ \u00a0]+$", re.IGNORECASE)
_INCHES_BEFORE = re.compile(r"[0-9][-‑](?:foot|feet|ft)[-‑]$")
"""What stands before the inches of a height written as one word: "a 6-foot-6 forward"."""
_GLUED_UNIT = re.compile(
    r"(?:km|kg|mg|g|cm|mm|m|ml|l|L|ft|mi|lbs?|oz|mph|kph|kW|kWh|MW|GW|Hz|kHz|MHz|GHz|kB|KB|MB|GB|TB"
    r"|h|hrs?|min|sec|C|F)(?:[23](?![0-9]))?(?![^\W_])"
)
"""Units written against the number ("10km", "6ft", "40C", "1GHz", "5km2" with its power): a
measure, not a name's digits. More digits after the unit make a code of the whole ("5g1" in
«…-ос-5g1-бс2с», a garbled address), which is no count of grams."""
_GLUED_FAHRENHEIT = re.compile(r"(F)(?![^\W\d_])")
_SPACE = re.compile(r"[\u00a0\u202f\u2009 ]")
_NOT_SPACES = re.compile(r"[^\u00a0\u202f\u2009 ]+")
_GROUP_LEAD = re.compile(r"[0-9]{1,3}(?:[\u00a0\u202f\u2009 ][0-9]{3})*")
_GROUP_TAIL = re.compile(r"[0-9]{3}(?:[.,][0-9]+)?")
_DIGITS = re.compile(r"[0-9]+")
_YEAR_HEAD = re.compile(r"[0-9]{4}(?![0-9])")
_YEAR_TAIL = re.compile(r"[0-9]{1,2}(?![0-9])")
_METRIC_MULTIPLES = {
    "metres": (("metres", 1), ("centimetres", 100)),
    "centimetres": (("centimetres", 1), ("millimetres", 10)),
    "kilometres": (("kilometres", 1), ("metres", 1000)),
    "kilograms": (("kilograms", 1), ("grams", 1000)),
    "grams": (("grams", 1),),
    "litres": (("litres", 1), ("millilitres", 1000)),
    "hectares": (("hectares", 1), ("square metres", 10_000)),
    "square metres": (("square metres", 1),),
    "square kilometres": (("square kilometres", 1), ("hectares", 100)),
    "cubic metres": (("cubic metres", 1), ("litres", 1000)),
}
"""The metric units a converted amount may be written in ("6 ft" is 1.83 m or 183 cm)."""
_CONVERSION_TOLERANCE = Decimal("0.1")
"""Translators round converted units ("1,000 feet" -> «300 метров»): within 10 % agrees."""


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


def _interpret(piece: str, conv: Convention) -> Decimal | None:
    """Value of a piece of digits and `.`/`,` under one locale's convention, or None.

    A locale that groups digits with spaces (Russian) is also written with stops between the
    groups, as German and Spanish write them: «11.000 человек» for "11,000 people" (and the
    partner's convention reads the same «11.000» as 11, so both stay possible)."""
    body, frac = piece, ""
    if conv.decimal in piece:
        i = piece.rfind(conv.decimal)
        body, frac = piece[:i], piece[i + 1 :]
        if conv.decimal in body or (frac and not frac.isdecimal()):
            return None  # "3.45,2": a formula's two arguments, no one number in this convention
    if any(ch in ".," for ch in body):
        groups = re.split(r"[.,]", body)
        seps = {ch for ch in body if ch in ".,"}
        if (seps != {conv.group} and not (conv.groups_with_space and seps == {"."})) or not 1 <= len(groups[0]) <= 3:
            return None
        if any(len(g) != 3 for g in groups[1:]):
            return None
        body = "".join(groups)
    return Decimal(f"{body}.{frac}" if frac else body)


def _scale_factor(word: str) -> int:
    """"тысячи" -> 1000, "млн" -> 10**6: the longest scale name the word starts with."""
    folded = word.casefold()
    return max(((len(k), v) for k, v in _SCALES.items() if folded.startswith(k)), default=(0, 1))[1]


def _num(value: Decimal) -> Reading:
    return (NUMBER, value)


def _time(hours: int, minutes: int) -> Reading:
    return (TIME, Decimal(hours * 60 + minutes))


def _zoned_time(written: str, start: int, end: int, minutes: int, offset: int) -> NumberToken:
    """A time of day in a named zone: as written, and the same instant at Greenwich and in
    Moscow, the two clocks a Russian or English translation most often restates it in
    ("10:30 GMT" is «13:30 мск»); each restatement is an assumption the finding names."""
    local = _time(*divmod(minutes, 60))
    readings = {local}
    assumptions: list[tuple[Reading, str]] = []
    for zone, name in ((0, "GMT"), (_MOSCOW, "Moscow time")):
        instant = _time(*divmod((minutes - offset + zone) % (24 * 60), 60))
        if instant not in readings:
            readings.add(instant)
            assumptions.append((instant, f"{written} = {_describe(instant)} {name} (time zone)"))
    return NumberToken(written, start, end, frozenset(readings), kind="time", assumptions=tuple(assumptions))


_MAX_PIECES = 20_000
"""How many pieces of digits a reader keeps the values of; past that it starts afresh
(about 8 MB; the 100,000-pair benchmark's Russian side has 9,400 distinct pieces)."""


_WORDS_KEPT = 8
"""How many texts' number words a reader keeps (`NumberReader.words`): a comparison's two texts and
the texts the check derives from them, blanked of tags, addresses or names."""


_MOST_WORDS_KEPT = 50_000
"""How many distinct words a reader keeps its lookups of (`NumberReader._lookup`); past that it
starts afresh (a few MB; the 100,000-pair benchmark's two sides hold about 11,000)."""


class NumberReader:
    """Reads number tokens from text in one language; build once per language pair."""

    def __init__(self, lang: str, partner: str | None = None) -> None:
        """`partner`: the other language of the pair, whose conventions copied text may use."""
        self.lang = primary_language(lang)
        self.conventions = [convention(self.lang)]
        if partner is not None and primary_language(partner) != self.lang:
            self.conventions.append(convention(primary_language(partner)))
        self.space_groups = any(c.groups_with_space for c in self.conventions)
        self._months = month_words(self.lang)
        self._month_stems = _month_stems(self.lang)
        self._abbreviations = abbreviated_months(self.lang)
        self._month_adjectives = month_adjectives(self.lang)
        self.twelve_hour = twelve_hour_clock(self.lang)
        self._values: dict[str, frozenset[Decimal]] = {}
        """Per piece of digits as written ("1923", "45\u00a0123"): its values in the conventions.
        A text repeats its years and amounts, and reading one is a regex and two parses."""
        self._words: dict[str, tuple[NumberToken, ...]] = {}
        """The number words of the last few texts read (`words`): one comparison asks for a text's
        words up to four times (a vague count, a count dropped, the counts said otherwise, the
        stand-ins), and each reading walks every word of the text."""
        self._last: tuple[str | None, tuple[NumberToken, ...]] = (None, ())
        """The last text `read` and its tokens: a comparison that finds a name's digits in the
        target reads it again (`_names_numbered`), and a text of many names is slow to read."""
        self._looked_up: dict[str, tuple[str, frozenset[Reading] | None, bool] | None] = {}
        """Per word as written: what `_lookup` says of it (`_read_words`). Texts share most of
        their words, and folding and looking up every word of every text was most of a reading."""

    # -- what every comparison reads: digits, Roman numerals, month names ---------

    def read(self, text: str) -> list[NumberToken]:
        """Digits, Roman numerals and month names of `text`, in text order.

        Number words are not read here (see `words`): they only stand in for
        what is left over, and most sentences need no word scan at all.
        """
        last = self._last
        if last[0] is text or last[0] == text:
            return list(last[1])
        tokens: list[NumberToken] = []
        if _NUMERAL.search(text):
            tokens = self._digits(text)
        if _ROMAN_LETTER.search(text):
            tokens.extend(self._romans(text))
        if self.lang == "ru" and (" час" in text or "\u00a0час" in text or "утра" in text or "вечера" in text
                                  or "ночи" in text or "дня" in text):  # not «сейчас», «часто» alone
            tokens.extend(_worded_hours(text))
        if self._month_stems is not None:
            lowered = text.lower()
            if self._month_stems.search(lowered):
                tokens.extend(self._month_names(text, lowered, tokens))
        if len(tokens) > 1:  # most texts: no number, or one
            tokens.sort(key=_START)
        if tokens and ("тысячелет" in text or "illenni" in text):  # tests in C: most texts name none
            tokens = _millennia(text, tokens)
        if tokens and ("век" in text or "столет" in text or "entur" in text):
            tokens = _centuries(text, tokens)
        self._last = (text, tuple(tokens))
        return tokens

    def _digits(self, text: str) -> list[NumberToken]:
        tokens, taken = self._times_and_dates(text)
        if _POWER_HINT.search(text):
            for power in _powers(text):
                if taken.claim(power.start, power.end):
                    tokens.append(power)
        if self.lang == "en" and _SPOKEN_FRACTION_HINT.search(text):
            for fraction in _spoken_fractions(text):
                if taken.claim(fraction.start, fraction.end):
                    tokens.append(fraction)
        plain: list[NumberToken] = []
        halves = "half" in text or "половин" in text
        for chunk in _CHUNK.finditer(text):
            if overlapping := taken.overlapping(chunk.start(), chunk.end()):
                for start, end in _free_parts(chunk.start(), chunk.end(), overlapping):
                    for piece in self._pieces(text[start:end], start):
                        plain.extend(self._piece_tokens(text, *piece, halves=halves))
                continue
            for start, end in self._pieces(chunk.group(), chunk.start()):
                plain.extend(self._piece_tokens(text, start, end, halves=halves))
        self._join_ranges(text, plain)
        return tokens + plain

    def _times_and_dates(self, text: str) -> tuple[list[NumberToken], _Claims]:
        """Times of day and numeric dates, read before plain numbers claim their digits."""
        tokens: list[NumberToken] = []
        taken = _Claims()
        if not _may_have_time_or_date(text):
            return tokens, taken  # most text with digits: years and amounts, no time or date
        claim = taken.claim

        # Each pattern scans the whole text; a substring test in C first spares most of them.
        # Times claim their digits before dates, as before.
        slashed = "/" in text
        if slashed or "24" in text:
            tokens.extend(self._idioms(text, claim))
        for read in (self._clock_times, self._russian_times, self._dates):
            tokens.extend(read(text, claim))
        if slashed or not text.isascii():
            tokens.extend(self._fractions(text, claim, slashed))
        return tokens, taken

    @staticmethod
    def _idioms(text: str, claim: Callable[[int, int], bool]) -> list[NumberToken]:
        """"24/7", which stands for no number a translation must keep, and "9/11", a date."""
        tokens: list[NumberToken] = []
        for m in _IDIOM.finditer(text):
            if not claim(m.start(), m.end()):
                continue
            if m.group(1):
                tokens.append(NumberToken(m.group(), m.start(), m.end(), frozenset({_num(Decimal(24))}),
                                          False, "name"))
            else:
                tokens.extend(_date_parts(m, ((2, {(MONTH, Decimal(9)), _num(Decimal(9))}),
                                              (3, {_num(Decimal(11))}))))
        return tokens

    @staticmethod
    def _fractions(text: str, claim: Callable[[int, int], bool], slashed: bool) -> list[NumberToken]:
        """"1/2", "2 1/2", "2½": one value, which «половина», «два с половиной» or "2,5" may give."""
        tokens: list[NumberToken] = []
        found = [(m, int(m.group(2)), int(m.group(3))) for m in _FRACTION.finditer(text)] if slashed else []
        if _VULGAR_HINT.search(text):
            found += [(m, *_VULGAR_VALUES[m.group(2)]) for m in _VULGAR.finditer(text)]
        for m, numerator, denominator in found:
            if numerator >= denominator or not claim(m.start(), m.end()):
                continue
            value = Decimal(int(m.group(1) or 0)) + Decimal(numerator) / Decimal(denominator)
            tokens.append(NumberToken(m.group(), m.start(), m.end(), frozenset({_num(value)})))
        return tokens

    def _clock_times(self, text: str, claim: Callable[[int, int], bool]) -> list[NumberToken]:
        """12-hour times (3 p.m.), zoned times (0200GMT) and clock times (14:30), in that order."""
        tokens: list[NumberToken] = []
        # Each pattern scans the whole text; a substring test in C first spares most of them.
        ampm = _AMPM.finditer(text) if _AMPM_HINT.search(text) else ()
        for m in ampm:
            hours, minutes = int(m.group(1)), int(m.group(2) or 0)
            if not 1 <= hours <= 12 or minutes > 59 or not claim(m.start(), m.end()):
                continue
            pm = m.group(3).lower() == "p"
            h24 = hours % 12 + (12 if pm else 0)
            reading = _time(h24, minutes)
            written = m.group().strip()
            note = f"{written} = {h24:02d}:{minutes:02d} (12-hour clock)"
            tokens.append(NumberToken(written, m.start(), m.start() + len(written),
                                      frozenset({reading}), kind="time",
                                      assumptions=((reading, note),)))
        zoned = _ZONED.finditer(text) if _ZONE_HINT.search(text) else ()
        for m in zoned:  # "0200GMT", "14:00 UTC": a 24-hour time
            hours, minutes = int(m.group(1)), int(m.group(2))
            if hours > 23 or minutes > 59 or not claim(m.start(), m.end()):
                continue
            tokens.append(_zoned_time(m.group(), m.start(), m.end(), hours * 60 + minutes,
                                      _ZONE_OFFSETS[m.group(3)]))
        military = _MILITARY.finditer(text) if self.lang == "en" and ("local" in text or "hours" in text
                                                                     or "hrs" in text) else ()
        for m in military:  # "at 2330 local time", "0600 hours": a time of day, or still so many hours
            if not claim(m.start(), m.end(1)):
                continue
            time = _time(int(m.group(1)[:2]), int(m.group(1)[2:]))
            tokens.append(NumberToken(m.group(1), m.start(), m.end(1), frozenset({time, _num(Decimal(m.group(1)))}),
                                      kind="time", assumptions=((time, f"{m.group(1)} = {_describe(time)} (24-hour clock)"),)))
        for m in _CLOCK.finditer(text) if ":" in text or (not text.isascii() and _CLOCK_HINT.search(text)) else ():
            hours, minutes = int(m.group(1)), int(m.group(2))
            if hours > 24 or minutes > 59:
                continue
            zone = _RU_ZONE_AFTER.match(text, m.end()) if self.lang == "ru" else None
            if zone is not None:  # «15:00 мск»: the same instant as "12:00 GMT"
                if claim(m.start(), zone.end()):
                    offset = _MOSCOW if zone.group("msk") else 0
                    end = zone.end() - (text[zone.end() - 1] == ")" and "(" not in zone.group())
                    tokens.append(_zoned_time(text[m.start():end], m.start(), end, hours % 24 * 60 + minutes, offset))
                continue
            if not claim(m.start(), m.end()):
                continue
            readings = {_time(hours % 24, minutes)}
            assumptions: tuple[tuple[Reading, str], ...] = ()
            part = _RU_PART_OF_DAY_AFTER.match(text, m.end()) if self.lang == "ru" else None
            if part is not None and 1 <= hours <= 12:  # «10:42 вечера» is 22:42
                readings = {_time(_hour_of_day(hours, part.group(1).casefold()), minutes)}
            elif 1 <= hours < 12 and self.twelve_hour:
                later = _time(hours + 12, minutes)
                readings.add(later)
                assumptions = ((later, f"{m.group()} = {hours + 12}:{minutes:02d} (12-hour clock)"),)
            tokens.append(NumberToken(m.group(), m.start(), m.end(), frozenset(readings),
                                      kind="time", assumptions=assumptions))
        return tokens

    def _russian_times(self, text: str, claim: Callable[[int, int], bool]) -> list[NumberToken]:
        """Russian times of day: «в 3 часа дня», «9.30»."""
        tokens: list[NumberToken] = []
        if self.lang == "ru":
            for m in _RU_HOURS.finditer(text) if "час" in text else ():
                hours = int(m.group(1))
                if not 1 <= hours <= 12 or not claim(m.start(), m.end()):
                    continue
                tokens.append(NumberToken(m.group(), m.start(), m.end(),
                                          frozenset({_time(_hour_of_day(hours, m.group(2).casefold()), 0)}),
                                          kind="time"))
            for m in _RU_HOUR_OF_PART.finditer(text) if _RU_PARTS_OF_DAY_HINT.search(text) else ():
                hours, part = int(m.group(2)), m.group(3).casefold()
                if not 1 <= hours <= 12 or (part == "дня" and m.group(1) is None):
                    continue
                if not claim(m.start(2), m.end()):
                    continue
                tokens.append(NumberToken(text[m.start(2):m.end()], m.start(2), m.end(),
                                          frozenset({_time(_hour_of_day(hours, part), 0), _num(Decimal(hours))}),
                                          kind="time"))
            for m in _RU_HOURS_MINUTES.finditer(text) if "мин" in text else ():
                hours, minutes = int(m.group(1)), int(m.group(2))
                if hours > 24 or minutes > 59 or not claim(m.start(1), m.end()):
                    continue
                tokens.append(NumberToken(text[m.start(1):m.end()], m.start(1), m.end(),
                                          frozenset({_time(hours % 24, minutes)}), kind="time"))
            for m in _RU_DOT_TIME.finditer(text) if _DOT_TIME_HINT.search(text) else ():
                h, mi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                hours, minutes = int(h), int(mi)
                if hours > 24 or minutes > 59 or not claim(m.start(), m.end()):
                    continue
                readings = {_time(hours % 24, minutes), _num(Decimal(f"{h}.{mi}"))}
                tokens.append(NumberToken(m.group(), m.start(), m.end(), frozenset(readings), kind="time"))
        return tokens

    def _dates(self, text: str, claim: Callable[[int, int], bool]) -> list[NumberToken]:
        """ISO dates and numeric dates (12.03.1923, 03/04/1923), in that order."""
        tokens: list[NumberToken] = []
        for m in _ISO_DATE.finditer(text) if "-" in text else ():
            year, month, day = (int(g) for g in m.groups())
            if not (1 <= month <= 12 and 1 <= day <= 31) or not claim(m.start(), m.end()):
                continue
            tokens.extend(_date_parts(m, ((1, {_num(Decimal(year))}),
                                          (2, {(MONTH, Decimal(month))}),
                                          (3, {_num(Decimal(day))}))))
        dated = "/" in text or text.count(".") > 1
        for m in _NUMERIC_DATE.finditer(text) if dated else ():
            first, sep, second, year_text = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
            if not (1 <= first <= 31 and 1 <= second <= 31) or (first > 12 and second > 12):
                continue
            if not claim(m.start(), m.end()):
                continue
            if sep == "." and second <= 12:
                first_readings = {_num(Decimal(first))}
                second_readings = {(MONTH, Decimal(second))}
            elif first > 12:
                first_readings, second_readings = {_num(Decimal(first))}, {(MONTH, Decimal(second))}
            elif second > 12:
                first_readings, second_readings = {(MONTH, Decimal(first))}, {_num(Decimal(second))}
            else:  # "03/04/1923": either order
                first_readings = {_num(Decimal(first)), (MONTH, Decimal(first))}
                second_readings = {_num(Decimal(second)), (MONTH, Decimal(second))}
            year = int(year_text)
            years = {_num(Decimal(year))} if len(year_text) == 4 else {
                _num(Decimal(year)), _num(Decimal(1900 + year)), _num(Decimal(2000 + year))}
            tokens.extend(_date_parts(m, ((1, first_readings), (3, second_readings), (4, years))))
        return tokens

    def _pieces(self, chunk: str, offset: int) -> list[tuple[int, int]]:
        """Split a chunk at the spaces that do not separate digit groups.

        "12 300" is one number where the locale groups with spaces (Russian);
        "1923 500" is two whatever the locale, since a group lead has 1-3 digits;
        "021 644 83 46" is a telephone number's groups, since no amount starts with a 0; for
        the same reason a group that starts with a 0 after a lead is a digit group in any
        language ("18 000 AI experts" in English written the SI way: "000" is no number).
        """
        if _SPACE.search(chunk) is None:
            return [(offset, offset + len(chunk))]  # most chunks: one run of digits and marks
        pieces: list[tuple[int, int]] = []
        lead = False  # whether the last piece is a group lead (`_GROUP_LEAD`), known as it grows:
        # matched whole at each group, "123 123 ..." of 40,000 digits took 3 s (quadratic; round 34)
        for m in _NOT_SPACES.finditer(chunk):
            part = m.group()
            if pieces:
                prev_start, prev_end = pieces[-1]
                gap = chunk[prev_end : m.start()]
                grouped = (
                    (gap != " " or self.space_groups or part[0] == "0")
                    and not (chunk[prev_start] == "0" and chunk[prev_start + 1:prev_start + 2].isdigit())
                    and lead
                    and _GROUP_TAIL.fullmatch(part)
                )
                if grouped:
                    pieces[-1] = (prev_start, m.end())
                    lead = len(gap) == 1 and len(part) == 3  # one space, then three digits: still a lead
                    continue
            pieces.append((m.start(), m.end()))
            lead = _GROUP_LEAD.fullmatch(part) is not None
        return [(s + offset, e + offset) for s, e in pieces]

    def _piece_tokens(
        self, text: str, start: int, end: int, inner: bool = False, *, halves: bool = False
    ) -> list[NumberToken]:
        """The token(s) of one piece of digits; `halves`: the text says "half" or «половин»
        somewhere, so "2 and a half" may follow (most text does not: no look after each number)."""
        values: AbstractSet[Decimal] | None = self._values.get(written := text[start:end])
        if values is None:
            piece = _SPACE.sub("", written)
            values = self._values[written] = frozenset(
                v for c in self.conventions if (v := _interpret(piece, c)) is not None)
            if len(self._values) > _MAX_PIECES:
                self._values.clear()
        if not values:
            # Not one number in any convention ("1.2.3"): read its parts.
            tokens = []
            for m in _DIGITS.finditer(text[start:end]):
                tokens.extend(
                    self._piece_tokens(text, start + m.start(), start + m.end(), inner=True, halves=halves)
                )
            return tokens
        readings: set[Reading] = set()
        kind = "number"
        end, decade = self._suffix(text, end, values)
        if decade is not None:
            readings, kind = decade, "decade"
        else:
            half = _HALF_AFTER.match(text, end) if halves else None
            if half is not None and all(v == v.to_integral_value() for v in values):
                values = {v + Decimal("0.5") for v in values}
                end = half.end()
            scale = self._scale_after(text, start, end)
            if scale is not None:  # "2 million", "3,5 млн", "$3bn": the full amount, only
                factor = _scale_factor(scale.group(1))
                values = {v * factor for v in values}
                end = scale.end()
                kind = "scaled"
            negative = (start and _MINUS_BEFORE.search(text, max(0, start - _MINUS_REACH), start)
                        and not _PLUS_OR_MINUS.search(text, max(0, start - 20), start)) or (
                _BELOW_ZERO.match(text, end)
            )
            if negative:
                values = {-v for v in values}
                kind = "negative"
                if start and text[start - 1] in "-–−":
                    start -= 1  # the sign is part of what was written
            readings = {_num(v) for v in values} | self._glued_scale_readings(text, end, values, kind)
            if _HOURS_AFTER.match(text, end) and all(v == v.to_integral_value() and 0 <= v <= 24 for v in values):
                readings |= {_time(int(v) % 24, 0) for v in values}
            if self.lang == "en" and _MONTHS_AFTER.match(text, end):
                readings |= {_num(v / 12) for v in values if v > 0 and v % _MONTHS_IN_YEARS == 0}
            # the anchored match first: the hints read the whole text, for each of 20,000 numbers
            # of one segment (quadratic, 23 s; hardening round 34)
            if _DECADES_AFTER.match(text, end) and any(h in text for h in _DECADE_HINTS):
                readings |= {_num(v * 10) for v in values if v > 0}
        first = start + 1 if kind == "negative" and text[start] in "-–−" else start
        before = text[first - 1] if first else " "
        after = text[end] if end < len(text) else " "
        # Digits glued to letters are part of a name (ttyS0, l10n, x86, 1GHz) or a
        # footnote marker (state12); glued to closing punctuation, a footnote (state.12). A
        # name takes no scale word: "N585 million", "R2bn" are amounts in a currency written
        # with a letter (the naira, the rand).
        glued = (before.isalpha() and kind != "scaled") or (after.isalpha() and _GLUED_UNIT.match(text, end) is None)
        footnote = not inner and before in _CLOSERS and not after.isalnum()
        named = (before in "-‑" and _NAME_BEFORE.search(text, max(0, start - 30), start) is not None) or (
            after in "-‑" and _NAME_AFTER.match(text, end + 1) is not None and not text.isupper())
        unit = _english_unit(text, start, end) if self.lang == "en" and kind in ("number", "scaled", "negative") else None
        if glued or footnote or named:
            kind = "footnote" if footnote and not glued else "name"
        compound = self.lang == "en" and kind == "number" and _ORDINAL_COMPOUND.match(text, end - 2) is not None
        day = _one_day(text, start, end) if self.lang == "en" and kind == "number" else ()
        token = NumberToken(text[start:end], start, end, frozenset(readings | {r for r, _ in day}),
                            not (glued or footnote or named or compound), kind, unit, day)
        # Tests in C first: most numbers are in no idiom `_english_idiom` reads.
        idiom = self.lang == "en" and (kind == "decade" or (kind == "number" and (
            readings == _ONE_READING or text.startswith(_CENTS_STARTS, end) or text.endswith(_SPAN_ENDS, 0, start))))
        return [_english_idiom(text, token) if idiom else token]

    def _glued_scale_readings(self, text: str, end: int, values: AbstractSet[Decimal], kind: str) -> set[Reading]:
        """The scaled readings of an English number with "m" or "k" glued to it and no currency
        sign before ("53m unmarried women"), kept beside the bare ones (`_GLUED_SCALE`)."""
        glued = _GLUED_SCALE.match(text, end) if self.lang == "en" and kind == "number" else None
        if glued is None:
            return set()
        return {_num(v * _scale_factor(glued.group(1))) for v in values}

    def _scale_after(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The scale word after the digits at `start`-`end`: "2 million", "3,5 млн", "$3bn",
        «$29-миллиардной»."""
        scale = _SCALE_WORD.match(text, end)
        if scale is None and start and text[start - 1] in _CURRENCY:
            scale = _CURRENCY_SCALE.match(text, end)
        if scale is None and text.startswith(("-", "‑"), end):
            scale = (_RU_SCALE_ADJECTIVE if self.lang == "ru" else _EN_SCALE_HYPHEN).match(text, end)
        if scale is not None and scale.group(1).endswith("s") and _YEAR_HEAD.fullmatch(text, start, end):
            return None  # "in 1990 millions (of people) fled": a year, then a vague count
        return scale

    def _suffix(self, text: str, end: int, values: AbstractSet[Decimal]) -> tuple[int, set[Reading] | None]:
        """Ordinal and decade endings: 1st, 1920s, '20s, 1920-е, 20-е годы, 1-й, 14-го.

        Returns the new end and, for a decade, its readings (a decade is not a count).
        """
        if self.lang == "en":
            m = _EN_SUFFIX.match(text, end)
            if m is None:
                return end, None
            if m.group().endswith("s") and not m.group().endswith("ds"):
                return m.end(), _decade_readings(values, short_ok=True)
            return m.end(), None
        if self.lang == "ru":
            m = _RU_SUFFIX.match(text, end)
            if m is None:
                glued = _RU_GLUED_DECADE.match(text, end)
                decade = _decade_readings(values, short_ok=False) if glued is not None else None
                if glued is not None and decade is not None:
                    return glued.end(), decade
                years = _RU_YEARS_AFTER.match(text, end)
                decade = _decade_readings(values, short_ok=False) if years is not None else None
                if years is None or decade is None:
                    return end, None
                # «1920гг»: the glued abbreviation is the token's, so that no word is run into it
                return (end if years.group()[0].isspace() else years.end()), decade | {_num(v) for v in values}
            if m.group(1).casefold() in _RU_PLURAL_SUFFIXES:
                years_follow = _YEAR_WORD.match(text, m.end()) is not None
                decade = _decade_readings(values, short_ok=years_follow)
                if decade is not None and (years_follow or any(v >= 1000 for v in values)):
                    return m.end(), decade
                short = _decade_readings(values, short_ok=True)
                if short is not None:  # «в 70-х и 80-х годах»: the first decade without its «годах»
                    return m.end(), short | {_num(v) for v in values}
            return m.end(), None
        return end, None

    def _join_ranges(self, text: str, tokens: list[NumberToken]) -> None:
        """"1923–24": the second number of a year range is also read as 1924; and the first
        end of a range whose second carries a scale ("between 5.6 and 0.7 million") may carry it
        too, so a translation that writes the range the other way round («от 0,7 до 5,6 млн»)
        or scales both ends pairs with it."""
        for i in range(1, len(tokens)):
            first, second = tokens[i - 1], tokens[i]
            signed = second.kind == "negative" and second.text[:1] in "-–−"
            gap = text[first.end : second.start + (1 if signed else 0)]
            ranged = _RANGE.fullmatch(gap) is not None
            if (second.kind == "scaled" and first.kind == "number"
                    and (ranged or _WORDED_RANGE.fullmatch(gap) is not None)):
                tokens[i - 1] = first = _scaled_too(first, second)
            elif ranged and first.kind == "number" and second.kind == "number":
                tokens[i - 1] = first = _grouped_too(first, second)
            if (second.unit is not None and first.unit is None and first.kind in ("number", "scaled")
                    and (ranged or _WORDED_RANGE.fullmatch(gap) is not None)):
                # "1 to 4 inches": the unit is both ends', and a translation converts both («от 2,5 до 10 см»)
                tokens[i - 1] = first = replace(first, unit=second.unit)
            if not ranged:
                continue
            if signed and first.kind != "negative":
                # "10 - 20", "1923 –24": a range, not minus twenty.
                second = NumberToken(second.text[1:], second.start + 1, second.end,
                                     frozenset(_num(abs(v)) for _, v in second.readings),
                                     second.required, "number", second.unit)
                tokens[i] = second
            year = _YEAR_HEAD.match(first.text)
            tail = _YEAR_TAIL.match(second.text)
            if year and tail:
                full = Decimal(year.group()[: 4 - len(tail.group())] + tail.group())
                tokens[i] = NumberToken(second.text, second.start, second.end,
                                        second.readings | {_num(full)}, second.required,
                                        second.kind, second.unit)
            decade = _decade_readings(first.values, short_ok=False) if (
                first.kind == "number" and tokens[i].kind == "decade") else None
            if decade is not None:  # «1970-80-ые», «1970—1980-е годы»: a range of decades, both ends
                tokens[i - 1] = NumberToken(first.text, first.start, first.end, first.readings | decade,
                                            first.required, "decade", first.unit)

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
            if len(word) == 1 and _initial(text, m.start(), m.end()):
                continue  # «Дж.Х.М. Дассен», "J. X. Smith": a name's initial, not ten
            if len(word) == 1 and _LETTER_COMPOUND.match(text, m.end()):
                continue  # «X-форм», «V-образный», "X-ray": a letter in a compound, not ten
            if len(word) == 1 and text.startswith("(", m.end()):
                continue  # «X(Twitter)», "V(t)": a name or a function glued to its bracket, not ten
            if (len(word) == 1 and self.lang != "en"
                    and _AXIS_BEFORE.search(text[max(0, m.start() - 16):m.start()])):
                continue  # «по оси X», «ось X»: a coordinate named by its letter, not ten
            if any(letter in word for letter in "LCDM"):
                required = False
            elif self.lang == "en" and _ACRONYM_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                required = False  # "use randomized IV", "KatePart's VI Mode": an acronym named
            elif len(word) == 1:
                required = self.lang != "en"
            else:
                if shouting is None:
                    letters = [c for c in text if c.isalpha()]
                    shouting = sum(c.isupper() for c in letters) > len(letters) / 2
                required = not shouting
            tokens.append(NumberToken(word, m.start(), m.end(), frozenset({_num(Decimal(value))}),
                                      required, "roman"))
        return tokens

    def _month_names(
        self, text: str, lowered: str, numbers: Sequence[NumberToken]
    ) -> list[NumberToken]:
        """Month names, required when they can only be months.

        English capitalises months, so "may" and "march" are verbs; a
        capitalised "May" or "March" is a month only beside a number ("May 1",
        "March 1923"), since either may start a sentence or be a name. A
        Russian month name capitalised in mid-sentence is a name («Марта»), and a
        month word written in capitals ("DEC", the company) only beside a number.
        """
        found: list[NumberToken] = []
        assert self._month_stems is not None
        same_length = len(lowered) == len(text)
        for stem in self._month_stems.finditer(lowered if same_length else text):
            if stem.start() and text[stem.start() - 1].isalpha():
                continue  # inside a word
            m = _WORD.match(text, stem.start())
            if m is None:
                continue
            word = m.group()
            folded = word.casefold().replace("ё", "е")
            entry = self._months.get(folded)
            if entry is None:
                adjective = self._month_adjectives.get(folded)
                if adjective is not None:  # «сентябрьские выборы», «Октябрьская революция»: a partner only
                    found.append(NumberToken(word, m.start(), m.end(), frozenset({(MONTH, Decimal(adjective))}),
                                             False, "month"))
                continue
            number, capitalised = entry
            beside_number = any(
                0 <= m.start() - t.end <= 2 or 0 <= t.start - m.end() <= 2
                for t in numbers
                if t.required and t.kind != "roman"
            )
            if not beside_number and folded in self._abbreviations:
                continue  # «мар» alone: a syllable, not March
            if capitalised and not word[:1].isupper() and (
                    not beside_number or folded in ("may", "march", "august")):
                continue  # "may" the verb; "in november 2007" written small is still a month
            mid_sentence = m.start() > 0 and text[: m.start()].rstrip()[-1:] not in ".!?…\"«“("
            if self.lang == "en":
                # "DEC VT102": a name in capitals is an acronym (the company), unless a number
                # beside it makes it a date ("25 DEC 2023").
                required = beside_number or (mid_sentence and folded not in ("may", "march", "august")
                                             and not word.isupper())
            elif self.lang == "ru":
                required = not (word[:1].isupper() and mid_sentence) or beside_number
            else:
                required = beside_number
            found.append(NumberToken(word, m.start(), m.end(),
                                     frozenset({(MONTH, Decimal(number))}), required, "month"))
        return found

    # -- optional partners: number words --------------------------------------------

    def words(self, text: str) -> list[NumberToken]:
        """Number words, decade words and "-year" compounds: stand-ins for digits on the other side."""
        known = self._words.get(text)
        if known is None:
            if len(self._words) >= _WORDS_KEPT:
                self._words.clear()
            known = self._words[text] = tuple(self._read_words(text))
        return list(known)

    def _lookup(self, word: str) -> tuple[str, frozenset[Reading] | None, bool] | None:
        """`word` folded, the readings the tables give it, and whether it may be «сутки»; None for
        a word that is no number in any way, which most words of a text are."""
        folded = word.casefold().replace("ё", "е")
        readings = _word_readings(self.lang).get(folded)
        if readings is None and self.lang == "ru":
            readings = _russian_compound(folded)
        day = readings is None and self.lang == "ru" and _RU_DAY.fullmatch(folded) is not None
        return (folded, readings, day) if readings or day else None

    def _read_words(self, text: str) -> list[NumberToken]:
        found: list[NumberToken] = []
        decades_counted = any(h in text for h in _DECADE_HINTS)
        known = self._looked_up
        if len(known) > _MOST_WORDS_KEPT:
            known.clear()
        for m in _WORD.finditer(text):
            word = m.group()
            try:
                entry = known[word]
            except KeyError:
                entry = known[word] = self._lookup(word)
            if entry is None:
                continue  # a word that names no number: looked up once per reader, not once per text
            folded, readings, day = entry
            if folded in _CORRELATIVE_ONES and (after := _ONE_TO_ANOTHER.get(self.lang)) and after.match(text, m.end()):
                continue
            if folded in _ORDINAL_WORDS.get(self.lang, ()) and _ORDINAL_WORD_COMPOUND.match(text, m.end()):
                continue
            if day and not _days_counted(text, m.start()):
                readings = frozenset({_DAY})  # «за сутки»; not «двое суток», «3 суток»
            if readings:
                if self.lang == "ru" and _is_tens_ordinal_plural(folded, readings):
                    decades = frozenset({(DECADE_SHORT, v) for _, v in readings})
                    # «двадцатые годы» is a decade; «в двадцатые», «нулевые» may be one too
                    readings = decades if _YEAR_WORD.match(text, m.end()) else readings | decades
                if decades_counted and _DECADES_AFTER.match(text, m.end()):
                    readings = readings | {_num(v * 10) for role, v in readings if role == NUMBER and v > 0}
                found.append(NumberToken(word, m.start(), m.end(), readings, False, "word"))
        found = _compounds(text, found, denominators(self.lang))
        if self.lang == "en" and found:  # "three miles", "a ten-foot wall": an amount a translation may convert
            found = [replace(t, unit=unit) if (unit := _english_unit(text, t.start, t.end)) else t for t in found]
        if self.lang == "ru" and found and ("тысяч" in text or "Тысяч" in text or "лион" in text or "лиард" in text):
            found = [t for t in found if not _vague_plural_scale(text, t)]
        if found and self.lang == "en" and "egative" in text:  # a test in C: most texts say no sign
            found = _signed_words(text, found)
        if "век" in text or "entur" in text:
            found = sorted([*found, *_present_century(text, self.lang)], key=attrgetter("start"))
        return _centuries(text, found) if found and ("век" in text or "столет" in text or "entur" in text) else found


_COUNTED_REACH = 16
_WORD_BEFORE_SPACE = re.compile(r"([0-9]|[^\W\d_]+)[ \u00a0]+$")


def _days_counted(text: str, start: int) -> bool:
    """Whether a count stands before the Russian word at `start` («3 суток», «двое суток», «пяти
    суток»): so many days, not one."""
    before = _WORD_BEFORE_SPACE.search(text, max(0, start - _COUNTED_REACH), start)
    return before is not None and (before.group(1).isdigit()
                                   or before.group(1).casefold().replace("ё", "е") in _word_readings("ru"))


def _english_unit(text: str, start: int, end: int) -> str | None:
    """The imperial unit (`_UNITS`) after the English number at `start`-`end`, if any; "inches"
    for the bare number ending a height in one word ("the 6-foot-6 forward": six feet six), "in"
    for the inches after feet ("5 ft 10 in"); an area or a volume is its unit with "square" or
    "cubic" before ("400 sq ft" is "square ft")."""
    found = _UNIT_AFTER.match(text, end) or _GLUED_FAHRENHEIT.match(text, end)
    if found is not None:
        word = found.group(found.lastindex or 0).casefold().replace("-", " ").replace("\u00a0", " ")
        if "fahrenheit" in word or word.replace(" ", "") in ("degreesf", "degreef"):
            word = "fahrenheit"
        elif word.startswith("°"):
            word = "°f"
        if found.re is _UNIT_AFTER and found.group(1):
            word = ("square " if found.group(1).casefold().startswith("s") else "cubic ") + word
        return word if word in _UNITS else None
    if text.endswith(("-", "‑"), 0, start) and _INCHES_BEFORE.search(text, max(0, start - 8), start):
        return "inches"
    if (text.startswith(("in", " in", "\u00a0in"), end) and _INCHES_AFTER_FEET.match(text, end)
            and _FEET_BEFORE.search(text, max(0, start - 8), start)):
        return "in"
    return None


def _one_day(text: str, start: int, end: int) -> tuple[tuple[Reading, str], ...]:
    """The reading of "24 hours" as one day, which Russian says in a word («за сутки» for "in the
    past 24 hours"), with the assumption said; none for any other number."""
    hours = _EN_HOURS_AFTER.match(text, end) if end - start == 2 and text.startswith("24", start) else None
    return ((_DAY, f"{text[start:hours.end()].strip()} = «сутки» (one day)"),) if hours else ()


_SIGN_WORD = re.compile(r"(?<![\w-])negative\s+$", re.IGNORECASE)
"""The sign said before a number word: "negative one". Not "minus", which is also the operator
between two numbers ("two minus one"), where the number after it is no negative one."""


def _signed_words(text: str, words: list[NumberToken]) -> list[NumberToken]:
    """`words` with each number word said after a sign's word (`_SIGN_WORD`) negated, as digits
    after one are (`_MINUS_BEFORE`): "e to the pi i equals negative one" is «e^(πi) = -1»."""
    return [replace(w, readings=frozenset((role, -value) if role == NUMBER else (role, value)
                                          for role, value in w.readings))
            if _SIGN_WORD.search(text, max(0, w.start - _MINUS_REACH), w.start) else w
            for w in words]


def _powers(text: str) -> list[NumberToken]:
    """Numbers in scientific notation (`_POWER`), each one token of its value."""
    tokens = []
    for m in _POWER.finditer(text):
        power_text = m.group("power")
        if text[m.start("power") - 1] not in "eE":
            power_text = power_text[2:]  # the base, 10
        exponent = _EXPONENT.search(power_text.translate(_SUPERSCRIPTS))
        if exponent is None:
            continue
        mantissa = Decimal((m.group("mantissa") or "1").replace(",", "."))
        power = int(exponent.group(2)) * (-1 if exponent.group(1) else 1)
        tokens.append(NumberToken(m.group(), m.start(), m.end(), frozenset({_num(mantissa.scaleb(power))}),
                                  kind="power"))
    return tokens


_SPOKEN_FRACTION_HINT = re.compile(r"[0-9][ \u00a0][0-9]+(?:rd|th)")
_SPOKEN_FRACTION = re.compile(
    r"(?<![\w.,/-])([1-9][0-9]?)[ \u00a0]([1-9][0-9]?)(?:rd|th)(s?)(?![\w-]|[ \u00a0-]grade)", re.IGNORECASE)
"""A fraction as captions write it read aloud, a count in digits and the part as an ordinal: "1 5th"
(one fifth), "3 8ths" (three eighths)."""


def _spoken_fractions(text: str) -> list[NumberToken]:
    """The fractions of `_SPOKEN_FRACTION` that can be nothing else: one part in the singular ("1
    5th"), more in the plural ("3 8ths"), fewer parts than make a whole. Read as two numbers, "1
    5th" against «1 5» would pair and hide the lost fraction; read as one, it pairs with «1/5»,
    «0,2», «одну пятую». "30 5th graders" (a count of pupils) is no fraction: more than the whole,
    a singular ordinal after a count above one, and the school's grade after it are all left."""
    tokens = []
    for m in _SPOKEN_FRACTION.finditer(text):
        numerator, denominator = int(m.group(1)), int(m.group(2))
        if numerator < denominator and denominator >= 3 and (numerator == 1) != bool(m.group(3)):
            tokens.append(NumberToken(m.group(), m.start(), m.end(),
                                      frozenset({_num(Decimal(numerator) / Decimal(denominator))})))
    return tokens


def _hour_of_day(hours: int, part: str) -> int:
    """«3 часа дня» is 15:00, «12 ночи» 00:00: the 24-hour hour of an hour and its part of the day."""
    if part in ("дня", "вечера") and hours < 12:
        return hours + 12
    return hours % 12 if part == "ночи" and hours == 12 else hours


def _worded_hours(text: str) -> list[NumberToken]:
    """Hours of the day in words, «в три часа дня» (15:00), «к часу ночи» (01:00): partners only,
    which the source's "3 p.m." or "1 a.m." may pair with (a source need not name the hour)."""
    tokens = []
    for m in _RU_WORDED_HOUR.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if word is None:
            continue
        before = word.group(1).casefold().replace("ё", "е")
        hours = [int(v) for role, v in number_words("ru").get(before, ()) if role == NUMBER and 1 <= v <= 12]
        if hours:
            start = word.start(1)
        elif before in _HOUR_ONE_AFTER and m.group()[:4].casefold() in ("час ", "час\u00a0", "часу"):
            hours, start = [1], m.start()
        else:
            continue
        part = m.group(1).casefold()
        tokens.append(NumberToken(text[start:m.end()], start, m.end(),
                                  frozenset(_time(_hour_of_day(h, part), 0) for h in hours), False, "time"))
    for m in _RU_WORDED_HOUR_ALONE.finditer(text):
        spoken = m.group(1).casefold().replace("ё", "е")
        hours = [int(v) for role, v in number_words("ru").get(spoken, ()) if role == NUMBER and 1 <= v <= 12]
        if hours:
            part = m.group(2).casefold()
            tokens.append(NumberToken(text[m.start(1):m.end()], m.start(1), m.end(),
                                      frozenset(_time(_hour_of_day(h, part), 0) for h in hours), False, "time"))
    return tokens


_RATE_BASE = re.compile(r"(?<![\w-])(?<!parts[ \u00a0])per[ \u00a0]+(?:(?:a|one)[ \u00a0]+)?(hundred|thousand|million|billion)"
                        r"(?![\w-])", re.IGNORECASE)
"""A rate's base said in words: "per million inhabitants", "per thousand live births" (not "parts
per million", a unit, ppm)."""


def _read_both(source: str, target: str, source_reader: NumberReader,
               target_reader: NumberReader) -> tuple[list[NumberToken], list[NumberToken]]:
    """The tokens a comparison pairs: each side's `read`, with the rate bases it says in words."""
    src, tgt = source_reader.read(source), target_reader.read(target)
    if "per " in source or "Per " in source:  # tests in C: most texts state no rate
        src = _with_rate_bases(src, source, source_reader.lang)
    if "per " in target or "Per " in target:
        tgt = _with_rate_bases(tgt, target, target_reader.lang)
    return src, tgt


def _with_rate_bases(tokens: list[NumberToken], text: str, lang: str) -> list[NumberToken]:
    """`tokens` with the base of each rate an English `text` says in words (`_RATE_BASE`), a
    number as required as the digits of "per 100,000 people": "specialists per million
    inhabitants" counts otherwise than "specialists", and a translation that drops the base
    («количество специалистов») states another figure; a Russian «на миллион жителей» or «на 1
    млн» pairs with it. Read for the comparison only, not by `read`: a text's number keys
    (alignment anchors) stay its digits'."""
    if lang != "en":
        return tokens
    bases = [NumberToken(m.group(), m.start(), m.end(), frozenset({_num(Decimal(_SCALE_BASES[m.group(1).casefold()]))}),
                         kind="word") for m in _RATE_BASE.finditer(text)]
    return sorted([*tokens, *bases], key=_START) if bases else tokens


_SCALE_BASES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}


_MILLENNIUM_AFTER = re.compile(r"(?:[-‑][а-я]{1,3})?[ \u00a0]+(?:тысячелети|millenni)", re.IGNORECASE)
"""The word for a millennium after its ordinal: «8-го тысячелетия», «III тысячелетии», "2nd millennium"."""


def _millennia(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """`tokens` with the ordinal of each millennium also read as the years that bound it: "since
    8000 BCE" is «с 8-го тысячелетия до н. э.» (the eighth millennium BC opens in 8000 BC), "in
    2000" is «на рубеже II и III тысячелетий» (the second closes in 2000 AD). A translator gives a
    round year as its millennium, as a year in a century's ("the 1300s", «XIV век»)."""
    return [replace(t, readings=t.readings | {_num(v * 1000) for role, v in t.readings if role == NUMBER}
                    | {_num((v - 1) * 1000) for role, v in t.readings if role == NUMBER})
            if _MILLENNIUM_AFTER.match(text, t.end) and all(0 < v <= 10 for v in t.values) else t
            for t in tokens]


_CENTURY_AFTER = re.compile(r"(?:[-‑][а-я]{1,3}|st|nd|rd|th)?[ \u00a0]+(?:век(?:а|ов|ам|ами|ах|е|у|ом)?(?![а-я])|столети|centur)",
                            re.IGNORECASE)
"""The word for a century after its number: «XIX века», «19-м веке», «двух столетий», "two centuries", "19th century"."""


_PRESENT_CENTURY = {
    "en": re.compile(r"(?<![\w-])(?:this|the[ \u00a0]+(?:present|current)|our)[ \u00a0]+century(?![\w-])",
                     re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(?:(?:(?:нынешн|текущ)(?:ий|его|ему|им|ем)|наш(?:его|ему|им|ем)?)[ \u00a0]+"
                     r"век(?:а|е|у|ом)?|век(?:а|е|у|ом)?[ \u00a0]+(?:(?:нынешн|текущ)(?:ий|его|ему|им|ем)"
                     r"|наш(?:его|ему|им|ем)?))(?![\w-])", re.IGNORECASE),
}
"""The present century named without its number: "this century", «в нынешнем веке», «до успехов
века нынешнего» (the words agreeing: «века наше» is none)."""


def _present_century(text: str, lang: str) -> list[NumberToken]:
    """Each century `text` names as the present one (`_PRESENT_CENTURY`), a stand-in for the number
    of the century of today's date, said as the assumption it is ("the 21st" against «века
    нынешнего»): a text written in another century means its own, which no reader knows."""
    pattern = _PRESENT_CENTURY.get(lang)
    if pattern is None:
        return []
    number = (date.today().year - 1) // 100 + 1
    ordinal = f"{number}{'th' if 10 <= number % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th')}"
    return [NumberToken(m.group(), m.start(), m.end(), frozenset({_num(Decimal(number))}), False, "century",
                        assumptions=((_num(Decimal(number)),
                                      f"{m.group()} = the {ordinal} century (the present one, by today's date)"),))
            for m in pattern.finditer(text)]


def _centuries(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """`tokens` with the number of each century also read as what a translator may write for it:
    an ordinal as the round year its century's years are named by ("since the 1800s" is «с начала
    XIX века», the 1800s being a decade reading of "1800s"), a count as its years ("the past two
    centuries" is «за последние двести лет»). Both are assumptions: said when they pair numbers,
    and left out of a difference's explanation ("16 ≠ 6" for "the 16th century" as «VI век»)."""
    read: list[NumberToken] = []
    for t in tokens:
        counts = sorted(v for role, v in t.readings if role == NUMBER)
        if not counts or not all(0 < v <= 21 and v == v.to_integral_value() for v in counts) \
                or not _CENTURY_AFTER.match(text, t.end):
            read.append(t)
            continue
        assumed = tuple((_num(v * 100), f"{_plain(v)} centuries = {_plain(v * 100)} years") for v in counts) \
            + tuple(((DECADE, (v - 1) * 100), f"century {_plain(v)} = the {_plain((v - 1) * 100)}s") for v in counts)
        read.append(replace(t, readings=t.readings | {r for r, _ in assumed}, assumptions=t.assumptions + assumed))
    return read


def _english_idiom(text: str, token: NumberToken) -> NumberToken:
    """A number in an English turn of phrase that a translation renders by its sense: "1 in 5",
    a ratio's one («каждый пятый», every fifth: the one is not required); "in his 40s", a decade
    of someone's age, also the age it starts at («ему за сорок», «40 с небольшим»); "50 cents",
    also that many dollars («полдоллара»); "9 to 5", a span of hours whose end is also read on
    the 24-hour clock («с 9 до 17»): the last two said as assumptions."""
    if token.kind == "decade":
        if _AGE_BEFORE.search(text, max(0, token.start - 24), token.start) is not None:
            ages = {_num(v) for role, v in token.readings if role == DECADE_SHORT}
            return replace(token, readings=token.readings | ages)
        if _SECONDS_OR_DECADE.fullmatch(token.text) and not _DECADE_BEFORE.search(
                text, max(0, token.start - 12), token.start):
            seconds = tuple((_num(v), f"{token.text} = {_plain(v)} seconds") for role, v in token.readings)
            return replace(token, readings=token.readings | {r for r, _ in seconds}, assumptions=seconds)
        return token
    if token.kind != "number" or not token.required:
        return token
    ratio, cents = token.readings == _ONE_READING, text.startswith(_CENTS_STARTS, token.end)
    if ratio and _RATIO_IN.match(text, token.end):
        return replace(token, required=False)
    if cents and _CENTS_AFTER.match(text, token.end):
        dollars = tuple((_num(v / 100), f"{_plain(v)} cents = ${_plain(v / 100)}") for v in token.values)
        return replace(token, readings=token.readings | {r for r, _ in dollars}, assumptions=dollars)
    span = _HOURS_SPAN_BEFORE.search(text, max(0, token.start - 12), token.start)
    if span is not None and token.values and all(v == v.to_integral_value() and 1 <= v < int(span.group(1)) <= 12
                                                 for v in token.values):
        afternoon = tuple((_num(v + 12), f"{_plain(v)} = {_plain(v + 12)}:00 (12-hour clock)") for v in token.values)
        return replace(token, readings=token.readings | {r for r, _ in afternoon}, assumptions=afternoon)
    return token


_INITIAL_BEFORE = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁ][a-zа-яё]?\.\s?$")
_INITIAL_AFTER = re.compile(r"\.\s?[A-ZА-ЯЁ][a-zа-яё]?\.")
_NAME_BEFORE_INITIAL = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁ][a-zа-яё]+\s$")
_SURNAME_AFTER_INITIAL = re.compile(r"\.\s[A-ZА-ЯЁ][a-zа-яё]+(?![^\W\d_])")
"""«Дэвид Х. Фридман», "George H. Bryan" as «Джордж Х. Брайен»: a first name, the initial, a
surname: the one-letter Roman numeral between two capitalised words is the middle initial."""


_AXIS_BEFORE = re.compile(r"(?<![\w-])(?:ос(?:ь|и|ью|ей|ям|ями|ях)|координат[а-яё]*)"
                          r"[ \u00a0]+$", re.IGNORECASE)
"""A word for an axis or a coordinate just before a one-letter Roman numeral: «по оси X»,
«координата X» name the axis by its letter (asked only outside English, where a lone letter is
never required anyway)."""
_ACRONYM_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?!(?:chapter|part|volume|vol|book|section|act|scene|type|class|phase|stage|level|grade"
    r"|article|appendix|step|round|title|annex|tier|category|division|schedule|version)\s)[a-z]+"
    r"|[^\W\d_]['’]s)[ \u00a0]+$"
)
"""What stands before an English Roman numeral that is an acronym: an adjective or a verb
("randomized IV", "use VI") or a possessive ("KatePart's VI Mode"). English numbers with
Roman numerals after a name ("Henry VIII", "World War II", "Final Fantasy VII") or after a
noun that numbers parts, which running text may write small ("chapter IV", "type II")."""
_ORDINAL_ENDINGS = "го|му|м|й|я|е|ю|х|ми|ой|ый|ий|ая|яя|ое|ее|ые|ие|ую|юю|ом|ем|ым|им|ых|их"
_LETTER_COMPOUND = re.compile(rf"-(?:[^\W\d_]{{3,}}|(?!(?:{_ORDINAL_ENDINGS})(?![^\W\d_]))[a-zа-яё]{{1,2}}(?![^\W\d_]))")
"""A hyphen and a word after a one-letter Roman numeral: a compound named by a letter
(«X-форм», «V-образный», "X-ray") or an abbreviation with a short ending no ordinal takes («Х-ки»
for «характеристики»); a Roman ordinal takes one of the ordinal's endings («X-го», «V-й», «X-му»),
and a range goes on in capitals ("I-II")."""


def _scaled_too(first: NumberToken, second: NumberToken) -> NumberToken:
    """`first`, the bare end of a range, also read at the scale `second` (its other end) names."""
    scale = _SCALE_WORD.search(second.text) or _CURRENCY_SCALE.search(second.text)
    factor = _scale_factor(scale.group(1)) if scale is not None else 1
    if factor == 1:
        return first
    scaled = {_num(value * factor) for role, value in first.readings if role == NUMBER}
    return replace(first, readings=first.readings | scaled)


_ZERO_GROUPS = re.compile(r"(?:[,.\u00a0\u202f\u2009 ]000)+$")
"""The whole groups of zeros a grouped number ends in: "15 000", "1,000,000"."""


def _grouped_too(first: NumberToken, second: NumberToken) -> NumberToken:
    """`first`, a bare end of a range, also read at the thousands its other end's groups of zeros
    write: «12-15 000» is 12,000 to 15,000, the scale written once as «12–15 тысяч» writes it in a
    word (`_scaled_too`). Only a plain count of 1-3 digits, at each scale the zeros allow that
    puts it below the other end and within a thousandth of it ("250-1 000 000" may be 250,000;
    "250-1 000" stays 250)."""
    zeros = _ZERO_GROUPS.search(second.text) if first.text.isdigit() and len(first.text) <= 3 else None
    if zeros is None or zeros.start() == 0:
        return first
    value = Decimal(first.text)
    ends = [v for role, v in second.readings if role == NUMBER]
    scaled = {_num(value * 1000 ** k) for k in range(1, len(zeros.group()) // 4 + 1)
              if any(end / 1000 < value * 1000 ** k < end for end in ends)}
    return replace(first, readings=first.readings | scaled) if scaled else first


def _initial(text: str, start: int, end: int) -> bool:
    """Whether a one-letter Roman numeral with a stop after it is an initial among initials
    ("J.H.M.", «Дж. Х. Смит»): another initial stands right before or after it, or a first
    name before and a surname after («Дэвид Х. Фридман»)."""
    if text[end:end + 1] != ".":
        return False
    return bool(_INITIAL_BEFORE.search(text, max(0, start - 4), start)
                or _INITIAL_AFTER.match(text, end)
                or (_NAME_BEFORE_INITIAL.search(text, max(0, start - 40), start)
                    and _SURNAME_AFTER_INITIAL.match(text, end)))


class _Claims:
    """The spans of a text already read as a time, a date, a fraction or a power, none overlapping,
    kept in order: whether a span is free is two bisections, where a list read whole for each
    made a text of 5,000 fractions ("1 1/2 1 1/2 ...") 25 million steps (hardening, round 26)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        """Both ascending, as the spans do not overlap."""

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The claimed spans that overlap `[start, end)`, in order."""
        first, last = bisect_right(self._ends, start), bisect_left(self._starts, end)
        return list(zip(self._starts[first:last], self._ends[first:last]))

    def claim(self, start: int, end: int) -> bool:
        """Claim `[start, end)` unless a claimed span overlaps it; whether it was claimed."""
        if bisect_right(self._ends, start) < bisect_left(self._starts, end):
            return False
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        return True


def _free_parts(start: int, end: int, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `[start, end)` that no claimed span covers (`taken`: the spans that overlap
    it, in order, as `_Claims.overlapping` gives them): one pass, where cutting the parts again
    for each span made a run of 8,000 dates («12.03.1923 12.03.1923 ...») 14 s."""
    parts = []
    at = start
    for s, e in taken:
        if s > at:
            parts.append((at, min(s, end)))
        at = max(at, e)
    if at < end:
        parts.append((at, end))
    return parts


def _date_parts(
    m: re.Match[str], groups: Iterable[tuple[int, set[Reading]]]
) -> list[NumberToken]:
    return [
        NumberToken(m.group(g), m.start(g), m.end(g), frozenset(readings), True,
                    "month" if all(r[0] == MONTH for r in readings) else "date")
        for g, readings in groups
    ]


def _decade_readings(values: Iterable[Decimal], *, short_ok: bool) -> set[Reading] | None:
    """"1920s" is the decade 1920 and "the twenties"; "20s" only the latter; None if no decade."""
    readings: set[Reading] = set()
    for v in values:
        if v != v.to_integral_value() or v % 10:
            continue
        if 1000 <= v <= 2100:
            readings |= {(DECADE, v), (DECADE_SHORT, v % 100)}
        elif short_ok and 10 <= v <= 90:
            readings.add((DECADE_SHORT, v))
    return readings or None


def _is_tens_ordinal_plural(folded: str, readings: frozenset[Reading]) -> bool:
    """«двадцатые», «нулевых»: a plural ordinal of tens or of zero, which names a decade («в
    нулевые» for "in the 2000s")."""
    return folded.endswith(("ые", "ых", "ыми")) and any(
        role == NUMBER and (20 <= v <= 90 or v == 0) and v % 10 == 0 for role, v in readings
    )


_PLURAL_SCALE = re.compile(r"(?:тысяч(?:и|ам|ами|ах)?|(?:миллион|миллиард|триллион)(?:ы|ов|ам|ами|ах))")
"""The plural forms of the Russian scale words: «тысячи людей», «миллионы лет» ("thousands of
people", "millions of years"), also «тысячи», the genitive of «тысяча» (`_ONE_SCALE_BEFORE`)."""
_ONE_SCALE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:более|менее|больше|меньше|свыше|около|порядка|почти|до|от|из|без|для|у|с|со|"
    r"половин[а-яё]*|треть|четверть)[ \u00a0]+$", re.IGNORECASE)
"""Words after which «тысячи» is one thousand in the genitive («около тысячи человек» is about a
thousand), not thousands."""


def _vague_plural_scale(text: str, token: NumberToken) -> bool:
    """Whether `token` is a Russian scale word in the plural with no number word before it:
    «Тысячи людей погибли», «миллионы лет» say "thousands", "millions", a vague count as the
    English plural is (which the English reader reads as no number), not one thousand a number
    word of the source could be paired against ("the Three Kingdoms … thousands of people" as
    «Троецарствия … Тысячи людей» is no 3 against 1,000). A scale word a number counts, «две
    тысячи» (one compound token) or «50 тысяч», stays."""
    folded = token.text.casefold()
    if token.kind != "word" or not _PLURAL_SCALE.fullmatch(folded):
        return False
    if text[:token.start].rstrip(" \u00a0")[-1:].isdigit():
        return False  # «50 тысяч»: the scale of the digits before it
    return not (folded == "тысячи" and _ONE_SCALE_BEFORE.search(text, max(0, token.start - 16), token.start))


def _compounds(text: str, found: list[NumberToken], parts: dict[str, int]) -> list[NumberToken]:
    """"twenty first", "двадцать первого": a tens word then a unit word also means their sum;
    "two thousand", "две тысячи": a number word then a scale word, their product; "two and a
    half", «два с половиной»: a number word and a half; "two thirds", «три четверти», «две
    пятых»: a number word then a word in `parts` (a fraction's denominator), their quotient."""
    result = list(found)
    for token in found if "half" in text or "половин" in text else ():
        half = _HALF_AFTER.match(text, token.end)
        if half is not None:
            values = [v + Decimal("0.5") for role, v in token.readings if role == NUMBER and v == v.to_integral_value()]
            if values:
                result.append(NumberToken(text[token.start : half.end()], token.start, half.end(),
                                          frozenset(_num(v) for v in values), False, "word"))
    for first, second in itertools.pairwise(found):
        if (first.text.casefold() == "half" and _HALF_A.fullmatch(text, first.end, second.start)
                and (scale := _word_value(second)) in _SCALES_OF_WORDS):  # "half a million"
            result.append(NumberToken(text[first.start:second.end], first.start, second.end,
                                      frozenset({_num(Decimal(scale) / 2)}), False, "word"))
        if text[first.end : second.start].strip(" -‑"):
            continue
        first_values = [v for role, v in first.readings if role == NUMBER]
        second_values = [v for role, v in second.readings if role == NUMBER]
        sums = {
            a + b
            for a in first_values
            for b in second_values
            if a % 10 == 0 and 20 <= a <= 90 and 1 <= b <= 9
        } | {
            a * b
            for a in first_values
            for b in second_values
            if 1 <= a < 1000 and b in (100, 1000, 10**6, 10**9) and a < b
        }
        denominator = parts.get(text[second.start : second.end].casefold().replace("ё", "е"))
        if denominator is not None:
            sums |= {a / denominator for a in first_values if 1 <= a < denominator and a == a.to_integral_value()}
        if sums:
            result.append(
                NumberToken(text[first.start : second.end], first.start, second.end,
                            frozenset(_num(v) for v in sums), False, "word")
            )
    if len(found) > 1:
        result += _spelt_numbers(text, found, result)
    return result


_HALF_A = re.compile(r"[ \u00a0]+an?[ \u00a0]+", re.IGNORECASE)
_RUN_GAP = re.compile(r"[ \u00a0]*[-‑]?[ \u00a0]*|[ \u00a0]+and[ \u00a0]+", re.IGNORECASE)
"""What parts the words of one number said in words: a space, a hyphen, "and" ("two hundred and fifty")."""
_SCALES_OF_WORDS = (10**9, 10**6, 1000)


def _spelt_numbers(text: str, found: Sequence[NumberToken], compounds: Sequence[NumberToken]) -> list[NumberToken]:
    """Numbers said in three words or more, or in a hundred and a tens word, read whole: "two
    hundred and fifty thousand", «двухсот пятидесяти тысяч» (250,000), «триста пятьдесят» (350),
    "five hundred thousand", and a count with a half before its scale, «две с половиной тысячи»
    (2,500). `_compounds` reads two words only, which left «пятьсот миллионов» against "five hundred
    thousand" unread and «триста пятьдесят» against «350» apart. The words are read left to right
    as a number is said (hundreds, tens, units, then a scale, each scale smaller than the one
    before); where the next word cannot go on the number, one number ends and another begins."""
    spelt: list[NumberToken] = []
    halves = {(t.start, t.end): t for t in compounds if t.kind == "word" and any(
        role == NUMBER and v != v.to_integral_value() and (v * 2) == (v * 2).to_integral_value() for role, v in t.readings)}
    run: list[tuple[NumberToken, int]] = []
    total = group = 0
    scale = 10**12

    def close() -> None:
        if len(run) >= 2 and (total or group) and not (len(run) == 2 and _pair_read(run)):
            first, last = run[0][0], run[-1][0]
            spelt.append(NumberToken(text[first.start:last.end], first.start, last.end,
                                     frozenset({_num(Decimal(total + group))}), False, "word"))

    for token in found:
        value = _word_value(token)
        joined = bool(run) and _RUN_GAP.fullmatch(text, run[-1][0].end, token.start) is not None
        if value is None or not joined or not _goes_on(value, group, scale):
            close()
            run, total, group, scale = [], 0, 0, 10**12
            if value is None:
                continue
        if value in _SCALES_OF_WORDS:
            total, group, scale = total + (group or 1) * value, 0, value
        elif value == 100:
            group = (group or 1) * 100
        else:
            group += value
        run.append((token, value))
    close()
    starts = [t.start for t in found]
    for (start, end), half in halves.items():  # «две с половиной тысячи», "two and a half million"
        k = bisect_right(starts, end)
        after = found[k] if k < len(found) and _RUN_GAP.fullmatch(text, end, found[k].start) else None
        if after is not None and (value := _word_value(after)) in _SCALES_OF_WORDS:
            spelt.append(NumberToken(text[start:after.end], start, after.end,
                                     frozenset(_num(v * value) for role, v in half.readings if role == NUMBER),
                                     False, "word"))
    return spelt


def _pair_read(run: Sequence[tuple[NumberToken, int]]) -> bool:
    """Whether `_compounds` reads the two words of `run` already (a tens and a unit word, a count
    and its scale)."""
    (_, a), (_, b) = run
    return (a % 10 == 0 and 20 <= a <= 90 and 1 <= b <= 9) or (1 <= a < 1000 and b in (100, *_SCALES_OF_WORDS))


def _word_value(token: NumberToken) -> int | None:
    """The whole number a single number word says, for `_spelt_numbers`: "hundred" is 100 (its
    table gives every hundred, as the last word of "two hundred"), a word of one value that value;
    a word of several values (an ordinal that is a fraction too, "third") none."""
    if token.kind != "word" or " " in token.text or "-" in token.text:
        return None
    values = [v for role, v in token.readings if role == NUMBER]
    if Decimal(100) in values:
        return 100
    whole = [v for v in values if v >= 1 and v == v.to_integral_value()]
    return int(whole[0]) if len(whole) == 1 and len(values) == 1 else None


def _goes_on(value: int, group: int, scale: int) -> bool:
    """Whether a number said so far (`group` below a thousand, after a scale word `scale`) goes on
    with the word of `value`: «двести» then «пятьдесят», "fifty" then "two", a scale smaller than
    the last; not "five six", nor «двадцать тридцать»."""
    if value in _SCALES_OF_WORDS:
        return value < scale and group > 0
    if value == 100:  # "two hundred", or «сто» after a thousand
        return group <= 9
    if value > 100:  # «двести», «девятьсот»
        return group == 0
    below = group % 100
    if value >= 20:
        return below == 0 and value < 100
    if value >= 10:
        return below == 0
    return below == 0 or (below % 10 == 0 and below >= 20)


_WORD_VALUES = [*range(1, 21), *range(30, 100, 10), *range(100, 1000, 100), 1000, 10**6, 10**9]


@cache
def number_words(lang: str) -> dict[str, frozenset[Reading]]:
    """Every form of the cardinal and ordinal words for 1-20, tens, hundreds, thousand."""
    from num2words import num2words

    table: dict[str, set[Reading]] = {}
    try:
        for n in _WORD_VALUES:
            for kind in ("cardinal", "ordinal"):
                words = num2words(n, lang=lang, to=kind).casefold().replace("ё", "е").split()
                word = words[-1]  # "one hundred" -> "hundred"; the last word carries the value
                for form in _inflections(word, lang):
                    table.setdefault(form, set()).add(_num(Decimal(n)))
    except NotImplementedError:
        return {}
    return {form: frozenset(values) for form, values in table.items()}


@cache
def _word_readings(lang: str) -> dict[str, frozenset[Reading]]:
    """`number_words`, then `special_words`, each form with one part of a fraction added where
    it names one ("third" is 3 and 1/3): the one table `NumberReader.words` looks words up in."""
    table = {**special_words(lang), **{k: v for k, v in number_words(lang).items() if v}}
    for form, part in denominators(lang).items():
        table[form] = table.get(form, frozenset()) | {_num(Decimal(1) / part)}
    return table


@cache
def denominators(lang: str) -> dict[str, int]:
    """Words that name a fraction's parts after a number word ("two thirds", «три четверти»,
    «две пятых»), each with its denominator; alone, "a third" and «треть» are 1/3 (`special_words`)."""
    if lang == "en":
        table = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
        for n, word in ((4, "fourth"), (5, "fifth"), (6, "sixth"), (7, "seventh"), (8, "eighth"),
                        (9, "ninth"), (10, "tenth")):
            table[word] = table[word + "s"] = n
        return table
    if lang == "ru":
        from num2words import num2words

        from workbench.core.morphology import analyzer

        table = {form: 2 for form in _inflections("половина", "ru")}
        table |= {form: 3 for form in _inflections("треть", "ru")}
        table |= {form: 4 for form in _inflections("четверть", "ru")}
        for n in range(5, 11):  # «две пятых», «одна пятая»: a feminine or plural ordinal
            ordinal = analyzer().parse(num2words(n, lang="ru", to="ordinal"))[0]
            for grammemes in ({"plur", "gent"}, {"plur", "nomn"}, {"femn", "nomn"}, {"femn", "accs"},
                              {"femn", "gent"}, {"plur", "datv"}, {"plur", "ablt"}):
                form = ordinal.inflect(grammemes)
                if form is not None:
                    table[form.word.replace("ё", "е")] = n
        return table
    return {}


@lru_cache(maxsize=2**16)
def _russian_compound(folded: str) -> frozenset[Reading] | None:
    """A Russian word no table holds that names a number all the same: «пятисотлетней»,
    «десятиминутная», «полчаса». Cached: a text repeats its words, and most are no such compound."""
    return (_russian_year_compound(folded) or _russian_measure_compound(folded)
            or (_russian_half(folded) if folded.startswith("пол") else None))


_HALF_OF = re.compile(r"пол([бвгджзклмнпрстфхцчшщ][а-я]{2,})")


def _russian_half(folded: str) -> frozenset[Reading] | None:
    """«полчаса», «полгода», «полмиллиона»: half of the genitive noun the word ends in (half a
    million where that noun is a number word), or None for any other word («полка», «полоса»)."""
    m = _HALF_OF.fullmatch(folded)
    if m is None:
        return None
    from workbench.core.morphology import analyzer

    rest = m.group(1)
    if not any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "NUMR") for p in analyzer().parse(rest)):
        return None
    whole = [v for role, v in number_words("ru").get(rest, ()) if role == NUMBER]
    return frozenset({_num(v / 2) for v in whole} or {_num(Decimal("0.5"))})


_RU_TIMES_AS_MANY = (("вдвое", 2), ("втрое", 3), ("вчетверо", 4), ("впятеро", 5), ("вдесятеро", 10))
"""«вдвое» is "twice" and also "to half": a reduction «вдвое» is one to 1/2."""
_COLLECTIVES = ("двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро", "девятеро", "десятеро")
"""Russian collective numerals, 2 to 10 («трое ранены» for "3 were hurt"), which num2words lacks."""


@cache
def special_words(lang: str) -> dict[str, frozenset[Reading]]:
    """Words that name a number of years or a decade: "centenary", «столетие», "the twenties";
    "a single", which a translation writes as «1 байт»; the ranks "primary", "secondary" and
    "tertiary", which a translation may number ("Primary Sync, Secondary Sync" as «Синхронизация 1,
    Синхронизация 2»); and zero, which num2words's tables
    start after: "zero", «ноль» and its older spelling «нуль» («равно нулю» for "is 0"), its
    ordinal ("zeroth", «нулевой»: «нулевой и первый биты» for "bits 0 and 1") and its negation,
    which names the same value ("nonzero", «ненулевой»; "(nonzero)" for «(не равен 0)»); how many
    times and how many fold ("twice", "tenfold", "doubled", «дважды», «вдвое», «удвоился»),
    the digit one as a noun («индекс начинается с единицы» for "the 1-based index"),
    «полтора» (1.5), and Russian collective numerals; the parts of a
    fraction ("a third", «половина») are `denominators`."""
    table: dict[str, frozenset[Reading]] = {}
    if lang == "en":
        from num2words import num2words

        for word, value in (("centenary", 100), ("centennial", 100), ("bicentenary", 200),
                            ("bicentennial", 200), ("tercentenary", 300), ("millennium", 1000),
                            ("decade", 10), ("dozen", 12), ("half-century", 50), ("single", 1),
                            ("primary", 1), ("secondary", 2), ("tertiary", 3),
                            ("zero", 0), ("zeroth", 0), ("nonzero", 0), ("twice", 2), ("thrice", 3), ("double", 2), ("doubled", 2),
                            ("doubles", 2), ("doubling", 2), ("triple", 3), ("tripled", 3), ("triples", 3),
                            ("tripling", 3), ("quadruple", 4), ("quadrupled", 4), ("twofold", 2),
                            ("threefold", 3), ("fourfold", 4), ("fivefold", 5), ("tenfold", 10),
                            ("hundredfold", 100), ("thousandfold", 1000), ("sterling", 925)):
            table[word] = frozenset({_num(Decimal(value))})
        for tens in range(20, 100, 10):
            word = num2words(tens, lang="en")
            table[word[:-1] + "ies"] = frozenset({(DECADE_SHORT, Decimal(tens))})
        for word, minutes in (("midnight", 0), ("noon", 720), ("midday", 720)):
            table[word] = frozenset({(TIME, Decimal(minutes))})
    elif lang == "ru":
        words: list[tuple[str, Decimal]] = [
            (word, Decimal(value))
            for word, value in (("десятилетие", 10), ("полвека", 50), ("дюжина", 12), ("ноль", 0), ("единица", 1),
                                ("нуль", 0), ("нулевой", 0), ("ненулевой", 0), ("полтора", "1.5"), ("дважды", 2), ("трижды", 3),
                                ("четырежды", 4), ("вдвое", 2), ("втрое", 3), ("вчетверо", 4),
                                ("впятеро", 5), ("вдесятеро", 10), ("удвоить", 2), ("удвоиться", 2),
                                ("удвоение", 2), ("утроить", 3), ("утроиться", 3))
        ]
        words += [(word, Decimal(n)) for n, word in enumerate(_COLLECTIVES, start=2)]
        for word, amount in words:
            for form in _inflections(word, "ru"):
                table[form] = frozenset({_num(amount)})
        for word, times in _RU_TIMES_AS_MANY:  # «уменьшить вдвое» is to 1/2, «упали втрое» to 1/3
            table[word] = table[word] | {_num(Decimal(1) / times)}
        for word, minutes in (("полночь", 0), ("полдень", 720)):
            for form in _inflections(word, "ru"):
                table[form] = frozenset({(TIME, Decimal(minutes))})
        table |= _russian_digit_nouns()
    return table


_DIGIT_NOUNS = ("двойка", "тройка", "четверка", "пятерка", "шестерка", "семерка", "восьмерка", "девятка")
"""The Russian nouns that name the digits 2 to 9 as things ("powers of 2" is «степени двойки», "a 7
is drawn" «нарисована семёрка»); «единица» is `special_words`'. «десятка» is left out: it is also
a form of «десяток» (about ten, `_APPROXIMATE_COUNTS`)."""
_UNIT_ADJECTIVE = "единичный"
"""One as a measure in mathematics: "radius 1" is «единичный радиус», "the 1 unit square" «единичный
квадрат», "the circle of radius 1" «единичная окружность»."""


@cache
def _russian_digit_nouns() -> dict[str, frozenset[Reading]]:
    """Every form of `_DIGIT_NOUNS` and `_UNIT_ADJECTIVE`, each with its value: words that stand in
    for a digit, as number words do (`NumberReader.words`), and translate no number word
    (`_by_kind`): «четвёрок» for "quadruplets" beside «по 4» for "choose four" leaves "four" to
    pair with the 4."""
    table: dict[str, frozenset[Reading]] = {}
    for word, value in (*((noun, n) for n, noun in enumerate(_DIGIT_NOUNS, start=2)), (_UNIT_ADJECTIVE, 1)):
        for form in _inflections(word, "ru"):
            table[form] = frozenset({_num(Decimal(value))})
    return table


@cache
def _russian_stems() -> tuple[tuple[str, Decimal], ...]:
    """Genitive number stems that begin compound words («пяти|летний», «двухсот|летие»)."""
    from num2words import num2words

    from workbench.core.morphology import analyzer

    stems: dict[str, Decimal] = {"сто": Decimal(100), "одно": Decimal(1), "тысяче": Decimal(1000),
                                 "полу": Decimal("0.5"), "полутора": Decimal("1.5")}
    for n in [*range(2, 21), *range(30, 100, 10), *range(200, 1000, 100)]:
        word = num2words(n, lang="ru").split()[-1]
        for parse in analyzer().parse(word):
            if parse.tag.POS == "NUMR":
                inflected = parse.inflect({"gent"})
                if inflected is not None:
                    stems[inflected.word.replace("ё", "е")] = Decimal(n)
                break
    return tuple(sorted(stems.items(), key=lambda item: -len(item[0])))


_YEAR_COMPOUND = re.compile(r"(.+?)(?:летн|лети)[а-я]*$")


def _russian_year_compound(folded: str) -> frozenset[Reading] | None:
    """«пятисотлетней» -> 500, «двадцатипятилетие» -> 25: the stems before "-летний"/"-летие"."""
    m = _YEAR_COMPOUND.match(folded)
    if m is None:
        return None
    total, rest = _leading_stems(m.group(1), ordinary_first=True)
    return frozenset({_num(total)}) if total and not rest else None


def _leading_stems(word: str, *, ordinary_first: bool) -> tuple[Decimal, str]:
    """The sum of the number stems `word` begins with («двадцати|пяти|этажный» -> 25) and what
    follows them; a word may begin with one of `_ORDINARY_STEMS` only if `ordinary_first`."""
    rest, total = word, Decimal(0)
    stems = _russian_stems()
    while True:
        stem = next(((stem, value) for stem, value in stems if rest.startswith(stem)), None)
        if stem is None or (not ordinary_first and not total and stem[0] in _ORDINARY_STEMS):
            return total, rest
        total += stem[1]
        rest = rest[len(stem[0]) :]


_ORDINARY_STEMS = frozenset({"сто", "ста", "полу"})
"""Number stems that begin many ordinary words («столичный», «стационарный», «полуостров»):
only "-летний" and "-процентный" compounds are read after them."""
_PERCENT_ADJECTIVE = re.compile(r"процентн[а-я]*$")
"""«стопроцентная поддержка» for "100% support": no ordinary word ends so."""


def _russian_measure_compound(folded: str) -> frozenset[Reading] | None:
    """«десятиминутная» -> 10, «двухчасовой» -> 2, «двадцатипятиэтажный» -> 25: number stems
    before an adjective of measure, as "10-minute" is written in Russian. The adjective is one
    pymorphy3 knows, or, where pymorphy3 knows neither it nor the whole word, one that ends as a
    relative adjective does (`_COINED_ADJECTIVE`): technical compounds are coined freely
    («девятивходовой» for "9-input", «восьмипортовый»), and a word no dictionary holds that
    begins with a number's stem and ends as an adjective is such a compound (a known word,
    «семинарский», is read as the word it is)."""
    total, rest = _leading_stems(folded, ordinary_first=_PERCENT_ADJECTIVE.search(folded) is not None)
    if not total or len(rest) < 4:
        return None
    from workbench.core.morphology import analyzer

    morph = analyzer()
    if morph.word_is_known(rest):
        adjective = any(p.tag.POS in ("ADJF", "ADJS") for p in morph.parse(rest))
    else:
        adjective = not morph.word_is_known(folded) and _COINED_ADJECTIVE.search(rest) is not None
    return frozenset({_num(total)}) if adjective else None


_COINED_ADJECTIVE = re.compile(
    r"[а-я]{2}(?:ов|ев|н|ск)(?:ой|ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ых|их|ыми|ими|ую|юю|ей)$")
"""The endings of relative adjectives (-овой, -ный, -ский in every case and gender), asked only
of an unknown word's rest after a number's stem (`_russian_measure_compound`)."""


@cache
def month_words(lang: str) -> dict[str, tuple[int, bool]]:
    """Month names in every form babel knows for the locale (plus Russian inflection).

    Maps a case-folded form to (month number, whether the locale capitalises it).
    Abbreviations shorter than three letters are left out ("ма").
    """
    months: dict[str, tuple[int, bool]] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, lang).items():
                name = name.rstrip(".")
                if len(name) < 3:
                    continue
                for form in _inflections(name.casefold(), lang):
                    months.setdefault(form.replace("ё", "е"), (number, name[:1].isupper()))
    if lang == "en":
        months.pop("sept", None)
        months["sept"] = (9, True)
    return months


_RU_MONTH_ADJECTIVES = ("январский", "февральский", "мартовский", "апрельский", "майский", "июньский",
                        "июльский", "августовский", "сентябрьский", "октябрьский", "ноябрьский", "декабрьский")


@cache
def month_adjectives(lang: str) -> dict[str, int]:
    """Every form of the Russian adjectives of the months, each with its month: "the election in
    September" is «сентябрьские выборы», "October Revolution Street" «улица Октябрьской
    революции». Read as a month that may stand in for the source's, never as one it must have
    («Октябрьский район» is a name)."""
    if lang != "ru":
        return {}
    return {form: number for number, word in enumerate(_RU_MONTH_ADJECTIVES, start=1)
            for form in _inflections(word, "ru")}


@cache
def abbreviated_months(lang: str) -> frozenset[str]:
    """The month forms only an abbreviation gives («мар», "Jan", «февр»): dates abbreviate months
    ("3 мар 2020", "Jan 5"), prose spells them out, so one of these alone is a syllable or a
    name («мар|ран» in a list of name parts), not a month."""
    wide = {form.replace("ё", "е") for name in get_month_names("wide", "format", lang).values()
            for form in _inflections(name.casefold(), lang)}
    wide |= {form.replace("ё", "е") for name in get_month_names("wide", "stand-alone", lang).values()
             for form in _inflections(name.casefold(), lang)}
    return frozenset(form for form in month_words(lang) if form not in wide)


@cache
def _month_stems(lang: str) -> re.Pattern[str] | None:
    """The first three letters of every month form, as one search: a cheap first test that
    also finds where to look (lower-case text; a month's capitalised form is tested as such).

    Only stems no lower-case letter comes before: one inside a word ("market", «семафор»)
    is no month, and most stems the text holds are such. The stems are a trie
    (`_alternation`): the regex engine tries the alternatives of the first letter at every
    letter, where a flat list of stems would be tried whole.
    """
    stems = sorted({form[:3] for form in month_words(lang)})
    return re.compile(r"(?<![a-zа-яё])(?:" + _alternation(stems) + ")") if stems else None


def _alternation(words: Sequence[str]) -> str:
    """`words` (sorted) as one regex alternation shaped as a trie: "a(?:pr|ug)|d(?:ec)|…".
    It matches what "apr|aug|dec|…" matches, and where: a word that is the start of another
    comes first in both (sorted), as the empty alternative."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[:1], []).append(word[1:])
    return "|".join(
        re.escape(first) + ("(?:" + _alternation(rests) + ")" if rests != [""] else "") if first else ""
        for first, rests in by_first.items()
    )


def _inflections(word: str, lang: str) -> set[str]:
    if lang != "ru":
        return {word}
    from workbench.core.morphology import analyzer

    forms = {word}
    for parse in analyzer().parse(word):
        if parse.normal_form.replace("ё", "е") == word.replace("ё", "е") and parse.tag.POS in {
            "NUMR", "ADJF", "NOUN", "INFN"
        }:
            forms.update(p.word.replace("ё", "е") for p in parse.lexeme)
            break
    return forms


# -- comparing two sides ---------------------------------------------------------------


def compare(
    source: str, target: str, source_reader: NumberReader, target_reader: NumberReader
) -> NumberComparison:
    """Pair the numbers of `source` and `target` as multisets of readings (`_compare`), and the
    times both tell from now, where each says one the other does not (`_relative_changed`)."""
    result = _compare(source, target, source_reader, target_reader)
    if (_CODE_HINT.search(source) and _CODE_HINT.search(target)) or ("@" in source and "@" in target):
        result = _codes_changed(result, source, target)  # tests in C: most pairs copy no code
    if _NAME_NUMBER_HINT.search(target):  # tests in C: most pairs number no names
        result = _names_numbered(result, source, target, source_reader, target_reader)
    hints = _RELATIVE_HINTS.get(source_reader.lang), _RELATIVE_HINTS.get(target_reader.lang)
    if hints[0] is None or hints[1] is None or not (any(h in target for h in hints[1])
                                                    and any(h in source for h in hints[0])):
        return result  # substring tests in C: most pairs tell no time from now
    return _relative_changed(result, relative_times(source, source_reader.lang),
                             relative_times(target, target_reader.lang))


_CODE_HINT = re.compile(r"[A-Z][-‑]?[0-9]")
_CODE = re.compile(r"(?<![\w-])([A-Z]{1,4})([-‑]?)([0-9]{1,6})(?![\w-])")
"""A code of Latin capitals and digits a translation copies: a flight, a road, a resolution's
series ("BA2490", "A14", "F-16")."""
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z_]+)()([0-9]{1,6})(?![\w@])")
"""A user's handle ending in digits, which a translation copies as the code it is: "@user18"."""


_NAME_NUMBER_HINT = re.compile(r"[0-9](?<=[^\W\d][0-9])")
"""A letter before a digit, looked for at the digits (the engine skips to one in C): tried at every
letter, it took 0.5 s of CPU over `python -m bench checks`' 100,000 targets, this 0.09 s."""
_NAMED = re.compile(r"(?<![\w./@#-])([^\W\d]{1,40}?)([0-9]{1,6})(?![\w-])")
"""A name of letters numbered at its end: a member of a series ("file4", «файл4», "disk2"), a
version ("render_v3"), a word a garbled translation runs a number into («перехватила29»). Not
a path's or a file's part ("/dev/video0"), a handle or a tag (`_codes_changed`), nor a number
inside a word ("P2P", "i18n") or before its letters ("3D"): those are a name's spelling; nor one
in inline code (`_CODE_SPAN`)."""


def _names_numbered(result: NumberComparison, source: str, target: str, source_reader: NumberReader,
                    target_reader: NumberReader) -> NumberComparison:
    """`result` with the numbers of names (`_NAMED`) the translation drops, changes or adds. The
    reader takes a name's digits for a partner only (`NumberReader._piece_tokens`: house rule D14
    spares a name's digit left out of a name still referred to), so none of these was found:

    * a name whose number the translation changes ("render_v3()" as «render_v2()», D14);
    * a member of a numbered series the other side carries and this one lacks: "file1 file2
      [file3 [file4]]" as «файл1 файл2 [файл3]» drops "file4" with its place in the synopsis (D3),
      «disk1, disk2 и disk3» for "disk1 and disk2" adds one (D8). The other side carries the
      series where it writes the same letters with a member's number, or other letters («файл»
      for "file") with two of its members' numbers;
    * a word of three letters or more the target runs a number into that the source holds in no
      form («перехватила29»; D8). A short one ("v8", "u1", «И1») is as often a name the translator
      knows, a field of a form or an engine, and stays silent.

    A number the other side says in any other form ("disk 4", «второй диск») is kept."""
    said, says = _numbered(source), _numbered(target)
    if len(said) > _MOST_CODES or len(says) > _MOST_CODES:
        return result  # a table or a list of names, not a sentence (as `_codes_changed`)
    missing = _names_left(said, says, target, target_reader, result.missing)
    extra = _names_left(says, said, source, source_reader, result.extra, lone=3)
    if not missing and not extra:
        return result
    return replace(result, missing=(*result.missing, *missing), extra=(*result.extra, *extra))


def _numbered(text: str) -> dict[str, dict[int, re.Match[str]]]:
    """Each name of `text` numbered at its end (`_NAMED`), by its letters (case-folded): its
    numbers, each where it is first written."""
    found: dict[str, dict[int, re.Match[str]]] = {}
    code = [m.span() for m in _CODE_SPAN.finditer(text)] if "`" in text else []
    for m in _NAMED.finditer(text):
        if not any(start < m.start() < end for start, end in code):
            found.setdefault(m.group(1).casefold(), {}).setdefault(int(m.group(2)), m)
    return found


_CODE_SPAN = re.compile(r"`[^`\n]*`")
"""Inline code: a name in it is the program's ("`i128`", "`cookable_v3()`"), which a translation
of an older edition lists or numbers otherwise; the QA sets' readers leave it to the code's
reviewer (docs/qa.md, rust-books)."""


def _names_left(own: Mapping[str, Mapping[int, re.Match[str]]], other: Mapping[str, Mapping[int, re.Match[str]]],
                other_text: str, other_reader: NumberReader, reported: Sequence[NumberToken],
                lone: int | None = None) -> list[NumberToken]:
    """The numbers of `own`'s names that `other` does not give: those of a name it writes with
    other numbers, those of a series it carries, and (`lone`: the fewest letters) those of any
    name of that many letters or more, where `other_text` holds the number in no form."""
    written: set[Decimal] | None = None
    spans = sorted(t.span for t in reported)
    starts = [start for start, _ in spans]
    left: list[NumberToken] = []
    for letters, members in own.items():
        kept = other.get(letters)  # the same name, numbered as the other side numbers it
        carried: set[int] = set(kept or ())
        if len(members) >= 2 or kept is not None:
            for numbers in other.values():
                if len(members.keys() & numbers.keys()) >= 2:
                    carried |= numbers.keys()
        if not carried and (lone is None or len(letters) < lone):
            continue
        lost = [(number, m) for number, m in members.items() if number not in carried]
        if not lost:
            continue
        if written is None:
            written = {Decimal(d) for d in _DIGIT_RUN.findall(other_text)}
            written |= {value for t in other_reader.read(other_text) for value in t.values}
            written |= {value for word in other_reader.words(other_text) for value in word.values}
        left += [NumberToken(m.group(), m.start(), m.end(), frozenset({_num(Decimal(number))}), kind="name")
                 for number, m in lost
                 if Decimal(number) not in written and not _within(m.start(2), spans, starts)]
    return left


def _within(at: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether `at` falls in one of `spans` (sorted; `starts` their starts): a number another
    step already reported, looked up by bisection (a text of thousands of them)."""
    k = bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


_DIGIT_RUN = re.compile(r"[0-9]+")


_MOST_CODES = 64
"""Codes of different letters beyond which a text is a table or a list of names, not a sentence
that copies a code: `_codes_changed` leaves it (5,000 made-up names renumbered, "ABCD-1" as
"ABCD-2", each reported and worded, took the number check from 0.55 to 0.82 s CPU; hostile bench)."""


def _codes_changed(result: NumberComparison, source: str, target: str) -> NumberComparison:
    """`result` with each code whose letters both sides write and whose digits the translation
    changed: "flight BA2490" as «рейс BA2940», "the A14" as «трасса A41», a reply to "@user18"
    addressed to «@user34» (`_HANDLE`). The reader takes a
    code's digits for a name's, a partner only (`NumberReader._piece_tokens`), so a changed one was
    never found. A code the translation leaves out, writes in its own alphabet («Су-27») or says
    in words ("G20" as «Большая двадцатка») is no finding; one it repeats is none either."""
    def codes(text: str) -> dict[str, dict[str, re.Match[str]]]:
        found: dict[str, dict[str, re.Match[str]]] = {}
        for m in itertools.chain(_CODE.finditer(text), _HANDLE.finditer(text) if "@" in text else ()):
            found.setdefault(m.group(1), {}).setdefault(m.group(3), m)
        return found

    said, says = codes(source), codes(target)
    if len(said) > _MOST_CODES or len(says) > _MOST_CODES:
        return result
    missing, extra = list(result.missing), list(result.extra)
    for letters, digits in said.items():
        other = says.get(letters)
        if other is None:
            continue
        lost = [m for d, m in digits.items() if d not in other]
        added = [m for d, m in other.items() if d not in digits]
        if lost and added:
            missing += [NumberToken(m.group(), m.start(), m.end(), frozenset({_num(Decimal(m.group(3)))}), kind="name")
                        for m in lost]
            extra += [NumberToken(m.group(), m.start(), m.end(), frozenset({_num(Decimal(m.group(3)))}), kind="name")
                      for m in added]
    if len(missing) == len(result.missing):
        return result
    return replace(result, missing=tuple(missing), extra=tuple(extra))


RELATIVE = "relative"
"""A time told from now, in days: "last month" is −30, «позавчера» −2 (`relative_times`)."""
_RELATIVE_UNITS = (("centur", 36500), ("век", 36500), ("decade", 3650), ("десятилети", 3650), ("year", 365),
                   ("год", 365), ("month", 30), ("месяц", 30), ("week", 7), ("недел", 7), ("night", 1),
                   ("ноч", 1))
"""Each unit's stem and its length in days, the scale a reading compares on ("last night" is
yesterday's, as «прошлой ночью» and «вчера» are)."""
_RELATIVE_WORDS = {"yesterday": -1, "tomorrow": 1, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2}
_RELATIVE = {
    "en": re.compile(r"(?<![\w-])(?:(?<!the[ \u00a0])(?P<way>last|next)[ \u00a0]+(?P<unit>night|week|month|year|decade|century)"
                     r"|(?P<word>yesterday|tomorrow)|the[ \u00a0]+day[ \u00a0]+(?P<two>before|after)[ \u00a0]+(?:yesterday|tomorrow))"
                     r"(?![\w-])", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(?:(?P<way>прошл|минувш|прошедш|следующ|будущ)(?:"
                     r"(?:ый|ий|ого|его|ому|ему|ым|им|ом|ем)[ \u00a0]+(?P<unit>год|месяц|век)(?:а|у|ом|ем|е)?"
                     r"|(?:ое|ее|ого|его|ому|ему|ым|им|ом|ем)[ \u00a0]+(?P<neuter>десятилети)(?:е|я|ю|ем|и)"
                     r"|(?:ая|яя|ой|ей|ую|юю)[ \u00a0]+(?P<feminine>недел|ноч)(?:я|и|е|ю|ей|ь|ью))"
                     r"|(?P<word>позавчера|вчера|завтра|послезавтра))(?![\w-])", re.IGNORECASE),
}
"""A time told from now: "last month", "next year", "yesterday", "the day after tomorrow"; «в
прошлом году», «на следующей неделе», «вчера». Not after "the" ("the last year" is the final one,
or the past twelve months), not in the plural («прошлые годы» is the past) nor where the words do
not agree («прошлое века», the century's past, is no last century), and not a time told
from another the text gives ("the following year", «на следующий день»), which `numbers` checks
against the date it follows."""
_RELATIVE_HINTS = {"en": ("ast ", "ext ", "esterday", "omorrow"),
                   "ru": ("рошл", "инувш", "рошедш", "ледующ", "удущ", "чера", "автра")}
_RELATIVE_BACK = frozenset({"last", "прошл", "минувш", "прошедш"})


def relative_times(text: str, lang: str) -> list[NumberToken]:
    """The times `text` tells from now (`_RELATIVE`), each a token of its offset in days."""
    pattern = _RELATIVE.get(primary_language(lang))
    if pattern is None:
        return []
    tokens = []
    for m in pattern.finditer(text):
        parts = m.groupdict()
        if parts.get("two"):
            days = -2 if parts["two"].casefold() == "before" else 2
        elif parts["word"]:
            days = _RELATIVE_WORDS[parts["word"].casefold()]
        else:
            unit = (parts["unit"] or parts["neuter"] or parts["feminine"]).casefold()
            length = next(days for stem, days in _RELATIVE_UNITS if unit.startswith(stem))
            days = -length if parts["way"].casefold() in _RELATIVE_BACK else length
        tokens.append(NumberToken(m.group(), m.start(), m.end(), frozenset({(RELATIVE, Decimal(days))}),
                                  True, "relative"))
    return tokens


def _relative_changed(result: NumberComparison, source: Sequence[NumberToken],
                      target: Sequence[NumberToken]) -> NumberComparison:
    """`result` with the times told from now that each side says and the other does not, where
    both have such a time left ("Last month" as «В прошлом году»): a time changed. One said on a
    side alone is no finding: a translation may give the date it means («в мае» for "last month")
    or leave it to the context."""
    left = list(target)
    missing = []
    for token in source:
        partner = next((t for t in left if t.readings == token.readings), None)
        if partner is None:
            missing.append(token)
        else:
            left.remove(partner)
    if not (missing and left):
        return result
    return replace(result, missing=(*result.missing, *missing), extra=(*result.extra, *left))


def _compare(
    source: str, target: str, source_reader: NumberReader, target_reader: NumberReader
) -> NumberComparison:
    """Pair the numbers of `source` and `target` as multisets of readings.

    1. Digits, Roman numerals and month names pair among themselves (a
       maximum matching: "1923–24" against "1923–1924" must pair the
       ambiguous "24" with 1924 whichever comes first).
    2. What is left may pair with the other side's optional tokens: number
       words, compounds, names, footnote markers.
    3. What is still left may pair through a unit conversion (feet against
       metres, within 10 %).
    Everything left then is a finding; each count a value has on both sides
    must agree ("13-летний … 13-летнего" for one "13-year-old" is one too many).
    """
    src, tgt = _read_both(source, target, source_reader, target_reader)
    # «несколько», «много», «немало», «десятки» (`_vague_counts`): substring tests in C before the call.
    if ("мног" in target or "Мног" in target or "есколь" in target or "емал" in target
            or "есятк" in target or "сотн" in target or "сотен" in target) and (
            vague := _vague_counts(source, target, source_reader, target_reader, src, tgt)):
        src = sorted([*src, *vague], key=lambda t: t.start)
    if (first := _first_droppable(source, source_reader.lang)) is not None and (
            dropped := _counts_dropped(source, target, source_reader, target_reader, src, tgt, first)):
        src = sorted([*src, *dropped], key=lambda t: t.start)
    src_req = [t for t in src if t.required]
    tgt_req = [t for t in tgt if t.required]
    if not src_req and not tgt_req:
        return _substituted_words(source, target, source_reader, target_reader)
    measured = any(t.unit for t in src_req)  # tests in C first: most sources hold no imperial unit
    if len(src_req) == len(tgt_req) and not measured and _same_plain(src_req, tgt_req):
        # most pairs with numbers: the same years and amounts on both sides
        return _substituted_words(source, target, source_reader, target_reader, src, tgt)
    if any(_COPY_MARK.search(t.text) for t in tgt_req):  # even where the translation adds numbers of its own
        src_req = _copied_chunks(src_req, tgt_req, source)
    pairs = _match(src_req, tgt_req)
    if measured:
        src_req, tgt_req = _units_changed(src_req, tgt_req, pairs, target)
    paired = set(pairs.values())
    assumptions = _assumed(src_req, tgt_req, pairs)
    left_src = [t for i, t in enumerate(src_req) if i not in pairs]
    left_tgt = [t for j, t in enumerate(tgt_req) if j not in paired]
    if not left_src and not left_tgt:
        words = _substituted_words(source, target, source_reader, target_reader, src, tgt)
        return replace(words, assumptions=tuple(assumptions)) if assumptions else words
    if left_tgt and any(t.kind == "decade" for t in src_req):
        left_tgt = _age_span_ends(left_tgt, src_req, tgt_req, pairs, target)
    left_src, left_tgt = _percentages(left_src, source), _percentages(left_tgt, target)
    # Words stand in only for counts, decades and times ("noon"), never for a month.
    src_opt = [t for t in src if not t.required]
    tgt_opt = [t for t in tgt if not t.required]
    if _wordable(left_tgt) or _wordable(left_src):
        src_words, tgt_words = _unpaired_words(_outside(source_reader.words(source), src),
                                               _outside(target_reader.words(target), tgt),
                                               source_reader.lang, target_reader.lang)
        src_opt += src_words if _wordable(left_tgt) else []
        tgt_opt += tgt_words if _wordable(left_src) else []
    stand_ins = _match(left_src, tgt_opt)
    assumptions += _assumed(left_src, tgt_opt, stand_ins)
    left_src = [t for i, t in enumerate(left_src) if i not in stand_ins]
    unused = set(stand_ins.values())
    tgt_opt_left = [t for j, t in enumerate(tgt_opt) if j not in unused]
    if source_reader.lang == "en" and any(t.readings == _ONE_READING for t in left_tgt):
        src_opt += _articles(source)
    stand_ins = _match(left_tgt, src_opt)
    assumptions += _assumed(left_tgt, src_opt, stand_ins)
    left_tgt = [t for i, t in enumerate(left_tgt) if i not in stand_ins]
    left_src, left_tgt, converted = _converted(left_src, left_tgt, tgt_opt_left)
    assumptions += converted
    left_tgt, converted = _converted_from_words(src_opt, set(stand_ins.values()), left_tgt)
    assumptions += converted
    left_src, left_tgt, signed = _fall_for_minus(left_src, left_tgt, source, target)
    assumptions += signed
    if left_src and "(" in source:
        left_src, restated = _restated_in_units(left_src, src_req, source)
        assumptions += restated
    said: list[NumberToken] = []
    if any(source[t.start - 1:t.start] == "(" for t in left_src):
        # a digit restating a number word ("two (2)") is kept by a translation that has the value
        kept = {r for t in [*tgt, *target_reader.words(target)] for r in t.readings}
        said = [w for w in source_reader.words(source) if w.readings & kept]
    left_src = _not_said_twice(left_src, source, src_req, tgt_req, said)
    if left_src and _BY.search(source):
        areas = {t: note for t in left_src if (note := _area_of(t, source, [*tgt, *tgt_opt])) is not None}
        left_src = [t for t in left_src if t not in areas]
        assumptions += areas.values()
    if any(t.kind == "month" for t in left_src):
        left_src = _months_of_a_range(_without_kept_months(left_src, target), src_req, tgt, target)
    return NumberComparison(
        tuple(_source_left(left_src, src_req, tgt_req, source, target, target_reader.lang)),
        tuple(_added(left_tgt, tgt_req, src, source, target, source_reader.lang)),
        tuple(dict.fromkeys(assumptions)),
        _counts(src_req),
        _counts(tgt_req),
    )


def _source_left(left: list[NumberToken], tokens: Sequence[NumberToken], target_tokens: Sequence[NumberToken],
                 source: str, target: str, target_lang: str) -> list[NumberToken]:
    """`left`, the source's numbers that nothing of the target paired, without a whole the target
    says in words (`_whole_percent`) and a release the source names again by its number
    (`_release_said_again`)."""
    if left and (whole := _WHOLE.get(target_lang)) is not None and whole.search(target):
        left = [t for t in left if not _whole_percent(t, source)]
    if left:
        left = _release_said_again(left, tokens, source, target_tokens, target)
    return left


_RU_METRIC_UNITS = (
    (re.compile(r"км/ч|км[ \u00a0]+в[ \u00a0]+час|километр[а-яё]*[ \u00a0]+в[ \u00a0]+час", re.IGNORECASE), "km/h"),
    (re.compile(r"(?:кв\.?[ \u00a0]?км|км²|квадратн[а-яё]+[ \u00a0]+километр[а-яё]*)(?![^\W\d_])", re.IGNORECASE),
     "square kilometres"),
    (re.compile(r"(?:кв\.?[ \u00a0]?м|м²|квадратн[а-яё]+[ \u00a0]+метр[а-яё]*)(?![^\W\d_])", re.IGNORECASE),
     "square metres"),
    (re.compile(r"(?:куб\.?[ \u00a0]?м|м³|кубометр[а-яё]*|кубическ[а-яё]+[ \u00a0]+метр[а-яё]*)(?![^\W\d_])",
                re.IGNORECASE), "cubic metres"),
    (re.compile(r"(?:км|километр(?:а|ов|ах|ам|ами|е|у|ом)?)(?![^\W\d_])", re.IGNORECASE), "kilometres"),
    (re.compile(r"(?:см|сантиметр(?:а|ов|ах|ам|ами|е|у|ом)?)(?![^\W\d_])", re.IGNORECASE), "centimetres"),
    (re.compile(r"(?:мм|миллиметр(?:а|ов|ах|ам|ами|е|у|ом)?)(?![^\W\d_])", re.IGNORECASE), "millimetres"),
    (re.compile(r"(?:м|метр(?:а|ов|ах|ам|ами|е|у|ом)?)(?![^\W\d_])", re.IGNORECASE), "metres"),
    (re.compile(r"(?:кг|килограмм(?:а|ов|ах|ам|ами|е|у|ом)?)(?![^\W\d_])", re.IGNORECASE), "kilograms"),
    (re.compile(r"(?:г(?![.])|гр|грамм(?:а|ов|ах|ам|ами|е|у|ом)?)(?![^\W\d_])", re.IGNORECASE), "grams"),
    (re.compile(r"(?:л|литр(?:а|ов|ах|ам|ами|е|у|ом)?)(?![^\W\d_])", re.IGNORECASE), "litres"),
    (re.compile(r"(?:га|гектар(?:а|ов|ах|ам|ами|е|у|ом)?)(?![^\W\d_])", re.IGNORECASE), "hectares"),
    (re.compile(r"°[ \u00a0]?[CС](?![^\W\d_])|градус[а-яё]*[ \u00a0]+(?:по[ \u00a0]+)?цельси[а-яё]*", re.IGNORECASE),
     "°C"),
)
"""The metric units written after a Russian number, by the name `_METRIC_MULTIPLES` gives them (a
bare «градусов» is no Celsius: the scale is not said)."""
_METRIC_AFTER_HINT = re.compile(r"[ \u00a0]?[°а-яё]", re.IGNORECASE)
_UNIT_SHOWN = {"f": "°F", "°f": "°F", "fahrenheit": "°F", "in": "inches"}
"""How an explanation names the units written in letters that say little alone."""
_CHANGED_UNITS = frozenset(_UNITS) | frozenset(_UNIT_SHOWN.values()) | {name for to, _, _ in _UNITS.values()
                                      for name, _ in _METRIC_MULTIPLES.get(to, ((to, 1),))} | {"millimetres"}
"""The roles of amounts whose unit a translation changed and kept the number, for the explanation:
"“5” (5 miles) in the source is not in the target; “5” (5 kilometres) in the target …"."""


def _metric_unit(text: str, end: int) -> str | None:
    """The metric unit (`_RU_METRIC_UNITS`) written after the number ending at `end`, if any."""
    hint = _METRIC_AFTER_HINT.match(text, end)
    if hint is None:
        return None
    at = end + 1 if text[end] in " \u00a0" else end
    return next((name for pattern, name in _RU_METRIC_UNITS if pattern.match(text, at)), None)


def _units_changed(src_req: list[NumberToken], tgt_req: list[NumberToken], pairs: dict[int, int],
                   target: str) -> tuple[list[NumberToken], list[NumberToken]]:
    """The two sides' tokens with each pair of an amount in an imperial unit whose number the
    translation kept and whose unit it changed to a metric one ("5 miles" as «5 км», "220 pounds"
    as «220 кг», "50 °F" as «50 °C») read again in its unit, so the pair parts and each is
    explained with its unit; `pairs` loses them. A unit whose conversion rounds to the same number
    ("300 yards", «300 метров»: 274 m within a translator's rounding, `_metric_values`) is kept."""
    changed: dict[int, int] = {}
    for i, j in pairs.items():
        token = src_req[i]
        unit = _UNITS.get(token.unit or "")
        if unit is None:
            continue
        name = _metric_unit(target, tgt_req[j].end)
        if name is None:
            continue
        shared = [v for role, v in token.readings & tgt_req[j].readings if role == NUMBER]
        conversions = [(n, metric, slack) for v in shared for n, metric, slack in _metric_values(v, unit)]
        if any(n == name for n, _, _ in conversions) and not any(
                n == name and abs(metric - v) <= slack for v in shared for n, metric, slack in conversions):
            changed[i] = j
    if not changed:
        return src_req, tgt_req
    src_req, tgt_req = list(src_req), list(tgt_req)
    for i, j in changed.items():
        del pairs[i]
        shown = _UNIT_SHOWN.get(src_req[i].unit or "", src_req[i].unit or "")
        src_req[i] = replace(src_req[i], readings=frozenset((shown, v) for _, v in src_req[i].readings), assumptions=())
        name = _metric_unit(target, tgt_req[j].end) or ""
        tgt_req[j] = replace(tgt_req[j], readings=frozenset((name, v) for _, v in tgt_req[j].readings), assumptions=())
    return src_req, tgt_req


_SPAN_TO = re.compile(r"(?:[-‑–—]|[ \u00a0]*(?:[-‑–—]|до|по|to)[ \u00a0]*)", re.IGNORECASE)
"""What joins the two ends of a span: «20-30», «от 20 до 30»."""
_SPAN_TO_LONGEST = re.compile(r"[ \u00a0]*(?:[-‑–—]|до|по|to)[ \u00a0]*", re.IGNORECASE)
"""`_SPAN_TO` as far as it may reach: every joint it matches ends at or before this one's end."""


def _age_span_ends(left_tgt: list[NumberToken], src_req: Sequence[NumberToken], tgt_req: Sequence[NumberToken],
                   pairs: dict[int, int], target: str) -> list[NumberToken]:
    """`left_tgt` without the ends of the spans a decade of someone's age is written as: "in
    his 20s" as «от 20 до 30 лет», «20-30 лет» or «20–29 лет» (the source's decade paired with
    the span's start, `_english_idiom`; its end is the next decade, with any ending, «30-ти», or
    the decade's last year). The end of
    a span that starts elsewhere, or ends on another number («от 20 до 40 лет»), is still left."""
    ends: set[NumberToken] = set()
    ordered = sorted(left_tgt, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    for i, j in pairs.items():
        age = src_req[i]
        if age.kind != "decade" or not any(role == NUMBER for role, _ in age.readings):
            continue  # a decade of the calendar, "the 1920s", is no age
        start = tgt_req[j]
        joint = _SPAN_TO_LONGEST.match(target, start.end)
        if joint is None:
            continue
        # an end starts within the longest joint after the start: the few tokens there, found by
        # bisection, where every token left for every decade was quadratic (4,000 "in his 20s"
        # against «20–29 лет»: 5.5 s; hardening, round 28)
        nexts = {v + step for role, v in age.readings if role == DECADE_SHORT for step in (9, 10)}
        ends.update(t for t in ordered[bisect_right(starts, start.end):bisect_right(starts, joint.end())]
                    if _SPAN_TO.fullmatch(target, start.end, t.start)
                    and any(role == NUMBER and v in nexts for role, v in t.readings))
    return [t for t in left_tgt if t not in ends] if ends else left_tgt


def _added(left: list[NumberToken], tokens: Sequence[NumberToken], source_tokens: Sequence[NumberToken],
           source: str, target: str, source_lang: str) -> list[NumberToken]:
    """`left`, the target's numbers that nothing of the source paired, without those a translation
    adds for a reason of its own: a title quoted in the original after its rendering
    (`_beside_original`), a release named again by its number (`_release_said_again`), a boundary of
    two spans said again (`_boundary_again`), the months of a range (`_months_of_a_range`) and the
    month a time told from now means (`_without_dated_months`). Months a translation adds to
    explain a period the source gives no date of («каждые 6 месяцев: в октябре и апреле» for "every
    6 months") were left out here too until house rule D8 (session 38): a number the source does
    not vouch for is checked, a month as much as a year."""
    if left and "(" in target:
        left = _beside_original(left, tokens, source, target)
    if left:
        left = _release_said_again(left, tokens, target, source_tokens, source)
    if left:
        neighbours, unpaired = _Neighbours(tokens), set(left)
        left = [t for t in left if not _boundary_again(t, neighbours, unpaired, target)]
    if any(t.kind == "month" for t in left):
        left = _months_of_a_range(_without_dated_months(left, source, source_lang), tokens, source_tokens, source)
    return left


def _without_dated_months(left: list[NumberToken], source: str, source_lang: str) -> list[NumberToken]:
    """`left` without the month names a translation gives for a time the source tells from now:
    «в мае» for "last month" is the date it means, a value the source holds in another form (house
    rule D8). A month added where the source tells no time at all is still reported, and so are
    the months of numeric dates, which are written as numbers."""
    hints = _RELATIVE_HINTS.get(primary_language(source_lang), ())
    if not any(h in source for h in hints) or not relative_times(source, source_lang):
        return left  # substring tests in C first: most sources tell no time from now
    return [t for t in left if t.kind != "month" or not t.text[:1].isalpha()]


_RELEASE_NAME_BEFORE = re.compile(r"(?<![\w.-])([A-Z][\w+.-]*)[ \u00a0]+$")
"""A name in Latin letters right before a number, which the number is the release or model of:
"Debian 7", "Python 3", "GRUB 2"."""
_RELEASE_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?:release|version|выпуск|верси|релиз)[^\W\d_]*[ \u00a0]+$",
                                  re.IGNORECASE)
"""A word for a release or a version right before a number: "release 7", «с выпуском 7», «версии 3»."""
_RELEASE_REACH = 40


def _release_said_again(left: list[NumberToken], tokens: Sequence[NumberToken], text: str,
                        other_tokens: Sequence[NumberToken], other_text: str) -> list[NumberToken]:
    """`left` (numbers of `text`, one side, that nothing paired) without a release's number said
    again after a word for a release or a version, where both sides name that release by its name
    and that number ("Debian 7" on each side): "… of Debian 7 … older “wheezy” CDs" as «… Debian 7
    … компакт-диски с выпуском 7». The other side names the release its second time otherwise (a
    codename, "it"), so the number is the same release said again, not a value added; a number
    after such a word that no name on both sides carries ("version 8" for "Debian 7") is still
    left."""
    def named(side: Sequence[NumberToken], written: str) -> set[tuple[str, frozenset[Reading]]]:
        return {(m.group(1), t.readings) for t in side
                if (m := _RELEASE_NAME_BEFORE.search(written, max(0, t.start - _RELEASE_REACH), t.start)) is not None}

    releases = {readings for name, readings in named(tokens, text) & named(other_tokens, other_text)}
    if not releases:
        return left
    # as many as this side says after such a word: which of its equal tokens the matching left
    # unpaired ("Debian 7" or «выпуском 7») is its choice
    again = Counter(t.readings for t in tokens if t.readings in releases
                    and _RELEASE_WORD_BEFORE.search(text, max(0, t.start - _RELEASE_REACH), t.start))
    kept = []
    for t in left:
        if again[t.readings] > 0:
            again[t.readings] -= 1
        else:
            kept.append(t)
    return kept


_DAY_RANGE_BEFORE = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th|-?[а-я]{1,3})?[ \u00a0]*(?:[-–—]|по|до|to|through|and|и)[ \u00a0]*"
                               r"[0-9]{1,2}(?:st|nd|rd|th|-?[а-я]{1,3})?[ \u00a0]+$", re.IGNORECASE)
_DAY_RANGE_AFTER = re.compile(r"[ \u00a0]+[0-9]{1,2}(?:st|nd|rd|th)?[ \u00a0]*(?:[-–—]|to|through|and|и|по|до)[ \u00a0]*"
                              r"[0-9]{1,2}(?![0-9])", re.IGNORECASE)
"""The two days of a range a month name stands for once: «с 23 по 26 июня», "June 23–26"."""


def _months_of_a_range(left: list[NumberToken], own: Sequence[NumberToken], other: Sequence[NumberToken],
                       other_text: str) -> list[NumberToken]:
    """`left` without a month one side says at both ends of a range of days ("from June 23rd to
    June 26th") and the other once for the whole range («с 23 по 26 июня»): the second name is
    no other date. A month said once on this side, or said elsewhere than beside a range on the
    other, is still left."""
    ranged = {value for t in other if t.kind == "month"
              and (_DAY_RANGE_BEFORE.search(other_text, max(0, t.start - 30), t.start) or _DAY_RANGE_AFTER.match(other_text, t.end))
              for role, value in t.readings if role == MONTH}
    if not ranged:
        return left
    said = Counter(value for t in own if t.kind == "month" for role, value in t.readings if role == MONTH)
    kept: list[NumberToken] = []
    for t in left:
        months = {value for role, value in t.readings if role == MONTH}
        again = {m for m in months & ranged if said[m] >= 2}
        if t.kind == "month" and again:
            ranged -= again
            continue
        kept.append(t)
    return kept


class _Neighbours:
    """The token said last before a place and the first after it, each found by bisection: read
    through every token for each one left, "3 three" × 4,000 against «три 4» took 2.3 s of
    `_boundary_again` (quadratic; hardening, round 28). "Last" and "first" are in the tokens'
    order, as that reading took them."""

    def __init__(self, tokens: Sequence[NumberToken]) -> None:
        self.tokens = tokens
        by_end = sorted(range(len(tokens)), key=lambda i: tokens[i].end)
        self.ends = [tokens[i].end for i in by_end]
        self.latest = list(itertools.accumulate(by_end, max))
        by_start = sorted(range(len(tokens)), key=lambda i: tokens[i].start)
        self.starts = [tokens[i].start for i in by_start]
        self.earliest = list(itertools.accumulate(reversed(by_start), min))[::-1]

    def before(self, at: int) -> NumberToken | None:
        """The last token ending at or before `at`."""
        k = bisect_right(self.ends, at)
        return self.tokens[self.latest[k - 1]] if k else None

    def after(self, at: int) -> NumberToken | None:
        """The first token starting at or after `at`."""
        k = bisect_left(self.starts, at)
        return self.tokens[self.earliest[k]] if k < len(self.starts) else None


def _boundary_again(token: NumberToken, neighbours: _Neighbours, left: AbstractSet[NumberToken], text: str) -> bool:
    """A number that starts a span and repeats, as its start, the value said last before it,
    which paired: spans that meet at a boundary name it twice ("before 6 … and little before 10"
    as «до 6 лет, а с 6 до 10 лет»), where the other side may say it once."""
    before = neighbours.before(token.start)
    if before is None or before in left or before.readings != token.readings:
        return False
    after = neighbours.after(token.end)
    return after is not None and _SPAN_TO.fullmatch(text, token.end, after.start) is not None


_AGREE = NumberComparison((), ())


def _substituted_words(source: str, target: str, source_reader: NumberReader, target_reader: NumberReader,
                       src: Sequence[NumberToken] = (), tgt: Sequence[NumberToken] = ()) -> NumberComparison:
    """The counts each side says in words and the other does not, where the digits (`src`,
    `tgt`), if any, all pair: "divided into three categories" against «делятся на четыре
    категории», "third place" against «второе место», "on more than thirteen occasions in
    2015–2017" against «более тридцати раз в 2015–2017 годах», "two-storey" against
    «пятиэтажный» (a compound, `_russian_measure_compound`). Only a count of two or more that
    each side says otherwise is reported: a number word left out or added alone is no finding
    ("the two countries" is «обеих стран», "one of them" «кто-то»), nor is an approximate count
    ("a dozen", «десятки», "several hundred", «несколько миллионов»: `_VAGUE_BEFORE`), nor a
    word that may stand in for a digit
    of the other side ("two" for a «2») or is part of one ("1 million"). A count added or left
    out as the other end of an alternative or a range is reported, though: "every three years" as
    «каждые два или три года» (or «два-три года») turns one count into two, which says another
    thing (`_alternatives`)."""
    lowered_source = source.lower().replace("ё", "е")
    said = _count_words_hint(source_reader.lang).findall(lowered_source)
    stressed = _stressed_one(source, lowered_source)
    if not said and not stressed:
        return _AGREE  # most sentences say no count in words
    lowered = target.lower().replace("ё", "е")
    says = _count_words_hint(target_reader.lang).findall(lowered)
    alone = stressed, _stressed_one(target, lowered)
    if not says and not alone[1] and not ((stems := _compound_hint(target_reader.lang)) and stems.search(lowered)):
        return _AGREE
    if says and not any(alone) and _same_counts(said, source_reader.lang, says, target_reader.lang):
        return _AGREE  # "three categories" as «три категории»: word for word, no compound to read
    src_words, tgt_words = source_reader.words(source), target_reader.words(target)
    if source_reader.lang != target_reader.lang:
        copied = {text: _copied_word(text, target) for text in {w.text for w in src_words}}  # each word once
        src_words = [w for w in src_words if not copied[w.text]]
    beside = bool(src or tgt)
    if beside:
        src_words, tgt_words = _beside_digits(src_words, src, tgt), _beside_digits(tgt_words, tgt, src)
    pairs = _match(src_words, tgt_words)
    measured: dict[int, NumberToken] = {}
    if pairs and source_reader.lang != target_reader.lang:
        pairs, measured = _measured_apart(pairs, (src_words, source, source_reader.lang),
                                          (tgt_words, target, target_reader.lang))
    paired_src = [src_words[i] for i in pairs]
    paired_tgt = [tgt_words[j] for j in pairs.values()]
    left_src = [w for w in _counts_left(src_words, paired_src, source if alone[0] else "")
                if not _VAGUE_BEFORE.search(source, max(0, w.start - 16), w.start)]
    left_tgt = [w for w in _counts_left(tgt_words, paired_tgt, target if alone[1] else "")
                if not _VAGUE_BEFORE.search(target, max(0, w.start - 16), w.start)]
    if left_src and left_tgt and any(w.unit for w in left_src):  # "three miles" as «пять километров»
        left_src, left_tgt, _ = _converted(left_src, left_tgt)
    if src_words and tgt_words:  # "half of the voters" as «треть избирателей»
        left_src, left_tgt = _fractions_substituted(left_src, src_words, paired_src, left_tgt, tgt_words, paired_tgt,
                                                    source, target)
    if bool(left_src) != bool(left_tgt) and not beside:  # "five hundred thousand" as «пятьсот миллионов»
        left_src, left_tgt = _scale_said_otherwise(left_src, src_words, paired_src, left_tgt, tgt_words, paired_tgt)
    if not left_src or not left_tgt:
        if beside:  # a dash beside digits parts clauses and scores («четвёрки – семь подряд») as often as ranges
            return _AGREE
        left_src, left_tgt = _alternatives(left_src, paired_src, source), _alternatives(left_tgt, paired_tgt, target)
        if not left_src and not left_tgt:
            return _AGREE
    return NumberComparison(tuple(measured.get(id(w), w) for w in left_src), tuple(measured.get(id(w), w) for w in left_tgt))


def _holds(word: NumberToken, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether `word` holds one of the sorted `spans` (`starts`: their starts), found by bisection."""
    k = bisect_left(starts, word.start)
    return k < len(spans) and spans[k][1] <= word.end


def _fractions_substituted(
    left_src: list[NumberToken], src_words: Sequence[NumberToken], paired_src: Sequence[NumberToken],
    left_tgt: list[NumberToken], tgt_words: Sequence[NumberToken], paired_tgt: Sequence[NumberToken],
    source: str, target: str,
) -> tuple[list[NumberToken], list[NumberToken]]:
    """The leftovers with the fractions each side says in words and the other says otherwise:
    "half of the voters" as «треть избирателей», "half an hour" as «полтора часа». `_counts_left`
    reads counts of two or more, which left every fraction aside; a fraction only one side says is
    still no finding ("the second half" as «во втором тайме»), as a count word left out alone is not.
    The widest words are compared, whatever the counts paired (`paired_src`, `paired_tgt`: unused
    here, as a part of a wider fraction may have paired)."""
    del paired_src, paired_tgt
    def fractions(words: Sequence[NumberToken], text: str) -> list[NumberToken]:
        # the widest words, paired or not: "one and a half" holds the "half" «полчаса» pairs with
        held = _held_by_another(list(words))
        return [f for w in words if id(w) not in held and (f := _fraction(w, text)) is not None]

    said, says = fractions(src_words, source), fractions(tgt_words, target)
    if not said or not says:
        return left_src, left_tgt
    pairs = _match(said, says)
    said = [w for i, w in enumerate(said) if i not in pairs]
    says = [w for j, w in enumerate(says) if j not in set(pairs.values())]
    if not said or not says:
        return left_src, left_tgt
    return [*left_src, *said], [*left_tgt, *says]


_A_FRACTION = re.compile(r"(?<![^\W\d_])(?:an?|one)[ \u00a0]+$", re.IGNORECASE)
"""What makes an ordinal a fraction: "a third", "one fifth" (not "the third day")."""
_HALF_MEASURE = re.compile(r"пол(?:часа|минуты|секунды|дня|суток|недели|месяца|года|века|столетия|тысячи|миллиона"
                           r"|миллиарда|литра|килограмма|метра|километра|мили|фунта|доллара|рубля|цены)", re.IGNORECASE)
"""A half in one Russian word of a unit, a scale or a price («полчаса», «полмиллиона»): `_russian_half`
also reads words that only begin so («полковник»), which say no half."""


def _fraction(word: NumberToken, text: str) -> NumberToken | None:
    """The fraction a number word says, as a token of its fractional readings only; None for a
    word that says none: a count, an ordinal not after "a" or "one" ("the third day"), or a
    Russian word that only begins with «пол» (`_HALF_MEASURE`)."""
    fractional = frozenset((role, v) for role, v in word.readings
                           if role == NUMBER and 0 < v < 2 and v != v.to_integral_value())
    if not fractional:
        return None
    if fractional != word.readings and not _A_FRACTION.search(text, max(0, word.start - 5), word.start):
        return None
    folded = word.text.casefold().replace("ё", "е")
    if folded not in _word_readings("ru") and _HALF_OF.match(folded) and not _HALF_MEASURE.fullmatch(folded):
        return None
    return replace(word, readings=fractional) if fractional != word.readings else word


def _scale_said_otherwise(
    left_src: list[NumberToken], src_words: Sequence[NumberToken], paired_src: Sequence[NumberToken],
    left_tgt: list[NumberToken], tgt_words: Sequence[NumberToken], paired_tgt: Sequence[NumberToken],
) -> tuple[list[NumberToken], list[NumberToken]]:
    """Numbers in words whose counts pair and whose scales differ: "five hundred thousand" as
    «пятьсот миллионов» pairs its "five hundred" with «пятьсот», which leaves "thousand" on one
    side and nothing on the other (the whole «пятьсот миллионов» holds a paired word). Where one
    side leaves a scale word alone, the other side's widest unpaired number of a thousand or more
    that holds a paired word is what it says instead; each side is then named whole."""
    def holders(words: Sequence[NumberToken], paired: Sequence[NumberToken]) -> list[NumberToken]:
        taken = set(paired)
        held = _held_by_another(list(words))
        spans = sorted((p.start, p.end) for p in paired)
        starts = [a for a, _ in spans]
        return [w for w in words if w not in taken and id(w) not in held and any(
            role == NUMBER and v >= 1000 for role, v in w.readings) and _holds(w, spans, starts)]

    def widest(token: NumberToken, words: Sequence[NumberToken]) -> NumberToken:
        return max((w for w in words if w.start <= token.start and w.end >= token.end), key=lambda w: w.end - w.start)

    if left_src and not any(_word_value(w) in _SCALES_OF_WORDS for w in left_src):
        return left_src, left_tgt
    if left_tgt and not any(_word_value(w) in _SCALES_OF_WORDS for w in left_tgt):
        return left_src, left_tgt
    if left_src:
        instead = holders(tgt_words, paired_tgt)
        return ([widest(w, src_words) for w in left_src], instead) if instead else (left_src, left_tgt)
    instead = holders(src_words, paired_src)
    return (instead, [widest(w, tgt_words) for w in left_tgt]) if instead else (left_src, left_tgt)


_MEASURES = frozenset({"hours", "minutes", "seconds", "days", "weeks", "months", "years", "miles", "kilometres",
                       "metres", "feet", "yards", "inches"})
"""The units a count word may measure: a count kept with another unit ("five mile" as
«пятичасовой», five hours; "five-mile" as «пятикилометровый», which converted is «восьми…») says
another thing. Words of one unit are one («двухсуточный», «двухдневный»: "two-day")."""
_EN_MEASURE_AFTER = re.compile(r"[-‑ \u00a0](hour|minute|second|day|week|month|year|mile|kilomet(?:er|re)|met(?:er|re)"
                               r"|foot|feet|yard|inch(?:es)?)s?(?![\w-])", re.IGNORECASE)
_EN_MEASURE_NAMES = {"hour": "hours", "minute": "minutes", "second": "seconds", "day": "days", "week": "weeks",
                     "month": "months", "year": "years", "mile": "miles", "foot": "feet", "feet": "feet",
                     "yard": "yards", "inch": "inches", "inches": "inches"}
_RU_MEASURE_ADJECTIVES = re.compile(r"(часов|минутн|секундн|днев|суточн|недельн|месячн|летн|годичн|годов|мильн"
                                    r"|километров|метров|футов|ярдов|дюймов)")
"""The adjectives of measure that end a Russian compound («пятичасовой», «двухсуточный»)."""
_RU_MEASURE_NAMES = {"часов": "hours", "минутн": "minutes", "секундн": "seconds", "днев": "days", "суточн": "days",
                     "недельн": "weeks", "месячн": "months", "летн": "years", "годичн": "years", "годов": "years",
                     "мильн": "miles", "километров": "kilometres", "метров": "metres", "футов": "feet",
                     "ярдов": "yards", "дюймов": "inches", "час": "hours", "минута": "minutes", "секунда": "seconds",
                     "день": "days", "сутки": "days", "неделя": "weeks", "месяц": "months", "год": "years",
                     "миля": "miles", "километр": "kilometres", "метр": "metres", "фут": "feet", "ярд": "yards",
                     "дюйм": "inches"}
"""Each adjective's stem and each unit noun's dictionary form, by the unit it names."""
_RU_WORD_AFTER = re.compile(r"[ \u00a0]+([а-яё]+)", re.IGNORECASE)


def _measured_apart(pairs: dict[int, int], source: tuple[Sequence[NumberToken], str, str],
                    target: tuple[Sequence[NumberToken], str, str]) -> tuple[dict[int, int], dict[int, NumberToken]]:
    """`pairs` of count words (source index → target index) without those whose words measure
    different units (`_measure`: "the five mile drive" as «пятичасовой поездки», five but hours
    for miles), each word of them read again as its unit's (by `id`, for the explanation: "5
    miles", "5 hours"). Two such pairs crossed ("two miles … two-hour" as «два часа …
    двухмильную») pair again unit by unit."""
    units: dict[tuple[int, int], tuple[str, str]] = {}
    for i, j in pairs.items():
        one, two = _measure(source[0][i], source[1], source[2]), _measure(target[0][j], target[1], target[2])
        if one and two and one != two:
            units[i, j] = one, two
    if not units:
        return pairs, {}
    kept = {i: j for i, j in pairs.items() if (i, j) not in units}
    apart = {id(word): replace(word, readings=frozenset((unit, v) for _, v in word.readings))
             for (i, j), (one, two) in units.items() for word, unit in ((source[0][i], one), (target[0][j], two))}
    free = [j for _, j in units]
    for i, _ in units:
        partner = next((j for j in free if apart[id(source[0][i])].readings & apart[id(target[0][j])].readings), None)
        if partner is not None:
            kept[i] = partner
            free.remove(partner)
            del apart[id(source[0][i])], apart[id(target[0][partner])]
    return kept, apart


def _measure(token: NumberToken, text: str, lang: str) -> str | None:
    """The unit (`_MEASURES`) a count word measures: the noun after it ("five mile", "5-hour",
    «пять миль», as pymorphy3 reads the noun: «частях» is no «час»), or a Russian compound's
    adjective («пятичасовой»: hours); None for any other."""
    if lang == "en":
        after = _EN_MEASURE_AFTER.match(text, token.end)
        if after is None:
            return None
        unit = after.group(1).casefold()
        return "kilometres" if unit.startswith("kilo") else "metres" if unit.startswith("met") else _EN_MEASURE_NAMES[unit]
    if lang != "ru":
        return None
    folded = token.text.casefold().replace("ё", "е")
    if folded not in _word_readings("ru"):  # a compound: its adjective names the unit
        adjective = _RU_MEASURE_ADJECTIVES.match(_leading_stems(folded, ordinary_first=False)[1])
        return _RU_MEASURE_NAMES[adjective.group(1)] if adjective else None
    noun = _RU_WORD_AFTER.match(text, token.end)
    if noun is None:
        return None
    from workbench.core.morphology import analyzer

    return next((_RU_MEASURE_NAMES[p.normal_form] for p in analyzer().parse(noun.group(1))
                 if p.tag.POS == "NOUN" and p.normal_form in _RU_MEASURE_NAMES), None)


def _copied_word(word: str, target: str) -> bool:
    """Whether the translation copies a source's number word as it is written, in its letters and
    case: part of a name kept in the original ("the Billion Laughs attack" as «атака с
    использованием миллиона XML-сущностей (Billion Laughs)»), whose count the translation's own
    words may render otherwise, and which the copy already keeps."""
    at = target.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and target[at - 1].isalpha()) and not (end < len(target) and target[end].isalpha()):
            return True
        at = target.find(word, at + 1)
    return False


_ALTERNATIVE = re.compile(r"[ \u00a0]*(?:or|или|либо|[-–—])[ \u00a0]*", re.IGNORECASE)
"""What joins two counts into an alternative or a range: "two or three", «два или три», «два-три»."""


def _alternatives(left: Sequence[NumberToken], paired: Sequence[NumberToken], text: str) -> list[NumberToken]:
    """The count words of `left` that stand with a paired word as the other end of an
    alternative or a range («два» of «два или три года» where «три» paired with "three"): the
    side that has it says "two or three" where the other says one count."""
    return [w for w in left if any(_ALTERNATIVE.fullmatch(text, w.end, p.start) or _ALTERNATIVE.fullmatch(text, p.end, w.start)
                                   for p in paired)]


def _same_counts(said: list[str], source_lang: str, says: list[str], target_lang: str) -> bool:
    """Whether two lists of count words name the same values, each word as often."""
    source_table, target_table = _word_readings(source_lang), _word_readings(target_lang)
    return Counter(source_table.get(w) for w in said) == Counter(target_table.get(w) for w in says)


def _counts_left(words: Sequence[NumberToken], paired: Sequence[NumberToken], text: str = "") -> list[NumberToken]:
    """The words of two or more that no paired word overlaps ("four" of "four hundred" paired
    with «четыре» of «четыре сотни» leaves "hundred" aside), widest first: "nine thousand", not
    also its "nine" and its "thousand". The present century named in words (`_present_century`)
    stands in for a number and counts nothing of its own. A one that `text` (the words' own
    text, where it has one: `_ONLY_ONE`) stresses as a count, "only one", «лишь одна», is a count
    too: "one" alone is as often a pronoun ("one of them", "the one that")."""
    taken = set(paired)
    stressed = {id(w) for w in words if text and (m := _ONLY_ONE.search(text, max(0, w.start - _ONLY_REACH), w.end))
                and m.end() == w.end}
    left = [w for w in _outside(list(words), paired) if w not in taken
            and (any(role == NUMBER and value >= 2 for role, value in w.readings) or id(w) in stressed)
            and w.text.casefold() not in _APPROXIMATE_COUNTS and w.kind != "century"]
    held = _held_by_another(left)
    return [w for w in left if id(w) not in held]


def _held_by_another(words: Sequence[NumberToken]) -> set[int]:
    """The ids of the words whose span another word's holds, found in one sweep by start: each
    word tested against every other was quadratic ("1 million two" × 4,000 against «1 миллион
    три»: 2.3 s with the overlaps; hardening, round 28)."""
    held: set[int] = set()
    spans = Counter((w.start, w.end) for w in words)
    reach = -1
    for w in sorted(words, key=lambda w: (w.start, -w.end)):
        if spans[(w.start, w.end)] > 1 or reach >= w.end:
            held.add(id(w))
        reach = max(reach, w.end)
    return held


def _beside_digits(words: Sequence[NumberToken], own: Sequence[NumberToken],
                   other: Sequence[NumberToken]) -> list[NumberToken]:
    """`words` without those that a digit of the same side holds ("1 million") or that may stand
    in for a digit of the other side ("two" for a «2»): the digits' pairing has had them. Nor a
    Russian collective numeral: beside numbers it counts a group the other side may count by
    its members ("a 17-year-old, two 18-year-olds and a 20-year-old" as «четверо … 17, 18 и 20
    лет»)."""
    values = {v for t in other for v in t.values}
    collectives = _collective_forms()
    return [w for w in _outside(list(words), own)
            if not w.values & values and w.text.casefold().replace("ё", "е") not in collectives]


@cache
def _collective_forms() -> frozenset[str]:
    """Every form of the Russian collective numerals («двое», «четверых», «пятерыми»)."""
    return frozenset(form for word in _COLLECTIVES for form in _inflections(word, "ru"))


@cache
def _compound_hint(lang: str) -> re.Pattern[str] | None:
    """A word that begins with a number's stem and goes on («пятиэтажный», «трёхкратный»), as
    one search over lower-case text: a first test before a target's compounds are read, where
    it says no count word (`_russian_measure_compound`)."""
    if lang != "ru":
        return None
    stems = [stem for stem, _ in _russian_stems() if stem not in _ORDINARY_STEMS]
    return re.compile(r"\b(?:" + _alternation(sorted(stems)) + r")[а-я]{4}")


_ONLY_ONE = re.compile(r"(?<![^\W\d_])(?:only|just|exactly|только|лишь|ровно)[ \u00a0]+"
                       r"(?:one|один|одна|одно|одного|одной|одну|одним|одном)(?![^\W\d_])", re.IGNORECASE)
"""A one stressed as a count: "only one", "exactly one", «только один», «лишь
одну»; one said alone is as often a pronoun ("one of them") or an article."""
_ONLY_REACH = 8
_STRESS_WORDS = ("only", "just", "exactly", "тольк", "лишь", "ровно")
"""The words `_ONLY_ONE` begins with, looked for as substrings first (tests in C): most sentences
hold none, and the pattern would be tried at every letter."""


def _stressed_one(text: str, lowered: str) -> bool:
    """Whether `text` (`lowered`: the same in lower case) stresses a one as a count (`_ONLY_ONE`)."""
    return any(word in lowered for word in _STRESS_WORDS) and _ONLY_ONE.search(text) is not None
"""How far before a "one" its "only" may start ("exactly " is the longest)."""
_APPROXIMATE_COUNTS = frozenset({"dozen", "dozens", "дюжина", "дюжины", "дюжину", "дюжин", "десяток", "десятка"})
"""Counts said roughly: "a dozen States" is «более десяти штатов» as well as «12 штатов»."""


@cache
def _count_words_hint(lang: str) -> re.Pattern[str]:
    """Any word of a count of two or more or of a fraction ("half", «треть», «полтора»,
    «полчаса»: `_fractions_substituted`), as one search over lower-case text (a trie, see
    `_alternation`): a first test in C, since most sentences say no count in words."""
    forms = sorted(form for form, readings in number_words(lang).items()
                   if any(role == NUMBER and value >= 2 for role, value in readings))
    forms += sorted(form for form, readings in _word_readings(lang).items()
                    if all(role == NUMBER and 0 < value < 2 and value != value.to_integral_value()
                           for role, value in readings))
    forms += sorted(_COLLECTIVES) if lang == "ru" else []
    halves = "|" + _HALF_MEASURE.pattern if lang == "ru" else ""
    return re.compile(r"\b(?:" + _alternation(sorted(set(forms))) + halves + r")\b")  # \b, not a lookbehind: 1/3 faster


def _percentages(tokens: list[NumberToken], text: str) -> list[NumberToken]:
    """`tokens` with each percentage also read as the fraction it is: "25%" is «на четверть»,
    "50%" «половина». Asked only of what no digits paired, since a word may say it instead."""
    return [replace(t, readings=t.readings | {(NUMBER, v / 100) for role, v in t.readings if role == NUMBER})
            if t.kind == "number" and text.startswith(_PERCENT_STARTS, t.end) else t
            for t in tokens]


def _copied_chunks(tokens: list[NumberToken], other: Sequence[NumberToken], text: str) -> list[NumberToken]:
    """`tokens` (of the source, `text`) with each run of digits the translation copies character
    for character read as the translation reads it (its reader also knows the source's
    conventions, not the reverse): a decimal comma in an English manual ("Max size X = 40,0")
    is two numbers by English rules and one by Russian ones, and so is a telephone number's
    groups ("0800 555 111", "+7 905 989 9172": English reads three numbers, Russian, which
    groups thousands with spaces, one), but the same characters copied are the same number,
    whichever way it is read. Any space stands for any other in a copy (a translation's
    non-breaking ones)."""
    merged = list(tokens)
    plain = _SPACE.sub(" ", text)  # offsets kept: found with `str.find`, not a pattern built per copy
    for copy in {t.text: t for t in other if _COPY_MARK.search(t.text)}.values():
        written = _SPACE.sub(" ", copy.text)
        at = plain.find(written)
        while at >= 0:
            end = at + len(written)
            inside = [t for t in merged if at <= t.start and t.end <= end]
            if len(inside) > 1 and _whole_run(plain, at, end):
                # by place, not `t not in inside`: a copied run of 3,000 groups compared each token
                # with every other (10,000 digits in groups: 1.4 s, quadratic; hardening round 34)
                merged = [t for t in merged if not at <= t.start or not t.end <= end]
                merged.append(NumberToken(text[at:end], at, end, copy.readings))
            at = plain.find(written, end)
    return sorted(merged, key=lambda t: t.start)


def _whole_run(text: str, start: int, end: int) -> bool:
    """Whether `start`-`end` is a whole run of digits: no digit or separator glued before it, no
    digit or separated digit after it ("40,0" is not inside "140,05")."""
    before, after = text[start - 1:start] if start else "", text[end:end + 2]
    return not (before.isdigit() or before in (".", ",") or after[:1].isdigit()
                or (after[:1] in (".", ",") and after[1:2].isdigit()))


_COPY_MARK = re.compile(r"[0-9][,\u00a0\u202f\u2009 ][0-9]")
"""A run of digits that the readers of two languages may split differently (`_copied_chunks`)."""


_ARTICLE = re.compile(r"(?<![\w-])an?(?=[ \u00a0]+[^\W\d_])", re.IGNORECASE)


def _articles(source: str) -> list[NumberToken]:
    """English "a" and "an" before a word, as stand-ins for a «1» in the translation: Russian
    has no article, and a translator who wants the count said writes "a pixel on your
    monitor" as «1 пиксель экрана». Never required: "a" says nothing a translation must keep."""
    return [NumberToken(m.group(), m.start(), m.end(), _ONE_READING, False, "word")
            for m in _ARTICLE.finditer(source)]


def _same_plain(source: Sequence[NumberToken], target: Sequence[NumberToken]) -> bool:
    """Whether two sides' tokens have one reading each, the same ones as multisets, and none
    read by an assumption: then every token pairs and nothing needs explaining (`compare`
    would find the same, through the matching)."""
    if any(len(t.readings) != 1 or t.assumptions for tokens in (source, target) for t in tokens):
        return False
    first = [r for t in source for r in t.readings]
    second = [r for t in target for r in t.readings]
    return first == second or sorted(first) == sorted(second)


_WHOLE = {
    "ru": re.compile(r"(?<![^\W\d_])(?:весь|вс[еёяю]|всего|всей|всему|всем|всеми|всех|полностью|целиком)"
                     r"(?![^\W\d_])", re.IGNORECASE),
    "en": re.compile(r"\b(?:all|whole|entire|entirely|fully|completely)\b", re.IGNORECASE),
}
"""Words that say "all of it", per language: what "100%" is in words ("100% of traffic" as
«всего трафика»)."""


def _whole_percent(token: NumberToken, text: str) -> bool:
    """Whether `token` is "100%" (or "100 %"), which the translation may say as a word of
    `_WHOLE`, or the 0 that opens a range up to it ("from 0% to 100%", "0–100%": the whole way,
    «весь процесс»); any other percentage is a number it must keep."""
    if token.kind != "number":
        return False
    if _num(Decimal(0)) in token.readings:
        return _WHOLE_RANGE_AFTER.match(text, token.end) is not None
    return _num(Decimal(100)) in token.readings and text.startswith(_PERCENT_STARTS, token.end)


_WHOLE_RANGE_AFTER = re.compile(r"[ \u00a0]?%?[ \u00a0]*(?:to|through|-|–|—|до|по)[ \u00a0]*100[ \u00a0]?%", re.IGNORECASE)


def _without_kept_months(tokens: list[NumberToken], target: str) -> list[NumberToken]:
    """`tokens` without the month names the target keeps in the source's language, each as often
    as the target writes it: an example quoted as it stands ("U.S. English would say “January 1,”"
    as «English будет отображаться “January 1,”») says the same month, though the target's reader
    reads only its own names."""
    kept = Counter({name: len(re.findall(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", target))
                    for name in {t.text for t in tokens if t.kind == "month"}})
    left = []
    for t in tokens:
        if t.kind == "month" and kept[t.text] > 0:
            kept[t.text] -= 1
        else:
            left.append(t)
    return left


def _not_said_twice(left: list[NumberToken], source: str, tokens: Sequence[NumberToken],
                    target: Sequence[NumberToken], said: Sequence[NumberToken]) -> list[NumberToken]:
    """`left` less the numbers the source says again (`_restated`, `_said_again`); what those ask
    of every token is read once here."""
    if not left:
        return left
    earliest = _earliest_kept(tokens, left)
    units = Counter(_unit_key(source, t) for t in tokens)
    given = {id(t) for t in tokens}
    in_target = {reading for t in target for reading in t.readings}
    return [t for t in left if not _restated(t, source, earliest, said)
            and not _said_again(t, source, units, given, in_target)]


def _restated(token: NumberToken, source: str, earliest: Mapping[Reading, int],
              words: Sequence[NumberToken] = ()) -> bool:
    """A number alone in brackets that repeats a value the source has already given and the
    translation has ("the value … is 0. … the same value (0)"): a translator may refer back
    to it («такое же значение») instead of writing it again. So does one right after the same
    number in words, as contracts and standards write it ("up to two (2) classes"): the word
    says it, and a translation that keeps the word alone («двух классах») has it (`words`: the
    source's number words whose value the translation has). `earliest`: where the first token
    the translation has of each reading starts (`_earliest_kept`)."""
    if source[token.start - 1:token.start] != "(" or source[token.end:token.end + 1] != ")":
        return False
    if any(not source[w.end:token.start - 1].strip() and w.readings & token.readings for w in words):
        return True
    return any(earliest.get(reading, token.start) < token.start for reading in token.readings)


def _earliest_kept(tokens: Sequence[NumberToken], left: Sequence[NumberToken]) -> dict[Reading, int]:
    """Each reading of `tokens` not `left` unpaired -> where the first such token starts.

    `_restated` and `_said_again` looked through every token for each token left, and through
    the tokens left for each of those (2,000 numbers "(2)" left unpaired: cubic, minutes for
    one segment; hardening, round 27): what they ask is read once (`_not_said_twice`)."""
    unpaired = set(left)
    earliest: dict[Reading, int] = {}
    for t in tokens:
        if t not in unpaired:
            for reading in t.readings:
                earliest[reading] = min(earliest.get(reading, t.start), t.start)
    return earliest


_BY = re.compile(r"(?<![\d.,])(\d{1,4})[ \u00a0]*(?:by|x|×|х)[ \u00a0]*(\d{1,4})(?![\d.,]|[^\W\d_])")
"""Two sides of a grid or a rectangle: "8 by 8", "1920x1080", «8х8»."""


def _area_of(token: NumberToken, source: str, target: Sequence[NumberToken]) -> str | None:
    """Whether `token` is the product of an "A by B" of the source whose sides the translation
    keeps, as what the explanation says ("64 = 8 × 8"): "an 8 by 8 board divided into 64
    squares" as «поле 8х8 клеток» says the 64 in its sides."""
    kept = {v for t in target for v in t.values}
    for m in _BY.finditer(source):
        a, b = Decimal(m.group(1)), Decimal(m.group(2))
        if a * b in token.values and not m.start() <= token.start < m.end() and a in kept and b in kept:
            return f"{token.text} = {a} × {b} (the sides kept)"
    return None


_UNIT_WORD = re.compile(r"[ \u00a0‑-]*([^\W\d_]+)")


def _said_again(token: NumberToken, source: str, units: Counter[tuple[frozenset[Reading], str | None]],
                given: AbstractSet[int], in_target: AbstractSet[Reading]) -> bool:
    """A count the source gives again with the same word after it, which the translation has
    at least once: the same quantity of the same thing restated ("print a 12-page booklet …
    to make it 12-pages", «буклет на 12 страниц … Для этого»), which a translator may say
    once. Counts of different things ("2 packages … version 2") are each needed. `units`: the
    source's tokens counted by readings and word after (`_unit_key`), `given` their ids;
    `in_target`: every reading of the translation's tokens."""
    if len(token.readings) != 1 or not token.readings <= in_target:
        return False
    key = _unit_key(source, token)
    return key[1] is not None and units[key] - (id(token) in given) > 0


def _unit_key(text: str, token: NumberToken) -> tuple[frozenset[Reading], str | None]:
    return token.readings, _unit_word(text, token)


def _unit_word(text: str, token: NumberToken) -> str | None:
    """The word right after a number, in the singular ("pages" -> "page")."""
    m = _UNIT_WORD.match(text, token.end)
    if m is None:
        return None
    word = m.group(1).casefold()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


_VAGUE_AMOUNT = {"ru": re.compile(
    r"(?<![^\W\d_])(?:несколь|немног|много|немал|десятк|сотн|сотен)[а-яё]*[ \u00a0]+([а-яё]+)", re.IGNORECASE)}
"""Russian indefinite numerals («несколько», «немного», «много», «немало» in any case) and the
word after them: a closed class of words that stand for a count without
saying it, where a noun follows («несколько минут»; «немного размытая» is "slightly"). The
plural of a round number, «десятки», «сотен», is one too where no number counts it («в десятки
раз ближе» for "ten times closer" says "tens of times"; «пять десятков» says 50)."""
_INDEFINITE_NUMERAL = re.compile(
    r"(?:несколько|нескольк(?:их|им|ими)|(?:не)?много|(?:не)?мног(?:ие|их|им|ими)|немало|немал(?:ые|ых|ым|ыми)"
    r"|десятки|десятк(?:ов|ам|ами|ах)|сотен|сотн(?:ям|ями|ях))",
    re.IGNORECASE)
"""The forms of the indefinite numerals themselves, which `_VAGUE_AMOUNT`'s stems also begin
compounds with: «многострочной заметки» ("multiline note") says no vague count, and neither
does the pronoun «многое» ("much"), which counts no noun after it."""


def _indefinite_numeral(match: str) -> bool:
    """Whether the first word of a `_VAGUE_AMOUNT` match is an indefinite numeral, not a
    compound that begins like one («многострочный», «многоуровневый», «немалозначимый»). The
    singular «десятка», «сотни» is a number's own word («около сотни» is about a hundred), and
    «сотни» a plural too: only the plural's other forms are read as vague."""
    return _INDEFINITE_NUMERAL.fullmatch(match.split(None, 1)[0]) is not None


_ORDINAL_WORD = {"en": re.compile(r"(?:th|first|second|third)$", re.IGNORECASE)}
"""English ordinals, which name a place, not a count a translation could make vague."""
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|its|their|his|her|our|your|my|all|of)[ \u00a0]+$",
                                re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[ \u00a0]+[a-z]")
_VAGUE_BEFORE = re.compile(r"(?<![^\W\d_])(?:several|a[ \u00a0]+few|few|many|some|нескольк[а-яё]*|мног[а-яё]*)"
                           r"[ \u00a0]+$", re.IGNORECASE)
"""A vague count before a number word: "several hundred millions" is itself vague («несколькими
сотнями миллионов»), no hundred a translation must keep, and so is «несколько миллионов»."""


def _vague_counts(source: str, target: str, source_reader: NumberReader, target_reader: NumberReader,
                  src: Sequence[NumberToken], tgt: Sequence[NumberToken]) -> list[NumberToken]:
    """Number words of the source that a translation turned into an indefinite numeral: "go off
    nine minutes later" as «через несколько минут» has lost the nine. A number word only
    stands in for digits elsewhere; here it is the count itself, so it is required where the
    target says «несколько» and has no number of its value. Not a count the source refers
    back to ("the two layers", "these three functions"), which Russian may leave out, nor one a
    vague word counts ("several hundred", `_VAGUE_BEFORE`), nor a word of how many times or fold
    ("double life", "twice", `special_words`), which says no count a vague word could stand for:
    only the cardinal words (`number_words`)."""
    pattern = _VAGUE_AMOUNT.get(target_reader.lang)
    ordinal = _ORDINAL_WORD.get(source_reader.lang)
    if pattern is None or ordinal is None:
        return []
    if not any(_noun(m.group(1)) and _indefinite_numeral(m.group()) and not _counted(target, m.start(), target_reader)
               for m in pattern.finditer(target)) or not _count_words(
            source_reader.lang).search(source):
        return []
    source_words = source_reader.words(source)
    cardinals = number_words(source_reader.lang)
    words = [w for w in source_words
             if w.kind == "word" and not ordinal.search(w.text) and w.text.casefold().replace("ё", "е") in cardinals
             and all(role == NUMBER and v >= 2 and v == v.to_integral_value() for role, v in w.readings)]
    if not words:
        return []
    target_tokens = [*tgt, *target_reader.words(target)]
    source_values = {v for t in [*src, *source_words] for v in t.values}
    if any(role == NUMBER and v not in source_values for t in target_tokens for role, v in t.readings):
        return []  # the count is there, as another number: the pairing reports that, if it is one
    present = {v for t in target_tokens for v in t.values}
    return [NumberToken(w.text, w.start, w.end, w.readings, True, "word") for w in words
            if not w.values & present and _NOUN_AFTER.match(source, w.end)
            and not _DETERMINER_BEFORE.search(source, max(0, w.start - 12), w.start)
            and not _VAGUE_BEFORE.search(source, max(0, w.start - 12), w.start)]


_DROPPED_LEAST = 3
"""The least count a word must say to be required where the target says its value nowhere: "one"
is as often a pronoun or an article, and "two" is «оба», «пара» or a plural as often as a count."""
_DROPPED_MOST = 100
"""Counts from a hundred are left: a scale word follows digits or another scale ("200 thousand
million"), a vague one ("a couple thousand"), or Russian says it with a noun the reader does not
count («четыре сотни»)."""
_COMPOUND_PARTS = re.compile(r"[-‑ \u00a0]+(?:and[ \u00a0]+)?")
"""What joins the words of a count written in several ("twenty-eight", "one hundred and five")."""
_COUNTED_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]")
"""A word after a count, which it counts: "six Israelis" as well as "four powerful godfathers"."""
_AFTER_SENTENCE = re.compile(r"(?:^|[.!?:;…\"“”«»(\[–—-]\s*|\n)$")
"""What stands before a capital that opens a sentence or a quotation: a count word written with a
capital elsewhere is part of a name ("the Big Four", "Group of Seven")."""


@cache
def _droppable_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Any cardinal word of `lang` that `_counts_dropped` may require (three to ninety-nine), as one
    search in C before the source's words are read: most sentences say no such count. Two patterns:
    one for a text in small letters, one ignoring case for any other (`_first_droppable`)."""
    ordinal = _ORDINAL_WORD.get(lang)
    cardinals = number_words(lang)
    forms = [form for form, readings in cardinals.items()
             if (ordinal is None or not ordinal.search(form))
             and all(role == NUMBER and _DROPPED_LEAST <= v < _DROPPED_MOST for role, v in readings)]
    pattern = rf"\b(?:{_alternation(sorted(forms))})\b"  # \b, not a lookbehind: faster
    return re.compile(pattern), re.compile(pattern, re.IGNORECASE)


def _first_droppable(text: str, lang: str) -> int | None:
    """Where the first word `_droppable_words` names starts in `text`, or None. An ASCII text is
    searched in small letters with a pattern that minds case: a third faster than ignoring case
    (which in ASCII changes no length and no match), on every source the number check reads."""
    small, any_case = _droppable_words(lang)
    found = small.search(text.lower()) if text.isascii() else any_case.search(text)
    return None if found is None else found.start()


def _counts_dropped(source: str, target: str, source_reader: NumberReader, target_reader: NumberReader,
                    src: Sequence[NumberToken], tgt: Sequence[NumberToken], first: int) -> list[NumberToken]:
    """The source's count words that the translation drops outright: "led by four powerful
    godfathers" as «возглавляемая могущественными крёстными отцами», "six Israelis have been
    killed" as «убиты … израильтяне». A count a noun follows whose value the target holds in no
    form (digits, words, a compound, a collective, another reading of a number) is a number lost,
    as a number dropped with its clause is (house rule D3). Not "one" or "two" (`_DROPPED_LEAST`),
    nor a count the source refers back to ("the three", "these four", "all five"), which Russian
    may leave out, nor a vague one ("several hundred"), a word of how many times ("twice"), a part
    of a name ("the Big Four") or a word the target copies; and nothing where the target has a
    number the source lacks, which the pairing reports as a value changed (`first`: where the
    source's first count word starts, found in C)."""
    ordinal = _ORDINAL_WORD.get(source_reader.lang)
    if ordinal is None:
        return []
    cardinals = number_words(source_reader.lang)
    said = _outside(source_reader.words(source), src)  # not the "billion" of "3 billion"
    held = _held_by_another(said)  # nor the "eight" of "twenty-eight"
    words = [w for w in said
             if id(w) not in held and w.start >= first and w.kind == "word" and not ordinal.search(w.text)
             and all(part.casefold().replace("ё", "е") in cardinals for part in _COMPOUND_PARTS.split(w.text))
             and all(role == NUMBER and _DROPPED_LEAST <= v < _DROPPED_MOST and v == v.to_integral_value()
                     for role, v in w.readings)]
    words = [w for w in words if _COUNTED_AFTER.match(source, w.end)
             and not _DETERMINER_BEFORE.search(source, max(0, w.start - 12), w.start)
             and not _VAGUE_BEFORE.search(source, max(0, w.start - 12), w.start)
             and not (w.text[0].isupper() and not _AFTER_SENTENCE.search(source, max(0, w.start - 3), w.start))
             and not _copied_word(w.text, target) and not _listed_after(source, w)]
    if not words:
        return []
    target_tokens = [*tgt, *target_reader.words(target)]
    source_values = {v for t in [*src, *source_reader.words(source)] for v in t.values}
    if any(role == NUMBER and v not in source_values for t in target_tokens for role, v in t.readings):
        return []  # the count is there, as another number: the pairing reports that, if it is one
    present = {v for t in target_tokens for v in t.values}
    return [NumberToken(w.text, w.start, w.end, w.readings, True, "word") for w in words if not w.values & present]


_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_LIST_ITEM = r"[^\s,;:.!?][^,;:.!?]{0,40}"
_MOST_LISTED = 10
_LIST_REACH = 400
"""How far past a count its list is looked for: a sentence's worth, so that a text of thousands of
counts with no stop is not searched to its end from each (hostile bench)."""


def _listed_after(text: str, word: NumberToken) -> bool:
    """Whether the sentence goes on to name as many things as the count `word` says ("three
    translation memories called level1, level2 and omegat", "four colours: red, green, blue and
    black"), or leads in to a list that follows it ("you make three assurances:", «следующие
    заверения:»): a translation that keeps the list keeps the count, and may leave the word out."""
    count = int(min(word.values))
    reach = min(len(text), word.end + _LIST_REACH)
    end = _SENTENCE_END.search(text, word.end, reach)
    tail = text[word.end:end.start() if end else reach]
    if tail.rstrip().endswith(":"):
        return True
    if count > _MOST_LISTED:
        return False
    return re.search(rf"(?:{_LIST_ITEM},[ \u00a0]+){{{count - 2}}}{_LIST_ITEM},?[ \u00a0]+(?:and|or)[ \u00a0]+"
                     rf"{_LIST_ITEM}", tail) is not None


_LAST_WORD = re.compile(r"(\S+)[ \u00a0]+$")


def _counted(text: str, start: int, reader: NumberReader) -> bool:
    """Whether the word before `start` is a number that counts the numeral there: «пять десятков»
    is 50, «три сотни» 300, no vague amount."""
    before = _LAST_WORD.search(text, max(0, start - 40), start)
    return before is not None and (_DIGIT.search(before.group(1)) is not None
                                   or before.group(1).casefold() in number_words(reader.lang))


@cache
def _count_words(lang: str) -> re.Pattern[str]:
    """Any word of `lang` that counts two or more ("nine", "twenty-four", "twice"), for a scan in
    C before the source's number words are read one by one."""
    ordinal = _ORDINAL_WORD.get(lang)
    forms = [form for form, readings in _word_readings(lang).items()
             if (ordinal is None or not ordinal.search(form))
             and all(role == NUMBER and v >= 2 and v == v.to_integral_value() for role, v in readings)]
    return re.compile(rf"(?<![^\W\d_])(?:{_alternation(sorted(forms))})(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=2**12)
def _noun(word: str) -> bool:
    from workbench.core.morphology import analyzer

    return analyzer().parse(word.casefold())[0].tag.POS == "NOUN"


_BRACKETED = re.compile(r"\(([^()]{2,})\)")


def _beside_original(
    left: list[NumberToken], tokens: Sequence[NumberToken], source: str, target: str
) -> list[NumberToken]:
    """`left` without the numbers a translation gives twice because it quotes the source's
    title in brackets after its rendering of it: «… интерфейсу приложений System V (System V
    Application Binary Interface …)», or the source's option with its value after saying the
    value: «При указании значения 0 (-p 0)» for "If -p 0 is specified". Each number inside such a copy covers one number left
    over with a reading of its own, wherever the pairing put either of them. A copy of words
    in small letters is no title: a clause left in English ("(but not g++-2.95 or g++-3.0)")
    repeats its numbers, and that is a finding."""
    copies = [m.span(1) for m in _BRACKETED.finditer(target)
              if _copied_title(m.group(1).strip(), source) or _copied_option(m.group(1).strip(), source)]
    if not copies:
        return left
    restating = [t for t in tokens if any(s <= t.start and t.end <= e for s, e in copies)]
    kept: list[NumberToken] = []
    for token in left:
        twin = next((t for t in restating if t.readings & token.readings), None)
        if twin is None:
            kept.append(token)
        else:
            restating.remove(twin)
    return kept


def _copied_title(text: str, source: str) -> bool:
    """Whether `text` is a piece of the source whose words (of four letters or more, so not
    "of", "and") are all capitalised: a title or a name."""
    words = [w for w in _LATIN_WORDS.findall(text) if len(w) > 3]
    return bool(words) and all(w[:1].isupper() for w in words) and text in source


_LATIN_WORDS = re.compile("[A-Za-z]+")
_OPTION = re.compile(r"--?[A-Za-z][\w-]*(?:[ =]\S+)?")


def _copied_option(text: str, source: str) -> bool:
    """Whether `text` is one command-line option of the source, with its value, copied as the
    source writes it ("-p 0", "--jobs=4")."""
    return _OPTION.fullmatch(text) is not None and re.search(rf"(?<!\S){re.escape(text)}(?!\S)", source) is not None


def _unpaired_words(
    source: list[NumberToken], target: list[NumberToken], source_lang: str, target_lang: str
) -> tuple[list[NumberToken], list[NumberToken]]:
    """The number words of each side that no number word of the other side translates.

    A word rendered by a word stands for itself, not for a digit left over: "the very
    first process … Process #1 alone" against «первый процесс … Процесс #очень» has lost
    the 1, though «первый» could stand in for it. An ordinal word translates no cardinal
    word, nor the reverse (`word_kinds`): "count to 3 … the general name is third" as «считаем
    до трёх … является терцией» says the 3 in «трёх», and "third" in a word with no number.
    """
    pairs = _match(_by_kind(source, source_lang), _by_kind(target, target_lang))
    paired = set(pairs.values())
    return ([t for i, t in enumerate(source) if i not in pairs],
            [t for j, t in enumerate(target) if j not in paired])


def _by_kind(words: Sequence[NumberToken], lang: str) -> list[NumberToken]:
    """`words` with each reading's role marked cardinal or ordinal as `word_kinds` knows the word
    (both where it does not, or the word is both; a digit's own kind for a digit's noun,
    `_russian_digit_nouns`), for `_match` to pair like with like only."""
    kinds = word_kinds(lang)
    marked = []
    for word in words:
        folded = word.text.casefold().replace("ё", "е")
        kind = kinds.get(folded) or ("digit" if lang == "ru" and folded in _russian_digit_nouns() else None)
        tags = (kind,) if kind is not None else ("cardinal", "ordinal")
        marked.append(replace(word, readings=frozenset((f"{role}/{tag}", value) for role, value in word.readings
                                                       for tag in tags)))
    return marked


@cache
def word_kinds(lang: str) -> dict[str, str]:
    """The forms of `number_words` that are only a cardinal's ("three", «трёх») or only an
    ordinal's ("third", «третьего»), each with its kind."""
    from num2words import num2words

    forms: dict[str, set[str]] = {}
    try:
        for n in _WORD_VALUES:
            for kind in ("cardinal", "ordinal"):
                word = num2words(n, lang=lang, to=kind).casefold().replace("ё", "е").split()[-1]
                for form in _inflections(word, lang):
                    forms.setdefault(form, set()).add(kind)
    except NotImplementedError:
        return {}
    return {form: next(iter(kinds)) for form, kinds in forms.items() if len(kinds) == 1}


def _outside(words: list[NumberToken], tokens: Sequence[NumberToken]) -> list[NumberToken]:
    """The number words no digit token holds: the "million" of "1 million" is read with the 1,
    and is not a word that a «миллион» on the other side could translate on its own."""
    if not words or not tokens:
        return words
    ordered = sorted(tokens, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    reach = list(itertools.accumulate((t.end for t in ordered), max))
    # a word overlaps a token iff some token starting before the word ends reaches past its start:
    # each word a bisection, where one pass over every token was quadratic ("two (2)" × 4,000
    # against «три»: 0.9 s; hardening, round 28)
    return [w for w in words if not ((k := bisect_left(starts, w.end)) and reach[k - 1] > w.start)]


def _wordable(tokens: Sequence[NumberToken]) -> bool:
    return any(role in (NUMBER, DECADE_SHORT, TIME) for t in tokens for role, _ in t.readings)


def compare_texts(source: str, target: str, source_lang: str, target_lang: str) -> NumberComparison:
    """`compare` for one pair, building the readers (cached per language pair)."""
    return compare(source, target, *readers(source_lang, target_lang))


@cache
def readers(source_lang: str, target_lang: str) -> tuple[NumberReader, NumberReader]:
    """The readers for a language pair: the target's also reads the source's conventions."""
    return NumberReader(source_lang), NumberReader(target_lang, partner=source_lang)


def number_keys(text: str, reader: NumberReader) -> Counter[str]:
    """The required readings of `text` as a multiset of keys ("number:1923", "month:3").

    For alignment anchors and memory scoring: a token with several readings
    gives its first in a stable order, so equal texts give equal keys.
    """
    keys: Counter[str] = Counter()
    for token in reader.read(text):
        if token.required:
            keys[number_key(token)] += 1
    return keys


def number_key(token: NumberToken) -> str:
    """The key of one token for `number_keys`: its first reading ("number:1923", "month:3"); of a
    count, its first as written ("50 cents" is 50 here, though it may be rendered as $0.50)."""
    readings = token.readings
    if token.kind == "number" and token.assumptions:
        readings = readings - {reading for reading, _ in token.assumptions} or readings
    role, value = min(readings)
    return f"{role}:{value.normalize():f}"


def _counts(tokens: Sequence[NumberToken]) -> Counter[Reading]:
    return Counter(min(t.readings) for t in tokens if len(t.readings) == 1)


def _assumed(
    left: Sequence[NumberToken], right: Sequence[NumberToken], pairs: dict[int, int]
) -> list[str]:
    """The conversions that made pairs: readings shared only through an assumption."""
    notes: list[str] = []
    for i, j in pairs.items():
        a, b = left[i], right[j]
        if not (a.assumptions or b.assumptions):
            continue
        shared = a.readings & b.readings
        plain_a = a.readings - {r for r, _ in a.assumptions}
        plain_b = b.readings - {r for r, _ in b.assumptions}
        if shared & plain_a & plain_b:
            continue
        # One reading explains the pair: the one written on the right (the translation's side,
        # where the left is the source), else on the left ("9:00 EST" against «17:00 мск» is
        # Moscow time, not also the GMT both could be restated in).
        reading = min(shared, key=lambda r: (r not in plain_b, r not in plain_a, r))
        notes.extend(note for r, note in (*a.assumptions, *b.assumptions) if r == reading)
    return notes


def _converted(
    source: list[NumberToken], target: list[NumberToken], words: Sequence[NumberToken] = ()
) -> tuple[list[NumberToken], list[NumberToken], list[str]]:
    """Pair source amounts in imperial units with target amounts near their metric value, among
    the target's numbers left (`target`) or its number words no digit took (`words`: "the
    6-foot-6 forward" is «двухметровый форвард»). A height in feet and inches ("6-foot-6", "5 ft
    10 in") is one amount, converted whole."""
    if not source or not (target or words) or not any(t.unit for t in source):
        return source, target, []
    notes: list[str] = []
    candidates = _Candidates([*target, *words])
    left_source: list[NumberToken] = []
    tokens = iter(enumerate(source))
    for i, token in tokens:
        unit = _UNITS.get(token.unit or "")
        inches = source[i + 1] if i + 1 < len(source) and _inches_of(token, source[i + 1]) else None
        partner = None
        if unit is not None:
            for value in (v for role, v in token.readings if role == NUMBER):
                if inches is not None:
                    value += min(v for role, v in inches.readings if role == NUMBER) / 12
                for name, metric, slack in _metric_values(value, unit):
                    partner = candidates.take(metric - slack, metric + slack)
                    if partner is not None:
                        written = f"{token.text} {token.unit} {inches.text} inches" if inches else \
                            f"{token.text} {token.unit}"
                        notes.append(f"{written} ≈ {partner.text} ({name}, converted)")
                        break
                if partner is not None:
                    break
        if partner is None:
            left_source.append(token)
            continue
        if inches is not None:
            next(tokens)  # converted with its feet
    return left_source, candidates.left(len(target)), notes


_FALL = re.compile(
    r"(?<![^\W\d_])(?:f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|down"
    r"|lower(?:ed)?|loss(?:es)?|lost|los(?:e|es|ing)|sh(?:rank|runk|rink(?:s|ing)?)|contract(?:ed|ion|s)?|cut(?:s|ting)?"
    r"|deficit|reduc(?:e|ed|es|ing|tion)|slump(?:s|ed)?|plung(?:e|ed|es)|sl(?:id|ide|ides|iding)|tumbl(?:e|ed|es)"
    r"|сниж[а-яё]*|сниз[а-яё]*|сокращ[а-яё]*|сократ[а-яё]*|паден[а-яё]*|пада[а-яё]*|упа[лв][а-яё]*|уменьш[а-яё]*"
    r"|спад[а-яё]*|убыт[а-яё]*|убыл[а-яё]*|дефицит[а-яё]*|опуст[а-яё]*|потер[а-яё]*|подешев[а-яё]*|просел[а-яё]*"
    r"|просел|обвал[а-яё]*|рухну[а-яё]*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words that say a fall, in either language: the sign a change by a negative amount carries
("a drop of -3.5%" is «снижение на 3,5%»)."""
_CHANGE_BY = re.compile(r"(?:(?<![^\W\d_])(?:by|of|на)[ \u00a0]+|(?<![^\W\d_])(?:f[ae]ll|drop(?:ped)?|declined|decreased"
                        r"|shrank|lost|slid|plunged|tumbled|slumped)[ \u00a0]+)$", re.IGNORECASE)
"""What stands before the amount of a change, not a level reached ("fell to -40" is no change by 40)."""
_FALL_REACH = 40


def _fall_for_minus(left_src: list[NumberToken], left_tgt: list[NumberToken], source: str,
                    target: str) -> tuple[list[NumberToken], list[NumberToken], list[str]]:
    """The leftovers without each negative amount the other side gives as a fall by the same
    amount: "a drop of -3.5%" as «снижение на 3,5%», "fell 2%" as «изменение составило -2%» the other
    way round. The unsigned amount must be a change (after "by", «на», or the verb itself, with a
    word of falling before it in its clause), so "fell to -40" as «упала до 40» is still found."""
    if not left_src or not left_tgt or not any(t.kind == "negative" for t in (*left_src, *left_tgt)):
        return left_src, left_tgt, []
    notes: list[str] = []
    src, tgt = list(left_src), list(left_tgt)
    for signed, plain, plain_text in ((src, tgt, target), (tgt, src, source)):
        # each unsigned amount read once, by value: a partner looked for among all of them for
        # each negative one would be quadratic on a table of thousands
        falls: dict[Decimal, list[NumberToken]] = {}
        for t in plain:
            if t.kind != "negative" and _is_fall_by(t, plain_text):
                for role, v in t.readings:
                    if role == NUMBER:
                        falls.setdefault(v, []).append(t)
        taken: set[int] = set()
        gone: set[int] = set()
        for token in (t for t in signed if t.kind == "negative") if falls else ():
            partner = next((p for role, v in token.readings if role == NUMBER
                            for p in falls.get(-v, ()) if id(p) not in taken), None)
            if partner is not None:
                taken.add(id(partner))
                gone.add(id(token))
                notes.append(f"{token.text} = a fall by {partner.text}")
        signed[:] = [t for t in signed if id(t) not in gone]
        plain[:] = [t for t in plain if id(t) not in taken]
    return src, tgt, notes


def _is_fall_by(token: NumberToken, text: str) -> bool:
    """Whether `token` is the amount of a change by a fall: "by", «на» or the verb before it, a
    word of falling within its clause before it."""
    before = text[max(0, token.start - _FALL_REACH):token.start]
    return _CHANGE_BY.search(before) is not None and _FALL.search(before.rsplit(".", 1)[-1]) is not None


def _converted_from_words(words: Sequence[NumberToken], used: AbstractSet[int],
                          target: list[NumberToken]) -> tuple[list[NumberToken], list[str]]:
    """`target` less the numbers an amount the source says in words converts to ("ten miles" as
    «16 километров»), among the `words` no other number took (`used`: their indexes), and the
    conversions said."""
    if not target or not any(w.unit for w in words):
        return target, []
    _, left, notes = _converted([w for k, w in enumerate(words) if w.unit and k not in used], target)
    return left, notes


class _Candidates:
    """The tokens a converted amount may pair with, found by the value of their numbers.

    Each amount in feet or miles was weighed against every token left on the other side, in
    `Decimal`s, and the one it took looked for again to be removed (2,000 amounts "5 miles"
    against «100 км»: 4.4 s of one segment's check, quadratic; hardening, round 27). The values
    are kept sorted here, so an amount asks for its range."""

    def __init__(self, tokens: Sequence[NumberToken]) -> None:
        self.tokens = tokens
        entries = sorted((value, k) for k, t in enumerate(tokens) for role, value in t.readings if role == NUMBER)
        self.values = [value for value, _ in entries]
        self.places = [k for _, k in entries]
        self.taken: set[int] = set()

    def take(self, low: Decimal, high: Decimal) -> NumberToken | None:
        """The first token (in the order given) with a number between `low` and `high`, taken
        from those left; None if there is none."""
        start, stop = bisect_left(self.values, low), bisect_right(self.values, high)
        if start >= stop:
            return None
        place = min(self.places[start:stop])
        self.taken.add(place)
        for role, value in self.tokens[place].readings:
            if role == NUMBER:
                at = self.places.index(place, bisect_left(self.values, value), bisect_right(self.values, value))
                del self.values[at], self.places[at]
        return self.tokens[place]

    def left(self, count: int) -> list[NumberToken]:
        """The first `count` tokens given, less those taken."""
        return [t for k, t in enumerate(self.tokens[:count]) if k not in self.taken]


_MOST_AUGMENTED = 256
"""Tokens left after the twins beyond which `_match` pairs whole classes (`_match_classes`)."""


def _match_classes(
    left: Sequence[NumberToken], right: Sequence[NumberToken], rest: list[int], free: list[int]
) -> dict[int, int]:
    """A maximum matching of the tokens `rest` of `left` and `free` of `right` by their reading
    sets: tokens of one set are interchangeable, so the sets are matched as a flow (each set's
    count its capacity) through the readings they share, and each pair of sets takes its tokens
    in text order.

    Kuhn's paths cost the number of tokens times the pairs they may make: 4,000 decades "1920s"
    against as many «1920-х» (each of two readings, so none a twin) is 16 million pairs and
    minutes for one segment (hardening, round 26). A flow between the sets themselves cost their
    count squared for each path, so past 64 sets a side Kuhn's paths were taken again: 1,000
    decades "1920s" beside 70 other decades took 6 s, 2,000 about 50 (round 27). The flow runs
    through the readings now (`_max_flow`): a set joins the few readings it holds, not every set
    across that shares one, so the network grows with the tokens, not with their square."""
    lefts: dict[frozenset[Reading], list[int]] = {}
    for i in rest:
        lefts.setdefault(left[i].readings, []).append(i)
    rights: dict[frozenset[Reading], list[int]] = {}
    for j in free:
        rights.setdefault(right[j].readings, []).append(j)
    sets_left, sets_right = list(lefts), list(rights)
    readings = list(dict.fromkeys(r for readings in sets_left for r in readings))
    at = {reading: 1 + len(sets_left) + k for k, reading in enumerate(readings)}
    first_right = 1 + len(sets_left) + len(readings)
    sink = first_right + len(sets_right)
    edges: list[tuple[int, int, int]] = []
    for a, readings_a in enumerate(sets_left):
        edges.append((0, 1 + a, len(lefts[readings_a])))
        edges.extend((1 + a, at[r], len(lefts[readings_a])) for r in readings_a)
    for b, readings_b in enumerate(sets_right):
        edges.extend((at[r], first_right + b, len(rights[readings_b])) for r in readings_b if r in at)
        edges.append((first_right + b, sink, len(rights[readings_b])))
    flows = _max_flow(sink + 1, edges, 0, sink)
    # Each reading passes on what it takes in: pair its left sets with its right sets in order.
    taken: dict[int, list[list[int]]] = {}  # reading's node -> [[left set, amount]...]
    given: dict[int, list[list[int]]] = {}
    for (tail, head, _), amount in zip(edges, flows, strict=True):
        if amount and 0 < tail <= len(sets_left):
            taken.setdefault(head, []).append([tail - 1, amount])
        elif amount and head != sink and tail != 0:
            given.setdefault(tail, []).append([head - first_right, amount])
    pairs: dict[int, int] = {}
    tokens = [deque(lefts[readings_a]) for readings_a in sets_left]
    waiting = [deque(rights[readings_b]) for readings_b in sets_right]
    for node, into in taken.items():
        out = given[node]
        while into:
            amount = min(into[0][1], out[0][1])
            for _ in range(amount):
                pairs[tokens[into[0][0]].popleft()] = waiting[out[0][0]].popleft()
            for ends in (into, out):
                ends[0][1] -= amount
                if not ends[0][1]:
                    ends.pop(0)
    return pairs


def _max_flow(nodes: int, edges: Sequence[tuple[int, int, int]], source: int, sink: int) -> list[int]:
    """The flow along each of `edges` (tail, head, capacity) of a maximum flow from `source` to
    `sink` (Dinic's: each round finds the shortest paths left by a breadth-first search, then
    sends along them until none is left), in the edges' order."""
    heads: list[int] = []
    room: list[int] = []
    out: list[list[int]] = [[] for _ in range(nodes)]
    for tail, head, capacity in edges:  # edge 2k forwards, 2k + 1 its residual back
        out[tail].append(len(heads))
        heads.append(head)
        room.append(capacity)
        out[head].append(len(heads))
        heads.append(tail)
        room.append(0)
    while True:
        level = [-1] * nodes
        level[source] = 0
        queue = deque([source])
        while queue:
            node = queue.popleft()
            for e in out[node]:
                if room[e] and level[heads[e]] < 0:
                    level[heads[e]] = level[node] + 1
                    queue.append(heads[e])
        if level[sink] < 0:
            break
        next_edge = [0] * nodes
        while True:  # a path at a time along rising levels; an edge that leads nowhere is not tried again
            path: list[int] = []
            node = source
            while node != sink:
                edges_out = out[node]
                while next_edge[node] < len(edges_out):
                    e = edges_out[next_edge[node]]
                    if room[e] and level[heads[e]] == level[node] + 1:
                        break
                    next_edge[node] += 1
                else:
                    if node == source:
                        break
                    level[node] = -1  # a dead end this round
                    node = heads[path.pop() ^ 1]
                    next_edge[node] += 1
                    continue
                path.append(e)
                node = heads[e]
            if node != sink:
                break
            amount = min(room[e] for e in path)
            for e in path:
                room[e] -= amount
                room[e ^ 1] += amount
    return [room[2 * k + 1] for k in range(len(edges))]


def _restated_in_units(left: list[NumberToken], tokens: Sequence[NumberToken],
                       text: str) -> tuple[list[NumberToken], list[str]]:
    """`left` without each amount the text restates in brackets in another unit, where the
    other writing is not left: "45 miles (72 kilometers)" or "300 km (190 miles)", of which a
    translation keeps the metric one («в 72 км»). One amount said twice is kept whole in
    either writing; the equivalence is said in the finding's explanation.

    Only a token's near neighbours may restate it: what stands between the two is one word at
    most and a bracket (`_BRACKET_GAP`), so no more than one other token. Every token was tried
    against every other, each time looked for in `left` (2,000 amounts "5 miles (12 km)" left
    unpaired: cubic, minutes for one segment; hardening, round 27)."""
    notes: list[str] = []
    kept: list[NumberToken] = []
    unpaired = set(left)
    order = {id(t): k for k, t in enumerate(tokens)}
    others = sorted((t for t in tokens if t not in unpaired), key=_START)
    starts = [t.start for t in others]
    for token in left:
        at = bisect_left(starts, token.start)
        near = sorted(others[max(0, at - _NEIGHBOURS):at + _NEIGHBOURS], key=lambda t: order[id(t)])
        other = next((t for t in near if _in_brackets_beside(token, t, text) and _same_amount(token, t)), None)
        if other is None:
            kept.append(token)
        else:
            first, second = sorted((token, other), key=_START)
            close = text.find(")", second.end, second.end + _UNIT_REACH)
            notes.append(f"{text[first.start:close + 1 if close >= 0 else second.end]} (one amount in two units)")
    return kept, notes


_NEIGHBOURS = 3
"""How many tokens each side of an amount `_restated_in_units` tries: the next but one may
restate it past a token of letters ("5 IV (8 km)"); three leaves room to spare."""


_UNIT_REACH = 16
"""How far after a restated amount its closing bracket stands at most ("72 kilometers)")."""
_BRACKET_GAP = re.compile(r"[ \u00a0-]*(?:[^\W\d_]+\.?[ \u00a0]*|\.[ \u00a0]*)?\([ \u00a0]*")
"""Between an amount and its restatement: a unit's word and the opening bracket ("miles (").
Each run of spaces has one place (two runs side by side split n spaces n ways: quadratic)."""


def _in_brackets_beside(one: NumberToken, two: NumberToken, text: str) -> bool:
    first, second = sorted((one, two), key=_START)
    return first.end < second.start and _BRACKET_GAP.fullmatch(text, first.end, second.start) is not None


def _same_amount(one: NumberToken, two: NumberToken) -> bool:
    """Whether one of two amounts is in an imperial unit and the other near its metric value."""
    imperial, metric = (one, two) if one.unit else (two, one)
    unit = _UNITS.get(imperial.unit or "")
    if unit is None or metric.unit:
        return False
    for value in (v for role, v in imperial.readings if role == NUMBER):
        for _, converted, slack in _metric_values(value, unit):
            if any(role == NUMBER and abs(v - converted) <= slack for role, v in metric.readings):
                return True
    return False


def _metric_values(value: Decimal, unit: tuple[str, tuple[Decimal, ...], Decimal]) -> Iterator[tuple[str, Decimal, Decimal]]:
    """An amount in an imperial unit (`_UNITS`) in each metric unit a translation may write it in
    (`_METRIC_MULTIPLES`): the name, the value and how far a translator's rounding may take it."""
    to, factors, offset = unit
    for factor in factors:
        for name, multiple in _METRIC_MULTIPLES.get(to, ((to, 1),)):
            metric = (value * factor + offset) * multiple
            yield name, metric, max(abs(metric) * _CONVERSION_TOLERANCE, Decimal("1.5") if to == "°C" else Decimal(0))


_FEET = frozenset({"feet", "foot", "ft"})
_INCHES_REACH = 8
"""How far after a number of feet its inches stand at most: "6-foot-6", "5 feet 10 inches"."""


def _inches_of(feet: NumberToken, inches: NumberToken) -> bool:
    """Whether `inches` gives the inches of a height or length in `feet` ("6 ft 2 in", "6-foot-6":
    the reader marks the bare number after "-foot-" as inches)."""
    return (feet.unit in _FEET and inches.unit in ("inches", "inch", "in") and 0 < inches.start - feet.end <= _INCHES_REACH
            and any(role == NUMBER and 0 <= v < 12 for role, v in inches.readings))


def _match(left: Sequence[NumberToken], right: Sequence[NumberToken]) -> dict[int, int]:
    """Maximum bipartite matching: left index -> right index.

    Greedy pairing is not enough: "1923–24" against "1923–1924" must pair the
    ambiguous "24" with 1924 even if it comes first. Tokens with one and the
    same single reading are paired first, in text order: some maximum matching
    always contains such a pair, so a segment holding a table of thousands of
    numbers costs linear time. The few tokens left (ambiguous ones, and those
    without a twin) go through Kuhn's augmenting paths over a reading index;
    more than `_MOST_AUGMENTED` are paired by their reading sets (`_match_classes`).
    """
    pairs: dict[int, int] = {}
    twins: dict[Reading, deque[int]] = {}
    for j, token in enumerate(right):
        if len(token.readings) == 1:
            twins.setdefault(next(iter(token.readings)), deque()).append(j)
    rest: list[int] = []
    for i, token in enumerate(left):
        free = twins.get(next(iter(token.readings))) if len(token.readings) == 1 else None
        if free:
            pairs[i] = free.popleft()
        else:
            rest.append(i)
    if not rest:
        return pairs
    taken = set(pairs.values())
    unpaired = [j for j in range(len(right)) if j not in taken]
    if len(rest) > _MOST_AUGMENTED:
        pairs.update(_match_classes(left, right, rest, unpaired))
    else:
        pairs.update(_augmenting_paths(left, right, rest, unpaired))
    return pairs


def _augmenting_paths(
    left: Sequence[NumberToken], right: Sequence[NumberToken], rest: list[int], unpaired: list[int]
) -> dict[int, int]:
    """Kuhn's augmenting paths from each of `rest` (of `left`) over `unpaired` (of `right`)."""
    by_reading: dict[Reading, list[int]] = {}
    for j in unpaired:
        for reading in right[j].readings:
            by_reading.setdefault(reading, []).append(j)
    edges = {i: sorted({j for r in left[i].readings for j in by_reading.get(r, ())}) for i in rest}
    owner: dict[int, int] = {}  # right index -> left index, among the tokens left
    for start in rest:
        seen: set[int] = set()
        stack = [(start, iter(edges[start]))]
        via: list[int] = []  # via[k]: the right token through which stack[k + 1] was reached
        while stack:
            i, candidates = stack[-1]
            found = next((j for j in candidates if j not in seen), None)
            if found is None:
                stack.pop()
                if via:
                    via.pop()
                continue
            seen.add(found)
            if found in owner:
                via.append(found)
                stack.append((owner[found], iter(edges[owner[found]])))
                continue
            owner[found] = i  # a free token ends the path: shift every pair along it
            for k, through in enumerate(via):
                owner[through] = stack[k][0]
            break
    return {i: j for j, i in owner.items()}


# -- explanations ------------------------------------------------------------------------


def describe(token: NumberToken) -> str:
    """A token's value in words an editor reads at a glance: "300 million", "March", "15:00";
    what it reads as only by an assumption (the same time in another zone) is left out."""
    readings = token.readings - {r for r, _ in token.assumptions} or token.readings
    return " or ".join(dict.fromkeys(_describe(r) for r in sorted(readings)))


def _describe(reading: Reading) -> str:
    role, value = reading
    if role == MONTH:
        return _english_month(int(value))
    if role == TIME:
        return f"{int(value) // 60:02d}:{int(value) % 60:02d}"
    if role == DECADE:
        return f"the {int(value)}s"
    if role == DECADE_SHORT:
        return f"the '{int(value):02d}s"
    if role == HOURS:
        return f"{int(value)} hours"
    if role == RELATIVE:
        return _relative_phrase(int(value))
    if role in _MEASURES or role in _CHANGED_UNITS:
        return f"{_plain(value)} {role}"
    sign = "−" if value < 0 else ""
    value = abs(value)
    if value.adjusted() >= 21:  # past what a scale word names ("1E100"): as scientific notation, and
        return f"{sign}{value.normalize():E}"  # `value % factor` past 28 digits raises in Decimal
    for factor, name in _SCALE_NAMES:
        if value >= factor and value % factor == 0 or (value >= factor * 10 and (value * 10) % factor == 0):
            return f"{sign}{_plain(value / factor)} {name}"
    return sign + _plain(value)


def _relative_phrase(days: int) -> str:
    """"last month", "next year", "the day before yesterday": a `RELATIVE` reading in words."""
    if abs(days) <= 2:
        return {-2: "the day before yesterday", -1: "yesterday", 1: "tomorrow", 2: "the day after tomorrow"}[days]
    unit = next(name for name, length in _RELATIVE_NAMES if days % length == 0)
    return f"{'last' if days < 0 else 'next'} {unit}"


_RELATIVE_NAMES = (("century", 36500), ("decade", 3650), ("year", 365), ("month", 30), ("week", 7))


@cache
def _english_month(number: int) -> str:
    """"March" for 3: babel parses its locale on every call, and a report names thousands."""
    return str(get_month_names("wide", "format", "en")[number])


def _plain(value: Decimal) -> str:
    if value.as_tuple().exponent < -6:  # type: ignore[operator]  # a third: "0.333", not 28 threes
        if abs(value) < Decimal("0.001"):  # "1E-12" (scientific notation), not "≈0"
            return f"{value.normalize():E}"
        return "≈" + _plain(round(value, 3))
    text = f"{value.normalize():f}"
    whole, _, frac = text.partition(".")
    grouped = f"{int(whole):,}" if abs(int(whole)) >= 10_000 else whole
    return f"{grouped}.{frac}" if frac else grouped


def _quote(token: NumberToken) -> str:
    """“300 тыс.” (300 thousand); the value is left out when it reads as written ("1923")."""
    value = describe(token)
    if value.replace(",", "").replace("−", "-") == token.text.replace(",", "").replace("−", "-"):
        return f"“{token.text}”"
    return f"“{token.text}” ({value})"


def explain(result: NumberComparison) -> str:
    """Name each difference: "300 thousand ≠ 300 million: the source has ...", in English."""
    return sentence(wording(result))


def sentence(said: Wording) -> str:
    """A comparison's `wording` in English, as a sentence: for a caller that keeps the wording
    too (a finding), so the differences are described once."""
    text = said.render()
    return text[:1].upper() + text[1:]


def wording(result: NumberComparison) -> Wording:
    """The finding's message as templates and values, so a face can say it in its language.

    Leftovers of the same role are put side by side in text order; a value
    present on both sides a different number of times is said to be repeated.
    """
    parts: list[Wording] = []
    extra = list(result.extra)
    for token in result.missing:
        roles = {role for role, _ in token.readings}
        partner = next((e for e in extra if roles & {role for role, _ in e.readings}), None)
        if partner is not None and not _repeated(token, result.target_counts, result.source_counts):
            extra.remove(partner)
            parts.append(
                phrase(
                    N_("{value} ≠ {other}: the source has “{source}”, the target “{target}”"),
                    value=describe(token),
                    other=describe(partner),
                    source=token.text,
                    target=partner.text,
                )
            )
        elif (times := _times(token, result.source_counts, result.target_counts)) is not None:
            parts.append(
                phrase(
                    N_("{number} is in the source {here} but in the target {there}"),
                    number=_quote(token),
                    here=_count_phrase(times[0]),
                    there=_count_phrase(times[1]),
                )
            )
        else:
            parts.append(phrase(N_("{number} in the source is not in the target"), number=_quote(token)))
    for token in extra:
        times = _times(token, result.target_counts, result.source_counts)
        if times is not None:
            parts.append(
                phrase(
                    N_("{number} is in the target {here} but in the source {there}"),
                    number=_quote(token),
                    here=_count_phrase(times[0]),
                    there=_count_phrase(times[1]),
                )
            )
        else:
            parts.append(phrase(N_("{number} in the target is not in the source"), number=_quote(token)))
    parts = list(dict.fromkeys(parts))  # two tokens of a value said too often are one difference
    if result.assumptions:
        return phrase(
            N_("{differences}. Read as equal: {assumptions}."),
            differences=tuple(parts),
            assumptions="; ".join(result.assumptions),
        )
    return phrase(N_("{differences}."), differences=tuple(parts))


def _repeated(token: NumberToken, other: Counter[Reading], own: Counter[Reading]) -> bool:
    return _times(token, own, other) is not None


def _times(token: NumberToken, own: Counter[Reading], other: Counter[Reading]) -> tuple[int, int] | None:
    """(2, 1) when the token's value is on both sides, a different number of times."""
    if len(token.readings) != 1:
        return None
    reading = next(iter(token.readings))
    if not other.get(reading):
        return None
    return own[reading], other[reading]


def _count_phrase(n: int) -> Wording:
    if n == 1:
        return phrase(N_("once"))
    if n == 2:
        return phrase(N_("twice"))
    return phrase_n("{count} time", "{count} times", n, count=n)
