"""The TMX writer's two paths give the same bytes: a unit written as text (`_UnitWriter.markup`,
every unit without a placeholder) and the same unit as an element serialised by libxml2
(`_UnitWriter.unit`, which units with inline codes take).

Compared unit by unit on the odd cases (control characters, lone surrogates, astral
characters, `]]>`, CR/LF, quotes and whitespace in attributes, notes, props, emptied
ids and statuses, inline codes kept but not placed), on every character XML can hold
in each kind of field, and on units hypothesis makes up; with the characters removed
counted alike. A batch written at once (`_UnitWriter.batch`, what the writer does) gives
the same text as its units written one by one.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml.etree import tostring

from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import _TEXT_UNUSUAL, _UNUSUAL, _XML_INVALID, _fields, _UnitWriter
from workbench.tags import Code, InlineCodes

WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
CODES = InlineCodes("tmx", source={
    "⟦1⟧": Code('<hi x="1" type="b">', True), "⟦/1⟧": Code("</hi>", True),
    "⟦2/⟧": Code('<ph type="fn">&lt;fn t="<sub>note</sub>"/&gt;</ph>', False),
})


def both(unit: TranslationUnit, source_lang: str = "en", target_lang: str = "ru") -> tuple[tuple[str, int], tuple[str, int]]:
    """(text, removed) of the unit by `markup` and by libxml2, each with its own writer."""
    fast, general = _UnitWriter(source_lang, target_lang), _UnitWriter(source_lang, target_lang)
    text = fast.markup(_fields(unit))
    assert text is not None, unit
    return (text, fast.removed), (tostring(general.unit(_fields(unit)), encoding="unicode"), general.removed)


ODD = [
    TranslationUnit("The club.", "Клуб.", "en", "ru-RU", tuid="42", created=datetime(2024, 1, 2, 15, 0, tzinfo=timezone(timedelta(hours=3))),
                    changed=datetime(2024, 1, 3, 4, 5, 6, tzinfo=UTC), status="reviewed", confidence=0.8125,
                    notes=("ocr-suspect: 'WtXs'",), props=(("x-document", "ch1.txt"),)),
    TranslationUnit("<b>&amp; ]]>\r\n", "ok ]]> <![CDATA[x]]>", "en", "ru"),
    TranslationUnit("line\r\nbreaks\rand\nfeeds", "\r", "en", "ru", notes=("a\r\nb",), props=(("x-p", "\r\n\t"),)),
    TranslationUnit("page\x0cbreak\x00", "стр\ud800\ufffe\uffff", "en", "ru", notes=("bell\x07",)),
    TranslationUnit("lone \udc00 low, pair halves \ud83d\ude00 apart", "\x1f\x7f\x80\x9f", "en", "ru"),
    TranslationUnit("a", "б", "en", "ru", tuid="7", created=WHEN, status="translated", confidence=0.1,
                    notes=("n", "m\x01", ""), props=(("x-document", "d"), ("", "empty kind"), ("x-\x02", "v"), ("\x00", ""))),
    TranslationUnit("  spaces  \t kept ", "\n", "en-GB", "ru", tuid="x\x00y", status="draft\x03", confidence=1.0),
    TranslationUnit("s", "t", "en", "ru", tuid="\x00", status="\x01"),  # emptied, but they were there
    TranslationUnit("s", "t", "", "", tuid="", status="", confidence=0.0),  # the writer's languages
    TranslationUnit("emoji 😀 𝔘𝔫𝔦 \U0010fffd and \u202e bidi \u2028\u2029 \ufeff", "кавычки «» \" ' > <", "EN", "RU"),
    TranslationUnit("s", "t", "e\"n<&>\t\n\r", "r'u", tuid='"quoted" <id> & \t\n\r', status="<&>\"'",
                    notes=('"&<>\'',), props=(('t"y<p>e&\t\n\r', '"v&<>\''),)),
    TranslationUnit("x", "y", "en", "ru", tuid="1", confidence=1e-7),
    TranslationUnit("x", "y", "en", "ru", confidence=float("inf")),
    TranslationUnit("x", "y", "en", "ru", confidence=float("nan"), created=WHEN, changed=WHEN),
    TranslationUnit("kept codes, no placeholder left", "⟧ nor here", "en", "ru", codes=CODES),
    TranslationUnit("codes from XLIFF", "цель", "en", "ru", codes=InlineCodes("xliff", source={"⟦1/⟧": Code("<x/>", False)})),
]


@pytest.mark.parametrize("unit", ODD, ids=range(len(ODD)))
def test_an_odd_unit_is_the_same_either_way(unit: TranslationUnit) -> None:
    fast, general = both(unit)
    assert fast == general


def test_a_placeholder_leaves_the_unit_to_libxml2() -> None:
    writer = _UnitWriter("en", "ru")
    for unit in (
        TranslationUnit("A ⟦1⟧bold⟦/1⟧ ⟦2/⟧", "⟦2/⟧ ⟦1⟧жирный", "en", "ru", codes=CODES),
        TranslationUnit("typed ⟦1/⟧", "x", "en", "ru"),
        TranslationUnit("x", "⟦/1⟧ only in the target", "en", "ru"),
    ):
        assert writer.markup(_fields(unit)) is None


def test_a_language_xml_cannot_hold_is_left_to_libxml2() -> None:
    """`unit` refuses it (lxml raises); `markup` must not write it instead."""
    writer = _UnitWriter("en\x00", "ru")
    assert writer.markup(_fields(TranslationUnit("s", "t", "", ""))) is None


def xml_characters() -> list[str]:
    """Every character XML 1.0 can hold, up to U+FFFF, and a spread of the astral planes."""
    bmp = [chr(c) for c in (0x9, 0xA, 0xD, *range(0x20, 0xD800), *range(0xE000, 0xFFFE))]
    return bmp + [chr(c) for c in range(0x10000, sys.maxunicode + 1, 4093)] + ["\U0010ffff"]


@pytest.mark.parametrize("field", ["source", "target", "note", "prop", "kind", "tuid", "status", "lang"])
def test_every_character_is_escaped_as_libxml2_escapes_it(field: str) -> None:
    characters = xml_characters()
    if field in ("source", "target"):
        characters.remove("⟦")  # a placeholder's bracket sends the unit to libxml2 (test above)
    for start in range(0, len(characters), 2048):
        chunk = "".join(characters[start:start + 2048])
        value = {
            "source": {"source": chunk}, "target": {"target": chunk}, "note": {"notes": (chunk,)},
            "prop": {"props": (("x-p", chunk),)}, "kind": {"props": ((chunk, "v"),)},
            "tuid": {"tuid": chunk}, "status": {"status": chunk}, "lang": {"source_lang": chunk},
        }[field]
        unit = TranslationUnit(**{"source": "s", "target": "t", "source_lang": "en", "target_lang": "ru", **value})  # type: ignore[arg-type]
        fast, general = both(unit)
        assert fast == general, f"{field}, characters from {characters[start]!r}"


any_text = st.text(alphabet=st.characters(codec=None), max_size=12) | st.lists(
    st.sampled_from(["&", "<", ">", '"', "'", "\r", "\n", "\t", "\x00", "\x0c", "\ud800", "\udfff", "😀", "]]>", "a", "я", "⟧"]),
    max_size=8,
).map("".join)

segment_text = any_text.filter(lambda text: "⟦" not in text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.builds(
        TranslationUnit,
        source=segment_text, target=segment_text, source_lang=any_text, target_lang=any_text,
        tuid=st.none() | any_text,
        created=st.none() | st.just(WHEN), changed=st.none() | st.datetimes(timezones=st.just(UTC)),
        status=st.none() | any_text,
        confidence=st.none() | st.floats(allow_nan=True, allow_infinity=True),
        notes=st.lists(any_text, max_size=3).map(tuple),
        props=st.lists(st.tuples(any_text, any_text), max_size=3).map(tuple),
    )
)
def test_any_unit_without_placeholders_is_the_same_either_way(unit: TranslationUnit) -> None:
    fast, general = both(unit)
    assert fast == general


def unit_by_unit(units: list[TranslationUnit]) -> tuple[str, int]:
    """(text, removed) of the units as `markup` (or libxml2, for a placeholder) writes each."""
    writer = _UnitWriter("en", "ru")
    text = "".join(writer.markup(_fields(u)) or tostring(writer.unit(_fields(u)), encoding="unicode") for u in units)
    return text, writer.removed


def as_batch(units: list[TranslationUnit]) -> tuple[str, int]:
    """(text, removed) of the units written as one batch (`_UnitWriter.batch`)."""
    writer = _UnitWriter("en", "ru")
    return writer.batch([_fields(u) for u in units]), writer.removed


PLACED = [
    TranslationUnit("A ⟦1⟧bold⟦/1⟧ ⟦2/⟧", "⟦2/⟧ ⟦1⟧жирный", "en", "ru", codes=CODES),
    TranslationUnit("typed ⟦1/⟧", "x", "en", "ru", tuid="3", status="translated"),
]
PLAIN = [
    TranslationUnit("plain", "простой", "en", "ru", tuid="5", created=WHEN, changed=WHEN, status="translated",
                    confidence=0.5, notes=("a note",), props=(("x-document", "d"), ("x-pair-locked", "yes"))),
    TranslationUnit("plain", "простой", "", "", tuid="6", status="translated", confidence=0.5,
                    props=(("x-document", "d"), ("x-pair-locked", "yes"))),
]


def test_a_batch_is_written_as_unit_by_unit() -> None:
    """Plain units among odd ones and placeholders, each kind twice (a frame made, then reused):
    the same text and the same characters removed as unit by unit."""
    units = (PLAIN + ODD + PLACED) * 2
    assert as_batch(units) == unit_by_unit(units)
    assert as_batch(PLAIN * 3) == unit_by_unit(PLAIN * 3)
    assert as_batch([]) == ("", 0)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.builds(
            TranslationUnit,
            source=segment_text | st.just("plain"), target=segment_text | st.just("простой"),
            source_lang=any_text | st.just("en"), target_lang=any_text | st.just(""),
            tuid=st.none() | any_text | st.just("12"),
            created=st.none() | st.just(WHEN), changed=st.none() | st.just(WHEN),
            status=st.none() | any_text | st.just("translated"),
            confidence=st.none() | st.floats(allow_nan=True, allow_infinity=True),
            notes=st.lists(any_text, max_size=2).map(tuple),
            props=st.lists(st.tuples(any_text, any_text), max_size=2).map(tuple) | st.just((("x-document", "d"),)),
        ),
        max_size=8,
    )
)
def test_any_batch_is_written_as_unit_by_unit(units: list[TranslationUnit]) -> None:
    assert as_batch(units) == unit_by_unit(units)


def test_the_scans_find_what_the_writer_removes_or_escapes() -> None:
    """`_UNUSUAL` and `_TEXT_UNUSUAL` list the characters XML cannot hold (`_INVALID`) rather
    than exclude the ones it can: over every code point, they find exactly what they stand for."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        invalid = _XML_INVALID.search(char) is not None
        assert (_UNUSUAL.search(char) is not None) == (invalid or char in '&<>"\r\n\t'), hex(code)
        assert (_TEXT_UNUSUAL.search(char) is not None) == (invalid or char in "&<>\r⟦"), hex(code)
