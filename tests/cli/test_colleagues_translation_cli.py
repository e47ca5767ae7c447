"""An editor reviewing a colleague's translation (twenty-sixth session): what the command line said,
on real files through the CLI runner, in English and Russian."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

ENGLISH = "Version control records changes to files.\n\nYou can recall specific versions later.\n"
RUSSIAN = "Система контроля версий записывает изменения файлов.\n\nПозже можно вернуться к нужной версии.\n"


def chapter(tmp_path: Path) -> tuple[Path, Path, Path]:
    project = tmp_path / "review"
    assert CliRunner().invoke(main, ["init", str(project), "--source-lang", "en", "--target-lang", "ru"]).exit_code == 0
    (tmp_path / "chapter.en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "chapter.ru.txt").write_text(RUSSIAN, encoding="utf-8")
    return project, tmp_path / "chapter.en.txt", tmp_path / "chapter.ru.txt"


def test_importing_a_translation_says_how_review_will_track_the_editors_changes(tmp_path: Path) -> None:
    """The colleague's translation came in as draft; the editor replaced a calque in 19 segments,
    then ran `mark-translated` and `review`, which showed none of the 19 (it tracks changes made
    after a target is confirmed). The import says so, and what to run first, on stderr."""
    project, english, russian = chapter(tmp_path)
    result = CliRunner().invoke(main, ["import", str(project), "--source", str(english), "--target", str(russian)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("imported 'chapter'") and "mark-translated" not in result.stdout
    assert f"run `workbench mark-translated {project}` first" in result.stderr
    assert f"`workbench review {project}` shows every change" in result.stderr
    notes = tmp_path / "notes.txt"
    notes.write_text(ENGLISH, encoding="utf-8")
    alone = CliRunner().invoke(main, ["import", str(project), "--source", str(notes)])
    assert alone.exit_code == 0 and "mark-translated" not in alone.stderr  # nothing translated, nothing to say


def test_the_note_is_said_in_russian(tmp_path: Path) -> None:
    project, english, russian = chapter(tmp_path)
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    result = subprocess.run([sys.executable, "-m", "workbench", "import", str(project), "--source", str(english),
                             "--target", str(russian), "--no-semantic"],
                            capture_output=True, text=True, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    [note] = result.stderr.splitlines()  # one note naming both ways (session 44)
    assert note.startswith(f"примечание: перевод импортирован как черновики; если это готовая работа для вычитки, "
                           f"сначала выполните `workbench mark-translated {project}`"), note
    assert f"если это машинный перевод для постредактирования, выполните `workbench mark-mt {project} chapter`" in note


def test_a_memory_replace_of_one_unit_says_it_is_put_back(tmp_path: Path) -> None:
    """"changed 1 unit (workbench memory undo DIR puts them back)"."""
    from workbench.formats.base import TranslationUnit
    from workbench.formats.tmx import write_tmx

    project, _english, _russian = chapter(tmp_path)
    tmx = tmp_path / "client.tmx"
    write_tmx(tmx, [TranslationUnit("Git is a version control system.", "Git — система контроля версий.", "en", "ru")],
              source_lang="en", target_lang="ru")
    assert CliRunner().invoke(main, ["memory", "import", str(project), str(tmx)]).exit_code == 0
    result = CliRunner().invoke(main, ["memory", "replace", str(project), "контроля", "управления"])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(f"changed 1 unit (workbench memory undo {project} puts it back)\n"), result.stdout
