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
import re
import stat
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from termbase import safetext
from workbench.core.check_records import MAX_REASON_CHARS
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
    text = _report_text(path, N_("{path}: no such baseline file; write one with workbench check DIR --format json --fail-on never -o {path}"))
    keys: Counter[BaselineKey] = Counter()
    for number, record in enumerate(_records(text, path), start=1):
        key = _record_key(record)
        if key is None:
            raise InputError.worded(N_("{path}: finding {number} has no document, check, concept, source and target as workbench check --format json writes them"), path=path, number=number)
        keys[key] += 1
    return keys


def read_acceptances(path: Path) -> list[tuple[BaselineKey | None, str]]:
    """The acceptances of a file `check accepted --format json` wrote, each with its reason; the
    key is None for one that no longer applied there (its segment changed or is gone).

    A build starts from a fresh project each time, so a finding accepted once lives in a file
    the team commits beside the build script, not in the project's database (user days, session
    33: a vendor's re-delivery was checked with every accepted finding raised again)."""
    text = _report_text(path, N_("{path}: no such file of acceptances; write one with workbench check accepted DIR --format json"))
    taken: list[tuple[BaselineKey | None, str]] = []
    wrong = InputError.worded(N_("{path}: not a JSON list of workbench check accepted --format json"), path=path)
    for number, record in enumerate(_records(text, path, wrong), start=1):
        key = _record_key(record)
        reason = record.get("reason") if isinstance(record, dict) else None
        if key is None or not isinstance(reason, str) or not reason.strip():
            raise InputError.worded(N_("{path}: acceptance {number} has no document, check, concept, source, target and reason as workbench check accepted --format json writes them"), path=path, number=number)
        if (count := len(" ".join(safetext.clean(reason).split()))) > MAX_REASON_CHARS:
            raise InputError.worded(N_("{path}: acceptance {number} gives a reason of {count:,} characters (at most {most:,})"),
                                    path=path, number=number, count=count, most=MAX_REASON_CHARS)
        taken.append((key if record["source"] is not None else None, reason))
    return taken


def _report_text(path: Path, missing: str) -> str | None:
    """The text of a JSON file of ours given on the command line (None: not UTF-8), refused in one
    line when it is missing (`missing`, a msgid with `{path}`), no regular file or too large."""
    try:
        info = path.stat()
    except OSError:
        raise InputError.worded(missing, path=path) from None
    if not stat.S_ISREG(info.st_mode):  # a pipe with no writer blocked for good; /dev/zero filled the memory
        raise InputError.worded(N_("{path}: is not a regular file (a device, pipe or socket)"), path=path)
    if info.st_size > MAX_BASELINE_BYTES:
        raise InputError.worded(N_("{path}: {size} MB is too large for a baseline (at most {most} MB)"), path=path, size=format(info.st_size / 2**20, ".0f"), most=MAX_BASELINE_BYTES // 2**20)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError.worded(N_("{path}: cannot read the file ({error})"), path=path, error=error.strerror or error) from None
    try:
        text = data.decode("utf-8-sig")  # a file kept in a Windows editor starts with a byte-order mark
    except UnicodeDecodeError:
        text = None
    del data
    return text


_SPACE = re.compile(r"[ \t\n\r]*")
"""What JSON allows between its tokens."""
_DECODER = json.JSONDecoder()


def _past_space(text: str, at: int) -> int:
    match = _SPACE.match(text, at)
    return match.end() if match else at


def _records(text: str | None, path: Path, wrong: InputError | None = None) -> Iterator[Any]:
    """The elements of the JSON list `text` (None: not UTF-8), each parsed as it is reached and let
    go once counted.

    `wrong` is what a file that is no JSON list is told (by default: no report of `check`).

    `json.loads` of the whole file first built every element: a file of the size allowed holding
    `{},{},...` took 26 bytes of memory a byte of file (60 MB took 1.6 GB; a gigabyte would take
    26) before the first element was found to be no finding (hardening, round fourteen)."""
    wrong = wrong or InputError.worded(N_("{path}: not a JSON report of workbench check --format json; a baseline is one"), path=path)
    if text is None:
        raise wrong
    at = _past_space(text, 0)
    if not text.startswith("[", at):
        raise wrong
    at = _past_space(text, at + 1)
    if text.startswith("]", at):
        at += 1
    else:
        while True:
            try:
                record, at = _DECODER.raw_decode(text, at)
            except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
                raise wrong from None
            yield record
            at = _past_space(text, at)
            if text.startswith(",", at):
                at = _past_space(text, at + 1)
            elif text.startswith("]", at):
                at += 1
                break
            else:
                raise wrong
    if _past_space(text, at) != len(text):
        raise wrong


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
