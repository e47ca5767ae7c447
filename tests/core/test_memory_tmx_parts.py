"""A large TMX file is read in parts on two cores: the same memory as the in-order read, the same errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.core.tmx_parts import read_in_small_parts, tmx_file
from workbench.core.memory.store import TranslationMemory
from workbench.errors import InputError
from workbench.formats import tmx as tmx_format
from workbench.formats.base import TranslationUnit
from workbench.formats.offload import START_AFTER_ENV
from workbench.formats.tmx import read_tmx, read_tmx_part, tmx_parts


def _unit(number: int) -> str:
    """Units of several shapes: notes and props, inline codes, an empty target (skipped), a comment,
    text to clean."""
    target = "" if number % 7 == 3 else f"Цель номер {number}."
    extra = f'<note>note {number}</note><prop type="x-document">book</prop>' if number % 5 == 0 else ""
    code = '<bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept> ' if number % 6 == 1 else ""
    comment = "<!-- a comment -->" if number % 9 == 4 else ""
    override = "\u202e" if number % 11 == 2 else ""  # a bidi override: cleaned away on import
    return (
        f'    <tu tuid="{number}" creationdate="20240301T120000Z">{extra}{comment}\n'
        f'      <tuv xml:lang="en-US"><seg>{code}Source {override}number {number} &amp; more.</seg></tuv>\n'
        f'      <tuv xml:lang="ru-RU"><seg>{target}</seg></tuv>\n'
        "    </tu>\n"
    )


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts of a few units each from any file, every one of them sent to the second process."""
    read_in_small_parts(monkeypatch)


def _stored(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("select * from units order by id").fetchall()


def _import(path: Path, database: Path) -> tuple[object, list[tuple[object, ...]]]:
    with TranslationMemory.open(database) as tm:
        report = tm.import_file(path)
    return report, _stored(database)


def _imported_in_order_and_in_parts(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[object, list[tuple[object, ...]]]:
    """`path` imported in order, then in parts of 2,000 bytes: the same report and rows, returned."""
    in_order = _import(path, tmp_path / "in-order.db")
    monkeypatch.setattr(tmx_format, "PARTS_FROM", 0)
    monkeypatch.setattr(tmx_format, "PART_BYTES", 2000)
    monkeypatch.setenv(START_AFTER_ENV, "0")
    assert len(list(tmx_parts(path) or [])) > 10
    parts = _import(path, tmp_path / "parts.db")
    assert parts == in_order
    return parts


@pytest.mark.usefixtures("small_parts")
def test_parts_read_as_the_whole_file(tmp_path: Path) -> None:
    path = tmx_file(tmp_path, [_unit(number) for number in range(60)])
    parts = tmx_parts(path)
    assert parts is not None
    parts = list(parts)
    assert len(parts) > 10
    read = [TranslationUnit(*fields) for part in parts for fields in read_tmx_part(part, "en", "ru", tmx_format.ReadCounts())]
    assert read == list(read_tmx(path, "en", "ru"))


def test_a_small_or_other_encoded_file_is_read_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmx_file(tmp_path, [_unit(number) for number in range(10)])
    assert tmx_parts(path) is None  # under PARTS_FROM
    monkeypatch.setattr(tmx_format, "PARTS_FROM", 0)
    assert tmx_parts(path) is not None
    latin = tmp_path / "latin.tmx"
    latin.write_bytes(path.read_bytes().replace(b'encoding="UTF-8"', b'encoding="ISO-8859-5"'))
    assert tmx_parts(latin) is None


def test_the_memory_is_the_in_order_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmx_file(tmp_path, [_unit(number) for number in range(300)])
    report, units = _imported_in_order_and_in_parts(path, tmp_path, monkeypatch)
    assert report.skipped > 0  # type: ignore[attr-defined]


@pytest.mark.parametrize("char", ["\u202e", "\x85", "\x7f", "\u200e", "\u061c", "\u2066"])
@pytest.mark.parametrize("written", ["raw", "reference"])
def test_parts_clean_what_the_in_order_read_cleans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, char: str, written: str) -> None:
    """A part whose bytes hold nothing `clean` drops is taken as it is (`rows._clean_part`); one
    character to drop, in a text or an attribute, raw or by reference, and its part is cleaned."""
    mark = char if written == "raw" else f"&#x{ord(char):X};"

    def unit(number: int) -> str:
        text = f"Source{mark} {number}" if number % 40 == 7 else f"Source {number} &amp; «more» — …"
        tuid = f"id{mark}{number}" if number % 40 == 23 else str(number)
        return (
            f'    <tu tuid="{tuid}"><prop type="x-note">a{mark if number % 40 == 31 else ""}</prop>\n'
            f'      <tuv xml:lang="en"><seg>{text}</seg></tuv>\n'
            f'      <tuv xml:lang="ru"><seg>Цель {number}.</seg></tuv>\n'
            "    </tu>\n"
        )

    path = tmx_file(tmp_path, [unit(number) for number in range(200)])
    _, units = _imported_in_order_and_in_parts(path, tmp_path, monkeypatch)
    assert not any(char in repr(unit) or char in "".join(map(str, unit)) for unit in units)


@pytest.mark.usefixtures("small_parts")
@pytest.mark.parametrize(
    "bad",
    [
        '    <tu><tuv xml:lang="en"><seg>Mixed</seg></tuv><tuv lang="ru"><seg>Смесь</seg></tuv></tu>\n',
        '    <tu><tuv xml:lang="en"><seg>Unclosed</tuv></tu>\n',
        "    <tu><tuv xml:lang=\"en\"><seg>An &undefined; entity</seg></tuv></tu>\n",
    ],
)
def test_an_error_in_a_later_part_is_the_in_order_reads(tmp_path: Path, bad: str) -> None:
    units = [_unit(number) for number in range(60)]
    path = tmx_file(tmp_path, [*units[:40], bad, *units[40:]])
    with pytest.raises(InputError) as in_order:
        list(read_tmx(path, "en", "ru"))
    assert ", line " in str(in_order.value)
    database = tmp_path / "memory.db"
    with TranslationMemory.open(database) as tm, pytest.raises(InputError) as parts:
        tm.import_file(path)
    assert str(parts.value) == str(in_order.value)
    assert _stored(database) == []


@pytest.mark.usefixtures("small_parts")
@pytest.mark.parametrize("hiding", ["<!-- </tu> in a comment -->", "<![CDATA[ </tu> in CDATA ]]>"])
def test_a_cut_in_the_wrong_place_falls_back_to_the_in_order_read(tmp_path: Path, hiding: str) -> None:
    units = [_unit(number) for number in range(60)]
    units[30] = units[30].replace("more.</seg>", f"more.{hiding}" + "x" * 800 + "</seg>")
    path = tmx_file(tmp_path, units)
    failed = 0
    for part in tmx_parts(path) or []:
        try:
            list(read_tmx_part(part, "en", "ru", tmx_format.ReadCounts()))
        except InputError:
            failed += 1
    assert failed  # the file was cut inside the comment or CDATA section
    expected = [unit.cleaned() for unit in read_tmx(path, "en", "ru") if unit.target]
    report, stored = _import(path, tmp_path / "memory.db")
    assert [row[4] for row in stored] == [unit.source for unit in expected]
    assert report.units == len(expected)  # type: ignore[attr-defined]


@pytest.mark.usefixtures("small_parts")
def test_a_file_without_the_source_language_says_so_as_before(tmp_path: Path) -> None:
    path = tmx_file(tmp_path, [_unit(number).replace('xml:lang="en-US"', 'xml:lang="de"') for number in range(40)])
    with pytest.raises(InputError) as in_order:
        list(read_tmx(path, "en", "ru"))
    with TranslationMemory.open(tmp_path / "memory.db") as tm, pytest.raises(InputError) as parts:
        tm.import_file(path)
    assert str(parts.value) == str(in_order.value)


MIXED = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
 adminlang="en" srclang="en" datatype="plaintext"/><body>
""" + "".join(
    f'<tu><tuv xml:lang="en"><seg>Room {n}</seg></tuv><tuv xml:lang="ru"><seg>Комната {n}</seg></tuv></tu>\n'
    '<tu srclang="ru"><tuv xml:lang="ru"><seg>Библиотека</seg></tuv><tuv xml:lang="en"><seg>Library</seg></tuv></tu>\n'
    '<tu><tuv xml:lang="de"><seg>Guten Tag</seg></tuv><tuv xml:lang="ru"><seg>Добрый день</seg></tuv></tu>\n'
    for n in range(12)
) + "</body></tmx>\n"


@pytest.mark.parametrize("in_parts", [False, True])
def test_units_of_other_languages_or_direction_are_counted_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_parts: bool
) -> None:
    """A merged memory's de/ru unit and its ru->en unit were dropped in silence: the import said
    "12 units" of a 36-unit file. Read in order or in parts, both are counted now."""
    if in_parts:
        read_in_small_parts(monkeypatch)
    path = tmp_path / "mixed.tmx"
    path.write_text(MIXED, encoding="utf-8")
    report, stored = _import(path, tmp_path / "memory.db")
    assert len(stored) == 12
    assert (report.units, report.skipped, report.no_source, report.other_direction) == (12, 0, 12, 12)
