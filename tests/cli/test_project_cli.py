"""The project commands as a script or CI calls them: JSON out, exit codes, one-line errors."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

EN = "The club opened in 1923. Workers came every evening.\n\nThe union paid for it.\n"
RU = "Клуб открылся в 1923 году. Рабочие приходили каждый вечер.\n\nПрофсоюз платил за него.\n"


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.endswith(("-wal", "-shm")):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def texts(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "doc.en.txt").write_text(EN, "utf-8")
    (tmp_path / "doc.ru.txt").write_text(RU, "utf-8")
    return tmp_path / "doc.en.txt", tmp_path / "doc.ru.txt"


def test_init_import_status_segments(runner: CliRunner, tmp_path: Path, texts: tuple[Path, Path]) -> None:
    proj = tmp_path / "p"
    assert invoke(runner, "init", proj, "--source-lang", "en", "--target-lang", "ru")[0] == 0
    code, out, _ = invoke(runner, "import", proj, "--source", texts[0], "--target", texts[1], "--json")
    assert code == 0
    report = json.loads(out)
    assert report["segments"] == 3 and report["aligned"]
    code, out, _ = invoke(runner, "status", proj, "--format", "json")
    status = json.loads(out)
    assert status["segments"]["total"] == 3 and status["target_lang"] == "ru"
    assert status["documents"][0]["source"] == "sources/doc.en.txt"
    code, out, _ = invoke(runner, "segments", proj, "--format", "json")
    segments = json.loads(out)
    assert [s["position"] for s in segments] == [1, 2, 3]
    assert set(segments[0]) >= {"position", "id", "source", "target", "status", "findings"}
    assert segments[2] == {**segments[2], "source": "The union paid for it.", "target": "Профсоюз платил за него."}
    code, out, _ = invoke(runner, "segments", proj)
    assert code == 0 and "Профсоюз" in out


def test_table_output_shows_markup_literally(runner: CliRunner, tmp_path: Path) -> None:
    proj = tmp_path / "p"
    invoke(runner, "init", proj)
    (tmp_path / "m.tsv").write_text("Use [bold]this[/] and [red]that.\t[bold]жирный[/]\n", "utf-8")
    assert invoke(runner, "import", proj, "--tsv", tmp_path / "m.tsv")[0] == 0
    code, out, _ = invoke(runner, "segments", proj)
    assert code == 0 and "[bold]this[/]" in out and "[bold]жирный[/]" in out


def test_align_and_align_files(runner: CliRunner, tmp_path: Path, texts: tuple[Path, Path]) -> None:
    proj = tmp_path / "p"
    invoke(runner, "init", proj)
    invoke(runner, "import", proj, "--source", texts[0], "--target", texts[1])
    code, out, _ = invoke(runner, "align", proj, "--json")
    assert code == 0 and json.loads(out)["beads"] == 3
    code, out, _ = invoke(runner, "align-files", texts[0], texts[1])
    assert code == 0 and json.loads(out) == [[[0], [0]], [[1], [1]], [[2], [2]]]
    code, out, _ = invoke(runner, "align-files", texts[0], texts[1], "--format", "tsv")
    lines = out.splitlines()
    assert lines[0].split("\t")[:2] == ["The club opened in 1923.", "Клуб открылся в 1923 году."]
    assert all(0 <= float(line.split("\t")[2]) <= 1 for line in lines)


def test_no_semantic_aligns_without_reading_meaning(runner: CliRunner, tmp_path: Path, texts: tuple[Path, Path]) -> None:
    proj = tmp_path / "p"
    invoke(runner, "init", proj)
    assert invoke(runner, "import", proj, "--source", texts[0], "--target", texts[1], "--no-semantic")[0] == 0
    code, out, _ = invoke(runner, "align", proj, "--json", "--no-semantic")
    assert code == 0 and json.loads(out)["beads"] == 3
    with sqlite3.connect(proj / "project.db") as db:
        assert db.execute("select count(*) from embeddings").fetchone()[0] == 0
        assert db.execute("select count(*) from segments where similarity is not null").fetchone()[0] == 0
    code, out, _ = invoke(runner, "align-files", texts[0], texts[1], "--no-semantic")
    assert code == 0 and json.loads(out) == [[[0], [0]], [[1], [1]], [[2], [2]]]


def test_align_files_presegmented_never_splits_lines(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One. Two.\nThree.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Один. Два.\nТри.\n", "utf-8")
    code, out, _ = invoke(runner, "align-files", tmp_path / "a.txt", tmp_path / "b.txt", "--presegmented")
    assert code == 0 and json.loads(out) == [[[0], [0]], [[1], [1]]]


def test_align_without_a_translation_is_a_clear_error(runner: CliRunner, tmp_path: Path, texts: tuple[Path, Path]) -> None:
    proj = tmp_path / "p"
    invoke(runner, "init", proj)
    invoke(runner, "import", proj, "--source", texts[0])
    code, _, err = invoke(runner, "align", proj)
    assert code == 2 and "no document with a translation" in err


ERROR_CASES = {
    "not a project": ("status", "{tmp}/nowhere"),
    "missing file": ("import", "{proj}", "--source", "{tmp}/missing.txt"),
    "binary file": ("import", "{proj}", "--source", "{tmp}/binary.bin"),
    "empty file": ("import", "{proj}", "--source", "{tmp}/empty.txt"),
    "undecodable with the given encoding": ("import", "{proj}", "--source", "{tmp}/latin.txt", "--encoding", "utf-8"),
    "unknown encoding": ("import", "{proj}", "--source", "{tmp}/doc.en.txt", "--encoding", "no-such-codec"),
    "two inputs": ("import", "{proj}", "--source", "{tmp}/doc.en.txt", "--tsv", "{tmp}/doc.en.txt"),
    "target without source": ("import", "{proj}", "--target", "{tmp}/doc.ru.txt"),
    "project exists": ("init", "{proj}"),
    "unknown language": ("init", "{tmp}/new", "--target-lang", "klingon"),
    "bad tsv": ("import", "{proj}", "--tsv", "{tmp}/bad.tsv"),
    "missing termbase": ("align-files", "{tmp}/doc.en.txt", "{tmp}/doc.ru.txt", "--termbase", "{tmp}/none.tbx"),
}


@pytest.mark.parametrize("case", sorted(ERROR_CASES))
def test_errors_are_one_line_exit_2_and_change_nothing(case: str, tmp_path: Path, texts: tuple[Path, Path]) -> None:
    proj = tmp_path / "proj"
    subprocess.run([sys.executable, "-m", "workbench", "init", str(proj)], check=True, capture_output=True)
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("caf\xe9 cr\xe8me, na\xefve.".encode("latin-1"))
    (tmp_path / "bad.tsv").write_text("a\tb\tc\td\n", "utf-8")
    before = tree_hash(proj)
    args = [a.format(tmp=tmp_path, proj=proj) for a in ERROR_CASES[case]]
    result = subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 or result.stderr.startswith("Usage:"), result.stderr
    assert tree_hash(proj) == before
    assert not (tmp_path / "new").exists()


def test_every_command_has_help_and_is_in_the_readme(runner: CliRunner) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")

    def walk(group: object, prefix: str) -> list[tuple[str, object]]:
        found = []
        for name, command in sorted(getattr(group, "commands", {}).items()):
            found.append((f"{prefix}{name}", command))
            found.extend(walk(command, f"{prefix}{name} "))
        return found

    for name, command in walk(main, ""):
        code, out, _ = invoke(runner, *name.split(), "--help")
        assert code == 0 and "Usage:" in out, name
        assert getattr(command, "help", None), f"{name} has no help text"
        assert f"workbench {name}" in readme, f"`workbench {name}` is not documented in README.md"


def test_align_again_keeps_the_ids_of_unchanged_pairs(tmp_path: Path) -> None:
    """TMX tuids are segment ids: re-running `workbench align` must not renumber them."""
    from click.testing import CliRunner

    from workbench.cli import main
    from workbench.core.project.exporting import project_units
    from workbench.core.project.store import Project

    folder = tmp_path / "p"
    runner = CliRunner()
    en, ru = tmp_path / "a.en.txt", tmp_path / "a.ru.txt"
    en.write_text("One apple fell. Two pears fell. Three plums fell.\n\nFour figs fell. Five dates fell.\n", "utf-8")
    ru.write_text("Одно яблоко упало. Две груши упали. Три сливы упали.\n\nЧетыре инжира упали. Пять фиников упали.\n",
                  "utf-8")
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    assert runner.invoke(main, ["import", str(folder), "--source", str(en), "--target", str(ru)]).exit_code == 0
    with Project.open(folder) as project:
        before = [(s.id, s.source) for s in project.segments()]
        with project_units(project, confirmed_only=False) as units:
            tuids = [u.tuid for u in units]
    for _ in range(2):
        result = runner.invoke(main, ["align", str(folder)])
        assert result.exit_code == 0, result.output
    with Project.open(folder) as project:
        assert [(s.id, s.source) for s in project.segments()] == before
        with project_units(project, confirmed_only=False) as units:
            assert [u.tuid for u in units] == tuids


def test_the_command_line_reads_a_long_translation_on_a_second_core(
    runner: CliRunner,
    tmp_path: Path,
    texts: tuple[Path, Path],
    text_readers: Callable[[], set[int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`import`, `align` and `align-files` let the aligner fork (the TUI does not): with
    the threshold lowered, the translation is read in a child, and the beads are the same."""
    monkeypatch.setattr(os, "cpu_count", lambda: 2)  # as on the 2-core machines here and in CI
    proj = tmp_path / "p"
    invoke(runner, "init", proj)
    for command in (
        ("import", proj, "--source", texts[0], "--target", texts[1], "--no-semantic"),
        ("align", proj, "--json", "--no-semantic"),
        ("align-files", texts[0], texts[1], "--no-semantic"),
    ):
        code, out, _ = invoke(runner, *command)
        assert code == 0
        assert len(text_readers()) == 2, command
    assert json.loads(out) == [[[0], [0]], [[1], [1]], [[2], [2]]]


def test_a_one_sentence_import_says_sentence_not_sentences(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "one.en.txt").write_text("The club opened in 1923.\n", "utf-8")
    (tmp_path / "one.ru.txt").write_text("Клуб открылся в 1923 году.\n", "utf-8")
    proj = tmp_path / "p"
    assert invoke(runner, "init", proj, "--source-lang", "en", "--target-lang", "ru")[0] == 0
    code, out, _ = invoke(runner, "import", proj, "--source", tmp_path / "one.en.txt", "--target", tmp_path / "one.ru.txt",
                          "--no-semantic")
    assert code == 0 and "1 segment, 1 source sentence (utf-8), 1 target sentence (utf-8), aligned" in out
