"""A termbase file's language tags, and `term add --definition-in`'s, are language codes (hardening, round 23).

Round 22 left it: a TBX language section's `xml:lang` was stored whatever it said, and every
export wrote it back. One of 100,000 letters, words ("English language"), C1 control
characters (U+009B is a terminal's CSI), markup or a bidi override: `term import` now refuses
the file in one line of at most a few hundred characters, exit 2, the termbase unchanged. A
CSV column named by a tag of 74 characters was a language column; it is refused too (one of
10,000 was refused already, as nested too deeply).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.project.store import Project


def _tbx(section_lang: str, definition_lang: str = "en") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="c1"><descrip type="definition" xml:lang="{definition_lang}">A thing.</descrip>
  <langSet xml:lang="en"><tig><term>bill</term></tig></langSet>
  <langSet xml:lang="{section_lang}"><tig><term>счёт</term></tig></langSet>
</termEntry></body></text></martif>
"""


def _listing(folder: Path) -> list[object]:
    result = CliRunner().invoke(main, ["term", "list", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "proj"
    Project.create(folder, "en", "ru").close()
    table = tmp_path / "first.csv"
    table.write_text("en,ru\nkey,ключ\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["term", "import", str(folder), str(table)]).exit_code == 0
    return folder


HOSTILE = {
    "100,000 letters": ("ru" + "x" * 100_000, "en"),
    "words": ("English language", "en"),
    "a C1 CSI sequence": ("ru\u009b31m", "en"),
    "markup": ("[bold]ru[/bold]", "en"),
    "a bidi override": ("ru\u202e", "en"),
    "a tag of 70 characters": ("ru" + "-abcdefgh" * 8, "en"),
    "a definition's language of 100,000 letters": ("ru", "e" * 100_000),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_section_named_by_no_language_is_refused_in_one_line(project: Path, tmp_path: Path, name: str) -> None:
    before = _listing(project)
    tbx = tmp_path / "hostile.tbx"
    tbx.write_text(_tbx(*HOSTILE[name]), encoding="utf-8")
    result = CliRunner().invoke(main, ["term", "import", str(project), str(tbx)])
    assert result.exit_code == 2, (name, result.output[:500])
    assert result.output.count("\n") == 1 and len(result.output) < 1_000, (name, len(result.output))
    assert "is not a language code" in result.output
    assert not any(ch in result.output for ch in "\u009b\u202e\x1b"), name
    assert _listing(project) == before


@pytest.mark.parametrize("tag", ["ru-RU", "ru_RU", "rus", "zh-Hans-CN", "ru-Cyrl-RU-x-private1"])
def test_a_language_code_however_spelt_is_read(project: Path, tmp_path: Path, tag: str) -> None:
    tbx = tmp_path / "good.tbx"
    tbx.write_text(_tbx(tag), encoding="utf-8")
    result = CliRunner().invoke(main, ["term", "import", str(project), str(tbx)])
    assert result.exit_code == 0, result.output
    assert "счёт" in json.dumps(_listing(project), ensure_ascii=False)


def test_a_csv_column_named_by_a_tag_past_64_characters_is_refused(project: Path, tmp_path: Path) -> None:
    before = _listing(project)
    table = tmp_path / "long.csv"
    table.write_text(f"en,ru{'-abcdefgh' * 8}\nbill,счёт\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["term", "import", str(project), str(table)])
    assert result.exit_code == 2 and result.output.count("\n") == 1 and len(result.output) < 1_000, result.output[:500]
    assert _listing(project) == before


@pytest.mark.parametrize("lang", ["q" * 50_000, "[bold]русский язык", "ru\x1b[2J", "xx"])
def test_term_add_refuses_a_definition_in_no_language(project: Path, lang: str) -> None:
    """`term add --definition-in LANG TEXT` stored any LANG (50,000 letters, words, markup)."""
    before = _listing(project)
    result = CliRunner().invoke(main, ["term", "add", str(project), "--source", "club", "--target", "клуб",
                                       "--definition-in", lang, "Место встреч."])
    assert result.exit_code == 2, result.output[:500]
    assert result.output.count("\n") == 1 and len(result.output) < 1_000 and "\x1b" not in result.output
    assert _listing(project) == before
