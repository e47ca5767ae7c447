"""OCR's letter confusions: the common word an unknown token was before OCR misread a letter.

OCR misreads letters in typical ways: one letter read as two ("rn" for "m", "cl" for "d"),
look-alike letters swapped ("c" for "e", "b" for "h", "u" for "n", "l" for "t"), a digit for a
letter ("s0" for "so", "1" for "l"), a stray accent ("whistlé"). The word it leaves is usually
no word at all: neither wordfreq nor the Hunspell dictionaries the spelling check uses (nor, in
Russian, pymorphy3's dictionary) know it. This module says whether a token is such a non-word
and which common word one typical confusion, undone, turns it into, so `suspects` can flag it
with that word as the suggestion; the text itself is never changed.

Only a common word (wordfreq) counts as a repair, and it must be far commoner than the token:
a rare unknown word (a name, a foreign word) is too far from any common one for one letter to
bridge, and OCR's real-word errors ("how" for "hew") are out of reach by design.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from workbench.core.ingest.word_joining import Lexicon, is_known_form

__all__ = ["confusion_repair", "is_non_word"]

_LATIN: tuple[tuple[str, str], ...] = (
    # one letter read as two, two as one
    ("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("h", "li"), ("ii", "u"),
    ("vv", "w"), ("cb", "ch"), ("in", "m"), ("ni", "m"),
    # look-alike letters
    ("c", "e"), ("e", "c"), ("c", "o"), ("o", "c"), ("b", "h"), ("h", "b"), ("u", "n"),
    ("n", "u"), ("a", "u"), ("l", "t"), ("t", "l"), ("f", "t"), ("t", "f"), ("i", "l"),
    ("l", "i"), ("i", "t"), ("t", "r"), ("f", "s"), ("s", "f"), ("rn", "ni"),
    # capitals, digits and accents
    ("T", "I"), ("I", "T"), ("I", "l"), ("l", "I"), ("1", "l"), ("1", "i"), ("1", "I"),
    ("0", "o"), ("0", "O"), ("5", "s"), ("é", "e"), ("è", "e"), ("ë", "e"), ("í", "i"),
)
"""(as OCR read it, as it was printed), for words in Latin letters."""

_CYRILLIC: tuple[tuple[str, str], ...] = (
    ("н", "и"), ("и", "н"), ("п", "н"), ("н", "п"), ("и", "п"), ("п", "и"), ("ш", "щ"),
    ("щ", "ш"), ("ц", "щ"), ("ь", "ъ"), ("ъ", "ь"), ("ьі", "ы"), ("ьl", "ы"), ("ь1", "ы"),
    ("г", "т"), ("т", "г"), ("л", "п"), ("п", "л"), ("с", "е"), ("е", "с"), ("о", "с"),
    ("6", "б"), ("3", "з"), ("0", "о"), ("4", "ч"), ("ii", "и"), ("к", "х"), ("х", "к"),
)
"""The same for Russian: Tesseract's commonest misreadings of Cyrillic print."""


def _with_capitals(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The pairs, and the capitals' pairs of those in lowercase letters ("Н" read for "И")."""
    capitals = tuple(
        (read.upper(), printed.upper()) for read, printed in pairs
        if read.isalpha() and read.islower() and printed.isalpha() and printed.islower()
    )
    return pairs + capitals


_TABLES = {"en": _with_capitals(_LATIN), "ru": _with_capitals(_CYRILLIC)}

_COMMON_ZIPF = 3.0
"""How common the repaired word must be (a word in some ten thousand): rarer repairs of an
unknown word guess too much."""
_MARGIN_ZIPF = 2.0
"""How much commoner than the token the repair must be. wordfreq lists OCR debris from the web
("fn" 3.4, "Tt" 3.6): a token that common, unknown to Hunspell, is still flagged when its repair
is a hundred times commoner ("in" 7.3, "It" 7.0)."""
_SHORT = 3
_SHORT_MARGIN_ZIPF = 3.0
"""A token of up to three letters is one letter away from dozens of words ("dic", "hof", "mc"
are abbreviations and foreign words): its repair must be a thousand times commoner."""
_KNOWN_ZIPF = 3.0
"""A token wordfreq lists this often is a word if Hunspell knows it too, or ends like one."""
_LONGEST = 40
"""Longer tokens are not read for repairs (the commonest words are far shorter)."""
_SHORTEST = 2


def is_non_word(token: str, lexicon: Lexicon) -> bool:
    """Is `token` (letters, perhaps a digit or an accent) no word at all: unknown to
    Hunspell's dictionary and to pymorphy3's (Russian) and no common inflection of a word?"""
    return _non_word(token, lexicon.lang)


def confusion_repair(token: str, lexicon: Lexicon) -> tuple[str, str, str] | None:
    """(repaired word, letters as read, letters as printed) when `token` is no word and undoing
    one typical OCR confusion makes it a common one; None otherwise."""
    if not _SHORTEST <= len(token) <= _LONGEST:
        return None
    return _repair(token, lexicon.lang)


@lru_cache(maxsize=65536)
def _repair(token: str, lang: str) -> tuple[str, str, str] | None:
    if not _non_word(token, lang):
        return None
    lexicon = Lexicon(lang)
    table = _TABLES["ru" if lang == "ru" else "en"]
    margin = _SHORT_MARGIN_ZIPF if len(token) <= _SHORT else _MARGIN_ZIPF
    needed = max(_COMMON_ZIPF, lexicon.zipf(token) + margin)
    best: tuple[float, str, str, str] | None = None
    for read, printed in table:
        at = token.find(read)
        while at >= 0:
            candidate = token[:at] + printed + token[at + len(read):]
            zipf = lexicon.zipf(candidate)
            if zipf >= needed and (best is None or zipf > best[0]) and _plausible_case(candidate):
                best = (zipf, candidate, read, printed)
            at = token.find(read, at + 1)
    return best[1:] if best else None


def _plausible_case(word: str) -> bool:
    """A repair keeps one case or a capital first: "Daniel", "It", "SO", never "DanieL"."""
    return word.islower() or word.isupper() or word[:1].isupper() and word[1:].islower() or not any(
        char.isalpha() for char in word[1:]
    )


@lru_cache(maxsize=65536)
def _non_word(token: str, lang: str) -> bool:
    lexicon = Lexicon(lang)
    zipf = lexicon.zipf(token)
    if zipf >= _KNOWN_ZIPF + _MARGIN_ZIPF:
        return False
    if zipf >= _KNOWN_ZIPF and is_known_form(token, lexicon):
        return False
    if lang == "ru" and token.isalpha() and is_known_form(token, lexicon):
        return False
    dictionary = _hunspell(lang)
    if dictionary is None:
        return zipf < _KNOWN_ZIPF and not is_known_form(token, lexicon)
    return not any(_spelt(dictionary, form) for form in {token, token.lower(), token.capitalize()})


def _spelt(dictionary: Any, word: str) -> bool:
    try:
        return bool(dictionary.spell(word))
    except UnicodeError:  # a letter the dictionary's 8-bit encoding lacks: not its word
        return False


@lru_cache(maxsize=4)
def _hunspell(lang: str) -> Any | None:
    """The Hunspell dictionary the spelling check uses, loaded on first use (it is not needed
    to open a project)."""
    from workbench.core.spelling import hunspell_for

    return hunspell_for(lang) if lang in ("en", "ru") else None
