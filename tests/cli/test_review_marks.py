"""`workbench review` where styles cannot show (a report file, a pipe): the tracked changes stay legible."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main


@pytest.fixture
def revised(tmp_path: Path, runner: CliRunner) -> Path:
    """A project whose confirmed target an editor changed afterwards («тулупчик» -> «тулуп»)."""
    project = tmp_path / "review"
    english, russian = tmp_path / "story.en.txt", tmp_path / "story.ru.txt"
    english.write_text("Pashka flung the sheepskin on the floor.\n", encoding="utf-8")
    russian.write_text("Пашка сбросил тулупчик на землю.\n", encoding="utf-8")
    for args in (["init", str(project)],
                 ["import", str(project), "--source", str(english), "--target", str(russian), "--no-semantic"],
                 ["mark-translated", str(project)], ["replace", str(project), "тулупчик", "тулуп"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
    return project


def test_a_review_written_to_a_file_marks_what_was_removed_and_added(runner: CliRunner, revised: Path, tmp_path: Path) -> None:
    """Styles (struck, underlined) are all that told the two apart, and a file or a pipe drops them:
    the report read «тулупчиктулуп»."""
    report = tmp_path / "review.txt"
    result = runner.invoke(main, ["review", str(revised), "--output", str(report)])
    assert result.exit_code == 0, result.output
    assert "[-тулупчик-]{+тулуп+}" in report.read_text(encoding="utf-8")
    piped = runner.invoke(main, ["review", str(revised)])
    assert piped.exit_code == 0 and "[-тулупчик-]{+тулуп+}" in piped.stdout


BITEXTS = {
    "pairs.tsv": "Pashka flung the sheepskin on the floor.\tПашка сбросил тулупчик на землю.\n",
    "pairs.tmx": (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" '
        'segtype="sentence" adminlang="en" creationtool="hand" creationtoolversion="1" o-tmf="none"/><body>'
        '<tu><tuv xml:lang="en"><seg>Pashka flung the sheepskin on the floor.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Пашка сбросил тулупчик на землю.</seg></tuv></tu></body></tmx>\n'
    ),
}


@pytest.mark.parametrize("name", sorted(BITEXTS))
def test_a_finished_translation_imported_as_a_bitext_is_marked_and_reviewed(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    """An editor imports the translator's work as TSV or TMX and marks it translated: the pairs,
    given by the file and not by the aligner (no confidence), were left draft ("marked 0 aligned
    draft pairs"), so the editor's changes never showed as tracked changes."""
    project, bitext = tmp_path / "review", tmp_path / name
    bitext.write_text(BITEXTS[name], encoding="utf-8")
    option = "--tsv" if name.endswith(".tsv") else "--tmx"
    assert runner.invoke(main, ["init", str(project)]).exit_code == 0
    assert runner.invoke(main, ["import", str(project), option, str(bitext)]).exit_code == 0
    marked = runner.invoke(main, ["mark-translated", str(project)])
    assert marked.exit_code == 0 and "marked 1 aligned draft pair" in marked.stdout
    assert runner.invoke(main, ["replace", str(project), "тулупчик", "тулуп"]).exit_code == 0
    review = runner.invoke(main, ["review", str(project)])
    assert "[-тулупчик-]{+тулуп+}" in review.stdout
