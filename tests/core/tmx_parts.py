"""What the tests of a TMX file read in parts share (the memory's import and a project's): a
file of made-up units, and parts small enough that every one of them goes to the second
process, so that a few dozen units exercise what a file of gigabytes does."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.formats import tmx as tmx_format
from workbench.formats.offload import START_AFTER_ENV

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4" xmlns="http://www.lisa.org/tmx14">
  <header creationtool="test" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext">
    <note>A header note.</note>
  </header>
  <body>
"""
TAIL = "  </body>\n</tmx>\n"


def tmx_file(tmp_path: Path, units: list[str]) -> Path:
    """`units` (each a ``<tu>`` as text) in a TMX 1.4 file with a header note."""
    path = tmp_path / "large.tmx"
    path.write_text(HEAD + "".join(units) + TAIL, encoding="utf-8")
    return path


def read_in_small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts of a few units each from any file, every one of them sent to the second process."""
    monkeypatch.setattr(tmx_format, "PARTS_FROM", 0)
    monkeypatch.setattr(tmx_format, "PART_BYTES", 700)
    monkeypatch.setenv(START_AFTER_ENV, "0")
