"""Our XLIFF (and our TMX with inline codes) in the real tools: translate-toolkit, xmllint, OmegaT.

OmegaT and xmllint come from Debian (`omegat`, `libxml2-utils`; `.ci/run`
installs them); the XLIFF 2 schema check needs the OASIS schemas from an
installed package and is skipped with the reason when none ships them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from translate.storage import xliff as tt_xliff

from tests.formats.test_tmx_interop import omegat_project, omegat_translate
from workbench.cli import main
from workbench.core import editing
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import write_tmx
from workbench.formats.xliff import XLIFF1_NS, read_xliff

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="doc.txt" source-language="en" target-language="ru" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>The club opened in 1923.</source></trans-unit>
      <trans-unit id="2"><source>Press <g id="1">Save</g> now.</source></trans-unit>
      <trans-unit id="3"><source>The party backed the clubs.</source></trans-unit>
      <trans-unit id="4"><source>Workers &amp; families came.</source></trans-unit>
    </body>
  </file>
</xliff>
"""
TARGETS = {
    "The club opened in 1923.": "Клуб открылся в 1923 году.",
    "Press ⟦1⟧Save⟦/1⟧ now.": "Нажмите ⟦1⟧Сохранить⟦/1⟧ сейчас.",
    "Workers & families came.": "Рабочие и семьи пришли.",
}


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def exported(project: Project, tmp_path: Path) -> Path:
    """Our XLIFF 1.2 export of a project where three units of four are translated."""
    original = tmp_path / "doc.xlf"
    original.write_text(XLIFF12, encoding="utf-8")
    run("import", str(project.path), "--xliff", str(original))
    for segment in project.segments():
        if segment.source in TARGETS:
            editing.set_target(project, segment.id, TARGETS[segment.source])
            editing.confirm(project, segment.id)
    out = tmp_path / "ours.xlf"
    run("export", str(project.path), "--xliff", str(out))
    return out


def test_translate_toolkit_reads_and_writes_our_xliff(exported: Path, tmp_path: Path) -> None:
    store = tt_xliff.xlifffile.parsefile(str(exported))
    units = {unit.getid().rsplit("\x04", 1)[-1]: unit for unit in store.units}  # tt prefixes the file name
    assert list(units) == ["1", "2", "3", "4"]
    assert (units["1"].source, units["1"].target) == ("The club opened in 1923.", "Клуб открылся в 1923 году.")
    assert units["4"].target == "Рабочие и семьи пришли."
    assert units["3"].target in ("", None)
    assert "Сохранить" in units["2"].target
    # translate-toolkit translates the missing unit and writes the file; we read it back whole.
    units["3"].target = "Партия поддержала клубы."
    written = tmp_path / "tt.xlf"
    store.savefile(str(written))
    segments = list(read_xliff(written, "en", "ru"))
    got = {s.unit_id: s.target for s in segments}
    assert got == {
        "1": "Клуб открылся в 1923 году.",
        "2": "Нажмите ⟦1⟧Сохранить⟦/1⟧ сейчас.",
        "3": "Партия поддержала клубы.",
        "4": "Рабочие и семьи пришли.",
    }


def _installed_xliff2_schema() -> Path | None:
    """The OASIS XLIFF 2 core schema if an installed package ships it (never copied into the repo)."""
    for root in (Path(sys.prefix), Path("/usr/share")):
        for found in root.rglob("xliff_core_2.0.xsd"):
            return found
    return None


def test_xmllint_validates_our_xliff21_against_the_oasis_schema(project: Project, tmp_path: Path) -> None:
    xmllint = shutil.which("xmllint")
    if xmllint is None:
        pytest.skip("xmllint is not installed (apt install libxml2-utils)")
    schema = _installed_xliff2_schema()
    if schema is None:
        pytest.skip(
            "no installed package ships the OASIS XLIFF 2 core schema (xliff_core_2.0.xsd); "
            "it is not copied into the repository and the test fetches nothing from the network"
        )
    original = tmp_path / "doc.xlf"
    original.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" '
        'srcLang="en" trgLang="ru"><file id="f"><unit id="u1"><segment><source>Open <pc id="1">it</pc>.</source>'
        "</segment></unit></file></xliff>\n",
        encoding="utf-8",
    )
    run("import", str(project.path), "--xliff", str(original))
    editing.set_target(project, project.segments()[0].id, "Откройте ⟦1⟧его⟦/1⟧.")
    out = tmp_path / "out.xlf"
    run("export", str(project.path), "--xliff", str(out))
    result = subprocess.run(
        [xmllint, "--noout", "--nonet", "--schema", str(schema), str(out)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr


def test_omegat_translates_our_xliff_in_console_mode(omegat: list[str], exported: Path, tmp_path: Path) -> None:
    """OmegaT 3.6's XLIFF filter translates the text in `<target>` (a copy of the source
    where nothing is translated yet): we copy the source into the untranslated unit, as
    agencies' files have it, give OmegaT a memory for it, and read its output back."""
    tree = etree.parse(str(exported))
    ns = {"x": XLIFF1_NS}
    unit = tree.find(".//x:trans-unit[@id='3']", ns)
    copy = etree.SubElement(unit, f"{{{XLIFF1_NS}}}target")
    copy.text = unit.find("x:source", ns).text
    tree.write(str(exported), xml_declaration=True, encoding="UTF-8")
    memory = tmp_path / "memory.tmx"
    write_tmx(memory, [TranslationUnit("The party backed the clubs.", "Партия поддержала клубы.", "en", "ru")],
              source_lang="en", target_lang="ru")
    folder = tmp_path / "omegat"
    folder.mkdir()
    project = omegat_project(folder, "", memory)
    (project / "source" / "doc.txt").unlink()
    shutil.copy(exported, project / "source" / "doc.xlf")
    subprocess.run([*omegat, str(project), "--mode=console-translate"], capture_output=True, text=True, timeout=180, check=True)
    translated = project / "target" / "doc.xlf"
    assert translated.is_file()
    segments = list(read_xliff(translated, "en", "ru"))
    assert {s.unit_id: s.target for s in segments} == {
        "1": "Клуб открылся в 1923 году.",
        "2": "Нажмите ⟦1⟧Сохранить⟦/1⟧ сейчас.",
        "3": "Партия поддержала клубы.",
        "4": "Рабочие и семьи пришли.",
    }


def test_omegat_loads_our_tmx_with_inline_codes(omegat: list[str], project: Project, tmp_path: Path) -> None:
    """A TMX imported with rich inline codes and exported again loads in OmegaT and pretranslates."""
    source = tmp_path / "rich.tmx"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="html" '
        'segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>\n'
        '<tu><tuv xml:lang="en"><seg>Press <bpt i="1" type="bold">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>'
        '<ph type="fn">&lt;fn t="<sub>A note</sub>"/&gt;</ph> now.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Нажмите <bpt i="1" type="bold">&lt;b&gt;</bpt>Сохранить<ept i="1">&lt;/b&gt;</ept>'
        '<ph type="fn">&lt;fn t="<sub>Сноска</sub>"/&gt;</ph> сейчас.</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="en"><seg>The party backed the clubs.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Партия поддержала клубы.</seg></tuv></tu>\n</body></tmx>\n',
        encoding="utf-8",
    )
    run("import", str(project.path), "--tmx", str(source))
    exported = tmp_path / "ours.tmx"
    run("export", str(project.path), "--tmx", str(exported), "--all")
    assert "<sub>Сноска</sub>" in exported.read_text(encoding="utf-8")
    target, log = omegat_translate(omegat, omegat_project(tmp_path, "The party backed the clubs.\n", exported))
    assert "Reading TMX file" in log
    assert target == "Партия поддержала клубы.\n"


def test_omegat_opens_the_new_xliff_of_a_text_project_and_keeps_every_target(
        omegat: list[str], project: Project, tmp_path: Path) -> None:
    """A project made from a text had no XLIFF to deliver (user sweep, session 17); the new file
    goes through OmegaT's console mode with every unit and every target as we wrote them."""
    (tmp_path / "a.en.txt").write_text("The club opened in 1923. Workers came.\n\nThe party backed the clubs.\n",
                                       encoding="utf-8")
    (tmp_path / "a.ru.txt").write_text("Клуб открылся в 1923 году. Рабочие пришли.\n\nПартия поддержала клубы.\n",
                                       encoding="utf-8")
    run("import", str(project.path), "--source", str(tmp_path / "a.en.txt"), "--target", str(tmp_path / "a.ru.txt"))
    run("mark-translated", str(project.path))
    ours = tmp_path / "client.xlf"
    run("export", str(project.path), "--xliff", str(ours))
    expected = {s.unit_id: s.target for s in read_xliff(ours, "en", "ru")}
    assert len(expected) == 3 and all(expected.values())
    memory = tmp_path / "empty.tmx"
    write_tmx(memory, [], source_lang="en", target_lang="ru")
    folder = tmp_path / "omegat"
    folder.mkdir()
    omegat_folder = omegat_project(folder, "", memory)
    (omegat_folder / "source" / "doc.txt").unlink()
    shutil.copy(ours, omegat_folder / "source" / "doc.xlf")
    subprocess.run([*omegat, str(omegat_folder), "--mode=console-translate"],
                   capture_output=True, text=True, timeout=180, check=True)
    translated = omegat_folder / "target" / "doc.xlf"
    assert {s.unit_id: s.target for s in read_xliff(translated, "en", "ru")} == expected


def test_omegat_output_sent_back_updates_the_text_it_was_exported_from(
        omegat: list[str], project: Project, tmp_path: Path) -> None:
    """An editor's day (twenty-second session): a text project's XLIFF goes through OmegaT, a
    target is changed in OmegaT's output, and the file is imported back. It made a second
    document of every pair; OmegaT keeps each `file`'s `original` and each unit's id, so the
    file now updates the pairs it came from."""
    (tmp_path / "a.en.txt").write_text("The club opened in 1923. Workers came.\n\nThe party backed the clubs.\n",
                                       encoding="utf-8")
    (tmp_path / "a.ru.txt").write_text("Клуб открылся в 1923 году. Рабочие пришли.\n\nПартия поддержала клубы.\n",
                                       encoding="utf-8")
    run("import", str(project.path), "--source", str(tmp_path / "a.en.txt"), "--target", str(tmp_path / "a.ru.txt"))
    run("mark-translated", str(project.path))
    ours = tmp_path / "client.xlf"
    run("export", str(project.path), "--xliff", str(ours))
    memory = tmp_path / "empty.tmx"
    write_tmx(memory, [], source_lang="en", target_lang="ru")
    folder = tmp_path / "omegat"
    folder.mkdir()
    omegat_folder = omegat_project(folder, "", memory)
    (omegat_folder / "source" / "doc.txt").unlink()
    shutil.copy(ours, omegat_folder / "source" / "a.xlf")
    subprocess.run([*omegat, str(omegat_folder), "--mode=console-translate"],
                   capture_output=True, text=True, timeout=180, check=True)
    returned = omegat_folder / "target" / "a.xlf"
    returned.write_text(returned.read_text(encoding="utf-8").replace("Рабочие пришли.", "Пришли рабочие."),
                        encoding="utf-8")
    said = run("import", str(project.path), "--xliff", str(returned))
    assert "1 of 3 units changed" in said
    rows = list(project.db.query("select document_id, target from segments order by seq, id"))
    assert len({row["document_id"] for row in rows}) == 1
    assert [row["target"] for row in rows] == ["Клуб открылся в 1923 году.", "Пришли рабочие.", "Партия поддержала клубы."]
