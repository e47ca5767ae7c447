"""Hostile text in the TUI: what the terminal receives is captured raw and searched.

The screen is rendered to the exact byte string the app would write to a
terminal (the compositor's full update, as `App._display` writes it). Text
from files may hold a window-title sequence, C1 controls, bidi overrides and
Rich markup; none of it may reach that string raw, notifications included, and
none of it may stop the app.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import regex
from textual import events
from tui_helpers import SIZE, open_editor, settle, stored

from workbench.core.memory.store import TranslationMemory
from workbench.core.project import MAX_SEGMENT_CHARS
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.translation_screen import (
    SAVE_AT_LEAST_EVERY,
)
from workbench.tui.widgets.memory_panel import MemoryPanel

PAYLOAD = "\x1b]2;PWNED\x07"
RAW = ("PWNED\x07", "\x1b]2;", "\x9b", "\x85", "\u202e", "\x1b[2J")


def raw_screen(app: WorkbenchApp) -> str:
    """The bytes the app writes to the terminal for its whole current screen."""
    update = app.screen._compositor.render_update(full=True)
    assert update is not None
    return update.render_segments(app.console)


def assert_nothing_raw(app: WorkbenchApp) -> None:
    raw = raw_screen(app)
    for sequence in RAW:
        assert sequence not in raw, f"{sequence!r} reached the terminal"


def poison(project_path: Path) -> None:
    """Text an older version or another tool stored without cleaning it."""
    conn = sqlite3.connect(project_path / "project.db")
    conn.execute(
        "update segments set source = ?, target = ? where id = (select min(id) from segments)",
        (f"The unions {PAYLOAD}[/] provided \u202ethe base\u202c.\x9b31m",
         f"Профсоюзы\x85 [link=x:y]обеспечили[/link] {PAYLOAD}базу.\x1b[2J"),
    )
    conn.commit()
    conn.close()




async def test_stored_escapes_and_markup_never_reach_the_terminal(project_path: Path) -> None:
    poison(project_path)
    app = make_app(project_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert_nothing_raw(app)
        screen = await open_editor(pilot, 1)
        assert_nothing_raw(app)
        assert "\x1b" not in screen.editor.text and "\x85" not in screen.editor.text
        for key in ("f3", "f5", "f6", "f2"):
            await pilot.press(key)
            await settle(pilot)
            assert_nothing_raw(app)
        assert app.is_running


async def test_a_broken_listed_termbase_with_markup_in_its_name_is_a_notification(project_path: Path) -> None:
    name = f"[/]bad{PAYLOAD}.csv"  # the error quotes the entry: the entry itself is markup
    config = project_path / "project.toml"
    config.write_text(config.read_text("utf-8").replace("termbases = []", f"termbases = [{json.dumps(name)}]"), "utf-8")
    app = make_app(project_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert app.is_running, "the app stopped on a notification quoting [/]"
        messages = [n.message for n in app._notifications]
        assert any("[/]bad" in message and "does not exist" in message for message in messages), messages
        await pilot.pause(0.2)
        assert "listed in" in raw_screen(app), "the notification is not on the screen"
        assert_nothing_raw(app)


async def test_a_memory_match_with_escapes_is_inserted_clean(project_path: Path) -> None:
    with Project.open(project_path) as project, TranslationMemory.for_project(project) as memory:
        memory.import_units("history.tmx", [TranslationUnit(
            source="The party backed decentralization in 1923.",
            target="Партия поддержала децентрализацию в 1923 году.",
            source_lang="en", target_lang="ru",
        )])
    conn = sqlite3.connect(project_path / "memory.db")  # as an older version stored it
    conn.execute("update units set target = ?", (f"Партия {PAYLOAD}поддержала\x9b децентрализацию\u202e в 1923 году.",))
    conn.commit()
    conn.close()
    app = make_app(project_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 8)
        assert screen.query_one(MemoryPanel).matches
        assert_nothing_raw(app)
        await pilot.press("ctrl+b")
        assert screen.editor.text == "Партия поддержала децентрализацию в 1923 году."
        assert_nothing_raw(app)
        await pilot.press("escape")
    assert stored(project_path)[7]["target"] == "Партия поддержала децентрализацию в 1923 году."


async def test_a_pasted_escape_sequence_never_enters_the_target(app: WorkbenchApp, project_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 7)
        await pilot.press("enter")
        screen.editor.insert(f"Деньги {PAYLOAD}\x9b и время\u202e")
        await pilot.pause()
        assert screen.editor.text == "Деньги  и время"
        assert_nothing_raw(app)
        await pilot.press("escape")
    assert stored(project_path)[6]["target"] == "Деньги  и время"


async def test_a_pasted_escape_sequence_never_reaches_the_terminal_from_an_input(app: WorkbenchApp) -> None:
    """Go to, filter, search and replace, concordance: each input shows what it holds as it
    is, and a pasted window-title or clear-screen sequence used to reach the terminal raw."""
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("escape")
        for key in ("alt+g", "alt+l", "alt+r", "ctrl+f"):
            await pilot.press(key)
            await settle(pilot)
            app.post_message(events.Paste(f"клуб {PAYLOAD}[/]\u202e\x9b31m\x1b[2J"))
            await settle(pilot)
            assert "клуб" in raw_screen(app), f"{key}: the paste is not in the input"
            assert_nothing_raw(app)
            while app.screen is not screen:
                await pilot.press("escape")
                await settle(pilot)
        assert app.is_running


async def test_a_pasted_megabyte_is_cut_to_what_a_target_holds(app: WorkbenchApp, project_path: Path) -> None:
    """A terminal paste of 2 MB (the clipboard held a whole book): the target keeps the first
    `MAX_SEGMENT_CHARS` and says so. The text area used to take all of it, wrapping it for
    seconds of CPU per megabyte (minutes for 10 MB, the app frozen), and saved it whole."""
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 7)
        await pilot.press("enter")
        app.post_message(events.Paste("Деньги и время. " * 125_000))
        await settle(pilot)
        assert screen.editor.text == ("Деньги и время. " * 125_000)[:MAX_SEGMENT_CHARS]
        assert any("at most 50,000 characters" in n.message for n in app._notifications)
        await pilot.press("ctrl+z")  # the cut paste is one step of the editor's own undo
        assert screen.editor.text == ""
        await pilot.press("ctrl+y", "escape")
        await settle(pilot)
    assert len(str(stored(project_path)[6]["target"])) == MAX_SEGMENT_CHARS


async def test_continuous_typing_is_saved_without_a_pause(app: WorkbenchApp, project_path: Path) -> None:
    """A translator who never pauses long enough for the quiet-time save still loses at most
    SAVE_AT_LEAST_EVERY seconds of typing to a crash."""
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(pilot, 7)
        await pilot.press("enter")
        typed = ""
        started = time.monotonic()
        saved_while_typing = ""
        while time.monotonic() - started < SAVE_AT_LEAST_EVERY + 1.5:
            typed += "ж"
            await pilot.press("ж")
            await pilot.pause(0.1)  # steady typing: every gap far shorter than SAVE_DELAY
            saved_while_typing = str(stored(project_path)[6]["target"])
        assert saved_while_typing, "nothing was saved during 3 s of continuous typing"
        assert typed.startswith(saved_while_typing)
        await pilot.press("escape")
    assert stored(project_path)[6]["target"] == typed


def poison_everything_else(project_path: Path) -> None:
    """Every other field an older version or another tool may have stored raw: the project's
    name, a document's name and file, a comment, a memory's name, a concept's note and
    definition and a term's usage note."""
    config = project_path / "project.toml"
    config.write_text(config.read_text("utf-8").replace('name = "clubs"', f"name = {json.dumps('Clubs' + PAYLOAD + chr(0x202E) + '[/]')}"), "utf-8")
    conn = sqlite3.connect(project_path / "project.db")
    conn.execute("update documents set name = ?, source_file = ?", (f"doc{PAYLOAD}[/]", f"sources/doc{PAYLOAD}.en.txt"))
    conn.execute(
        "insert into segment_comments (segment_id, author, text, created_at) "
        "select min(id), ?, ?, '2024-01-01T00:00:00Z' from segments",
        (f"ed{PAYLOAD}", f"comment {PAYLOAD}[/] \u202eback\x9b31m"),
    )
    conn.commit()
    conn.close()
    with Project.open(project_path) as project, TranslationMemory.for_project(project) as memory:
        memory.import_units("history.tmx", [TranslationUnit(
            source="The unions provided the base.", target="Профсоюзы обеспечили базу.",
            source_lang="en", target_lang="ru",
        )])
    conn = sqlite3.connect(project_path / "memory.db")
    conn.execute("update memories set name = ?", (f"history{PAYLOAD}[/]",))
    conn.execute("update units set target = ?", (f"Профсоюзы {PAYLOAD}обеспечили\x85 базу.",))
    conn.commit()
    conn.close()
    conn = sqlite3.connect(project_path / "termbase.db")
    conn.execute("update concepts set note = ?, definition = ?", (f"note {PAYLOAD}[/]", "meaning \u202e[/]\x9b31m"))
    conn.execute("update terms set usage_note = ?", (f"usage {PAYLOAD}[link=x:y]z[/link]",))
    conn.commit()
    conn.close()


async def test_every_view_shows_every_stored_field_safely(project_path: Path) -> None:
    """Project, translation (panels cycled, concordance), findings, termbase and help views,
    on a project whose every stored text field holds raw control text and markup."""
    poison(project_path)
    poison_everything_else(project_path)
    app = make_app(project_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert_nothing_raw(app)
        assert "Clubs␛]2;PWNED" in raw_screen(app), "the project's name is not shown (made visible)"
        await open_editor(pilot, 1)
        assert_nothing_raw(app)
        for keys in (("f8",), ("f8",), ("f8",), ("ctrl+f",), ("escape",), ("f5",), ("f6",), ("f3",), ("f2",), ("f1",)):
            await pilot.press(*keys)
            await settle(pilot)
            assert_nothing_raw(app)
        assert app.is_running


MARK_WITHOUT_BASE = regex.compile(r"(?:\s|[\u2500-\u259f]|\x1b\[[0-9;?]*[A-Za-z])\p{M}")
"""A combining mark the terminal would put on a cell drawn before it: a space, a border, or
whatever a cursor move or style change left there."""


async def test_combining_marks_without_a_letter_never_sit_on_another_cell(project_path: Path) -> None:
    conn = sqlite3.connect(project_path / "project.db")
    conn.execute("update segments set source = ? where id = (select min(id) from segments)", ("\u0301" * 300,))
    conn.execute("update segments set source = ? where id = (select max(id) from segments)",
                 ("Accents \u0300\u0301 alone and zero\u200dwidth \u200c joiners.",))
    (count,) = conn.execute("select count(*) from segments").fetchone()
    conn.commit()
    conn.close()
    app = make_app(project_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for position in (1, count):
            await open_editor(pilot, position)
            raw = raw_screen(app)
            assert not MARK_WITHOUT_BASE.search(raw), MARK_WITHOUT_BASE.search(raw)
        assert app.is_running


async def test_an_accents_only_target_never_sits_on_another_cell_in_the_editor(project_path: Path) -> None:
    """The target editor (a `TextArea`) drew what it held: a target of accents alone put them
    on the cell left of the text, which no redraw cleared (hardening, round twelve)."""
    conn = sqlite3.connect(project_path / "project.db")
    conn.execute("update segments set target = ? where id = (select min(id) from segments)", ("\u0301" * 30,))
    conn.execute("update segments set target = ? where id = (select max(id) from segments)",
                 ("\u0300Ударения \u0301 отдельно.",))
    (count,) = conn.execute("select count(*) from segments").fetchone()
    conn.commit()
    conn.close()
    app = make_app(project_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for position, target in ((1, "\u0301" * 30), (count, "\u0300Ударения \u0301 отдельно.")):
            screen = await open_editor(pilot, position)
            assert screen.editor.text == target  # what is saved is what was stored
            raw = raw_screen(app)
            assert not MARK_WITHOUT_BASE.search(raw), MARK_WITHOUT_BASE.search(raw)
        assert app.is_running


async def test_a_target_that_is_not_utf8_is_said_and_the_app_stays(project_path: Path) -> None:
    """A received project.db with a text column of other bytes ended the app in the segment
    loader's traceback (hardening, round twelve): one notification, the app goes on."""
    conn = sqlite3.connect(project_path / "project.db")
    conn.execute("update segments set target = cast(x'd0bfff20c3' as text) where id = (select min(id) from segments)")
    conn.commit()
    conn.close()
    app = make_app(project_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await settle(pilot)
        said = [str(note.message) for note in app._notifications]
        assert any("is not UTF-8" in message for message in said), said
        assert app.is_running
