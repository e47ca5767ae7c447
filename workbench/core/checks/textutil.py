"""Small text helpers the check families share: comparison keys and character classes.

Comparisons for QA must not trip over what an editor cannot see or does not
care about: NFC vs NFD, ё vs е, a no-break space vs a space, curly vs straight
quotes. These keys are for comparing only; spans always point into the
original text.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w\s]+")
_FOLD = str.maketrans({"ё": "е", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"',
                       "»": '"', "–": "-", "—": "-", "‑": "-", "\u00ad": None})


def has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def squash(text: str) -> str:
    """Case, Unicode form, ё, quote and space variants folded away; punctuation kept."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_FOLD)
    return _SPACES.sub(" ", folded).strip()


def consistency_key(text: str) -> str:
    """`squash` without punctuation: what "the same segment" means for consistency checks."""
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", squash(text))).strip()


def is_punctuation(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")
