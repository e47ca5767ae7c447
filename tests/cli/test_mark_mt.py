"""A document's drafts marked as machine translation after its import, the TMX files' own engine
marks read, and one note after an import of drafts (session 44, tuifix44).

Session 43 left a client's MT imported without `--machine-translation` unmarkable but by
removing the document and importing it again; a TMX whose units say an engine wrote them
(`<prop type="Origin">MT</prop>`, `creationid="MT!"`) came in as a person's translation; and a
person's two files got two notes on stderr, one of them about machine translation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.editing import undo
from workbench.core.project import Project
from workbench.formats.tmx_marks import machine_marked

PEER_TMX = Path(__file__).resolve().parents[3] / "shared" / "external-peers" / "tmx"

ENGLISH = "The commission authorized ten funds.\n\nCritics blasted the agency on Wednesday night.\n"
RUSSIAN = "Комиссия разрешила десять фондов.\n\nКритики раскритиковали ведомство в среду вечером.\n"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def two_files(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder = tmp_path / "news project"  # a space: the commands the notes name must still run
    assert invoke("init", str(folder))[0] == 0
    (tmp_path / "news.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "news.ru.txt").write_text(RUSSIAN, encoding="utf-8")
    return folder, tmp_path / "news.txt", tmp_path / "news.ru.txt"


def mt_targets(folder: Path) -> list[str]:
    code, out, _ = invoke("segments", str(folder), "--mt", "--format", "json")
    assert code == 0, out
    return [row["target"] for row in json.loads(out)]


def test_a_persons_two_files_get_one_note_naming_both_ways(tmp_path: Path) -> None:
    folder, english, russian = two_files(tmp_path)
    code, out, err = invoke("import", str(folder), "--source", str(english), "--target", str(russian), "--no-semantic")
    assert code == 0, err
    notes = [line for line in err.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and len(err.splitlines()) == 1, err
    assert f"`workbench mark-translated '{folder}'`" in notes[0] and f"`workbench mark-mt '{folder}' news`" in notes[0]
    code, out, err = invoke("import", str(folder), "--source", str(english), "--target", str(russian), "--no-semantic",
                            "--json")
    report = json.loads(out)
    assert report["unmarked_prefill"] and "mark-translated" in report["note"] and "mark-mt" in report["note"]


def test_mark_mt_marks_a_documents_drafts_once_as_one_undo_step(tmp_path: Path) -> None:
    folder, english, russian = two_files(tmp_path)
    assert invoke("import", str(folder), "--source", str(english), "--target", str(russian), "--no-semantic")[0] == 0
    assert mt_targets(folder) == []
    code, out, err = invoke("mark-mt", str(folder), "news")
    assert (code, out) == (0, "marked 2 drafts of 'news' as machine translation (one undo step)\n"), err
    assert mt_targets(folder) == [line for line in RUSSIAN.splitlines() if line]
    code, out, _ = invoke("mark-mt", str(folder), "news", "--json")
    assert code == 0 and json.loads(out) == {"document": "news", "marked": 0}  # marked already: nothing to do
    with Project.open(folder) as project:
        reverted = undo(project, across_sessions=True)  # the CLI's step: another session
    assert reverted is not None and reverted.action == "mark-machine" and mt_targets(folder) == []


def test_mark_mt_leaves_confirmed_and_post_edited_segments_alone(tmp_path: Path) -> None:
    folder, english, russian = two_files(tmp_path)
    assert invoke("import", str(folder), "--source", str(english), "--target", str(russian), "--no-semantic",
                  "--machine-translation")[0] == 0
    with Project.open(folder) as project, project.transaction():
        first, second = (row[0] for row in project.conn.execute("select id from segments order by seq"))
        project.conn.execute("update segments set target = 'Комиссия одобрила десять фондов.' where id = ?", [first])
        project.conn.execute("update segments set machine = null, status = 'translated' where id = ?", [second])
    code, out, _ = invoke("mark-mt", str(folder), "news")
    assert code == 0 and out.startswith("marked 0 drafts"), out  # a person's edit and confirmation stand
    assert mt_targets(folder) == []


def test_mark_mt_of_a_document_the_project_lacks_is_one_line_exit_2(tmp_path: Path) -> None:
    folder, english, russian = two_files(tmp_path)
    assert invoke("import", str(folder), "--source", str(english), "--target", str(russian), "--no-semantic")[0] == 0
    code, out, err = invoke("mark-mt", str(folder), "digest")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "'news'" in err, err


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence"
 adminlang="en" srclang="en" o-tmf="t"/><body>
<tu><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="ru"><prop type="Origin">MT</prop><seg>Один.</seg></tuv></tu>
<tu creationid="MT!"><tuv xml:lang="en"><seg>Two.</seg></tuv><tuv xml:lang="ru"><seg>Два.</seg></tuv></tu>
<tu><prop type="x-mt">true</prop><tuv xml:lang="en"><seg>Three.</seg></tuv><tuv xml:lang="ru"><seg>Три.</seg></tuv></tu>
<tu creationid="DeepL API" changeid="Maria"><tuv xml:lang="en"><seg>Four.</seg></tuv><tuv xml:lang="ru"><seg>Четыре.</seg></tuv></tu>
<tu creationid="mtaylor"><tuv xml:lang="en"><seg>Five.</seg></tuv><tuv xml:lang="ru"><seg>Пять.</seg></tuv></tu>
</body></tmx>
"""
"""Three units an engine marks three ways; one an engine made and a person changed; one by a
person whose login starts with the letters MT."""


def test_a_tmx_units_engine_marks_come_in_as_mt(tmp_path: Path) -> None:
    folder = tmp_path / "tm"
    assert invoke("init", str(folder))[0] == 0
    (tmp_path / "vendor.tmx").write_text(TMX, encoding="utf-8")
    code, _, err = invoke("import", str(folder), "--tmx", str(tmp_path / "vendor.tmx"))
    assert code == 0 and "3 targets are machine translations" in err and "mark-mt" not in err, err
    assert mt_targets(folder) == ["Один.", "Два.", "Три."]


def test_the_tmx_specifications_own_example_marks_its_first_unit_mt(tmp_path: Path) -> None:
    """The TMX 1.4 example (Okapi's copy among the peers' files) writes `<prop type="Origin">MT</prop>`
    on its French variant."""
    sample = PEER_TMX / "okapi-sampleTMX2.tmx"
    if not sample.is_file():
        pytest.skip("the peers' TMX files are not here")
    folder = tmp_path / "fr"
    assert invoke("init", str(folder), "--source-lang", "en", "--target-lang", "fr")[0] == 0
    code, _, err = invoke("import", str(folder), "--tmx", str(sample))
    assert code == 0 and "1 target is a machine translation" in err, err
    assert [target.startswith("données") for target in mt_targets(folder)] == [True]


@pytest.mark.parametrize(("props", "creator", "changer", "marked"), [
    ([("x-Origin", "NeuralMachineTranslation")], None, None, True),
    ([("x-TranslationOrigin", "Machine Translation")], "anna", "anna", True),
    ([("x-machine-translation", "yes")], None, None, True),
    ([("x-mt", "false")], None, None, False),
    ([("Origin", "TM")], None, None, False),
    ([("x-Domain", "MT")], None, None, False),  # a prop of another kind naming MT
    ([], "Google Translate (NMT)", None, True),
    ([], "MT: ModernMT", None, True),
    ([], "mtaylor", None, False),
    ([], "DeepL", "Anna Petrova", False),  # an engine's, changed by a person since
    ([], None, None, False),
])
def test_which_marks_say_machine_translation(props: list[tuple[str, str]], creator: str | None,
                                             changer: str | None, marked: bool) -> None:
    assert machine_marked(props, creator, changer) is marked
