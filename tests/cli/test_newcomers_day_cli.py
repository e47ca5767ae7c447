"""A newcomer's first hour (twenty-fifth session): the wrong things one does before reading much.

Each refusal must be one line that says what to do: a word processor's or an e-book's file given
as the text to translate, a misspelt command, a folder that is no project (or a folder inside
one), `init` on the folder that holds one's chapter. Real files, real projects, the CLI runner;
and the TUI's first screen outside a project, at 80x24.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

CHAPTER = "I venture to call this Essay 'Lombard Street'. A notion prevails that the Money Market is impalpable.\n"


def invoke(runner: CliRunner, *args: object) -> tuple[int, str, str]:
    result = runner.invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.endswith(("-wal", "-shm")):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def zipped(entries: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


PARAGRAPH = f"<p>{CHAPTER.strip()}</p>"
DOCUMENTS: dict[str, tuple[bytes, str]] = {
    "chapter.docx": (
        zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": f"<w:document><w:body>{PARAGRAPH}</w:body></w:document>"}),
        "DOCX (Word)",
    ),
    "chapter.epub": (zipped({"mimetype": "application/epub+zip", "OEBPS/ch1.xhtml": f"<html><body>{PARAGRAPH}</body></html>"}), "EPUB"),
    "chapter.odt": (zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office:document-content/>"}), "ODT"),
    "chapter.zip": (zipped({"chapter.txt": CHAPTER}), "ZIP"),
    "chapter.pdf": (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + CHAPTER.encode() + b"\n%%EOF\n", "PDF"),
    "chapter.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + CHAPTER.encode("utf-16-le"), "DOC (Word 97-2003)"),
    "chapter.rtf": (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0\\fs24 " + CHAPTER.encode() + b"}", "RTF"),
    "chapter.html": (
        f"<!DOCTYPE html>\n<html lang='en'><head><title>Lombard Street</title></head><body>{PARAGRAPH}</body></html>".encode(),
        "HTML",
    ),
    "chapter.xhtml": (
        f"<?xml version='1.0' encoding='utf-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body>{PARAGRAPH}</body></html>".encode("utf-16"),
        "HTML",
    ),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
@pytest.mark.parametrize("side", ["--source", "--target"])
def test_a_document_format_given_as_text_is_named_with_what_to_do(runner: CliRunner, tmp_path: Path, name: str, side: str) -> None:
    """A DOCX, EPUB or ZIP was "a binary file (NUL bytes)", a PDF or DOC the same, and an RTF or
    an HTML page was imported as text: its head, tags and control words one long segment."""
    project = tmp_path / "lombard"
    assert invoke(runner, "init", project)[0] == 0
    data, format_name = DOCUMENTS[name]
    (tmp_path / name).write_bytes(data)
    (tmp_path / "chapter.txt").write_text(CHAPTER, "utf-8")
    before = tree_hash(project)
    files = ("--source", tmp_path / name, "--target", tmp_path / "chapter.txt")
    if side == "--target":
        files = ("--source", tmp_path / "chapter.txt", "--target", tmp_path / name)
    code, out, err = invoke(runner, "import", project, *files)
    assert code == 2 and out == ""
    assert err.count("\n") == 1, err
    assert f"{tmp_path / name}: the file is {format_name}" in err, err
    assert "save it as plain text (.txt, UTF-8) and import that" in err, err
    assert tree_hash(project) == before


def test_plain_text_that_mentions_html_or_pdf_still_imports(runner: CliRunner, tmp_path: Path) -> None:
    """Only a file that *is* one of those formats is refused: a text about them is text."""
    project = tmp_path / "lombard"
    invoke(runner, "init", project)
    text = tmp_path / "notes.txt"
    text.write_text("<html> starts a web page; %PDF- starts a PDF. PK is a zip.\n\n" + CHAPTER, "utf-8")
    code, out, err = invoke(runner, "import", project, "--source", text)
    assert code == 0, err
    assert "imported 'notes'" in out


@pytest.mark.parametrize(("typed", "meant"), [("imprt", "import"), ("memroy", "memory"), ("chek", "check"), ("stauts", "status")])
def test_a_misspelt_command_is_offered_the_right_one(typed: str, meant: str) -> None:
    """Commands load lazily, and click looked for near names among the loaded ones only: none
    in a fresh process (a runner in this one may have loaded some, so a real process)."""
    result = subprocess.run([sys.executable, "-m", "workbench", typed, "somewhere"], capture_output=True, text=True, timeout=60, check=False)
    code, err = result.returncode, result.stderr
    assert code == 2
    said = err.strip().splitlines()[-1]
    assert said.startswith(f"Error: No such command '{typed}'. Did you mean "), err
    assert f"'{meant}'" in said.split("Did you mean", 1)[1], err


def test_a_folder_that_is_no_project_says_how_to_start_one(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "chapter.txt").write_text(CHAPTER, "utf-8")
    code, _, err = invoke(runner, "status", tmp_path)
    assert code == 2
    assert err == f"workbench: error: {tmp_path} is not a workbench project (no project.toml); to start one: workbench init NEW-FOLDER\n"


def test_a_folder_inside_a_project_names_the_project(runner: CliRunner, tmp_path: Path) -> None:
    """Advice to start a project there would have made one inside the project."""
    project = tmp_path / "lombard"
    invoke(runner, "init", project)
    code, _, err = invoke(runner, "status", project / "sources")
    assert code == 2
    assert err == f"workbench: error: {project / 'sources'} is inside the project {project}; give that folder\n"


def test_init_on_the_folder_holding_the_chapter_says_to_name_a_new_one(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "lombard"
    folder.mkdir()
    (folder / "chapter.txt").write_text(CHAPTER, "utf-8")
    code, _, err = invoke(runner, "init", folder)
    assert code == 2
    assert "is not an empty folder; give the name of a new folder, which init creates" in err, err
    assert sorted(p.name for p in folder.iterdir()) == ["chapter.txt"]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_first_screen_outside_a_project_says_how_to_start_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """It said only "Press o to open one": a newcomer with no project had nothing to open."""
    from textual.widgets import Static

    from workbench.tui.app import make_app

    monkeypatch.chdir(tmp_path)
    app = make_app(None)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one("#project-path", Static).render())
        assert "Press o to open one" in shown
        assert "workbench init NEW-FOLDER" in shown.replace("\n", " ")
        assert app.screen.query_one("#project-path", Static).region.height >= 1


def test_the_workbench_without_a_terminal_says_so_and_ends(tmp_path: Path) -> None:
    """Run from a script (no terminal on stdin and stderr), `workbench open` drew its escape codes
    into the pipe and waited for keys until killed (usersweep11); a bad project is still said first."""
    folder = tmp_path / "book"
    subprocess.run([sys.executable, "-m", "workbench", "init", str(folder)], check=True, capture_output=True, timeout=60)
    done = subprocess.run([sys.executable, "-m", "workbench", "open", str(folder)], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        "workbench: error: the workbench needs a terminal to draw on (standard input and standard error); "
        "in a script, use its commands (workbench --help)"
    ]
    assert "\x1b" not in done.stdout
    missing = subprocess.run([sys.executable, "-m", "workbench", "open", str(tmp_path / "none")], stdin=subprocess.DEVNULL,
                             capture_output=True, text=True, timeout=60, check=False)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
