"""A part of plain units is read without libxml2's tree (`tmx._plain_part`): whatever it reads
must be what the parser reads (`tmx._read`), units and counts, and a part the parser refuses
must never be read plain."""

from __future__ import annotations

import io
import random
import re
from pathlib import Path
from typing import Any

import pytest

from workbench.formats import tmx as tmx_format
from workbench.formats.tmx import ReadCounts

PEERS = Path(__file__).resolve().parents[3] / "shared" / "external-peers" / "tmx"
PEER_FILES = sorted(PEERS.glob("*.tmx")) if PEERS.is_dir() else []

LANG = re.compile(r"""\blang=["']([^"']*)["']""")
"""A variant's language, as a file writes it (TMX 1.1 `lang` or `xml:lang`)."""
OPENING = '<tmx version="1.4"><body>'
CLOSING = "</body></tmx>"


def _parsed(part: bytes, source_lang: str, target_lang: str) -> Any:
    """What the parser reads of a part: its units and counts, or the name of its error."""
    counts = ReadCounts()
    try:
        units = list(tmx_format._read(io.BytesIO(part), Path("<part>"), source_lang, target_lang, counts, whole=False))
    except Exception as exc:  # noqa: BLE001 - any failure: the part must not be read plain
        return type(exc).__name__
    return units, (counts.units, counts.matched, counts.other_srclang)


def _plain(part: bytes, source_lang: str, target_lang: str) -> Any:
    """What the plain read reads of a part, as `_parsed` gives it; None when it declines."""
    found = tmx_format._plain_part(part, source_lang, target_lang)
    if found is None:
        return None
    units, counts = found
    return units, (counts.units, counts.matched, counts.other_srclang)


def _same_or_declined(part: bytes, languages: list[tuple[str, str]]) -> int:
    """Assert the plain read gives the parser's units for `part` in each language pair, or
    declines; how many times it read the part."""
    read = 0
    for source_lang, target_lang in languages:
        plain = _plain(part, source_lang, target_lang)
        if plain is not None:
            assert plain == _parsed(part, source_lang, target_lang), (part, source_lang, target_lang)
            read += 1
    return read


def _part(units: str) -> bytes:
    return (OPENING + units + CLOSING).encode("utf-8")


PLAIN_UNITS = (
    '<tu tuid="1" creationdate="20240301T120000Z" changedate="20240302T120000Z">'
    '<prop type="x-status">translated</prop><prop type="x-confidence">0.75</prop><prop type="domain">law</prop>'
    '<note>a note</note><tuv xml:lang="en-US"><seg>Fish &amp; chips &lt;b&gt; &#x1F600; &#65;</seg></tuv>'
    '<tuv xml:lang="ru" creationdate="20200101T000000Z"><seg>Рыба "и" \'картошка\' &gt; 1</seg></tuv></tu>\r\n'
    '  <tu srclang="*all*">\r\n    <tuv xml:lang="ru"><seg>Только цель</seg></tuv>\r\n'
    '    <tuv xml:lang="en"><seg>Line one\r\nline two\rthree &#13; four</seg></tuv>\r\n  </tu >\n'
    '<tu srclang="de"><tuv xml:lang="de"><seg>Andersrum</seg></tuv><tuv xml:lang="en"><seg>Other way</seg></tuv></tu>\n'
    '<tu tuid=""><tuv xml:lang="fr"><seg>Pas de source</seg></tuv><tuv xml:lang="ru"><seg>Нет</seg></tuv></tu>\n'
    '<tu><tuv lang="EN"><seg></seg></tuv><tuv lang="ru-RU" changedate="20210101T000000Z"><seg>1.1</seg></tuv></tu>\n'
)
"""Plain units of every kind the plain read takes: references, CR-LF and CR line ends, props,
notes, dates on a variant, srclang (any, another), no source variant, TMX 1.1 `lang`."""


@pytest.mark.parametrize("run", [64, 16 * 1024])
def test_a_plain_part_is_read_plain_and_as_the_parser_reads_it(run: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tmx_format, "_RUN_CHARS", run)  # runs of a unit or two, or the whole part
    part = _part(PLAIN_UNITS)
    plain = _plain(part, "en", "ru")
    assert plain is not None
    assert plain == _parsed(part, "en", "ru")
    units, counts = plain
    assert counts == (5, 3, 1)
    assert units[0][0] == "Fish & chips <b> \U0001f600 A"
    assert units[1][0] == "Line one\nline two\nthree \r four"


@pytest.mark.parametrize(
    "units",
    [
        '<tu><tuv xml:lang="en"><seg>a <b/> c</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',  # inline code
        '<tu><tuv xml:lang="en"><seg>a<!-- c -->b</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',  # comment
        '<tu><tuv xml:lang="en"><seg><![CDATA[<a>]]></seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',
        '<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv><tuv xml:lang="de"><seg>c</seg></tuv></tu>',
        '<tu tuid="1" tuid="2"><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',
        '<tu tuid="a\tb"><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',
        "<tu tuid='1'><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"ru\"><seg>b</seg></tuv></tu>",
        '<tu x:a="1"><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',
        '<tu xmlns="urn:x"><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',
        '<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv lang="ru"><seg>b</seg></tuv></tu>',  # mixed: the parser's error
        '<tu><tuv xml:lang="en"><seg>a &nbsp; b</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',
        '<tu><tuv xml:lang="en"><seg>a &#1; b</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',
        '<tu><tuv xml:lang="en"><seg>a ]]> b</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',
        '<tu><tuv xml:lang="en"><seg>a \x01 b</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',
        '<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu><tu>',
        '&#0;<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',
        PLAIN_UNITS + '<tu><tuv xml:lang="en"><seg>a <ph/></seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu>',
    ],
)
@pytest.mark.parametrize("run", [64, 16 * 1024])
def test_a_part_not_plain_is_left_to_the_parser(units: str, run: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tmx_format, "_RUN_CHARS", run)
    assert _plain(_part(units), "en", "ru") is None


def test_the_first_part_and_a_large_one_are_left_to_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header/><body>'
    assert _plain(head + _part(PLAIN_UNITS)[len(OPENING):], "en", "ru") is None
    monkeypatch.setattr(tmx_format, "_PLAIN_MAX", 100)
    assert _plain(_part(PLAIN_UNITS), "en", "ru") is None


def _languages(path: Path) -> list[tuple[str, str]]:
    """Language pairs to read a file in: its first three variant languages both ways, and one
    that fits nothing."""
    found: list[str] = []
    for lang in LANG.findall(path.read_bytes().decode("utf-8", "replace")):
        if lang not in found:
            found.append(lang)
    found = found[:3]
    return [("en", "ru"), *((a, b) for a in found for b in found if a != b)]


@pytest.mark.skipif(not PEER_FILES, reason="no external peers")
def test_every_peer_file_in_small_parts_reads_as_the_parser_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    read = 0
    for size in (300, 2000):
        monkeypatch.setattr(tmx_format, "PARTS_FROM", 0)
        monkeypatch.setattr(tmx_format, "PART_BYTES", size)
        for path in PEER_FILES:
            parts = tmx_format.tmx_parts(path)
            if parts is None:
                continue
            languages = _languages(path)
            for part in parts:
                read += _same_or_declined(part, languages)
    assert read > 200  # many peer parts are plain: the comparison is not empty


SNIPPETS = (
    "&", "&amp;", "&lt;", "&#13;", "&#x0D;", "&#0;", "&#xFFFE;", "&#x110000;", "&#999999999999;", "&#x1F600;",
    "&quot;", "&foo;", "&#;", "<", ">", '"', "'", "\r", "\r\n", "\n", "\t", "\x01", "\ufffe", "]]>",
    "<!-- c -->", "<?pi x?>", "<![CDATA[x]]>", ' xmlns="urn:x"', ' a:b="1"', ' tuid="9"', ' srclang="fr"',
    ' xml:lang="fr"', ' lang="de"', ' xml:lang=""', ' creationdate="20200101T000000Z"', ' type="x-status"',
    " tuid='1'", ' 1a="x"', ' x = "y" ', "<tu>", "</tu>", "<tuv>", "</tuv>", "<seg>", "</seg>", "<note>n</note>",
    '<prop type="x-confidence">0.5</prop>', '<tuv xml:lang="de"><seg>d</seg></tuv>', "<ph/>", "<seg/>", "<tu/>",
    "</body>", "é", "\u00a0", "\u2028", "\x85", "v", "tuv", "prop",
)  # fmt: skip
"""What mutations insert: references good and bad, markup, line ends, characters XML refuses."""


def _mutated(rng: random.Random, part: bytes) -> bytes:
    text = part.decode("utf-8")
    for _ in range(rng.randint(1, 3)):
        position = rng.randrange(len(text) + 1)
        if rng.random() < 0.8:
            text = text[:position] + rng.choice(SNIPPETS) + text[position:]
        else:
            text = text[:position] + text[position + rng.randint(1, 6):]
    return text.encode("utf-8", "surrogatepass")


@pytest.mark.parametrize("run", [64, 16 * 1024])
def test_a_mutated_part_is_read_as_the_parser_reads_it_or_left_to_it(run: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tmx_format, "_RUN_CHARS", run)
    rng = random.Random(1923 + run)
    base = _part(PLAIN_UNITS)
    languages = [("en", "ru"), ("ru", "en"), ("de", "en")]
    read = sum(_same_or_declined(_mutated(rng, base), languages) for _ in range(3000))
    assert read > 300
