"""One key for a designation in either alphabet: "BN" and «БН», "VVER" and «ВВЭР», "Tu" and «Ту».

A designation (a reactor's, an aircraft's, a standard's: letters, a hyphen or a space, digits)
is transliterated letter for letter, and the transliteration systems differ only in a few
letters (х as "kh", "h" or "x"; й as "y", "i" or "j"; ю as "yu", "ju" or "iu"). Both sides are
brought to Latin by one table, then those variants are folded to one spelling, so that a check
can tell "the same name with another number" ("BN-800" as «БН-600») from another name.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya",
})
_VARIANTS = re.compile(r"shch|sch|zh|kh|ts|[xjyw]")
_FOLDED = {"shch": "sh", "sch": "sh", "zh": "j", "kh": "h", "ts": "c", "x": "h", "j": "i", "y": "i", "w": "v"}


def latin_letters(text: str) -> str:
    """`text`'s Cyrillic letters transliterated to Latin by the table above, case folded, the
    variants left unfolded: a word's letters as an English reader would spell them («п» "p")."""
    return text.casefold().translate(_TO_LATIN)


@lru_cache(maxsize=4096)
def designation_key(name: str) -> str:
    """The key `name` shares with its transliteration in the other alphabet, case aside."""
    latin = name.casefold().translate(_TO_LATIN)
    return _VARIANTS.sub(lambda m: _FOLDED[m.group()], latin)
