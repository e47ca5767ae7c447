"""Session 42's user day: the leftovers of session 41 (a dictionary word added in F5 stood for the
form on screen only), then an editor's day on a machine-translated report, driven at 80x24 and a
larger size on real project files."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Input
from tui_helpers import Bead, build_project, open_editor, open_screen, settle, stored

from workbench.core.spelling import available, read_project_words
from workbench.tui.app import make_app
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.tool_modals import ReplaceModal
from workbench.tui.widgets.findings_panel import FindingList

SIZES = [(80, 24), (120, 40)]
GHOST = (  # a name no dictionary holds, in three of its cases (the source says "the minister")
    Bead(("The ghost frightened the minister.",), ("Привидение напугало Оутиса.",)),
    Bead(("The minister laughed.",), ("Оутис рассмеялся.",)),
    Bead(("The ghost spoke with the minister.",), ("Привидение говорило с Оутисом.",)),
)


def spelling_words(app: object) -> list[str]:
    found = []
    for finding in app.findings.all():  # type: ignore[attr-defined]
        if finding.check == "spelling":
            segment = app.store.get(finding.segment_id)  # type: ignore[attr-defined]
            found += [segment.target[start:end] for start, end in finding.target_spans]
    return found


@pytest.mark.skipif(not available("ru"), reason="the Russian Hunspell dictionary is not installed")
@pytest.mark.parametrize("size", SIZES)
async def test_a_name_added_from_f5_stands_for_its_forms(tmp_path: Path, size: tuple[int, int]) -> None:
    """`d` on «Оутиса» added the form on screen, and «Оутис» and «Оутисом» stayed flagged two
    segments on (userday41). The word added stands for its forms: all three findings go at once,
    and `u` brings all three back."""
    path = build_project(tmp_path / "ghost", GHOST)
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        await settle(pilot)
        assert sorted(spelling_words(app)) == ["Оутис", "Оутиса", "Оутисом"]
        first = next(f for f in screen.shown if f.check == "spelling")
        for _ in range(screen.shown.index(first)):
            await pilot.press("down")
        assert screen.query_one(FindingList).current == first
        await pilot.press("d")
        modal = app.screen
        assert isinstance(modal, ChoiceModal)
        assert modal.values == [("Оутиса",)]
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert read_project_words(path) == ["Оутиса"]
        assert spelling_words(app) == []
        assert [f for f in screen.shown if f.check == "spelling"] == []
        await pilot.press("u")
        await settle(pilot)
        await settle(pilot)
        assert read_project_words(path) == []
        assert sorted(spelling_words(app)) == ["Оутис", "Оутиса", "Оутисом"]


@pytest.mark.parametrize("size", SIZES)
async def test_tab_from_the_replace_preview_reaches_replace(tmp_path: Path, size: tuple[int, int]) -> None:
    """After the preview the list had the focus and `tab` reached "Preview" first: `enter` there
    made the same preview again and the replace seemed to do nothing (userday42). While the
    preview is the query's own, `tab`, `enter` replaces; a changed query offers "Preview" again."""
    beads = (
        Bead(("Brewers protested.",), ("Производители пива протестовали.",)),
        Bead(("The brewers' lobby spoke.",), ("Лобби производителей пива выступило.",)),
    )
    path = build_project(tmp_path / "beer", beads)
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await open_editor(pilot, 1)
        await pilot.press("alt+r")
        modal = app.screen
        assert isinstance(modal, ReplaceModal)
        modal.query_one("#replace-find", Input).value = "производители пива"
        modal.query_one("#replace-with", Input).value = "пивовары"
        modal.query_one("#replace-mode").value = "forms"  # type: ignore[attr-defined]
        await pilot.pause()
        modal.query_one("#replace-find", Input).focus()
        await pilot.press("enter")  # the preview
        await settle(pilot)
        assert len(modal.changes) == 2 and modal.query_one("#replace-preview").has_focus
        await pilot.press("tab")
        assert app.focused is modal.query_one("#ok", Button)
        modal.query_one("#replace-with", Input).value = "пивовар"  # the query changed: preview again
        await pilot.pause()
        assert not modal.query_one("#preview", Button).disabled and modal.query_one("#ok", Button).disabled
        modal.query_one("#replace-with", Input).value = "пивовары"
        modal.query_one("#replace-find", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ReplaceModal)
        assert [row["target"] for row in stored(path)] == ["Пивовары протестовали.", "Лобби пивоваров выступило."]
