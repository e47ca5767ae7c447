"""Where the checks and the labels of one QA set disagree: each false alarm and each miss.

`python -m bench qa_accuracy` counts them; reading them needs the cases themselves. This prints
each case of a set whose findings differ from its labels, scored as the bench scores it (the
same cases, the same context, the same checks, the project configured with the set's own house
style of lists, `bench_qa_accuracy.house_style`, the same `bench_qa_accuracy.expected`), so what
is read is what the row counted:

    python -m bench.qa_disagreements "held-out program-catalogues"
    python -m bench.qa_disagreements dev-manuals --check quote-style

SET is a label of `python -m bench qa_accuracy` ("dev", "dev-debian", "dev-manuals", "dev-handbook
real", "dev-kde-apps", ...; `labels`). A frozen set is loaded alone; the built sets in turn, as
the bench builds them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bench.bench_qa_accuracy import (
    BUILT_SETS,
    FROZEN_SETS,
    Case,
    _from_held_out,
    case_findings,
    expected,
    house_style,
    scored_checks,
    sets,
)
from termbase.enforce import Enforcer
from workbench.core.checks.base import Finding
from workbench.core.checks.config import ChecksConfig


@dataclass(frozen=True)
class Disagreement:
    """One case whose findings differ from its labels."""

    number: int
    """The case's 1-based position in its set, as the set's loader lists them."""
    case: Case
    findings: tuple[Finding, ...]
    """Every finding of a scored check on the case's own segment."""
    false_alarms: tuple[str, ...]
    """Checks that reported the case and must not."""
    misses: tuple[str, ...]
    """Checks that must report the case and did not."""


def labels() -> list[str]:
    """Every set label the accuracy bench scores, in its order."""
    return [*BUILT_SETS, *(name for name, _, _ in FROZEN_SETS)]


def load_set(label: str) -> tuple[list[Case], Enforcer]:
    """The cases and the termbase of the set the bench calls `label` (KeyError: no such set; one
    whose packages cannot be fetched here is skipped by `sets`, which says why)."""
    for name, _, load in FROZEN_SETS:
        if name == label:  # a frozen set needs none of the sets before it
            return [_from_held_out(c) for c in load()], Enforcer([], "en", "ru")
    if label in BUILT_SETS:
        for name, cases, enforcer in sets():
            if name == label:
                return cases, enforcer
    raise KeyError(label)


def disagreements(cases: Sequence[Case], enforcer: Enforcer, only: str | None = None,
                  config: ChecksConfig | None = None) -> Iterator[Disagreement]:
    """Each case whose findings differ from its labels (on the check `only`, if given), in a
    project configured by `config` (the set's house style, `house_style`, as the bench scores it)."""
    checks = scored_checks()
    watched = [only] if only else checks
    for number, case in enumerate(cases, start=1):
        findings = tuple(case_findings(case, enforcer, checks, config))
        fired = {f.check for f in findings}
        verdicts = [(check, expected(case, check)) for check in watched]
        false_alarms = tuple(c for c, made in verdicts if made is False and c in fired)
        misses = tuple(c for c, made in verdicts if made and c not in fired)
        if false_alarms or misses:
            yield Disagreement(number, case, findings, false_alarms, misses)


def describe(d: Disagreement) -> str:
    """The disagreement as a reader wants it: where, both texts, the labels and the findings."""
    case = d.case
    labels = sorted({*case.also, *([case.check] if case.check else [])})
    lines = [
        f"#{d.number} {case.block}".rstrip() + f"  [{case.note}]",
        f"  source:   {case.source!r}",
        f"  target:   {case.target!r}",
        f"  labels:   {', '.join(labels) or '(none)'}",
    ]
    lines += [f"  finding:  {f.check}: {f.message}" for f in d.findings]
    if d.false_alarms:
        lines.append(f"  false alarm: {', '.join(d.false_alarms)}")
    if d.misses:
        lines.append(f"  missed:   {', '.join(d.misses)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.qa_disagreements", description=__doc__.split("\n")[0])
    parser.add_argument("set", help='a set label of the qa_accuracy bench, e.g. "dev-manuals"')
    parser.add_argument("--check", help="only this check's false alarms and misses")
    args = parser.parse_args(argv)
    if args.check is not None and args.check not in scored_checks():
        parser.error(f"no scored check {args.check!r}; one of: {', '.join(scored_checks())}")
    if args.set not in labels():
        parser.error(f"no set {args.set!r}; one of: {', '.join(labels())}")
    try:
        cases, enforcer = load_set(args.set)
    except KeyError:
        parser.error(f"the set {args.set!r} cannot be built here (see above why)")
    except (OSError, subprocess.SubprocessError) as error:  # its packages cannot be fetched here
        parser.error(f"the set {args.set!r} cannot be loaded here: {error}")
    found = list(disagreements(cases, enforcer, args.check, house_style(args.set)))
    for d in found:
        print(describe(d), end="\n\n")
    alarms = sum(len(d.false_alarms) for d in found)
    misses = sum(len(d.misses) for d in found)
    print(f"{args.set}: {len(cases)} cases, {alarms} false alarms, {misses} misses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
