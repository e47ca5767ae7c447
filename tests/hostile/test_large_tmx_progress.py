"""A large TMX shows how far its import has read (hardening, round nineteen).

A made-up 500 MB TMX (1,130,000 units) took `memory import` 33 s of CPU and 93 s on a busy
machine, `import --tmx` 34 s and two minutes, each without a word until its report: over SSH a
command silent that long looks hung. Both now draw a bar on a terminal, measured in the bytes of
the file cut into parts (`formats.tmx.tmx_parts`), as `import --source`, `align` and `check` do.
A file of `PARTS_FROM` bytes or more is read in parts; this one is just over it.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.terminal_stderr import WORKBENCH, run_with_terminal_stderr
from workbench.formats.tmx import PARTS_FROM


@pytest.fixture
def large_tmx(tmp_path: Path) -> Path:
    """Made-up units, enough bytes to be read in parts."""
    path = tmp_path / "large.tmx"
    units = []
    size = 0
    number = 0
    while size <= PARTS_FROM + 2**20:
        unit = (f'<tu tuid="{number}"><tuv xml:lang="en"><seg>Sentence {number} of the reading room rules.</seg></tuv>'
                f'<tuv xml:lang="ru"><seg>Предложение {number} правил читального зала.</seg></tuv></tu>\n')
        units.append(unit)
        size += len(unit.encode("utf-8"))
        number += 1
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" '
                    'segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>\n'
                    + "".join(units) + "</body></tmx>\n", encoding="utf-8")
    return path


def _project(tmp_path: Path, name: str) -> Path:
    made = subprocess.run([*WORKBENCH, "init", str(tmp_path / name), "--source-lang", "en", "--target-lang", "ru"],
                          capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stderr
    return tmp_path / name


def _read_to_the_end(said: str) -> bool:
    """Whether the bar drawn on the terminal reached 100% (its last frame, drawn as it stops)."""
    return "importing" in said and "100%" in re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", said)


def test_memory_import_of_a_large_tmx_shows_its_progress(tmp_path: Path, large_tmx: Path) -> None:
    project = _project(tmp_path, "memory")
    code, out, said = run_with_terminal_stderr("memory", "import", str(project), str(large_tmx))
    assert code == 0 and out.startswith("imported large.tmx:"), (out, said)
    assert _read_to_the_end(said), said


def test_project_import_of_a_large_tmx_shows_its_progress(tmp_path: Path, large_tmx: Path) -> None:
    project = _project(tmp_path, "segments")
    code, out, said = run_with_terminal_stderr("import", str(project), "--tmx", str(large_tmx))
    assert code == 0 and out.startswith("imported 'large'"), (out, said)
    assert _read_to_the_end(said), said
