"""`check` on a batch of systems' deliveries of one source (user days, session 40): the consistency
checks' scope (`--consistency-scope`, `[checks.inconsistent-target] scope`), the document a finding
disagrees with, `--document NAME`, and the TSV line of a finding in the JSON report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

# Two systems' translations of one source set, each a TSV delivery; system-a has a blank line.
SYSTEM_A = "The club was closed.\tКлуб был закрыт.\n\nWorkers came.\tРабочие пришли.\n"
SYSTEM_B = "The club was closed.\tКлуб закрыли.\nWorkers came.\tПришли рабочие.\n"


def batch(tmp_path: Path, runner: CliRunner) -> Path:
    folder = tmp_path / "batch"
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    for name, text in (("system-a", SYSTEM_A), ("system-b", SYSTEM_B)):
        tsv = tmp_path / f"{name}.tsv"
        tsv.write_text(text, encoding="utf-8")
        assert runner.invoke(main, ["import", str(folder), "--tsv", str(tsv)]).exit_code == 0
    return folder


def report(runner: CliRunner, folder: Path, *args: str) -> list[dict]:
    result = runner.invoke(main, ["check", str(folder), "--format", "json", "--fail-on", "never",
                                  "--checks", "consistency", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_across_the_project_by_default_naming_the_other_document(tmp_path: Path, runner: CliRunner) -> None:
    found = report(runner, batch(tmp_path, runner))
    assert [(f["document"], f["check"]) for f in found] == [("system-b", "inconsistent-target")] * 2
    assert all("“system-a”" in f["message"] for f in found)
    # The TSV's own lines: the pairs of system-b are its lines 1 and 2.
    assert [f["line"] for f in found] == [1, 2]


def test_within_each_document_separate_translations_are_not_inconsistent(tmp_path: Path, runner: CliRunner) -> None:
    folder = batch(tmp_path, runner)
    assert report(runner, folder, "--consistency-scope", "document") == []
    # The same as a project setting; the option wins over it for one run.
    with (folder / "project.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[checks.inconsistent-target]\nscope = "document"\n')
    assert report(runner, folder) == []
    assert len(report(runner, folder, "--consistency-scope", "project")) == 2


def test_a_scope_the_checks_do_not_know_is_one_line_and_exit_2(tmp_path: Path, runner: CliRunner) -> None:
    folder = batch(tmp_path, runner)
    with (folder / "project.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[checks.inconsistent-target]\nscope = "file"\n')
    result = runner.invoke(main, ["check", str(folder)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "scope" in result.stderr and "project, document" in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert runner.invoke(main, ["check", str(folder), "--consistency-scope", "file"]).exit_code == 2


def test_one_document_at_a_time(tmp_path: Path, runner: CliRunner) -> None:
    folder = batch(tmp_path, runner)
    every = report(runner, folder, "--checks", "consistency,completeness,typography")
    only_a = report(runner, folder, "--checks", "consistency,completeness,typography", "--document", "system-a")
    assert only_a == [f for f in every if f["document"] == "system-a"]
    # The finding that needs the other document is still found: the project is checked whole.
    assert report(runner, folder, "--document", "system-b") == [f for f in every if f["document"] == "system-b"
                                                               and f["check"] == "inconsistent-target"]
    summary = runner.invoke(main, ["check", str(folder), "--summary", "--json", "--fail-on", "never",
                                   "--document", "system-b"])
    assert {row["document"] for row in json.loads(summary.stdout)} == {"system-b"}


def test_a_document_the_project_has_not_is_refused_naming_its_documents(tmp_path: Path, runner: CliRunner) -> None:
    folder = batch(tmp_path, runner)
    result = runner.invoke(main, ["check", str(folder), "--document", "system-c"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "'system-c'" in result.stderr and "'system-a', 'system-b'" in result.stderr


def test_a_split_or_changed_pair_is_named_by_no_wrong_line(tmp_path: Path, runner: CliRunner) -> None:
    folder = batch(tmp_path, runner)
    stored = next((folder / "sources").glob("system-b*.tsv"))
    stored.write_text("A pair that is not the segment.\tПара.\nWorkers came.\tПришли рабочие.\n", encoding="utf-8")
    found = report(runner, folder)
    assert [f["line"] for f in found] == [None, 2]


def test_a_face_that_waits_reads_no_copy_past_its_bound(tmp_path: Path, runner: CliRunner) -> None:
    from workbench.core.ingest import tsv_line_numbers
    from workbench.core.project import Project

    folder = batch(tmp_path, runner)
    with Project.open(folder) as project:
        every = tsv_line_numbers(project)
        assert sorted(every.values()) == [1, 1, 2, 3]  # system-a's lines 1 and 3, system-b's 1 and 2
        assert tsv_line_numbers(project, most_bytes=10) == {}


@pytest.mark.parametrize("value", ["2", "1", "1.5", "true", '["document"]', "{ a = 1 }"])
def test_a_scope_that_is_no_word_is_told_the_words(tmp_path: Path, runner: CliRunner, value: str) -> None:
    """Round 35: `scope = 2` was told "must be one of 0, 1" (the stored index), `scope = 1` was
    taken as "document", and a list or true "must be a non-negative number"."""
    folder = batch(tmp_path, runner)
    with (folder / "project.toml").open("a", encoding="utf-8") as fh:
        fh.write(f"\n[checks.inconsistent-source]\nscope = {value}\n")
    result = runner.invoke(main, ["check", str(folder)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "must be one of project, document, not" in result.stderr
    assert result.stderr.strip().count("\n") == 0
