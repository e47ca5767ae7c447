"""A baseline for CI: the findings an earlier `check --format json` report held are not new.

A localisation lead who wires `workbench check` into a build accepts the findings the project
has today and wants only new ones to fail it. `check accept` does that one finding at a time,
into the project's database; a baseline is the whole earlier report, kept as a file beside the
build script (`workbench check DIR --format json --fail-on never -o baseline.json`) and named
with `--baseline`. Findings that the baseline holds are left out of the report and the exit code.

A finding is the same as a baseline's when its document, check, concept and segment texts
(source and target) are: not its position, which every segment inserted above it shifts, nor its
message, which names what the text says anyway. A segment edited since is new, as with an
acceptance, since the baseline spoke of the old text. The same key twice (a sentence repeated in
a document) is counted: a baseline that held it once lets one through.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from workbench.core.checks.base import Finding
from workbench.core.checks.reports import json_records
from workbench.core.project import Segment
from workbench.errors import InputError
from workbench.wording import N_

BaselineKey = tuple[str | None, str, str, str, str]
"""(document name, check id, concept id or '', source, target)."""

MAX_BASELINE_BYTES = 1024 * 2**20
"""A report of the benchmark's 75,000 findings at 100,000 pairs is about 60 MB; a file larger than
this is not a report of ours, and reading it would take the memory a build runner has."""

_TEXT_KEYS = ("document", "concept", "source", "target")
"""Present in every record, text or null (a finding whose segment is gone has no texts)."""


def read_baseline(path: Path) -> Counter[BaselineKey]:
    """The findings of a report written by `check --format json`, counted by key; InputError when
    the file is no such report, since a baseline read as empty would fail a build on every old
    finding, and one read wrongly would let new ones pass."""
    try:
        size = path.stat().st_size
    except OSError:
        raise InputError.worded(N_("{path}: no such baseline file; write one with workbench check DIR --format json --fail-on never -o {path}"), path=path) from None
    if size > MAX_BASELINE_BYTES:
        raise InputError.worded(N_("{path}: {size} MB is too large for a baseline (at most {most} MB)"), path=path, size=format(size / 2**20, ".0f"), most=MAX_BASELINE_BYTES // 2**20)
    try:
        records = json.loads(path.read_bytes().decode("utf-8"))
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        records = None
    if not isinstance(records, list):
        raise InputError.worded(N_("{path}: not a JSON report of workbench check --format json; a baseline is one"), path=path)
    keys: Counter[BaselineKey] = Counter()
    for number, record in enumerate(records, start=1):
        key = _record_key(record)
        if key is None:
            raise InputError.worded(N_("{path}: finding {number} has no document, check, concept, source and target as workbench check --format json writes them"), path=path, number=number)
        keys[key] += 1
    return keys


def _record_key(record: Any) -> BaselineKey | None:
    """The key of a baseline file's record; None for a record `check --format json` did not write."""
    if not isinstance(record, dict):
        return None
    if not isinstance(record.get("check"), str):
        return None
    if not all(name in record and isinstance(record[name], str | None) for name in _TEXT_KEYS):
        return None
    return finding_key(record)


def finding_key(record: Mapping[str, Any]) -> BaselineKey:
    """What identifies a finding across runs, read from its report record (`reports.json_records`):
    the one definition both the baseline file and this run's findings are keyed by."""
    return (record["document"], record["check"], record["concept"] or "", record["source"] or "", record["target"] or "")


def new_findings(findings: Sequence[Finding], segments: Sequence[Segment], documents: Mapping[int, str],
                 baseline: Counter[BaselineKey]) -> list[Finding]:
    """The findings, in their order, less as many of each key as the baseline holds.

    Each finding is keyed by the record the JSON report writes of it, so what a report wrote
    and what this run finds are named alike by construction."""
    left = baseline.copy()
    kept = []
    for finding, record in zip(findings, json_records(findings, segments, documents), strict=True):
        key = finding_key(record)
        if left[key] > 0:
            left[key] -= 1
        else:
            kept.append(finding)
    return kept
