"""Inline codes: placeholders, the markup kept beside them, and what ignores them.

Import -> edit -> export through a real project must give back the same
markup (compared in canonical XML) for every code the translator kept;
fuzzy matching and the number check must not see tags; `tag-mismatch`
reports missing, extra and reordered codes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from sqlite_utils import Database

from workbench.core import editing
from workbench.core.checks import run_checks
from workbench.core.ingest.importing import import_tmx
from workbench.core.memory.store import TranslationMemory
from workbench.core.project.exporting import export_project
from workbench.core.project.store import Project
from workbench.errors import InputError
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import TmxFormat
from workbench.tags import compare_tags, find_tags, mask_tags, next_source_tag, strip_tags

SOURCE_SEG = (
    'Press <bpt i="1" type="bold">&lt;b></bpt>Save<ept i="1">&lt;/b></ept> now<ph>&lt;br/></ph>'
    ' then<ph type="fn">&lt;fn text="<sub>A footnote</sub>"/></ph> <hi x="7" type="em">really</hi>.'
)
TARGET_SEG = (
    'Нажмите <bpt i="1" type="bold">&lt;b></bpt>Сохранить<ept i="1">&lt;/b></ept>'
    '<ph type="fn">&lt;fn text="<sub>Сноска</sub>"/></ph> затем<ph>&lt;br/></ph> <hi x="7" type="em">правда</hi>.'
)


def tmx_file(folder: Path, source: str = SOURCE_SEG, target: str = TARGET_SEG) -> Path:
    path = folder / "in.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="html" '
        'segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>\n'
        f'<tu tuid="1"><tuv xml:lang="en"><seg>{source}</seg></tuv><tuv xml:lang="ru"><seg>{target}</seg></tuv></tu>\n'
        "</body></tmx>\n",
        encoding="utf-8",
    )
    return path


def canonical_segs(path: Path) -> list[bytes]:
    tree = etree.parse(str(path))
    return [etree.tostring(seg, method="c14n") for seg in tree.iter("seg")]


def test_tokens_and_helpers() -> None:
    text = "a⟦1⟧b⟦/1⟧c⟦2/⟧ ⟦/3/⟧ 12"
    assert [t.token for t in find_tags(text)] == ["⟦1⟧", "⟦/1⟧", "⟦2/⟧"]
    assert strip_tags(text) == "abc ⟦/3/⟧ 12"
    assert mask_tags("x⟦12/⟧y") == "x" + " " * 5 + "y"
    assert next_source_tag("⟦1⟧a⟦/1⟧ ⟦2/⟧", "⟦1⟧а") == "⟦/1⟧"
    assert next_source_tag("⟦1⟧a⟦/1⟧", "⟦1⟧а⟦/1⟧") is None


def test_compare_finds_missing_extra_and_reordered() -> None:
    diff = compare_tags("⟦1⟧a⟦/1⟧ b⟦2/⟧ c⟦3/⟧", "⟦/1⟧а⟦1⟧ б⟦3/⟧ ⟦9/⟧")
    assert [t.token for t in diff.missing] == ["⟦2/⟧"]
    assert [t.token for t in diff.extra] == ["⟦9/⟧"]
    assert "⟦/1⟧" in [t.token for t in diff.reordered]
    assert not compare_tags("⟦1⟧a⟦/1⟧ ⟦2/⟧", "⟦2/⟧ ⟦1⟧а⟦/1⟧").missing
    assert not compare_tags("a ⟦1⟧b⟦/1⟧", "а ⟦1⟧б⟦/1⟧")


def test_import_edit_export_gives_back_the_same_markup(project: Project, tmp_path: Path) -> None:
    source = tmx_file(tmp_path)
    import_tmx(project, source)
    [segment] = project.segments()
    assert segment.source == "Press ⟦1⟧Save⟦/1⟧ now⟦2/⟧ then⟦3/⟧ ⟦4⟧really⟦/4⟧."
    assert segment.target == "Нажмите ⟦1⟧Сохранить⟦/1⟧⟦3/⟧ затем⟦2/⟧ ⟦4⟧правда⟦/4⟧."
    # The translator rewrites the target, keeping every tag but moving two of them.
    editing.set_target(project, segment.id, "Сначала ⟦2/⟧ нажмите ⟦1⟧Сохранить⟦/1⟧ ⟦4⟧точно⟦/4⟧⟦3/⟧.")
    editing.confirm(project, segment.id)
    out = tmp_path / "out.tmx"
    export_project(project, out, TmxFormat())
    expected_target = (
        'Сначала <ph>&lt;br/></ph> нажмите <bpt i="1" type="bold">&lt;b></bpt>Сохранить<ept i="1">&lt;/b></ept>'
        ' <hi x="7" type="em">точно</hi><ph type="fn">&lt;fn text="<sub>Сноска</sub>"/></ph>.'
    )
    assert canonical_segs(out) == canonical_segs(tmx_file(tmp_path / "..", SOURCE_SEG, expected_target))


def test_unchanged_units_round_trip_byte_equivalent(project: Project, tmp_path: Path) -> None:
    source = tmx_file(tmp_path)
    import_tmx(project, source)
    out = tmp_path / "out.tmx"
    export_project(project, out, TmxFormat(), all_pairs=True)
    assert canonical_segs(out) == canonical_segs(source)


def test_a_tag_only_difference_is_a_full_match() -> None:
    tm = TranslationMemory(Database(memory=True))
    tm.import_units(
        "m.tmx",
        [TranslationUnit("Press ⟦1⟧Save⟦/1⟧ in 1923 now.", "Нажмите ⟦1⟧Сохранить⟦/1⟧ в 1923 году.", "en", "ru")],
    )
    [match] = tm.lookup("Press Save in 1923 now.")
    assert match.score == 100
    [match] = tm.lookup("Press ⟦2/⟧Save in 1923 now.⟦5/⟧")
    assert match.score == 100 and match.numbers_only_in_text == ()
    [match] = tm.lookup("Press ⟦1⟧Save⟦/1⟧ in 1924 now.")
    assert match.score >= 85 and match.numbers_only_in_text == ("1924",)


def test_number_check_ignores_tags_and_tag_check_reports(project: Project, tmp_path: Path) -> None:
    import_tmx(project, tmx_file(tmp_path))
    [segment] = project.segments()
    editing.set_target(project, segment.id, "Нажмите ⟦/1⟧Сохранить⟦1⟧ затем⟦2/⟧ ⟦4⟧правда⟦/4⟧ ⟦12/⟧.")
    findings = run_checks(project.segments(), source_lang="en", target_lang="ru")
    checks = {f.check: f for f in findings}
    assert "number-mismatch" not in checks
    tag = checks["tag-mismatch"]
    assert "missing ⟦3/⟧" in tag.message and "extra ⟦12/⟧" in tag.message and "out of order" in tag.message


@pytest.mark.parametrize("target", ["⟦1⟧Сохранить⟦/1⟧", "Сохранить"])
def test_tag_check_is_silent_when_tags_agree_or_neither_has_any(target: str) -> None:
    source = "⟦1⟧Save⟦/1⟧" if "⟦" in target else "Save"
    assert not compare_tags(source, target)


def test_segments_with_kept_codes_are_not_merged(project: Project, tmp_path: Path) -> None:
    path = tmx_file(tmp_path)
    text = path.read_text(encoding="utf-8")
    unit = text[text.index("<tu ") : text.index("</tu>") + 5]
    path.write_text(text.replace(unit, unit + "\n" + unit.replace('tuid="1"', 'tuid="2"')), encoding="utf-8")
    import_tmx(project, path)
    first = project.segments()[0]
    with pytest.raises(InputError, match="cannot be merged"):
        editing.merge_next(project, first.id)
