"""How a candidate's rank is scored: frequency, nestedness (C-value) and termhood.

* **C-value** (Frantzi, Ananiadou and Mima 2000), counted in occurrences: a candidate's
  frequency, less the mean frequency of the longer candidates it is nested in, times
  log2(1 + its words). "package" seen 40 times, 30 of them inside "source package", counts
  for what it is on its own; a phrase seen only inside one longer one sinks to nothing. The
  "+ 1" lets single words rank at all (the original's log2 of one word is zero).
* **Termhood**: how much rarer the candidate's words are in the language at large than the
  most common words: `max(0, COMMON_ZIPF - zipf)` averaged over its words, wordfreq's Zipf
  scale (7 is "the", 3 one word in a million). A term is frequent here and rare in general;
  "time", "man", «человек» are frequent everywhere.

The score is `C-value × √termhood`; both are returned so a terminologist can see why. The
square root and `COMMON_ZIPF` were chosen on four of the eight bilingual term sets (`ru-en`,
`en-ru`, `en-ru-docs`, `en-ru-sky`; `bench.bench_term_extract`): termhood to the first power
or above let rare words of one page (a surname, a misprint) outrank the text's real terms,
a log of the C-value let every rare word seen twice in; the other choices moved mean
recall@100 by a few points either way, so the plainest was kept.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache

COMMON_ZIPF = 6.0
"""The Zipf frequency of the commonest content words ("time", «год»): a word this common
or more has no termhood at all."""

MARKERS = frozenset({"of", "|gen"})
"""Key items that join a chain ("professor of ornithology") and are no word of their own."""


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency of a lemma (imported on the first question: importing wordfreq
    takes a tenth of a second, which `workbench status` must not pay)."""
    from workbench.core.word_frequency import zipf as zipf_frequency

    return zipf_frequency(word, lang)


def words_of(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(item for item in key if item not in MARKERS)


def termhood(key: tuple[str, ...], lang: str) -> float:
    """How much rarer than common words the key's words are, on average; none for a key of no
    word: a Latin "of" in Russian text («Redundant Array of Independent Disks») is read as a
    noun whose lemma is the chain's marker, and its key held no word (a ZeroDivisionError,
    the traceback of `term extract --side target`; hardening, round 28)."""
    words = words_of(key)
    if not words:
        return 0.0
    return sum(max(0.0, COMMON_ZIPF - zipf(word, lang)) for word in words) / len(words)


def c_values(frequency: Mapping[tuple[str, ...], int]) -> dict[tuple[str, ...], float]:
    """Every key's C-value, nested in the longer keys of `frequency` that contain it."""
    nested_sum: dict[tuple[str, ...], int] = {}
    nested_count: dict[tuple[str, ...], int] = {}
    for longer, count in frequency.items():
        size = len(longer)
        inside = {longer[i:j] for i in range(size) for j in range(i + 1, size + 1) if j - i < size}
        for shorter in inside:
            if shorter in frequency:
                nested_sum[shorter] = nested_sum.get(shorter, 0) + count
                nested_count[shorter] = nested_count.get(shorter, 0) + 1
    values: dict[tuple[str, ...], float] = {}
    for key, count in frequency.items():
        weight = math.log2(1 + len(words_of(key)))
        if key in nested_count:
            values[key] = weight * max(0.0, count - nested_sum[key] / nested_count[key])
        else:
            values[key] = weight * count
    return values


def score(c_value: float, termhood: float) -> float:
    """A candidate's rank score (the module docstring says why this shape)."""
    return c_value * math.sqrt(termhood)
