"""Any text is shown literally and never crashes a row; 50,000 segments open and scroll."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static
from tui_helpers import SIZE, Bead, build_project, settle

from bench.bench_tui import build_big_project
from workbench.tui.app import make_app
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.literal import highlighted, literal, one_line, visible


@given(st.text())
def test_literal_text_keeps_every_character_in_place(text: str) -> None:
    shown = literal(text)
    assert len(shown.plain) == len(text)
    assert all(ch == "\n" or unicodedata.category(ch) != "Cc" for ch in shown.plain)
    assert "\u2028" not in shown.plain and "\u2029" not in shown.plain


@given(st.text(), st.lists(st.tuples(st.integers(-5, 50), st.integers(-5, 50))))
def test_highlights_out_of_range_are_clipped_not_fatal(text: str, spans: list[tuple[int, int]]) -> None:
    assert highlighted(text, [(a, b, "bold") for a, b in spans]).plain == visible(text).replace("\t", "→")


def test_markup_stays_markup_and_control_characters_show() -> None:
    assert literal("[bold]x[/] [link=file:///etc]y").plain == "[bold]x[/] [link=file:///etc]y"
    assert visible("a\x1b[2Jb\x00\x7f\x85") == "a␛[2Jb␀␡\ufffd"
    assert one_line("one\ntwo\r\nthree\tfour") == "one⏎two⏎three→four"
    assert one_line("x" * 1_000_000, limit=100) == "x" * 100


async def test_hostile_text_in_every_view(tmp_path: Path) -> None:
    nasty = "[bold red]not bold[/] \x1b[31mnot red\x1b[0m [/] [link=x]" + "very long " * 3_000
    path = build_project(tmp_path / "nasty", [Bead((nasty,), (nasty[::-1],), 0.2), Bead(("Fine.",), ("Хорошо.",))])
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in ("f3", "f4", "f5", "f6", "f2"):
            await pilot.press(key)
            await settle(pilot)
        await pilot.press("f4")
        await pilot.pause(0.3)
        screen = app.screen
        assert isinstance(screen, TranslationScreen)
        source = str(screen.query_one("#source-text", Static).render())
        assert source.startswith("[bold red]not bold[/] ␛[31mnot red␛[0m [/] [link=x]")
        row = "".join(segment.text for segment in screen.grid.render_line(0))
        assert "[bold red]not bold[/]" in row and "\x1b" not in row


async def test_fifty_thousand_segments_open_and_scroll(tmp_path: Path) -> None:
    path = build_big_project(tmp_path / "big", 50_000)
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(app.store) == 50_000
        await pilot.press("f4")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TranslationScreen)
        started = time.perf_counter()
        await pilot.press("end")
        assert screen.grid.cursor == 49_999
        assert "Segment 50,000 of 50,000" in str(screen.query_one("#segment-info", Static).render())
        await pilot.press("pageup", "up", "home")
        assert screen.grid.cursor == 0
        # Generous bound: a grid that renders every row would take seconds here, the Line API milliseconds.
        assert time.perf_counter() - started < 5
