"""Session 42's user day, in the CLI: `term add` on a concept that prefers another target term
(userday41: «дух» meant as a variant became a second preferred term, said "updated concept c1")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from termbase.store import Termbase
from workbench.cli import main


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def terms(project: Path) -> list[tuple[str, str]]:
    with Termbase(project / "termbase.db") as termbase:
        (concept,) = termbase.concepts()
    return [(t.text, t.status.value) for t in concept.terms]


def test_a_second_preferred_term_is_refused_and_prefer_swaps_them(tmp_path: Path) -> None:
    runner = CliRunner()
    project = tmp_path / "ghost"
    assert invoke(runner, "init", str(project))[0] == 0
    assert invoke(runner, "term", "add", str(project), "--source", "ghost", "--target", "привидение")[0] == 0
    before = terms(project)
    code, out, err = invoke(runner, "term", "add", str(project), "--source", "ghost", "--target", "дух")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "«привидение»" in err and "--admitted" in err and "--prefer" in err
    assert terms(project) == before, "nothing is changed by a refused add"
    code, out, _ = invoke(runner, "term", "add", str(project), "--source", "ghost", "--target", "дух",
                          "--admitted", "призрак")
    assert code == 2
    code, out, _ = invoke(runner, "term", "add", str(project), "--source", "ghost", "--target", "привидение",
                          "--admitted", "дух")
    assert code == 0 and out.startswith("updated concept c1")
    assert terms(project) == [("ghost", "preferred"), ("привидение", "preferred"), ("дух", "admitted")]
    code, out, _ = invoke(runner, "term", "add", str(project), "--source", "ghost", "--target", "дух", "--prefer")
    assert code == 0 and out.splitlines() == ["updated concept c1: ghost -> дух",
                                              "preferred before, admitted now: привидение"]
    assert terms(project) == [("ghost", "preferred"), ("привидение", "admitted"), ("дух", "preferred")]


def test_the_refusal_speaks_russian(tmp_path: Path) -> None:
    runner = CliRunner()
    project = tmp_path / "ghost"
    assert invoke(runner, "init", str(project))[0] == 0
    assert invoke(runner, "term", "add", str(project), "--source", "ghost", "--target", "привидение")[0] == 0
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    done = subprocess.run([sys.executable, "-m", "workbench", "term", "add", str(project), "--source", "ghost",
                           "--target", "дух"], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 2 and "уже есть предпочтительный термин «привидение»" in done.stderr


def test_check_help_lists_the_options_of_check_dir() -> None:
    """`check --help` showed `--help` and the subcommands only: `--fail-on`, `--baseline`, `--json`
    (what a CI script wants of `check DIR`) were under `check run --help`, which nothing named."""
    result = CliRunner().invoke(main, ["check", "--help"])
    assert result.exit_code == 0
    assert "Options of `check DIR`" in result.stdout
    before, options = result.stdout.split("Options of `check DIR`", 1)
    for option in ("--fail-on", "--baseline", "--json", "--summary", "--document"):
        assert option in options
    assert "--help" not in options
    assert "accept " in before and "settings " in before, "the subcommands are listed as before"
