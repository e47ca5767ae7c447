"""Report writers for findings: JSON for scripts, CSV for spreadsheets, the per-check summary.

The HTML report, which is larger, lives in `report_html`; the terminal table
is drawn with rich by the CLI (`workbench.cli.check`), since the core never
loads a UI library. Every writer takes the findings (and, for CSV, the
segments they point into, so the pair can be shown) and gives its text piece
by piece (`*_chunks`), for the command to write as it comes: 200,000 findings
made an 894 MB JSON report when it was built whole (hardening, round
eighteen). None decides anything about the findings.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from typing import Any

from workbench.core.checks.base import REGISTRY, SEVERITY_RANK, Finding, Span, accepted_key
from workbench.core.project import Segment


def json_records(findings: Sequence[Finding], segments: Sequence[Segment], documents: Mapping[int, str],
                 accepted: Set[tuple[int, str, str, str]] | None = None,
                 units: Mapping[int, str] | None = None,
                 codes: Mapping[int, Mapping[str, str]] | None = None,
                 lines: Mapping[int, int] | None = None) -> Iterator[dict[str, Any]]:
    """Each finding as `Finding.to_json` has it, with the document's name, the segment's two
    texts, the `unit` id the client's file gave it (XLIFF's `trans-unit`, TMX's `tuid`; null
    for a text) and the `line` of the TSV file it came from (`ingest.tsv_lines`; null otherwise): a CI job's log or a vendor's script names the file, the unit its own tool knows
    it by and shows the pair, as the CSV and HTML reports do, without opening the project.

    Every record says whether it is `accepted` (a report without accepted findings: none is), so
    a script reads one shape whichever flags made the report, and gives the markup of the file
    each placeholder of the pair stands for (`codes`, `{"⟦1/⟧": "<x id=\"2\"/>"}`): "tags: missing
    ⟦1/⟧" named no tag the vendor's tool shows (user days, session 33)."""
    by_position = {s.position: s for s in segments}
    for f in findings:
        seg = by_position.get(f.segment)
        yield f.to_json() | {
            "document": documents.get(seg.document_id) if seg else None,
            "unit": units.get(seg.id) if seg and units else None,
            "line": lines.get(seg.id) if seg and lines else None,
            "source": seg.source if seg else None,
            "target": seg.target if seg else None,
            "accepted": accepted is not None and seg is not None and accepted_key(f, seg) in accepted,
            "codes": dict((codes or {}).get(seg.id, {})) if seg else {},
        }


def to_json(findings: Sequence[Finding], segments: Sequence[Segment], documents: Mapping[int, str],
            accepted: Set[tuple[int, str, str, str]] | None = None,
            units: Mapping[int, str] | None = None, codes: Mapping[int, Mapping[str, str]] | None = None) -> str:
    """A JSON list with keys segment, check, severity, message, concept, source_spans, target_spans,
    document, unit, line, source, target, accepted and codes."""
    return "".join(json_list_chunks(json_records(findings, segments, documents, accepted, units, codes)))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def json_list_chunks(items: Iterable[Any], dumps: Callable[[Any], str] = _dumps) -> Iterator[str]:
    """The text `dumps(list(items))` gives, an item at a time, for `dumps` a `json.dumps` with
    `indent=2` (and any options that leave its layout alone): the list never exists whole, nor its text.

    Each item is `dumps(item)` indented one level further; JSON writes a newline inside a
    string as `\\n`, so every newline in an item's text starts one of its lines."""
    first = True
    for item in items:
        yield ("[\n  " if first else ",\n  ") + dumps(item).replace("\n", "\n  ")
        first = False
    yield "[]" if first else "\n]"


def _spans(spans: Sequence[Span]) -> str:
    return ";".join(f"{start}-{end}" for start, end in spans)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection)."""


def safe_cell(value: object) -> object:
    """A cell a spreadsheet will not run: text starting like a formula gets a leading apostrophe.

    Applied to every column, since any of them (a concept id, a message quoting a term)
    can hold text from a file."""
    if isinstance(value, str) and value[:1] in _FORMULA_STARTS:
        return f"'{value}"
    return value


def to_csv(findings: Sequence[Finding], segments: Sequence[Segment]) -> str:
    """One row per finding, with the segment pair so a reviewer can work in a spreadsheet.

    Texts that a spreadsheet would read as a formula get a leading apostrophe, in every column.
    """
    return "".join(csv_chunks(findings, segments))


def csv_chunks(findings: Iterable[Finding], segments: Sequence[Segment], documents: Mapping[int, str] | None = None,
               units: Mapping[int, str] | None = None,
               codes: Mapping[int, Mapping[str, str]] | None = None) -> Iterator[str]:
    """`to_csv`'s text, a row at a time; the last three columns name the document, the client's
    unit id and the file's markup of each placeholder (a vendor's spreadsheet of a project of
    several files said none of them)."""
    by_position = {s.position: s for s in segments}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["segment", "check", "severity", "concept", "message", "source_spans", "target_spans",
         "source", "target", "document", "unit", "codes"]
    )
    for f in findings:
        seg = by_position.get(f.segment)
        row = [f.segment, f.check, f.severity, f.concept or "", f.message,
               _spans(f.source_spans), _spans(f.target_spans),
               seg.source if seg else "", seg.target if seg else "",
               (documents or {}).get(seg.document_id, "") if seg else "",
               (units or {}).get(seg.id, "") if seg else "",
               code_legend((codes or {}).get(seg.id, {})) if seg else ""]
        writer.writerow([safe_cell(value) for value in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def code_legend(codes: Mapping[str, str]) -> str:
    """A pair's placeholders with the markup they stand for, one line: `⟦1/⟧ = <x id="2"/>; …`."""
    return "; ".join(f"{tok} = {markup}" for tok, markup in codes.items())


def open_errors(findings: Iterable[Finding]) -> list[Finding]:
    """The error findings among `findings` (accepted ones are no longer among a segment's)."""
    return [finding for finding in findings if finding.severity == "error"]


def reviewed_with_errors(findings: Iterable[Finding], segments: Sequence[Segment]) -> list[int]:
    """Positions (1-based, of `segments`) of the segments marked reviewed that have an error finding.

    Marking a segment reviewed says it is done; an error still on it is either a mistake the review
    missed or a false alarm nobody accepted. Both faces tell the reviewer (`ctrl+r` in the editor,
    the report of `workbench check`), neither refuses: the reviewer's judgement stands."""
    reviewed = {segment.position for segment in segments if segment.status == "reviewed"}
    return sorted({finding.segment for finding in open_errors(findings) if finding.segment in reviewed})


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


def document_summary(findings: Iterable[Finding], segments: Sequence[Segment],
                     documents: Mapping[int, str]) -> list[dict[str, Any]]:
    """Findings counted per document and check, with each document's segment count and the
    rate per 1,000 segments: the overview a QA lead reads first (Xbench and Verifika open on
    one). A batch of 16,280 pairs from eleven MT systems gave an 18 MB JSON report to read
    finding by finding; the rate tells a noisy check or a weak delivery at a glance.

    Rows in document order (as the project lists them), checks in registry order; a document
    without findings has one row with `check` null, so every delivery is named.
    """
    document_of = {s.position: s.document_id for s in segments}
    sizes = Counter(s.document_id for s in segments)
    counts: Counter[tuple[int, str]] = Counter()
    worst: dict[tuple[int, str], str] = {}
    for f in findings:
        key = (document_of.get(f.segment, -1), f.check)
        counts[key] += 1
        if key not in worst or SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst[key]]:
            worst[key] = f.severity
    rank = {check: place for place, check in enumerate(REGISTRY)}
    checks_of: dict[int, list[str]] = {}
    for document_id, check in counts:  # each document's checks gathered once: looked for among every
        checks_of.setdefault(document_id, []).append(check)  # count, 16,000 documents took 9 s (round 34)
    rows: list[dict[str, Any]] = []
    for document_id in dict.fromkeys(s.document_id for s in segments):
        size = sizes[document_id]
        checks = sorted(checks_of.get(document_id, ()), key=lambda c: rank.get(c, len(rank)))
        base = {"document": documents.get(document_id, ""), "segments": size}
        if not checks:
            rows.append({**base, "check": None, "severity": None, "count": 0, "per_1000": 0.0})
        for check in checks:
            count = counts[document_id, check]
            rows.append({**base, "check": check, "severity": worst[document_id, check], "count": count,
                         "per_1000": round(1000 * count / size, 1)})
    return rows


def summary_csv_chunks(rows: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """`document_summary`'s rows as CSV, for the spreadsheet a QA report goes into."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["document", "segments", "check", "severity", "count", "per_1000"])
    for row in rows:
        writer.writerow([safe_cell(row[key] if row[key] is not None else "")
                         for key in ("document", "segments", "check", "severity", "count", "per_1000")])
    yield buffer.getvalue()
