"""Does in-sentence evidence find the 2-2 beads the aligner misses? (issue 12)

The aligner finds 6 of the 18 n-m beads of the free-translation dev set
(`bench.align_dev`). Of the 12 it misses, 7 are shapes it cannot produce (2-3,
3-2, 2-4, 2-6, 4-4, 5-5); of the 2-2 beads it could produce, four come out as
two adjacent 1-1 pairs: the translator moved a clause across the sentence
boundary, and the moved clause is too short for lengths or the joined-span
meaning to notice. The idea measured here: look *inside* the sentences. If
the edge clause of a sentence (its last clause, or the first of the next)
has word links only to the neighbouring pair's other sentence, while the
rest of it links to its own partner, a clause moved across the boundary and
the two pairs may be one 2-2 bead.

Word links are the aligner's own evidence, read per clause (clauses cut at
``, ; : — – …`` and inner sentence stops): the bundled word list's glosses
(`alignment_dictionary`) and the phonetic keys of names and cognates
(`alignment_anchors.transliterations`). A link weighs the log inverse
document frequency of its key on the other side, so a rare word counts more
than a common one. The four directions are read (the last English clause
of the first pair into the second Russian sentence, the first English clause
of the second pair into the first Russian sentence, and the same from the
Russian side); the evidence is the strongest of the four.

Candidates are the adjacent 1-1 pairs of the aligner's output (with
meaning). The run prints how many of the missed gold 2-2 beads and how many
of the right adjacent 1-1 pairs the evidence fires on at each threshold,
alone and gated by the joined-span meaning gain (the cosine of the two
sentences joined on each side, less the mean cosine of the two pairs), and
what merging the pairs a rule fires on into 2-2 beads does to strict F1: with
the rule's thresholds chosen on all six texts (in sample) and chosen on five
texts, applied to the sixth (leave one text out).

    python -m bench.align_crossing      # the figures, as JSON
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product

import numpy as np

from bench import align_dev
from bench.align_dev import DevDocument
from workbench.core.alignment.aligner import Bead, align
from workbench.core.alignment.anchors import transliterations
from workbench.core.alignment.dictionary import WordList, dictionary_words, word_list
from workbench.core.alignment.meaning import Meaning, default_encoder

CLAUSE_CUT = re.compile(r"[,;:—–…]|\s-\s|(?<=[.!?])\s")
"""Where a sentence is cut into clauses: the marks a moved clause is set off by."""

Word = frozenset[tuple[str, int | str]]
"""One word's link keys: ("d", Russian stem id) for the word list, ("tr", key) for names."""
Clause = list[Word]

CROSSING_THRESHOLDS = (0.0, 2.0, 3.0, 4.0, 5.0)
"""Evidence must exceed the first and reach the others."""
GAIN_THRESHOLDS = (-math.inf, 0.0, 0.02, 0.04, 0.06, 0.08, 0.1)


@dataclass(frozen=True)
class Candidate:
    """Two adjacent 1-1 pairs of the aligner's output: (s, t) and (s + 1, t' ), t' = t + 1."""

    document: str
    source: int
    target: int
    label: str
    """"gold 2-2" (the gold has them as one 2-2 bead), "right" (both pairs gold) or "other"."""
    crossing: float
    """The strongest of the four directions' edge-clause evidence (0: none)."""
    gain: float
    """Cosine of the joined spans less the mean cosine of the two pairs."""


def clauses(text: str, english: bool, words: WordList) -> list[Clause]:
    """The clauses of one sentence, each as its words' link keys."""
    parts = [part for part in CLAUSE_CUT.split(text) if part.strip()]
    lang = "en" if english else "ru"
    ids, stem = (words.source_ids, words.source_stem) if english else (words.target_ids, words.target_stem)
    rows, keys = dictionary_words(parts, ids, stem)
    out: list[Clause] = [[] for _ in parts]
    if english:
        positions, glosses = words.forward.expand(keys)
        by_word: dict[int, set[tuple[str, int | str]]] = {}
        for position, gloss in zip(positions.tolist(), glosses.tolist(), strict=True):
            by_word.setdefault(position, set()).add(("d", gloss))
        for position, found in by_word.items():
            out[int(rows[position])].append(frozenset(found))
    else:
        for row, key in zip(rows.tolist(), keys.tolist(), strict=True):
            out[row].append(frozenset({("d", key)}))
    for k, part in enumerate(parts):
        out[k] += [frozenset({("tr", key)}) for key in transliterations(part, lang)]
    return out


def _keys(sentence: Sequence[Clause]) -> set[tuple[str, int | str]]:
    return {key for clause in sentence for word in clause for key in word}


def edge_evidence(
    sentence: Sequence[Clause],
    own: Sequence[Clause],
    other: Sequence[Clause],
    rarity: dict[tuple[str, int | str], float],
    *,
    tail: bool,
) -> float:
    """The weight of the links from `sentence`'s edge clause (last if `tail`, else
    first) into `other`, if that clause has none into `own` and the rest of the
    sentence has some (0 otherwise): a clause that went to the other pair."""
    if len(sentence) < 2:
        return 0.0
    edge, rest = (sentence[-1], sentence[:-1]) if tail else (sentence[0], sentence[1:])
    own_keys, other_keys = _keys(own), _keys(other)
    if any(word & own_keys for word in edge):
        return 0.0
    if not any(word & own_keys for clause in rest for word in clause):
        return 0.0
    return sum(max(rarity[key] for key in word & other_keys) for word in edge if word & other_keys)


def _rarity(side: Sequence[Sequence[Clause]]) -> dict[tuple[str, int | str], float]:
    """Per key: log(sentences / sentences holding it) on that side."""
    df = Counter(key for sentence in side for key in _keys(sentence))
    return {key: math.log(len(side) / count) for key, count in df.items()}


def candidates(
    doc: DevDocument, beads: Sequence[Bead], words: WordList, meaning: Meaning
) -> list[Candidate]:
    """Every two adjacent 1-1 pairs of `beads`, labelled against the gold, with their evidence."""
    src = [clauses(s.text, True, words) for s in doc.source]
    tgt = [clauses(t.text, False, words) for t in doc.target]
    # English words carry Russian stems as keys: both directions' links are read
    # in Russian stems, rare or common as the other side has them.
    src_rarity, tgt_rarity = _rarity(src), _rarity(tgt)
    gold = set(doc.gold)
    out = []
    for first, second in zip(beads, beads[1:]):
        if not all(len(side) == 1 for side in (first.source, first.target, second.source, second.target)):
            continue
        s1, t1, s2, t2 = first.source[0], first.target[0], second.source[0], second.target[0]
        if ((s1, s2), (t1, t2)) in gold:
            label = "gold 2-2"
        elif (first.source, first.target) in gold and (second.source, second.target) in gold:
            label = "right"
        else:
            label = "other"
        crossing = max(
            edge_evidence(src[s1], tgt[t1], tgt[t2], tgt_rarity, tail=True),
            edge_evidence(src[s2], tgt[t2], tgt[t1], tgt_rarity, tail=False),
            edge_evidence(tgt[t1], src[s1], src[s2], src_rarity, tail=True),
            edge_evidence(tgt[t2], src[s2], src[s1], src_rarity, tail=False),
        )
        english = [doc.source[s1].text, doc.source[s2].text]
        russian = [doc.target[t1].text, doc.target[t2].text]
        v = meaning.vectors([*english, " ".join(english), *russian, " ".join(russian)])
        gain = float(v[2] @ v[5] - (v[0] @ v[3] + v[1] @ v[4]) / 2)
        out.append(Candidate(doc.name, s1, t1, label, crossing, gain))
    return out


def merged(beads: Sequence[Bead], fire: set[tuple[int, int]]) -> list[Bead]:
    """`beads` with the adjacent 1-1 pairs starting at (s, t) in `fire` made one 2-2 bead."""
    out: list[Bead] = []
    k = 0
    while k < len(beads):
        bead = beads[k]
        if bead.source and bead.target and (bead.source[0], bead.target[0]) in fire:
            after = beads[k + 1]
            out.append(Bead(bead.source + after.source, bead.target + after.target, bead.confidence))
            k += 2
        else:
            out.append(bead)
            k += 1
    return out


Rule = tuple[float, float]
"""(crossing threshold, gain threshold)."""


def fires(candidate: Candidate, rule: Rule) -> bool:
    crossing, gain = rule
    return candidate.crossing > crossing and candidate.gain >= gain


def applied(
    results: Sequence[tuple[DevDocument, list[Bead]]], found: Sequence[Candidate], rule: Rule
) -> list[tuple[DevDocument, list[Bead]]]:
    chosen = [c for c in found if fires(c, rule)]
    return [
        (doc, merged(beads, {(c.source, c.target) for c in chosen if c.document == doc.name}))
        for doc, beads in results
    ]


def summary(results: Sequence[tuple[DevDocument, list[Bead]]]) -> dict[str, object]:
    nm = align_dev.found_by_kind(results)["n-m"]
    return {
        "strict_f1": round(align_dev.score(results)["f1_strict"], 4),
        "lowest_text": round(min(align_dev.score([pair])["f1_strict"] for pair in results), 3),
        "n-m": f"{nm[0]} of {nm[1]}",
    }


def best_rule(results: Sequence[tuple[DevDocument, list[Bead]]], found: Sequence[Candidate]) -> Rule:
    """The rule with the highest strict F1 on `results`; ties go to the rule that fires least."""
    rules = list(product(CROSSING_THRESHOLDS, GAIN_THRESHOLDS))
    return max(
        rules,
        key=lambda rule: (
            align_dev.score(applied(results, found, rule))["f1_strict"],
            -sum(fires(c, rule) for c in found),
        ),
    )


def main() -> None:
    docs = align_dev.documents()
    encoder = default_encoder()
    words = word_list("en", "ru")
    if not docs or encoder is None or words is None:
        sys.exit("needs ../shared/align-dev, the sentence encoder and the word list")
    meaning = Meaning(encoder)
    results = [(doc, align(doc.source, doc.target, meaning=meaning)) for doc in docs]
    found = [c for doc, beads in results for c in candidates(doc, beads, words, meaning)]
    gold = [c for c in found if c.label == "gold 2-2"]
    right = [c for c in found if c.label == "right"]
    separation = {
        f"crossing > {crossing:g}, gain >= {gain:g}": (
            f"gold 2-2 {sum(fires(c, (crossing, gain)) for c in gold)} of {len(gold)}, "
            f"right {sum(fires(c, (crossing, gain)) for c in right)} of {len(right)}"
        )
        for crossing, gain in product(CROSSING_THRESHOLDS, GAIN_THRESHOLDS)
    }
    in_sample = best_rule(results, found)
    held_out: list[tuple[DevDocument, list[Bead]]] = []
    rules = {}
    for doc, beads in results:
        rest = [pair for pair in results if pair[0] is not doc]
        rule = best_rule(rest, [c for c in found if c.document != doc.name])
        rules[doc.name] = rule
        held_out += applied([(doc, beads)], [c for c in found if c.document == doc.name], rule)
    print(
        json.dumps(
            {
                "missed gold 2-2 as two 1-1 pairs": [
                    f"{c.document} {c.source}/{c.target}: crossing {c.crossing:.2f}, gain {c.gain:.3f}"
                    for c in gold
                ],
                "separation": separation,
                "aligner": summary(results),
                "in sample": {"rule": in_sample, **summary(applied(results, found, in_sample))},
                "leave one text out": {"rules": rules, **summary(held_out)},
                "gain quantiles of right pairs": np.quantile(
                    [c.gain for c in right], [0.5, 0.75, 0.9, 0.95]
                ).round(3).tolist(),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
