"""A TMX of another language pair (en and de in an en -> ru project), as an XLIFF of another
target language is: refused in one line naming the file's languages and the project's, exit
code 2, nothing saved changed (hardening, round 36: it came in as English sources to translate,
its German dropped in silence). A file of sources alone, or with the project's target empty,
is still sources to translate; `memory import` says it took no unit for the project's pair."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.hostile.project_state import fingerprint
from workbench.cli import main
from workbench.core.project.store import Project
from workbench.formats import tmx as tmx_format

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" '
          'segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/><body>\n')


def tmx(path: Path, *units: dict[str, str]) -> Path:
    body = "".join(
        "<tu>" + "".join(f'<tuv xml:lang="{lang}"><seg>{text}</seg></tuv>' for lang, text in unit.items()) + "</tu>\n"
        for unit in units)
    path.write_text(HEADER + body + "</body></tmx>\n", encoding="utf-8")
    return path


GERMAN = ({"en": "The club met.", "de": "Der Klub traf sich."}, {"en": "It rained.", "de-DE": "Es regnete."})


@pytest.fixture
def folder(project: Project) -> Path:
    return project.path


def test_import_of_another_pair_is_refused_in_one_line(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    before = fingerprint(folder)
    result = runner.invoke(main, ["import", str(folder), "--tmx", str(tmx(tmp_path / "de.tmx", *GERMAN))])
    assert result.exit_code == 2, result.output
    line = result.output.strip()
    assert "\n" not in line and "Traceback" not in line
    assert "de, de-DE, en" in line and "none in ru" in line and "nothing imported" in line
    assert fingerprint(folder) == before


def test_refused_when_read_in_parts_too(runner: CliRunner, folder: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tmx_format, "PARTS_FROM", 0)
    monkeypatch.setattr(tmx_format, "PART_BYTES", 200)
    before = fingerprint(folder)
    units = [{"en": f"Line {i} of the club.", "de": f"Zeile {i} des Klubs."} for i in range(40)]
    result = runner.invoke(main, ["import", str(folder), "--tmx", str(tmx(tmp_path / "big.tmx", *units))])
    assert result.exit_code == 2 and "none in ru" in result.output, result.output
    assert fingerprint(folder) == before


def test_a_new_version_of_another_pair_is_refused(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    first = tmx(tmp_path / "de.tmx", {"en": "The club met.", "ru": "Клуб собрался."})
    assert runner.invoke(main, ["import", str(folder), "--tmx", str(first)]).exit_code == 0
    before = fingerprint(folder)
    result = runner.invoke(main, ["import", str(folder), "--tmx", str(tmx(first, *GERMAN)), "--update", "de"])
    assert result.exit_code == 2 and "none in ru" in result.output, result.output
    assert fingerprint(folder) == before


@pytest.mark.parametrize("units", [
    ({"en": "The club met."}, {"en": "It rained."}),  # sources alone
    ({"en": "The club met.", "ru": ""}, {"en": "It rained.", "de": "Es regnete."}),  # the target's language, empty
    ({"en": "The club met.", "de": "Der Klub traf sich."}, {"en": "It rained.", "ru-RU": "Шёл дождь."}),
], ids=["sources-alone", "empty-target", "one-unit-of-the-pair"])
def test_sources_to_translate_still_come_in(runner: CliRunner, folder: Path, tmp_path: Path,
                                            units: tuple[dict[str, str], ...]) -> None:
    result = runner.invoke(main, ["import", str(folder), "--tmx", str(tmx(tmp_path / "f.tmx", *units))])
    assert result.exit_code == 0 and "imported 'f': 2 segments" in result.output, result.output


def test_memory_import_says_it_took_no_unit(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    assert runner.invoke(main, ["memory", "list", str(folder)]).exit_code == 0  # memory.db made
    before = fingerprint(folder)
    result = runner.invoke(main, ["memory", "import", str(folder), str(tmx(tmp_path / "de.tmx", *GERMAN))])
    assert result.exit_code == 2, result.output
    assert result.output.strip().count("\n") == 0
    assert "no unit has text in both en and ru" in result.output and "nothing imported" in result.output
    assert fingerprint(folder) == before
    mixed = tmx(tmp_path / "mixed.tmx", *GERMAN, {"en": "Hello.", "ru": "Привет."})
    result = runner.invoke(main, ["memory", "import", str(folder), str(mixed)])
    assert result.exit_code == 0 and result.output == "imported mixed.tmx: 1 unit, skipped 2 without text in both en and ru\n"
