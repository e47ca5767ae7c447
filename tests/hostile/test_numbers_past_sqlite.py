"""A segment position or row id larger than SQLite holds (hardening, round 22).

`term sense mark --segment 99999999999999999999` (and `confirm`, `comment resolve`) ended in a
traceback: `OverflowError: Python int too large to convert to SQLite INTEGER`. Every position and
id argument is refused now in one line, exit code 2, before the project is opened.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.project.store import Project

HUGE = str(10**20)


@pytest.mark.parametrize("arguments", [
    ["term", "sense", "mark", "{dir}", "--segment", HUGE],
    ["term", "sense", "confirm", "{dir}", "--segment", HUGE],
    ["term", "sense", "remove", "{dir}", HUGE],
    ["term", "sense", "remove", "{dir}", "--", "-" + HUGE],
    ["comment", "resolve", "{dir}", HUGE],
    ["check", "accept", "{dir}", "--segment", HUGE, "--check", "term-missing", "--reason", "x"],
    ["check", "revoke", "{dir}", "--segment", HUGE, "--check", "term-missing"],
    ["team", "resolve", "{dir}", "--segment", HUGE, "--keep", "theirs"],
])
def test_a_number_past_sqlite_is_refused_in_one_line(tmp_path: Path, arguments: list[str]) -> None:
    folder = tmp_path / "proj"
    Project.create(folder, "en", "ru").close()
    bitext = tmp_path / "pairs.tsv"
    bitext.write_text("The heron cleaned its bill.\tЦапля почистила клюв.\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["import", str(folder), "--tsv", str(bitext)]).exit_code == 0
    result = CliRunner().invoke(main, [part.format(dir=folder) for part in arguments])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "out of range" in lines[0], result.output
