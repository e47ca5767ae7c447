"""Fixtures for the format tests: the real tools' files, found on this machine or skipped."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

OMEGAT_JAR = Path(os.environ.get("OMEGAT_JAR", "/usr/share/omegat/OmegaT.jar"))
"""OmegaT's jar (Debian package `omegat`); `OMEGAT_JAR` points elsewhere."""


@pytest.fixture(scope="session")
def tmx14_dtd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The TMX 1.4 DTD as OmegaT ships it, extracted for this test session only."""
    if not OMEGAT_JAR.is_file():
        pytest.skip(f"the TMX 1.4 DTD comes from OmegaT's jar, not found at {OMEGAT_JAR} (apt install omegat)")
    target = tmp_path_factory.mktemp("dtd") / "tmx14.dtd"
    with zipfile.ZipFile(OMEGAT_JAR) as jar:
        target.write_bytes(jar.read("schemas/tmx14.dtd"))
    return target


@pytest.fixture(scope="session")
def omegat() -> list[str]:
    """The command that runs OmegaT headless (java + jar), or a skip with the reason."""
    java = shutil.which("java")
    if java is None or not OMEGAT_JAR.is_file():
        pytest.skip(f"OmegaT is not installed (need java and {OMEGAT_JAR}; apt install omegat)")
    return [java, "-Djava.awt.headless=true", "-jar", str(OMEGAT_JAR)]
