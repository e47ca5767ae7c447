"""A client's XLIFF pre-filled by machine translation (usersweep26, a post-editor's day).

Targets marked `state-qualifier="mt-suggestion"` (or `leveraged-mt`) come in as MT: told from a
person's drafts until someone edits or confirms them, filtered by `segments --mt`, counted by
`status`; the export takes the qualifier off what a person touched and leaves it on the rest.
The delivery is read back as XML and with translate-toolkit's reader.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from lxml import etree
from translate.storage import xliff as tt_xliff

from workbench.cli import main
from workbench.core import editing
from workbench.core.project.store import Project

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
MT = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="news.txt" source-language="en" target-language="ru" datatype="plaintext">
    <body>
      <trans-unit id="title"><source>Regulators Approve New Bitcoin ETFs</source>
        <target state="translated">Регуляторы одобрили новые биткойн-ETF</target></trans-unit>
      <trans-unit id="edited"><source>The commission authorized 10 exchange-traded funds.</source>
        <target state="needs-review-translation" state-qualifier="mt-suggestion">Комиссия разрешила 10 биржевых фондов.</target></trans-unit>
      <trans-unit id="confirmed"><source>Critics blasted the SEC on Wednesday night.</source>
        <target state="needs-review-translation" state-qualifier="leveraged-mt">Критики раскритиковали SEC в среду вечером.</target></trans-unit>
      <trans-unit id="untouched"><source>The SEC rejected applications for years.</source>
        <target state="needs-review-translation" state-qualifier="mt-suggestion">SEC годами отклоняла заявки.</target></trans-unit>
      <trans-unit id="empty"><source>Nothing yet.</source></trans-unit>
    </body>
  </file>
</xliff>
"""


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def mt_project(tmp_path: Path) -> Path:
    source = tmp_path / "news-mt.xlf"
    source.write_text(MT, encoding="utf-8")
    folder = tmp_path / "post-edit"
    run("init", str(folder), "--source-lang", "en", "--target-lang", "ru")
    said = run("import", str(folder), "--xliff", str(source))
    assert "3 targets are machine translations" in said
    return folder


def by_unit(project: Project) -> dict[str, int]:
    return {str(unit): int(sid) for sid, unit in project.conn.execute("select id, unit_id from segments")}


def test_mt_targets_come_in_as_mt_until_a_person_edits_or_confirms_them(tmp_path: Path) -> None:
    folder = mt_project(tmp_path)
    with Project.open(folder) as project:
        ids = by_unit(project)
        mt = {s.id for s in project.segments() if s.unreviewed_mt}
        assert mt == {ids["edited"], ids["confirmed"], ids["untouched"]}  # not the person's, not the empty one
        editing.set_target(project, ids["edited"], "Комиссия одобрила 10 биржевых фондов.")
        editing.confirm(project, ids["confirmed"])
        assert {s.id for s in project.segments() if s.unreviewed_mt} == {ids["untouched"]}
        editing.undo(project)  # the confirmation
        editing.undo(project)  # the edit: the machine's words are back, and so is the mark
        assert {s.id for s in project.segments() if s.unreviewed_mt} == mt
    listed = json.loads(run("segments", str(folder), "--mt", "--format", "json"))
    assert [row["target"] for row in listed] == [
        "Комиссия разрешила 10 биржевых фондов.", "Критики раскритиковали SEC в среду вечером.",
        "SEC годами отклоняла заявки."]
    assert all(row["unreviewed_mt"] for row in listed)
    assert "machine translations nobody has edited or confirmed yet: 3" in run("status", str(folder))
    assert json.loads(run("status", str(folder), "--format", "json"))["segments"]["unreviewed_mt"] == 3


def test_the_delivery_keeps_mt_only_on_what_nobody_touched(tmp_path: Path) -> None:
    """An edited or confirmed MT unit lost its `state="needs-review-translation"` but kept
    `state-qualifier="mt-suggestion"`: the client's tool read the post-editor's words as MT."""
    folder = mt_project(tmp_path)
    with Project.open(folder) as project:
        ids = by_unit(project)
        editing.set_target(project, ids["edited"], "Комиссия одобрила 10 биржевых фондов.")
        editing.confirm(project, ids["confirmed"])
    delivery = tmp_path / "delivery.xlf"
    run("export", str(folder), "--xliff", str(delivery))
    root = etree.parse(str(delivery)).getroot()
    targets = {unit.get("id"): unit.find("x:target", NS) for unit in root.iterfind(".//x:trans-unit", NS)}
    assert dict(targets["edited"].attrib) == {"state": "needs-review-translation"}
    assert dict(targets["confirmed"].attrib) == {"state": "translated"}
    assert dict(targets["untouched"].attrib) == {"state": "needs-review-translation", "state-qualifier": "mt-suggestion"}
    assert dict(targets["title"].attrib) == {"state": "translated"}
    read = {unit.getid().rsplit("\x04", 1)[-1]: unit for unit in tt_xliff.xlifffile.parsestring(delivery.read_bytes()).units}
    assert read["edited"].target == "Комиссия одобрила 10 биржевых фондов."
    assert read["untouched"].target == "SEC годами отклоняла заявки."
    # Imported again (the client's next round), the untouched unit is MT still, the others are not.
    again = tmp_path / "again"
    run("init", str(again), "--source-lang", "en", "--target-lang", "ru")
    run("import", str(again), "--xliff", str(delivery))
    with Project.open(again) as project:
        ids = by_unit(project)
        assert {s.id for s in project.segments() if s.unreviewed_mt} == {ids["untouched"]}
