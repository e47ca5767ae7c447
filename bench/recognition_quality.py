"""Measuring recognition: recall and precision on an annotated set of sentences.

Evaluation code, not part of the termbase library: it lives with the benchmarks.

The tests assert on it and the benchmark reports it, so both read the same
file format, a UTF-8 TSV with a header row::

    lang  text  expected  kind  note

* `expected`: every term occurrence the text contains, `concept=surface`
  separated by ` ; ` (the surface exactly as written in the text); empty when
  the text contains none;
* `kind`: `hit` for a sentence written to contain terms, `near-miss` for one
  written to tempt a matcher into a false match (it may still contain other,
  expected, terms);
* `note`: what the case exercises.

Every match the matcher returns that is not expected is a false positive (a
possessive's "'s" dropped from both surfaces, `labelled`);
every expected occurrence it misses is a false negative.

Annotations of texts kept elsewhere (`load_line_annotations`) point into
them by document, language and line number instead of copying sentences::

    doc  lang  line  concept  surface  kind  note

Every line of every document named is a case (a line with no row must stay
silent); `hit` rows are expected occurrences, `near-miss` rows record a word
that must *not* be read as the concept (a verb sharing a noun term's lemma).
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from termbase.errors import TermbaseError
from termbase.match import Matcher
from termbase.model import Concept
from termbase.names import document_kinds, document_names


@dataclass(frozen=True, slots=True)
class Case:
    """One annotated sentence."""

    lang: str
    text: str
    expected: tuple[tuple[str, str], ...]
    """(concept id, surface) of every occurrence the text contains."""
    kind: str
    note: str
    names: frozenset[str] = frozenset()
    """The words the text's document writes as names (`termbase.names.document_names`); none
    for a sentence set, whose sentences have no document."""
    kinds: frozenset[str] = frozenset()
    """The lemma keys of the nouns the document heads a name phrase with
    (`termbase.names.document_kinds`)."""


def load_cases(path: Path | str) -> list[Case]:
    cases = []
    with open(path, encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            expected = []
            for item in filter(
                None, (part.strip() for part in (row["expected"] or "").split(" ; "))
            ):
                concept, sep, surface = item.partition("=")
                if not sep or surface not in row["text"]:
                    raise TermbaseError(
                        f"{Path(path).name}: line {number}: bad expectation {item!r}"
                    )
                expected.append((concept, surface))
            if row["kind"] not in ("hit", "near-miss"):
                raise TermbaseError(
                    f"{Path(path).name}: line {number}: kind must be hit or near-miss"
                )
            cases.append(
                Case(row["lang"], row["text"], tuple(expected), row["kind"], row["note"] or "")
            )
    return cases


def load_line_annotations(
    path: Path | str, root: Path | str, documents: Mapping[str, Sequence[str]] | None = None
) -> tuple[list[Case], int]:
    """Cases for every line of the documents `path` annotates, read from `root`.

    Documents are `<root>/<doc>.<lang>.txt`, one sentence or paragraph a line; `documents` gives
    each document's lines (the whole work: `root` keeps only its annotated lines) to read its
    names from (`termbase.names.document_names`, in the document's language).
    Returns the cases and the number of near-miss rows.
    """
    rows: dict[tuple[str, str], dict[int, list[dict[str, str]]]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["kind"] not in ("hit", "near-miss"):
                raise TermbaseError(f"{Path(path).name}: kind must be hit or near-miss: {row}")
            rows.setdefault((row["doc"], row["lang"]), {}).setdefault(int(row["line"]), []).append(row)
    cases: list[Case] = []
    near_misses = 0
    for (doc, lang), by_line in sorted(rows.items()):
        text_path = Path(root) / f"{doc}.{lang}.txt"
        lines = text_path.read_text(encoding="utf-8").splitlines()
        names = document_names((documents or {}).get(doc, ()), lang)
        kinds = document_kinds((documents or {}).get(doc, ()), lang) if names else frozenset()
        for number, line in enumerate(lines, start=1):
            annotated = by_line.get(number, [])
            expected = []
            for row in annotated:
                if row["surface"] not in line:
                    raise TermbaseError(
                        f"{Path(path).name}: {doc}.{lang} line {number} has no {row['surface']!r}"
                    )
                if row["kind"] == "hit":
                    expected.append((row["concept"], row["surface"]))
            misses = sum(row["kind"] == "near-miss" for row in annotated)
            near_misses += misses
            kind = "near-miss" if misses else "hit"
            notes = "; ".join(dict.fromkeys(row["note"] for row in annotated))
            cases.append(Case(lang, line, tuple(expected), kind, f"{doc}:{number} {notes}",
                              names, kinds))
    return cases, near_misses


@dataclass(frozen=True, slots=True)
class Miss:
    """A disagreement between the matcher and the annotation."""

    case: Case
    missing: tuple[tuple[str, str], ...]
    extra: tuple[tuple[str, str], ...]


def labelled(surface: str) -> str:
    """A span as the scorer compares it: without a possessive's (or a contraction's) "'s".

    The matcher's span covers the whole token ("mate's", "Spray's") so that a highlight marks
    the word as written; the held-out sets' labels name the term's word ("mate"), the hand-made
    set's the token ("union's"). The clitic is no part of the term, so the scorer drops it from
    both, one convention for every set, rather than count one occurrence twice, a false match
    and a miss."""
    for mark in ("'s", "’s", "'S", "’S"):
        if surface.endswith(mark) and len(surface) > len(mark):
            return surface[: -len(mark)]
    return surface


def compare(concepts: Sequence[Concept], cases: Iterable[Case]) -> tuple[Counter[str], list[Miss]]:
    """Counts (true/false positives, false negatives, cases by kind) and each disagreement."""
    matchers: dict[str, Matcher] = {}
    counts: Counter[str] = Counter()
    misses = []
    for case in cases:
        matcher = matchers.get(case.lang)
        if matcher is None:
            matcher = matchers[case.lang] = Matcher(concepts, case.lang)
        found = Counter((m.concept_id, labelled(m.text)) for m in matcher.find(case.text, names=case.names, kinds=case.kinds))
        expected = Counter((concept, labelled(surface)) for concept, surface in case.expected)
        hits = found & expected
        counts["true_positives"] += sum(hits.values())
        counts["false_positives"] += sum((found - hits).values())
        counts["false_negatives"] += sum((expected - hits).values())
        counts["expected"] += sum(expected.values())
        counts[case.kind] += 1
        if found != expected:
            misses.append(
                Miss(case, tuple((expected - hits).elements()), tuple((found - hits).elements()))
            )
    return counts, misses


def evaluate(concepts: Sequence[Concept], cases: Iterable[Case]) -> dict[str, float]:
    """recall, precision, positives (expected occurrences) and near_misses (sentences)."""
    counts, _ = compare(concepts, cases)
    tp, fp, fn = counts["true_positives"], counts["false_positives"], counts["false_negatives"]
    return {
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "positives": float(counts["expected"]),
        "near_misses": float(counts["near-miss"]),
        "false_positives": float(fp),
        "false_negatives": float(fn),
    }
