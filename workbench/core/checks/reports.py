"""Report writers for findings: JSON for scripts, CSV for spreadsheets, a table for people.

The HTML report, which is larger, lives in `report_html`. Every writer takes
the findings and the segments they point into (so CSV and HTML can show the
pair) and writes text; none decides anything about the findings.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from workbench.core.checks.base import REGISTRY, SEVERITY_RANK, Finding, Span
from workbench.core.model import Segment

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def to_json(findings: Sequence[Finding]) -> str:
    """A JSON list with keys segment, check, severity, message, concept, source_spans, target_spans."""
    return json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2)


def _spans(spans: Sequence[Span]) -> str:
    return ";".join(f"{start}-{end}" for start, end in spans)


def to_csv(findings: Sequence[Finding], segments: Sequence[Segment]) -> str:
    """One row per finding, with the segment pair so a reviewer can work in a spreadsheet."""
    by_position = {s.position: s for s in segments}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["segment", "check", "severity", "concept", "message", "source_spans", "target_spans",
         "source", "target"]
    )
    for f in findings:
        seg = by_position.get(f.segment)
        writer.writerow(
            [f.segment, f.check, f.severity, f.concept or "", f.message, _spans(f.source_spans),
             _spans(f.target_spans), seg.source if seg else "", seg.target if seg else ""]
        )
    return buffer.getvalue()


def summary(findings: Sequence[Finding]) -> list[tuple[str, str, int]]:
    """(check, worst severity, count) per check that has findings, in registry order."""
    counts = Counter(f.check for f in findings)
    worst: dict[str, str] = {}
    for f in findings:
        if f.check not in worst or SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst[f.check]]:
            worst[f.check] = f.severity
    order = list(REGISTRY)
    return [
        (check, worst[check], counts[check])
        for check in sorted(counts, key=lambda c: order.index(c) if c in order else len(order))
    ]


def print_table(findings: Sequence[Finding], console: Console, segment_count: int) -> None:
    """Findings grouped by check with counts, readable in an 80-column terminal."""
    if not findings:
        console.print(f"No findings in {segment_count} segments.")
        return
    totals = Counter(f.severity for f in findings)
    parts = [f"{totals[s]} {s}{'s' if totals[s] != 1 else ''}" for s in ("error", "warning", "info")
             if totals[s]]
    console.print(
        Text.assemble(
            (f"{len(findings)} findings", "bold"), f" in {segment_count} segments: ", ", ".join(parts)
        )
    )
    overview = Table(show_edge=False, box=None, pad_edge=False, header_style="bold")
    overview.add_column("check")
    overview.add_column("severity")
    overview.add_column("count", justify="right")
    overview.add_column("what it means", overflow="fold")
    for check, severity, count in summary(findings):
        spec = REGISTRY.get(check)
        overview.add_row(
            check, Text(severity, SEVERITY_STYLE[severity]), str(count), spec.summary if spec else ""
        )
    console.print(overview)
    for check, _, count in summary(findings):
        console.print()
        console.rule(Text(f"{check} ({count})", "bold"), align="left")
        table = Table(show_edge=False, box=None, pad_edge=False, show_header=False, expand=True)
        table.add_column("segment", justify="right", no_wrap=True, width=5)
        table.add_column("severity", no_wrap=True, width=7)
        table.add_column("message", overflow="fold", ratio=1)
        for f in findings:
            if f.check == check:
                table.add_row(
                    f"#{f.segment}", Text(f.severity, SEVERITY_STYLE[f.severity]), f.message
                )
        console.print(table)
