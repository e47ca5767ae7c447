"""One rule of rules.toml switched and graded in project.toml (`[checks."rule:ID"]`, session 42):
the same `check set` the CLI and the TUI's check settings use; rules.toml is never written."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.checks.project_checks import check_project
from workbench.core.checks.settings import check_settings, project_rules, set_check_setting
from workbench.core.project import Project
from workbench.errors import InputError

RULES = """[[rule]]
id = "no-etc"
message = "A Latin «etc.» in Russian: «и т. д.»."
target_forbidden = "etc\\\\."

[[rule]]
id = "klub"
message = "Write «клуб», not «клаб»."
severity = "error"
target_forbidden = "{клаб}"
"""


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    folder = tmp_path / "p"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    (folder / "rules.toml").write_text(RULES, encoding="utf-8")
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("Clubs, libraries etc. opened.\tКлабы, библиотеки etc. открылись.\n", encoding="utf-8")
    assert runner.invoke(main, ["import", str(folder), "--tsv", str(tsv)]).exit_code == 0
    with Project.open(folder) as opened:
        yield opened


def _rule_findings(project: Project) -> dict[str, str]:
    return {f.concept or "": f.severity for f in check_project(project) if f.check == "custom-rule"}


def test_a_rule_is_listed_with_its_own_severity_and_the_projects(project: Project) -> None:
    settings = check_settings(project.config.checks, project_rules(project))
    assert [(r.target, r.enabled, r.severity, r.own_severity) for r in settings.rules] == [
        ("rule:no-etc", True, "warning", "warning"), ("rule:klub", True, "error", "error")]
    assert settings.to_json()["rules"][1]["message"] == "Write «клуб», not «клаб»."


def test_a_rule_switched_off_finds_nothing_and_rules_toml_stays_as_written(project: Project) -> None:
    assert _rule_findings(project) == {"rule:no-etc": "warning", "rule:klub": "error"}
    settings = set_check_setting(project, "rule:no-etc", "enabled", "false")
    assert not next(r for r in settings.rules if r.id == "no-etc").enabled
    assert _rule_findings(project) == {"rule:klub": "error"}
    assert (project.path / "rules.toml").read_text(encoding="utf-8") == RULES
    written = tomllib.loads((project.path / "project.toml").read_text(encoding="utf-8"))
    assert written["checks"]["rule:no-etc"] == {"enabled": False}
    set_check_setting(project, "rule:no-etc", "enabled", "default")  # the table goes with its last key
    assert "rule:no-etc" not in tomllib.loads((project.path / "project.toml").read_text(encoding="utf-8")).get("checks", {})
    assert _rule_findings(project) == {"rule:no-etc": "warning", "rule:klub": "error"}


def test_a_rules_severity_here_wins_over_its_own_and_the_checks(project: Project) -> None:
    set_check_setting(project, "custom-rule", "severity", "info")  # every rule at once
    assert _rule_findings(project) == {"rule:no-etc": "info", "rule:klub": "info"}
    settings = set_check_setting(project, "rule:klub", "severity", "error")  # this one, more specific
    assert _rule_findings(project) == {"rule:no-etc": "info", "rule:klub": "error"}
    klub = next(r for r in settings.rules if r.id == "klub")
    assert (klub.severity, klub.project_severity, klub.own_severity) == ("error", "error", "error")


@pytest.mark.parametrize(("target", "key", "value", "said"), [
    ("rule:nope", "enabled", "false", "rules.toml has no rule nope; its rules: 'no-etc', 'klub'"),
    ("rule:klub", "pattern", "x", "[checks.rule:klub] sets enabled or severity, not pattern"),
    ("rule:klub", "severity", "fatal", "must be one of"),
])
def test_a_rule_change_no_run_would_take_is_refused_and_nothing_is_written(
        project: Project, target: str, key: str, value: str, said: str) -> None:
    before = (project.path / "project.toml").read_bytes()
    with pytest.raises(InputError, match=None) as refused:
        set_check_setting(project, target, key, value)
    assert said in str(refused.value)
    assert (project.path / "project.toml").read_bytes() == before


def test_check_set_names_a_rule_as_its_findings_do(project: Project) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["check", "set", str(project.path), "rule:klub", "severity", "warning"])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(main, ["check", "settings", str(project.path)])
    assert "rule:klub" in listed.output and "rules.toml error" in listed.output
    refused = runner.invoke(main, ["check", "set", str(project.path), "rule:gone", "enabled", "false"])
    assert refused.exit_code == 2 and "Traceback" not in refused.output
