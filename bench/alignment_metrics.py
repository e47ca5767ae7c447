"""Scores for sentence alignments: strict and lax precision/recall/F1, and how well
confidence ranks wrong beads.

Strict and lax follow Vecalign (Thompson and Koehn 2019, after Sennrich and
Volk 2011), as Bertalign reports them too:

- *strict*: a test bead is correct only if the gold alignment has exactly the
  same bead; precision = correct test beads / test beads, recall = gold beads
  found exactly / gold beads;
- *lax*: a test bead counts as correct if it shares at least one
  (source sentence, target sentence) link with a gold bead, and a gold bead
  counts as found if it shares a link with a test bead.

As in Vecalign's default scoring, beads with an empty side (1-0, 0-1) are left
out of both lists: they carry no link; a dropped sentence wrongly glued to a
neighbour still costs precision and recall through the neighbour's bead.
`strict_with_nulls` keeps them, for a stricter view of deletions.
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
    f1_strict_with_nulls: float


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _links(beads: Sequence[BeadKey]) -> set[tuple[int, int]]:
    return {(s, t) for src, tgt in beads for s in src for t in tgt}


def score(gold: Sequence[Sequence[BeadKey]], test: Sequence[Sequence[BeadKey]]) -> Scores:
    """Micro-averaged scores over several documents (gold and test in the same order)."""
    strict_tp = test_count = gold_count = 0
    lax_test_ok = lax_gold_ok = 0
    null_tp = null_test = null_gold = 0
    for gold_doc, test_doc in zip(gold, test, strict=True):
        gold_all, test_all = set(gold_doc), set(test_doc)
        null_tp += len(gold_all & test_all)
        null_test += len(test_all)
        null_gold += len(gold_all)
        gold_set = {b for b in gold_all if b[0] and b[1]}
        test_set = {b for b in test_all if b[0] and b[1]}
        strict_tp += len(gold_set & test_set)
        test_count += len(test_set)
        gold_count += len(gold_set)
        gold_links, test_links = _links(list(gold_set)), _links(list(test_set))
        lax_test_ok += sum(1 for b in test_set if _links([b]) & gold_links)
        lax_gold_ok += sum(1 for b in gold_set if _links([b]) & test_links)
    p_strict = strict_tp / test_count if test_count else 0.0
    r_strict = strict_tp / gold_count if gold_count else 0.0
    p_lax = lax_test_ok / test_count if test_count else 0.0
    r_lax = lax_gold_ok / gold_count if gold_count else 0.0
    p_null = null_tp / null_test if null_test else 0.0
    r_null = null_tp / null_gold if null_gold else 0.0
    return Scores(
        p_strict,
        r_strict,
        _f1(p_strict, r_strict),
        p_lax,
        r_lax,
        _f1(p_lax, r_lax),
        _f1(p_null, r_null),
    )


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
