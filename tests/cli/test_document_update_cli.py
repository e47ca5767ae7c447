"""`workbench import --update`: a new version of a document, or a vendor's re-delivery, updates it.

Session 33's QA lead had to build a fresh project for every delivery: imported again, a revised
source or a second delivery became a second document, every pair twice, the translator's
targets, acceptances, comments and review state left with the first. Here the CLI runs as a
process on real files, as a CI job runs it.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.editing import confirm, set_target, undo
from workbench.core.project import Project


def workbench(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300, check=False)


def ok(*args: str, cwd: Path) -> str:
    done = workbench(*args, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return done.stdout


def segments(folder: Path) -> list[dict[str, object]]:
    with sqlite3.connect(folder / "project.db") as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(
            "select s.id, s.source, s.target, s.status, s.prefilled, s.unit_id, s.locked from segments s "
            "join documents d on d.id = s.document_id order by d.seq, s.seq")]


FIRST = """The club opened in 1923. It had a library of two hundred books.

Workers came every evening after the shift. They read newspapers aloud.

The choir sang on Sundays. The hall was cold in winter.
"""
REVISED = """The club opened in 1923. It had a library of three hundred books.

A new theatre group met on Fridays. They read newspapers aloud.

The hall was cold in winter. The choir sang on Sundays.
"""
"""The client's revision: a sentence changed (two → three hundred), one removed (the workers),
one added (the theatre group), two moved (the choir and the hall swap places)."""
TRANSLATED = {
    "The club opened in 1923.": "Клуб открылся в 1923 году.",
    "It had a library of two hundred books.": "В нём была библиотека из двухсот книг.",
    "Workers came every evening after the shift.": "Рабочие приходили каждый вечер после смены.",
    "They read newspapers aloud.": "Они читали газеты вслух.",
    "The choir sang on Sundays.": "Хор пел по воскресеньям.",
}


@pytest.fixture
def translated(tmp_path: Path) -> Path:
    """A project of FIRST, translated in part and confirmed, with a comment and an acceptance."""
    (tmp_path / "club.en.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "club-v2.en.txt").write_text(REVISED, encoding="utf-8")
    ok("init", "p", cwd=tmp_path)
    ok("import", "p", "--source", "club.en.txt", cwd=tmp_path)
    with Project.open(tmp_path / "p") as project:  # the translator's work, as the editor saves it
        for row in segments(tmp_path / "p"):
            if row["source"] in TRANSLATED:
                set_target(project, int(str(row["id"])), TRANSLATED[str(row["source"])])
                confirm(project, int(str(row["id"])))
    ok("comment", "add", "p", "5", "Is it a church choir?", cwd=tmp_path)
    return tmp_path


def by_source(folder: Path) -> dict[str, dict[str, object]]:
    return {str(row["source"]): row for row in segments(folder)}


def test_a_revised_source_keeps_the_work_done_on_what_did_not_change(translated: Path) -> None:
    before = by_source(translated / "p")
    report = json.loads(ok("import", "p", "--source", "club-v2.en.txt", "--update", "club", "--json", cwd=translated))
    assert report == {"document": "club", "kind": "text", "kept": 4, "retranslated": 0, "moved": 1, "changed": 1,
                      "fuzzy": 1, "new": 1, "removed": 1, "kept_in_memory": 1, "skipped": 0}
    after = by_source(translated / "p")
    assert [row["source"] for row in segments(translated / "p")] == [
        "The club opened in 1923.", "It had a library of three hundred books.", "A new theatre group met on Fridays.",
        "They read newspapers aloud.", "The hall was cold in winter.", "The choir sang on Sundays."]
    for kept in ("The club opened in 1923.", "They read newspapers aloud.", "The choir sang on Sundays."):
        assert after[kept]["id"] == before[kept]["id"]  # the same segment: its comments and acceptances stay
        assert (after[kept]["target"], after[kept]["status"]) == (TRANSLATED[kept], "translated")
    changed = after["It had a library of three hundred books."]
    assert changed["id"] == before["It had a library of two hundred books."]["id"]
    assert (changed["target"], changed["status"]) == ("В нём была библиотека из двухсот книг.", "draft")
    assert isinstance(changed["prefilled"], int) and 80 <= changed["prefilled"] < 100  # a fuzzy match, shown as TM 9x
    assert after["A new theatre group met on Fridays."]["target"] == ""
    assert "Workers came every evening after the shift." not in after
    comments = json.loads(ok("comment", "list", "p", "--format", "json", cwd=translated))
    assert [c["text"] for c in comments] == ["Is it a church choir?"]
    assert comments[0]["segment"] == 6  # the choir's segment, moved to the end with its comment
    assert comments[0]["segment_id"] == before["The choir sang on Sundays."]["id"]
    hits = json.loads(ok("memory", "search", "p", "evening", "--memory-only", "--format", "json", cwd=translated))
    assert "Рабочие приходили каждый вечер после смены." in json.dumps(hits, ensure_ascii=False)  # kept in the memory


def test_the_update_is_one_undo_step_that_puts_the_document_back(translated: Path) -> None:
    before = segments(translated / "p")
    ok("import", "p", "--source", "club-v2.en.txt", "--update", cwd=translated)  # no name: the project's only text
    with Project.open(translated / "p") as project:
        step = undo(project, across_sessions=True)
        assert step is not None and step.action == "update-document"
        source_file = project.conn.execute("select source_file from documents").fetchone()[0]
        sentences = [row[0] for row in project.conn.execute("select text from sentences order by seq")]
    assert segments(translated / "p") == before
    assert source_file == "sources/club.en.txt"
    assert sentences[2] == "Workers came every evening after the shift."
    assert "sources/club.en.txt" in (translated / "p" / "project.toml").read_text(encoding="utf-8")


def tmx(units: list[tuple[str, str, str]]) -> str:
    body = "\n".join(
        f'<tu tuid="{tuid}"><tuv xml:lang="en"><seg>{s}</seg></tuv><tuv xml:lang="ru"><seg>{t}</seg></tuv></tu>'
        for tuid, s, t in units)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="vendor" '
            'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>'
            f"<body>\n{body}\n</body></tmx>\n")


DELIVERY = [("a1", "The letter was written in 1908.", "Письмо было написано в 1907 году."),
            ("a2", "Violence is not the answer.", "Насилие — не ответ."),
            ("a3", "Love is the law of life.", "Любовь — закон жизни.")]
"""A vendor's TMX delivery: a wrong year in a1."""


def test_a_vendors_tmx_redelivery_updates_the_same_document_and_check_reports_only_what_is_new(tmp_path: Path) -> None:
    (tmp_path / "letter.tmx").write_text(tmx(DELIVERY), encoding="utf-8")
    again = [DELIVERY[0], ("a4", "It was sent in 1909.", "Его отправили в 1910 году."), *DELIVERY[1:]]
    (tmp_path / "letter-v2.tmx").write_text(tmx(again), encoding="utf-8")
    ok("init", "p", cwd=tmp_path)
    ok("import", "p", "--tmx", "letter.tmx", cwd=tmp_path)
    first = json.loads(workbench("check", "p", "--format", "json", cwd=tmp_path).stdout)
    assert [(f["check"], f["unit"]) for f in first] == [("number-mismatch", "a1")]  # the tuid names the unit
    ok("check", "accept", "p", "--segment", "1", "--check", "number-mismatch", "--reason", "the client's date",
       cwd=tmp_path)
    report = json.loads(ok("import", "p", "--tmx", "letter-v2.tmx", "--update", "letter", "--json", cwd=tmp_path))
    assert (report["kept"], report["new"], report["removed"]) == (3, 1, 0)
    assert [row["unit_id"] for row in segments(tmp_path / "p")] == ["a1", "a4", "a2", "a3"]  # one document, in order
    second = json.loads(workbench("check", "p", "--format", "json", cwd=tmp_path).stdout)
    assert [(f["check"], f["unit"]) for f in second] == [("number-mismatch", "a4")]  # the accepted a1 stays silent
    ok("export", "p", "--tmx", "out.tmx", "--all", cwd=tmp_path)
    written = (tmp_path / "out.tmx").read_text(encoding="utf-8")
    assert [f'tuid="{t}"' in written for t in ("a1", "a4", "a2", "a3")] == [True] * 4  # the tuids kept through export


def xliff(version: str, units: list[tuple[str, str, str]]) -> str:
    if version == "1.2":
        body = "\n".join(f'<trans-unit id="{i}"><source>{s}</source><target state="translated">{t}</target></trans-unit>'
                         for i, s, t in units)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
                f'<file original="letter.html" source-language="en" target-language="ru" datatype="html"><body>\n{body}\n'
                "</body></file></xliff>\n")
    body = "\n".join(f'<unit id="{i}"><segment state="translated"><source>{s}</source><target>{t}</target></segment></unit>'
                     for i, s, t in units)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            f'srcLang="en" trgLang="ru"><file id="f1">\n{body}\n</file></xliff>\n')


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_a_vendors_xliff_redelivery_is_matched_by_its_unit_ids(tmp_path: Path, version: str) -> None:
    (tmp_path / "letter.xlf").write_text(xliff(version, DELIVERY), encoding="utf-8")
    again = [(DELIVERY[0][0], DELIVERY[0][1], "Письмо было написано в 1908 году."), DELIVERY[1],
             ("a3", "Love is the supreme law of life.", "Любовь — высший закон жизни.")]
    (tmp_path / "letter-v2.xlf").write_text(xliff(version, again), encoding="utf-8")
    ok("init", "p", cwd=tmp_path)
    ok("import", "p", "--xliff", "letter.xlf", cwd=tmp_path)
    ok("comment", "add", "p", "3", "Check the quotation", cwd=tmp_path)
    report = json.loads(ok("import", "p", "--xliff", "letter-v2.xlf", "--update", "letter", "--json", cwd=tmp_path))
    assert (report["kept"], report["retranslated"], report["changed"], report["new"], report["removed"]) == (2, 1, 1, 0, 0)
    rows = segments(tmp_path / "p")
    assert [(r["unit_id"], r["target"]) for r in rows] == [(u, t) for u, _, t in again]
    assert rows[2]["id"] == 3 and rows[2]["status"] == "translated"  # a3 is the same segment, with the vendor's new target
    review = ok("review", "p", "--format", "json", cwd=tmp_path)
    assert "Письмо было написано в 1907 году." in review  # the tracked change of the re-delivered target
    assert json.loads(ok("comment", "list", "p", "--format", "json", cwd=tmp_path))[0]["segment_id"] == 3
    ok("export", "p", "--xliff", "out.xlf", cwd=tmp_path)
    assert "высший закон" in (tmp_path / "out.xlf").read_text(encoding="utf-8")  # the new file, filled in


def test_a_redelivered_tsv_without_stable_ids_is_matched_by_source(tmp_path: Path) -> None:
    (tmp_path / "d.tsv").write_text("".join(f"{s}\t{t}\n" for _, s, t in DELIVERY), encoding="utf-8")
    (tmp_path / "d-v2.tsv").write_text("".join(f"{s}\t{t}\n" for _, s, t in reversed(DELIVERY)), encoding="utf-8")
    ok("init", "p", cwd=tmp_path)
    ok("import", "p", "--tsv", "d.tsv", cwd=tmp_path)
    ids = {row["source"]: row["id"] for row in segments(tmp_path / "p")}
    report = json.loads(ok("import", "p", "--tsv", "d-v2.tsv", "--update", "d", "--json", cwd=tmp_path))
    assert (report["kept"], report["moved"], report["new"], report["removed"]) == (3, 2, 0, 0)
    assert [(row["id"], row["source"]) for row in segments(tmp_path / "p")] == [
        (ids[s], s) for _, s, _ in reversed(DELIVERY)]


@pytest.mark.parametrize(("args", "said"), [
    (("--tsv", "d.tsv", "--update", "club"), "the document 'club' was imported as text"),
    (("--source", "club-v2.en.txt", "--update", "nothing"), "the project has no document named 'nothing'"),
    (("--source", "club-v2.en.txt", "--target", "club-v2.en.txt", "--update"), "--update takes the new version of a source text alone"),
    (("--tsv", "d.tsv", "--pretranslate"), "--pretranslate goes with --update"),
])
def test_a_wrong_update_is_refused_in_one_line_and_changes_nothing(translated: Path, args: tuple[str, ...], said: str) -> None:
    (translated / "d.tsv").write_text("One.\tОдин.\n", encoding="utf-8")
    before = segments(translated / "p")
    toml = (translated / "p" / "project.toml").read_text(encoding="utf-8")
    done = workbench("import", "p", *args, cwd=translated)
    assert done.returncode == 2
    assert said in done.stderr and len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert segments(translated / "p") == before
    assert (translated / "p" / "project.toml").read_text(encoding="utf-8") == toml


def test_new_segments_are_pretranslated_from_the_memory_when_asked(translated: Path) -> None:
    (translated / "tm.tsv").write_text("A new theatre group met on Fridays.\tПо пятницам собирался новый театральный кружок.\n",
                                       encoding="utf-8")
    ok("memory", "import", "p", "tm.tsv", cwd=translated)
    said = ok("import", "p", "--source", "club-v2.en.txt", "--update", "club", "--pretranslate", cwd=translated)
    assert "pre-translated 1 of the 1 new segment" in said
    new = by_source(translated / "p")["A new theatre group met on Fridays."]
    assert (new["target"], new["status"], new["prefilled"]) == ("По пятницам собирался новый театральный кружок.", "draft", 100)


def test_a_revised_source_imported_without_update_says_which_document_it_repeats(translated: Path) -> None:
    """The import is not refused (a second copy may be wanted), but it names the document the file
    repeats and the command that updates it instead."""
    done = workbench("import", "p", "--source", "club-v2.en.txt", cwd=translated)
    assert done.returncode == 0, done.stderr
    assert "imported 'club-v2'" in done.stdout
    warning = done.stderr.strip().splitlines()[-1]
    assert warning.startswith("warning: 67% of its segments are in the document 'club' already")
    command = warning.split("`")[1]  # to copy: the project's and the file's paths as given to the import
    assert command.startswith("workbench import p --source ")  # as typed, not absolute (userday44)
    assert command.endswith("club-v2.en.txt --update club")
    report = json.loads(ok("import", "p", "--source", "club.en.txt", "--json", cwd=translated))
    assert report["earlier_version"] in ("club", "club-v2")  # both hold all of FIRST's sentences but one
    assert report["warnings"][-1].startswith("100% of its segments are in the document")


def test_an_unrelated_document_imports_without_a_warning(translated: Path) -> None:
    (translated / "other.en.txt").write_text("The river froze in November. Nobody crossed it until spring.\n",
                                             encoding="utf-8")
    done = workbench("import", "p", "--source", "other.en.txt", "--json", cwd=translated)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["earlier_version"] is None and json.loads(done.stdout)["warnings"] == []


XLIFF_NOTES = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="doc.txt" source-language="en" target-language="ru" datatype="plaintext"><body>
{units}
 </body></file>
</xliff>
"""


def xliff_with_notes(units: list[tuple[str, str, str]]) -> str:
    return XLIFF_NOTES.format(units="\n".join(
        f'  <trans-unit id="{uid}"><source>{source}</source><note>{note}</note></trans-unit>'
        for uid, source, note in units))


def test_an_xliff_update_keeps_the_notes_of_new_units_and_the_new_notes_of_kept_ones(tmp_path: Path) -> None:
    first = [("1", "The club opened in 1923.", "Keep the year."), ("2", "Workers came every evening.", "Old note.")]
    (tmp_path / "doc.xlf").write_text(xliff_with_notes(first), encoding="utf-8")
    revised = [first[0], ("2", "Workers came every evening.", "A new note from the client."),
               ("3", "The choir sang on Sundays.", "A church choir: see the glossary.")]
    (tmp_path / "doc-v2.xlf").write_text(xliff_with_notes(revised), encoding="utf-8")
    ok("init", "p", cwd=tmp_path)
    ok("import", "p", "--xliff", "doc.xlf", cwd=tmp_path)
    ok("import", "p", "--xliff", "doc-v2.xlf", "--update", "doc", cwd=tmp_path)
    with sqlite3.connect(tmp_path / "p" / "project.db") as conn:
        notes = conn.execute("select s.unit_id, f.message from segments s join segment_findings f on f.segment_id = s.id "
                             "where f.\"check\" = 'xliff-note' order by s.seq").fetchall()
    assert notes == [("1", "Keep the year."), ("2", "A new note from the client."),
                     ("3", "A church choir: see the glossary.")]
