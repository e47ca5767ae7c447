"""One contract for every readable format: what is written reads back the same.

Subclassed per format (the way translate-toolkit tests its storage classes):
round trips of plain, Unicode, markup-like and whitespace-laden text, the empty
file, and bad input raising InputError.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.errors import InputError
from workbench.formats.base import BitextFormat, TranslationUnit
from workbench.formats.tmx import TmxFormat
from workbench.formats.tsv import TsvFormat

XML_VALID = re.compile("^[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*$")

MARKUP_LIKE = [
    "<b>", "</b>", "&amp;", "&", "<", ">", "]]>", "<!--", "-->", "<![CDATA[", '"', "'",
    "⟦bpt1⟧", "⟦ept1⟧", "⟦ph⟧", "⟦hi2⟧", "⟦/hi2⟧", "⟦/it3⟧", "⟦it3⟧", "⟦/ph1⟧", "⟦ut⟧",
    "\\t", "\\n", "\\\\", "\\",
    " ", "  ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u2028", "\u0085",
    "клуб", "Ё", "𝔘", "e\u0301", "\u200b",
]


def texts(valid: re.Pattern[str] | None) -> st.SearchStrategy[str]:
    """Arbitrary Unicode mixed with markup-like and whitespace pieces."""
    chars = st.characters(blacklist_categories=("Cs",))
    piece = st.one_of(st.text(chars, max_size=8), st.sampled_from(MARKUP_LIKE))
    text = st.lists(piece, max_size=8).map("".join)
    return text.filter(lambda t: valid.match(t) is not None) if valid else text


class BitextContract:
    """Behaviour every `BitextFormat` promises; subclasses set `fmt` and `suffix`."""

    fmt: BitextFormat
    suffix: str
    text_validity: re.Pattern[str] | None = None

    def roundtrip(self, pairs: list[tuple[str, str]], folder: Path) -> list[tuple[str, str]]:
        path = folder / f"out{self.suffix}"
        units = [TranslationUnit(s, t, "en", "ru") for s, t in pairs]
        report = self.fmt.write(path, units, source_lang="en", target_lang="ru")
        assert report.units == len(pairs)
        return [(u.source, u.target) for u in self.fmt.read(path, "en", "ru")]

    def test_plain_pairs(self, tmp_path: Path) -> None:
        pairs = [("The club opened.", "Клуб открылся."), ("Second one", "Второй")]
        assert self.roundtrip(pairs, tmp_path) == pairs

    def test_unicode_and_markup_like_text(self, tmp_path: Path) -> None:
        pairs = [("a < b && c > d ]]> <b>bold</b>", "«ёлка» — 𝔘 “quote” &amp;"), ("tab\there", "line\nbreak\r\n")]
        assert self.roundtrip(pairs, tmp_path) == pairs

    def test_whitespace_is_preserved(self, tmp_path: Path) -> None:
        pairs = [("  leading and trailing  ", "\tтаб\t"), ("two  spaces", " ")]
        assert self.roundtrip(pairs, tmp_path) == pairs

    def test_empty_file(self, tmp_path: Path) -> None:
        assert self.roundtrip([], tmp_path) == []

    def test_garbage_is_an_input_error(self, tmp_path: Path) -> None:
        path = tmp_path / f"bad{self.suffix}"
        path.write_bytes(b"\xff\xfe\x00garbage\tone\ttwo\tthree\n<")
        with pytest.raises(InputError):
            list(self.fmt.read(path, "en", "ru"))

    def test_the_written_file_replaces_an_old_one_whole(self, tmp_path: Path) -> None:
        path = tmp_path / f"out{self.suffix}"
        path.write_text("old content that is much longer than the new one " * 100)
        self.fmt.write(path, [TranslationUnit("a", "б", "en", "ru")], source_lang="en", target_lang="ru")
        assert [(u.source, u.target) for u in self.fmt.read(path, "en", "ru")] == [("a", "б")]
        assert [p.name for p in tmp_path.iterdir()] == [path.name]

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.differing_executors])
    @given(data=st.data())
    def test_roundtrip_property(self, data: st.DataObject) -> None:
        text = texts(self.text_validity)
        pairs = data.draw(st.lists(st.tuples(text, text), max_size=5))
        with tempfile.TemporaryDirectory() as folder:
            assert self.roundtrip(pairs, Path(folder)) == pairs


class TestTmxContract(BitextContract):
    fmt = TmxFormat()
    suffix = ".tmx"
    text_validity = XML_VALID


class TestTsvContract(BitextContract):
    fmt = TsvFormat()
    suffix = ".tsv"

    def test_empty_pairs_survive(self, tmp_path: Path) -> None:
        """TSV skips blank lines, but a pair with an empty source still has its tab."""
        pairs = [("", "только перевод"), ("only source", "")]
        assert self.roundtrip(pairs, tmp_path) == pairs
