"""A translator's day, session 36 (docs/user-days.md): what tripped them at 80x24.

* the update form's label "Its new version: ..." was cut at "deliv" (a form label never wrapped),
  and the project view's footer under it offered "i Import a Align", keys the form types as text;
* enter on a finding opened its segment with the memory tab in front, not the finding;
* the help listed a command without a key under the row above it, read as that row's key
  ("f1 ... team: sync now").
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, Select, TabbedContent
from tui_helpers import open_editor, open_screen, settle

from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.file_modals import UpdateDocumentModal
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.help_screen import HelpScreen
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.findings_panel import FindingList

SMALL = (80, 24)


def _drawn(app: WorkbenchApp) -> list[str]:
    """The screen's lines as the terminal shows them."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def test_every_label_of_the_update_form_is_read_whole_at_80x24(app: WorkbenchApp, tmp_path: Path) -> None:
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"update a document", "enter")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, UpdateDocumentModal)
        lines = _drawn(app)
        labels = list(form.query(".form > Label").results(Label))
        assert labels
        for label in labels:
            region = label.content_region
            drawn = " ".join(lines[y][region.x:region.right].strip() for y in range(region.y, region.bottom))
            assert " ".join(drawn.split()) == " ".join(str(label.render()).split())
        # the form's own keys at the foot of the screen, not the project view's under it
        assert "esc Cancel" in lines[-1] and "Import" not in lines[-1]
        await pilot.press("escape")
        await settle(pilot)
        assert "Import" in _drawn(app)[-1]


async def test_enter_on_a_finding_shows_the_findings_tab_beside_its_segment(app: WorkbenchApp) -> None:
    async with app.run_test(size=SMALL) as pilot:
        editor = await open_editor(pilot)
        editor.query_one("#side", TabbedContent).active = "memory-tab"  # where the last search left it
        screen = await open_screen(pilot, "f5", FindingsScreen)
        screen.query_one("#check-filter", Select).value = "number-mismatch"
        await pilot.pause()
        screen.query_one(FindingList).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is editor
        assert editor.current is not None and editor.current.source == "The party backed decentralization in 1924."
        assert editor.query_one("#side", TabbedContent).active == "findings-tab"


async def test_the_first_way_into_the_editor_from_a_finding_shows_the_findings_tab(app: WorkbenchApp) -> None:
    """The editor not opened yet today: the tab is chosen before it is first drawn."""
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        screen.query_one("#check-filter", Select).value = "number-mismatch"
        await pilot.pause()
        screen.query_one(FindingList).focus()
        await pilot.press("enter")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, TranslationScreen)
        assert editor.query_one("#side", TabbedContent).active == "findings-tab"


async def test_the_help_names_the_palette_for_a_command_without_a_key(app: WorkbenchApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = [line for line in _drawn(app) if "team: sync now" in line]
        assert rows and "palette" in rows[0]
        assert not any("palette" in line for line in _drawn(app) if "app: keys and help" in line)
