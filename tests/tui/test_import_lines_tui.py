"""The import form takes two line-aligned files (session 40, lineimport): its box says the files pair
line by line, within the 24 lines beside its OK button, and the document comes in through the same
core function as `workbench import --lines`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner
from textual.widgets import Button, Checkbox, Input, Static
from tui_helpers import drawn as drawn_lines
from tui_helpers import settle

from workbench.cli import main
from workbench.tui.app import make_app
from workbench.tui.screens.file_modals import ImportModal, UpdateDocumentModal
from workbench.tui.screens.project_screen import ProjectScreen

ENGLISH = "The commission met on Monday. It approved the plan.\nCritics blasted the decision.\n"
RUSSIAN = "Комиссия собралась в понедельник и одобрила план.\r\nКритики раскритиковали решение.\r\n"


def _project(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    (tmp_path / "news.en.txt").write_text(ENGLISH, encoding="utf-8", newline="")
    (tmp_path / "news.ru.txt").write_bytes(RUSSIAN.encode("utf-16"))
    return folder


async def test_the_import_form_pairs_two_files_line_by_line_at_80x24(tmp_path: Path) -> None:
    folder = _project(tmp_path)
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        modal = app.screen
        assert isinstance(modal, ImportModal)
        drawn = "\n".join(drawn_lines(app))
        assert "The two files pair line by line" in drawn and " OK " in drawn
        modal.query_one("#source", Input).value = str(tmp_path / "news.en.txt")
        modal.query_one("#target", Input).value = str(tmp_path / "news.ru.txt")
        modal.query_one("#lines", Checkbox).value = True
        modal.query_one("#ok", Button).press()
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        said = [str(n.message) for n in app._notifications if str(n.message).startswith("Imported news")]
        assert len(said) == 1 and "2 segments" in said[0], said
    with sqlite3.connect(folder / "project.db") as db:
        assert db.execute("select kind, target_encoding from documents").fetchall() == [("lines", "utf-16")]
        # Line 1 holds two English sentences and one Russian: one pair, as the files have it.
        assert db.execute("select source, target from segments order by seq").fetchall() == [
            tuple(pair) for pair in zip(ENGLISH.splitlines(), RUSSIAN.splitlines())
        ]


async def test_line_by_line_without_the_translation_is_refused_in_the_form(tmp_path: Path) -> None:
    folder = _project(tmp_path)
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        modal = app.screen
        assert isinstance(modal, ImportModal)
        modal.query_one("#source", Input).value = str(tmp_path / "news.en.txt")
        modal.query_one("#lines", Checkbox).value = True
        modal.query_one("#ok", Button).press()
        await settle(pilot)
        assert app.screen is modal
        assert "name the Russian one too" in str(modal.query_one(".form-error", Static).render())
    with sqlite3.connect(folder / "project.db") as db:
        assert db.execute("select count(*) from documents").fetchone() == (0,)


async def test_the_update_form_takes_the_new_versions_of_both_files_at_80x24(tmp_path: Path) -> None:
    folder = _project(tmp_path)
    result = CliRunner().invoke(main, ["import", str(folder), "--lines", str(tmp_path / "news.en.txt"),
                                       str(tmp_path / "news.ru.txt")])
    assert result.exit_code == 0, result.output
    (tmp_path / "v2").mkdir()
    (tmp_path / "v2" / "news.en.txt").write_text(ENGLISH + "Shares fell.\n", encoding="utf-8")
    (tmp_path / "v2" / "news.ru.txt").write_text(RUSSIAN.replace("\r\n", "\n") + "Акции упали.\n", encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"update a document", "enter")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, UpdateDocumentModal)
        drawn = "\n".join(drawn_lines(app))
        assert "Its new Russian, for a document imported line by line" in drawn and " OK " in drawn
        modal.query_one("#path", Input).value = str(tmp_path / "v2" / "news.en.txt")
        modal.query_one("#ok", Button).press()
        await settle(pilot)
        assert app.screen is modal  # the English alone is half a new version
        assert "name its new Russian file too" in str(modal.query_one(".form-error", Static).render())
        modal.query_one("#translation", Input).value = str(tmp_path / "v2" / "news.ru.txt")
        modal.query_one("#ok", Button).press()
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        said = [str(n.message) for n in app._notifications]
        assert any(m.startswith("Updated news:") and "2 kept" in m and "1 new" in m for m in said), said
    with sqlite3.connect(folder / "project.db") as db:
        assert db.execute("select target from segments order by seq").fetchall()[-1] == ("Акции упали.",)
