"""The editor's replace preview on a long project (hardening, round 24).

The preview planned the replace on the drawing thread: 100,000 matches in a made-up TSV
(«книги» → «книжки») held the app for 1.1 s of CPU, a regular expression 1.7 s (round 23). The
plan runs in a thread now, over a copy of the segments the editor holds; a plan whose query
changed while it ran is dropped, and a bad pattern is still said in the dialog's error line.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import Button, Input, Select, Static
from tui_helpers import open_editor, settle

from workbench.core.editing import replace as replace_module
from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.tui.app import make_app
from workbench.tui.screens.tool_modals import ReplaceModal

PAIRS = 300


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    (tmp_path / "book.tsv").write_text(
        "".join(f"Book {i} of the series.\tКниги {i} серии.\n" for i in range(PAIRS)), "utf-8")
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        import_tsv(project, tmp_path / "book.tsv")
        project.db.execute("update segments set untranslatable = 1 where source like 'Book 7 %'")
        project.db.commit()
    return tmp_path / "proj"


async def test_the_plan_runs_off_the_drawing_thread_and_a_stale_one_is_dropped(
        project_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    planned_on: set[int] = set()
    release = threading.Event()
    finder = replace_module._finder

    def recorded(query, target_lang):  # type: ignore[no-untyped-def]
        planned_on.add(threading.get_ident())
        if query.find == "серии":
            release.wait(timeout=30)  # the plan is still running while the query changes
        return finder(query, target_lang)

    monkeypatch.setattr(replace_module, "_finder", recorded)
    app = make_app(project_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_editor(pilot)
        await pilot.press("alt+r")
        modal = app.screen
        assert isinstance(modal, ReplaceModal)
        modal.query_one("#replace-find", Input).value = "Книги"
        modal.query_one("#replace-with", Input).value = "Книжки"
        modal.query_one("#preview", Button).press()
        await settle(pilot)
        assert len(modal.changes) == PAIRS - 1  # «Книги 7 серии.» is marked untranslatable
        assert all(change.position != 8 for change in modal.changes)

        modal.query_one("#replace-find", Input).value = "серии"
        await pilot.pause()
        modal.query_one("#preview", Button).press()
        await pilot.pause()
        # The app answers while the plan runs: the query is changed under it.
        modal.query_one("#replace-find", Input).value = "серий"
        await pilot.pause()
        release.set()
        await settle(pilot)
        assert modal.changes == [] and modal.query_one("#ok", Button).disabled
        assert not str(modal.query_one("#replace-summary", Static).render()).strip()

        modal.query_one("#replace-mode", Select).value = "regex"
        modal.query_one("#replace-find", Input).value = "(книги"
        await pilot.pause()
        modal.query_one("#preview", Button).press()
        await settle(pilot)
        assert modal.changes == []
        assert str(modal.query_one(".form-error", Static).render()).strip()
    assert planned_on and threading.main_thread().ident not in planned_on
