"""Writing TMX 1.4b: the header, each unit's attributes, escaping and what XML cannot hold."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import etree

from workbench.errors import InputError
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import XML_LANG, format_tmx_date, read_tmx, write_tmx
from workbench.tags import Code, InlineCodes

WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


def written(tmp_path: Path, units: list[TranslationUnit], **kwargs: object) -> etree._Element:
    path = tmp_path / "out.tmx"
    write_tmx(path, units, source_lang="en", target_lang="ru", created=WHEN, **kwargs)  # type: ignore[arg-type]
    return etree.parse(str(path)).getroot()


def test_header_has_every_required_attribute(tmp_path: Path) -> None:
    root = written(tmp_path, [])
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None
    assert dict(header.attrib) == {
        "creationtool": "workbench",
        "creationtoolversion": header.get("creationtoolversion"),
        "segtype": "sentence",
        "o-tmf": "workbench",
        "adminlang": "en",
        "srclang": "en",
        "datatype": "plaintext",
        "creationdate": "20240506T070809Z",
    }
    assert header.get("creationtoolversion")


def test_a_unit_carries_id_dates_languages_status_confidence_and_notes(tmp_path: Path) -> None:
    moscow = timezone(timedelta(hours=3))
    unit = TranslationUnit(
        "The club.", "Клуб.", "en", "ru-RU",
        tuid="42",
        created=datetime(2024, 1, 2, 15, 0, tzinfo=moscow),
        changed=datetime(2024, 1, 3, 4, 5, 6, tzinfo=UTC),
        status="reviewed",
        confidence=0.8125,
        notes=("ocr-suspect: 'WtXs'",),
        props=(("x-document", "ch1.txt"),),
    )
    tu = written(tmp_path, [unit]).find("body/tu")
    assert tu is not None
    assert (tu.get("tuid"), tu.get("creationdate"), tu.get("changedate")) == (
        "42", "20240102T120000Z", "20240103T040506Z",
    )
    assert [n.text for n in tu.findall("note")] == ["ocr-suspect: 'WtXs'"]
    assert [(p.get("type"), p.text) for p in tu.findall("prop")] == [
        ("x-status", "reviewed"), ("x-confidence", "0.8125"), ("x-document", "ch1.txt"),
    ]
    assert [(v.get(XML_LANG), v.findtext("seg")) for v in tu.findall("tuv")] == [
        ("en", "The club."), ("ru-RU", "Клуб."),
    ]


def test_metadata_round_trips(tmp_path: Path) -> None:
    unit = TranslationUnit(
        "a", "б", "en", "ru", tuid="7", created=WHEN, changed=WHEN, status="translated",
        confidence=0.1, notes=("n",), props=(("x-document", "d"),),
    )
    path = tmp_path / "out.tmx"
    write_tmx(path, [unit], source_lang="en", target_lang="ru")
    assert list(read_tmx(path, "en", "ru")) == [unit]


def test_placeholders_without_kept_markup_get_generic_codes(tmp_path: Path) -> None:
    unit = TranslationUnit("Press ⟦1⟧Save⟦/1⟧ now⟦2/⟧ ⟦/3⟧", "x ⟦/1/⟧ ⟦hi4⟧ text", "en", "ru")
    seg = written(tmp_path, [unit]).find("body/tu/tuv/seg")
    assert seg is not None
    assert etree.tostring(seg, encoding="unicode") == (
        '<seg>Press <bpt i="1"/>Save<ept i="1"/> now<ph x="2"/> <it pos="end" x="3"/></seg>'
    )
    target = written(tmp_path, [unit]).findall("body/tu/tuv/seg")[1]
    assert len(target) == 0 and target.text == "x ⟦/1/⟧ ⟦hi4⟧ text"


def test_kept_markup_is_written_back_and_a_broken_wrapper_falls_back(tmp_path: Path) -> None:
    codes = InlineCodes(
        "tmx",
        source={
            "⟦1⟧": Code('<hi x="1" type="b">', True),
            "⟦/1⟧": Code("</hi>", True),
            "⟦2/⟧": Code('<ph type="fn">&lt;fn t="<sub>note</sub>"/&gt;</ph>', False),
        },
    )
    unit = TranslationUnit("A ⟦1⟧bold⟦/1⟧ ⟦2/⟧", "⟦2/⟧ ⟦1⟧жирный", "en", "ru", codes=codes)
    source, target = written(tmp_path, [unit]).findall("body/tu/tuv/seg")
    assert etree.tostring(source, encoding="unicode") == (
        '<seg>A <hi x="1" type="b">bold</hi> <ph type="fn">&lt;fn t="<sub>note</sub>"/&gt;</ph></seg>'
    )
    # the translator dropped ⟦/1⟧: `<hi>` cannot be half written, an isolated code stands in
    assert etree.tostring(target, encoding="unicode") == (
        '<seg><ph type="fn">&lt;fn t="<sub>note</sub>"/&gt;</ph> <it pos="begin" x="1"/>жирный</seg>'
    )


def test_text_is_escaped_not_interpreted(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    write_tmx(path, [TranslationUnit("<b>&amp; ]]>\r\n", "ok", "en", "ru")], source_lang="en", target_lang="ru")
    raw = path.read_text(encoding="utf-8")
    assert "<seg>&lt;b&gt;&amp;amp; ]]&gt;&#13;\n</seg>" in raw
    assert re.match(r"""<\?xml version=(['"])1\.0\1 encoding=(['"])UTF-8\2\?>\n<tmx version="1\.4">""", raw)


def test_characters_xml_cannot_hold_are_removed_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    unit = TranslationUnit("page\x0cbreak\x00", "стр\ud800\ufffe", "en", "ru", notes=("bell\x07",))
    report = write_tmx(path, [unit], source_lang="en", target_lang="ru")
    assert report.removed_characters == 5
    [back] = read_tmx(path, "en", "ru")
    assert (back.source, back.target, back.notes) == ("pagebreak", "стр", ("bell",))


def test_format_tmx_date_converts_to_utc() -> None:
    assert format_tmx_date(datetime(2024, 1, 1, 1, 0, tzinfo=timezone(timedelta(hours=3)))) == "20231231T220000Z"
    assert format_tmx_date(datetime(2024, 1, 1, 1, 0)) == "20240101T010000Z"


def test_a_failed_export_leaves_no_file(tmp_path: Path) -> None:
    def units() -> object:
        yield TranslationUnit("a", "б", "en", "ru")
        raise RuntimeError("disk on fire")

    path = tmp_path / "out.tmx"
    with pytest.raises(RuntimeError):
        write_tmx(path, units(), source_lang="en", target_lang="ru")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_writing_into_a_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        write_tmx(tmp_path / "no" / "out.tmx", [], source_lang="en", target_lang="ru")


def test_units_of_many_shapes_each_keep_their_own_fields(tmp_path: Path) -> None:
    """Units are written from templates kept per shape (notes, status, confidence, props,
    languages): interleaved shapes, and more shapes than are kept, each come back whole."""
    units = [
        TranslationUnit(
            f"Source {n}.",
            f"Цель {n}.",
            "en-GB" if n % 3 == 0 else "en",
            "ru",
            tuid=str(n) if n % 2 else None,
            created=WHEN if n % 4 else None,
            status=("draft", None, "reviewed")[n % 3],
            confidence=None if n % 5 else n / 100,
            notes=tuple(f"note {n}.{k}" for k in range(n % 7)),
            props=tuple((f"x-{k}", f"{n}-{k}") for k in range(n // 7)),
        )
        for n in range(90)
    ]
    path = tmp_path / "shapes.tmx"
    write_tmx(path, units, source_lang="en", target_lang="ru")
    assert list(read_tmx(path, "en", "ru")) == units
