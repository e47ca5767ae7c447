"""A book's import and alignment take minutes on a busy machine: on a terminal they show a progress
bar, as `check` does; to a pipe they write only their report (user sweep, session 18)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.terminal_stderr import WORKBENCH, run_with_terminal_stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    made = subprocess.run([*WORKBENCH, "init", str(tmp_path / "book"), "--source-lang", "en", "--target-lang", "ru"],
                          capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stderr
    (tmp_path / "book.en.txt").write_text("The soldier stood on one leg. The dancer stood on one leg too.\n", encoding="utf-8")
    (tmp_path / "book.ru.txt").write_text("Солдатик стоял на одной ноге. Танцовщица тоже стояла на одной ноге.\n",
                                          encoding="utf-8")
    return tmp_path / "book"


def test_import_and_align_show_a_bar_on_a_terminal_and_nothing_to_a_pipe(project: Path) -> None:
    source, target = project.parent / "book.en.txt", project.parent / "book.ru.txt"
    code, out, said = run_with_terminal_stderr("import", str(project), "--source", str(source), "--target", str(target),
                                               "--no-semantic")
    assert code == 0 and out.startswith("imported 'book'"), (out, said)
    assert "importing" in said, said
    code, out, said = run_with_terminal_stderr("align", str(project), "--no-semantic")
    assert code == 0 and out.startswith("aligned 1 document"), (out, said)
    assert "aligning" in said, said
    piped = subprocess.run([*WORKBENCH, "align", str(project), "--no-semantic"], capture_output=True, text=True, check=False)
    assert piped.returncode == 0 and piped.stderr == "", piped.stderr
