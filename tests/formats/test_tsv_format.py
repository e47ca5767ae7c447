"""TSV bitext specifics: the escaping scheme, strictness about extra tabs, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.errors import InputError
from workbench.formats.base import TranslationUnit
from workbench.formats.tsv import escape_field, read_tsv, unescape_field, write_tsv


@pytest.mark.parametrize(
    "text, escaped",
    [
        ("plain", "plain"),
        ("a\tb", "a\\tb"),
        ("line\nbreak\r\n", "line\\nbreak\\r\\n"),
        ("back\\slash", "back\\\\slash"),
        ("literal \\t", "literal \\\\t"),
    ],
)
def test_escaping(text: str, escaped: str) -> None:
    assert escape_field(text) == escaped
    assert unescape_field(escaped) == text


def test_unknown_escapes_stay_as_written() -> None:
    assert unescape_field("C:\\data\\x") == "C:\\data\\x"


def test_file_layout(tmp_path: Path) -> None:
    path = tmp_path / "out.tsv"
    write_tsv(path, [TranslationUnit("a\tb", "в\nг", "en", "ru"), TranslationUnit("c", "", "en", "ru")])
    assert path.read_bytes() == "a\\tb\tв\\nг\nc\t\n".encode()


def test_reading_windows_line_ends_bom_and_missing_target(tmp_path: Path) -> None:
    path = tmp_path / "in.tsv"
    path.write_bytes("\ufeffone\tодин\r\n\r\nsource only\r\n".encode())
    got = [(u.source, u.target, u.tuid) for u in read_tsv(path, "en", "ru")]
    assert got == [("one", "один", "1"), ("source only", "", "3")]


def test_extra_tabs_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "in.tsv"
    path.write_text("ok\tхорошо\na\tb\tc\td\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"in\.tsv, line 2: 4 tab-separated fields"):
        list(read_tsv(path, "en", "ru"))


def test_a_third_field_holds_notes_one_a_line(tmp_path: Path) -> None:
    path = tmp_path / "out.tsv"
    write_tsv(path, [TranslationUnit("a", "б", "en", "ru", notes=("first\nnote", "second")),
                     TranslationUnit("c", "д", "en", "ru")])
    assert path.read_text("utf-8") == "a\tб\tfirst note\\nsecond\nc\tд\n"
    assert [u.notes for u in read_tsv(path, "en", "ru")] == [("first note", "second"), ()]


def test_non_utf8_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "in.tsv"
    path.write_bytes("клуб\tclub\n".encode("cp1251"))
    with pytest.raises(InputError, match="not UTF-8"):
        list(read_tsv(path, "en", "ru"))
