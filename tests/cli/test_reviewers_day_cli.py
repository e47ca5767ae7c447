"""A reviewer's day on the command line (twenty-third session): a popular-science chapter exported
from HTML, italics kept as `<i>…</i>` around the Latin names of species, imported with its
translation and checked as a whole, through the real CLI on real files."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

SOURCE = (
    "Larvae of the fly <i>Psilopa petrolei</i> develop in seepages of crude oil in California.\n"
    "This is why the species <i>Homo sapiens</i> is the apex of evolution.\n"
    "A barnacle and a <i>Cyc1ops</i> look unmistakably similar.\n"
)
TARGET = (
    "Личинки мух <i>Psilopa petrolei</i> развиваются в выходах нефти в Калифорнии.\n"
    "Именно поэтому вид <i>Homo sapiens</i> — вершина эволюции.\n"
    "Морская уточка и <i>Cyclops</i> явно похожи.\n"
)


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


def test_italics_around_a_word_are_markup_not_ocr_garbage(tmp_path: Path) -> None:
    """All 27 OCR findings of the Dobzhansky chapter were its `<i>` tags ("suspected OCR garbage
    '<i>Psilopa' (a stray symbol inside a word)"), on both sides. A tag is the text's markup;
    a damaged word inside italics is still found, named without the tag."""
    (tmp_path / "en.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(TARGET, encoding="utf-8")
    project = tmp_path / "chapter"
    run("init", str(project), "--source-lang", "en", "--target-lang", "ru")
    run("import", str(project), "--source", str(tmp_path / "en.txt"),
        "--target", str(tmp_path / "ru.txt"), "--no-semantic")
    report = tmp_path / "qa.json"
    run("check", str(project), "--checks", "ocr-suspect", "--format", "json", "-o", str(report))
    findings = json.loads(report.read_text(encoding="utf-8"))
    assert [finding["message"] for finding in findings] == [
        "Suspected OCR garbage 'Cyc1ops' (digits inside a word); did you mean 'Cyclops'?"
    ]
