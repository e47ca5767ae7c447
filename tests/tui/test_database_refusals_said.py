"""The TUI says SQLite's refusals from the reader the CLI uses (`read_refusal`), in Russian too:
what happened and what to do. It said what happened only, and a code it did not list (SQLite's
generic SQLITE_ERROR) in SQLite's English words with nothing around them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tui_helpers import SIZE, open_editor, settle

from workbench.tui import i18n
from workbench.tui.app import WorkbenchApp
from workbench.tui.i18n import load_translation


@pytest.fixture
def russian(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_translation", load_translation(["ru"]))


def _refusal(conn: sqlite3.Connection, statement: str) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        conn.execute(statement)
    return caught.value


def test_a_lock_and_an_unlisted_code_are_said_in_russian(tmp_path: Path, russian: None) -> None:
    holder = sqlite3.connect(tmp_path / "a.db")
    holder.execute("create table t (x)")
    holder.commit()
    holder.execute("begin immediate")
    busy = _refusal(sqlite3.connect(tmp_path / "a.db", timeout=0.05), "begin immediate")
    assert i18n.error_message(busy) == "проект занят (в него пишет другая программа); повторите попытку чуть позже"
    unknown = _refusal(holder, "select * from nowhere")
    assert i18n.error_message(unknown) == ("SQLite отказал (SQLITE_ERROR: no such table: nowhere); "
                                           "если это повторится, сообщите об ошибке, приложив эту строку")


async def test_a_read_only_save_says_what_to_do_in_russian(app: WorkbenchApp, russian: None) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 3)
        assert app.project is not None
        app.project.conn.execute("pragma query_only = on")  # SQLITE_READONLY, as a read-only mount gives
        await pilot.press("enter", "ctrl+a", *"конец", "escape")
        await settle(pilot)
        notes = [str(note.message) for note in app._notifications]
        said = ("Не удалось сохранить перевод: в базу данных нельзя писать: её файл, папка или диск доступны только "
                "для чтения; разрешите запись в файл, его папку и на диск, затем повторите попытку")
        assert notes.count(said) == 1, notes
        assert screen.editor.text.startswith("конец"), "the typed text left the editor"
