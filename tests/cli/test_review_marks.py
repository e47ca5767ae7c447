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
