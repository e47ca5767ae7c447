"""Long hostile segments in the TUI (hardening, round 38): a 100,000-character source and target
of terminal control, Rich markup, bidi controls, zero-width characters and combining runs, as
another tool or an older version stored them (an import holds a side to 50,000 characters),
through the editor and the findings list at 80x24 and 160x48. Nothing raw may reach the
terminal, the app must stay up, and an edit typed after it must be saved: the target, shown
cleaned, counted as typed, could not be saved (over 50,000 characters), and held the translator
on it, the next keys lost.
Measured (CPU of the test's process, load 16): the check 5 s, opening the app 1 s, the editor
on the long segment 1.4 s, the findings view 0.5 s."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_hostile_text import assert_nothing_raw
from tui_helpers import open_editor, settle, stored

from workbench.cli import main
from workbench.tui.app import make_app
from workbench.tui.screens.findings_screen import FindingsScreen

PIECE = "клуб\u200b\u200d\u0301\u0301\u0301 \u202e[bold]x[/] \x1b]2;PWNED\x07 \u2066[link=x:y]y\u2069\x9b31m\x85 "
CHARACTERS = 100_000


def _long(text: str) -> str:
    return (text * (CHARACTERS // len(text) + 1))[:CHARACTERS]


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_a_long_hostile_segment_in_the_editor_and_the_findings(project_path: Path, size: tuple[int, int]) -> None:
    source, target = _long("The club  " + PIECE), _long("Клуб  " + PIECE)
    conn = sqlite3.connect(project_path / "project.db")
    conn.execute("update segments set source = ?, target = ? where id = (select min(id) from segments)", (source, target))
    conn.commit()
    conn.close()
    assert CliRunner().invoke(main, ["check", str(project_path)]).exit_code == 1  # findings stored
    app = make_app(project_path)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        assert_nothing_raw(app)
        screen = await open_editor(pilot, 1)
        assert_nothing_raw(app)
        assert "\x1b" not in screen.editor.text and "\u202e" not in screen.editor.text
        await open_editor(pilot, 7)  # away from it, nothing typed there
        await pilot.press("enter", "ж", "escape")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, FindingsScreen)
        assert_nothing_raw(app)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert_nothing_raw(app)
        assert app.is_running
        assert not [n.message for n in app._notifications if "Could not save" in n.message]
    rows = stored(project_path)
    assert rows[6]["target"] == "ж", "typed on the next segment: saved"
    assert rows[0]["target"] == target, "shown cleaned, not typed in: never written"
