"""Session 41's user day, the CLI as a translator's scripts run it: `--json` is taken by every
command that writes JSON, as `import`, `align` and `check` took it."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from workbench.cli import main

EN = "The ghost appeared at midnight. The twins laughed.\n\nThe housekeeper fainted.\n"
RU = "Привидение появилось в полночь. Близнецы засмеялись.\n\nЭкономка упала в обморок.\n"


@pytest.fixture
def book(tmp_path: Path, runner: CliRunner) -> Path:
    folder = tmp_path / "book"
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    (tmp_path / "ch.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "ch.ru.txt").write_text(RU, encoding="utf-8")
    said = runner.invoke(main, ["import", str(folder), "--source", str(tmp_path / "ch.en.txt"),
                                "--target", str(tmp_path / "ch.ru.txt"), "--no-semantic"])
    assert said.exit_code == 0, said.output
    return folder


@pytest.mark.parametrize("command", [
    ["status"], ["segments"], ["stats", "--no-analysis"], ["memory", "list"], ["term", "list"],
    ["comment", "list"], ["check", "accepted"], ["review"],
])
def test_every_command_writing_json_takes_json(book: Path, runner: CliRunner, command: list[str]) -> None:
    """`workbench status DIR --json` in a script: "No such option: --json", where `import`,
    `align` and `check` take it; every such command read `--format json` only."""
    flag = runner.invoke(main, [*command, str(book), "--json"])
    long = runner.invoke(main, [*command, str(book), "--format", "json"])
    assert flag.exit_code == long.exit_code == 0, flag.output
    assert json.loads(flag.stdout) == json.loads(long.stdout)


def test_json_with_another_format_is_refused_in_one_line(book: Path, runner: CliRunner) -> None:
    result = runner.invoke(main, ["stats", str(book), "--json", "--format", "csv", "--no-analysis"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "--json" in result.stderr
    assert "Traceback" not in result.output


def test_each_json_writer_lists_json_in_its_help() -> None:
    """No command with `--format json` is left without `--json` (a new one gets it from `format_option`)."""
    context = click.Context(main)

    def commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
        found: list[tuple[tuple[str, ...], click.Command]] = []
        for name in group.list_commands(context):  # the commands are loaded when asked for
            command = group.get_command(context, name)
            if isinstance(command, click.Group):
                found += commands(command, (*prefix, name))
            elif command is not None:
                found.append(((*prefix, name), command))
        return found

    listed = commands(main)
    assert len(listed) > 40 and (("term", "extract") in dict(listed))
    lacking = []
    for name, command in listed:
        options = {opt for param in command.params for opt in param.opts}
        formats = next((p for p in command.params if "--format" in p.opts), None)
        if formats is not None and isinstance(formats.type, click.Choice) and "json" in formats.type.choices \
                and "--json" not in options:
            lacking.append(" ".join(name))
    assert lacking == [], lacking
