"""`workbench memory search` shows a long unit as a concordance does: the phrase in its context.

A 2,000-character unit was printed whole: one hit filled the terminal, its phrase somewhere in
the thirtieth line (session 30's user day). The table now shows the phrase in about 360
characters cut at spaces with …, the other side at the same place; `--whole` shows it all; JSON
keeps both sides whole and gives the `context` with the phrase's spans (offsets, no markup); a
search with more hits than `--limit` says so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import write_tmx


def filler(word: str) -> str:
    return " ".join(f"{word}{n}" for n in range(180))


LONG = (f"{filler('before')} The workers' club opened in 1923. {filler('after')}",
        f"{filler('перед')} Рабочий клуб открылся в 1923 году. {filler('после')}")


@pytest.fixture
def folder(project: Project, tmp_path: Path) -> Path:
    units = [TranslationUnit(*LONG, "en-US", "ru-RU")] + [
        TranslationUnit(f"The club number {n} opened.", f"Клуб номер {n} открылся.", "en-US", "ru-RU") for n in range(3)]
    write_tmx(tmp_path / "shared.tmx", units, source_lang="en-US", target_lang="ru-RU")
    assert CliRunner().invoke(main, ["memory", "import", str(project.path), str(tmp_path / "shared.tmx")]).exit_code == 0
    return project.path


def search(folder: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["memory", "search", str(folder), "клуб", *args], terminal_width=100)
    assert result.exit_code == 0, result.output
    return result.output


def test_a_long_unit_shows_the_phrase_in_its_context(folder: Path) -> None:
    table = search(folder)
    assert len(LONG[1]) > 2000
    assert "клуб" in table and "…" in table
    assert "перед0 " not in table and "после179" not in table  # the ends of the long unit are cut
    assert "before0 " not in table and "after179" not in table  # the other side too, at the same place
    assert len(table.splitlines()) < 60
    whole = search(folder, "--whole")
    assert "перед0 " in whole and "после179" in whole


def test_json_keeps_the_units_whole_and_gives_the_context_with_its_spans(folder: Path) -> None:
    hits = json.loads(search(folder, "--format", "json"))
    long = next(h for h in hits if h["target"] == LONG[1])
    context = long["context"]
    assert context["target"].startswith("…") and context["target"].endswith("…") and len(context["target"]) <= 362
    [(start, end)] = context["spans"]
    assert context["target"][start:end] == "клуб"
    assert "1923" in context["source"] and len(context["source"]) <= 362
    short = next(h for h in hits if h["target"] != LONG[1])
    assert short["context"]["target"] == short["target"]


def test_more_hits_than_the_limit_are_said(folder: Path) -> None:
    assert "the first 2 units shown; there are more" in search(folder, "--limit", "2")
    assert "there are more" not in search(folder, "--limit", "4")
    result = CliRunner().invoke(main, ["memory", "search", str(folder), "клуб", "--limit", "2", "--format", "json"])
    assert len(json.loads(result.stdout)) == 2 and "there are more" in result.stderr
