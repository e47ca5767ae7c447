"""`check --summary` against hostile projects (hardening, round 34).

A project without segments ended `check --summary` (the table, on screen or to a file) in
`max() arg is an empty sequence`, a traceback and exit code 1; and the rows were gathered by
looking for each document's checks among every count (16,000 documents: 9 s of CPU, 64,000
about two and a half minutes; `bench hostile_round34` measures it)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.checks import REGISTRY
from workbench.core.checks.base import Finding
from workbench.core.checks.reports import document_summary
from workbench.core.project.model import Segment, SegmentStatus


@pytest.mark.parametrize("options", [[], ["--format", "json"], ["--format", "csv"], ["-o", "summary.txt"]])
def test_a_project_without_segments_is_summarised(tmp_path: Path, runner: CliRunner, options: list[str]) -> None:
    folder = tmp_path / "empty"
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    options = [str(tmp_path / o) if o.endswith(".txt") else o for o in options]
    result = runner.invoke(main, ["check", str(folder), "--summary", *options])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    if "json" in options:
        assert json.loads(result.stdout) == []
    elif "csv" in options:
        assert list(csv.reader(io.StringIO(result.stdout))) == [["document", "segments", "check", "severity", "count", "per_1000"]]
    elif options:
        assert (tmp_path / "summary.txt").read_text(encoding="utf-8") == "No findings in 0 segments.\n"
    else:
        assert result.stdout == "No findings in 0 segments.\n"


def test_the_rows_of_many_documents_keep_document_and_registry_order() -> None:
    checks = list(REGISTRY)
    segments = [Segment(i, 1 + i // 2, i, "a", "b", SegmentStatus.TRANSLATED, None, False) for i in range(1, 2_001)]
    # each segment's findings in the reverse of the registry's order, one check unknown to it
    findings = [Finding(i, check, "warning", "m") for i in range(1, 2_001) for check in
                (["made-up-check", checks[i % 7], checks[0]] if i % 3 else [])]
    rows = document_summary(findings, segments, {d: f"doc {d}" for d in range(1, 1_002)})
    documents = [row["document"] for row in rows]
    assert list(dict.fromkeys(documents)) == [f"doc {d}" for d in range(1, 1_002)]
    for document in dict.fromkeys(documents):
        listed = [row["check"] for row in rows if row["document"] == document]
        expected = sorted({f.check for f in findings if 1 + f.segment // 2 == int(document[4:])},
                          key=lambda c: checks.index(c) if c in checks else len(checks))
        assert listed == (expected or [None])
    assert sum(row["count"] for row in rows) == len(findings)
