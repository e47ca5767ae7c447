"""Is a capitalised Cyrillic word the transcription of a Latin name its source holds?

News and MT put names into Russian letter by letter: "Cohren" as «Кохрен», "Lawler" as
«Лоулер», "Thassalin" as «Тассалин». No dictionary holds them, so the spelling check flagged
them: of 100 spelling findings sampled on WMT23/24 English-Russian news (user days, session
40), most were such names. Their spelling is the transcriber's convention, not a slip a
dictionary can judge.

The comparison is by consonant skeleton: both words are brought to Latin letters (the
Cyrillic one by `transliteration.designation_key`'s table), English spellings of one sound
are folded ("ck", "ph", "th", "tch", a soft "c", "z" as "s"), then vowels, "w", "v", "y" and doubled
letters are dropped, since transcription varies most there ("Lawler" / «Лоулер», "Eirwen" /
«Эйрвен», "Rooney" / «Руни»). The
Russian word may go on past the name by a case ending («Кохреном»: one or two consonants more).
Short skeletons must be equal; from four letters on a near match counts («Кохран» for "Cohren").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya",
})
_ENGLISH = re.compile(r"tch|ch|ck|ph|th|gh|qu|c|q|x|j|dg")
_ENGLISH_SOUNDS = {"tch": "tch", "ch": "ch", "ck": "k", "ph": "f", "th": "t", "gh": "", "qu": "kv", "c": "k",
                   "q": "k", "x": "ks", "j": "dzh", "dg": "dzh"}
_DROPPED = re.compile(r"[aeiouywv'’\-]+")
_DOUBLED = re.compile(r"(.)\1+")
_ENDING_CONSONANTS = 2
"""A Russian case ending adds at most this many consonants to the name's skeleton («-ом», «-ым»)."""
_NEAR = 80
"""From four letters of skeleton, a near match (rapidfuzz's ratio) counts: transcriptions differ."""


def _skeleton(latin: str) -> str:
    return _DOUBLED.sub(r"\1", _DROPPED.sub("", latin.replace("z", "s")))


@lru_cache(maxsize=65536)
def latin_skeleton(word: str) -> str:
    """The consonant skeleton of a word in Latin letters ("Cohren" -> "khrn")."""
    folded = word.casefold()
    folded = _ENGLISH.sub(lambda m: "s" if m.group() == "c" and m.end() < len(folded)
                          and folded[m.end()] in "eiy" else _ENGLISH_SOUNDS[m.group()], folded)
    return _skeleton(folded)


@lru_cache(maxsize=65536)
def cyrillic_skeleton(word: str) -> str:
    """The consonant skeleton of a word in Cyrillic letters («Кохрену» -> "khrn")."""
    return _skeleton(word.casefold().translate(_TO_LATIN))


def capitalised(word: str) -> bool:
    """A name's shape: every hyphen-joined part starts with a capital and goes on in small letters,
    but for one capital inside a part that starts a second name of it («МакКоннелл», «Д'Артаньян»)."""
    return all(_part_shaped(part) for part in word.split("-"))


def _part_shaped(part: str) -> bool:
    if not part[:1].isupper():
        return False
    inner = [i for i, letter in enumerate(part) if i and letter.isupper()]
    if not inner:
        return len(part) == 1 or part[1:].islower() or not any(c.isalpha() for c in part[1:])
    return len(inner) == 1 and part[1:inner[0]].lower() == part[1:inner[0]] and part[inner[0] + 1:].islower()


def transcribes(cyrillic: str, latin_names: Iterable[str]) -> bool:
    """Whether the capitalised Cyrillic word `cyrillic` writes one of `latin_names` (capitalised
    Latin words of the source, and runs of two of them: "Morecambe Bay" is «Моркамб-Бей»)."""
    if not capitalised(cyrillic):
        return False
    ours = cyrillic_skeleton(cyrillic)
    if len(ours) < 2:
        return False
    for name in latin_names:
        theirs = latin_skeleton(name)
        if len(theirs) < 2 or ours[0] != theirs[0]:
            continue
        stem = ours[: len(theirs)]
        if stem == theirs and len(ours) - len(theirs) <= _ENDING_CONSONANTS:
            return True
        if len(theirs) >= 4 and len(ours) - len(theirs) <= _ENDING_CONSONANTS and any(
                fuzz.ratio(ours[: len(ours) - cut], theirs) >= _NEAR for cut in range(_ENDING_CONSONANTS + 1)):
            return True
    return False


def latin_names(words: Iterable[str]) -> list[str]:
    """The capitalised words among `words` (the source's, in order), and each with the next one
    joined, since two words of a name ("Morecambe Bay") are one hyphenated Russian word."""
    names = [word for word in words if word[:1].isupper() and word.isascii()]
    return [*names, *(a + b for a, b in zip(names, names[1:]))]
