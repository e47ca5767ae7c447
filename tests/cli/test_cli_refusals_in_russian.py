"""The CLI's own refusals follow the interface language, like the core's (fourteenth session).

A translator working with `LANG=ru_RU.UTF-8` got «сегмента 999 нет» from the
TUI's go-to but "there is no segment 999" from `workbench comment add`: the
CLI wrote its own refusals as English f-strings past the catalogue.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI_PACKAGE = Path(__file__).resolve().parents[2] / "workbench" / "cli"


def workbench_ru(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["comment", "add", "{folder}", "999", "note"], "сегмента 999 нет"),
        (["export", "{folder}"], "нечего экспортировать"),
        (["check", "{folder}", "--output", "{folder}/project.db"], "запишите отчёт в другой файл"),
        (["segments", "{folder}", "--regex"], "--regex и --forms требуют --text"),
        (["import", "{folder}", "--tsv", "{folder}/project.toml", "--target", "{folder}/project.toml"], "--target указывается вместе с --source"),
    ],
)
def test_a_cli_refusal_is_said_in_russian(sample_project: Path, args: list[str], said: str) -> None:
    done = workbench_ru(*(arg.format(folder=sample_project) for arg in args))
    assert done.returncode == 2
    assert done.stderr.startswith("workbench: error: ") and said in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_the_cli_fails_only_with_messages_already_said() -> None:
    """`fail(...)` prints its text as it is: a literal or f-string there is English for everyone.
    Refusals are raised as `InputError.worded(N_(...))`, which the CLI says in the interface language."""
    literal = []
    for path in sorted(CLI_PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "fail"
                    and node.args and isinstance(node.args[0], ast.Constant | ast.JoinedStr)):
                literal.append(f"{path.name}:{node.lineno}")
    assert literal == []
