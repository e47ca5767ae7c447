"""Scores for sentence alignments: strict and lax precision/recall/F1, and how well
confidence ranks wrong beads.

Strict and lax follow Vecalign's `score.py` (Thompson and Koehn 2019, after
Sennrich and Volk 2011), as Bertalign reports them too, and give the same
numbers as the free-translation dev set's own scorer (`../shared/align-dev/score.py`):

- a null bead (1-0 or 0-1) holding several sentences is split into one null
  bead per sentence, on both sides;
- *precision* is taken over all predicted beads, null beads included: a
  predicted bead is strict-correct if it is exactly a gold bead, lax-correct
  if it also shares a (source, target) link with a gold bead (a null bead has
  no link, so it is lax-correct only if it is exactly a gold null bead);
- *recall* is taken over the gold beads with both sides, against the predicted
  beads with both sides: strict if found exactly, lax if a link is shared.

A dropped sentence wrongly glued to a neighbour costs precision and recall
through the neighbour's bead; a sentence wrongly left unpaired costs precision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

BeadKey = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class Scores:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _split_nulls(beads: Sequence[BeadKey]) -> set[BeadKey]:
    out: set[BeadKey] = set()
    for src, tgt in beads:
        src, tgt = tuple(sorted(set(src))), tuple(sorted(set(tgt)))
        if src and tgt:
            out.add((src, tgt))
        else:
            out.update(((s,), ()) for s in src)
            out.update(((), (t,)) for t in tgt)
    return out


def _hits(candidates: set[BeadKey], reference: set[BeadKey]) -> tuple[int, int]:
    """(exact matches, exact-or-linked matches) of `candidates` in `reference`."""
    links = {(s, t) for src, tgt in reference for s in src for t in tgt}
    exact = linked = 0
    for src, tgt in candidates:
        if (src, tgt) in reference:
            exact += 1
            linked += 1
        elif any((s, t) in links for s in src for t in tgt):
            linked += 1
    return exact, linked


def score(gold: Sequence[Sequence[BeadKey]], test: Sequence[Sequence[BeadKey]]) -> Scores:
    """Micro-averaged scores over several documents (gold and test in the same order)."""
    p_strict = p_lax = predicted = r_strict = r_lax = gold_full = 0
    for gold_doc, test_doc in zip(gold, test, strict=True):
        g, t = _split_nulls(gold_doc), _split_nulls(test_doc)
        g_full = {b for b in g if b[0] and b[1]}
        t_full = {b for b in t if b[0] and b[1]}
        exact, linked = _hits(t, g)
        p_strict, p_lax, predicted = p_strict + exact, p_lax + linked, predicted + len(t)
        exact, linked = _hits(g_full, t_full)
        r_strict, r_lax, gold_full = r_strict + exact, r_lax + linked, gold_full + len(g_full)
    ps = p_strict / predicted if predicted else 0.0
    pl = p_lax / predicted if predicted else 0.0
    rs = r_strict / gold_full if gold_full else 0.0
    rl = r_lax / gold_full if gold_full else 0.0
    return Scores(ps, rs, _f1(ps, rs), pl, rl, _f1(pl, rl))


def ranking_quality(
    confidences: Sequence[float], wrong: Sequence[bool]
) -> tuple[float, float, float]:
    """How well low confidence picks out wrong beads.

    Returns (AUC, precision of the lowest-confidence decile, share of all wrong
    beads inside that decile). AUC is the probability that a random wrong bead
    has lower confidence than a random right one (ties count half): 0.5 is
    chance, 1.0 a perfect ranking.
    """
    pairs = sorted(zip(confidences, wrong, strict=True), key=lambda p: p[0])
    total_wrong = sum(1 for _, w in pairs if w)
    total_right = len(pairs) - total_wrong
    if not pairs or not total_wrong or not total_right:
        return float("nan"), float("nan"), float("nan")
    # Mann-Whitney U with average ranks for ties.
    rank_sum_wrong = 0.0
    k = 0
    while k < len(pairs):
        end = k
        while end + 1 < len(pairs) and pairs[end + 1][0] == pairs[k][0]:
            end += 1
        average_rank = (k + end) / 2 + 1
        rank_sum_wrong += average_rank * sum(1 for _, w in pairs[k : end + 1] if w)
        k = end + 1
    u_wrong = rank_sum_wrong - total_wrong * (total_wrong + 1) / 2
    auc = 1.0 - u_wrong / (total_wrong * total_right)
    decile = pairs[: max(1, len(pairs) // 10)]
    caught = sum(1 for _, w in decile if w)
    return auc, caught / len(decile), caught / total_wrong
