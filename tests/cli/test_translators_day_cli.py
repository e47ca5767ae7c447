"""A translator's day on the command line (sixteenth session), run as a person runs it: the
`workbench` process under an English and a Russian locale, on real files other tools wrote."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LANGUAGES = {"en": "C.UTF-8", "ru": "ru_RU.UTF-8"}


def workbench(lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": LANGUAGES[lang], "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True,
                          env=env, timeout=180, check=False)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_term_imports_warnings_follow_the_interface_language(tmp_path: Path, lang: str) -> None:
    """`term import` of a client's `csv2tbx` glossary warns that its ids had spaces and that its
    target terms are tagged `xx`; under `LANG=ru_RU.UTF-8` the warnings were English (the termbase
    library's notes were plain strings), while every error of the same command was Russian."""
    glossary = tmp_path / "client.csv"
    glossary.write_text("source,target\nhospital assistant,фельдшер\nwaiting-room,приёмная\n", encoding="utf-8")
    client = tmp_path / "client.tbx"
    made = subprocess.run([str(Path(sys.executable).parent / "csv2tbx"), "--progress=none", str(glossary),
                           str(client)], capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stderr
    project = tmp_path / "chapter"
    assert workbench(lang, "init", str(project), "--source-lang", "en", "--target-lang", "ru").returncode == 0
    done = workbench(lang, "term", "import", str(project), str(client))
    assert done.returncode == 0, done.stderr
    warnings = done.stderr.strip().splitlines()
    assert len(warnings) == 2 and all("client.tbx" in line for line in warnings), warnings
    said = {
        "en": ["warning:", "'hospital assistant' as 'hospital-assistant'", "no term is in ru", "terms in xx"],
        "ru": ["предупреждение:", "'hospital assistant' как 'hospital-assistant'", "нет терминов на языке ru",
               "термины на языках xx"],
    }[lang]
    for words in said:
        assert words in done.stderr
    if lang == "ru":
        assert not any(english in done.stderr for english in ("warning", "no term", "read with hyphens"))


def made_by(tool: str, *args: Path) -> None:
    done = subprocess.run([str(Path(sys.executable).parent / tool), "--progress=none", *map(str, args)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_an_xliff_1_1_from_translate_toolkit_is_translated_and_delivered(tmp_path: Path) -> None:
    """translate-toolkit's `po2xliff` writes XLIFF 1.1 (1.2's elements in the 1.1 namespace), and
    such a file was refused whole: "XLIFF version 1.1 is not read". Now it is imported, translated,
    filled and read back by `xliff2po` with every target the project gave it, in its own version."""
    pairs = [("The club opened in 1923.", "Клуб открылся в 1923 году."),
             ("Workers came every evening.", "Рабочие приходили каждый вечер.")]
    glossary = tmp_path / "todo.csv"
    glossary.write_text("location,source,target\n" + "".join(f',"{s}",\n' for s, _ in pairs), encoding="utf-8")
    made_by("csv2po", glossary, tmp_path / "todo.po")
    made_by("po2xliff", tmp_path / "todo.po", tmp_path / "todo.xlf")
    assert 'version="1.1"' in (tmp_path / "todo.xlf").read_text(encoding="utf-8")
    memory = tmp_path / "memory.tsv"
    memory.write_text("".join(f"{s}\t{t}\n" for s, t in pairs), encoding="utf-8")
    project = tmp_path / "chapter"
    for args in (("init", str(project), "--source-lang", "en", "--target-lang", "ru"),
                 ("import", str(project), "--xliff", str(tmp_path / "todo.xlf")),
                 ("memory", "import", str(project), str(memory)),
                 ("pretranslate", str(project)),
                 ("export", str(project), "--xliff", str(tmp_path / "delivery.xlf"))):
        done = workbench("en", *args)
        assert done.returncode == 0, (args, done.stderr)
    delivered = (tmp_path / "delivery.xlf").read_text(encoding="utf-8")
    assert 'version="1.1"' in delivered and "document:1.1" in delivered
    made_by("xliff2po", tmp_path / "delivery.xlf", tmp_path / "delivery.po")
    from translate.storage.pypo import pofile

    read = {unit.source: unit.target for unit in pofile.parsefile(str(tmp_path / "delivery.po")).units if unit.source}
    assert read == dict(pairs)


def test_a_po_header_unit_from_po2xliff_is_no_segment_and_goes_back_as_it_came(tmp_path: Path) -> None:
    """`po2xliff` writes the PO header (`Project-Id-Version: ...`) as the first unit, `restype=
    "x-gettext-domain-header"`: it was imported as segment 1, already "translated", counted in
    `stats` and the checks, and offered to the translator. Now only the messages are segments; the
    delivery still holds the header, and `xliff2po` reads it back as the PO's header."""
    source_po = tmp_path / "todo.po"
    source_po.write_text('msgid ""\nmsgstr ""\n"Project-Id-Version: clubs 1.0\\n"\n'
                         '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                         'msgid "The club opened in 1923."\nmsgstr ""\n', encoding="utf-8")
    made_by("po2xliff", source_po, tmp_path / "todo.xlf")
    project = tmp_path / "chapter"
    for args in (("init", str(project), "--source-lang", "en", "--target-lang", "ru"),
                 ("import", str(project), "--xliff", str(tmp_path / "todo.xlf"))):
        done = workbench("en", *args)
        assert done.returncode == 0, (args, done.stderr)
    listed = workbench("en", "segments", str(project), "--format", "json")
    assert [row["source"] for row in json.loads(listed.stdout)] == ["The club opened in 1923."]
    done = workbench("en", "export", str(project), "--xliff", str(tmp_path / "delivery.xlf"))
    assert done.returncode == 0, done.stderr
    made_by("xliff2po", tmp_path / "delivery.xlf", tmp_path / "delivery.po")
    from translate.storage.pypo import pofile

    delivered = pofile.parsefile(str(tmp_path / "delivery.po"))
    assert delivered.parseheader()["Project-Id-Version"] == "clubs 1.0"
    assert [unit.source for unit in delivered.units if not unit.isheader()] == ["The club opened in 1923."]


def test_an_exports_note_advises_mark_translated_only_for_a_bitext(tmp_path: Path) -> None:
    """A chapter translated from scratch, its drafts unconfirmed: `export --tmx` advised `workbench
    mark-translated DIR`, which marks none of them ("marked 0 aligned draft pairs") and, were it to,
    would call a translator's unreviewed drafts translated. Only a bitext's pairs are marked by it."""
    english = "The club opened in 1923. Workers came every evening.\n"
    (tmp_path / "chapter.en.txt").write_text(english, encoding="utf-8")
    (tmp_path / "bitext.tsv").write_text("The club opened.\tКлуб открылся.\n", encoding="utf-8")
    notes = {}
    for kind, source in (("chapter", ("--source", "chapter.en.txt")), ("bitext", ("--tsv", "bitext.tsv"))):
        project = tmp_path / kind
        assert workbench("en", "init", str(project), "--source-lang", "en", "--target-lang", "ru").returncode == 0
        done = workbench("en", "import", str(project), source[0], str(tmp_path / source[1]))
        assert done.returncode == 0, done.stderr
        if kind == "chapter":
            from workbench.core import editing
            from workbench.core.project import Project

            with Project.open(project) as opened:
                editing.set_target(opened, opened.segments()[0].id, "Клуб открылся в 1923 году.")
        done = workbench("en", "export", str(project), "--tmx", str(tmp_path / f"{kind}.tmx"))
        assert done.returncode == 0, done.stderr
        notes[kind] = done.stderr
        assert "1 pair left out: still draft" in done.stderr and "--all includes" in done.stderr
    assert "mark-translated" not in notes["chapter"]
    assert "mark-translated" in notes["bitext"]
    marked = workbench("en", "mark-translated", str(tmp_path / "bitext"))
    assert "marked 1 " in marked.stdout
