"""A freelance translator's day (nineteenth session): a client's XLIFF 1.2 from another CAT tool,
with units signed off before it was sent, translated and given back through the CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core import editing
from workbench.core.project.store import Project
from workbench.formats.xliff import read_xliff

CLIENT_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="manual.html" source-language="en-US" target-language="ru-RU" datatype="html">
    <body>
      <trans-unit id="1">
        <source>The server stores every backup on the disk.</source>
        <target state="signed-off">Сервер хранит каждую резервную копию на диске.</target>
      </trans-unit>
      <trans-unit id="2" approved="yes">
        <source>Restart the server after the update.</source>
        <target state="translated">Перезапустите сервер после обновления.</target>
      </trans-unit>
      <trans-unit id="3">
        <source>Do not delete the backup folder.</source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


@pytest.fixture
def client(runner: CliRunner, tmp_path: Path) -> tuple[Path, Path]:
    """The client's file, imported into a new project: (project folder, the client's file)."""
    original = tmp_path / "client.xlf"
    original.write_text(CLIENT_XLIFF, encoding="utf-8")
    folder = tmp_path / "job"
    assert runner.invoke(main, ["init", str(folder), "--source-lang", "en", "--target-lang", "ru"]).exit_code == 0
    done = runner.invoke(main, ["import", str(folder), "--xliff", str(original)])
    assert done.exit_code == 0, done.output
    return folder, original


def _unit(text: str, unit_id: str) -> str:
    found = re.search(rf'<trans-unit id="{unit_id}".*?</trans-unit>', text, flags=re.DOTALL)
    assert found is not None, text
    return found.group(0)


def test_a_unit_signed_off_by_the_client_comes_back_as_it_was_sent(
    runner: CliRunner, client: tuple[Path, Path], tmp_path: Path
) -> None:
    """Exporting rewrote the untouched unit's `signed-off` as `final`: a segment the translator never
    opened came back changed, and the client's tool read another workflow state."""
    folder, original = client
    with Project.open(folder) as project:
        third = project.segments()[2]
        editing.set_target(project, third.id, "Не удаляйте папку резервных копий.")
        editing.confirm(project, third.id)
    out = tmp_path / "back.xlf"
    done = runner.invoke(main, ["export", str(folder), "--xliff", str(out)])
    assert done.exit_code == 0, done.output
    sent, back = original.read_text(encoding="utf-8"), out.read_text(encoding="utf-8")
    assert _unit(back, "1") == _unit(sent, "1")
    assert _unit(back, "2") == _unit(sent, "2")
    assert 'state="translated">Не удаляйте папку резервных копий.</target>' in _unit(back, "3")


def test_an_approved_unit_no_longer_reviewed_is_not_sent_back_approved(
    runner: CliRunner, client: tuple[Path, Path], tmp_path: Path
) -> None:
    """A unit `approved="yes"` whose segment was set back to draft kept its `approved="yes"`: the
    client's tool, and this project's own import, read it as signed off again."""
    folder, _ = client
    with Project.open(folder) as project:
        editing.set_status(project, project.segments()[1].id, "draft")
    out = tmp_path / "back.xlf"
    assert runner.invoke(main, ["export", str(folder), "--xliff", str(out)]).exit_code == 0
    assert 'approved="no"' in _unit(out.read_text(encoding="utf-8"), "2")
    statuses = {segment.unit_id: segment.status for segment in read_xliff(out, "en", "ru")}
    assert statuses["2"] == "draft"
    assert statuses["1"] == "reviewed"


def test_an_abbreviation_replaced_by_its_full_term_keeps_the_terms_lower_case(
    runner: CliRunner, client: tuple[Path, Path]
) -> None:
    """The glossary forbids «БД»; `replace --forms БД "база данных"` wrote «БАЗЕ ДАННЫХ» in capitals
    (an abbreviation's capitals were taken for the text's emphasis). The full term is written as
    typed, with a capital only where the abbreviation opened a sentence; a word the text itself
    writes in capitals («СЕРВЕР») still gets the replacement in capitals."""
    folder, _ = client
    with Project.open(folder) as project:
        first, second, third = project.segments()
        editing.set_target(project, first.id, "БД хранит каждую резервную копию. Сервер хранит БД.")
        editing.set_target(project, second.id, "Перезапустите СЕРВЕР после обновления.")
    done = runner.invoke(main, ["replace", str(folder), "БД", "база данных", "--forms", "--form", "2=базу данных"])
    assert done.exit_code == 0, done.output
    done = runner.invoke(main, ["replace", str(folder), "сервер", "узел", "--forms"])
    assert done.exit_code == 0, done.output
    with Project.open(folder) as project:
        targets = [segment.target for segment in project.segments()]
    opening, rest = targets[0].split(" хранит каждую резервную копию. ")
    assert opening.startswith("Баз") and opening.endswith(" данных")  # its case is the morphology's guess
    assert rest == "Узел хранит базу данных."
    assert targets[1] == "Перезапустите УЗЕЛ после обновления."


def test_the_imports_warning_follows_the_interface_language(tmp_path: Path) -> None:
    """Importing the client's XLIFF under `LANG=ru_RU.UTF-8` warned in English that a unit is locked
    (`translate="no"`), while the same command's errors are Russian; `--json` keeps the English line."""
    original = tmp_path / "client.xlf"
    original.write_text(CLIENT_XLIFF.replace('<trans-unit id="3">', '<trans-unit id="3" translate="no">'),
                        encoding="utf-8")
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}

    def workbench(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True, env=env,
                              timeout=180, check=False)

    for name in ("a", "b"):
        assert workbench("init", str(tmp_path / name), "--source-lang", "en", "--target-lang", "ru").returncode == 0
    said = workbench("import", str(tmp_path / "a"), "--xliff", str(original))
    assert said.returncode == 0, said.stderr
    assert said.stderr.strip() == 'предупреждение: 1 блок помечен translate="no" и остаётся заблокированным'
    as_json = workbench("import", str(tmp_path / "b"), "--xliff", str(original), "--json")
    assert json.loads(as_json.stdout)["warnings"] == ['1 unit is marked translate="no" and stays locked']
