"""Reading TMX as other tools write it: versions, encodings, language tags, inline codes, attacks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
import pytest

from workbench.errors import InputError
from workbench.formats.tmx import ReadCounts, parse_tmx_date, read_tmx

OMEGAT_TMX11 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
          creationtoolversion="3.6.0_0" segtype="sentence" srclang="EN-US"/>
  <body>
    <tu>
      <tuv lang="EN-US">
        <seg>The club opened in 1923.</seg>
      </tuv>
      <tuv lang="RU-RU" changeid="anna" changedate="20230105T101500Z" creationdate="20230104T090000Z">
        <seg>Клуб открылся в 1923 году.</seg>
      </tuv>
    </tu>
  </body>
</tmx>
"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "in.tmx") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def tmx(body: str, *, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>', version: str = "1.4") -> str:
    return (
        f"{declaration}\n<tmx version=\"{version}\"><header creationtool=\"t\" creationtoolversion=\"1\" "
        'segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>'
        f"<body>{body}</body></tmx>\n"
    )


def test_reads_omegat_tmx_1_1_with_lang_attribute(tmp_path: Path) -> None:
    [unit] = read_tmx(write(tmp_path, OMEGAT_TMX11), "en", "ru")
    assert (unit.source, unit.target) == ("The club opened in 1923.", "Клуб открылся в 1923 году.")
    assert (unit.source_lang, unit.target_lang) == ("EN-US", "RU-RU")
    assert unit.changed == datetime(2023, 1, 5, 10, 15, tzinfo=UTC)
    assert unit.created == datetime(2023, 1, 4, 9, tzinfo=UTC)


@pytest.mark.parametrize("ru_tag", ["ru", "RU", "ru-RU", "ru_RU", "RU-ru"])
def test_language_variants_match_the_project_language(tmp_path: Path, ru_tag: str) -> None:
    body = f'<tu><tuv xml:lang="en-GB"><seg>a</seg></tuv><tuv xml:lang="{ru_tag}"><seg>б</seg></tuv></tu>'
    [unit] = read_tmx(write(tmp_path, tmx(body)), "en", "ru")
    assert (unit.source, unit.target) == ("a", "б")


def test_an_exact_tag_wins_over_a_regional_one(tmp_path: Path) -> None:
    body = (
        '<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru-UA"><seg>регион</seg></tuv>'
        '<tuv xml:lang="ru"><seg>точно</seg></tuv></tu>'
    )
    [unit] = read_tmx(write(tmp_path, tmx(body)), "en", "ru")
    assert unit.target == "точно"


def test_units_are_oriented_by_the_project_not_by_the_file(tmp_path: Path) -> None:
    body = '<tu><tuv xml:lang="ru"><seg>б</seg></tuv><tuv xml:lang="en"><seg>a</seg></tuv></tu>'
    [unit] = read_tmx(write(tmp_path, tmx(body)), "en", "ru")
    assert (unit.source, unit.target) == ("a", "б")


def test_a_unit_without_target_variant_has_an_empty_target(tmp_path: Path) -> None:
    body = '<tu><tuv xml:lang="en"><seg>alone</seg></tuv><tuv xml:lang="de"><seg>allein</seg></tuv></tu>'
    [unit] = read_tmx(write(tmp_path, tmx(body)), "en", "ru")
    assert (unit.source, unit.target) == ("alone", "")


def test_a_file_in_other_languages_is_refused_with_the_languages_it_has(tmp_path: Path) -> None:
    body = '<tu><tuv xml:lang="fr"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu>'
    with pytest.raises(InputError, match=r"de, fr"):
        list(read_tmx(write(tmp_path, tmx(body)), "en", "ru"))


def test_an_empty_body_is_an_empty_memory(tmp_path: Path) -> None:
    assert list(read_tmx(write(tmp_path, tmx("")), "en", "ru")) == []


@pytest.mark.parametrize("encoding", ["utf-16", "windows-1251", "koi8-r", "utf-8-sig", "iso-8859-5"])
def test_reads_the_encoding_the_declaration_states(tmp_path: Path, encoding: str) -> None:
    name = {"utf-8-sig": "UTF-8"}.get(encoding, encoding)
    body = '<tu><tuv xml:lang="en"><seg>club</seg></tuv><tuv xml:lang="ru"><seg>Клуб «Серп»</seg></tuv></tu>'
    if encoding in ("iso-8859-5", "koi8-r"):  # no guillemets in these code pages
        body = body.replace("«Серп»", "Серп")
    text = tmx(body, declaration=f'<?xml version="1.0" encoding="{name}"?>')
    [unit] = read_tmx(write(tmp_path, text, encoding), "en", "ru")
    assert unit.target.startswith("Клуб")


def test_inline_codes_become_placeholders(tmp_path: Path) -> None:
    body = (
        '<tu><tuv xml:lang="en"><seg>Press <bpt i="1" x="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>'
        '<ph x="2">&lt;br/&gt;</ph> <it pos="begin" x="3">&lt;i&gt;</it>now <hi x="4" type="b">really'
        '<ph>{0}</ph></hi><ut>\\par</ut> <ph x="5">&lt;img alt="<sub>Logo</sub>"&gt;</ph></seg></tuv>'
        '<tuv xml:lang="ru"><seg>Нажмите <bpt i="1">&lt;b&gt;</bpt>Сохранить<ept i="1">&lt;/b&gt;</ept>'
        '<it pos="end" x="3">&lt;/i&gt;</it></seg></tuv></tu>'
    )
    [unit] = read_tmx(write(tmp_path, tmx(body)), "en", "ru")
    assert unit.source == "Press ⟦1⟧Save⟦/1⟧⟦2/⟧ ⟦3/⟧now ⟦4⟧really⟦5/⟧⟦/4⟧⟦6/⟧ ⟦7/⟧"
    assert unit.target == "Нажмите ⟦1⟧Сохранить⟦/1⟧⟦3/⟧"
    assert unit.codes is not None and unit.codes.vocabulary == "tmx"
    kept = {token: code.markup for token, code in unit.codes.source.items()}
    assert kept["⟦1⟧"] == '<bpt i="1" x="1">&lt;b&gt;</bpt>'
    assert kept["⟦4⟧"] == '<hi x="4" type="b">' and kept["⟦/4⟧"] == "</hi>"
    assert kept["⟦7/⟧"] == '<ph x="5">&lt;img alt="<sub>Logo</sub>"&gt;</ph>'
    # the target's `it` is the source's (same x), though it is the closing half
    assert unit.codes.target["⟦3/⟧"].markup == '<it pos="end" x="3">&lt;/i&gt;</it>'


def test_level_one_files_have_no_codes(tmp_path: Path) -> None:
    body = '<tu><tuv xml:lang="en"><seg>Plain</seg></tuv><tuv xml:lang="ru"><seg>Просто</seg></tuv></tu>'
    [unit] = read_tmx(write(tmp_path, tmx(body)), "en", "ru")
    assert unit.codes is None


def test_reordered_codes_without_ids_keep_which_is_which(tmp_path: Path) -> None:
    body = (
        '<tu><tuv xml:lang="en"><seg>A<ph>&lt;br/&gt;</ph>B<ph type="fn">&lt;fn t="<sub>note</sub>"/&gt;</ph></seg></tuv>'
        '<tuv xml:lang="ru"><seg>Б<ph type="fn">&lt;fn t="<sub>сноска</sub>"/&gt;</ph>А<ph>&lt;br/&gt;</ph></seg></tuv></tu>'
    )
    [unit] = read_tmx(write(tmp_path, tmx(body)), "en", "ru")
    assert (unit.source, unit.target) == ("A⟦1/⟧B⟦2/⟧", "Б⟦2/⟧А⟦1/⟧")


def test_tu_with_another_srclang_is_skipped_and_counted(tmp_path: Path) -> None:
    body = (
        '<tu srclang="de"><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>'
        '<tu srclang="*all*"><tuv xml:lang="en"><seg>One</seg></tuv><tuv xml:lang="ru"><seg>Один</seg></tuv></tu>'
        '<tu srclang="en-GB"><tuv xml:lang="en"><seg>Two</seg></tuv><tuv xml:lang="ru"><seg>Два</seg></tuv></tu>'
    )
    counts = ReadCounts()
    units = list(read_tmx(write(tmp_path, tmx(body)), "en", "ru", counts))
    assert [u.source for u in units] == ["One", "Two"]
    assert counts.other_srclang == 1


def test_whitespace_inside_segments_is_kept(tmp_path: Path) -> None:
    body = '<tu><tuv xml:lang="en"><seg>  two  spaces\n\tand a tab </seg></tuv><tuv xml:lang="ru"><seg> б </seg></tuv></tu>'
    [unit] = read_tmx(write(tmp_path, tmx(body)), "en", "ru")
    assert (unit.source, unit.target) == ("  two  spaces\n\tand a tab ", " б ")


def test_metadata_status_confidence_notes_and_props(tmp_path: Path) -> None:
    body = (
        '<tu tuid="seg-7" creationdate="20240102T030405Z" changedate="bogus">'
        '<note>check the date</note><prop type="x-status">reviewed</prop>'
        '<prop type="x-confidence">0.875</prop><prop type="x-document">ch1.txt</prop>'
        '<tuv xml:lang="en"><prop type="x-context">c</prop><seg>a</seg></tuv>'
        '<tuv xml:lang="ru"><note>target note</note><seg>б</seg></tuv></tu>'
    )
    [unit] = read_tmx(write(tmp_path, tmx(body)), "en", "ru")
    assert unit.tuid == "seg-7"
    assert unit.created == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert unit.changed is None
    assert (unit.status, unit.confidence) == ("reviewed", 0.875)
    assert unit.notes == ("check the date", "target note")
    assert unit.props == (("x-document", "ch1.txt"), ("x-context", "c"))


def test_a_namespaced_tmx_reads_too(tmp_path: Path) -> None:
    text = tmx('<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>б</seg></tuv></tu>')
    text = text.replace('<tmx version="1.4">', '<tmx xmlns="http://www.lisa.org/tmx14" version="1.4">')
    [unit] = read_tmx(write(tmp_path, text), "en", "ru")
    assert (unit.source, unit.target) == ("a", "б")


@pytest.mark.parametrize(
    "value, expected",
    [
        ("20240102T030405Z", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04:05Z", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T06:04:05+03:00", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("20241302T030405Z", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_tmx_date(value: str | None, expected: datetime | None) -> None:
    assert parse_tmx_date(value) == expected


# -- refusing bad and hostile files ------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&lol3;</seg></tuv></tu></body></tmx>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv>
<tuv xml:lang="ru"><seg>x</seg></tuv></tu></body></tmx>
"""


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "xxe"])
def test_entity_declarations_are_refused_with_one_line(tmp_path: Path, text: str) -> None:
    with pytest.raises(InputError) as info:
        list(read_tmx(write(tmp_path, text), "en", "ru"))
    assert "entities" in str(info.value) and "\n" not in str(info.value)


def test_an_undeclared_entity_is_malformed_not_resolved(tmp_path: Path) -> None:
    text = tmx('<tu><tuv xml:lang="en"><seg>&nbsp;</seg></tuv></tu>')
    with pytest.raises(InputError, match=r"in\.tmx, line 2: malformed TMX"):
        list(read_tmx(write(tmp_path, text), "en", "ru"))


def test_an_entity_a_dtd_might_declare_is_refused_not_dropped(tmp_path: Path) -> None:
    # Naming an external DTD (never loaded) makes libxml2 pass undeclared entities: "Hi  there." was read
    text = tmx('<tu><tuv xml:lang="en"><seg>Hi &x; there.</seg></tuv><tuv xml:lang="ru"><seg>Привет.</seg></tuv></tu>')
    text = text.replace("<tmx", '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx', 1)
    with pytest.raises(InputError, match=r"in\.tmx, line \d+: the XML entity &x; is declared nowhere"):
        list(read_tmx(write(tmp_path, text), "en", "ru"))


def test_a_truncated_file_names_file_and_line(tmp_path: Path) -> None:
    units = "".join(
        f'<tu>\n<tuv xml:lang="en"><seg>s{i}</seg></tuv>\n<tuv xml:lang="ru"><seg>t{i}</seg></tuv>\n</tu>\n'
        for i in range(10)
    )
    whole = tmx(units)
    cut = whole[: whole.index("s7</seg>")]
    path = write(tmp_path, cut)
    got = []
    with pytest.raises(InputError) as info:
        for unit in read_tmx(path, "en", "ru"):
            got.append(unit.source)
    assert got == [f"s{i}" for i in range(7)]
    message = str(info.value)
    assert message.startswith(f"{path}, line ") and "malformed TMX" in message


@pytest.mark.parametrize(
    "content, match",
    [
        ("", "empty or not XML"),
        ("just some text\n", "malformed TMX"),
        ('<?xml version="1.0"?><xliff version="1.2"><file/></xliff>', r"not a TMX file \(the root element is <xliff>"),
    ],
)
def test_files_that_are_not_tmx(tmp_path: Path, content: str, match: str) -> None:
    with pytest.raises(InputError, match=match):
        list(read_tmx(write(tmp_path, content), "en", "ru"))


def test_parser_safety_limits_stay_on(tmp_path: Path) -> None:
    """A 12 MB segment (no translation unit is) hits libxml2's text limit: refused, not parsed."""
    body = f'<tu><tuv xml:lang="en"><seg>{"word " * 2_400_000}</seg></tuv></tu>'
    # libxml2 words the limit by version: "Text node too long" (newer), "huge text node"
    # (the one in lxml 5.2, as `make test-floors` found); either is said in our words, without
    # libxml2's advice to set XML_PARSE_HUGE (round 35).
    with pytest.raises(InputError, match="a text of over 10 MB in one element") as refused:
        list(read_tmx(write(tmp_path, tmx(body)), "en", "ru"))
    assert "XML_PARSE_HUGE" not in str(refused.value)


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_tmx(tmp_path / "nope.tmx", "en", "ru"))


def test_reading_streams_in_flat_memory(tmp_path: Path) -> None:
    """Reading 60,000 units grows the process by a few MB (an uncleared tree takes ~150 MB)."""
    path = tmp_path / "big.tmx"
    unit = (
        '<tu tuid="{0}"><prop type="x-status">translated</prop><tuv xml:lang="en"><seg>{0} a fairly '
        "ordinary sentence of text that goes on for a while</seg></tuv><tuv xml:lang=\"ru\"><seg>{0} "
        "обычное предложение, которое тянется довольно долго</seg></tuv></tu>\n"
    )
    path.write_text(tmx("".join(unit.format(i) for i in range(60_000))), encoding="utf-8")
    process = psutil.Process()
    before = process.memory_info().rss
    count = sum(1 for _ in read_tmx(path, "en", "ru"))
    grown = process.memory_info().rss - before
    assert count == 60_000
    assert grown < 30_000_000, f"reading grew the process by {grown / 1e6:.0f} MB"


PEER_TMX = Path(__file__).resolve().parents[3] / "shared" / "external-peers" / "tmx"
"""The peers' TMX files (Okapi, OmegaT, translate-toolkit, Weblate), read where they live."""

ODD_UNITS = [
    '<tu><tuv xml:lang="en"><note>n</note><seg>a</seg></tuv><tuv xml:lang="ru"><seg>б</seg><prop type="p">v</prop></tuv></tu>',
    '<tu><tuv xml:lang="en"><seg>a <bpt i="1">&lt;b&gt;</bpt>b<ept i="1">&lt;/b&gt;</ept></seg></tuv><tuv xml:lang="ru"><seg>б</seg></tuv></tu>',
    '<tu><tuv xml:lang="en"><seg>first</seg><seg>second</seg></tuv><tuv xml:lang="ru"><seg>б</seg></tuv></tu>',
    '<tu><tuv xml:lang="en"><!-- c --><seg>a</seg><?pi x?></tuv><tuv xml:lang="ru"><seg/></tuv></tu>',
    '<tu><tuv xml:lang="en"></tuv><tuv xml:lang="ru"><seg>б</seg></tuv></tu>',
    '<tu><tuv xml:lang="en"><x:seg xmlns:x="urn:x">a</x:seg></tuv><tuv xml:lang="ru"><seg>б</seg></tuv></tu>',
    '<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>б <ph>&amp;</ph></seg></tuv></tu>',
    '<tu><tuv xml:lang="en"><note>only a note</note></tuv><tuv xml:lang="ru"><seg>б</seg></tuv></tu>',
]
BROKEN_UNITS = [
    '<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv lang="ru"><seg>б</seg></tuv></tu>',
    '<tu><tuv xml:lang="en"><seg>a <ept i="1">x</ept></seg></tuv><tuv xml:lang="ru"><seg>б</seg></tuv></tu>',
]
"""Variants the shortcut must hand to the general walk: notes and props beside the seg, inline
codes, two segs, comments, no seg, a seg in another namespace, a lone note; and two units that
end a read (TMX 1.1 `lang` mixed in, an `ept` without its `bpt`)."""


def _read_all(path: Path, source_lang: str, target_lang: str) -> tuple[list[Any], int, str | None]:
    """Every unit read, the units skipped for their srclang, and the error that ended the read."""
    counts = ReadCounts()
    units: list[Any] = []
    try:
        units.extend(read_tmx(path, source_lang, target_lang, counts))
    except InputError as exc:
        return units, counts.other_srclang, str(exc)
    return units, counts.other_srclang, None


def _peer_files() -> list[Any]:
    files = sorted(PEER_TMX.glob("*.tmx")) if PEER_TMX.is_dir() else []
    if not files:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{PEER_TMX} is absent (the peers' files live in ../shared)"))]
    return [pytest.param(file, id=file.name) for file in files]


@pytest.mark.parametrize("file", _peer_files())
def test_the_usual_variant_shortcut_reads_what_the_general_walk_reads(
    file: Path | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader's shortcuts (a variant's lone `seg` taken at once, emptied units unlinked in
    groups) give the same units, counts and errors as the general walk, on every peer file
    (in their own language pair and in en -> ru) and on variants the shortcut must refuse."""
    from workbench.formats import tmx as tmx_module

    assert file is not None
    odd = write(tmp_path, tmx("\n".join(ODD_UNITS)), name="odd.tmx")
    broken = write(tmp_path, tmx("\n".join([*ODD_UNITS, *BROKEN_UNITS])), name="broken.tmx")
    pairs = [("en", "ru"), ("en-US", "fr-FR"), ("en", "de"), ("fr", "en")]
    readings = [(path, *pair) for path in (file, odd, broken) for pair in pairs]
    fast = [_read_all(*reading) for reading in readings]
    monkeypatch.setattr(tmx_module, "_tuv_seg", tmx_module._any_tuv_seg)
    monkeypatch.setattr(tmx_module, "RELEASE_EVERY", 1)
    general = [_read_all(*reading) for reading in readings]
    assert fast == general
    assert len(fast[4][0]) == len(ODD_UNITS) and fast[8][2] is not None


@pytest.mark.parametrize(("units", "said"), [
    (1, "its 1 unit has no variant in en (languages in the file: de, fr)"),
    (2, "none of its 2 units has a variant in en (languages in the file: de, fr)"),
])
def test_a_file_with_no_unit_in_the_source_language_says_so_in_good_english(
        tmp_path: Path, units: int, said: str) -> None:
    """It said "none of its 1 units has a en variant" (usersweep10): the count's plural and the
    article before a language code were wrong."""
    tu = '<tu><tuv xml:lang="de"><seg>Der Klub.</seg></tuv><tuv xml:lang="fr"><seg>Le club.</seg></tuv></tu>'
    path = tmp_path / "other.tmx"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="de"/><body>'
                    + tu * units + "</body></tmx>", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        list(read_tmx(path, "en", "ru"))
    assert str(raised.value) == f"{path}: {said}"
