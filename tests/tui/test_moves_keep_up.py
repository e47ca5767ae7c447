"""A move redraws what changed and never lays the whole screen out again (issue 18).

Textual lays out the whole screen whenever a widget's size or scrollbars
change; that was most of a move's time at 50,000 segments. These tests
count the screen's layouts while the cursor moves over pairs of different
lengths (the timing itself is `bench/bench_tui.py`'s job), and check that
what is shown is still the segment under the cursor, at once.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static
from tui_helpers import SAMPLE_BEADS, SIZE, Bead, build_project, open_editor, settle

from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.alignment_screen import AlignmentScreen
from workbench.tui.widgets.literal import literal

LONG = "Очень длинный перевод, который не помещается в поле целиком и прокручивается внутри него. " * 6
BEADS = (*SAMPLE_BEADS, Bead(("A sentence with a long translation.",), (LONG.strip(),)), *SAMPLE_BEADS[:3])


def count_layouts(screen: Any) -> list[int]:
    """Count the screen's full layouts from now on."""
    count = [0]
    original = screen._refresh_layout

    def counted(*args: Any, **kwargs: Any) -> None:
        count[0] += 1
        original(*args, **kwargs)

    screen._refresh_layout = counted
    return count


@pytest.mark.parametrize("size", [SIZE, (80, 24)])
async def test_moving_in_the_translation_editor_lays_nothing_out(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(build_project(tmp_path / "clubs", BEADS))
    async with app.run_test(size=size) as pilot:
        screen = await open_editor(pilot)
        layouts = count_layouts(screen)
        for key in ["down"] * (len(BEADS) - 1) + ["up"] * 4:
            await pilot.press(key)
            segment = screen.grid.current
            assert segment is not None
            # Shown in the frame of the move, before any rest: the source, the target, the info line.
            assert screen.current_id == segment.id
            assert screen.editor.text == segment.target
            source = str(screen.query_one("#source-text", Static).render())
            assert " ".join(source.split()) == " ".join(literal(segment.source).plain.split())
        await settle(pilot)
        assert layouts[0] == 0


@pytest.mark.parametrize("size", [SIZE, (80, 24)])
async def test_a_move_rechecks_without_counting_the_frozen_objects(
    tmp_path: Path, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each move re-checks the segment on screen and leaves what the app froze frozen, without asking
    how much that is: `gc.get_freeze_count` walks every frozen object, 6.7 ms of CPU a move at 50,000
    segments when the check runner asked it at the end of every run."""
    app = make_app(build_project(tmp_path / "clubs", BEADS))
    async with app.run_test(size=size) as pilot:
        await open_editor(pilot)
        asked: list[int] = []
        count_frozen = gc.get_freeze_count
        monkeypatch.setattr(gc, "get_freeze_count", lambda: asked.append(count_frozen()) or asked[-1])
        checked = app.findings.version
        keys = ["down"] * (len(BEADS) - 1) + ["up"] * 4
        for key in keys:
            await pilot.press(key)
        await settle(pilot)
        monkeypatch.undo()
        assert app.findings.version - checked >= len(keys)  # every move ran the local checks
        assert asked == []
        unfrozen = {id(thing) for thing in gc.get_objects()}  # the collector's generations, not what is frozen
        assert all(gc.is_tracked(segment) and id(segment) not in unfrozen for segment in app.store.segments)


async def test_a_long_target_scrolls_inside_its_box(tmp_path: Path) -> None:
    app = make_app(build_project(tmp_path / "clubs", BEADS))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot)
        screen.grid.move_to(len(SAMPLE_BEADS))
        await settle(pilot)
        editor = screen.editor
        assert editor.text == LONG.strip()
        assert editor.virtual_size.height > editor.scrollable_content_region.height
        editor.focus()
        editor.move_cursor(editor.document.end)
        await settle(pilot)
        # The cursor at the end of the text is in view: the box scrolled, it did not grow.
        assert editor.scroll_offset.y > 0
        row = editor.cursor_screen_offset.y
        assert editor.region.y <= row < editor.region.bottom


async def test_moving_in_the_alignment_editor_lays_nothing_out(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AlignmentScreen)
        layouts = count_layouts(screen)
        for _ in range(len(SAMPLE_BEADS) - 1):
            await pilot.press("down")
            info = str(screen.query_one("#bead-info", Static).render())
            assert f"Pair {screen.grid.cursor + 1} of" in info
        await settle(pilot)
        assert layouts[0] == 0


async def test_a_move_in_the_translation_editor_is_one_frame(tmp_path: Path) -> None:
    """The cursor, the segment and the visible panels change in one frame: the editor follows the grid's
    cursor in the key's own turn (before, the screen often drew the cursor alone first, then the segment)."""
    app = make_app(build_project(tmp_path / "clubs", BEADS))
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(pilot)
        frames = [0]
        display = app._display

        def counted(screen: Any, renderable: Any) -> None:
            frames[0] += renderable is not None
            display(screen, renderable)

        app._display = counted  # type: ignore[method-assign]
        for key in ["down"] * (len(BEADS) - 1) + ["up"] * 4:
            frames[0] = 0
            await pilot.press(key)
            await settle(pilot)
            assert frames[0] == 1, key
