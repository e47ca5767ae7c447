"""`workbench check settings` lists the checks' settings; `check set` changes one in project.toml."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.core.checks import REGISTRY


def made(tmp_path: Path, runner: CliRunner) -> Path:
    folder = tmp_path / "proj"
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    toml = folder / "project.toml"
    toml.write_text("# keep me\n" + toml.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_settings_list_every_check_in_json_and_as_a_table(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = made(tmp_path, runner)
    shown = runner.invoke(main, ["check", "settings", str(folder), "--json"])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.output)
    assert [c["id"] for c in data["checks"]] == list(REGISTRY)
    spacing = next(c for c in data["checks"] if c["id"] == "spacing")
    numero = next(o for o in spacing["options"] if o["name"] == "numero")
    assert numero["value"] == "3" and [c["value"] for c in numero["choices"]] == ["0", "1", "2", "3"]
    table = runner.invoke(main, ["check", "settings", str(folder)])
    assert table.exit_code == 0 and "alignment-low-confidence" in table.output and "list_items = russian" in table.output


def test_set_writes_one_change_and_the_next_run_obeys_it(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = made(tmp_path, runner)
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("The «clubs» were open.\t“Клубы” были открыты.\n", encoding="utf-8")
    assert runner.invoke(main, ["import", str(folder), "--tsv", str(tsv)]).exit_code == 0

    def checks() -> set[str]:
        result = runner.invoke(main, ["check", str(folder), "--format", "json", "--fail-on", "never"])
        return {f["check"] for f in json.loads(result.output)}

    assert "quote-style" in checks()
    result = runner.invoke(main, ["check", "set", str(folder), "quote-style", "enabled", "false"])
    assert result.exit_code == 0, result.output
    assert "quote-style" not in checks()
    text = (folder / "project.toml").read_text(encoding="utf-8")
    assert text.startswith("# keep me\n")
    assert tomllib.loads(text)["checks"] == {"quote-style": {"enabled": False}}
    assert runner.invoke(main, ["check", "set", str(folder), "quote-style", "enabled", "default"]).exit_code == 0
    assert "quote-style" in checks()


def test_bad_input_is_one_line_and_exit_2_and_the_file_is_unchanged(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = made(tmp_path, runner)
    before = (folder / "project.toml").read_bytes()
    for args in (["quote-style", "severity", "fatal"], ["spacing", "numero", "9"], ["nonsense", "enabled", "no"],
                 ["length-ratio", "threshold", "inf"], ["checks", "list_items", "german"]):
        result = runner.invoke(main, ["check", "set", str(folder), *args])
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert (folder / "project.toml").read_bytes() == before
    assert runner.invoke(main, ["check", "settings", str(tmp_path / "none")]).exit_code == 2


def test_a_checks_table_no_run_would_read_is_one_line_for_both(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = made(tmp_path, runner)
    toml = folder / "project.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n[checks.no-such]\nenabled = false\n", encoding="utf-8")
    for args in (["check", "settings", str(folder)], ["check", "set", str(folder), "spacing", "numero", "1"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2 and "unknown check [checks.no-such]" in result.output
        assert len(result.output.strip().splitlines()) == 1
