"""Every byte the CLI prints goes through one sanitising boundary (`workbench.cli.common`).

The boundary is a mechanism, not a list of fixed commands: this test keeps
every CLI module from printing around it (a raw `click.echo`, `print`, or a
Rich console of its own that would parse markup), and checks the boundary on
the shapes of output it offers.
"""

from __future__ import annotations

import ast
import io
import json
from pathlib import Path

import pytest
from rich.table import Table
from rich.text import Text

import workbench.cli
from workbench.cli import common

CLI_DIR = Path(workbench.cli.__file__).parent
HOSTILE = "a\x1b]2;PWNED\x07b\x9b31m c\u202ed [/] [link=x:y]e[/link] :smile: \x85"
RAW = ("\x1b]2;", "\x07", "\x9b", "\u202e", "\x85")


def _calls(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "echo" and getattr(func.value, "id", "") == "click":
                found.append(f"{path.name}:{node.lineno} click.echo")
            elif isinstance(func, ast.Name) and func.id in ("print", "Console"):
                found.append(f"{path.name}:{node.lineno} {func.id}()")
            elif isinstance(func, ast.Attribute) and func.attr in ("secho", "style"):
                found.append(f"{path.name}:{node.lineno} click.{func.attr}")
    return found


@pytest.mark.parametrize("module", sorted(p.name for p in CLI_DIR.glob("*.py") if p.name != "common.py"))
def test_no_cli_module_prints_around_the_boundary(module: str) -> None:
    assert _calls(CLI_DIR / module) == []


def test_the_console_shows_markup_and_controls_literally() -> None:
    out = io.StringIO()
    console = common.console(file=out, width=200)
    table = Table("text")
    table.add_row(HOSTILE)
    table.add_row(Text(HOSTILE))
    console.print(table)
    console.print(HOSTILE)
    printed = out.getvalue()
    for char in RAW:
        assert char not in printed
    assert printed.count("[/] [link=x:y]e[/link] :smile:") == 3
    assert "␛]2;PWNED␇" in printed


def test_json_escapes_every_control_and_keeps_the_value(capsys: pytest.CaptureFixture[str]) -> None:
    common.emit_json({"text": HOSTILE, "ru": "клуб"})
    printed = capsys.readouterr().out
    for char in RAW:
        assert char not in printed
    assert json.loads(printed) == {"text": HOSTILE, "ru": "клуб"}
    assert "клуб" in printed


def test_echo_and_fail_draw_controls(capsys: pytest.CaptureFixture[str]) -> None:
    common.echo(HOSTILE)
    with pytest.raises(SystemExit) as stopped:
        common.fail(f"bad {HOSTILE}")
    assert stopped.value.code == 2
    captured = capsys.readouterr()
    for char in RAW:
        assert char not in captured.out and char not in captured.err
    assert len(captured.err.splitlines()) == 1
