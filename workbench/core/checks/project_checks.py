"""`check_project`: run the checks on an open project with its own settings.

This is the one place that knows where a project keeps what the pure runner
needs: check settings in `project.toml`, termbases through
`workbench.core.terminology`, acceptances in `project.db`, custom rules in
`rules.toml`. Accepting a finding runs the checks to find it, so
`accept_finding` lives here too.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from termbase import safetext
from termbase.enforce import Enforcer
from workbench.core.check_records import TABLE, Acceptance, accepted_keys, reason_given, text_hash
from workbench.core.checks.base import REGISTRY, Finding
from workbench.core.checks.baseline import BaselineKey, finding_key
from workbench.core.checks.config import WORDED_CHOICES, ChecksConfig
from workbench.core.checks.reports import json_records
from workbench.core.checks.rules import load_rules
from workbench.core.checks.runner import run_checks
from workbench.core.checks.senses import SENSE_CHECKS, sense_answers
from workbench.core.project import Project, Segment, utc_now
from workbench.core.spelling import project_speller
from workbench.errors import InputError
from workbench.wording import N_


def check_project(
    project: Project,
    checks: Iterable[str] | None = None,
    *,
    enforcer: Enforcer | None = None,
    progress: Callable[[int, int], None] | None = None,
    include_accepted: bool = False,
    workers: int = 1,
    consistency_scope: str | None = None,
    document: int | None = None,
) -> list[Finding]:
    """Findings for every segment of `project`, in project order.

    `checks` narrows the run to those ids (default: what project.toml enables).
    `enforcer` overrides the project's termbases (the TUI keeps one built);
    by default it is built from them, and term checks are skipped when the
    project has no termbase. Accepted findings are left out unless
    `include_accepted`. `workers` 2 or more runs the families on two processes
    (`runner.run_checks` says when that is safe). `consistency_scope` ("project" or
    "document") overrides the project's `scope` of the two consistency checks for this run.

    `document` (an id) checks that document's segments alone, with every check whose findings
    depend on its own segments: a reviewer who has filtered the findings to one delivery
    re-checks it in a twentieth of the time of the project. The project-wide checks
    (`CheckSpec.project_wide`: consistency, the length distribution, variant mixes) are left
    out, since over one document they would answer another question; a face keeps their last
    full run's findings. Such a run is not recorded as the project's last run.
    """
    config = ChecksConfig.from_mapping(project.config.checks)
    if consistency_scope is not None:
        config = config.with_option(("inconsistent-target", "inconsistent-source"), "scope",
                                    WORDED_CHOICES["scope"].index(consistency_scope))
    wanted = frozenset(checks) if checks is not None else config.enabled()
    segments = project.segments()
    if document is not None:
        wanted = frozenset(c for c in wanted if c in REGISTRY and not REGISTRY[c].project_wide)
        segments = [segment for segment in segments if segment.document_id == document]
    if enforcer is None and any(REGISTRY[c].needs_termbase for c in wanted if c in REGISTRY):
        enforcer = project_enforcer(project)
    findings = run_checks(
        segments,
        source_lang=project.config.source_lang,
        target_lang=project.config.target_lang,
        enforcer=enforcer,
        config=config,
        accepted=frozenset() if include_accepted else accepted_keys(project),
        checks=wanted,
        progress=progress,
        workers=workers,
        rules=load_rules(project.path, project.config.source_lang, project.config.target_lang),
        speller=project_speller(project) if "spelling" in wanted else None,
        senses=sense_answers(project) if SENSE_CHECKS & wanted else (),
        documents=project.document_names(),
    )
    if checks is None and not include_accepted and document is None:
        record_last_run(project, findings)
    return findings


def record_last_run(project: Project, findings: Sequence[Finding]) -> None:
    """Keep what a full run found, so `status` after `check` does not say "none".

    Best effort: a run whose result cannot be written (another process holds
    the write lock past the busy timeout) still reports its findings.
    """
    by_check = dict(sorted(Counter(f.check for f in findings).items()))
    try:
        with project.transaction() as db:
            db.execute("delete from checks_last_run")
            db.table("checks_last_run").insert(
                {"ran_at": utc_now(), "findings": json.dumps(by_check), "total": len(findings)}
            )
    except sqlite3.OperationalError:
        return


def project_enforcer(project: Project) -> Enforcer | None:
    """The enforcer for the project's termbases, or None when it has none."""
    from workbench.core.terminology import project_enforcer as build

    return build(project)


def accept_finding(
    project: Project,
    position: int,
    check: str,
    reason: str,
    concept: str | None = None,
) -> Acceptance:
    """Accept the `check` finding on the segment at `position` (1-based) as a false positive.

    The finding must exist now (so a typo in the position or check does not
    store an acceptance that silences nothing). Where the segment has findings
    of that check for several concepts, `concept` must say which.
    """
    if check not in REGISTRY:
        raise InputError.worded(N_("unknown check {check}; known checks: {known}"), check=repr(check), known=', '.join(REGISTRY))
    reason = reason_given(reason)  # typed: shown by `check accepted` and the TUI
    segments = project.segments()
    if not 1 <= position <= len(segments):
        raise InputError.worded(N_("no segment {position}: the project has {count} segments"), position=position, count=len(segments))
    segment = segments[position - 1]
    findings = [
        f
        for f in check_project(project, checks=[check], include_accepted=True)
        if f.segment == position
    ]
    concept = _which_concept(findings, position, check, concept)
    acceptance = Acceptance(
        segment.id, check, concept, _hash(segment), reason, utc_now()
    )
    with project.transaction() as db:
        db.execute(
            f"delete from {TABLE} where segment_id = ? and \"check\" = ? and concept = ?",
            [segment.id, check, concept or ""],
        )
        db.table(TABLE).insert(
            {
                "segment_id": acceptance.segment_id,
                "check": acceptance.check,
                "concept": concept or "",
                "text_hash": acceptance.text_hash,
                "reason": acceptance.reason,
                "accepted_at": acceptance.accepted_at,
            }
        )
    return acceptance


@dataclass(frozen=True)
class TakenAcceptances:
    """What `take_acceptances` made of a file of acceptances."""

    taken: int
    """Findings of this project accepted again, each with its acceptance's reason."""
    gone: int
    """Acceptances no finding of this project answers: fixed since, or the segment changed (its
    finding is then new, as with an acceptance made here), or it no longer applied when listed."""


def take_acceptances(project: Project, accepted: Sequence[tuple[BaselineKey | None, str]]) -> TakenAcceptances:
    """Accept again the findings that acceptances listed by `check accepted --format json` in
    another copy of the project speak of: the same document, check, concept and segment texts.

    A CI job imports each delivery into a fresh project: what the QA lead accepted once must stay
    silent on the vendor's next delivery while its segment is as it was, and only there."""
    documents = project.document_names()
    named = set(documents.values())
    reasons: dict[BaselineKey, str] = {}
    for key, reason in accepted:
        if key is not None:
            # A document this project has not (the vendor's `letter_v2.xlf` for `letter.xlf`):
            # the pair's texts, check and concept still name the finding, in any document.
            reasons[key if key[0] in named else (None, *key[1:])] = " ".join(safetext.clean(reason).split())
    checks = {key[1] for key in reasons} & set(REGISTRY)
    findings = check_project(project, checks, include_accepted=True) if checks else []
    segments = project.segments()
    by_position = {s.position: s for s in segments}
    answered: set[BaselineKey] = set()
    rows: dict[tuple[int, str, str], dict[str, object]] = {}
    now = utc_now()
    for finding, record in zip(findings, json_records(findings, segments, documents), strict=True):
        exact = finding_key(record)
        key = exact if exact in reasons else (None, *exact[1:])
        segment = by_position.get(finding.segment)
        if key not in reasons or segment is None:
            continue
        answered.add(key)
        rows[(segment.id, finding.check, finding.concept or "")] = {
            "segment_id": segment.id, "check": finding.check, "concept": finding.concept or "",
            "text_hash": _hash(segment), "reason": reasons[key], "accepted_at": now,
        }
    with project.transaction() as db:
        for segment_id, check, concept in rows:
            db.execute(f"delete from {TABLE} where segment_id = ? and \"check\" = ? and concept = ?",
                       [segment_id, check, concept])
        db.table(TABLE).insert_all(list(rows.values()))
    return TakenAcceptances(len(rows), len(reasons) - len(answered) + sum(key is None for key, _ in accepted))


def _hash(segment: Segment) -> str:
    return text_hash(segment.source, segment.target)


def _which_concept(
    findings: list[Finding], position: int, check: str, concept: str | None
) -> str | None:
    if not findings:
        raise InputError.worded(N_("segment {position} has no {check} finding to accept"), position=position, check=check)
    concepts = sorted({f.concept for f in findings if f.concept is not None})
    if concept is not None:
        if concept not in concepts:
            listed = ", ".join(concepts) or "none"
            raise InputError.worded(
                N_("segment {position} has no {check} finding for concept {concept} (concepts: {listed})"), position=position, check=check, concept=repr(concept), listed=listed
            )
        return concept
    if len(concepts) > 1:
        raise InputError.worded(
            N_("segment {position} has {check} findings for several concepts ({concepts}); say which with --concept"), position=position, check=check, concepts=', '.join(concepts)
        )
    return concepts[0] if concepts else None
