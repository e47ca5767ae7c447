"""Running the enabled checks over a list of segments: the one runner every face calls.

`run_checks` is pure: segments in, findings out. It knows nothing of projects,
databases or faces, so the CLI, the TUI findings panel and the benchmark all
call the same function. It sits above both `base` (the vocabulary) and
`config` (the project's switches), so neither of those imports the other.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from typing import Any

from termbase.enforce import Enforcer
from termbase.senses import SenseAnswer
from workbench.core.checks.base import FAMILIES, REGISTRY, CheckContext, Finding, accepted_key
from workbench.core.checks.config import ChecksConfig
from workbench.core.checks.parallel import run_families
from workbench.core.checks.senses import SENSE_CHECKS, apply_senses
from workbench.core.project import Segment
from workbench.errors import InputError
from workbench.wording import N_

COLLECTOR_PAUSED_FROM = 1_000
"""Runs over fewer segments leave the garbage collector alone (`_collector_paused`).

Such a run (the translation editor re-checks the segment on screen at every move)
makes too few objects for the collector's passes to matter, while the pause's
last step, asking whether anything is frozen (`gc.get_freeze_count`), walks every
frozen object: 6.7 ms of CPU per run with the 134,000 objects the TUI freezes at
50,000 segments, a fifth of a move. With that many frozen, the pause breaks even
at about this many segments."""


def run_checks(
    segments: Sequence[Segment],
    *,
    source_lang: str,
    target_lang: str,
    enforcer: Enforcer | None = None,
    config: ChecksConfig | None = None,
    accepted: frozenset[tuple[int, str, str, str]] | set[tuple[int, str, str, str]] = frozenset(),
    checks: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    rules: Sequence[Any] = (),
    speller: Any = None,
    workers: int = 1,
    senses: Sequence[SenseAnswer] = (),
    documents: Mapping[int, str] | None = None,
) -> list[Finding]:
    """Run the enabled checks over `segments` and return findings in project order.

    `config` holds the project's switches, severities and options (default:
    everything on at default severity). `checks` narrows the run to those ids
    (a check switched off in the project stays off unless named here).
    `accepted` holds keys from `accepted_key`; matching findings are dropped.
    `rules` are the project's custom rules (`checks.rules.load_rules`); those `config` switches
    off are left out, and a rule's severity in `config` wins over the check's and its own.
    `speller` (`spelling.project_speller`) checks the targets' spelling;
    without one the spelling check is skipped, as term checks are without a termbase.
    Term checks need `enforcer`; without one they are skipped silently, since
    a project without a termbase has nothing to enforce.
    `workers` 2 or more runs the families on two processes (`parallel`): only
    where no other thread of the caller may hold a lock the checks take.
    `senses` are the project's sense answers (`senses.sense_answers`): a term finding whose
    occurrences all fall under an exception is downgraded to `info`, saying why.
    `documents` names each document by its id, for a finding that points into another one.
    """
    config = config or ChecksConfig()
    if checks is not None:
        selected = frozenset(checks)
        unknown = selected - REGISTRY.keys()
        if unknown:
            raise InputError.worded(N_("unknown check {unknown}"), unknown=', '.join(sorted(unknown)))
    else:
        selected = config.enabled()
    if enforcer is None:
        selected = frozenset(c for c in selected if not REGISTRY[c].needs_termbase)
    if speller is None:
        selected = selected - {"spelling"}

    rules = [rule for rule in rules if config.rule_is_enabled(rule.id)]
    context = CheckContext(
        segments=segments,
        source_lang=source_lang,
        target_lang=target_lang,
        enforcer=enforcer,
        options={cid: config.options_for(cid) for cid in REGISTRY},
        progress=progress,
        rules=rules,
        speller=speller,
        list_items=config.list_items,
        documents=documents or {},
        total=sum(
            len(segments) for f in FAMILIES.values() if selected.intersection(f.checks)
        ),
    )
    planned = [
        (family, frozenset(selected.intersection(family.checks)))
        for family in FAMILIES.values()
        if selected.intersection(family.checks)
    ]
    by_position = {s.position: s for s in segments}
    overrides = {cid: config.severity_override(cid) for cid in REGISTRY}  # looked up once, not per finding
    rule_severities = config.rule_severities()

    def place(found: Iterable[Finding]) -> list[Finding]:
        """A family's findings at the project's severities, with their segments' ids, the accepted
        ones left out: done by whichever process has them first (`parallel`)."""
        placed: list[Finding] = []
        for finding in found:
            segment = by_position[finding.segment]
            if accepted and accepted_key(finding, segment) in accepted:
                continue
            if senses and finding.check in SENSE_CHECKS:
                finding = apply_senses(finding, segment, senses, source_lang, target_lang)
            rule_severity = rule_severities.get(finding.concept or "") if finding.check == "custom-rule" else None
            placed.append(finding.placed(rule_severity or overrides[finding.check] or finding.severity, segment.id))
        return placed

    with _collector_paused() if len(segments) >= COLLECTOR_PAUSED_FROM else nullcontext():
        found = run_families(context, planned, workers, place)
        findings = [finding for family, _ in planned for finding in found[family.name]]
        order = {cid: i for i, cid in enumerate(REGISTRY)}
        findings.sort(key=lambda f: (f.segment, order[f.check]))
    return findings


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while the checks run, on again after.

    A run allocates millions of small objects and keeps its findings, so the
    collector would walk the whole heap (the termbase, the segments, a million
    objects and more) again and again: a tenth of the CPU time of 100,000 pairs,
    to free nothing, since the checks leave no reference cycles behind
    (`tests/core/checks/test_checks_speed_paths.py` holds them to that). Reference
    counting still frees everything else as it goes. In a forked child the
    collector stays off too, which also spares it copying the pages the collector
    would have written to. Left as it was when something else had switched it off.

    Before the collector is switched on again, everything it tracks is moved to its
    oldest generation (`gc.freeze` then `gc.unfreeze`, two list splices): otherwise
    its first young pass would walk every object the run made and kept (the
    findings, the other process's findings read back) to free nothing, a third of
    a second at 100,000 pairs on the run's critical path. In the oldest generation
    they wait for the next full collection, which looks at them as it looks at the
    rest of the heap. Not where something froze objects already (the TUI freezes its
    loaded segments): `gc.unfreeze` would thaw those too.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()
