"""Can sentence meaning tell a term's sense from another sense of its word? A measurement for
issue 15, kept so the question is not asked again without new evidence.

The matcher's largest precision gap is another sense of the same word: a music termbase's «time»
read where a book means a span, «figure» where it means an illustration, «мир» as the world where
the termbase means peace. Grammar cannot decide these; meaning might. The workbench ships an
offline multilingual sentence encoder (`workbench.core.alignment.meaning`), and every concept of
the issue-15 sets carries a `subject` and a one-line `definition` of the sense meant, so the
simplest meaning-based decider scores each match by the cosine between the paragraph it stands
in and the concept's entry, and drops matches below a threshold. This module scores every match
the matcher returns on the four issue-15 sets whose termbases carry definitions, in three ways
(`VARIANTS`), and reports how many false matches each cuts before the recall budget is spent:
**recall may drop by at most `RECALL_BUDGET`** (a missed term is a missed QA error), so a
threshold may fall above at most that share of a set's true matches.

A threshold is chosen on one set (the highest that keeps within that set's budget) and checked on
the others, since a threshold chosen on the set it is scored on only says how well the scores
could separate, not how well they do.

    python -m bench.sense_margin          # the table (reads the mirrored works; needs the encoder)
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np

from bench import (
    recognition_homographs,
    recognition_issue15,
    recognition_issue15_en,
    recognition_music_en,
)
from bench.recognition_quality import Case
from termbase.formats import read_termbase_file
from termbase.match import Matcher
from termbase.model import Concept

RECALL_BUDGET = 0.005
"""The most recall a decider may cost on any set (issue 15's bound)."""
VARIANTS = ("definition", "entry", "contrast")
"""How a match is scored against its concept, each a cosine with the match's paragraph:
``definition`` the concept's definition alone; ``entry`` the matched words, the subject and the
definition ("key (music): the family of notes ..."), so the encoder reads which word is meant;
``contrast`` the entry's cosine less the best of every other concept's entry in the termbase
(a paragraph closer to another concept of the termbase than to its own is suspect)."""
SETS: dict[str, ModuleType] = {
    "music_en": recognition_music_en,
    "homographs_ru": recognition_homographs,
    "issue15_ru": recognition_issue15,
    "issue15_en": recognition_issue15_en,
}
"""The issue-15 sets whose termbases give every concept a subject and a definition."""

Vectors = Callable[[Sequence[str]], np.ndarray]
"""Unit vectors (rows) of texts: `workbench.core.alignment.meaning.Meaning.vectors`."""


@dataclass(frozen=True, slots=True)
class ScoredMatch:
    """One match the matcher returned on an annotated set, and how meaning scores it."""

    concept_id: str
    true: bool
    """Whether the annotation expects it (a true positive) or not (a false match)."""
    scores: dict[str, float]
    """Its score under each of `VARIANTS`: the lower, the less the paragraph reads as the concept."""


@dataclass(frozen=True, slots=True)
class Scored:
    """A set's matches with their scores, and its expected occurrences (for recall)."""

    matches: tuple[ScoredMatch, ...]
    positives: int

    def budget(self) -> int:
        """How many true matches a threshold may drop within `RECALL_BUDGET`."""
        return math.floor(RECALL_BUDGET * self.positives + 1e-9)


def entry(concept: Concept, words: str) -> str:
    """The text a match is compared with: its words, the concept's subject and definition."""
    return f"{words} ({concept.subject}): {concept.definition or ''}"


def score_set(concepts: Sequence[Concept], cases: Sequence[Case], vectors: Vectors) -> Scored:
    """Every match the matcher returns on `cases`, labelled by the annotation and scored."""
    found: list[tuple[Case, str, str, bool]] = []
    positives = 0
    matchers: dict[str, Matcher] = {}
    for case in cases:
        matcher = matchers.get(case.lang) or matchers.setdefault(case.lang, Matcher(concepts, case.lang))
        expected = Counter(case.expected)
        positives += sum(expected.values())
        for match in matcher.find(case.text):
            key = (match.concept_id, match.text)
            true = expected[key] > 0
            expected[key] -= true
            found.append((case, match.concept_id, match.text, true))
    if not found:
        return Scored((), positives)
    by_id = {concept.id: concept for concept in concepts}
    langs = {case.lang for case in cases}
    # Each concept's own entry in the set's language, for `contrast`: the first term of that
    # language names it, as a termbase author would.
    ids = [concept.id for concept in concepts]
    own_words = {concept.id: next((term.text for term in concept.terms if term.lang in langs),
                                  concept.terms[0].text) for concept in concepts}
    entries = vectors([entry(by_id[cid], own_words[cid]) for cid in ids])
    paragraphs = vectors([case.text for case, *_ in found])
    definitions = vectors([by_id[cid].definition or "" for _, cid, _, _ in found])
    matched = vectors([entry(by_id[cid], words) for _, cid, words, _ in found])
    against_all = paragraphs @ entries.T
    rows = []
    for row, (_, cid, _, true) in enumerate(found):
        own = ids.index(cid)
        others = np.delete(against_all[row], own)
        best_other = float(others.max()) if len(others) else -1.0
        rows.append(ScoredMatch(cid, true, {
            "definition": float(paragraphs[row] @ definitions[row]),
            "entry": float(paragraphs[row] @ matched[row]),
            "contrast": float(against_all[row, own]) - best_other,
        }))
    return Scored(tuple(rows), positives)


def threshold(scored: Scored, variant: str) -> float:
    """The highest threshold that drops at most the set's budget of true matches (a match is
    dropped when its score is below the threshold): the lowest true score past the budget."""
    true_scores = sorted(match.scores[variant] for match in scored.matches if match.true)
    return true_scores[scored.budget()] if len(true_scores) > scored.budget() else math.inf


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a threshold does to a set."""

    dropped_true: int
    dropped_false: int
    recall_before: float
    recall_after: float
    precision_before: float
    precision_after: float


def outcome(scored: Scored, variant: str, cut: float) -> Outcome:
    """Recall and precision before and after dropping the matches scoring below `cut`."""
    true = sum(match.true for match in scored.matches)
    false = len(scored.matches) - true
    dropped_true = sum(match.true and match.scores[variant] < cut for match in scored.matches)
    dropped_false = sum(not match.true and match.scores[variant] < cut for match in scored.matches)
    kept_true, kept_false = true - dropped_true, false - dropped_false
    return Outcome(
        dropped_true, dropped_false,
        true / scored.positives if scored.positives else 1.0,
        kept_true / scored.positives if scored.positives else 1.0,
        true / (true + false) if true + false else 1.0,
        kept_true / (kept_true + kept_false) if kept_true + kept_false else 1.0,
    )


def report(sets: dict[str, Scored]) -> list[str]:
    """One line per variant and set a threshold is chosen on: what it does on every set."""
    lines = []
    for variant in VARIANTS:
        for chosen_on, scored in sets.items():
            cut = threshold(scored, variant)
            lines.append(f"{variant} chosen on {chosen_on} (drops below {cut:.3f}):")
            for name, other in sets.items():
                result = outcome(other, variant, cut)
                within = result.dropped_true <= other.budget()
                lines.append(
                    f"  {name:14} true dropped {result.dropped_true:2} (budget {other.budget()}) "
                    f"false dropped {result.dropped_false:3} of {sum(not m.true for m in other.matches):3}  "
                    f"recall {result.recall_before:.3f} -> {result.recall_after:.3f}  "
                    f"precision {result.precision_before:.3f} -> {result.precision_after:.3f}"
                    f"{'' if within else '  over budget'}")
    return lines


def main() -> int:
    """Score the sets with the bundled encoder and print the table."""
    from workbench.core.alignment.meaning import Meaning, default_encoder

    encoder = default_encoder()
    if encoder is None:
        print("sense_margin: the sentence encoder is not installed; nothing to measure", file=sys.stderr)
        return 2
    meaning = Meaning(encoder)
    sets = {}
    for name, module in SETS.items():
        cases, _ = module.cases()
        sets[name] = score_set(read_termbase_file(Path(module.TERMBASE)), cases, meaning.vectors)
    print("\n".join(report(sets)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
