"""A terminologist's day (twenty-seventh session): the client's termbase in and out from the termbase view.

`workbench term import` and `term export` had no way in from the TUI: no key, no palette
command, no form (the project view's export writes segments and memories only). Now `i` and `x`
in the termbase view (and "term: import…", "term: export…" in the palette) do, on a thread, and
say what the file could not keep, as the CLI does. Driven at 80x24 and 120x40, read back from
the real SQLite termbase and the real file written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input
from tui_helpers import open_screen, settle

from termbase.formats import read_termbase_file
from termbase.model import Concept, Term, TermStatus
from workbench.core.project.store import Project
from workbench.core.terminology import open_project_termbase
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.file_modals import TermExportModal, TermImportModal
from workbench.tui.screens.termbase_screen import TermbaseScreen
from workbench.tui.widgets.concept_list import ConceptList

SIZES = [(80, 24), (120, 40)]

CLIENT_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US"><text><body>
<termEntry id="t1">
  <admin type="customerSubset">Series A</admin>
  <langSet xml:lang="en-US">
    <descrip type="definition">Unorganised cultural activity of the masses.</descrip>
    <tig><term>cultural spontaneity</term></tig>
  </langSet>
  <langSet xml:lang="ru-RU">
    <descrip type="definition">Неорганизованная культурная деятельность масс.</descrip>
    <tig><term>культурная стихийность</term></tig>
  </langSet>
</termEntry>
<termEntry id="t2">
  <langSet xml:lang="en-US"><tig><term>reading room</term></tig></langSet>
  <langSet xml:lang="ru-RU"><tig><term>читальный зал</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


async def run_command(pilot: Pilot[None], way: str, key: str, words: str) -> None:
    if way == "key":
        await pilot.press(key)
    else:
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*words)
        await settle(pilot)
        await pilot.press("enter")
    await settle(pilot)


async def fill(pilot: Pilot[None], field: Input, text: str) -> None:
    """Type `text` into `field` as a person does: the field's old text cleared, then key by key."""
    field.focus()
    await pilot.press("ctrl+u" if field.value else "end")
    field.value = ""
    await pilot.press(*text)
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("way", ["key", "palette"])
async def test_a_client_tbx_is_imported_and_exported_from_the_termbase_view(
        app: WorkbenchApp, project_path: Path, tmp_path: Path, size: tuple[int, int], way: str) -> None:
    client = tmp_path / "client.tbx"
    client.write_text(CLIENT_TBX, encoding="utf-8")
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f6", TermbaseScreen)

        await run_command(pilot, way, "i", "import a TBX")
        assert isinstance(app.screen, TermImportModal)
        await fill(pilot, app.screen.query_one("#path", Input), str(client))
        await pilot.press("enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)

        assert app.screen is screen
        assert {"t1", "t2"} <= {c.id for c in screen.query_one(ConceptList).concepts}
        said = [str(n.message) for n in app._notifications]
        assert any("Imported client.tbx: 2 concepts (2 new, 0 replaced)." in note
                   and "not kept" in note and "customerSubset (1)" in note for note in said), said

        await run_command(pilot, way, "x", "export to TBX")
        assert isinstance(app.screen, TermExportModal)
        field = app.screen.query_one("#path", Input)
        assert field.value == str(project_path / "clubs-terms.tbx")
        back = tmp_path / "back.tbx"
        await fill(pilot, field, str(back))
        await pilot.press("enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert any(str(back) in str(n.message) for n in app._notifications)

    with Project.open(project_path) as project, open_project_termbase(project) as termbase:
        stored = termbase.get("t1")
    assert stored is not None and stored.definition_in("ru") == "Неорганизованная культурная деятельность масс."
    assert stored.note is None
    written = {c.id: c for c in read_termbase_file(back)}
    assert written["t1"] == stored
    assert back.read_text("utf-8").lstrip().startswith("<?xml") and "<martif" in back.read_text("utf-8")


@pytest.mark.parametrize("size", SIZES)
async def test_a_wrong_file_is_said_in_the_form(app: WorkbenchApp, tmp_path: Path, size: tuple[int, int]) -> None:
    """A memory file or a missing one is answered under the field at once, the form left open."""
    memory = tmp_path / "client.tmx"
    memory.write_text("<tmx/>", encoding="utf-8")
    async with app.run_test(size=size) as pilot:
        await open_screen(pilot, "f6", TermbaseScreen)
        await pilot.press("i")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, TermImportModal)
        for text, said in ((str(memory), "client.tmx: a termbase file ends in .tbx, .csv or .tsv"),
                           (str(tmp_path / "none.tbx"), "No such file")):
            await fill(pilot, modal.query_one("#path", Input), text)
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen is modal
            assert said in str(modal.query_one(".form-error").render())


def client_termbase(project_path: Path) -> None:
    """Four concepts as a client's termbase holds them: one with no Russian term yet, one with a
    forbidden variant, one with a definition and an example, and a duplicate of another's term;
    the sample's own concepts make way for them."""
    with Project.open(project_path) as project, open_project_termbase(project) as termbase:
        termbase.clear()
        termbase.add(Concept("c1", terms=(Term("workers' club", "en"), Term("рабочий клуб", "ru"),
                                          Term("рабочий клаб", "ru", TermStatus.DEPRECATED))))
        termbase.add(Concept("c2", terms=(Term("Proletkult", "en"),)))
        termbase.add(Concept("c3", definition="Unorganised cultural activity.", terms=(
            Term("cultural spontaneity", "en", context="The cultural spontaneity of the masses."),
            Term("культурная стихийность", "ru"))))
        termbase.add(Concept("c4", terms=(Term("Workers’ club", "en-US"), Term("клуб рабочих", "ru-RU"))))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("way", ["key", "palette"])
async def test_the_termbase_view_filters_and_sorts(
        app: WorkbenchApp, project_path: Path, size: tuple[int, int], way: str) -> None:
    """The termbase view had a search box and nothing else: which concepts have no Russian term,
    which hold a forbidden variant, which are duplicates, could only be read concept by concept."""
    client_termbase(project_path)
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f6", TermbaseScreen)
        listed = screen.query_one(ConceptList)

        async def choose(key: str, words: str, option: int) -> list[str]:
            await run_command(pilot, way, key, words)
            assert isinstance(app.screen, ChoiceModal)
            for _ in range(option):
                await pilot.press("down")
            await pilot.press("enter")
            await settle(pilot)
            return [c.id for c in listed.concepts]

        assert await choose("f", "show only some", 1) == ["c2"]
        assert "1 concept of 4" in str(screen.query_one("#concept-count").render())
        assert await choose("f", "show only some", 2) == ["c1"]
        assert await choose("f", "show only some", 3) == ["c1", "c2", "c4"]
        assert await choose("f", "show only some", 4) == ["c1", "c4"]
        assert await choose("f", "show only some", 0) == ["c1", "c2", "c3", "c4"]
        assert await choose("s", "sort the concepts", 2) == ["c4", "c3", "c1", "c2"]  # клуб, культурная, рабочий; none
        assert await choose("s", "sort the concepts", 1) == ["c3", "c2", "c1", "c4"]

        assert listed.current is not None and listed.current.id == "c1"  # the sort kept the cursor's concept
        await pilot.press("up", "up")
        await settle(pilot)
        assert listed.current is not None and listed.current.id == "c3"
        detail = str(screen.query_one("#concept-detail").render())
        assert "Example: The cultural spontaneity of the masses." in detail


@pytest.mark.parametrize("size", SIZES)
async def test_a_concept_is_found_by_its_id(app: WorkbenchApp, project_path: Path, size: tuple[int, int]) -> None:
    """`term list`, `term merge` and the import's notes name concepts by id ("the first in concept
    c4"); typed into the search, an id found nothing (0 concepts of 32)."""
    client_termbase(project_path)
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f6", TermbaseScreen)
        await pilot.press("slash", *"c3")
        await settle(pilot)
        assert [c.id for c in screen.query_one(ConceptList).concepts] == ["c3"]


@pytest.mark.parametrize("size", SIZES)
async def test_concept_ids_are_shown_whole(app: WorkbenchApp, project_path: Path, size: tuple[int, int]) -> None:
    """The list cut every id to an eighth of its width: "proletarian-identity" and
    "proletarianization" both read "proleta" at 120 columns."""
    with Project.open(project_path) as project, open_project_termbase(project) as termbase:
        termbase.clear()
        termbase.add(Concept("proletarian-identity", terms=(Term("proletarian identity", "en"),
                                                            Term("пролетарская идентичность", "ru"))))
        termbase.add(Concept("proletarianization", terms=(Term("proletarianization", "en"),
                                                          Term("пролетаризация", "ru"))))
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f6", TermbaseScreen)
        listed = screen.query_one(ConceptList)
        rows = ["".join(segment.text for segment in listed.render_row(i, listed.size.width, False)) for i in range(2)]
        assert rows[0].startswith("proletarian-identity ") and rows[1].startswith("proletarianization ")
