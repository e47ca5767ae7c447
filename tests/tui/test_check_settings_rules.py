"""The check settings at 80 columns and the project's own rules in them (session 42): "what it
finds" read whole in the room the table has, and each rule of rules.toml switched and graded from
the table, written to project.toml as `check set rule:ID` writes it, rules.toml left alone."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import Static
from tui_helpers import open_screen, settle

from workbench.cli import main
from workbench.core.checks import REGISTRY
from workbench.tui.app import make_app
from workbench.tui.screens.check_settings_modal import CheckSettingsModal, CheckTable
from workbench.tui.screens.findings_screen import FindingsScreen

RULES = """[[rule]]
id = "no-etc"
message = "A Latin «etc.» in Russian text: write «и т. д.», as the client's house style asks [bold]."
target_forbidden = "etc\\\\."

[[rule]]
id = "klub"
message = "Write «клуб», not «клаб»."
severity = "error"
target_forbidden = "{клаб}"
"""


@pytest.fixture
def ruled(tmp_path: Path) -> Path:
    folder = tmp_path / "ruled"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    (folder / "rules.toml").write_text(RULES, encoding="utf-8")
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("Clubs, libraries etc. opened.\tКлабы, библиотеки etc. открылись.\n"
                   "The club met.\tКлаб собрался.\n", encoding="utf-8")
    assert runner.invoke(main, ["import", str(folder), "--tsv", str(tsv)]).exit_code == 0
    return folder


def _rules_written(folder: Path) -> dict[str, object]:
    checks = tomllib.loads((folder / "project.toml").read_text(encoding="utf-8")).get("checks", {})
    return {name: table for name, table in checks.items() if name.startswith("rule:")}


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_what_each_check_finds_is_read_whole(ruled: Path, size: tuple[int, int]) -> None:
    app = make_app(ruled)
    async with app.run_test(size=size) as pilot:
        await open_screen(pilot, "f5", FindingsScreen)
        modal = await open_screen(pilot, "s", CheckSettingsModal)
        table = modal.query_one(CheckTable)
        assert table.row_count == len(REGISTRY) + 2
        widths = [column.get_render_width(table) for column in table.ordered_columns]
        assert sum(widths) <= table.size.width  # no column past the table's right edge
        meaning = table.columns[next(k for k in table.columns if k.value == "meaning")]
        assert meaning.width >= 16
        for row_key, row in table.rows.items():
            cell = table.get_cell(row_key, meaning.key)
            lines = cell.wrap(app.console, meaning.width)
            assert len(lines) <= row.height, f"{row_key.value}: «{cell.plain}» cut"
        assert ("family" in {k.value for k in table.columns}) == (size[0] >= 120)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_reviewer_switches_one_rule_off_and_grades_another(ruled: Path, size: tuple[int, int]) -> None:
    app = make_app(ruled)
    async with app.run_test(size=size) as pilot:
        findings = await open_screen(pilot, "f5", FindingsScreen)
        assert {(f.concept, f.severity) for f in findings.findings if f.check == "custom-rule"} == {
            ("rule:no-etc", "warning"), ("rule:klub", "error")}
        modal = await open_screen(pilot, "s", CheckSettingsModal)
        table = modal.query_one(CheckTable)
        table.move_cursor(row=len(REGISTRY))  # the first rule follows the checks
        await pilot.pause()
        summary = str(modal.query_one("#check-summary", Static).render())
        assert "rule:no-etc" in summary and "[bold]" in summary  # the rule's words, as written
        await pilot.press("s")  # warning -> info
        await pilot.press("down", "space")  # klub off
        await pilot.pause()
        assert _rules_written(ruled) == {"rule:no-etc": {"severity": "info"}, "rule:klub": {"enabled": False}}
        assert (ruled / "rules.toml").read_text(encoding="utf-8") == RULES
        assert "—" in table.get_row_at(len(REGISTRY) + 1)[1].plain  # shown off
        await pilot.press("escape")
        await settle(pilot)
        assert {(f.concept, f.severity) for f in findings.findings if f.check == "custom-rule"} == {
            ("rule:no-etc", "info")}
        modal = await open_screen(pilot, "s", CheckSettingsModal)
        modal.query_one(CheckTable).move_cursor(row=len(REGISTRY))
        await pilot.pause()
        await pilot.press("d")  # the rule's settings back to rules.toml's
        await pilot.pause()
        assert _rules_written(ruled) == {"rule:klub": {"enabled": False}}


async def test_a_broken_rules_toml_still_opens_the_settings(ruled: Path) -> None:
    (ruled / "rules.toml").write_text("[[rule]]\nid = 'x'\n", encoding="utf-8")  # no pattern: refused
    app = make_app(ruled)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await open_screen(pilot, "s", CheckSettingsModal)
        assert modal.query_one(CheckTable).row_count == len(REGISTRY)
        assert any("rules.toml" in str(n.message) for n in app._notifications)
