"""Remembered sense exceptions (`termbase.senses`), measured as a translator would meet them.

An online simulation on every dev term set of `bench.bench_termbase.HELD_OUT_SETS` (each set's
lines, hand-labelled by the helpers named in its module, walked in document order): the matcher
proposes every occurrence it finds; the sense memory, knowing only the answers given so far,
hides those it takes for another sense already answered; the "translator" (the set's labels)
answers every proposal shown, the first and only time it is shown: a hit is confirmed, a match
labelled "another sense" is marked another sense, and any other false match (a pronoun, a verb
form: grammar's business, not a sense) is accepted for its segment alone and teaches nothing.

Per set it reports the other-sense false matches the translator still sees (before: every one of
them), the real hits the memory hides (each named; the budget is 1 % of the hits), and how many
answers the translator gave (before: one per proposal). No target texts: these sets are
monolingual, so only the source context (neighbouring lemmas, the form) is measured here.

    python -m bench.bench_senses             # the default policy, per set, with hidden hits named
    python -m bench.bench_senses --policies  # the policies compared (totals over every set)
"""

from __future__ import annotations

import csv
import importlib
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from bench.recognition_quality import labelled
from bench.recognition_ru_prose import OTHER_SENSE
from termbase.formats import read_termbase_file
from termbase.match import Matcher
from termbase.senses import DEFAULT_POLICY, SenseAnswer, SensePolicy, context_of, judge

HIDDEN_HIT_BUDGET = 0.01
"""The most of a set's real hits the memory may hide (the brief's bound)."""
POLICIES = (
    SensePolicy(window=2), SensePolicy(window=3), SensePolicy(window=4), SensePolicy(window=6),
    SensePolicy(window=4, min_shared=2), SensePolicy(window=6, min_shared=2),
    SensePolicy(window=3, same_form=True), SensePolicy(window=4, same_form=True),
    SensePolicy(window=5, same_form=True), SensePolicy(window=6, same_form=True),
    SensePolicy(window=4, common_zipf=5.0), SensePolicy(window=4, common_zipf=6.0),
    SensePolicy(window=4, common_zipf=5.0, same_form=True), SensePolicy(window=4, common_zipf=6.0, same_form=True),
)
"""The policies `--policies` compares; `termbase.senses.DEFAULT_POLICY` is chosen from them."""


@dataclass
class Walk:
    """What one set's walk met."""

    name: str
    proposals: Counter[str] = field(default_factory=Counter)
    """Matches proposed, by label: hit, sense (another sense), other (any other false match)."""
    hidden: Counter[str] = field(default_factory=Counter)
    """Matches the memory hid, by label."""
    answers: int = 0
    hidden_hits: list[str] = field(default_factory=list)
    """Each hidden hit: where, the words, and the exception that hid it."""

    @property
    def budget(self) -> int:
        return int(HIDDEN_HIT_BUDGET * self.proposals["hit"])


def _other_sense_rows(annotations: Path) -> Counter[tuple[str, str, str]]:
    with open(annotations, encoding="utf-8", newline="") as handle:
        return Counter((f"{row['doc']}:{row['line']}", row["concept"], labelled(row["surface"]))
                       for row in csv.DictReader(handle, delimiter="\t") if row["note"].startswith(OTHER_SENSE))


class Proposal(NamedTuple):
    """One match the matcher proposed, where it stands and what the labels say it is."""

    place: str
    lang: str
    text: str
    start: int
    end: int
    concept_id: str
    surface: str
    label: str
    """hit, sense (another sense) or other (any other false match)."""


@cache
def proposals(module: Any) -> tuple[Proposal, ...]:
    """Every match of a set's lines in document order, labelled (the same for every policy)."""
    concepts = read_termbase_file(module.TERMBASE)
    cases, _ = module.cases()
    other = _other_sense_rows(module.ANNOTATIONS)
    matchers: dict[str, Matcher] = {}
    found = []
    for case in cases:
        if not case.text:
            continue
        matcher = matchers.get(case.lang) or matchers.setdefault(case.lang, Matcher(concepts, case.lang))
        expected = Counter((concept, labelled(surface)) for concept, surface in case.expected)
        place = case.note.split(" ", 1)[0]
        for match in matcher.find(case.text, names=case.names, kinds=case.kinds):
            key = (match.concept_id, labelled(match.text))
            if expected[key] > 0:
                label, expected[key] = "hit", expected[key] - 1
            elif other[(place, *key)] > 0:
                label, other[(place, *key)] = "sense", other[(place, *key)] - 1
            else:
                label = "other"
            found.append(Proposal(place, case.lang, case.text, match.start, match.end, match.concept_id,
                                  match.text, label))
    return tuple(found)


def walk(name: str, module: Any, policy: SensePolicy) -> Walk:
    """Walk a set's proposals in document order, hiding and answering (module docstring)."""
    answers: list[SenseAnswer] = []
    result = Walk(name)
    for proposal in proposals(module):
        result.proposals[proposal.label] += 1
        context = context_of(proposal.concept_id, proposal.text, proposal.start, proposal.end, proposal.lang,
                             policy=policy)
        verdict = judge(context, answers, policy)
        if verdict is not None:
            result.hidden[proposal.label] += 1
            if proposal.label == "hit":
                result.hidden_hits.append(
                    f"{proposal.place} {proposal.concept_id} «{proposal.surface}» hidden by "
                    f"{verdict.answer.where} (shared: {', '.join(verdict.shared)})")
            continue
        result.answers += 1
        if proposal.label != "other":
            answers.append(SenseAnswer(context, proposal.label == "sense", where=proposal.place))
    return result


def sets() -> list[tuple[str, Any]]:
    """Every dev term set: `bench_termbase.HELD_OUT_SETS`, by name and module."""
    from bench.bench_termbase import HELD_OUT_SETS

    return [(name, importlib.import_module(f"bench.{module}")) for name, module in HELD_OUT_SETS]


def walks(policy: SensePolicy = DEFAULT_POLICY) -> list[Walk]:
    return [walk(name, module, policy) for name, module in sets()]


def describe(result: Walk) -> str:
    seen = result.proposals["sense"] - result.hidden["sense"]
    total = sum(result.proposals.values())
    return (f"{result.name:40} other senses seen {result.proposals['sense']:4} -> {seen:4}  "
            f"hits hidden {result.hidden['hit']:2} of {result.proposals['hit']:4} (budget {result.budget})  "
            f"other false hidden {result.hidden['other']:3} of {result.proposals['other']:3}  "
            f"answers {total:4} -> {result.answers:4}")


def run() -> list[dict[str, Any]]:
    """`make bench` rows: totals over every dev set under the default policy."""
    results = walks()
    senses = sum(r.proposals["sense"] for r in results)
    seen = senses - sum(r.hidden["sense"] for r in results)
    hits = sum(r.proposals["hit"] for r in results)
    proposals = sum(sum(r.proposals.values()) for r in results)
    answers = sum(r.answers for r in results)
    over = [r.name for r in results if r.hidden["hit"] > r.budget]
    return [
        {"benchmark": "senses", "metric": f"other-sense false matches seen, {len(results)} dev sets (before: every one)",
         "value": f"{senses} -> {seen}", "unit": "matches", "target": "fewer"},
        {"benchmark": "senses", "metric": "real hits hidden by remembered exceptions",
         "value": f"{sum(r.hidden['hit'] for r in results)} of {hits}", "unit": "hits",
         "target": "<= 1 % per set" + (f" (over: {', '.join(over)})" if over else "")},
        {"benchmark": "senses", "metric": "answers the translator gave (before: one per proposal)",
         "value": f"{proposals} -> {answers}", "unit": "answers", "target": "fewer"},
    ]


def main(argv: list[str]) -> int:
    if "--policies" in argv:
        for policy in POLICIES:
            results = walks(policy)
            senses = sum(r.proposals["sense"] for r in results)
            hidden = sum(r.hidden["sense"] for r in results)
            over = sum(max(0, r.hidden["hit"] - r.budget) for r in results)
            print(f"{policy}: other senses hidden {hidden} of {senses}, hits hidden "
                  f"{sum(r.hidden['hit'] for r in results)} ({over} over the sets' budgets), "
                  f"other false hidden {sum(r.hidden['other'] for r in results)}")
        return 0
    for result in walks():
        print(describe(result))
        for line in result.hidden_hits:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
