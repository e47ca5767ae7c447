"""The grid's filter form quotes what it does not know, bounded (hardening, round 27).

A paste of 50,000 names, or of one name of 200,000 letters, into the form's check field was
quoted whole: an error of 2,000 lines and more that pushed the form's buttons out of reach.
Markup and control characters in a name stay text (they held already)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Input, Static
from tui_helpers import build_project, open_editor

from workbench.tui.app import make_app
from workbench.tui.screens.tool_modals import FilterModal

SIZE = (80, 24)


@pytest.mark.parametrize(("typed", "quoted", "not_quoted"), [
    ("x," * 50_000, "x, x, x … and 49,997 more", "x, x, x, x"),
    ("y" * 200_000, "y" * 59 + "…", "y" * 60),
    ("[bold red]x[/] \x1b[31m, [link=http://x]y", "[bold red]x[/] ␛[31m, [link=http://x]y", "\x1b"),
])
async def test_the_filter_quotes_a_few_unknown_names_cut(
        tmp_path: Path, typed: str, quoted: str, not_quoted: str) -> None:
    app = make_app(build_project(tmp_path / "p"))
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(pilot, 1)
        await pilot.press("alt+l")
        modal = app.screen
        assert isinstance(modal, FilterModal)
        modal.query_one("#filter-check", Input).value = typed
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is modal  # refused, the form still open
        error = modal.query_one(".form-error", Static)
        said = str(error.render())
        assert quoted in said and not_quoted not in said, said[:300]
        assert error.size.height <= 8
        ok = modal.query_one("#ok", Button)
        assert ok.region.y < SIZE[1]  # the buttons are still on the screen
