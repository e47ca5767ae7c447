"""Who made and changed each memory unit, and when, travel with it: TMX `creationid`, `changeid`,
dates and `x-` props in, shown beside a match and a hit, and back out on `memory export`; the
project memory's units name the project's user and keep their inline codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tests.core.tmx_parts import read_in_small_parts, tmx_file
from workbench.cli import main
from workbench.core import editing
from workbench.core.ingest.importing import import_tmx
from workbench.core.memory.store import PROJECT_MEMORY, TranslationMemory
from workbench.core.memory.upkeep import LocalUpkeep, export_memories
from workbench.core.project.comments import default_author
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import MAX_PERSON_CHARS, ReadCounts, read_tmx, read_tmx_part, tmx_parts
from workbench.tui.widgets.memory_panel import origin

LONG = "x" * 1_000_000
"""A `creationid` no person is called: dropped with a warning, the unit kept."""


def _unit(number: int) -> str:
    """Units naming people in each place TMX allows: on the `tu`, on the target variant only (some
    tools stamp the variant), on the source variant only (not the translation's: ignored), none;
    names that need escaping; a date that is no date; an empty name; a name too long to be one."""
    shape = number % 8
    tu = f'tuid="{number}" creationdate="20240301T120000Z"'
    target_tuv = source_tuv = ""
    if shape == 0:
        tu += ' creationid="anna" changedate="20250102T030405Z" changeid="Boris K."'
    elif shape == 1:
        target_tuv = ' creationid="vera" changeid="vera" changedate="20250505T050505Z"'
    elif shape == 2:
        source_tuv = ' creationid="source side"'
    elif shape == 3:
        tu += ' creationid="O&apos;Brien &amp; &quot;Co&quot; &lt;x&gt;"'
    elif shape == 4:
        tu += ' changedate="yesterday" changeid="anna"'
    elif shape == 5:
        tu += ' creationid="" changeid="dmitri"'
    elif shape == 6 and number < 20:
        tu += f' creationid="{"y" * (MAX_PERSON_CHARS + 1)}"'
    props = f'<prop type="x-client">Acme &amp; Co {number}</prop><prop type="x-Domain">  law\t</prop>' if number % 3 == 0 else ""
    return (
        f"    <tu {tu}>{props}\n"
        f'      <tuv xml:lang="en"{source_tuv}><seg>Source number {number}.</seg></tuv>\n'
        f'      <tuv xml:lang="ru"{target_tuv}><seg>Цель номер {number}.</seg></tuv>\n'
        "    </tu>\n"
    )


UNITS = 48
DROPPED = 6 + 2
"""Six units with `changedate="yesterday"` (shape 4) and two with a name over `MAX_PERSON_CHARS`."""


def _by_tuid(units: list[TranslationUnit]) -> dict[str, TranslationUnit]:
    return {unit.tuid or "": unit for unit in units}


def test_people_come_from_the_unit_else_the_target_variant(tmp_path: Path) -> None:
    counts = ReadCounts()
    units = _by_tuid(list(read_tmx(tmx_file(tmp_path, [_unit(n) for n in range(UNITS)]), "en", "ru", counts)))
    assert (units["0"].creator, units["0"].changer) == ("anna", "Boris K.")
    assert units["0"].changed is not None and units["0"].changed.year == 2025
    assert (units["1"].creator, units["1"].changer) == ("vera", "vera")
    assert units["1"].changed is not None and units["1"].changed.month == 5
    assert (units["2"].creator, units["2"].changer) == (None, None)  # the source's author did not translate it
    assert units["3"].creator == "O'Brien & \"Co\" <x>"
    assert (units["4"].changed, units["4"].changer) == (None, "anna")
    assert (units["5"].creator, units["5"].changer) == (None, "dmitri")
    assert units["6"].creator is None and units["14"].creator is None and len(units) == UNITS
    assert units["3"].props == (("x-client", "Acme & Co 3"), ("x-Domain", "  law\t"))
    assert counts.dropped == DROPPED


def test_parts_read_people_as_the_in_order_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmx_file(tmp_path, [_unit(n) for n in range(UNITS)])
    in_order = ReadCounts()
    expected = list(read_tmx(path, "en", "ru", in_order))
    read_in_small_parts(monkeypatch)
    parts = list(tmx_parts(path) or [])
    assert len(parts) > 10
    counts = ReadCounts()
    assert [TranslationUnit(*fields) for part in parts for fields in read_tmx_part(part, "en", "ru", counts)] == expected
    assert counts == in_order
    with TranslationMemory.open(tmp_path / "in-order.db") as tm:
        said = tm.import_file(path)
    assert said.dropped == DROPPED and said.units == UNITS


def test_bad_dates_and_names_are_dropped_with_a_warning_the_units_kept(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p", "en", "ru"):
        pass
    head = '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>'
    file = tmp_path / "client.tmx"
    file.write_text(
        head + f'<tu creationid="{LONG}" changedate="32/13/2025"><tuv xml:lang="en"><seg>The club opened.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Клуб открылся.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["memory", "import", str(tmp_path / "p"), str(file)])
    assert result.exit_code == 0, result.output
    assert result.exception is None
    assert result.output.splitlines() == [
        "imported client.tmx: 1 unit, dropped 2 attributes that said no date or no name "
        "(creationdate, changedate, creationid, changeid), the units kept"
    ]
    with sqlite3.connect(tmp_path / "p" / "memory.db") as conn:
        assert conn.execute("select target, creator, changer, changed from units").fetchall() == [("Клуб открылся.", None, None, None)]


def test_a_name_written_over_lines_is_read_as_one_line(tmp_path: Path) -> None:
    """A `creationid` holding a newline or a tab (XML keeps `&#10;` and `&#9;`) was shown on two
    lines beside every match (hardening round twenty); a name of white space only is no name."""
    head = '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>'
    file = tmp_path / "client.tmx"
    file.write_text(
        head + '<tu creationid="Anna&#10;&#10;Lee&#9;(ed.)" changeid="&#10;&#9; "><tuv xml:lang="en"><seg>The club opened.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Клуб открылся.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    [unit] = list(read_tmx(file, "en", "ru"))
    assert (unit.creator, unit.changer) == ("Anna Lee (ed.)", None)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    made = Project.create(tmp_path / "project", "en", "ru")
    yield made
    made.close()


def _exported_units(path: Path) -> dict[str, dict[str, object]]:
    """Each exported `tu` by its target text: its attributes and its props, read without our reader."""
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    found: dict[str, dict[str, object]] = {}
    for tu in root.iter("tu"):
        target = tu.findall("tuv")[1].findtext("seg") or ""
        found[target] = {**dict(tu.attrib), "props": [(p.get("type"), p.text) for p in tu.iter("prop")]}
    return found


def test_memory_export_writes_people_dates_and_x_props_back(project: Project, tmp_path: Path) -> None:
    file = tmx_file(tmp_path, [_unit(n) for n in range(UNITS)])
    with TranslationMemory.for_project(project) as tm:
        tm.import_file(file, name="client.tmx")
        export_memories(LocalUpkeep(tm), tmp_path / "out.tmx", names=["client.tmx"])
        again = TranslationMemory.open(tmp_path / "again.db")
        with again:
            again.import_file(tmp_path / "out.tmx", name="client.tmx")
            columns = "source, target, created, changed, creator, changer"
            first = tm.db.execute(f"select {columns} from units order by source").fetchall()
            assert again.db.execute(f"select {columns} from units order by source").fetchall() == first
    exported = _exported_units(tmp_path / "out.tmx")
    assert len(exported) == UNITS
    zero = exported["Цель номер 0."]
    assert (zero["creationid"], zero["changeid"]) == ("anna", "Boris K.")
    assert (zero["creationdate"], zero["changedate"]) == ("20240301T120000Z", "20250102T030405Z")
    assert zero["props"] == [("x-memory", "client.tmx"), ("x-client", "Acme & Co 0"), ("x-Domain", "  law\t")]
    assert exported["Цель номер 1."]["creationid"] == "vera"  # the variant's, on the unit now
    assert exported["Цель номер 3."]["creationid"] == "O'Brien & \"Co\" <x>"
    assert "creationid" not in exported["Цель номер 2."] and "changedate" not in exported["Цель номер 4."]
    assert exported["Цель номер 5."] == {**exported["Цель номер 5."], "changeid": "dmitri"}
    assert "creationid" not in exported["Цель номер 5."]


def test_matches_and_hits_name_who_wrote_them(project: Project, tmp_path: Path) -> None:
    file = tmx_file(tmp_path, [_unit(0), _unit(1), _unit(2)])
    with TranslationMemory.for_project(project) as tm:
        tm.import_file(file, name="client.tmx")
        authors = {match.target: match.author for match in tm.lookup("Source number 0.", min_score=50, limit=5)}
        assert authors == {"Цель номер 0.": "Boris K.", "Цель номер 1.": "vera", "Цель номер 2.": None}
        hits = {hit.target: hit.author for hit in tm.search("number", limit=5)}
        assert hits == authors
    runner = CliRunner()
    looked = runner.invoke(main, ["memory", "lookup", str(project.path), "Source number 1.", "--format", "json", "--limit", "1"])
    assert looked.exit_code == 0, looked.output
    assert [(m["target"], m["author"], m["changed"]) for m in json.loads(looked.output)] == [
        ("Цель номер 1.", "vera", "2025-05-05T05:05:05Z")
    ]
    searched = runner.invoke(main, ["memory", "search", str(project.path), "number", "--format", "json"])
    assert {hit["target"]: hit["author"] for hit in json.loads(searched.output)} == authors
    assert origin("client.tmx", "2025-05-05T05:05:05Z", "vera") == "client.tmx · vera · 2025-05-05"
    assert origin("client.tmx", None, "a" * 100) == "client.tmx · " + "a" * 31 + "…"


def _confirmed_project(project: Project, tmp_path: Path, user: str | None) -> None:
    if user is not None:
        path = project.path / "project.toml"
        path.write_text(f'user = "{user}"\n' + path.read_text(encoding="utf-8"), encoding="utf-8")
    file = tmp_path / "codes.tmx"
    file.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="OmegaT" segtype="sentence" '
        'o-tmf="OmegaT" adminlang="en" srclang="en" datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="en"><seg>Press <bpt i="1" x="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Нажмите <bpt i="1" x="1">&lt;b&gt;</bpt>Сохранить<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>'
        '<tu><tuv xml:lang="en"><seg>The club opened.</seg></tuv><tuv xml:lang="ru"><seg>Клуб открылся.</seg></tuv></tu>'
        "</body></tmx>",
        encoding="utf-8",
    )
    with Project.open(project.path) as reopened:
        import_tmx(reopened, file)
        for segment in reopened.segments():
            editing.confirm(reopened, segment.id)


@pytest.mark.parametrize("user", ["Anna Petrova", None])
def test_the_project_memory_names_the_projects_user_and_keeps_its_codes(project: Project, tmp_path: Path, user: str | None) -> None:
    _confirmed_project(project, tmp_path, user)
    out = tmp_path / "memory.tmx"
    result = CliRunner().invoke(main, ["memory", "export", str(project.path), str(out), "--memory", PROJECT_MEMORY])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    # the markup OmegaT wrote, byte for byte (it was written as generic codes: `<bpt i="1"/>`)
    assert '<seg>Press <bpt i="1" x="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now.</seg>' in text
    exported = _exported_units(out)
    name = user or default_author()
    for unit in exported.values():
        assert (unit["creationid"], unit["changeid"]) == (name, name)
        assert unit["creationdate"] == unit["changedate"]
    with Project.open(project.path) as reopened, TranslationMemory.for_project(reopened) as tm:
        assert tm.lookup("The club opened.")[0].author == name


def test_project_export_names_the_projects_user(project: Project, tmp_path: Path) -> None:
    _confirmed_project(project, tmp_path, "Anna Petrova")
    out = tmp_path / "project.tmx"
    result = CliRunner().invoke(main, ["export", str(project.path), "--tmx", str(out)])
    assert result.exit_code == 0, result.output
    assert {(unit["creationid"], unit["changeid"]) for unit in _exported_units(out).values()} == {("Anna Petrova", "Anna Petrova")}


def test_a_user_in_project_toml_that_is_no_text_is_refused_in_one_line(project: Project) -> None:
    path = project.path / "project.toml"
    path.write_text("user = 5\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["memory", "list", str(project.path)])
    assert result.exit_code == 2
    assert result.output.strip().endswith("missing or malformed entry user (a string)")


CLIENT_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="manual.html" source-language="en-US" target-language="ru-RU" datatype="html">
    <body>
      <trans-unit id="save">
        <source>Press <bpt id="1" ctype="bold">&lt;b&gt;</bpt>Save<ept id="1">&lt;/b&gt;</ept> now<ph id="2">&lt;br/&gt;</ph>.</source>
        <target state="translated">Нажмите <bpt id="1" ctype="bold">&lt;b&gt;</bpt>Сохранить<ept id="1">&lt;/b&gt;</ept> сейчас<ph id="2">&lt;br/&gt;</ph>.</target>
      </trans-unit>
      <trans-unit id="lone">
        <source>Open <bpt id="1">&lt;i&gt;</bpt>the file<ept id="1">&lt;/i&gt;</ept> <g id="2">here</g>.</source>
        <target state="translated">Откройте <bpt id="1">&lt;i&gt;</bpt>файл<ept id="1">&lt;/i&gt;</ept> <g id="2">здесь</g>.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_the_project_memory_keeps_an_xliffs_codes_and_exports_their_native_code(project: Project, tmp_path: Path) -> None:
    """A client's XLIFF 1.2 `bpt`/`ept`/`ph` hold the original markup, as TMX's do: the project memory
    keeps them and `memory export` writes them in TMX's elements (they were generic `<bpt i="1"/>`)."""
    (tmp_path / "client.xlf").write_text(CLIENT_XLIFF, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["import", str(project.path), "--xliff", str(tmp_path / "client.xlf")]).exit_code == 0
    with Project.open(project.path) as reopened:
        for segment in reopened.segments():
            if segment.source.startswith("Open"):  # the translator drops the closing half
                editing.set_target(reopened, segment.id, "Откройте ⟦1⟧файл ⟦2⟧здесь⟦/2⟧.")
            editing.confirm(reopened, segment.id)
    for command in (["memory", "export", str(project.path), str(tmp_path / "memory.tmx")],
                    ["export", str(project.path), "--tmx", str(tmp_path / "project.tmx")]):
        result = runner.invoke(main, command)
        assert result.exit_code == 0, result.output
    with sqlite3.connect(project.path / "memory.db") as conn:
        assert all(codes and '"v":"xliff1"' in codes for (codes,) in conn.execute("select codes from units"))
    for name in ("memory.tmx", "project.tmx"):
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert ('<seg>Нажмите <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>Сохранить<ept i="1">&lt;/b&gt;</ept> '
                'сейчас<ph x="2">&lt;br/&gt;</ph>.</seg>') in text, text
        # a `bpt` whose `ept` the translator dropped is written alone as TMX's `it`; `g` has no native code
        assert '<seg>Откройте <it pos="begin" x="1"/>файл <bpt i="2"/>здесь<ept i="2"/>.</seg>' in text, text
