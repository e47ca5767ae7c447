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


def test_a_clean_unit_is_stored_as_it_is_and_a_dirty_field_anywhere_is_cleaned() -> None:
    from workbench.formats.base import TranslationUnit

    unit = TranslationUnit("The club.", "Клуб.", "en", "ru", tuid="1", notes=("fine",), props=(("x-a", "b"),))
    assert unit.cleaned() is unit
    for dirty in (
        TranslationUnit("The \x1b[31mclub.", "Клуб.", "en", "ru"),
        TranslationUnit("The club.", "Клуб.", "en", "ru", notes=("a\u202eb",)),
        TranslationUnit("The club.", "Клуб.", "en", "ru", props=(("x-a", "b\x07"),)),
    ):
        cleaned = dirty.cleaned()
        assert cleaned is not dirty
        assert cleaned.source == "The club." and cleaned.notes in ((), ("ab",)) and cleaned.props in ((), (("x-a", "b"),))
