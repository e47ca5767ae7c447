"""Word joining: is a string one word, two words, or a word broken in two?

Reflow asks it at every line end (is "squab|bling" one word broken by the line?)
and the suspect-word scan asks it of every long unknown word (is "thestate" two
words run together?). Both questions are answered the same way, with word
frequencies (wordfreq) comparing the joined reading with the two-word one, never
with a hand list; this module is that shared knowledge, so the two callers
cannot drift apart. `Lexicon.break_odds` is the model; `DocumentWords` lets the
document's own usage outweigh general frequencies; pymorphy3's dictionary
answers for Russian forms the frequency list lacks.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import pymorphy3
from wordfreq import available_languages

from workbench.core.word_frequency import WordTable, table

__all__ = [
    "CYRILLIC_LANGUAGES",
    "LETTERS",
    "STEM_LETTERS",
    "DocumentWords",
    "Lexicon",
    "glued_split",
    "begins_known_form",
    "is_particle",
    "is_known_form",
    "is_function_word",
    "is_known_hyphenated",
    "is_known_joined",
]

# A letter of any script: a word character that is neither a digit nor an underscore.
LETTERS = r"[^\W\d_]"
# Languages written in Cyrillic: a word's script decides which lexicon judges it.
CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk"})

# --- decision thresholds (zipf units: log10 of frequency per billion words) -------------------

_KNOWN_ZIPF = 1.0
"""wordfreq lists words down to about zipf 1; below that a string is not a word we know."""
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
STEM_LETTERS = 5
"""How many first letters the forms of an inflected word share, as `DocumentWords.stems` groups
them: a Russian name's forms («Лукашка», «Лукашки», «Лукашке») differ in their last letters."""
_FUNCTION_POS = frozenset({"PREP", "CONJ", "NPRO"})
"""pymorphy3's parts of speech of the words `is_function_word` means."""
_ENGLISH_ENDINGS = ("s", "es", "ed", "d", "ing", "ings", "er", "ers", "ly")
"""Inflections wordfreq may lack forms for ("formatters") though it knows the stem."""
_GUESSING_ANALYZERS = frozenset(
    {"UnknAnalyzer", "KnownSuffixAnalyzer", "HyphenatedWordsAnalyzer", "UnknownPrefixAnalyzer",
     "HyphenSeparatedParticleAnalyzer", "HyphenAdverbAnalyzer", "FakeDictionary"}
)


# --- word frequencies ---------------------------------------------------------------------


@lru_cache(maxsize=8)
def _table(lang: str) -> WordTable | None:
    """wordfreq's table for `lang` (word -> frequency, kept on disk: `word_frequency`), None for
    a language wordfreq has no list of its own for; a lookup is 30 times faster than
    `zipf_frequency`, which re-tokenises every word."""
    return table(lang) if lang in available_languages() else None


def _frequency(lang: str, word: str) -> float | None:
    """The frequency of `word` as wordfreq lists it for `lang`, None if it does not."""
    words = _table(lang)
    return None if words is None else words.frequency(word)


@cache
def _longest_word(lang: str) -> int:
    words = _table(lang)
    return 0 if words is None else max(map(len, words.in_order()), default=0)


def _zipf_of(frequency: float | None) -> float:
    return math.log10(frequency) + 9.0 if frequency else 0.0


@dataclass(frozen=True)
class Lexicon:
    """Word frequencies for one language; a language wordfreq lacks knows no words
    (then nothing is joined and only shape-based suspects are reported)."""

    lang: str

    @classmethod
    def for_tag(cls, tag: str) -> Lexicon:
        return cls((tag or "").split("-")[0].split("_")[0].lower())

    @classmethod
    def for_script(cls, word: str, fallback: Lexicon) -> Lexicon:
        """The lexicon to judge `word` by: Russian for Cyrillic words, else English,
        unless the document's own language has the word's script."""
        cyrillic = "\u0400" <= word[:1] <= "\u04ff"
        if cyrillic == (fallback.lang in CYRILLIC_LANGUAGES):
            return fallback
        return cls("ru" if cyrillic else "en")

    def zipf(self, word: str) -> float:
        """Zipf frequency (log10 per 10^9 words) of `word`, 0.0 if unknown."""
        return _zipf_of(_frequency(self.lang, word.casefold()))

    def is_word(self, word: str) -> bool:
        return self.zipf(word) >= _KNOWN_ZIPF

    def begins_word(self, prefix: str) -> bool:
        """Does some word the frequency list holds begin with `prefix` (as `zipf` reads it,
        casefolded)? A search of candidates stops where none can: it never rules out a word
        `zipf` knows."""
        words = _table(self.lang)
        return words is not None and words.begins_word(prefix.casefold())

    def longest_word(self) -> int:
        """The letters of the frequency list's longest word (Russian 27, English 34): a repair
        longer than that is no listed word, whatever its letters (hardening, round 25)."""
        return _longest_word(self.lang)

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


# --- the document's own words ------------------------------------------------------------


_UNDERSCORE_OPENS = re.compile(r"(?<!\w)_+(?=\w)")
_UNDERSCORE_CLOSES = re.compile(r"(?<=[\w.!?,;:)'\"\u2019\u201d])_+(?!\w)")


class DocumentWords:
    """Words and hyphenated compounds as the document itself spells them within lines:
    its own usage ("co-operation") outweighs general frequencies."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: Counter[str] | None = None
        self._compounds: frozenset[str] | None = None
        self._sorted: list[str] | None = None
        self._markup: bool | None = None

    @property
    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = Counter(re.findall(LETTERS + "+", self._text.casefold()))
        return self._counts

    def sharing_stem(self, word: str) -> list[str]:
        """The document's other words (casefolded) with the first `STEM_LETTERS` letters of
        `word` (casefolded, as long or longer): the forms of one word as it inflects
        («Марьянка», «Марьянкой»). The words are sorted once, on the first question, and a
        stem's words found by bisection: grouping every word of a long document by its stem
        cost more than all the questions most documents ask."""
        if len(word) < STEM_LETTERS:
            return []
        if self._sorted is None:
            self._sorted = sorted(self.counts)
        stem = word[:STEM_LETTERS]
        first = bisect.bisect_left(self._sorted, stem)
        last = bisect.bisect_left(self._sorted, stem + "\U0010ffff", first)
        return [other for other in self._sorted[first:last]
                if other != word and len(other) >= STEM_LETTERS]

    @property
    def underscore_markup(self) -> bool:
        """Does the document set words in underscores, plain text's italics ("_very_")? Then
        each underscore before a word has one closing it after a word, as OCR's specks before a
        word («_его») have not: at least half as many closing as opening ones."""
        if self._markup is None:
            opening = len(_UNDERSCORE_OPENS.findall(self._text))
            self._markup = bool(opening) and 2 * len(_UNDERSCORE_CLOSES.findall(self._text)) >= opening
        return self._markup

    @property
    def compounds(self) -> frozenset[str]:
        if self._compounds is None:
            found = re.findall(rf"{LETTERS}+[-\u2010\u2011]{LETTERS}+", self._text)
            self._compounds = frozenset(re.sub("[\u2010\u2011]", "-", c).casefold() for c in found)
        return self._compounds


# --- known words and forms ---------------------------------------------------------------


def is_known_form(word: str, lexicon: Lexicon) -> bool:
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


def begins_known_form(prefix: str, lexicon: Lexicon) -> bool:
    """Could `prefix` begin a word `is_known_form` knows? Russian walks pymorphy3's dictionary
    letter by letter, «е» also as «ё» as `is_known_form` reads it (a stem's few «е»/«ё» branches
    are followed at once); English's regular inflections only ever follow a known word, so a
    prefix no listed word begins with may still end one («stem» + «s»): True."""
    if lexicon.lang != "ru":
        return True
    words = _russian_morphology().dictionary.words
    heads = [""]
    for char in prefix.lower():
        options = (char, "ё") if char == "е" else (char,)
        heads = [head + option for head in heads for option in options
                 if words.has_keys_with_prefix(head + option)]
        if not heads:
            return False
    return True


def is_known_joined(word: str, lexicon: Lexicon) -> bool:
    """A word wordfreq lists, or (Russian) one pymorphy3 reads from its dictionary,
    with a known prefix at most («полуподвального»), not by guessing from its ending."""
    if lexicon.is_word(word) or is_known_form(word, lexicon):
        return True
    if lexicon.lang != "ru":
        return False
    parses = _russian_morphology().parse(word.lower())
    return bool(parses) and not any(
        type(method[0]).__name__ in _GUESSING_ANALYZERS for method in parses[0].methods_stack
    )


def is_known_hyphenated(before: str, after: str, lexicon: Lexicon) -> bool:
    """Is "before-after" itself a word? Russian asks pymorphy3's dictionary («по-русски»,
    «кто-то»); English has no list of hyphenated words, so it is never known."""
    if lexicon.lang != "ru":
        return False
    return bool(_russian_morphology().word_is_known(f"{before}-{after}".lower()))


def is_function_word(word: str, lexicon: Lexicon) -> bool:
    """Is `word` (Russian) a preposition, a conjunction or a pronoun in pymorphy3's dictionary,
    as it is most often read («в», «и», «он», «для»; «раз» is a noun first): a word a hyphen
    does not join to another, but where OCR read a speck for the space («в-чем», «говорил-он»)?
    Never in other languages."""
    if lexicon.lang != "ru":
        return False
    parses = _russian_morphology().parse(word.lower())
    return bool(parses) and parses[0].tag.POS in _FUNCTION_POS and parses[0].is_known


def is_particle(word: str, lexicon: Lexicon) -> bool:
    """Is `word` (Russian) possibly a particle («то», «ка», «де»), which a hyphen joins to the
    word before it («он-то», «подите-ка»)?"""
    if lexicon.lang != "ru":
        return False
    return any(parse.tag.POS == "PRCL" for parse in _russian_morphology().parse(word.lower()))


@lru_cache(maxsize=1)
def _russian_morphology() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def glued_split(word: str, lexicon: Lexicon) -> str | None:
    """ "thestate" -> "the state" when the two-word reading is far more frequent than
    the string itself and both words are common; None otherwise."""
    if not 5 <= len(word) <= _MAX_GLUED_LENGTH or not word.islower():
        return None
    return _glued_split_cached(word, lexicon.lang)


@lru_cache(maxsize=65536)
def _glued_split_cached(word: str, lang: str) -> str | None:
    # Every long lowercase word of a book comes here once; the rare unknown ones
    # try each cut, looking up the right part only when the left one is common.
    own = _zipf_of(_frequency(lang, word))
    if own >= _GLUED_MAX_OWN_ZIPF:
        return None
    needed = own + (_GLUED_MARGIN_LISTED if own >= _KNOWN_ZIPF else _GLUED_MARGIN) + 9.0
    best: tuple[float, str] | None = None
    for cut in range(1, len(word)):
        left_zipf = _zipf_of(_frequency(lang, word[:cut]))
        if left_zipf < _GLUED_PART_ZIPF:
            continue
        right_zipf = _zipf_of(_frequency(lang, word[cut:]))
        if right_zipf < _GLUED_PART_ZIPF:
            continue
        if min(cut, len(word) - cut) == 1 and min(left_zipf, right_zipf) < 6.0:
            continue  # only the commonest one-letter words ("a", "и", "в") glue on
        score = left_zipf + right_zipf
        if score >= max(_GLUED_SUM_ZIPF, needed) and (best is None or score > best[0]):
            best = (score, f"{word[:cut]} {word[cut:]}")
    return best[1] if best else None
