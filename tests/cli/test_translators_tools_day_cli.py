"""Session 29's user day on the command line: no output file replaced unasked, `term add
--definition`, and a TMX, XLIFF, TBX or DOCX given to `import --source` recognised."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "projects" / "workers-clubs"


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project_dir(tmp_path: Path, runner: CliRunner) -> Path:
    path = tmp_path / "proj"
    code, out, err = invoke(runner, "init", str(path))
    assert code == 0, out + err
    code, out, err = invoke(runner, "import", str(path), "--source", str(SAMPLE / "sources" / "workers-clubs.en.txt"),
                            "--target", str(SAMPLE / "sources" / "workers-clubs.ru.txt"))
    assert code == 0, out + err
    code, out, err = invoke(runner, "mark-translated", str(path))
    assert code == 0, out + err
    return path


@pytest.mark.parametrize("command", [
    ("export", "{dir}", "--tmx", "{file}"),
    ("export", "{dir}", "--tsv", "{file}"),
    ("export", "{dir}", "--text", "{file}"),
    ("export", "{dir}", "--xliff", "{file}"),
    ("memory", "export", "{dir}", "{file}"),
    ("term", "export", "{dir}", "{file}"),
    ("segmentation", "export", "{dir}", "{file}"),
    ("check", "run", "{dir}", "--fail-on", "never", "--output", "{file}"),
    ("review", "{dir}", "--output", "{file}"),
], ids=lambda c: " ".join(part for part in c if not part.startswith("{")))
def test_no_command_replaces_an_existing_file_unless_forced(
        runner: CliRunner, project_dir: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    """`export --tmx delivery.tmx` replaced last week's delivery without a word: every command
    that writes a file the user names refuses in one line, exit 2, the file untouched."""
    out_file = tmp_path / "delivery.tsv"
    out_file.write_text("last week's delivery\n", encoding="utf-8")
    args = [part.format(dir=project_dir, file=out_file) for part in command]
    code, out, err = invoke(runner, *args)
    assert code == 2, out + err
    assert err.strip().splitlines() == [f"workbench: error: {out_file} exists; give --force to replace it"]
    assert out_file.read_text(encoding="utf-8") == "last week's delivery\n"
    code, out, err = invoke(runner, *args, "--force")
    assert code == 0, out + err
    assert out_file.read_text(encoding="utf-8") != "last week's delivery\n"


def test_a_device_is_no_file_to_protect(runner: CliRunner, project_dir: Path) -> None:
    code, out, err = invoke(runner, "export", str(project_dir), "--tmx", "/dev/null")
    assert code == 0, out + err


def test_term_add_takes_a_definition_and_one_in_the_target_language(runner: CliRunner, project_dir: Path) -> None:
    code, out, err = invoke(runner, "term", "add", str(project_dir), "--source", "workers' club", "--target", "рабочий клуб",
                            "--definition", "A club run by and for workers.",
                            "--definition-in", "ru", "Клуб, который рабочие ведут сами.")
    assert code == 0, out + err
    code, out, err = invoke(runner, "term", "list", str(project_dir), "--format", "json")
    concept = next(c for c in json.loads(out) if any(t["text"] == "рабочий клуб" for t in c["terms"]))
    assert concept["definition"] == "A club run by and for workers."
    assert concept["definitions"] == [{"lang": "ru", "text": "Клуб, который рабочие ведут сами."}]
    code, out, err = invoke(runner, "term", "add", str(project_dir), "--source", "workers' club", "--target", "рабочий клуб",
                            "--definition-in", "ru", "Клуб рабочих.")
    assert code == 0, out + err
    code, out, err = invoke(runner, "term", "list", str(project_dir), "--format", "json")
    concept = next(c for c in json.loads(out) if any(t["text"] == "рабочий клуб" for t in c["terms"]))
    assert concept["definition"] == "A club run by and for workers.", "a definition not given stays"
    assert concept["definitions"] == [{"lang": "ru", "text": "Клуб рабочих."}], "the Russian one replaced"
    code, out, err = invoke(runner, "term", "add", str(project_dir), "--source", "x", "--target", "y",
                            "--definition-in", "ru", "a", "--definition-in", "ru-RU", "b")
    assert code == 2 and len(err.strip().splitlines()) == 1, out + err


@pytest.mark.parametrize(("name", "text", "said"), [
    ("book.tmx", '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">'
                 '<header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Clubs.</seg></tuv>'
                 '<tuv xml:lang="ru"><seg>Клубы.</seg></tuv></tu></body></tmx>\n',
     "is a TMX translation memory, not plain text; import its pairs as segments with `workbench import DIR --tmx FILE`"),
    ("book.xml", '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
                 '<file source-language="en" datatype="plaintext" original="a"><body><trans-unit id="1">'
                 '<source>Clubs.</source></trans-unit></body></file></xliff>\n',
     "is XLIFF, not plain text; import it with `workbench import DIR --xliff FILE`"),
    ("glossary.tbx", '<?xml version="1.0"?>\n<martif type="TBX" xml:lang="en"><text><body><termEntry id="c1">'
                     '<langSet xml:lang="en"><tig><term>club</term></tig></langSet></termEntry></body></text></martif>\n',
     "is a TBX termbase, not plain text; import it with `workbench term import DIR FILE`"),
    ("glossary.tbx", '<?xml version="1.0"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">'
                     '<text><body><conceptEntry id="c1"/></body></text></tbx>\n',
     "is a TBX termbase"),
])
@pytest.mark.parametrize("side", ["--source", "--target"])
def test_an_exchange_file_given_as_a_text_is_named_with_the_command_that_reads_it(
        runner: CliRunner, tmp_path: Path, name: str, text: str, said: str, side: str) -> None:
    """`import --source book.tmx` made 136 segments of XML: the file is named by what it holds
    (a TMX called .xml too), in one line, exit 2, and nothing is imported."""
    folder = tmp_path / "fresh"
    assert invoke(runner, "init", str(folder))[0] == 0
    given = tmp_path / name
    given.write_text(text, encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("Clubs were opened. They grew.\n", encoding="utf-8")
    args = ["--source", str(given)] if side == "--source" else ["--source", str(plain), "--target", str(given)]
    code, out, err = invoke(runner, "import", str(folder), *args)
    assert code == 2, out + err
    assert len(err.strip().splitlines()) == 1 and f"{given}: the file {said}" in err, err
    code, out, _ = invoke(runner, "status", str(folder), "--format", "json")
    assert json.loads(out)["segments"]["total"] == 0


def test_a_text_that_quotes_a_tmx_element_is_still_a_text(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    assert invoke(runner, "init", str(folder))[0] == 0
    given = tmp_path / "manual.txt"
    given.write_text("Export a memory as TMX. Its file opens with <tmx version=\"1.4\"> and a header.\n", encoding="utf-8")
    code, out, err = invoke(runner, "import", str(folder), "--source", str(given))
    assert code == 0, out + err
