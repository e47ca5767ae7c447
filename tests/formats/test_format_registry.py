"""The registry finds a format by extension or name and says clearly when it cannot."""

from __future__ import annotations

import pytest

from workbench.errors import InputError
from workbench.formats.registry import FORMATS, format_for, format_named, reader_for
from workbench.formats.text import TextFormat
from workbench.formats.tmx import TmxFormat
from workbench.formats.tsv import TsvFormat


@pytest.mark.parametrize(
    "name, expected",
    [("memory.tmx", TmxFormat), ("MEMORY.TMX", TmxFormat), ("pairs.tsv", TsvFormat), ("pairs.tab", TsvFormat), ("doc.txt", TextFormat)],
)
def test_format_for_extension(name: str, expected: type) -> None:
    assert isinstance(format_for(name), expected)


def test_unknown_extension_lists_the_known_ones() -> None:
    with pytest.raises(InputError, match=r"unknown file type \.xlf \(known: \.tmx, \.tsv, \.tab, \.txt\)"):
        format_for("a.xlf")


def test_text_cannot_be_read_as_units() -> None:
    with pytest.raises(InputError, match="cannot be read"):
        reader_for("doc.txt")
    assert isinstance(reader_for("m.tmx"), TmxFormat)


def test_names_are_unique_and_found() -> None:
    names = [f.name for f in FORMATS]
    assert len(set(names)) == len(names)
    assert all(format_named(n).name == n for n in names)
    with pytest.raises(InputError):
        format_named("xliff")
