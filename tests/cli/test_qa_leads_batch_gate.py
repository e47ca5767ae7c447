"""A QA lead's CI gate over a batch of several deliveries (user days, session 39): `check --json`
as other commands take it, and `check --summary`, the findings counted per document and check."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

# Two systems' translations of the same two sentences, as two TSV deliveries.
SYSTEM_A = [("In 1923 the clubs grew.", "В 1925 году клубы выросли."),
            ("The unions  paid.", "Профсоюзы  платили.")]
SYSTEM_B = [("In 1923 the clubs grew.", "В 1923 году клубы выросли."),
            ("The unions  paid.", "Профсоюзы платили.")]


def batch(tmp_path: Path, runner: CliRunner) -> Path:
    folder = tmp_path / "batch"
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    for name, pairs in (("system-a", SYSTEM_A), ("system-b", SYSTEM_B)):
        tsv = tmp_path / f"{name}.tsv"
        tsv.write_text("".join(f"{s}\t{t}\n" for s, t in pairs), encoding="utf-8")
        result = runner.invoke(main, ["import", str(folder), "--tsv", str(tsv), "--machine-translation"])
        assert result.exit_code == 0, result.output
    return folder


def test_check_takes_json_as_the_other_commands_do(tmp_path: Path, runner: CliRunner) -> None:
    folder = batch(tmp_path, runner)
    flag = runner.invoke(main, ["check", str(folder), "--json", "--checks", "numbers"])
    long = runner.invoke(main, ["check", str(folder), "--format", "json", "--checks", "numbers"])
    assert flag.exit_code == long.exit_code == 1  # the wrong year is an error: the gate fails
    assert json.loads(flag.stdout) == json.loads(long.stdout)
    assert [(f["document"], f["check"]) for f in json.loads(flag.stdout)] == [("system-a", "number-mismatch")]


def test_json_and_another_format_are_refused_in_one_line(tmp_path: Path, runner: CliRunner) -> None:
    folder = batch(tmp_path, runner)
    result = runner.invoke(main, ["check", str(folder), "--json", "--format", "csv"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "--json" in result.stderr
    assert "Traceback" not in result.output


def test_summary_counts_findings_per_document_and_check(tmp_path: Path, runner: CliRunner) -> None:
    folder = batch(tmp_path, runner)
    result = runner.invoke(main, ["check", str(folder), "--summary", "--json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    counted = {(r["document"], r["check"]): (r["count"], r["segments"], r["per_1000"]) for r in rows}
    listed = json.loads(runner.invoke(main, ["check", str(folder), "--json", "--fail-on", "never"]).stdout)
    # The summary counts exactly what the full report lists, document by document.
    for (document, check), (count, segments, rate) in counted.items():
        assert count == sum(1 for f in listed if f["document"] == document and f["check"] == check)
        assert segments == 2 and rate == 1000 * count / 2
    assert sum(count for count, _, _ in counted.values()) == len(listed)
    assert counted[("system-a", "number-mismatch")][0] == 1
    assert ("system-b", "number-mismatch") not in counted
    assert {document for document, _ in counted} == {"system-a", "system-b"}


def test_summary_as_csv_and_as_a_table(tmp_path: Path, runner: CliRunner) -> None:
    folder = batch(tmp_path, runner)
    out = tmp_path / "summary.csv"
    result = runner.invoke(main, ["check", str(folder), "--summary", "--format", "csv", "-o", str(out),
                                  "--checks", "numbers"])
    assert result.exit_code == 1  # the gate is the same with or without --summary
    assert list(csv.reader(io.StringIO(out.read_text(encoding="utf-8")))) == [
        ["document", "segments", "check", "severity", "count", "per_1000"],
        ["system-a", "2", "number-mismatch", "error", "1", "500.0"],
        ["system-b", "2", "", "", "0", "0.0"],  # every delivery is named, a clean one too
    ]
    table = runner.invoke(main, ["check", str(folder), "--summary", "--checks", "numbers"]).stdout
    assert "system-a" in table and "number-mismatch" in table and "500.0" in table
    assert "system-b" in table and "no findings" in table
    assert max(len(line) for line in table.splitlines()) <= 80


def test_summary_is_not_written_as_html(tmp_path: Path, runner: CliRunner) -> None:
    folder = batch(tmp_path, runner)
    result = runner.invoke(main, ["check", str(folder), "--summary", "--format", "html"])
    assert result.exit_code == 2 and "--summary" in result.stderr and "Traceback" not in result.output
