"""Our TBX exports as other tools read them: translate-toolkit and OmegaT itself.

OmegaT 3.6 and translate-toolkit read only TBX v2 (MARTIF), which is why
`workbench term export --tbx-version 2` exists. The OmegaT test compiles a
ten-line Java program against OmegaT's jar and calls its own TBX glossary
reader (`org.omegat.gui.glossary.GlossaryReaderTBX`); it is skipped, with the
reason, where OmegaT or a JDK is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from termbase.formats import TbxFormat
from termbase.model import Concept, Term, TermStatus

OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")
READER = Path(__file__).parent / "omegat" / "ReadTbx.java"

CONCEPTS = [
    Concept(
        "trade-union",
        subject="Soviet history",
        terms=(
            Term("trade union", "en"),
            Term("профсоюз", "ru", usage_note="use throughout"),
            Term("торговый союз", "ru", TermStatus.DEPRECATED),
        ),
    ),
    Concept(
        "spont", terms=(Term("cultural spontaneity", "en"), Term("культурная стихийность", "ru"))
    ),
]


def test_translate_toolkit_reads_our_martif(tmp_path: Path) -> None:
    from translate.storage import tbx

    path = tmp_path / "export.tbx"
    TbxFormat("2").write(CONCEPTS, path, source_lang="en")
    store = tbx.tbxfile.parsefile(str(path))
    units = [(unit.getid(), unit.source, unit.target) for unit in store.units]
    assert units == [
        ("trade-union", "trade union", "профсоюз"),
        ("spont", "cultural spontaneity", "культурная стихийность"),
    ]


def test_translate_toolkit_rejects_tbx_2019_as_documented(tmp_path: Path) -> None:
    from translate.storage import tbx

    path = tmp_path / "export.tbx"
    TbxFormat("2019").write(CONCEPTS, path, source_lang="en")
    with pytest.raises(AssertionError):
        tbx.tbxfile.parsefile(str(path))


def _omegat_classpath() -> str:
    with zipfile.ZipFile(OMEGAT_JAR) as jar:
        manifest = jar.read("META-INF/MANIFEST.MF").decode()
    lines = manifest.replace("\r\n", "\n").replace("\n ", "").splitlines()
    class_path = next(
        (line.split(":", 1)[1].split() for line in lines if line.startswith("Class-Path:")), []
    )
    return ":".join([str(OMEGAT_JAR), *class_path])


@pytest.fixture(scope="module")
def omegat_reader(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    if not OMEGAT_JAR.exists():
        pytest.skip(f"OmegaT is not installed ({OMEGAT_JAR} missing; apt-get install omegat)")
    if not shutil.which("javac") or not shutil.which("java"):
        pytest.skip("no JDK (javac/java) to run OmegaT's TBX reader")
    build = tmp_path_factory.mktemp("omegat")
    class_path = _omegat_classpath()
    compiled = subprocess.run(
        ["javac", "-cp", class_path, "-d", str(build), str(READER)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert compiled.returncode == 0, compiled.stderr
    return build, f"{class_path}:{build}"


def _read_with_omegat(reader: tuple[Path, str], path: Path) -> subprocess.CompletedProcess[str]:
    build, class_path = reader
    project = build / "project"
    project.mkdir(exist_ok=True)
    return subprocess.run(
        [
            "java",
            "-Djava.awt.headless=true",
            "-cp",
            class_path,
            "ReadTbx",
            str(path),
            str(project),
            "en",
            "ru",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_omegat_reads_our_martif(omegat_reader: tuple[Path, str], tmp_path: Path) -> None:
    path = tmp_path / "export.tbx"
    TbxFormat("2").write(CONCEPTS, path, source_lang="en")
    result = _read_with_omegat(omegat_reader, path)
    assert result.returncode == 0, result.stderr
    entries = [line.split("\t") for line in result.stdout.splitlines() if "\t" in line]
    pairs = [(source, target) for source, target, _ in entries]
    assert pairs == [
        ("trade union", "профсоюз"),
        ("trade union", "торговый союз"),
        ("cultural spontaneity", "культурная стихийность"),
    ]
    assert "deprecatedTerm-admn-sts" in entries[0][2] and "use throughout" in entries[0][2]


def test_omegat_cannot_read_tbx_2019(omegat_reader: tuple[Path, str], tmp_path: Path) -> None:
    path = tmp_path / "export.tbx"
    TbxFormat("2019").write(CONCEPTS, path, source_lang="en")
    result = _read_with_omegat(omegat_reader, path)
    assert result.returncode != 0 and "unexpected element" in result.stderr
