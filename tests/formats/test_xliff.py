"""XLIFF 1.2 and 2.1: reading, filling the original in, and the CLI round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from workbench.cli import main
from workbench.core import editing
from workbench.core.project.store import Project
from workbench.errors import InputError
from workbench.formats.xliff import (
    XLIFF1_NS,
    XLIFF2_NS,
    FilledTarget,
    fill_xliff,
    parse_xliff,
    read_xliff,
)

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<!-- from a CAT tool -->
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions">
  <file original="doc.html" source-language="en-US" target-language="ru-RU" datatype="html">
    <header><tool tool-id="t" tool-name="T"/></header>
    <body>
      <trans-unit id="title" resname="title" okp:engine="x">
        <source xml:lang="en-US">Press <g id="1" ctype="bold">Save</g>
           now<x id="2" ctype="lb"/>.</source>
        <note>Button label</note>
      </trans-unit>
      <trans-unit id="brand" translate="no">
        <source>ACME</source>
      </trans-unit>
      <trans-unit id="p3" xml:space="preserve">
        <source>Two  spaces <bpt id="3">&lt;i&gt;</bpt>it<ept id="3">&lt;/i&gt;</ept></source>
        <target state="translated">Два  пробела <bpt id="3">&lt;i&gt;</bpt>курсив<ept id="3">&lt;/i&gt;</ept></target>
      </trans-unit>
      <trans-unit id="p4" approved="yes">
        <source>Done.</source>
        <target state="signed-off">Готово.</target>
      </trans-unit>
      <trans-unit id="p5">
        <source>Later.</source>
        <target state="needs-translation"></target>
      </trans-unit>
      <trans-unit id="p6">
        <source>A. B.</source>
        <seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF21 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ru">
  <file id="f1">
    <unit id="u1">
      <notes><note>Menu item</note></notes>
      <originalData><data id="d1">&lt;br/&gt;</data></originalData>
      <segment id="s1" state="initial">
        <source>Open <pc id="1" type="fmt">the file</pc><ph id="2" dataRef="d1"/>.</source>
      </segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2" state="final">
        <source>Close <sc id="3"/>it<ec startRef="3"/>.</source>
        <target>Закройте <sc id="3"/>его<ec startRef="3"/>.</target>
      </segment>
    </unit>
    <unit id="u2" translate="no">
      <segment><source>ACME</source></segment>
    </unit>
  </file>
</xliff>
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_xliff12_units_codes_states_notes_space_and_locks(tmp_path: Path) -> None:
    path = write(tmp_path, "a.xlf", XLIFF12)
    segments = list(read_xliff(path, "en", "ru"))
    info = parse_xliff(path)[1]
    assert info.version == "1.2" and info.target_lang == "ru-RU"
    by_id = {s.unit_id: s for s in segments}
    assert list(by_id) == ["title", "brand", "p3", "p4", "p5", "p6#1", "p6#2"]
    title = by_id["title"]
    assert title.source == "Press ⟦1⟧Save⟦/1⟧ now⟦2/⟧."  # whitespace normalised: xml:space default
    assert title.notes == ("Button label",) and title.status == "draft" and not title.locked
    assert title.codes is not None and title.codes.source["⟦1⟧"].markup == '<g id="1" ctype="bold">'
    assert by_id["brand"].locked
    assert by_id["p3"].source == "Two  spaces ⟦1⟧it⟦/1⟧"  # preserved
    assert (by_id["p3"].target, by_id["p3"].status) == ("Два  пробела ⟦1⟧курсив⟦/1⟧", "translated")
    assert by_id["p4"].status == "reviewed"
    assert (by_id["p5"].target, by_id["p5"].status) == ("", "draft")
    assert (by_id["p6#1"].source, by_id["p6#2"].source) == ("A.", "B.")


def test_xliff21_segments_codes_and_states(tmp_path: Path) -> None:
    path = write(tmp_path, "a.xlf", XLIFF21)
    segments = list(read_xliff(path, "en", "ru"))
    assert parse_xliff(path)[1].version == "2.1"
    assert [s.unit_id for s in segments] == ["u1#s1", "u1#s2", "u2"]
    first, second, brand = segments
    assert first.source == "Open ⟦1⟧the file⟦/1⟧⟦2/⟧." and first.notes == ("Menu item",)
    assert first.codes is not None and first.codes.source["⟦2/⟧"].markup == '<ph id="2" dataRef="d1"/>'
    assert (second.source, second.target, second.status) == ("Close ⟦1⟧it⟦/1⟧.", "Закройте ⟦1⟧его⟦/1⟧.", "reviewed")
    assert brand.locked


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def without_targets(tree: etree._ElementTree, ns: str) -> bytes:
    """The document with targets and state attributes taken out: what must not change."""
    root = etree.fromstring(etree.tostring(tree))
    for target in list(root.iter(f"{{{ns}}}target")):
        target.getparent().remove(target)
    for element in root.iter():
        element.attrib.pop("state", None)
    return etree.tostring(root, method="c14n")


def test_cli_round_trip_fills_targets_and_changes_nothing_else(project: Project, tmp_path: Path) -> None:
    original = write(tmp_path, "doc.xlf", XLIFF12)
    assert "7 segments" in run("import", str(project.path), "--xliff", str(original))
    segments = {s.source: s for s in project.segments()}
    title = segments["Press ⟦1⟧Save⟦/1⟧ now⟦2/⟧."]
    assert title.findings[0].message == "Button label"
    editing.set_target(project, title.id, "⟦2/⟧Нажмите ⟦1⟧Сохранить⟦/1⟧.")
    editing.confirm(project, title.id)
    editing.set_target(project, segments["A."].id, "А.")
    assert segments["ACME"].locked
    with pytest.raises(InputError, match='translate="no"'):
        editing.set_target(project, segments["ACME"].id, "АКМЕ")
    out = tmp_path / "out.xlf"
    assert "exported 4 segments" in run("export", str(project.path), "--xliff", str(out))
    before, after = etree.parse(str(original)), etree.parse(str(out))
    assert without_targets(before, XLIFF1_NS) == without_targets(after, XLIFF1_NS)
    ns = {"x": XLIFF1_NS}
    target = after.find(".//x:trans-unit[@id='title']/x:target", ns)
    assert target.get("state") == "translated"
    assert etree.tostring(target, method="c14n").decode().endswith(
        '><x ctype="lb" id="2"></x>Нажмите <g ctype="bold" id="1">Сохранить</g>.</target>'
    )
    assert after.find(".//x:trans-unit[@id='brand']/x:target", ns) is None
    p6 = after.find(".//x:trans-unit[@id='p6']/x:target", ns)
    assert [m.text for m in p6.iter(f"{{{XLIFF1_NS}}}mrk")] == ["А.", None]
    assert p6.get("state") == "needs-review-translation"
    # And back: the filled file imports with the same targets.
    again = tmp_path / "again"
    run("init", str(again))
    run("import", str(again), "--xliff", str(out))
    with Project.open(again) as reopened:
        assert {s.source: s.target for s in reopened.segments()}["Press ⟦1⟧Save⟦/1⟧ now⟦2/⟧."] == (
            "⟦2/⟧Нажмите ⟦1⟧Сохранить⟦/1⟧."
        )


def test_xliff21_export_sets_segment_state(project: Project, tmp_path: Path) -> None:
    original = write(tmp_path, "doc.xlf", XLIFF21)
    run("import", str(project.path), "--xliff", str(original))
    first = project.segments()[0]
    editing.set_target(project, first.id, "Откройте ⟦1⟧файл⟦/1⟧⟦2/⟧.")
    editing.confirm(project, first.id)
    out = tmp_path / "out.xlf"
    run("export", str(project.path), "--xliff", str(out))
    tree = etree.parse(str(out))
    assert without_targets(etree.parse(str(original)), XLIFF2_NS) == without_targets(tree, XLIFF2_NS)
    ns = {"x": XLIFF2_NS}
    segment = tree.find(".//x:segment[@id='s1']", ns)
    assert segment.get("state") == "translated"
    target = segment.find("x:target", ns)
    assert etree.tostring(target, method="c14n").decode() == (
        '<target xmlns="urn:oasis:names:tc:xliff:document:2.0">Откройте <pc id="1" type="fmt">файл</pc>'
        '<ph dataRef="d1" id="2"></ph>.</target>'
    )
    assert tree.find(".//x:segment[@id='s2']", ns).get("state") == "final"


def test_everything_outside_filled_units_stays_byte_for_byte(tmp_path: Path) -> None:
    original = write(tmp_path, "doc.xlf", XLIFF12)
    out = tmp_path / "out.xlf"
    segments = {s.unit_id: s for s in read_xliff(original, "en", "ru")}
    title = segments["title"]
    assert fill_xliff(original, out, {"title": FilledTarget("Нажмите ⟦1⟧Сохранить⟦/1⟧.", "reviewed", title.codes)}) == 1
    before, after = original.read_text(encoding="utf-8"), out.read_text(encoding="utf-8")
    cut = before.index('<trans-unit id="title"')
    assert after[:cut] == before[:cut]  # the declaration, the comment, the header: untouched
    tail = before.index('<trans-unit id="brand"')
    assert after.endswith(before[tail:])
    assert '<target xml:lang="ru-RU" state="final">Нажмите <g id="1" ctype="bold">Сохранить</g>.</target>' in after


def test_a_file_with_a_namespace_prefix_is_filled_through_the_tree(tmp_path: Path) -> None:
    prefixed = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
        '<x:file original="a" source-language="en" target-language="ru" datatype="plaintext"><x:body>'
        '<x:trans-unit id="1"><x:source>One</x:source></x:trans-unit></x:body></x:file></x:xliff>\n'
    )
    original = write(tmp_path, "p.xlf", prefixed)
    out = tmp_path / "out.xlf"
    assert fill_xliff(original, out, {"1": FilledTarget("Один", "translated", None)}) == 1
    assert [s.target for s in read_xliff(out, "en", "ru")] == ["Один"]


@pytest.mark.parametrize("source", [XLIFF12, XLIFF21])
def test_segment_comments_travel_as_notes_once_and_come_back_as_comments(
    project: Project, tmp_path: Path, source: str
) -> None:
    from workbench.core.project.comments import add_comment, all_comments, resolve_comment

    original = write(tmp_path, "doc.xlf", source)
    run("import", str(project.path), "--xliff", str(original))
    segments = project.segments()
    first = segments[0]
    editing.set_target(project, first.id, "Первый.")
    add_comment(project, first.id, "Check <this> & that", author="ed")
    resolve_comment(project, add_comment(project, first.id, "done", author="tr").id)
    out = tmp_path / "out.xlf"
    run("export", str(project.path), "--xliff", str(out))
    text = out.read_text("utf-8")
    assert text.count("comment [open] ed: Check &lt;this&gt; &amp; that") == 1
    assert text.count("comment [resolved] tr: done") == 1
    etree.parse(str(out))  # well-formed
    with Project.create(tmp_path / "again", "en", "ru") as again:
        run("import", str(again.path), "--xliff", str(out))
        comments = [c for items in all_comments(again).values() for c in items]
        assert sorted((c.author, c.text, c.open) for c in comments) == [
            ("ed", "Check <this> & that", True), ("tr", "done", False)]
        # exported again from a file that holds the notes already: each note stays once
        twice = tmp_path / "twice.xlf"
        run("export", str(again.path), "--xliff", str(twice))
        assert twice.read_text("utf-8").count("comment [open] ed:") == 1


def test_white_space_collapsed_is_xmls_own_and_no_break_spaces_stay(tmp_path: Path) -> None:
    """`xml:space="default"` lets a reader collapse XML's white space (space, tab, CR, LF) only: the
    no-break spaces between a number and its unit («10 км», U+00A0; U+202F) were read as plain
    spaces, and an agency's typography was lost at import and in the file sent back (round 30)."""
    nbsp, narrow = "\u00a0", "\u202f"
    path = write(tmp_path, "a.xlf", f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a" datatype="plaintext" source-language="en" target-language="ru"><body>
    <trans-unit id="1">
      <source>  10{nbsp}km   away{nbsp}</source>
      <target state="translated">в 10{nbsp}км,{narrow}5{narrow}%
        дальше{nbsp}</target>
      <note>Keep{nbsp}the  no-break   space</note>
    </trans-unit>
  </body></file>
</xliff>
""")
    (unit,) = read_xliff(path, "en", "ru")
    assert unit.source == f"10{nbsp}km away{nbsp}"
    assert unit.target == f"в 10{nbsp}км,{narrow}5{narrow}% дальше{nbsp}"
    assert unit.notes == (f"Keep{nbsp}the no-break space",)
