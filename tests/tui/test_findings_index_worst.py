"""The grid's mark for a segment (`FindingIndex.worst_of`) is kept until the segment's findings
change (hardening, round 21): a word 100,000 concepts share gives its segment 100,000 findings,
read again on every draw of its row. Each way the findings change must show at once."""

from __future__ import annotations

from dataclasses import replace

from workbench.core.checks import Finding
from workbench.core.project import Segment, SegmentStatus
from workbench.tui.findings import FindingIndex

SEGMENT = Segment(id=7, document_id=1, position=1, source="The library.", target="Зал.",
                  status=SegmentStatus.TRANSLATED, confidence=None, locked=False)


def _finding(check: str, severity: str) -> Finding:
    return Finding(1, check, severity, f"{check} {severity}", segment_id=SEGMENT.id)  # type: ignore[arg-type]


def test_the_mark_follows_every_change_of_the_findings() -> None:
    rechecked: list[Segment] = []
    index = FindingIndex(lambda segment: rechecked.append(segment) or index.keep(segment, []))
    index.set_run([_finding("term-missing", "info"), _finding("consistency", "warning")], [SEGMENT])
    assert index.worst_of(SEGMENT) == "warning"
    assert index.worst_of(SEGMENT) == "warning"
    index.keep(SEGMENT, [_finding("term-missing", "error")])
    assert index.worst_of(SEGMENT) == "error"
    index.drop(_finding("term-missing", "error"))
    assert index.worst_of(SEGMENT) == "warning"
    index.set_run([], [SEGMENT])
    assert index.worst_of(SEGMENT) is None
    edited = replace(SEGMENT, target="Библиотека.")
    index.set_run([_finding("term-missing", "error")], [SEGMENT])
    assert index.worst_of(SEGMENT) == "error"
    assert index.worst_of(edited) is None and rechecked == [edited]  # the new text checked again, not the kept mark
