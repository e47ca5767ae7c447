"""Four frictions of the editor's day of session 42 (userday42), driven at 80x24 and 120x40
(session 43): the source box of F4 held three lines of a long paragraph; a client's MT imported
unmarked left the MT filter empty and nothing said how to mark one; `e` was offered on every
finding in F5, acting on OCR flags only; `ctrl+r` marked reviewed a segment whose comment was
still open, and said nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import Button, Input
from tui_helpers import Bead, build_project, drawn, open_editor, open_screen, settle, stored

from workbench.cli import main
from workbench.core.ingest.importing import import_text
from workbench.core.project import add_comment
from workbench.core.project.store import Project
from workbench.tui.app import make_app
from workbench.tui.screens.file_modals import ImportModal
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.project_screen import ProjectScreen
from workbench.tui.widgets.findings_panel import FindingList

SIZES = [(80, 24), (120, 40)]

PARAGRAPH = (
    "The digest reported that the finance ministers of the euro area had agreed late on Monday to "
    "extend the programme by another six months, on condition that the government in Athens "
    "submitted a list of reforms by the end of the week, and that the list was judged sufficient "
    "by the institutions formerly known as the troika."
)
"""Sixty words, a paragraph as a news digest's machine translation pairs them."""
PARAGRAPH_RU = (
    "В дайджесте сообщалось, что министры финансов еврозоны поздно вечером в понедельник договорились "
    "продлить программу ещё на шесть месяцев при условии, что правительство в Афинах до конца недели "
    "представит список реформ и что этот список признают достаточным учреждения, ранее известные как тройка."
)


@pytest.mark.parametrize("size", SIZES)
async def test_the_source_box_shows_a_long_paragraph_whole_above_the_target(
        tmp_path: Path, size: tuple[int, int]) -> None:
    path = build_project(tmp_path / "digest", [Bead((PARAGRAPH,), (PARAGRAPH_RU,)), Bead(("Short.",), ("Коротко.",))])
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 1)
        lines = drawn(app)
        box = screen.query_one("#source")
        shown = " ".join(line[box.region.x:box.region.right].strip() for line in lines[box.region.y:box.region.bottom])
        assert " ".join(shown.split()).startswith(PARAGRAPH.removesuffix("troika.")), shown  # every line of it
        editor = screen.editor.region  # the target below it, with room to type in
        assert editor.y >= box.region.bottom and editor.height >= 5 and editor.bottom <= size[1] - 1
        assert "В дайджесте сообщалось" in "\n".join(lines)
        assert screen.grid.region.height >= 5  # the list of segments keeps its rows


async def test_the_panel_shown_below_at_80x24_keeps_its_list_and_the_target(tmp_path: Path) -> None:
    path = build_project(tmp_path / "digest", [Bead((PARAGRAPH,), (PARAGRAPH_RU,))])
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("f8")
        await settle(pilot)
        side = screen.query_one("#side")
        assert side.region.height >= 7 and screen.editor.region.height >= 5
        assert screen.editor.region.bottom <= side.region.y


def _full_mt_tsv(tmp_path: Path) -> Path:
    tsv = tmp_path / "digest.tsv"
    tsv.write_text("The ministers met.\tМинистры встретились.\nThey agreed.\tОни договорились.\n", encoding="utf-8")
    return tsv


def test_an_import_of_filled_drafts_unmarked_says_how_to_mark_a_machine_translation(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = tmp_path / "p"
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    said = runner.invoke(main, ["import", str(folder), "--tsv", str(_full_mt_tsv(tmp_path))])
    assert said.exit_code == 0, said.output
    notes = [line for line in said.stderr.splitlines() if "mark-mt" in line]
    assert len(notes) == 1 and f"workbench segments {folder} --mt" in notes[0], said.stderr
    marked = runner.invoke(main, ["import", str(folder), "--tsv", str(_full_mt_tsv(tmp_path)), "--machine-translation"])
    assert marked.exit_code == 0 and "mark-mt" not in marked.stderr, marked.stderr
    partial = tmp_path / "partial.tsv"  # a target missing: no full prefill
    partial.write_text("The ministers met.\tМинистры встретились.\nThey agreed.\t\n", encoding="utf-8")
    done = runner.invoke(main, ["import", str(folder), "--tsv", str(partial), "--json"])
    assert done.exit_code == 0 and '"unmarked_prefill": false' in done.stdout, done.stdout


def test_a_files_own_mt_marks_and_finished_work_are_no_unmarked_prefill(tmp_path: Path) -> None:
    english, russian = tmp_path / "d.en.txt", tmp_path / "d.ru.txt"
    english.write_text("The ministers met. They agreed.\n", encoding="utf-8")
    russian.write_text("Министры встретились. Они договорились.\n", encoding="utf-8")
    xliff = tmp_path / "d.xlf"
    xliff.write_text(
        '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="d" source-language="en" target-language="ru" datatype="plaintext"><body>'
        '<trans-unit id="1"><source>The ministers met.</source>'
        '<target state-qualifier="mt-suggestion">Министры встретились.</target></trans-unit>'
        '<trans-unit id="2"><source>They agreed.</source><target state="translated">Они договорились.</target>'
        '</trans-unit></body></file></xliff>', encoding="utf-8")
    with Project.create(tmp_path / "p", "en", "ru") as project:
        assert import_text(project, english, russian).unmarked_prefill
        assert not import_text(project, english, russian, machine=True).unmarked_prefill
        from workbench.core.ingest import import_xliff
        assert not import_xliff(project, xliff).unmarked_prefill  # one MT mark, one confirmed


@pytest.mark.parametrize("size", SIZES)
async def test_the_import_form_says_how_to_mark_a_machine_translation(tmp_path: Path, size: tuple[int, int]) -> None:
    folder = tmp_path / "p"
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("i")
        modal = app.screen
        assert isinstance(modal, ImportModal)
        modal.query_one("#source", Input).value = str(_full_mt_tsv(tmp_path))
        modal.query_one("#ok", Button).press()
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        said = [str(n.message) for n in app._notifications if str(n.message).startswith("Imported digest")]
        assert len(said) == 1 and "“document: mark its drafts as machine translation”" in said[0], said


def _scanned_book(tmp_path: Path) -> Path:
    english, russian = tmp_path / "page.en.txt", tmp_path / "page.ru.txt"
    english.write_text("The clubs opened in 1923. The party backed them. The clubs had 2 rooms.\n", encoding="utf-8")
    russian.write_text("Клубы открылись в 1923 году. Партия поддерживала лtXня. В клубах было 3 комнаты.\n",
                       encoding="utf-8")
    with Project.create(tmp_path / "book", "en", "ru") as project:
        import_text(project, english, russian)
    return tmp_path / "book"


@pytest.mark.parametrize("size", SIZES)
async def test_correct_is_offered_on_an_ocr_finding_only(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(_scanned_book(tmp_path))
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        listed = screen.query_one(FindingList)
        checks = [f.check for f in screen.shown]
        assert "ocr-suspect" in checks and any(c != "ocr-suspect" for c in checks), checks
        for index, check in enumerate(checks):
            if index:
                await pilot.press("down")
            assert listed.current is screen.shown[index]
            await settle(pilot)
            footer = drawn(app)[-1]
            offered = "e" in screen.active_bindings
            assert offered == (check == "ocr-suspect"), (check, footer)
            assert ("Correct" in footer) == offered, (check, footer)
            if not offered:
                before = len(app._notifications)
                await pilot.press("e")  # nothing to act on: no toast telling the user to choose another
                await settle(pilot)
                assert app.screen is screen and len(app._notifications) == before


@pytest.mark.parametrize("size", SIZES)
async def test_review_leaves_a_segment_with_an_open_comment_as_it_was_and_says_why(
        tmp_path: Path, size: tuple[int, int]) -> None:
    path = build_project(tmp_path / "p")
    with Project.open(path) as project:
        add_comment(project, project.segments()[0].id, "Is «санкция» right here?", "editor")
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert stored(path)[0]["status"] == "draft" and screen.grid.cursor == 0
        said = [str(n.message) for n in app._notifications]
        assert any("Segment 1 is not marked reviewed: it has an open comment" in m for m in said), said
        await pilot.press("alt+k")  # the comment answered and resolved, as the line says
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert stored(path)[0]["status"] == "reviewed" and screen.grid.cursor == 1


async def test_review_under_the_comment_form_leaves_the_segment_and_the_typed_comment(tmp_path: Path) -> None:
    path = build_project(tmp_path / "p")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("alt+c")
        form = app.screen
        await pilot.press(*"check the term")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.screen is form and form.query_one("#text", Input).value == "check the term"
        assert stored(path)[0]["status"] == "draft" and screen.grid.cursor == 0
