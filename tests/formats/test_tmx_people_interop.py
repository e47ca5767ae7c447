"""Who wrote each unit and when, through the real tools: `memory export` valid against the TMX 1.4
DTD (lxml and xmllint), then OmegaT's own project memory: OmegaT loads it, translates from it and
writes its TMX (`PROJECT-level2.tmx`), whose `creationid`, `changeid` and dates come back into the
memory as they left it.

The DTD and OmegaT come from the Debian package `omegat`; without it these tests are skipped with
the reason (see README, "Interoperability").
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from bench.tmx_peers import OMEGAT_PROJECT
from workbench.cli import main
from workbench.core import editing
from workbench.core.memory.store import TranslationMemory
from workbench.core.project.store import Project

CLIENT = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="memoQ" creationtoolversion="9" segtype="sentence" o-tmf="memoQ"
 adminlang="en" srclang="en-US" datatype="plaintext"/><body>
<tu creationdate="20240102T030405Z" creationid="ANNA" changedate="20250102T030405Z" changeid="Boris K.">
<prop type="x-client">Acme &amp; Co</prop>
<tuv xml:lang="en-US"><seg>The club opened in 1923.</seg></tuv><tuv xml:lang="ru-RU"><seg>Клуб открылся в 1923 году.</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Workers &amp; their families came every evening.</seg></tuv>
<tuv xml:lang="ru-RU" creationid="O'Brien &amp; &quot;Co&quot;" creationdate="20230405T060708Z"><seg>Рабочие и их семьи приходили каждый вечер.</seg></tuv></tu>
<tu changeid="vera"><tuv xml:lang="en-US"><seg>The party backed the clubs.</seg></tuv><tuv xml:lang="ru-RU"><seg>Партия поддержала клубы.</seg></tuv></tu>
</body></tmx>
"""
SOURCE = "The club opened in 1923. Workers & their families came every evening.\n\nThe party backed the clubs.\n"
TARGET = "Клуб открылся в 1923 году. Рабочие и их семьи приходили каждый вечер.\n\nПартия поддержала клубы.\n"
PEOPLE = "select source, target, creator, changer, created, changed from units order by source"


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, list[tuple[object, ...]]]:
    """The client's memory imported into a project and written by `memory export`, with its units' people."""
    with Project.create(tmp_path / "project", "en", "ru") as project:
        (tmp_path / "client.tmx").write_text(CLIENT, encoding="utf-8")
        runner = CliRunner()
        assert runner.invoke(main, ["memory", "import", str(project.path), str(tmp_path / "client.tmx")]).exit_code == 0
        out = tmp_path / "ours.tmx"
        result = runner.invoke(main, ["memory", "export", str(project.path), str(out), "--memory", "client.tmx"])
        assert result.exit_code == 0, result.output
        with TranslationMemory.for_project(project) as tm:
            people = tm.db.execute(PEOPLE).fetchall()
    assert {row[2:4] for row in people} == {("ANNA", "Boris K."), ("O'Brien & \"Co\"", None), (None, "vera")}
    return out, people


@pytest.fixture
def with_xliff_codes(exported: tuple[Path, list[tuple[object, ...]]], tmp_path: Path) -> Path:
    """`memory export` of a project memory whose segments came from an XLIFF 1.2 with native codes."""
    from tests.core.test_memory_people import CLIENT_XLIFF

    with Project.create(tmp_path / "xliff-project", "en", "ru") as project:
        (tmp_path / "client.xlf").write_text(CLIENT_XLIFF, encoding="utf-8")
        runner = CliRunner()
        assert runner.invoke(main, ["import", str(project.path), "--xliff", str(tmp_path / "client.xlf")]).exit_code == 0
        for segment in project.segments():
            editing.confirm(project, segment.id)
        out = tmp_path / "codes.tmx"
        assert runner.invoke(main, ["memory", "export", str(project.path), str(out)]).exit_code == 0
    assert '<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>' in out.read_text(encoding="utf-8")
    return out


@pytest.mark.parametrize("which", ["people", "xliff codes"])
def test_memory_export_with_people_is_valid_tmx14(
    exported: tuple[Path, list[tuple[object, ...]]], with_xliff_codes: Path, tmx14_dtd: Path, which: str
) -> None:
    path = exported[0] if which == "people" else with_xliff_codes
    dtd = etree.DTD(str(tmx14_dtd))
    assert dtd.validate(etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))), dtd.error_log
    xmllint = shutil.which("xmllint")
    if xmllint is None:
        pytest.skip("xmllint is not installed (apt install libxml2-utils)")
    result = subprocess.run(
        [xmllint, "--noout", "--nonet", "--dtdvalid", str(tmx14_dtd), str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_omegat_keeps_who_wrote_each_unit_and_gives_it_back(
    omegat: list[str], exported: tuple[Path, list[tuple[object, ...]]], tmp_path: Path
) -> None:
    path, people = exported
    project = tmp_path / "omegat-project"
    for sub in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / sub).mkdir(parents=True)
    (project / "omegat.project").write_text(OMEGAT_PROJECT, encoding="utf-8")
    (project / "source" / "doc.txt").write_text(SOURCE, encoding="utf-8")
    shutil.copy(path, project / "omegat" / "project_save.tmx")  # OmegaT's own memory of the project
    result = subprocess.run(
        [*omegat, str(project), "--mode=console-translate"], capture_output=True, text=True, timeout=180, check=False
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0 and "Exception" not in log and "TF_TM_LOAD_ERROR" not in log, log[-2000:]
    assert (project / "target" / "doc.txt").read_text(encoding="utf-8") == TARGET
    written = project / "omegat-project-level2.tmx"  # OmegaT's TMX 1.4 of the project, people on the target variants
    assert 'creationid="ANNA"' in written.read_text(encoding="utf-8")
    with Project.create(tmp_path / "back", "en", "ru") as back:
        result = CliRunner().invoke(main, ["memory", "import", str(back.path), str(written)])
        assert result.exit_code == 0, result.output
        with TranslationMemory.for_project(back) as tm:
            # OmegaT's model gives a unit never changed its creation as its change
            assert tm.db.execute(PEOPLE).fetchall() == [
                (source, target, creator, changer or creator, created, changed or created)
                for source, target, creator, changer, created, changed in people
            ]
