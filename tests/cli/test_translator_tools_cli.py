"""`segments` filters, `replace`, `comment`, project concordance and inflected term search, through click."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.core import editing
from workbench.core.project import Project


def run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def fails(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(main, list(args))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    return result.output


def positions(output: str) -> list[int]:
    return [row["position"] for row in json.loads(output)]


def test_segments_filters_combine(runner: CliRunner, sample_project: Path) -> None:
    folder = str(sample_project)
    everything = positions(run(runner, "segments", folder, "--format", "json"))
    forms = positions(run(runner, "segments", folder, "--text", "клуб", "--forms", "--format", "json"))
    plain = positions(run(runner, "segments", folder, "--text", "клуб", "--format", "json"))
    assert forms and set(forms) < set(plain) <= set(everything)  # «клубном» is another word
    drafts = positions(run(runner, "segments", folder, "--status", "draft", "--format", "json"))
    both = positions(run(runner, "segments", folder, "--status", "draft", "--text", "клуб", "--forms",
                         "--format", "json"))
    assert both == [p for p in forms if p in drafts]
    term = positions(run(runner, "segments", folder, "--term", "trade-union", "--format", "json"))
    assert term and all(p in everything for p in term)
    assert "no concept" in fails(runner, "segments", folder, "--term", "nope")
    assert "status" in fails(runner, "segments", folder, "--status", "done")
    assert "need --text" in fails(runner, "segments", folder, "--regex")


def test_replace_dry_run_then_apply_then_undo(runner: CliRunner, sample_project: Path) -> None:
    folder = str(sample_project)
    with Project.open(sample_project) as project:
        before = [s.target for s in project.segments()]
    preview = json.loads(run(runner, "replace", folder, "клуб", "кружок", "--forms", "--dry-run", "--format", "json"))
    assert preview["dry_run"] and preview["written"] == 0 and preview["segments"] >= 2
    assert all("клубы" not in c["after"] for c in preview["changes"])
    with Project.open(sample_project) as project:
        assert [s.target for s in project.segments()] == before
    done = json.loads(run(runner, "replace", folder, "клуб", "кружок", "--forms", "--format", "json"))
    assert done["written"] == preview["segments"]
    with Project.open(sample_project) as project:
        after = [s.target for s in project.segments()]
        assert after != before and "кружки" in " ".join(after)
        editing.undo(project, across_sessions=True)
        assert [s.target for s in project.segments()] == before
    assert "nothing to replace" in run(runner, "replace", folder, "нетакогослова", "x")
    assert "regular expression" in fails(runner, "replace", folder, "(", "x", "--regex")


def test_replace_takes_a_chosen_form_per_match(runner: CliRunner, sample_project: Path) -> None:
    folder = str(sample_project)
    preview = json.loads(run(runner, "replace", folder, "клуб", "кружок", "--forms", "--dry-run", "--format", "json"))
    matches = [r for c in preview["changes"] for r in c["replacements"]]
    assert [r["number"] for r in matches] == list(range(1, len(matches) + 1))
    target = next(r for r in matches if len(r["choices"]) > 1)
    other = next(form for form in target["choices"] if form != target["replacement"])
    assert target["choices"][0] == target["replacement"]
    listing = run(runner, "replace", folder, "клуб", "кружок", "--forms", "--dry-run")
    assert f"match {target['number']} " in listing and f"--form {target['number']}=TEXT" in listing
    done = json.loads(run(runner, "replace", folder, "клуб", "кружок", "--forms",
                          "--form", f"{target['number']}={other}", "--format", "json"))
    written = [r for c in done["changes"] for r in c["replacements"]]
    assert written[target["number"] - 1]["replacement"] == other
    with Project.open(sample_project) as project:
        segment = next(s for s in project.segments() if s.position == next(
            c["segment"] for c in done["changes"] if any(r["number"] == target["number"] for r in c["replacements"])))
        assert other in segment.target
    assert "--form takes N=TEXT" in fails(runner, "replace", folder, "клуб", "кружок", "--forms", "--form", "x")
    assert "no match 999" in fails(runner, "replace", folder, "клуб", "кружок", "--forms", "--form", "999=y")


def test_comments_add_list_resolve_and_filter(runner: CliRunner, sample_project: Path) -> None:
    folder = str(sample_project)
    assert run(runner, "comment", "add", folder, "3", "Check «клубном».", "--author", "ed") == "comment 1 on segment 3\n"
    listed = json.loads(run(runner, "comment", "list", folder, "--format", "json"))
    assert [(c["segment"], c["author"], c["open"]) for c in listed] == [(3, "ed", True)]
    assert positions(run(runner, "segments", folder, "--comments", "open", "--format", "json")) == [3]
    assert positions(run(runner, "segments", folder, "--check", "comment", "--format", "json")) == [3]
    assert "resolved" in run(runner, "comment", "resolve", folder, "1")
    assert positions(run(runner, "segments", folder, "--comments", "open", "--format", "json")) == []
    assert positions(run(runner, "segments", folder, "--comments", "any", "--format", "json")) == [3]
    assert "no segment 999" in fails(runner, "comment", "add", folder, "999", "x")
    assert "no comment with id 7" in fails(runner, "comment", "resolve", folder, "7")


def test_memory_search_covers_the_projects_drafts(runner: CliRunner, sample_project: Path) -> None:
    folder = str(sample_project)
    hits = json.loads(run(runner, "memory", "search", folder, "клуб", "--format", "json"))
    assert hits and all(h["memory"].startswith("segment ") for h in hits)
    assert any(h["status"] == "draft" for h in hits)
    only = json.loads(run(runner, "memory", "search", folder, "клуб", "--memory-only", "--format", "json"))
    assert all(not h["memory"].startswith("segment ") for h in only)


def test_term_find_in_any_form_and_by_note(runner: CliRunner, sample_project: Path) -> None:
    folder = str(sample_project)
    found = json.loads(run(runner, "term", "find", folder, "профсоюзов", "--format", "json"))
    assert [(f["text"], f["term"]) for f in found] == [("профсоюзов", "профсоюз")]
    by_note = json.loads(run(runner, "term", "find", folder, "regimes", "--notes", "--format", "json"))
    assert [c["id"] for c in by_note] == ["social-legitimation"]
