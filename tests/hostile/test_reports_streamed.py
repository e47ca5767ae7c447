"""`check` writes its reports as they are made (hardening, round eighteen).

Round seventeen measured `check --format json` at 894 MB for 200,000 `untranslated` findings:
the records were built as one list, then as one string, then that string was escaped again.
Each format (JSON, CSV, HTML) is written a finding at a time now; the text is the same.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterable
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.checks import Finding
from workbench.core.checks.report_html import html_chunks
from workbench.core.checks.reports import csv_chunks, json_list_chunks, json_records, to_csv
from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project, Segment

PAIRS = 20_000


@pytest.fixture(scope="module")
def untranslated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Segment], dict[int, str]]:
    folder = tmp_path_factory.mktemp("streamed")
    # Sources with what a report must carry as it is: quotes, a backslash, Russian.
    (folder / "pairs.tsv").write_text(
        "".join(f"Sentence {i} \"quoted\" \\ «ёлка» of the book.\t\n" for i in range(PAIRS)), "utf-8")
    with Project.create(folder / "proj", "en", "ru") as project:
        import_tsv(project, folder / "pairs.tsv")
        return folder / "proj", project.segments(), project.document_names()


def _findings(segments: list[Segment]) -> list[Finding]:
    return [Finding(s.position, "untranslated", "warning", "The segment has no translation.", segment_id=s.id)
            for s in segments]


def _peak(chunks: Iterable[str]) -> tuple[int, int]:
    """(peak bytes allocated while `chunks` are made and counted, characters written)."""
    written = 0
    tracemalloc.start()
    try:
        for chunk in chunks:
            written += len(chunk)
        return tracemalloc.get_traced_memory()[1], written
    finally:
        tracemalloc.stop()


def test_each_report_is_made_a_finding_at_a_time(untranslated: tuple[Path, list[Segment], dict[int, str]]) -> None:
    _, segments, documents = untranslated
    findings = _findings(segments)
    for chunks in (json_list_chunks(json_records(findings, segments, documents)),
                   csv_chunks(findings, segments),
                   html_chunks(findings, segments, title="t", source_lang="en", target_lang="ru")):
        peak, written = _peak(chunks)
        # Built whole, the peak was the text and more (JSON: the records, then the text, twice).
        assert written > 2_000_000
        # What is left is the index of the segments by position (0.9 MB here), not the report.
        assert peak < written / 2, (peak, written)


@pytest.mark.parametrize("count", [0, 1, 3])
def test_the_streamed_json_is_the_whole_json(count: int, untranslated: tuple[Path, list[Segment], dict[int, str]]) -> None:
    _, segments, documents = untranslated
    findings = _findings(segments[:count])
    records = list(json_records(findings, segments, documents))
    assert "".join(json_list_chunks(records)) == json.dumps(records, ensure_ascii=False, indent=2)
    assert "".join(csv_chunks(findings, segments)) == to_csv(findings, segments)


@pytest.mark.parametrize("to_file", [False, True])
def test_check_writes_the_same_report_streamed(to_file: bool, tmp_path: Path,
                                               untranslated: tuple[Path, list[Segment], dict[int, str]]) -> None:
    project, segments, documents = untranslated
    out = tmp_path / "report.json"
    args = ["check", str(project), "--format", "json", "--checks", "untranslated", "--fail-on", "never"]
    result = CliRunner().invoke(main, [*args, "-o", str(out)] if to_file else args)
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8") if to_file else result.stdout
    data = json.loads(text)
    assert len(data) == PAIRS and text.endswith("]\n")
    assert data[7]["source"] == segments[7].source and data[7]["document"] == documents[segments[7].document_id]
