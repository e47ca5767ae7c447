"""Counting words and characters the way translators are paid by.

CAT tools disagree in the details, so the rule is stated here and tested
(`tests/core/test_stats_wordcount.py`). It is the rule Trados Studio's word
count exposes as options (`WordCountsOptions` of its translation-memory API)
set as follows: `BreakOnHyphen` and `BreakOnApostrophe` off, `BreakOnDash`
and `BreakOnTag` on. In words:

* a **word** is a run of letters and digits (any script; combining marks
  belong to the letter before them);
* letters joined by a **hyphen** (``-``, U+2010, U+2011) or an **apostrophe**
  (``'``, U+2019, U+02BC) inside a word stay one word: «по-русски»,
  "well-known", "don't", "O'Neill" are one word each;
* a **dash** (en dash, em dash, minus), a slash, any other punctuation,
  whitespace and an inline-code placeholder (``⟦1⟧``) separate words; a
  placeholder is not counted itself (tags are transparent, as GMX-V asks);
* a **number** is a word, however it is written: «1 917» written with a
  narrow space is two, but "1,917.5" and «1917,5» are one each (digits joined by
  ``.`` ``,`` ``:`` count as one run);
* punctuation alone (``—``, ``...``, ``«»``) is no word.

**Characters** are counted without whitespace and without placeholders
(`characters`), and with the spaces (`characters_with_spaces`), as memoQ
and Trados both report both.
"""

from __future__ import annotations

import re

from workbench.tags import mask_tags, strip_tags

_JOINERS = "-\u2010\u2011'\u2019\u02bc"
_WORD = re.compile(
    rf"[^\W_](?:[^\W_]|[\u0300-\u036f])*"  # a run of letters and digits (with combining marks)
    rf"(?:(?:[{_JOINERS}]|(?<=\d)[.,:](?=\d))[^\W_](?:[^\W_]|[\u0300-\u036f])*)*"  # joined inside a word or number
)


def words(text: str) -> list[str]:
    """The words of `text` by the module's rule, in order."""
    return _WORD.findall(mask_tags(text))


def count_words(text: str) -> int:
    """How many words `text` has by the module's rule."""
    return len(words(text))


def count_characters(text: str, *, with_spaces: bool = False, stripped: bool = False) -> int:
    """Characters of `text` without placeholders; whitespace only if `with_spaces`.

    `stripped`: the placeholders are already out (`strip_tags`), as a caller counting
    both ways strips once. `str.split` splits at the whitespace `\\s` matches.
    """
    plain = text if stripped else strip_tags(text)
    if with_spaces:
        return len(plain)
    return sum(map(len, plain.split()))
