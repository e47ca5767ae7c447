"""A newcomer's first translations (twenty-fifth session): keys pressed as they were, at 80x24 and
larger, the result read back from the project.

`F4` opens on the grid and `ctrl+s` there confirms and moves on, still on the grid; what the
newcomer typed next, the next segment's translation, went nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import TextArea
from tui_helpers import Bead, build_project, open_editor, settle, stored

from workbench.tui.app import make_app
from workbench.tui.widgets.segment_grid import SegmentGrid

SIZES = [(80, 24), (120, 40)]

BEADS = (
    Bead(("Introductory.",), ("Вступление.",)),
    Bead(("A notion prevails that the Money Market is impalpable.",), ()),
    Bead(("But I maintain that the Money Market is concrete.",), ()),
    Bead(("The Bank of England keeps the reserve.",), ("Банк Англии хранит",)),
)


@pytest.fixture
def chapter(tmp_path: Path) -> Path:
    return build_project(tmp_path / "lombard", BEADS, name="lombard")


@pytest.mark.parametrize("size", SIZES)
async def test_typing_on_the_grid_goes_into_the_target(chapter: Path, size: tuple[int, int]) -> None:
    app = make_app(chapter)
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 1)
        assert isinstance(app.focused, SegmentGrid)
        await pilot.press("ctrl+s")  # confirms segment 1 and moves to 2, on the grid
        await settle(pilot)
        assert isinstance(app.focused, SegmentGrid) and screen.grid.cursor == 1
        await pilot.press(*"Бытует мнение.")
        assert isinstance(app.focused, TextArea)
        await pilot.press("enter")  # confirm and on to segment 3
        await settle(pilot)
        await pilot.press("escape")  # back to the grid, then type again
        await pilot.press(*"Но я утверждаю.", "enter")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.press(*" запас.")  # a target already begun: the text goes at its end
        await pilot.press("enter")
        await settle(pilot)
    rows = stored(chapter)
    assert [row["target"] for row in rows] == ["Вступление.", "Бытует мнение.", "Но я утверждаю.", "Банк Англии хранит запас."]
    assert [row["status"] for row in rows] == ["translated"] * 4


async def test_the_grids_own_keys_keep_their_meaning(chapter: Path) -> None:
    """`j` and `k` move the grid's cursor (vim keys): they are not typed."""
    app = make_app(chapter)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("j", "j", "k")
        await settle(pilot)
        assert screen.grid.cursor == 1 and isinstance(app.focused, SegmentGrid)
    assert [row["target"] for row in stored(chapter)][1] == ""


async def test_text_pasted_on_the_grid_goes_into_the_target(chapter: Path) -> None:
    from textual import events

    app = make_app(chapter)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_editor(pilot, 3)
        assert isinstance(app.focused, SegmentGrid)
        app.focused.post_message(events.Paste("Но я утверждаю, что рынок конкретен."))
        await settle(pilot)
        assert isinstance(app.focused, TextArea)
        assert screen.editor.text == "Но я утверждаю, что рынок конкретен."
        await pilot.press("enter")
        await settle(pilot)
    assert stored(chapter)[2]["target"] == "Но я утверждаю, что рынок конкретен."


@pytest.mark.parametrize("size", SIZES)
async def test_typing_survives_a_reload_of_the_segments(chapter: Path, size: tuple[int, int]) -> None:
    """The segments read again while a translation is being typed (the first load ending, another
    program's change noticed, an import) loaded the stored target over the letters typed since
    the last save: in the first seconds after `F4`, the start of a sentence went missing."""
    app = make_app(chapter)
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 2)
        await pilot.press("enter", *"Бытует")
        app.announce_edit(None)  # what a reload from the database does, whatever asked for it
        await settle(pilot)
        assert screen.editor.text == "Бытует"
        await pilot.press(*" мнение.", "enter")
        await settle(pilot)
    assert stored(chapter)[1]["target"] == "Бытует мнение."


@pytest.mark.parametrize("size", SIZES)
async def test_keys_typed_right_after_enter_go_to_the_next_segment(chapter: Path, size: tuple[int, int]) -> None:
    """`enter` in the target confirmed by a message the view read later, so the keys typed next
    (already queued: a fast typist, a busy machine) went into the segment just confirmed and
    were saved there, and the next segment was opened without them."""
    from textual import events

    app = make_app(chapter)
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 2)
        await pilot.press("enter", *"Бытует мнение.")
        for key, character in [("enter", "\r"), *[(ch, ch) for ch in "Но я"]]:
            app.post_message(events.Key(key, character))  # queued together, as a terminal sends them
        await settle(pilot)
        assert screen.grid.cursor == 2
        assert screen.editor.text == "Но я"
        await pilot.press("enter")
        await settle(pilot)
    rows = stored(chapter)
    assert [row["target"] for row in rows[1:3]] == ["Бытует мнение.", "Но я"]


@pytest.mark.parametrize("size", SIZES)
async def test_escape_then_enter_typed_ahead_reopen_the_same_segment(chapter: Path, size: tuple[int, int]) -> None:
    """`escape` moved the focus to the grid only after the keys already queued behind it (Textual's
    `focus()` waits its turn), so an `enter` typed right after it still reached the target and
    confirmed the segment, and what followed went into the next one."""
    from textual import events

    app = make_app(chapter)
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot, 2)
        await pilot.press("enter", *"Бытует")
        for key, character in [("escape", "\x1b"), ("enter", "\r"), ("space", " "), *[(ch, ch) for ch in "мнение."]]:
            app.post_message(events.Key(key, character))
        await settle(pilot)
        assert screen.grid.cursor == 1
        assert screen.editor.text == "Бытует мнение."
        assert isinstance(app.focused, TextArea)
    assert [row["status"] for row in stored(chapter)][1] == "draft"
