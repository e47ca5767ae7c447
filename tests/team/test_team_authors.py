"""Who wrote a unit of the team memory, shown wherever the unit is: lookups, concordance, TMX out and in.

A team's day (session 28): a local unit's author was shown beside its match, a teammate's on the
team server never (the server knew it: `units.changed_by`); `memory export` of the shared memory
wrote no `changeid`, and `team import` named the importer as every unit's author. A real
PostgreSQL server, real folders, the real CLI.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from lxml import etree
from team_helpers import SOURCE, clone_project, confirm_all, make_team_project

from workbench.cli import main

FIRST = SOURCE.split(". ")[0] + "."


def test_a_teammates_unit_names_its_author_everywhere(tmp_path: Path, team_url: str, runner: CliRunner) -> None:
    anna = make_team_project(tmp_path / "anna", team_url, "anna")
    boris = clone_project(anna, tmp_path / "boris", "boris")
    confirm_all(anna)
    assert runner.invoke(main, ["team", "sync", str(anna)]).exit_code == 0
    matches = json.loads(runner.invoke(main, ["memory", "lookup", str(boris), FIRST, "--format", "json"]).output)
    assert matches and {m["author"] for m in matches} == {"anna"}
    hits = json.loads(runner.invoke(main, ["memory", "search", str(boris), "workers' club", "--memory-only", "--format", "json"]).output)
    memory_hits = [h for h in hits if h["memory"] == "clubs"]
    assert memory_hits and {h["author"] for h in memory_hits} == {"anna"}
    out = tmp_path / "shared.tmx"
    assert runner.invoke(main, ["memory", "export", str(boris), str(out)]).exit_code == 0
    assert {tu.get("changeid") for tu in etree.parse(str(out)).iter("tu")} == {"anna"}
    # boris imports it back under another name: the units are still anna's
    assert runner.invoke(main, ["team", "import", str(boris), str(out), "--name", "back.tmx"]).exit_code == 0
    matches = json.loads(runner.invoke(main, ["memory", "lookup", str(boris), FIRST, "--format", "json"]).output)
    assert {m["memory"] for m in matches} >= {"back.tmx"} and {m["author"] for m in matches} == {"anna"}
