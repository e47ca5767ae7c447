"""What a demanding editor met reviewing a translation (fifteenth session), driven as they did it.

Each test presses the keys the editor pressed, at 80x24 and at a larger size,
on a real project file, and reads the result back from the project.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.table import Table
from textual import events as events_module
from textual._xterm_parser import XTermParser
from textual.containers import ScrollableContainer
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Select, Static, TextArea
from tui_helpers import open_editor, settle, stored

from termbase.model import Concept, Term, TermStatus
from workbench.core.project.comments import add_comment
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui import i18n
from workbench.tui.app import WorkbenchApp
from workbench.tui.commands import all_commands
from workbench.tui.i18n import load_translation
from workbench.tui.screens.concept_modal import ConceptModal
from workbench.tui.widgets.memory_panel import MemoryPanel
from workbench.tui.widgets.segment_grid import SegmentGrid

SIZES = [(80, 24), (120, 40)]


def on_screen(widget: Widget | None) -> bool:
    """Whether the user can see the widget that takes their keys."""
    if widget is None or not widget.region:
        return False
    return all(node.display for node in widget.ancestors_with_self if isinstance(node, Widget))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("way", ["go to", "filter", "f8 first", "f9 first"])
async def test_keys_never_go_to_a_grid_the_panel_hides(
    app: WorkbenchApp, project_path: Path, size: tuple[int, int], way: str
) -> None:
    """At 80x24 the side panel (F8) takes the grid's place, yet the grid kept the focus (after F8,
    after "go to", after a filter): a word typed to fix the target went nowhere, and `home`,
    meant for the start of the line, moved to segment 1."""
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot)
        if way.endswith("first"):
            await pilot.press(way.split()[0])
            await settle(pilot)
        else:
            await pilot.press("f8")
            await settle(pilot)
        if way in ("go to", "f8 first", "f9 first"):
            await pilot.press("alt+g", "5", "enter")
        else:
            await pilot.press("alt+l")
            await settle(pilot)
            await pilot.press(*"клуб", "enter")
        await settle(pilot)
        assert on_screen(app.focused), f"{app.focused!r} has the keys but is not on screen"
        if isinstance(app.focused, TextArea):
            current = screen.current
            assert current is not None
            await pilot.press("end", *" Правка.")
            await settle(pilot)
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert any(row["id"] == current.id and str(row["target"]).endswith("Правка.") for row in stored(project_path))
            await pilot.press("escape")  # back to the list: it comes back in the panel's place
            await settle(pilot)
            assert isinstance(app.focused, SegmentGrid) and on_screen(app.focused)


@pytest.mark.parametrize("size", SIZES)
async def test_the_concept_form_shows_a_clients_regional_tags_whole(
    app: WorkbenchApp, project_path: Path, size: tuple[int, int]
) -> None:
    """A client's concept tagged `en-US`/`ru-RU` opened for editing showed its tags broken over two
    lines ("en-U" above "S"), and a term added to it could not be given the client's `ru-RU`."""
    with open_project_termbase(Project.open(project_path)) as termbase:
        termbase.add(Concept("C001", terms=(
            Term("hospital assistant", "en-US"), Term("фельдшер", "ru-RU"),
            Term("санитар", "ru-RU", TermStatus.DEPRECATED))))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("slash", *"фельдшер", "enter")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, ConceptModal)
        modal.query_one("#add-row", Button).press()
        await settle(pilot)
        selects = list(modal.query(".term-lang").results(Select))
        assert [select.value for select in selects] == ["en-US", "ru-RU", "ru-RU", "ru"]
        for select in selects:
            label = select.query_one("#label", Static)
            assert label.size.height == 1 and label.size.width >= len(str(select.value)), select.value
        assert ("ru-RU", "ru-RU") in list(selects[-1]._options)


TERMINAL_BYTES = {f"f{n}": code for n, code in zip(range(1, 13), (
    "\x1bOP", "\x1bOQ", "\x1bOR", "\x1bOS", "\x1b[15~", "\x1b[17~", "\x1b[18~", "\x1b[19~", "\x1b[20~",
    "\x1b[21~", "\x1b[23~", "\x1b[24~"), strict=True)}
"""What xterm (and tmux) send for the function keys."""


def sent_by_a_terminal(key: str) -> str | None:
    """The bytes an xterm-style terminal sends for `key`, where they are fixed: ctrl+letter is the
    control character, alt+letter is ESC and the letter (xterm's metaSendsEscape, tmux)."""
    if (match := re.fullmatch(r"ctrl\+([a-z])", key)) is not None:
        return chr(ord(match[1]) - ord("a") + 1)
    if (match := re.fullmatch(r"alt\+([a-z])", key)) is not None:
        return "\x1b" + match[1]
    return TERMINAL_BYTES.get(key)


def test_every_key_of_a_command_arrives_from_a_terminal() -> None:
    """Pilot presses key names, so a test of `alt+f` passed while no terminal could deliver it:
    xterm and tmux send ESC f, which Textual reads as ctrl+right (iTerm's word-right), and the
    filter never opened. Each key a command lists, sent as a terminal sends it, must reach the
    app as that key."""
    checked = []
    for command in all_commands():
        for key in filter(None, (command.keys or "").split(",")):
            sent = sent_by_a_terminal(key)
            if sent is None:
                continue
            parser = XTermParser()
            events = list(parser.feed(sent))
            time.sleep(0.15)  # a lone ESC + letter is told from an escape sequence by a pause
            events += list(parser.tick())
            assert [event.key for event in events if isinstance(event, events_module.Key)] == [key], command.id
            checked.append(key)
    assert {"alt+l", "alt+g", "ctrl+s", "f4"} <= set(checked)


@pytest.fixture(params=["en", "ru"])
def interface(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The interface language of the forms opened in the test (their labels are said on compose)."""
    monkeypatch.setattr(i18n, "_translation", load_translation([request.param]))
    return str(request.param)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("key", ["alt+l", "alt+r"])
async def test_the_filter_and_replace_forms_show_every_choice_whole(
    app: WorkbenchApp, size: tuple[int, int], key: str, interface: str
) -> None:
    """The choices were 26 columns wide in any language: "comments: any or none" showed as
    "comments: any or n", and in Russian at 80x24 the row of the text's mode and side pushed
    the "case" box off the form («реги»)."""
    async with app.run_test(size=size) as pilot:
        await open_editor(pilot, 1)
        await pilot.press(key)
        await settle(pilot)
        for select in app.screen.query(Select):
            label = select.query_one("#label", Static)
            shown = str(label.render())
            assert label.size.height == 1 and label.size.width >= cell_len(shown), (interface, shown)
            assert across(select), (interface, shown, select.region)
        for box in app.screen.query(Checkbox):
            assert across(box), (interface, str(box.label), box.region)


def across(widget: Widget) -> bool:
    """Whether `widget` fits across the part of its form that can be seen (rows below scroll into view)."""
    seen = inside(widget)
    return seen.x <= widget.region.x and widget.region.right <= seen.right


def inside(widget: Widget) -> Region:
    """Where `widget` can be seen: its form's content, less the scroll bar of a scrolling part."""
    for node in widget.ancestors:
        if isinstance(node, ScrollableContainer):
            return node.scrollable_content_region
        if isinstance(node, Widget) and node.has_class("form"):
            return node.content_region
    return widget.screen.region


@pytest.mark.parametrize("size", SIZES)
async def test_the_segment_line_keeps_an_open_comment_in_view(
    app: WorkbenchApp, project_path: Path, size: tuple[int, int], interface: str
) -> None:
    """The line above the source put the open comments last, after the alignment confidence:
    beside the side panel at 120x40 the editor read "… confidence 1.00 · 1 open", and in
    Russian at 80x24 not even that."""
    with Project.open(project_path) as project:
        add_comment(project, project.segments()[0].id, "Check the term.", "editor")
    async with app.run_test(size=size) as pilot:
        await open_editor(pilot, 1)
        line = app.screen.query_one("#segment-info", Static)
        text = str(line.render())
        said = i18n.ngettext("{count} open comment", "{count} open comments", 1).format(count=1)
        assert said in text, (interface, text)
        end = text.index(said) + len(said)
        assert cell_len(text[:end]) <= line.content_region.width, (interface, text, line.content_region.width)


async def test_the_memorys_names_are_said_in_the_interface_language(
    app: WorkbenchApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under a Russian interface the concordance named this project's hits "segment 3" and the
    statistics analysed "(память: project)": the CLI's English names, shown as they were."""
    monkeypatch.setattr(i18n, "_translation", load_translation(["ru"]))
    async with app.run_test(size=SIZES[1]) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("ctrl+f")
        await pilot.press(*"клуб", "enter")
        await settle(pilot)
        panel = screen.query_one(MemoryPanel)
        assert [hit.memory for hit in panel.hits][:2] == ["сегмент 3", "сегмент 6"]
        await app.run_action("app.show_statistics")
        await settle(pilot)
        table = app.screen.query_one("#stats-analysis", Static).content
        assert isinstance(table, Table) and "этот проект" in str(table.title) and "project" not in str(table.title)
