"""A candidate's likely equivalents: the other side's phrases that come with it in the pairs.

Both sides are read into phrases by the same language readers, so an equivalent is a whole
phrase in its dictionary form («пакет исходного кода», not «исходного»). For a candidate
found in pairs C and a phrase of the other side found in pairs T, the **Dice** coefficient
2|C∩T| / (|C|+|T|) says how well they keep company: 1 where each comes exactly where the
other does. It is the confidence returned; Dunning's **log-likelihood** ratio (G²) is
returned beside it, since Dice alone cannot tell two pairs' coincidence from a pattern of
forty. Ties go to the phrase seen in more of the candidate's pairs, then to the longer: two
phrases that always come together are one expression and a word of it ("trade union" and
"union" for «профсоюз»).

A candidate of several words is seldom rendered by one: where the best equivalent is a word
that a longer phrase holds («культура» in «культура неба» for "sky culture") and the longer
one keeps nearly as good company (`LONGER_KEEPS` of its Dice), the longer comes first.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

MOST = 3
"""Equivalents returned per candidate."""
LONGER_KEEPS = 0.8
"""The share of the best equivalent's Dice a longer phrase holding it needs to go first, for
a candidate of several words."""


@dataclass(frozen=True)
class Equivalent:
    """One likely rendering of a candidate, with the counts it was judged on."""

    text: str
    """Its dictionary form."""
    together: int
    """Pairs holding both the candidate and it."""
    pairs: int
    """Pairs holding it."""
    dice: float
    log_likelihood: float

    @property
    def confidence(self) -> float:
        return self.dice


def log_likelihood(together: int, first: int, second: int, total: int) -> float:
    """Dunning's G² for a 2×2 table of pairs: both, the first only, the second only, neither."""
    cells = (together, first - together, second - together, total - first - second + together)
    rows = (first, total - first)
    columns = (second, total - second)
    expected = (rows[0] * columns[0], rows[0] * columns[1], rows[1] * columns[0], rows[1] * columns[1])
    return 2 * sum(k * math.log(k * total / e) for k, e in zip(cells, expected) if k > 0 and e > 0)


def equivalents(candidate_pairs: Sequence[int], other_keys: Sequence[frozenset[tuple[str, ...]]],
                other_pairs: Mapping[tuple[str, ...], int], other_forms: Mapping[tuple[str, ...], str],
                most: int = MOST, words: int = 1) -> tuple[Equivalent, ...]:
    """The `most` best equivalents of a candidate found in `candidate_pairs` (indexes into
    `other_keys`, each pair's phrase keys on the other side); `other_pairs` counts the pairs
    of each key, `other_forms` gives its dictionary form."""
    size = len(candidate_pairs)
    need = 2 if size >= 2 else 1  # a single shared pair is no evidence where there are several
    together = _together(candidate_pairs, other_keys, need)
    scored = []
    for key, both in together.items():
        if both < need:
            continue
        dice = 2 * both / (size + other_pairs[key])
        scored.append((dice, both, len(key), key))
    scored.sort(reverse=True)
    if words > 1 and scored:
        best_dice, _both, best_length, best = scored[0]
        longer = [item for item in scored if item[2] > best_length and item[0] >= LONGER_KEEPS * best_dice
                  and _holds(item[3], best)]
        if longer:
            scored.remove(longer[0])
            scored.insert(0, longer[0])
    total = len(other_keys)
    return tuple(
        Equivalent(other_forms[key], both, other_pairs[key], round(dice, 4),
                   round(log_likelihood(both, size, other_pairs[key], total), 2))
        for dice, both, _length, key in scored[:most]
    )


def _together(candidate_pairs: Sequence[int], other_keys: Sequence[frozenset[tuple[str, ...]]],
              need: int) -> Counter[tuple[str, ...]]:
    """How many of the candidate's pairs hold each other-side key, for every key that may be
    held `need` times. Where two pairs are needed, a key held only by the pair of most keys
    cannot be: that pair is read last, for the keys already counted. A candidate in one
    sentence of 5,000 words and a few short ones read the long one's 20,000 keys each time
    (hardening, round 28)."""
    if need < 2 or len(candidate_pairs) < 2:
        return Counter(key for index in candidate_pairs for key in other_keys[index])
    largest = max(candidate_pairs, key=lambda index: len(other_keys[index]))
    together: Counter[tuple[str, ...]] = Counter()
    for index in candidate_pairs:
        if index != largest:
            together.update(other_keys[index])
    held = other_keys[largest]
    for key in together:
        together[key] += key in held
    return together


def _holds(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether `shorter`'s lemmas stand in `longer` in a row."""
    size = len(shorter)
    return any(longer[i:i + size] == shorter for i in range(len(longer) - size + 1))
