"""The project view imports a TMX into the translation memory and exports every memory as one TMX
(twenty-fourth user's day: the TUI could do neither), at 80x24 and 120x40."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static
from tui_helpers import settle

from workbench.core.memory import TranslationMemory
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.formats.tmx import read_tmx, write_tmx
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.file_modals import ExportModal, MemoryImportModal, MemoryReplaceModal
from workbench.tui.screens.project_screen import ProjectScreen


def peer_tmx(path: Path) -> Path:
    units = [
        TranslationUnit("Reading room", "Читальня", "en-US", "ru-RU"),
        TranslationUnit("Reading room", "Читальня", "en-US", "ru-RU"),
        TranslationUnit("Reading room", "Читальный зал", "en-US", "ru-RU"),
        TranslationUnit("Reading rooms", "", "en-US", "ru-RU"),
    ]
    write_tmx(path, units, source_lang="en-US", target_lang="ru-RU")
    return path


def messages(app: WorkbenchApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_import_a_memory_and_export_every_memory_as_one_tmx(
    project_path: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    tmx = peer_tmx(tmp_path / "omegat.tmx")
    out = tmp_path / "clean.tmx"
    app = make_app(project_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        await pilot.press("m")
        assert isinstance(app.screen, MemoryImportModal)
        await pilot.press("enter")
        assert "Name the file to import." in str(app.screen.query_one(".form-error", Static).render())
        app.screen.query_one("#path", Input).value = str(tmx)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ProjectScreen)
        assert "Imported omegat.tmx into the memory omegat.tmx: 3 units; 1 unit left out (no text in both languages, translated the other way, or too long)" in " ".join(messages(app))
        await pilot.press("x")
        assert isinstance(app.screen, ExportModal)
        app.screen.query_one("#format", Select).value = "memory"
        await pilot.pause()
        await pilot.press("tab")  # from the format list to the file, as a person would
        app.screen.query_one("#path", Input).value = str(out)
        await pilot.press("enter")
        await settle(pilot)
    assert any(
        f"Wrote {out}: 3 units, 1 duplicate left out; 1 source has more than one translation" in m
        for m in messages(app)
    ), messages(app)
    assert sorted((u.target, u.prop("x-memory")) for u in read_tmx(out, "en", "ru")) == [
        ("Коммунистическая партия дала ему политическую санкцию.", "project"),
        ("Читальный зал", "omegat.tmx"),
        ("Читальня", "omegat.tmx"),
    ]
    with Project.open(project_path) as project, TranslationMemory.for_project(project) as tm:
        assert [(m.name, m.units) for m in tm.memories()] == [("project", 1), ("omegat.tmx", 3)]


async def test_a_memory_of_other_languages_is_refused_in_one_line(app: WorkbenchApp, tmp_path: Path) -> None:
    german = tmp_path / "de.tmx"
    write_tmx(german, [TranslationUnit("Good day", "Guten Tag", "en", "de")], source_lang="en", target_lang="de")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("m")
        app.screen.query_one("#path", Input).value = str(german)
        await pilot.press("enter")
        await settle(pilot)
        said = messages(app)
    assert any("de.tmx: no unit has text in both en and ru" in m and "nothing imported" in m for m in said), said


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_replace_in_the_memories_from_the_palette_with_a_preview_and_undo(
    project_path: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    """A calque repeated in every case is mended in the imported memories from the palette: the
    preview names each unit before anything changes, and the undo puts them back (they were CLI-only)."""
    calques = ["Помощь клубу рабочих.", "Нет клуба рабочих.", "Клуб закрылся."]
    tmx = tmp_path / "client.tmx"
    write_tmx(tmx, [TranslationUnit(f"Sentence {n}.", t, "en", "ru") for n, t in enumerate(calques)],
              source_lang="en", target_lang="ru")
    with Project.open(project_path) as project, TranslationMemory.for_project(project) as tm:
        tm.import_file(tmx)

    def targets() -> list[str]:
        with Project.open(project_path) as project, TranslationMemory.for_project(project) as tm:
            return sorted(row[0] for row in tm.db.execute("select target from units where target like '%луб%'"))

    app = make_app(project_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"replace in imported", "enter")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, MemoryReplaceModal)
        modal.query_one("#find", Input).value = "клуб рабочих"
        modal.query_one("#replacement", Input).value = "рабочий клуб"
        modal.query_one("#mode", Select).value = "forms"
        modal.query_one("#find", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceModal)
        shown = app.screen.query_one(".muted", Static).render()
        struck = {i for span in shown.spans if "strike" in str(span.style) for i in range(span.start, span.end)}
        note = "".join(c for i, c in enumerate(shown.plain) if i not in struck)  # as the unit will read
        assert "client.tmx #1: Помощь рабочему клубу." in note and "client.tmx #2: Нет рабочего клуба." in note
        assert targets() == sorted(calques)  # the preview changed nothing
        await pilot.press("enter")
        await settle(pilot)
        assert any("Changed 2 units in the memories" in m for m in messages(app)), messages(app)
        assert targets() == sorted(["Помощь рабочему клубу.", "Нет рабочего клуба.", "Клуб закрылся."])
        await pilot.press("ctrl+p", *"undo the last replace", "enter")
        await settle(pilot)
        assert any("Put back 2 targets changed by replacing 'клуб рабочих' with 'рабочий клуб'" in m
                   for m in messages(app)), messages(app)
    assert targets() == sorted(calques)
