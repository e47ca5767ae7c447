"""Term extraction measured on the twelve bilingual term sets (`bench.terms_bilingual`).

Each set's termbase was written from published glossaries (or a word count) before its pairs
were read, so it is a fair gold for "which terms would a terminologist want from these pairs":

* **gold**: the set's concepts whose source term the termbase's own matcher finds (any
  inflected form) in at least `--min-count` occurrences of the pairs' source side; a concept
  the pairs hardly hold is not one extraction can propose;
* **recall@K**: the share of gold concepts one of whose source terms is, whole, one of the
  top K candidates (the matcher reads the candidate's dictionary form or a written form);
* **equivalent accuracy**: of the gold concepts found in the top K, the share whose
  candidate's top equivalent is an approved (preferred or admitted) target term of that
  concept, whole, in any inflected form;
* extraction runs as a user's would on a project without a termbase (`known` off, names left
  out by the documented rule), on the source side.

Tuned on `ru-en`, `en-ru`, `en-ru-docs` and `en-ru-sky` (`--tune`, the default); reported on
`en-ru-humanities`, `en-ru-science`, `en-ru-law`, `ru-en-engineering`, `en-ru-medicine`,
`en-ru-sdg`, `ru-en-nginx`, `en-ru-postgres` and `en-ru-keepassxc` (`--held`), not looked at while
tuning (the last five built after the extractor; `en-ru-postgres` and `en-ru-keepassxc` also after
the confidence's weights were fitted). `--speed` times 10,000 pairs (the tuning sets' pairs repeated and numbered, so no two
pairs are the same text), after the libraries' tables are loaded, in wall-clock and processor
seconds (the second says more on a busy machine).

**Calibration** of the equivalents' confidence (`--calibration`): every equivalent of a top-200
candidate that names a concept of the termbase (its source term, whole), labelled approved when
it is an approved target term of that concept; by confidence band, how many and the share
approved, and the expected calibration error (the bands' gaps weighed by their counts), over
the chosen sets together. `--fit` fits the confidence's logistic regression
(`equivalents.WEIGHTS`) on the ten sets' equivalents and prints its weights and each
set's log loss with the weights fitted on the other nine, and the calibration table of every set
read so (all ten sets are dev data since session 36; the first fit, session 35, was on the four
tuning sets).

    python -m bench.bench_term_extract [--tune | --held | --all] [--speed] [--calibration] [--fit]
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Sequence

from bench import terms_bilingual as tb
from termbase.formats import read_termbase_file
from termbase.match import Matcher
from termbase.model import Concept, TermStatus
from workbench.core.extraction import Candidate, extract, whole_term

TUNE = ("ru-en", "en-ru", "en-ru-docs", "en-ru-sky")
HELD = ("en-ru-humanities", "en-ru-science", "en-ru-law", "ru-en-engineering", "en-ru-medicine", "en-ru-sdg",
        "ru-en-nginx", "en-ru-postgres", "en-ru-keepassxc")
KS = (50, 100, 200)
APPROVED = frozenset({TermStatus.PREFERRED, TermStatus.ADMITTED})
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
"""The confidence bands of the calibration table."""


def gold_concepts(concepts: Sequence[Concept], pairs: Sequence[tb.Pair], lang: str, min_count: int) -> set[str]:
    matcher = Matcher(concepts, lang)
    counts: dict[str, int] = {}
    for pair in pairs:
        for match in matcher.find(pair.source):
            counts[match.concept_id] = counts.get(match.concept_id, 0) + 1
    return {concept for concept, count in counts.items() if count >= min_count}


def score_set(name: str, min_count: int) -> dict[str, object]:
    data = tb.SETS[name]
    pairs = tb.read_pairs(data.texts, data.source_lang, data.cases)
    concepts = read_termbase_file(data.termbase)
    gold = gold_concepts(concepts, pairs, data.source_lang, min_count)
    source = Matcher(concepts, data.source_lang)
    target = Matcher(concepts, data.target_lang, statuses=APPROVED)
    started = time.perf_counter()
    found = extract([(p.source, p.target) for p in pairs], data.source_lang, data.target_lang,
                    min_count=min_count, limit=max(KS))
    seconds = time.perf_counter() - started
    hit_rank: dict[str, int] = {}
    right: dict[str, bool] = {}
    for rank, candidate in enumerate(found.candidates, start=1):
        for form in (candidate.text, *candidate.forms[:3]):
            concept = whole_term(source, form)
            if concept in gold and concept not in hit_rank:
                hit_rank[concept] = rank
                top = candidate.equivalents[0].text if candidate.equivalents else ""
                right[concept] = bool(top) and whole_term(target, top) == concept
                break
    row: dict[str, object] = {"set": name, "pairs": len(pairs), "gold": len(gold)}
    for k in KS:
        row[f"R@{k}"] = round(sum(r <= k for r in hit_rank.values()) / len(gold), 3) if gold else 0.0
    within = [c for c, r in hit_rank.items() if r <= 100]
    row["equiv@100"] = round(sum(right[c] for c in within) / len(within), 3) if within else 0.0
    row["found@100"] = len(within)
    row["seconds"] = round(seconds, 2)
    return row


Labelled = tuple[float, float, float, bool, int, bool]
"""(confidence, Dice's lower bound, lead, after the first, ties, approved) of one equivalent."""


def labelled_equivalents(name: str, min_count: int) -> list[Labelled]:
    """`Labelled` of every equivalent of a top-200 candidate of set `name` that names a concept
    of its termbase."""
    data = tb.SETS[name]
    pairs = tb.read_pairs(data.texts, data.source_lang, data.cases)
    concepts = read_termbase_file(data.termbase)
    source = Matcher(concepts, data.source_lang)
    target = Matcher(concepts, data.target_lang, statuses=APPROVED)
    found = extract([(p.source, p.target) for p in pairs], data.source_lang, data.target_lang,
                    min_count=min_count, limit=max(KS))
    rows: list[Labelled] = []
    for candidate in found.candidates:
        concept = _concept(source, candidate)
        if concept is None:
            continue
        rows.extend((e.confidence, e.lower, e.lead, place > 0, e.ties, whole_term(target, e.text) == concept)
                    for place, e in enumerate(candidate.equivalents))
    return rows


def _concept(source: Matcher, candidate: Candidate) -> str | None:
    for form in (candidate.text, *candidate.forms[:3]):
        concept = whole_term(source, form)
        if concept is not None:
            return concept
    return None


def calibration(rows: Sequence[Labelled]) -> tuple[list[str], float]:
    """The table's lines (band, count, mean confidence, share approved) and the expected calibration error."""
    lines, error = [], 0.0
    for low, high in zip(BANDS, BANDS[1:]):
        band = [r for r in rows if low <= r[0] < high or (high == BANDS[-1] and r[0] == high)]
        if not band:
            continue
        mean = sum(r[0] for r in band) / len(band)
        approved = sum(r[-1] for r in band) / len(band)
        error += len(band) * abs(mean - approved)
        lines.append(f"{low:.1f}-{high:.1f}\t{len(band)}\t{mean:.3f}\t{approved:.3f}")
    return lines, error / len(rows) if rows else 0.0


def _features(row: Labelled) -> list[float]:
    return [1.0, row[1], row[2], float(row[3]), float(row[4])]


def fit(rows: Sequence[Labelled]) -> tuple[float, ...]:
    """The logistic regression of approval on `equivalents.confidence`'s features (Newton's
    method, a little ridge so that a set with no wrong equivalent in some band cannot run off)."""
    import numpy as np

    features = np.array([_features(r) for r in rows])
    approved = np.array([float(r[-1]) for r in rows])
    weights = np.zeros(features.shape[1])
    for _ in range(50):
        chance = 1 / (1 + np.exp(-features @ weights))
        gradient = features.T @ (chance - approved) + 1e-3 * weights
        hessian = (features.T * (chance * (1 - chance))) @ features + 1e-3 * np.eye(features.shape[1])
        weights -= np.linalg.solve(hessian, gradient)
    return tuple(float(w) for w in weights)


def _chance(row: Labelled, weights: Sequence[float]) -> float:
    return 1 / (1 + math.exp(-sum(w * f for w, f in zip(weights, _features(row)))))


def log_loss(rows: Sequence[Labelled], weights: Sequence[float]) -> float:
    total = 0.0
    for row in rows:
        chance = min(max(_chance(row, weights), 1e-9), 1 - 1e-9)
        total -= math.log(chance if row[-1] else 1 - chance)
    return total / len(rows)


def _read_log_loss(rows: Sequence[Labelled]) -> float:
    """The log loss of the confidences the rows hold."""
    total = 0.0
    for row in rows:
        chance = min(max(row[0], 1e-9), 1 - 1e-9)
        total -= math.log(chance if row[-1] else 1 - chance)
    return total / len(rows)


def speed(total: int = 10_000) -> tuple[float, float]:
    pairs: list[tuple[str, str]] = []
    for name in TUNE:
        data = tb.SETS[name]
        pairs.extend((p.source, p.target) for p in tb.read_pairs(data.texts, data.source_lang, data.cases)
                     if data.source_lang == "en")
    numbered = [(f"{s} ({i})", f"{t} ({i})") for i, (s, t) in enumerate((pairs * (total // len(pairs) + 1))[:total])]
    extract(numbered[:20], "en", "ru")  # the libraries' tables load once per process, not per project
    started, cpu = time.perf_counter(), time.process_time()
    extract(numbered, "en", "ru", limit=200)
    return time.perf_counter() - started, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_term_extract", description=__doc__.split("\n")[0])
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--held", action="store_true", help="the sets not tuned on")
    chosen.add_argument("--all", action="store_true", help="every set")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--speed", action="store_true", help="also time 10,000 EN -> RU pairs")
    parser.add_argument("--no-sets", action="store_true", help="only the speed")
    parser.add_argument("--calibration", action="store_true", help="the confidence's calibration table")
    parser.add_argument("--fit", action="store_true", help="fit the confidence's weights on the tuning sets")
    args = parser.parse_args(argv)
    names = HELD if args.held else (*TUNE, *HELD) if args.all else TUNE
    if args.fit:
        by_set = {name: labelled_equivalents(name, args.min_count) for name in (*TUNE, *HELD)}
        weights = fit([row for labelled in by_set.values() for row in labelled])
        print("weights (intercept, lower bound, lead, after the first, ties):", ", ".join(f"{w:.2f}" for w in weights))
        read: list[Labelled] = []
        for name, labelled in by_set.items():
            others = fit([row for other, held in by_set.items() if other != name for row in held])
            print(f"{name}: log loss {log_loss(labelled, others):.3f} fitted on the other sets")
            read.extend((_chance(row, others), *row[1:]) for row in labelled)
        lines, error = calibration(read)
        print(f"each set read with the weights fitted on the others: expected calibration error {error:.3f}, "
              f"log loss {_read_log_loss(read):.3f}")
        print("band\tcount\tmean\tapproved\n" + "\n".join(lines))
        return 0
    if args.calibration:
        for part in ([n for n in names if n in TUNE], [n for n in names if n not in TUNE]):
            if not part:
                continue
            lines, error = calibration([row for name in part for row in labelled_equivalents(name, args.min_count)])
            print(f"{'tuning' if part[0] in TUNE else 'held out'} ({', '.join(part)}): expected calibration error "
                  f"{error:.3f}\nband\tcount\tmean\tapproved")
            print("\n".join(lines))
        return 0
    rows = [] if args.no_sets else [score_set(name, args.min_count) for name in names]
    if rows:
        columns = list(rows[0])
        print("\t".join(columns))
        for row in rows:
            print("\t".join(str(row[c]) for c in columns))
    if args.speed:
        wall, cpu = speed()
        print(f"10,000 EN -> RU pairs: {wall:.1f} s ({cpu:.1f} s of processor time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
