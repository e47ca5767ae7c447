"""Our TMX in the real tools: translate-toolkit, the TMX 1.4 DTD, xmllint and OmegaT.

The DTD and OmegaT come from the Debian package `omegat`; without it these
tests are skipped with the reason (see README, "Interoperability").
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from translate.storage import tmx as tt_tmx

from bench.tmx_peers import OMEGAT_PROJECT
from workbench.cli import main
from workbench.core import editing
from workbench.core.ingest.importing import import_text
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import XML_LANG, write_tmx

PAIRS = [
    ("The club opened in 1923.", "Клуб открылся в 1923 году."),
    ("Workers & their families came every evening.", "Рабочие и их семьи приходили каждый вечер."),
    ('The sign said "Club <No. 5>".', "На вывеске было написано «Клуб <№ 5>»."),
    ("The party backed the clubs.", "Партия поддержала клубы."),
]


def units(pairs: list[tuple[str, str]] = PAIRS) -> list[TranslationUnit]:
    return [
        TranslationUnit(
            source, target, "en", "ru",
            tuid=str(n), created=datetime(2024, 1, 1, tzinfo=UTC), changed=datetime(2024, 2, 1, tzinfo=UTC),
            status="translated", confidence=0.9, notes=(f"note {n} <&>",),
            props=(("x-document", 'chapter "1" <draft> & co\tx\ny'),),
        )
        for n, (source, target) in enumerate(pairs, start=1)
    ]


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "ours.tmx"
    extra = [("Press ⟦1⟧Save⟦/1⟧ now please⟦3/⟧", "Нажмите ⟦1⟧Сохранить⟦/1⟧")]
    write_tmx(path, units(PAIRS + extra), source_lang="en", target_lang="ru")
    return path


def test_translate_toolkit_reads_every_unit_and_language(exported: Path) -> None:
    with open(exported, "rb") as fh:
        store = tt_tmx.tmxfile(fh)
    assert store.getsourcelanguage() == "en"
    assert len(store.units) == len(PAIRS) + 1
    for unit, (source, target) in zip(store.units, PAIRS):
        assert (unit.source, unit.target) == (source, target)
        langs = [node.get(XML_LANG) for node in unit.getlanguageNodes()]
        assert langs == ["en", "ru"]
    markup = store.units[-1]
    # translate-toolkit drops inline codes from .source: the text around them is intact
    assert markup.source == "Press Save now please"


def test_valid_against_the_tmx14_dtd(exported: Path, tmx14_dtd: Path) -> None:
    dtd = etree.DTD(str(tmx14_dtd))
    document = etree.parse(str(exported), etree.XMLParser(resolve_entities=False, no_network=True))
    assert dtd.validate(document), dtd.error_log.filter_from_errors()


def test_xmllint_validates_against_the_dtd(exported: Path, tmx14_dtd: Path) -> None:
    xmllint = shutil.which("xmllint")
    if xmllint is None:
        pytest.skip("xmllint is not installed (apt install libxml2-utils)")
    result = subprocess.run(
        [xmllint, "--noout", "--nonet", "--dtdvalid", str(tmx14_dtd), str(exported)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr


def omegat_project(folder: Path, source_text: str, tmx: Path) -> Path:
    """A minimal OmegaT project: the English text in source/, our TMX in tm/auto/."""
    project = folder / "omegat-project"
    for sub in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / sub).mkdir(parents=True)
    (project / "omegat.project").write_text(OMEGAT_PROJECT, encoding="utf-8")
    (project / "source" / "doc.txt").write_text(source_text, encoding="utf-8")
    shutil.copy(tmx, project / "tm" / "auto" / tmx.name)
    return project


def omegat_translate(command: list[str], project: Path) -> tuple[str, str]:
    """Run OmegaT's console translation; returns (target text, log). Fails on a TMX load error."""
    result = subprocess.run(
        [*command, str(project), "--mode=console-translate"],
        capture_output=True, text=True, timeout=180, check=False,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-2000:]
    assert "TF_TM_LOAD_ERROR" not in log and "Exception" not in log, log[-2000:]
    target = project / "target" / "doc.txt"
    assert target.is_file(), f"OmegaT wrote no target file:\n{log[-2000:]}"
    return target.read_text(encoding="utf-8"), log


def test_omegat_pretranslates_the_source_from_our_tmx(
    omegat: list[str], exported: Path, tmp_path: Path
) -> None:
    source_text = f"{PAIRS[0][0]} {PAIRS[1][0]}\n\n{PAIRS[2][0]}\n\n{PAIRS[3][0]}\n"
    project = omegat_project(tmp_path, source_text, exported)
    target, log = omegat_translate(omegat, project)
    assert "Reading TMX file" in log
    assert target == f"{PAIRS[0][1]} {PAIRS[1][1]}\n\n{PAIRS[2][1]}\n\n{PAIRS[3][1]}\n"


def test_omegat_pretranslates_from_workbench_export(
    omegat: list[str], project: Project, tmp_path: Path
) -> None:
    """The whole path: a project's aligned segments -> `workbench export --tmx` -> OmegaT."""
    english = "The club opened in 1923. Workers & their families came every evening.\n\nThe party backed the clubs.\n"
    russian = "Клуб открылся в 1923 году. Рабочие и их семьи приходили каждый вечер.\n\nПартия поддержала клубы.\n"
    (tmp_path / "doc.en.txt").write_text(english, encoding="utf-8")
    (tmp_path / "doc.ru.txt").write_text(russian, encoding="utf-8")
    import_text(project, tmp_path / "doc.en.txt", tmp_path / "doc.ru.txt")
    for segment in project.segments():
        editing.confirm(project, segment.id)
    exported = tmp_path / "workbench.tmx"
    result = CliRunner().invoke(main, ["export", str(project.path), "--tmx", str(exported)])
    assert result.exit_code == 0, result.output
    omegat_dir = tmp_path / "omegat"
    omegat_dir.mkdir()
    target, _ = omegat_translate(omegat, omegat_project(omegat_dir, english, exported))
    assert target == russian
