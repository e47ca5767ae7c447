"""The project view's "update a document from a new version", from the command palette, at 80x24.

The same update as `workbench import --update` (`editing.document_update`): the revised text
replaces the document's segments, the translation of every unchanged sentence kept, and one
`ctrl+z` in the editor would take it back (the journal step is checked here).
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input
from tui_helpers import SAMPLE_BEADS, settle, stored

from workbench.core.editing import history
from workbench.core.project import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.file_modals import ImportModal, UpdateDocumentModal
from workbench.tui.screens.project_screen import ProjectScreen

SMALL = (80, 24)


async def test_the_palette_updates_a_document_from_its_revised_text(
    app: WorkbenchApp, project_path: Path, tmp_path: Path
) -> None:
    sources = [" ".join(bead.source) for bead in SAMPLE_BEADS if bead.source]
    revised = [*sources[:2], "The club movement grew in the provinces.", *sources[2:]]
    revised[-1] = revised[-1].replace("1924", "1926")  # the party backed it later, the client says
    (tmp_path / "clubs-v2.en.txt").write_text("\n\n".join(revised) + "\n", encoding="utf-8")
    before = {row["source"]: row for row in stored(project_path)}
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        await pilot.press("ctrl+p", *"update a document", "enter")
        await settle(pilot)
        assert isinstance(app.screen, UpdateDocumentModal)
        field = app.screen.query_one("#path", Input)
        field.focus()
        field.value = str(tmp_path / "clubs-v2.en.txt")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        said = [str(n.message) for n in app._notifications]
        assert any(m.startswith("Updated clubs:") and "1 new" in m for m in said), said
    after = stored(project_path)
    # the 2-1 bead stays one segment, its source as the file has it now (white space, no control
    # characters); the 0-1 pair (no source) went
    assert [row["source"] for row in after] == [" ".join(text.replace("\x07", "").split()) for text in revised]
    confirmed = before["The Communist Party lent it political sanction."]
    kept = next(row for row in after if row["source"] == confirmed["source"])
    assert (kept["id"], kept["target"], kept["status"]) == (confirmed["id"], confirmed["target"], "translated")
    with Project.open(project_path) as project:
        assert history(project)[0].action == "update-document"


async def test_importing_a_new_version_as_a_document_says_which_document_it_repeats(
    app: WorkbenchApp, project_path: Path, tmp_path: Path
) -> None:
    """Imported with "i" instead of updated, a revised text still comes in, and the notification
    names the document it repeats and the palette's command that updates it instead."""
    sources = [" ".join(bead.source) for bead in SAMPLE_BEADS if bead.source]
    (tmp_path / "clubs-v2.en.txt").write_text("\n\n".join([*sources, "The club movement grew."]) + "\n", encoding="utf-8")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("i")
        assert isinstance(app.screen, ImportModal)
        app.screen.query_one("#source", Input).value = str(tmp_path / "clubs-v2.en.txt")
        await pilot.click("#ok")
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        said = [str(n.message) for n in app._notifications]
    imported = next(m for m in said if m.startswith("Imported clubs-v2:"))
    assert "of its segments are in the document 'clubs' already" in imported
    assert "project: update a document from a new version" in imported
