"""A translator's day on the command line (sixteenth session), run as a person runs it: the
`workbench` process under an English and a Russian locale, on real files other tools wrote."""

from __future__ import annotations

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
