"""Lexical anchors: the tokens a translation carries over, used to pair sentences.

Sentence lengths alone cannot tell two neighbouring sentences of similar size
apart; words and signs that survive translation can. For each sentence this
module returns a bag of *anchor keys* that are spelled the same way on both
sides when the sentences are translations of each other:

- ``number:3500``, ``number:3.5``, ``decade:1920``, ``month:10`` — numbers
  and dates as `number_reader` reads them ("3,500" in English and "3 500" in
  Russian, "1920s" and "1920-е", "October" and "октября");
- ``tr:TSNTRL`` — a coarse phonetic key shared by Cyrillic and Latin
  spellings of names and cognates ("децентрализация" / "decentralization",
  "Ленин" / "Lenin");
- ``lat:debian`` — Latin-script words (names, commands, file names) that the
  Russian text keeps verbatim;
- ``p:?``, ``p:(``, ``p:quote``, ``p::``, ``p:!``, ``p:%`` — punctuation a
  translation usually keeps;
- ``c:<id>`` — termbase concepts, from a caller-supplied recogniser.

Keys are only compared for equality, so the aligner can index them. Which keys
are worth anything is decided per document by the aligner (a key that never
occurs on the other side is dropped).
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from workbench.core.number_reader import NumberReader

ConceptFinder = Callable[[str, str], frozenset[str]]
"""`concepts(text, lang)` -> the termbase concept ids recognised in `text`."""

_DIGIT = re.compile(r"\d")
_VERSION = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w])")
_IDENTIFIER = re.compile(r"(?<![\w.])[^\W\d]\w*\d\w*")
"""Digits inside a name ("ext4", "x86_64"): an identifier, kept whole by `lat:`, not a number."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_./+][A-Za-z0-9]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Coarse consonant classes: letters that translators and transliterators map onto
# each other share a class; vowels, й, ь, ъ and English h are dropped.
_RU_CLASSES = {
    **dict.fromkeys("бп", "P"),
    **dict.fromkeys("вф", "F"),
    **dict.fromkeys("гкх", "K"),
    **dict.fromkeys("дт", "T"),
    **dict.fromkeys("зсцжшщ", "S"),
    "ч": "C",
    "л": "L",
    "м": "M",
    "н": "N",
    "р": "R",
}
_EN_CLASSES = {
    **dict.fromkeys("bp", "P"),
    **dict.fromkeys("vfw", "F"),
    **dict.fromkeys("gkq", "K"),
    **dict.fromkeys("dt", "T"),
    **dict.fromkeys("sz", "S"),
    "l": "L",
    "m": "M",
    "n": "N",
    "r": "R",
    "j": "J",
}
# English spellings rewritten before classing, longest first (a regex alternation is ordered).
_EN_REWRITES = (
    ("tion", "S"),
    ("sion", "S"),
    ("ssion", "S"),
    ("tch", "C"),
    ("sch", "S"),
    ("sh", "S"),
    ("zh", "S"),
    ("kh", "K"),
    ("ph", "F"),
    ("th", "T"),
    ("ck", "K"),
    ("qu", "KF"),
    ("x", "KS"),
    ("ts", "S"),
    ("tz", "S"),
    ("ce", "S"),
    ("ci", "S"),
    ("cy", "S"),
    ("c", "K"),
)
_EN_REWRITE_RE = re.compile("|".join(re.escape(src) for src, _ in _EN_REWRITES))
_EN_REWRITE_MAP = dict(_EN_REWRITES)
_RU_REWRITES = (("дж", "J"), ("тс", "S"), ("дс", "S"), ("тьс", "S"), ("кс", "KS"))
_RU_REWRITE_RE = re.compile("|".join(re.escape(src) for src, _ in _RU_REWRITES))
_RU_REWRITE_MAP = dict(_RU_REWRITES)
# Russian case endings that carry a consonant; stripped as an alternative key so that
# "Лениным" still meets "Lenin".
_RU_ENDING = re.compile(r"(?:ами|ями|ом|ем|ём|ым|им|ам|ям|ов|ев|ах|ях|ых|их|ой|ей)$")

_KEY_LENGTH = 6
"""Keys are cut to this many classes: endings and suffixes differ, stems do not."""


def phonetic_keys(word: str) -> set[str]:
    """The phonetic keys of `word`: one, or two for an English word with "ch",
    which stands for ч in transliterated names ("Chernov") and for х/к in
    borrowed words ("architecture")."""
    lowered = word.lower().replace("shch", "sh")
    if "ch" in lowered and not _CYRILLIC.search(lowered):
        return {phonetic_key(lowered.replace("ch", "C")), phonetic_key(lowered.replace("ch", "k"))}
    return {phonetic_key(lowered)}


def phonetic_key(word: str) -> str:
    """The coarse consonant skeleton of `word`: equal for a name or cognate and its
    transliteration ("Ленин"/"Lenin" -> ``LN``, "децентрализация"/"decentralization"
    -> ``TSNTRL``).

    Vowels are dropped and similar consonants merged because transliteration
    systems and borrowing disagree on exactly those; repeated classes collapse
    ("ss", "нн"). An empty key means the word has no consonant at all.
    """
    lowered = "".join(ch if ch == "C" else ch.lower() for ch in word).replace("ё", "е")
    # Rewrites emit upper-case class letters; the lower-cased word has none, so an
    # upper-case character after rewriting is already a class.
    if _CYRILLIC.search(lowered):
        rewritten = _RU_REWRITE_RE.sub(lambda m: _RU_REWRITE_MAP[m.group(0)], lowered)
        classes = [_RU_CLASSES.get(ch, ch if ch.isupper() else "") for ch in rewritten]
    else:
        rewritten = _EN_REWRITE_RE.sub(lambda m: _EN_REWRITE_MAP[m.group(0)], lowered)
        classes = [_EN_CLASSES.get(ch, ch if ch.isupper() else "") for ch in rewritten]
    key: list[str] = []
    for symbol in classes:
        for ch in symbol:
            if not key or key[-1] != ch:
                key.append(ch)
    return "".join(key[:_KEY_LENGTH])


def numbers(text: str, lang: str) -> Counter[str]:
    """Number and date keys, as the project's one number reader reads them.

    `number_reader.number_keys` gives values with their scale and role
    ("number:3500" for "3,500" and «3 500», "number:300000" for «300 тыс.»,
    "decade:1920" for "1920s" and «1920-е», "month:10" for "October" and
    «октября», never for «мартен»), so the aligner and the number check read
    numbers the same way. Version strings ("2.6.32") are kept whole and
    digits inside identifiers ("x86_64") are left to the `lat:` keys.
    """
    from workbench.core.number_reader import number_keys  # ~60 ms to load: only when aligning

    if not _DIGIT.search(text):
        # Most sentences of a book: only month names to read, no version or identifier to mask.
        return number_keys(text, _reader(lang))
    found: Counter[str] = Counter()
    for match in _VERSION.finditer(text):
        found["version:" + match.group()] += 1
    rest = _IDENTIFIER.sub(_blank, _VERSION.sub(_blank, text))
    found.update(number_keys(rest, _reader(lang)))
    return found


def _blank(match: re.Match[str]) -> str:
    """Spaces in place of a masked token, so the reader sees the rest where it was."""
    return " " * len(match.group())


@lru_cache(maxsize=16)
def _reader(lang: str) -> NumberReader:
    from workbench.core.number_reader import NumberReader

    return NumberReader(lang)


CYRILLIC_LANGS = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk"})
"""Languages written in Cyrillic: their Latin words are foreign, kept verbatim."""


def transliterations(text: str, lang: str) -> Counter[str]:
    """Phonetic keys (``tr:``) of names and cognates.

    Only words in the text's own script are keyed (Latin words in a Russian
    text are matched verbatim by `latin_tokens`).
    """
    words = _WORD.findall(text)
    if words:
        # A capital at the start of a sentence says nothing about being a name.
        words[0] = words[0].lower()
    # Mapped and chained in C: every sentence of a long text passes here.
    return Counter(chain.from_iterable(map(_word_keys, words, repeat(lang in CYRILLIC_LANGS))))


@lru_cache(maxsize=100_000)
def _word_keys(word: str, cyrillic_text: bool) -> tuple[str, ...]:
    """The ``tr:`` keys of one word (cached: texts repeat their words).

    Capitalised words count from two consonant classes (names are short:
    "Lenin"), other words from four, so that short common words do not
    collide by chance. A Russian word also yields the key of its stem without a
    consonant case ending ("Лениным" -> "Ленин").
    """
    if len(word) < 4 or bool(_CYRILLIC.search(word)) != cyrillic_text:
        return ()
    minimum = 2 if word[0].isupper() else 4
    keys = phonetic_keys(word)
    if cyrillic_text:
        stem = _RU_ENDING.sub("", word.lower())
        if len(stem) >= 3:
            keys |= phonetic_keys(stem)
    return tuple(sorted("tr:" + key for key in keys if len(key) >= minimum))


def latin_tokens(text: str) -> Counter[str]:
    """Latin-script tokens, lower-cased (``lat:``): in a Russian text these are
    names, commands and file names left untranslated, and they reappear verbatim
    in the English original."""
    return Counter(["lat:" + token for token in map(str.lower, _LATIN_TOKEN.findall(text)) if len(token) > 1])


_QUOTES = re.compile(r"[\"«»“”„‟]")


def punctuation(text: str) -> Counter[str]:
    """Punctuation a translation tends to keep: ``?``, ``!``, ``(``, ``:``, ``%`` and
    quotation pairs (any quote style: "…", «…», „…“ are the same anchor)."""
    found: Counter[str] = Counter()
    for mark in "?!(:%":
        count = text.count(mark)
        if count:
            found["p:" + mark] = count
    quotes = len(_QUOTES.findall(text)) // 2
    if quotes:
        found["p:quote"] = quotes
    return found


_ROMAN_HEADING = re.compile(r"\s*((?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\.?\s*")
"""A chapter's number, I to LXXXIX: a "C", "D" or "M" alone is likelier an OCR's speck or an
initial than a hundredth chapter."""
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_heading(text: str) -> int | None:
    """The number of a sentence that is a Roman numeral alone ("I", "IV."): a chapter's
    number, which the other text may print in digits («1») or run into its first sentence.
    The number reader leaves an English "I" unread, as the pronoun it mostly is; standing
    alone as a segment it is no pronoun."""
    match = _ROMAN_HEADING.fullmatch(text.translate(_CYRILLIC_ROMAN))
    if match is None or not match.group(1):
        return None
    values = [_ROMAN_VALUES[ch] for ch in match.group(1)]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


_CYRILLIC_ROMAN = str.maketrans({"Х": "X", "І": "I"})


def anchors(text: str, lang: str, concepts: ConceptFinder | None = None) -> Counter[str]:
    """Every anchor key of one sentence, with counts (a bag, not a set)."""
    lang = lang.split("-")[0].lower()
    found = numbers(text, lang)
    heading = roman_heading(text)
    if heading is not None:
        found.setdefault(f"number:{heading}", 1)
    # The families' keys never collide (each has its own prefix): a plain dict
    # update merges them, at a fraction of what `Counter.update` costs a key.
    dict.update(found, transliterations(text, lang))
    dict.update(found, latin_tokens(text))
    dict.update(found, punctuation(text))
    if concepts is not None:
        found.update("c:" + concept for concept in concepts(text, lang))
    return found


@dataclass(frozen=True, eq=False)
class AnchorTable:
    """Every sentence's anchor keys as flat arrays: sentence ``rows[k]`` holds key
    ``keys[k]`` (an id in the vocabulary the table was built with) ``counts[k]``
    times. A list of bags (one `Counter` per sentence) weighed about 1.4 kB a
    sentence, a fifth of a long alignment's memory; this weighs 16 bytes a key."""

    rows: np.ndarray
    keys: np.ndarray
    counts: np.ndarray

    def plus(self, other: AnchorTable) -> AnchorTable:
        """Both tables' keys; they must hold no key in common (the learned word
        anchors are ``w:`` keys, which `anchors` never yields)."""
        return AnchorTable(
            np.concatenate((self.rows, other.rows)),
            np.concatenate((self.keys, other.keys)),
            np.concatenate((self.counts, other.counts)),
        )


def anchor_table(bags: Iterable[Counter[str]], vocabulary: dict[str, int]) -> AnchorTable:
    """The bags of consecutive sentences as one table; new keys are numbered in
    `vocabulary`, which both sides of an alignment share."""
    rows, keys, counts = array("i"), array("i"), array("d")
    for row, bag in enumerate(bags):
        for key in bag:
            if key not in vocabulary:
                vocabulary[key] = len(vocabulary)
        rows.extend([row] * len(bag))
        keys.extend(map(vocabulary.__getitem__, bag))
        counts.extend(bag.values())
    return AnchorTable(
        np.frombuffer(rows, dtype=np.int32).copy(),
        np.frombuffer(keys, dtype=np.int32).copy(),
        np.frombuffer(counts, dtype=np.float64).copy(),
    )
