"""A candidate's likely equivalents: the other side's phrases that come with it in the pairs.

Both sides are read into phrases by the same language readers, so an equivalent is a whole
phrase in its dictionary form («пакет исходного кода», not «исходного»). For a candidate
found in pairs C and a phrase of the other side found in pairs T, the **Dice** coefficient
2|C∩T| / (|C|+|T|) says how well they keep company: 1 where each comes exactly where the
other does; it orders the equivalents, with Dunning's **log-likelihood** ratio (G²) returned
beside it. Ties go to the phrase seen in more of the candidate's pairs, then to the longer: two
phrases that always come together are one expression and a word of it ("trade union" and
"union" for «профсоюз»).

Dice is no **confidence**: two pairs' coincidence scores 1, as forty pairs' pattern does ("crisis"
and «ход ленинского призыва», both in one segment). The confidence is the chance that the
equivalent is an approved term of the candidate's concept, read from two things:
* Dice's **lower bound**: Dice is `together` of the (|C|+|T|)/2 pairs the two hold on average,
  a proportion, and Wilson's score interval gives its one-sided 95 % lower bound (z = 1.645):
  1 of 1 is 0.27, 5 of 5 0.65, 40 of 40 0.94. Small counts are discounted by construction: the
  conservative estimate Evert's study of association measures argues for with rare pairs, where
  a point estimate (Dice, MI) trusts a coincidence. G² is no such bound (Moore 2004: it
  overrates rare events, and it grows with the pairs read, not with how well the two agree);
* the **lead**: its Dice less the best Dice of any other phrase of the candidate's pairs, one
  shared pair enough to be a rival. A pattern's runner-up is mostly a neighbour in its
  sentences, seldom the term, and a phrase that only ties another (a word and the phrase
  holding it, two phrases of the one segment) is one of several.
* its **place**: whether it comes after the first of the candidate's equivalents, and how many
  of the others share its Dice (**ties**). The phrases of the candidate's few segments often
  agree alike ("VAERS" with three phrases of its six segments, all at Dice 1): one of them at
  most is the term, and the first of them, the longer, is it more often than the rest.
They are weighed by a logistic regression fitted on the ten bilingual term sets' equivalents
(`python -m bench.bench_term_extract --fit`), so that of the equivalents given 0.8 about 80 %
are approved ones: a calibrated chance, not a score. Fitted on three tuning sets and read on the
fourth, the log loss of the first two features is 0.295; with Dice alone 0.373, with rivals of
two shared pairs or more 0.301, leaving out of the rivals the phrases it holds 0.318, or those
and the ones holding it 0.338: a word tied with the phrase holding it is a real doubt. Fitted on
nine of the ten sets and read on the tenth (session 36), the place and ties take the log loss
from 0.312 to 0.299 and the expected calibration error from 0.021 to 0.015: with the first two
features alone, the equivalents given 0.6-0.8 on the sets not tuned on were approved 53 % of
the time.

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
Z = 1.645
"""Wilson's z for Dice's lower bound: one-sided 95 %."""
WEIGHTS = (-0.51, 1.95, 4.19, -1.34, -0.66)
"""The confidence's logistic regression: intercept, Dice's lower bound, lead, after the first,
ties (fitted by `python -m bench.bench_term_extract --fit` on the ten term sets)."""


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
    lower: float
    """Dice's lower bound (Wilson, one-sided 95 %)."""
    lead: float
    """Its Dice less the best Dice of another phrase."""
    ties: int
    """The candidate's other equivalents with the same Dice."""
    confidence: float
    """The chance it is an approved term of the candidate's concept, calibrated on the tuning sets."""


def dice_lower_bound(together: int, first: int, second: int) -> float:
    """Wilson's lower bound of Dice read as a proportion: `together` of the `(first + second) / 2`
    pairs the two hold on average."""
    trials = (first + second) / 2
    if trials <= 0 or together <= 0:
        return 0.0
    share = min(1.0, together / trials)
    z2 = Z * Z
    centre = share + z2 / (2 * trials)
    margin = Z * math.sqrt(share * (1 - share) / trials + z2 / (4 * trials * trials))
    return max(0.0, (centre - margin) / (1 + z2 / trials))


def confidence(lower: float, lead: float, later: bool = False, ties: int = 0) -> float:
    """`WEIGHTS`' logistic regression of Dice's lower bound, the lead, whether the equivalent
    comes after the candidate's first and how many others share its Dice."""
    intercept, by_lower, by_lead, by_later, by_ties = WEIGHTS
    return 1 / (1 + math.exp(-(intercept + by_lower * lower + by_lead * lead + by_later * later + by_ties * ties)))


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
    top: tuple[float, tuple[str, ...] | None] = (0.0, None)
    runner_up = 0.0  # the best two Dice of every phrase of its pairs, each one's rival
    for key, both in together.items():
        dice = 2 * both / (size + other_pairs[key])
        if dice > top[0]:
            top, runner_up = (dice, key), top[0]
        elif dice > runner_up:
            runner_up = dice
        if both >= need:
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
    chosen = []
    kept = scored[:most]
    for place, (dice, both, _length, key) in enumerate(kept):
        lower = dice_lower_bound(both, size, other_pairs[key])
        lead = dice - (runner_up if key == top[1] else top[0])
        ties = sum(math.isclose(dice, other[0]) for other in kept) - 1
        chosen.append(Equivalent(other_forms[key], both, other_pairs[key], round(dice, 4),
                                 round(log_likelihood(both, size, other_pairs[key], total), 2),
                                 round(lower, 4), round(lead, 4), ties,
                                 round(confidence(lower, lead, place > 0, ties), 4)))
    return tuple(chosen)


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
