"""Report writers: JSON keys, CSV rows, escaped self-contained HTML, the summary."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

from workbench.core.checks import Finding
from workbench.core.checks.report_html import highlight, html_chunks, to_html
from workbench.core.checks.reports import summary, to_csv, to_json

FINDINGS = [
    Finding(1, "term-forbidden", "error", "«культурной спонтанности» is deprecated <b>",
            concept="cultural-spontaneity", source_spans=((4, 24),), target_spans=((5, 28),)),
    Finding(1, "whitespace", "info", "The translation has a double space.",
            target_spans=((28, 30),)),
    Finding(2, "number-mismatch", "error", "Numbers differ: “1923” vs “1925”.",
            source_spans=((3, 7),), target_spans=((2, 6),)),
]


def segments(make_segments):
    return make_segments([
        ("The cultural spontaneity <script>alert(1)</script> & co",
         "Силы культурной спонтанности  росли & <i>"),
        ("By 1923 clubs grew.", "К 1925 году клубы выросли."),
    ])


def test_json_has_exactly_the_documented_keys(make_segments) -> None:
    pairs = segments(make_segments)
    data = json.loads(to_json(FINDINGS, pairs, {pairs[0].document_id: "chapter-1"}))
    assert [set(d) for d in data] == [
        {"segment", "check", "severity", "message", "concept", "source_spans", "target_spans",
         "document", "unit", "line", "source", "target", "accepted", "codes"}
    ] * 3
    assert data[2]["document"] == "chapter-1" and data[2]["source"] == "By 1923 clubs grew."
    assert data[0]["concept"] == "cultural-spontaneity" and data[0]["target_spans"] == [[5, 28]]
    assert data[1]["concept"] is None


def test_csv_rows_carry_the_segment_pair(make_segments) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(FINDINGS, segments(make_segments)))))
    assert [r["check"] for r in rows] == ["term-forbidden", "whitespace", "number-mismatch"]
    assert rows[2]["source"] == "By 1923 clubs grew." and rows[2]["target_spans"] == "2-6"


def test_csv_cells_never_become_spreadsheet_formulas(make_segments) -> None:
    segments = make_segments([("=HYPERLINK(\"http://x\")", "+7 рабочих")])
    finding = Finding(1, "number-mismatch", "error", "=1+1")
    [row] = list(csv.DictReader(io.StringIO(to_csv([finding], segments))))
    assert row["source"].startswith("'=") and row["target"] == "'+7 рабочих"
    assert row["message"] == "'=1+1"


def test_summary_counts_per_check_with_the_worst_severity() -> None:
    assert summary(FINDINGS) == [
        ("term-forbidden", "error", 1), ("number-mismatch", "error", 1), ("whitespace", "info", 1)
    ]


def test_highlight_escapes_and_merges_overlapping_spans() -> None:
    assert highlight("a <b> & c", [(2, 5), (4, 7), (99, 120)]) == "a <mark>&lt;b&gt; &amp;</mark> c"


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.marks: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag: str) -> None:
        self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marks.append(data)


def test_html_is_one_escaped_self_contained_file(make_segments) -> None:
    page = to_html(FINDINGS, segments(make_segments), title="Clubs & <co>",
                   source_lang="en", target_lang="ru")
    parser = _Collector()
    parser.feed(page)
    assert "script" not in parser.tags and "i" not in parser.tags and "b" not in parser.tags
    assert "link" not in parser.tags and "src=" not in page  # nothing fetched from elsewhere
    assert "&lt;script&gt;" in page and "Clubs &amp; &lt;co&gt;" in page
    assert "культурной спонтанности" in parser.marks and "1925" in parser.marks
    assert 'href="#term-forbidden"' in page and 'id="number-mismatch"' in page


def test_html_isolates_the_names_a_client_file_gives(make_segments) -> None:
    """A unit id holding a right-to-left override (U+202E) must not reverse the rest of its
    finding's line: each name the file gave is isolated in <bdi> (harden27)."""
    segs = segments(make_segments)
    page = "".join(html_chunks(FINDINGS, segs, title="t", source_lang="en", target_lang="ru",
                               documents={segs[0].document_id: "letter\u202e.xlf"},
                               units={segs[0].id: "u1\u202eexe.txt"}))
    assert "unit <bdi>u1\u202eexe.txt</bdi>" in page
    assert "<bdi>letter\u202e.xlf</bdi>" in page
    assert "concept <bdi>cultural-spontaneity</bdi>" in page
