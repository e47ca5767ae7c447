"""The project view: the summary, and import, align, check, export and open run from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, ProgressBar, Select, Static
from tui_helpers import SIZE, settle, stored

from workbench.core import editing
from workbench.core.project.store import Project
from workbench.errors import ProjectError
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.file_modals import ExportModal, ImportModal, OpenProjectModal
from workbench.tui.screens.project_screen import ProjectScreen, segments_phrase

SAMPLE_SOURCES = Path(__file__).resolve().parents[2] / "projects" / "workers-clubs" / "sources"


def text(app: WorkbenchApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_summary_shows_languages_documents_progress_and_findings(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        assert "en → ru" in text(app, "#project-title")
        assert "8 segments, 12% confirmed" in text(app, "#progress-text")
        table = app.screen.query_one("#documents", DataTable)
        assert table.row_count == 1
        findings = text(app, "#findings-text")
        assert "errors: 3" in findings and "warnings: 2" in findings


def test_segment_counts_use_plural_forms() -> None:
    assert segments_phrase(1) == "1 segment"
    assert segments_phrase(50_000) == "50,000 segments"


def assert_task_bar_full(app: WorkbenchApp) -> None:
    """The task's progress bar was driven to its end (not left spinning without a total)."""
    bar = app.screen.query_one("#task-bar", ProgressBar)
    assert bar.total is not None and bar.progress == bar.total


async def test_import_a_document_and_its_translation(app: WorkbenchApp, project_path: Path) -> None:
    source, target = SAMPLE_SOURCES / "workers-clubs.en.txt", SAMPLE_SOURCES / "workers-clubs.ru.txt"
    if not target.exists():
        pytest.skip("the sample translation is not in the repository")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        assert isinstance(app.screen, ImportModal)
        app.screen.query_one("#source", Input).value = str(source)
        app.screen.query_one("#target", Input).value = str(target)
        await pilot.click("#ok")
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        assert app.screen.query_one("#documents", DataTable).row_count == 2
        assert len(app.store) == len(stored(project_path)) > 8
        assert_task_bar_full(app)


async def test_import_names_a_missing_file_next_to_the_field(app: WorkbenchApp, tmp_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        app.screen.query_one("#source", Input).value = str(tmp_path / "nothing.txt")
        await pilot.click("#ok")
        assert isinstance(app.screen, ImportModal)
        assert "No such file" in str(app.screen.query_one(".form-error", Static).render())


async def test_export_tmx_of_the_confirmed_pairs(app: WorkbenchApp, tmp_path: Path) -> None:
    out = tmp_path / "out.tmx"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        assert isinstance(app.screen, ExportModal)
        assert app.screen.query_one("#format", Select).value == "tmx"
        app.screen.query_one("#path", Input).value = str(out)
        await pilot.click("#ok")
        await settle(pilot)
    xml = out.read_text(encoding="utf-8")
    assert xml.count("<tu ") == 1
    assert "Коммунистическая партия дала ему политическую санкцию." in xml


async def test_export_prefills_a_full_path_and_reports_it(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        field = app.screen.query_one("#path", Input)
        assert field.value == str(project_path / "clubs.tmx")
        app.screen.query_one("#format", Select).value = "tsv"
        await pilot.pause()
        assert field.value == str(project_path / "clubs.tsv")
        app.screen.query_one("#format", Select).value = "tmx"
        await pilot.pause()
        await pilot.click("#ok")
        await settle(pilot)
        messages = [str(n.message) for n in app._notifications]
    assert (project_path / "clubs.tmx").is_file()
    assert any(f"Wrote {project_path / 'clubs.tmx'}: 1 segment" in m and "5 draft pairs were left out" in m
               for m in messages), messages


async def test_align_again_keeps_the_confirmed_pairs(app: WorkbenchApp, project_path: Path) -> None:
    before = stored(project_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert_task_bar_full(app)
    after = stored(project_path)
    assert [row for row in after if row["status"] == "translated"] == [
        row for row in before if row["status"] == "translated"
    ]
    assert " ".join(str(r["source"]) for r in after).split() == " ".join(str(r["source"]) for r in before).split()


async def test_without_a_project_the_view_offers_to_open_one(
    tmp_path: Path, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(None)
    assert app.project is None
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "No project here" in text(app, "#project-title")
        await pilot.press("f4")
        assert isinstance(app.screen, ProjectScreen)
        await pilot.press("o")
        assert isinstance(app.screen, OpenProjectModal)
        app.screen.query_one("#folder", Input).value = str(project_path)
        await pilot.click("#ok")
        await settle(pilot)
        assert app.project is not None and app.project.path == project_path
        assert "8 segments" in text(app, "#progress-text")
        await pilot.press("f4")
        await settle(pilot)
        assert app.screen.MODE == "translate"  # type: ignore[attr-defined]


def test_a_folder_that_is_not_a_project_is_refused_before_drawing(tmp_path: Path) -> None:
    with pytest.raises(ProjectError):
        make_app(tmp_path)


async def test_import_and_export_an_xliff_file(app: WorkbenchApp, project_path: Path, tmp_path: Path) -> None:
    original = tmp_path / "agency.xlf"
    original.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="a.txt" source-language="en" target-language="ru" datatype="plaintext"><body>'
        '<trans-unit id="t1"><source>Press <g id="1">Save</g>.</source></trans-unit></body></file></xliff>\n',
        encoding="utf-8",
    )
    out = tmp_path / "back.xlf"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        app.screen.query_one("#source", Input).value = str(original)
        await pilot.click("#ok")
        await settle(pilot)
        assert app.screen.query_one("#documents", DataTable).row_count == 2
        assert stored(project_path)[-1]["source"] == "Press ⟦1⟧Save⟦/1⟧."
        with Project.open(project_path) as project:
            editing.set_target(project, stored(project_path)[-1]["id"], "Нажмите ⟦1⟧Сохранить⟦/1⟧.")
        await pilot.press("x")
        app.screen.query_one("#format", Select).value = "xliff"
        app.screen.query_one("#path", Input).value = str(out)
        await pilot.click("#ok")
        await settle(pilot)
    assert '<target xml:lang="ru" state="needs-review-translation">Нажмите <g id="1">Сохранить</g>.</target>' in out.read_text(encoding="utf-8")


async def test_before_this_session_checks_the_view_shows_the_last_stored_run(
    project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As `workbench status` does: a check run by the CLI (or before a restart) is not shown as
    "not run yet" while this session has not checked."""
    from click.testing import CliRunner

    from workbench.cli import main

    monkeypatch.setattr("workbench.tui.screens.project_screen.AUTO_CHECK_LIMIT", 0)
    app = make_app(project_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Checks have not run yet" in text(app, "#findings-text")
    CliRunner().invoke(main, ["check", str(project_path)])
    app = make_app(project_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = text(app, "#findings-text")
        assert "not run yet" not in shown
        assert "Last check (" in shown and "open findings (press c to check again)" in shown
        assert "missing term: " in shown


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_an_xliff_exported_and_sent_back_updates_its_pairs(
        project_path: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    """An editor's day (twenty-second session): the XLIFF the export dialog wrote comes back from
    the client with a target changed; imported from the dialog it made a second document of every
    pair. Now the pairs it came from take the change (one undo step), and the view says so."""
    out = tmp_path / "client.xlf"
    app = make_app(project_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("x")
        app.screen.query_one("#format", Select).value = "xliff"
        app.screen.query_one("#path", Input).value = str(out)
        await pilot.click("#ok")
        await settle(pilot)
        before = stored(project_path)
        changed = next(row for row in before if row["target"])
        sent = out.read_text(encoding="utf-8")
        assert sent.count(changed["target"]) == 1
        out.write_text(sent.replace(changed["target"], "Исправлено клиентом."), encoding="utf-8")
        await pilot.press("i")
        app.screen.query_one("#source", Input).value = str(out)
        await pilot.click("#ok")
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        assert app.screen.query_one("#documents", DataTable).row_count == 1
        after = {row["id"]: row["target"] for row in stored(project_path)}
        assert len(after) == len(before) and after[changed["id"]] == "Исправлено клиентом."
        said = [str(n.message) for n in app._notifications]
        assert any("Updated" in line and "1 of" in line for line in said), said
    with Project.open(project_path) as project:
        reverted = editing.undo(project, across_sessions=True)
    assert reverted is not None and reverted.action == "xliff-update"
    assert {row["id"]: row["target"] for row in stored(project_path)} == {row["id"]: row["target"] for row in before}
