"""What a freelance translator met with a client's XLIFF package (nineteenth session), driven as
they did it: keys pressed at 80x24 and at a larger size, the result read back from the project
and from the file sent back to the client."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import OptionList, Select, Static, TextArea
from tui_helpers import open_editor, settle, stored

from workbench.cli import main
from workbench.core.ingest.importing import import_xliff
from workbench.core.project.store import Project
from workbench.formats.xliff import read_xliff
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.widgets.findings_panel import FindingsPanel
from workbench.tui.widgets.segment_grid import SegmentGrid

SIZES = [(80, 24), (120, 40)]

CLIENT_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="manual.html" source-language="en-US" target-language="ru-RU" datatype="html">
    <body>
      <trans-unit id="1">
        <source>The server stores every backup on the disk.</source>
        <target state="signed-off">Сервер хранит каждую резервную копию на диске.</target>
      </trans-unit>
      <trans-unit id="2">
        <source>Before you install the server, back up the database.</source>
        <note from="reviewer">Use the glossary term for "database".</note>
      </trans-unit>
      <trans-unit id="3">
        <source>Do not delete the backup folder.</source>
      </trans-unit>
      <trans-unit id="4" translate="no">
        <source>Northwind Server 4.2</source>
        <target state="final">Northwind Server 4.2</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


@pytest.fixture
def client_file(tmp_path: Path) -> Path:
    original = tmp_path / "client.xlf"
    original.write_text(CLIENT_XLIFF, encoding="utf-8")
    return original


@pytest.fixture
def xliff_project(tmp_path: Path, client_file: Path) -> Path:
    folder = tmp_path / "job"
    with Project.create(folder, name="job") as project:
        import_xliff(project, client_file)
    return folder


@pytest.fixture
def xliff_app(xliff_project: Path) -> WorkbenchApp:
    return make_app(xliff_project)


@pytest.mark.parametrize("size", SIZES)
async def test_a_signed_off_segment_edited_is_no_longer_sent_back_signed_off(
    xliff_app: WorkbenchApp, xliff_project: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    """Typing into a segment the client had signed off and pressing `enter` kept it "reviewed", so
    the returned XLIFF said `signed-off` over words no reviewer had seen."""
    async with xliff_app.run_test(size=size) as pilot:
        await open_editor(pilot, 1)
        await pilot.press("enter")
        assert isinstance(xliff_app.focused, TextArea)
        await pilot.press("end", "backspace", *" ежедневно.", "enter")
        await settle(pilot)
    first = stored(xliff_project)[0]
    assert first["target"] == "Сервер хранит каждую резервную копию на диске ежедневно."
    assert first["status"] == "translated"
    out = tmp_path / "back.xlf"
    assert CliRunner().invoke(main, ["export", str(xliff_project), "--xliff", str(out)]).exit_code == 0
    assert next(iter(read_xliff(out, "en", "ru"))).status == "translated"
    assert "signed-off" not in out.read_text(encoding="utf-8")



@pytest.mark.parametrize("size", SIZES)
async def test_the_clients_note_on_a_unit_is_shown_beside_it(
    xliff_app: WorkbenchApp, size: tuple[int, int]
) -> None:
    """The reviewer's note on unit 2 ("Use the glossary term for "database"") was kept at import but
    shown nowhere in the editor: its findings panel listed only the checks' findings."""
    async with xliff_app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 2)
        panel = screen.query_one(FindingsPanel)
        for _ in range(3):  # f8 shows the next panel (at 80x24 the first press shows the panels)
            if panel.region.height:
                break
            await pilot.press("f8")
            await settle(pilot)
        listed = panel.query_one("#findings-list", OptionList)
        shown = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert panel.region.height > 0
        assert any('Use the glossary term for "database".' in line for line in shown), shown
        listed.focus()
        listed.highlighted = next(i for i, line in enumerate(shown) if "glossary" in line)
        await pilot.press("a")  # accept: a note is not a finding to silence
        await settle(pilot)
        assert xliff_app.screen is screen
        assert any("note from the client's file" in str(n.message) for n in xliff_app._notifications)
        screen.query_one(SegmentGrid).move_to(2)
        await settle(pilot)
        assert not [f for f in panel.findings if f.check == "xliff-note"]


@pytest.mark.parametrize("size", SIZES)
async def test_the_palettes_export_names_every_format_the_export_dialog_offers(
    xliff_app: WorkbenchApp, size: tuple[int, int]
) -> None:
    """A translator who must return the client's XLIFF searched the palette for the export: its help
    said "TMX, TSV or the translated text", though the dialog it opens writes XLIFF too."""
    from workbench.tui.commands import PROJECT
    from workbench.tui.screens.file_modals import ExportModal

    export = next(command for command in PROJECT if command.id == "project-export")
    async with xliff_app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        modal = xliff_app.screen
        assert isinstance(modal, ExportModal)
        offered = {value.split("-")[0] for _, value in modal.query_one("#format", Select)._options}
    named = {"text": "translated text", "memory": "memories as one TMX"}
    assert offered >= {"tmx", "tsv", "xliff", "text"}
    assert all(named.get(value, value.upper()) in export.help for value in offered), (offered, export.help)


@pytest.mark.parametrize("size", SIZES)
async def test_next_open_segment_from_the_list_puts_the_cursor_in_its_target(
    xliff_app: WorkbenchApp, xliff_project: Path, size: tuple[int, int]
) -> None:
    """`ctrl+n` pressed on the list (after `escape`, or a jump) moved the list's cursor only: the
    translation typed next went nowhere, and the `enter` after it merely opened the editor."""
    async with xliff_app.run_test(size=size) as pilot:
        await open_editor(pilot, 1)
        await pilot.press("escape", "ctrl+n")
        await settle(pilot)
        await pilot.press(*"Перед установкой сервера создайте резервную копию базы данных.", "enter")
        await settle(pilot)
    second = stored(xliff_project)[1]
    assert (second["target"], second["status"]) == (
        "Перед установкой сервера создайте резервную копию базы данных.", "translated")


@pytest.mark.parametrize("size", SIZES)
async def test_a_unit_the_client_locked_cannot_be_typed_into_and_says_why(
    xliff_app: WorkbenchApp, xliff_project: Path, size: tuple[int, int]
) -> None:
    """A `translate="no"` unit took what was typed into it and refused it only at the save ("could
    not save the translation"), the typed text left on screen; nothing said it was locked before."""
    async with xliff_app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 4)
        await pilot.press("enter")
        await pilot.press(*"abc")
        await settle(pilot)
        assert screen.editor.text == "Northwind Server 4.2"
        info = str(screen.query_one("#segment-info", Static).render())
        assert 'translate="no"' in info
        assert not any(n.severity == "error" for n in xliff_app._notifications)
        await pilot.press("escape")
        screen.query_one(SegmentGrid).move_to(2)
        await settle(pilot)
        await pilot.press("enter", *"Не удаляйте")  # the next unit is editable again
        assert screen.editor.text.startswith("Не удаляйте")
    assert stored(xliff_project)[3]["target"] == "Northwind Server 4.2"
