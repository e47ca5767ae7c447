"""`import --machine-translation`: a client's English and an engine's Russian as two plain files,
or a TSV an engine wrote, come in as MT (usersweep26, a post-editor's day)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

ENGLISH = ("The commission authorized 10 exchange-traded funds.\n\n"
           "Critics blasted the SEC on Wednesday night.\n")
MACHINE = ("Комиссия разрешила 10 биржевых фондов.\n\n"
           "Критики раскритиковали SEC в среду вечером.\n")


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def project(tmp_path: Path) -> Path:
    folder = tmp_path / "post-edit"
    assert invoke("init", str(folder), "--source-lang", "en", "--target-lang", "ru")[0] == 0
    return folder


def test_two_plain_files_come_in_as_mt(tmp_path: Path) -> None:
    folder = project(tmp_path)
    (tmp_path / "news.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "news.ru.txt").write_text(MACHINE, encoding="utf-8")
    code, said = invoke("import", str(folder), "--source", str(tmp_path / "news.txt"), "--target",
                        str(tmp_path / "news.ru.txt"), "--machine-translation", "--no-semantic")
    assert code == 0, said
    assert "2 targets are machine translations" in said
    assert "mark-translated" not in said  # the hint for a finished translation to review is not for MT
    listed = json.loads(invoke("segments", str(folder), "--mt", "--format", "json")[1])
    assert [row["target"] for row in listed] == ["Комиссия разрешила 10 биржевых фондов.",
                                                 "Критики раскритиковали SEC в среду вечером."]


def test_a_tsv_without_the_option_is_a_persons(tmp_path: Path) -> None:
    folder = project(tmp_path)
    tsv = tmp_path / "news.tsv"
    tsv.write_text("".join(f"{en.strip()}\t{ru.strip()}\n" for en, ru in zip(ENGLISH.split("\n\n"), MACHINE.split("\n\n"))),
                   encoding="utf-8")
    code, said = invoke("import", str(folder), "--tsv", str(tsv))
    assert code == 0 and "targets are machine translations" not in said  # nothing marked...
    assert f"run `workbench mark-mt {folder} news`" in said  # ...but how to mark it is said (tuifix43, 44)
    assert json.loads(invoke("segments", str(folder), "--mt", "--format", "json")[1]) == []
    code, said = invoke("import", str(folder), "--tsv", str(tsv), "--machine-translation")
    assert code == 0 and "2 targets are machine translations" in said
    assert len(json.loads(invoke("segments", str(folder), "--mt", "--format", "json")[1])) == 2


def test_the_option_without_targets_to_mark_is_refused_in_one_line(tmp_path: Path) -> None:
    folder = project(tmp_path)
    (tmp_path / "news.txt").write_text(ENGLISH, encoding="utf-8")
    code, said = invoke("import", str(folder), "--source", str(tmp_path / "news.txt"), "--machine-translation")
    assert code == 2
    assert said.strip().count("\n") == 0 and "--machine-translation" in said and "Traceback" not in said
