"""Output to a stream in a legacy encoding: what it cannot hold is `?`, never a traceback.

A KOI8-R or CP1251 terminal (or PYTHONIOENCODING) holds Russian but not a table's box
lines, typographic quotes or every Latin letter: `segments`, `check` and `term list`
ended in a UnicodeEncodeError traceback (hardening round five).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    (tmp_path / "pairs.tsv").write_text("The “Red October” club opened.\tКлуб «Красный Октябрь» открылся.\nThe club closed.\tЗал закрылся.\n", "utf-8")
    for args in (
        ["init", str(folder)],
        ["import", str(folder), "--tsv", str(tmp_path / "pairs.tsv")],
        ["term", "add", str(folder), "--source", "club", "--target", "клуб", "--note", "Café “é”"],
    ):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    return folder


@pytest.mark.parametrize("encoding", ["koi8-r", "latin-1"])
@pytest.mark.parametrize("command", [("segments", "{p}"), ("check", "{p}", "--fail-on", "never"), ("term", "list", "{p}")])
def test_a_legacy_encoding_prints_what_it_holds(project: Path, encoding: str, command: tuple[str, ...]) -> None:
    args = [sys.executable, "-m", "workbench", *(str(project) if part == "{p}" else part for part in command)]
    done = subprocess.run(args, capture_output=True, env={**os.environ, "PYTHONIOENCODING": encoding}, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    assert b"Traceback" not in done.stderr
    if encoding == "koi8-r":
        assert "клуб" in done.stdout.decode(encoding).lower()


@pytest.mark.parametrize("encoding", ["koi8-r", "latin-1", "ascii"])
@pytest.mark.parametrize("command", [("segments", "{p}", "--format", "json"), ("term", "list", "{p}", "--format", "json")])
def test_json_in_a_legacy_encoding_is_lossless(project: Path, encoding: str, command: tuple[str, ...]) -> None:
    """JSON is data: a `?` for what the stream cannot hold changed it (round six: Latin-1 printed
    the Russian targets as `???`); characters past ASCII are escaped instead, and the document
    read back is the one a UTF-8 stream gives."""
    args = [sys.executable, "-m", "workbench", *(str(project) if part == "{p}" else part for part in command)]

    def run(encoding: str) -> object:
        done = subprocess.run(args, capture_output=True, env={**os.environ, "PYTHONIOENCODING": encoding}, timeout=120, check=True)
        return json.loads(done.stdout.decode(encoding))

    assert run(encoding) == run("utf-8")
