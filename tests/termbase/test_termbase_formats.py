"""Interchange formats: one contract suite per format, plus each format's own rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.errors import TermbaseError
from termbase.formats import (
    DelimitedFormat,
    TbxFormat,
    TermbaseFormat,
    format_for,
    read_termbase_file,
    write_termbase_file,
)
from termbase.model import Concept, Term, TermStatus

DATA = Path(__file__).parent / "data"

FULL = [
    Concept(
        "c1",
        subject="labour history",
        definition="An organisation of workers.",
        note="Soviet unions ran the clubs.\nSecond line.",
        terms=(
            Term("trade union", "en", part_of_speech="noun", context="Trade unions ran clubs."),
            Term("labour union", "en", TermStatus.ADMITTED, usage_note="American"),
            Term("профсоюз", "ru", part_of_speech="noun", usage_note="use throughout"),
            Term("торговый союз", "ru", TermStatus.DEPRECATED, usage_note="a mistranslation"),
            Term("профессиональный союз", "ru", TermStatus.SUPERSEDED, context="Устар."),
        ),
    ),
    Concept(
        "c2",
        terms=(Term("CPSU", "en", case_sensitive=True), Term("КПСС", "ru", case_sensitive=True)),
    ),
    Concept("c3", definition="Only a definition, no terms yet."),
    Concept("c4", terms=(Term("«рабочий» клуб & <зал>", "ru"),)),
]
"""Everything the model holds: TBX must keep all of it."""

SIMPLE = [
    Concept(
        "prol",
        subject="history",
        definition="Making proletarians, by policy.",
        note="A concept note",
        terms=(
            Term("proletarianization", "en"),
            Term("proletarianisation", "en", TermStatus.ADMITTED, usage_note="UK spelling"),
            Term("пролетаризация", "ru", usage_note="the standard term"),
            Term("опролетаривание", "ru", TermStatus.DEPRECATED, usage_note="calque"),
        ),
    ),
    Concept(
        "cpsu",
        terms=(Term("CPSU", "en", case_sensitive=True), Term("КПСС", "ru", case_sensitive=True)),
    ),
    Concept("only-source", terms=(Term("voluntarism", "en"),)),
    Concept(
        "quoted", terms=(Term('say "no", please', "en"), Term("скажи «нет»,\tпожалуйста", "ru"))
    ),
]
"""What a glossary table can hold."""


class FormatContract:
    """Every format: round trip, empty input, Unicode, registry."""

    fmt: TermbaseFormat
    sample: list[Concept]

    def test_round_trip(self, tmp_path: Path) -> None:
        path = tmp_path / f"glossary{self.fmt.extensions[0]}"
        self.fmt.write(self.sample, path, source_lang="en")
        assert self.fmt.read(path) == self.sample

    def test_round_trip_twice_is_stable(self) -> None:
        once = self.fmt.dumps(self.sample, source_lang="en")
        assert self.fmt.dumps(self.fmt.loads(once), source_lang="en") == once

    def test_empty(self) -> None:
        assert self.fmt.loads(self.fmt.dumps([], source_lang="en")) == []

    def test_registry_knows_it(self, tmp_path: Path) -> None:
        path = tmp_path / f"x{self.fmt.extensions[0].upper()}"
        assert type(format_for(path)) is type(self.fmt)
        write_termbase_file(self.sample, path, source_lang="en")
        assert read_termbase_file(path) == self.sample

    def test_garbage_is_a_clear_error(self) -> None:
        with pytest.raises(TermbaseError):
            self.fmt.loads(b"\xff\xfe\x00garbage\x00")


class TestTbx2019(FormatContract):
    fmt = TbxFormat("2019")
    sample = FULL

    def test_structure(self) -> None:
        xml = self.fmt.dumps(FULL, source_lang="en").decode()
        assert (
            '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">'
            in xml
        )
        for piece in (
            '<conceptEntry id="c1">',
            '<langSec xml:lang="ru">',
            "<termSec>",
            '<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>',
            '<descrip type="subjectField">labour history</descrip>',
            '<termNote type="partOfSpeech">noun</termNote>',
        ):
            assert piece in xml


class TestMartif(FormatContract):
    fmt = TbxFormat("2")
    sample = FULL

    def test_structure(self) -> None:
        xml = self.fmt.dumps(FULL, source_lang="en").decode()
        assert '<martif type="TBX-Basic" xml:lang="en">' in xml
        assert '<termEntry id="c1">' in xml and '<langSet xml:lang="ru">' in xml and "<tig>" in xml
        assert "urn:iso" not in xml


class TestCsv(FormatContract):
    fmt = DelimitedFormat(",")
    sample = SIMPLE


class TestTsv(FormatContract):
    fmt = DelimitedFormat("\t")
    sample = SIMPLE


def test_unknown_tbx_version() -> None:
    with pytest.raises(TermbaseError):
        TbxFormat("3")


def test_unknown_extension() -> None:
    with pytest.raises(TermbaseError, match=r"\.xlsx"):
        format_for("glossary.xlsx")


# -- reading files other tools made ------------------------------------------------

OMEGAT_MARTIF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>OmegaT</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="e1">
      <descrip type="subjectField">politics</descrip>
      <langSet xml:lang="en-US">
        <descrip type="definition">The ruling party.</descrip>
        <ntig>
          <termGrp>
            <term>Communist <hi>Party</hi></term>
            <termNote type="administrativeStatus">standardizedTerm-admn-sts</termNote>
            <termNote type="partOfSpeech">noun</termNote>
          </termGrp>
          <descrip type="context">The Communist Party lent it sanction.</descrip>
        </ntig>
      </langSet>
      <langSet xml:lang="ru-RU">
        <note>language-level note</note>
        <tig>
          <term>Коммунистическая партия</term>
          <note>first</note>
          <note>second</note>
        </tig>
        <tig>
          <term>компартия</term>
          <termNote type="administrativeStatus">notRecommended</termNote>
        </tig>
        <tig><term>ВКП(б)</term><termNote type="administrativeStatus">obsolete</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry>
      <langSet xml:lang="en"><tig><term>club</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_reads_martif_from_other_tools() -> None:
    first, second = TbxFormat().loads(OMEGAT_MARTIF.encode())
    assert first.id == "e1" and first.subject == "politics"
    assert first.definition == "The ruling party." and first.note == "language-level note"
    en, ru, short, old = first.terms
    assert (en.text, en.lang, en.status, en.part_of_speech) == (
        "Communist Party",
        "en-US",
        TermStatus.PREFERRED,
        "noun",
    )
    assert en.context == "The Communist Party lent it sanction."
    assert (ru.text, ru.usage_note) == ("Коммунистическая партия", "first\nsecond")
    assert short.status is TermStatus.DEPRECATED and old.status is TermStatus.SUPERSEDED
    assert second.id == "club" and second.terms[0].text == "club"


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (b"<glossary/>", "not a TBX file"),
        (
            b"<martif><text><body><termEntry><langSet><tig><term>x</term></tig></langSet></termEntry></body></text></martif>",
            "xml:lang",
        ),
        (
            b"<martif><text><body><termEntry id='a'/><termEntry id='a'/></body></text></martif>",
            "twice",
        ),
        (
            b'<martif><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>x</term><termNote type="administrativeStatus">bogus</termNote></tig></langSet></termEntry></body></text></martif>',
            "bogus",
        ),
        (b"<martif><text>", "not well-formed"),
    ],
)
def test_bad_tbx(xml: bytes, message: str) -> None:
    with pytest.raises(TermbaseError, match=message):
        TbxFormat().loads(xml)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE martif [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<martif><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>&lol9;</term></tig></langSet></termEntry></body></text></martif>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE tbx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tbx><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>&secret;</term></termSec></langSec></conceptEntry></body></text></tbx>
"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE tbx [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<tbx/>
"""


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY])
def test_hostile_xml_is_refused(xml: bytes, tmp_path: Path) -> None:
    path = tmp_path / "hostile.tbx"
    path.write_bytes(xml)
    with pytest.raises(TermbaseError, match=r"hostile\.tbx: refused: .*entity"):
        read_termbase_file(path)


# -- CSV rules ------------------------------------------------------------------


def test_the_documented_example() -> None:
    data = (
        "id,en,ru,status,note\n"
        "c01,proletarianization,пролетаризация,preferred,\n"
        "c01,proletarianization,опролетаривание,deprecated,calque avoided in the literature\n"
    ).encode()
    (concept,) = DelimitedFormat().loads(data)
    assert concept.id == "c01"
    assert [(t.text, t.lang, t.status.value, t.usage_note) for t in concept.terms] == [
        ("proletarianization", "en", "preferred", None),
        ("пролетаризация", "ru", "preferred", None),
        ("опролетаривание", "ru", "deprecated", "calque avoided in the literature"),
    ]


def test_rows_without_ids_group_by_source_term() -> None:
    data = (
        "\ufeffEN;RU\n".replace(";", ",").encode()
        + ("Trade union,профсоюз\ntrade union,профессиональный союз\n\n1920s,двадцатые\n").encode()
    )
    concepts = DelimitedFormat().loads(data)
    assert [c.id for c in concepts] == ["trade-union", "c-1920s"]
    assert [t.text for t in concepts[0].terms] == [
        "Trade union",
        "профсоюз",
        "профессиональный союз",
    ]


def test_case_sensitive_pos_subject_and_definition_columns() -> None:
    data = (
        "id\ten\tru\tpos\tcase_sensitive\tsubject\tdefinition\n"
        "cpsu\tCPSU\tКПСС\tnoun\tyes\tpolitics\tThe party\n"
        "cpsu\t\tкомпартия\tnoun\tno\t\t\n"
    ).encode()
    (concept,) = DelimitedFormat("\t").loads(data)
    assert concept.subject == "politics" and concept.definition == "The party"
    assert [(t.text, t.case_sensitive, t.part_of_speech) for t in concept.terms] == [
        ("CPSU", True, "noun"),
        ("КПСС", True, "noun"),
        ("компартия", False, "noun"),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("", "first row"),
        ("id,status\nc1,preferred\n", "no language columns"),
        ("en,ru,colour\nx,y,red\n", "colour"),
        ("en,ru,en\nx,y,z\n", "twice"),
        ("en,ru\nx,y,z\n", "row 2: more cells"),
        ("id,en,ru,status\nc1,x,y,prefered\n", "row 2: unknown term status"),
        ("en,ru,case_sensitive\nx,y,maybe\n", "row 2: case_sensitive"),
        ("id,en,ru\n,,y\n", "row 2: needs an id"),
        ("id,en,ru\nc 1,x,y\n", "spaces"),
    ],
)
def test_bad_csv(data: str, message: str) -> None:
    with pytest.raises(TermbaseError, match=message):
        DelimitedFormat().loads(data.encode())


def test_a_stray_quote_in_tsv_never_takes_the_rows_after_it() -> None:
    data = 'en\tru\nunion\tсоюз\n"fast mode\tбыстрый режим\nclub\tклуб\nparty\tпартия\n'
    with pytest.raises(TermbaseError, match="quotation mark on line 3"):
        DelimitedFormat("\t").loads(data.encode())
    # quotes that close, and a quoted cell over two lines without a tab in it, are read as spreadsheets write them
    data = 'en\tru\tdefinition\n"fast" mode\tбыстрый режим\t"one\ntwo"\nclub\tклуб\t\n'
    fast, club = DelimitedFormat("\t").loads(data.encode())
    assert fast.definition == "one two" and [t.text for t in club.terms] == ["club", "клуб"]


def test_csv_must_be_utf8() -> None:
    with pytest.raises(TermbaseError, match="UTF-8"):
        DelimitedFormat().loads("en,ru\nunion,профсоюз\n".encode("cp1251"))


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text("en,ru\nx,y,z\n", encoding="utf-8")
    with pytest.raises(TermbaseError, match=r"^glossary\.csv: row 2"):
        read_termbase_file(path)


def test_sample_project_termbase_reads_and_round_trips(tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[2] / "projects" / "workers-clubs" / "termbase.csv"
    if not sample.exists():
        pytest.skip("the sample project's termbase is not there")
    concepts = read_termbase_file(sample)
    assert len(concepts) >= 20
    for suffix in (".csv", ".tbx"):
        path = tmp_path / f"copy{suffix}"
        write_termbase_file(concepts, path, source_lang="en")
        assert read_termbase_file(path) == concepts


# -- TBX as other tools write it: DCT style, TBX-Min, empty terms -------------------

DCT_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>dct</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <min:subjectField>history</min:subjectField>
      <langSec xml:lang="en">
        <basic:definition>A place where workers met.</basic:definition>
        <termSec><term>workers' club</term><min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>
          <min:partOfSpeech>noun</min:partOfSpeech></termSec>
      </langSec>
      <langSec xml:lang="ru">
        <termSec><term>рабочий клуб</term><basic:administrativeStatus>admittedTerm-admn-sts</basic:administrativeStatus>
          <basic:context>Рабочий клуб открылся в 1923 году.</basic:context></termSec>
        <termSec><term>клуб трудящихся</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
        <termSec><term/></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
""".encode()

TBX_MIN = """<?xml version="1.0" encoding="UTF-8"?>
<TBX dialect="TBX-Min">
  <header><id>t</id><languages source="en" target="ru"/></header>
  <body>
    <entry id="m1">
      <subjectField>labour</subjectField>
      <langGroup xml:lang="en"><termGroup><term>trade union</term><usageStatus>preferred</usageStatus></termGroup></langGroup>
      <langGroup xml:lang="ru">
        <termGroup><term>профсоюз</term><usageStatus>admitted</usageStatus><partOfSpeech>noun</partOfSpeech></termGroup>
        <termGroup><term>тред-юнион</term><usageStatus>notRecommended</usageStatus></termGroup>
        <termGroup><term>профессиональный союз</term><usageStatus>obsolete</usageStatus></termGroup>
      </langGroup>
    </entry>
  </body>
</TBX>
""".encode()


def test_dct_style_statuses_and_categories_are_read() -> None:
    notes: list[str] = []
    [concept] = TbxFormat().loads_noted(DCT_TBX, notes)
    assert concept.subject == "history" and concept.definition == "A place where workers met."
    statuses = {t.text: t.status for t in concept.terms}
    assert statuses == {
        "workers' club": TermStatus.PREFERRED,
        "рабочий клуб": TermStatus.ADMITTED,
        "клуб трудящихся": TermStatus.DEPRECATED,
    }
    by_text = {t.text: t for t in concept.terms}
    assert by_text["workers' club"].part_of_speech == "noun"
    assert by_text["рабочий клуб"].context == "Рабочий клуб открылся в 1923 году."
    assert notes == ["skipped 1 empty terms (<term/> with no text)"]


def test_tbx_min_usage_status_is_read() -> None:
    [concept] = TbxFormat().loads(TBX_MIN)
    assert concept.id == "m1" and concept.subject == "labour"
    assert {t.text: t.status for t in concept.terms} == {
        "trade union": TermStatus.PREFERRED,
        "профсоюз": TermStatus.ADMITTED,
        "тред-юнион": TermStatus.DEPRECATED,
        "профессиональный союз": TermStatus.SUPERSEDED,
    }


def test_a_blank_term_is_skipped_and_counted_not_fatal() -> None:
    xml = b'<martif><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term> </term></tig><tig><term>club</term></tig></langSet></termEntry></body></text></martif>'
    notes: list[str] = []
    [concept] = TbxFormat().loads_noted(xml, notes)
    assert [t.text for t in concept.terms] == ["club"]
    assert notes == ["skipped 1 empty terms (<term/> with no text)"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_an_entity_declaration_is_found_before_parsing_in_either_encoding(encoding: str) -> None:
    """lxml 6.2 stops a billion-laughs file itself ("Maximum entity amplification factor
    exceeded") before any element a reader could check: the prolog is read first."""
    from termbase.formats.xmlsafe import declared_entity

    laughs = '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n<tmx/>'
    assert declared_entity(laughs.encode(encoding)) == "lol"
    assert declared_entity(b'<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n<martif/>') is None
