"""`workbench export`: files written, confirmed-only by default, clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core import editing
from workbench.core.ingest.importing import import_text
from workbench.core.project.store import Project
from workbench.formats.tmx import read_tmx

EN = "The club opened in 1923. Workers came every evening.\n\nThe party backed the clubs.\n"
RU = "Клуб открылся в 1923 году. Рабочие приходили каждый вечер.\n\nПартия поддержала клубы.\n"


@pytest.fixture
def folder(project: Project, tmp_path: Path) -> Path:
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "a.ru.txt").write_text(RU, encoding="utf-8")
    import_text(project, tmp_path / "a.en.txt", tmp_path / "a.ru.txt")
    editing.confirm(project, project.segments()[0].id)
    return project.path


def test_tmx_defaults_to_confirmed_segments(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.tmx"
    result = runner.invoke(main, ["export", str(folder), "--tmx", str(out)])
    assert result.exit_code == 0, result.output
    assert f"exported 1 of 3 segment pairs to {out}" in result.output
    assert "note: 2 pairs left out: still draft" in result.output and "--all includes them" in result.output
    assert [u.source for u in read_tmx(out, "en", "ru")] == ["The club opened in 1923."]



def test_a_bitext_export_says_how_many_segments_have_no_translation_yet(
        runner: CliRunner, project: Project, tmp_path: Path) -> None:
    """A chapter of 3 segments, one translated: "exported 1 of 1 segment pair" said nothing of the
    other two (a newcomer's day, session 25: "5 of 5" of a 168-segment chapter)."""
    (tmp_path / "a.en.txt").write_text("One sentence. Another one. A third one.\n", encoding="utf-8")
    import_text(project, tmp_path / "a.en.txt")
    first = project.segments()[0]
    editing.set_target(project, first.id, "Одно предложение.")
    editing.confirm(project, first.id)
    out = tmp_path / "out.tmx"
    result = runner.invoke(main, ["export", str(project.path), "--tmx", str(out)])
    assert result.exit_code == 0, result.output
    assert f"exported 1 of 1 segment pair to {out} (2 segments with no translation yet, no pair)" in result.output
    said = json.loads(runner.invoke(main, ["export", str(project.path), "--tmx", str(out), "--force", "--format", "json"]).stdout)
    assert [(r["pairs"], r["untranslated"]) for r in said] == [(1, 2)]

def test_xliff_from_an_empty_project_says_how_to_import_a_file_from_either_face(
        runner: CliRunner, project: Project, tmp_path: Path) -> None:
    """The core's refusal reaches the CLI and the TUI alike: it named only the CLI's flag, which
    the TUI's export dialog showed to a person who imports with `i` (user sweep, session 14)."""
    result = runner.invoke(main, ["export", str(project.path), "--xliff", str(tmp_path / "o.xlf")])
    assert result.exit_code == 2
    assert "workbench import" in result.stderr and "i in the project view" in result.stderr
    assert not (tmp_path / "o.xlf").exists()


def test_a_text_project_is_exported_as_a_new_xliff_that_translate_toolkit_reads_whole(
        runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    """A client asks for XLIFF of any project; a project made from a text was refused, having
    no XLIFF to fill (user sweep, session 17). Every segment is a unit, in order, the states and
    the comments kept; translate-toolkit's `xliff` store and our own reader get it all back."""
    from translate.storage import xliff as tt_xliff

    from workbench.formats.xliff import read_xliff

    with Project.open(folder) as project:
        segments = project.segments()
        editing.set_target(project, segments[2].id, "")
        editing.set_status(project, segments[1].id, "reviewed")
    assert runner.invoke(main, ["comment", "add", str(folder), "2", "check the tense"]).exit_code == 0
    out = tmp_path / "client.xlf"
    result = runner.invoke(main, ["export", str(folder), "--xliff", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["units"] == 3
    store = tt_xliff.xlifffile.parsefile(str(out))
    assert [(u.source, u.target or "") for u in store.units] == [
        ("The club opened in 1923.", "Клуб открылся в 1923 году."),
        ("Workers came every evening.", "Рабочие приходили каждый вечер."),
        ("The party backed the clubs.", ""),
    ]
    assert [u.isapproved() for u in store.units] == [False, True, False]
    assert "check the tense" in store.units[1].getnotes()
    back = list(read_xliff(out, "en", "ru"))
    assert [s.status for s in back] == ["translated", "reviewed", "draft"]
    assert [s.unit_id for s in back] == [str(s.id) for s in segments]


def test_all_and_several_files_at_once_as_json(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    args = ["export", str(folder), "--all", "--tmx", str(tmp_path / "o.tmx"), "--tsv", str(tmp_path / "o.tsv"),
            "--text", str(tmp_path / "o.txt"), "--format", "json"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert [(r["format"], r["units"]) for r in json.loads(result.output)] == [("tmx", 3), ("tsv", 3), ("text", 3)]
    assert (tmp_path / "o.txt").read_text(encoding="utf-8") == RU
    assert (tmp_path / "o.tsv").read_text(encoding="utf-8").count("\n") == 3


def test_control_characters_are_removed_with_a_warning(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    # Written straight into the database, as older versions or another tool left it: every
    # edit cleans a target now (editing.set_target), and an export still must not carry one.
    with Project.open(folder) as project, project.conn:
        project.conn.execute("update segments set target = ? where id = ?", ("Клуб\x0c открылся.", project.segments()[0].id))
    result = runner.invoke(main, ["export", str(folder), "--tmx", str(tmp_path / "o.tmx")])
    assert result.exit_code == 0
    assert "warning: removed 1 control characters" in result.output
    assert [u.target for u in read_tmx(tmp_path / "o.tmx", "en", "ru")] == ["Клуб открылся."]


def test_an_empty_project_exports_nothing_and_says_so(runner: CliRunner, project: Project, tmp_path: Path) -> None:
    result = runner.invoke(main, ["export", str(project.path), "--tmx", str(tmp_path / "o.tmx")])
    assert result.exit_code == 0
    assert "exported 0 of 0 segment pairs" in result.output and "left out" not in result.output


def test_mark_translated_then_export_takes_every_pair(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(main, ["mark-translated", str(folder)])
    assert result.exit_code == 0, result.output
    assert "marked 2 aligned draft pairs translated" in result.output
    out = tmp_path / "o.tmx"
    result = runner.invoke(main, ["export", str(folder), "--tmx", str(out)])
    assert f"exported 3 of 3 segment pairs to {out}" in result.output and "left out" not in result.output
    props = [dict(u.props) for u in read_tmx(out, "en", "ru")]
    assert [p["x-pair-locked"] for p in props] == ["yes", "yes", "yes"]


def test_lock_pairs_above_a_confidence(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(main, ["lock-pairs", str(folder), "--above", "0", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"locked": 2}
    with Project.open(folder) as project:
        assert all(s.locked for s in project.segments())
        assert [str(s.status) for s in project.segments()] == ["translated", "draft", "draft"]
    result = runner.invoke(main, ["lock-pairs", str(folder), "--above", "2"])
    assert result.exit_code == 2 and "between 0 and 1" in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["export", "{folder}"], "nothing to export"),
        (["export", "{tmp}/nowhere", "--tmx", "{tmp}/o.tmx"], "does not exist"),
        (["export", "{folder}", "--tmx", "{tmp}/missing/o.tmx"], "does not exist"),
    ],
)
def test_errors_are_one_line_and_exit_2(
    runner: CliRunner, folder: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(main, [a.format(folder=folder, tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workbench: error:") and message in lines[0]


@pytest.mark.parametrize("kind", ["tmx", "tsv", "text"])
def test_a_full_disk_names_the_file_and_leaves_no_half_written_one(
    runner: CliRunner, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    import errno
    import io

    from termbase import outputfile

    class Full(io.FileIO):
        def write(self, data: object) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputfile.os, "fdopen", lambda fd, mode: Full(fd, "wb"))
    out = tmp_path / "exports" / f"out.{kind}"
    out.parent.mkdir()
    result = runner.invoke(main, ["export", str(folder), "--all", f"--{kind}", str(out)])
    assert result.exit_code == 2
    assert result.output == f"workbench: error: {out}: No space left on device\n"
    assert list(out.parent.iterdir()) == []  # neither the file nor its temporary


def test_a_device_that_is_full_is_named(runner: CliRunner, folder: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    result = runner.invoke(main, ["export", str(folder), "--all", "--tsv", "/dev/full"])
    assert (result.exit_code, result.output) == (2, "workbench: error: /dev/full: No space left on device\n")


def test_the_text_export_does_not_call_drafts_translated(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    """One segment is translated and two are drafts; the text is the whole translation, drafts too,
    and said "exported 3 translated segments" (fourteenth session, a user's day)."""
    out = tmp_path / "out.txt"
    result = runner.invoke(main, ["export", str(folder), "--text", str(out)])
    assert result.exit_code == 0, result.output
    assert f"exported the translation of 3 segments (drafts included) to {out}" in result.output
    assert "translated segments" not in result.output


def test_a_tmx_projects_xliff_keeps_the_original_markup_of_its_codes(
        runner: CliRunner, project: Project, tmp_path: Path) -> None:
    """A project made from a TMX with native codes (`<bpt i="1">&lt;b&gt;</bpt>`) exported as XLIFF
    wrote generic `<bx id="1"/>`: the `<b>` and `<br/>` were lost to the client's tool. XLIFF 1.2
    holds the same native code in the same elements, paired by `id`."""
    from translate.storage import xliff as tt_xliff

    from workbench.formats.xliff import read_xliff

    tmx = tmp_path / "rich.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="html" '
        'segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu>'
        '<tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now'
        '<ph x="3">&lt;br/&gt;</ph>.</seg></tuv><tuv xml:lang="ru"><seg>Нажмите <bpt i="1">&lt;b&gt;</bpt>'
        'Сохранить<ept i="1">&lt;/b&gt;</ept> сейчас<ph x="3">&lt;br/&gt;</ph>.</seg></tuv></tu></body></tmx>\n',
        encoding="utf-8",
    )
    assert runner.invoke(main, ["import", str(project.path), "--tmx", str(tmx)]).exit_code == 0
    out = tmp_path / "client.xlf"
    result = runner.invoke(main, ["export", str(project.path), "--xliff", str(out)])
    assert result.exit_code == 0, result.output
    (unit,) = tt_xliff.xlifffile.parsefile(str(out)).units
    assert (unit.source, unit.target) == ("Press <b>Save</b> now<br/>.", "Нажмите <b>Сохранить</b> сейчас<br/>.")
    (segment,) = read_xliff(out, "en", "ru")
    assert segment.codes is not None
    assert [code.markup for code in segment.codes.target.values()] == [
        '<bpt id="1">&lt;b&gt;</bpt>', '<ept id="1">&lt;/b&gt;</ept>', '<ph id="2">&lt;br/&gt;</ph>']
