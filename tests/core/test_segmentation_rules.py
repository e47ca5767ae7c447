"""SRX 2.0: our rules exported for CAT tools, and OmegaT's default rules read into a project."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tests.formats.conftest import OMEGAT_JAR
from workbench.cli import main
from workbench.core.ingest.segmentation import split_sentences
from workbench.core.ingest.segmentation_rules import builtin_srx
from workbench.formats.srx import LanguageRules, SrxSegmenter, read_srx, write_srx

TEXT = (
    "Mr. Smith came in 1923. He left, e.g. at noon. No. 5 was closed. "
    "It rained etc. and then stopped. J. S. Bach played. The end!"
)
RU_TEXT = "В. И. Ленин выступил в клубе, т. е. в доме на ул. Мира. Рабочие пришли. Было 5 тыс. человек."


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def from_omegat_jar(member: str, folder: Path) -> Path:
    """A file shipped in OmegaT's jar (Debian `omegat`), extracted for this test only."""
    if not OMEGAT_JAR.is_file():
        pytest.skip(f"OmegaT is not installed ({OMEGAT_JAR}; apt install omegat)")
    target = folder / Path(member).name
    with zipfile.ZipFile(OMEGAT_JAR) as jar:
        target.write_bytes(jar.read(member))
    return target


@pytest.mark.parametrize(("lang", "text"), [("en", TEXT), ("ru", RU_TEXT)])
def test_builtin_rules_as_srx_split_like_the_builtin_splitter(lang: str, text: str, tmp_path: Path) -> None:
    path = tmp_path / "rules.srx"
    write_srx(path, builtin_srx([lang]))
    segmenter = SrxSegmenter(LanguageRules.of(read_srx(path), lang))
    assert segmenter.split(text) == split_sentences(text, lang)


def test_exported_srx_is_valid_against_the_srx20_schema(project_dir: Path, tmp_path: Path) -> None:
    schema = etree.XMLSchema(etree.parse(str(from_omegat_jar("schemas/srx20.xsd", tmp_path))))
    out = tmp_path / "ours.srx"
    assert "built-in rules" in run("segmentation", "export", str(project_dir), str(out))
    document = etree.parse(str(out))
    assert schema.validate(document), schema.error_log.filter_from_errors()


def test_omegat_default_rules_read_into_a_project_split_its_documents(project_dir: Path, tmp_path: Path) -> None:
    rules = from_omegat_jar("org/omegat/core/segmentation/defaultRules.srx", tmp_path)
    assert "split en, ru" in run("segmentation", "import", str(project_dir), str(rules))
    doc = tmp_path / "doc.en.txt"
    doc.write_text("Mr. Smith came. The U.S. Army was there. Then it left.\n", encoding="utf-8")
    run("import", str(project_dir), "--source", str(doc))
    segments = json.loads(run("segments", str(project_dir), "--format", "json"))
    # OmegaT's English rules know `Mr.` but not `U.S.`: the same segments OmegaT makes.
    assert [s["source"] for s in segments] == ["Mr. Smith came.", "The U.S.", "Army was there.", "Then it left."]
    again = tmp_path / "again.srx"
    assert "project's SRX rules" in run("segmentation", "export", str(project_dir), str(again))
    assert sum(len(r) for _, r in read_srx(again).languagerules) == 1134


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    path = tmp_path / "p"
    run("init", str(path))
    return path
