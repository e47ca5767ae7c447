"""Session 29's user day: the leftovers of earlier days (the TUI's own import taken for another
program's write, the findings view's undo, exports over an existing file) and a translator's
day with the tools OmegaT and memoQ users expect, at 80x24."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input
from tui_helpers import open_screen, settle, stored

from workbench.core.project import add_comment
from workbench.core.project.store import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.project_screen import ProjectScreen
from workbench.tui.widgets.findings_panel import FindingList

SMALL = (80, 24)
SAMPLE_SOURCES = Path(__file__).resolve().parents[2] / "projects" / "workers-clubs" / "sources"


def notices(app: WorkbenchApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_the_apps_own_import_is_never_taken_for_another_programs_write(
        app: WorkbenchApp, project_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The watch's one-second tick can fall while the import commits, between its end and the
    reload, or while the reload reads: each time it found the segments moved by a connection not
    the app's and said "changed by another program; reloaded" after the app's own import."""
    source = SAMPLE_SOURCES / "workers-clubs.en.txt"
    finished = ProjectScreen._task_finished
    looks: list[bool] = []

    def finished_with_ticks(screen: ProjectScreen, *args: Any) -> None:
        looks.append(screen.workbench.check_outside_changes())  # the tick before the end is said
        finished(screen, *args)
        looks.append(screen.workbench.check_outside_changes())  # the tick while the reload reads

    monkeypatch.setattr(ProjectScreen, "_task_finished", finished_with_ticks)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("i")
        app.screen.query_one("#source", Input).value = str(source)
        await pilot.click("#ok")
        await settle(pilot)
        assert looks == [False, False]
        assert not app.check_outside_changes(), "after the reload, the watch is quiet"
        assert len(app.store) == len(stored(project_path)) > 8
        assert not [m for m in notices(app) if "another program" in m], notices(app)


async def test_an_export_over_an_existing_file_asks_and_keeps_it_by_default(app: WorkbenchApp, project_path: Path) -> None:
    from workbench.tui.screens.choice_modal import ChoiceModal

    delivery = project_path / "clubs.tmx"
    delivery.write_text("last week's delivery\n", encoding="utf-8")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        await pilot.click("#ok")  # the prefilled path, the one there already
        await settle(pilot)
        assert isinstance(app.screen, ChoiceModal), "the file there is never replaced unasked"
        assert app.screen.title_text == f"{delivery} exists. Replace it?"
        await pilot.press("enter")  # the first choice keeps it
        await settle(pilot)
        assert delivery.read_text(encoding="utf-8") == "last week's delivery\n"
        assert f"Nothing written: {delivery} is as it was." in notices(app)
        await pilot.press("x")
        await pilot.pause()
        await pilot.click("#ok")
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert "<tu " in delivery.read_text(encoding="utf-8")


def acceptances(project_path: Path) -> list[str]:
    with Project.open(project_path) as project:
        return [row["check"] for row in project.db.table("check_acceptances").rows]


async def test_what_the_findings_view_does_is_undone_and_redone_there(app: WorkbenchApp, project_path: Path) -> None:
    """An acceptance made by mistake in F5 had no undo ("F4, then ctrl+z" undid editor edits
    only): `u` (ctrl+z) there takes back the view's last action, ctrl+y does it again."""
    with Project.open(project_path) as project:
        segment_id = project.segments()[1].id
        add_comment(project, segment_id, "Check the party's name.")
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        screen.query_one(FindingList).focus()
        screen.query_one(FindingList).cursor = next(i for i, f in enumerate(screen.shown) if f.check == "term-missing")
        await pilot.press("a", *"stylistic", "enter")
        await settle(pilot)
        assert acceptances(project_path) == ["term-missing"]
        assert all(f.check != "term-missing" for f in screen.findings)
        screen.query_one(FindingList).cursor = next(i for i, f in enumerate(screen.shown) if f.check == "comment")
        await pilot.press("a")
        await settle(pilot)
        assert not app.open_comments(segment_id)
        await pilot.press("u")
        await settle(pilot)
        assert [c.text for c in app.open_comments(segment_id)] == ["Check the party's name."], "the comment is open again"
        assert "Undone: resolving a comment" in notices(app)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert acceptances(project_path) == []
        assert [f.segment for f in screen.findings if f.check == "term-missing"] == [6], "listed again at once"
        assert "Undone: acceptance of missing term on segment 6" in notices(app)
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert acceptances(project_path) == ["term-missing"]
        assert all(f.check != "term-missing" for f in screen.findings)
        await pilot.press("ctrl+z", "ctrl+z")
        await settle(pilot)
        await pilot.press("u")
        await pilot.pause()
        assert "Nothing to undo in this view (the editors' edits: F4, then ctrl+z)." in notices(app)


async def test_a_term_added_in_another_terminal_reaches_the_open_editor(app: WorkbenchApp, project_path: Path) -> None:
    """`term add` in a second terminal while the editor was open: the term panel said "No terms
    in this segment" until the app was restarted. The watch reads the terms again, once."""
    from click.testing import CliRunner

    from workbench.cli import main

    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.pause(0.3)
        assert not app.check_outside_terms(), "the app's own read of the terms is no change"
        assert app.enforcer is not None
        before = app.enforcer
        said = CliRunner().invoke(main, ["term", "add", str(project_path), "--source", "decentralization",
                                         "--target", "децентрализация"])
        assert said.exit_code == 0, said.output
        assert app.check_outside_terms()
        await settle(pilot)
        await pilot.pause(0.3)
        await settle(pilot)
        assert app.enforcer is not before
        assert app.enforcer.source_matcher.find("The party backed decentralization."), "the new term is found"
        assert not before.source_matcher.find("The party backed decentralization.")
        looks = [app.check_outside_terms() for _ in range(3)]
        assert looks.count(True) <= 1 and not looks[-1], looks


async def test_the_palette_names_each_commands_key(app: WorkbenchApp) -> None:
    """A translator found "segment: go to number" in ctrl+p and never learnt its key (alt+g):
    only F1 said it. Each palette entry with a key now ends by naming it."""
    from tui_helpers import open_editor

    async with app.run_test(size=SMALL) as pilot:
        await open_editor(pilot)
        said = {command.title: command.help for command in app.get_system_commands(app.screen)}
        assert said["segment: go to number"].endswith("Key: alt+g"), said["segment: go to number"]
        assert "Key:" not in said["target: select all"], "a palette-only command names no key"


async def test_a_source_correction_made_in_the_findings_view_is_undone_there(tmp_path: Path) -> None:
    """The correction's note said "F4, then ctrl+z, undoes it": `u` in the view undoes it, through
    the journal, and only while it is still the journal's last edit."""
    from workbench.core.ingest.importing import import_text
    from workbench.tui.app import make_app

    english, russian = tmp_path / "page.en.txt", tmp_path / "page.ru.txt"
    english.write_text("The clubs opened in 1923. The party backed tliem.\n", encoding="utf-8")
    russian.write_text("Клубы открылись в 1923 году. Партия поддерживала их.\n", encoding="utf-8")
    with Project.create(tmp_path / "book", "en", "ru") as project:
        import_text(project, english, russian)
    app = make_app(tmp_path / "book")
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        index = next(i for i, f in enumerate(screen.shown) if f.check == "ocr-suspect" and f.source_spans)
        screen.query_one(FindingList).cursor = index
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+u", *"them", "enter")
        await settle(pilot)
        sources = [row["source"] for row in stored(tmp_path / "book")]
        assert "The party backed them." in sources, sources
        await pilot.press("u")
        await settle(pilot)
        assert "The party backed tliem." in [row["source"] for row in stored(tmp_path / "book")]
        assert "The party backed tliem." in [s.source for s in app.store.segments], "the views show it at once"
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert "The party backed them." in [row["source"] for row in stored(tmp_path / "book")]
