"""Two translators' apps on one project at once (hardening, round 39).

Never attacked before: two TUIs open on one project folder, each typing. Neither loses an
edit, neither meets "database is locked" as a traceback, and each shows the other's saves
when its once-a-second watch next reads the project. Two real apps on one folder, driven
together in one event loop, as two terminals would be."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import SIZE, open_editor, settle, stored

from workbench.tui.app import make_app
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.segment_grid import SegmentGrid


def _targets_shown(screen: TranslationScreen) -> list[str]:
    return [segment.target for segment in screen.query_one(SegmentGrid).segments]


async def test_two_apps_typing_on_other_segments_see_each_others_saves(project_path: Path) -> None:
    first, second = make_app(project_path), make_app(project_path)
    async with first.run_test(size=SIZE) as one, second.run_test(size=SIZE) as two:
        editor_one = await open_editor(one, 3)
        editor_two = await open_editor(two, 5)
        await one.press("enter", "ctrl+a", "ctrl+k", *"Первая правка", "escape", "down")
        await two.press("enter", "ctrl+a", "ctrl+k", *"Вторая правка", "escape", "down")
        for pilot in (one, two, one, two):
            await pilot.pause(0.6)  # the once-a-second watch of each
            await settle(pilot)
        targets = [segment["target"] for segment in stored(project_path)]
        assert targets[2] == "Первая правка" and targets[4] == "Вторая правка"
        assert _targets_shown(editor_one)[4] == "Вторая правка"
        assert _targets_shown(editor_two)[2] == "Первая правка"
        for app in (first, second):
            said = [str(note.message) for note in app._notifications]
            assert not any("locked" in line or "wrote over" in line for line in said), said


async def test_a_saved_target_the_other_app_writes_over_is_said_with_its_text(project_path: Path) -> None:
    """One translator saves a segment; the other, whose app then shows that text, types over it
    and saves. The first app showed the second's text in place of its own, saying only "the
    segments were reloaded": its translator's saved words gone from sight, unsaid. It is said
    now, with the text they saved; a target it never saved is not."""
    first, second = make_app(project_path), make_app(project_path)
    async with first.run_test(size=SIZE) as one, second.run_test(size=SIZE) as two:
        editor_one = await open_editor(one, 5)
        editor_two = await open_editor(two, 5)
        await one.press("enter", "ctrl+a", "ctrl+k", *"Текст первого", "escape")
        for _ in range(2):
            await two.pause(0.6)  # the second app's watch reads the first's save
            await settle(two)
        assert editor_two.editor.text == "Текст первого"
        await two.press("enter", "ctrl+a", "ctrl+k", *"Текст второго", "escape")
        assert stored(project_path)[4]["target"] == "Текст второго"
        for _ in range(2):
            await one.pause(0.6)  # the first app's watch
            await settle(one)
        assert editor_one.editor.text == "Текст второго"
        said = [str(note.message) for note in first._notifications]
        assert [line for line in said if "wrote over" in line] == [
            "Another program wrote over the target you saved here; its text is shown now. Yours was: Текст первого"]
        assert not any("wrote over" in str(note.message) for note in second._notifications)
