"""Editing the translator can trust (session 46, tui46): typing undone a word at a time, the
replace form's Tab order, and two apps undoing across each other's edits.

The typing history is tested on its own (the edits as the text area records them, a clock of
the test's), then through the target text at 80x24."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.document._document import EditResult
from textual.document._edit import Edit
from textual.widgets.text_area import Selection
from tui_helpers import open_editor, settle, stored

from workbench.tui.app import make_app
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.screens.tool_modals import ReplaceModal
from workbench.tui.widgets.segment_grid import SegmentGrid
from workbench.tui.widgets.typing_history import TypingHistory

NARROW = (80, 24)


class Clock:
    """Monotonic seconds the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _history(monkeypatch: pytest.MonkeyPatch) -> tuple[TypingHistory, Clock]:
    clock = Clock()
    history = TypingHistory.made()
    monkeypatch.setattr(history, "_get_time", clock)
    return history, clock


def _type(history: TypingHistory, text: str, column: int, clock: Clock, *, over: str = "",
          gap: float = 0.1) -> int:
    """Record `text` typed a key at a time at `column` of one line (the first key over `over`)."""
    for character in text:
        clock.now += gap
        edit = Edit(character, (0, column), (0, column + len(over)), False)
        edit._edit_result = EditResult((0, column + 1), over)
        history.record(edit)
        column, over = column + 1, ""
    return column


def _steps(history: TypingHistory) -> list[str]:
    return ["".join(edit.text for edit in batch) for batch in history.undo_stack]


def test_typing_is_undone_a_word_at_a_time_and_a_pause_still_ends_a_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """Textual kept a sentence typed without a pause as one step; a word is one now, and a pause
    (Textual's 2 s) within a word still ends one."""
    history, clock = _history(monkeypatch)
    column = _type(history, "Профсоюзы обеспечили баз", 0, clock)
    assert _steps(history) == ["Профсоюзы ", "обеспечили ", "баз"]
    clock.now += 2.5
    _type(history, "у", column, clock)
    assert _steps(history) == ["Профсоюзы ", "обеспечили ", "баз", "у"]


def test_a_word_typed_over_a_selection_is_one_step_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """«1923» typed over «1925»: Textual's first ctrl+z left «1» (userday45); the step holds the
    replaced selection and the whole word, and a deletion after it is a step of its own."""
    history, clock = _history(monkeypatch)
    column = _type(history, "1923", 20, clock, over="1925")
    assert _steps(history) == ["1923"]
    assert [edit._edit_result.replaced_text for edit in history.undo_stack[0] if edit._edit_result] == [
        "1925", "", "", ""]
    clock.now += 0.1
    deletion = Edit("", (0, column - 1), (0, column), False)
    deletion._edit_result = EditResult((0, column - 1), "3")
    history.record(deletion)
    assert _steps(history) == ["1923", ""]


async def test_ctrl_z_in_the_target_takes_back_a_word_and_ctrl_y_brings_it_again(project_path: Path) -> None:
    """At 80x24 in the target text: a word typed over a selected year comes back whole at one
    ctrl+z, the words typed after it go one by one, ctrl+y brings the last undone back."""
    app = make_app(project_path)
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_editor(pilot, 8)
        await pilot.press("enter")
        editor = screen.editor
        assert editor.has_focus and editor.text == "Партия поддержала децентрализацию в 1925 году."
        editor.history.checkpoint_timer = 60.0  # a loaded machine's slow key is no pause here
        start = editor.text.index("1925")
        editor.selection = Selection((0, start), (0, start + 4))
        await pilot.press(*"1923", "end", "space", *"и позже")
        assert editor.text == "Партия поддержала децентрализацию в 1923 году. и позже"
        await pilot.press("ctrl+z")
        assert editor.text == "Партия поддержала децентрализацию в 1923 году. и "
        await pilot.press("ctrl+z")  # the space typed first is one step with the word after it
        assert editor.text == "Партия поддержала децентрализацию в 1923 году."
        await pilot.press("ctrl+z")
        assert editor.text == "Партия поддержала децентрализацию в 1925 году."
        await pilot.press("ctrl+y")
        assert editor.text == "Партия поддержала децентрализацию в 1923 году."
        await settle(pilot)


async def test_the_replace_forms_tab_walks_its_fields_in_reading_order_and_escape_gives_focus_back(
        project_path: Path) -> None:
    """Find, replace, the options, the buttons, round again, and back with shift+tab; the preview
    list is a stop only once it lists changes (empty, `enter` on it did nothing, userday45).
    Escape closes the form and the target text has the focus again."""
    app = make_app(project_path)
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_editor(pilot, 8)
        await pilot.press("enter")
        await pilot.press("alt+r")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ReplaceModal)

        async def walk(key: str, count: int) -> list[str]:
            seen = []
            for _ in range(count):
                seen.append(app.focused.id if app.focused is not None else "")
                await pilot.press(key)
            return seen

        fields = ["replace-find", "replace-with", "replace-mode", "replace-whole", "replace-case"]
        assert await walk("tab", 8) == [*fields, "preview", "cancel", "replace-find"]
        assert await walk("shift+tab", 3) == ["replace-with", "replace-find", "cancel"]
        await pilot.press("shift+tab", "shift+tab", "shift+tab", "shift+tab")  # back to the find field
        assert app.focused is not None and app.focused.id == "replace-with"
        await pilot.press("shift+tab", *"1925", "tab", *"1926", "enter")
        await settle(pilot)
        await pilot.pause(0.2)
        assert await walk("tab", 5) == ["replace-preview", "ok", "cancel", *fields[:2]]
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen and screen.editor.has_focus
        assert "1925" in screen.editor.text  # nothing replaced


async def test_undo_over_another_apps_newer_text_asks_and_loses_nothing(project_path: Path) -> None:
    """Two apps on one project: A edits segments 3 and 5, B then edits 5 and 7. A's ctrl+z took
    the journal's newest step, B's, asking about it as "an earlier session's" edit. Now it takes
    A's own edit of 5, finds B's text over it and asks, showing both texts: kept, nothing moves;
    undone all the same, the text before A's edit is back and the next ctrl+z brings B's again;
    B's segment 7 is never touched."""
    first, second = make_app(project_path), make_app(project_path)
    before = [segment["target"] for segment in stored(project_path)]
    async with first.run_test(size=NARROW) as one, second.run_test(size=NARROW) as two:
        editor_one = await open_editor(one, 3)
        await one.press("enter", "ctrl+a", "ctrl+k", *"А три", "escape")
        editor_one.query_one(SegmentGrid).move_to(4)
        await settle(one)
        await one.press("enter", "ctrl+a", "ctrl+k", *"А пять", "escape")
        editor_two = await open_editor(two, 5)
        for _ in range(2):
            await two.pause(0.6)  # B's watch reads A's saves
            await settle(two)
        assert editor_two.editor.text == "А пять"
        await two.press("enter", "ctrl+a", "ctrl+k", *"Б пять", "escape")
        editor_two.query_one(SegmentGrid).move_to(6)
        await settle(two)
        await two.press("enter", "ctrl+a", "ctrl+k", *"Б семь", "escape")
        assert [row["target"] for row in stored(project_path)][2:7:2] == ["А три", "Б пять", "Б семь"]

        await one.press("ctrl+z")
        await settle(one)
        asked = first.screen
        assert isinstance(asked, ChoiceModal)
        assert asked.title_text == "Another program changed it after your target edit of segment 5"
        assert "Their text: Б пять\nBefore your edit: " + before[4] in str(asked.note)
        await one.press("enter")  # the first choice: keep their text
        await settle(one)
        assert stored(project_path)[4]["target"] == "Б пять"
        await one.press("ctrl+z")
        await settle(one)
        assert isinstance(first.screen, ChoiceModal)
        await one.press("down", "enter")  # undo A's edit all the same
        await settle(one)
        targets = [row["target"] for row in stored(project_path)]
        assert targets[4] == before[4] and targets[6] == "Б семь"
        await one.press("ctrl+z")  # the undo over B's text is a step: B's text comes back
        await settle(one)
        assert stored(project_path)[4]["target"] == "Б пять"
        await one.press("ctrl+z")  # then A's own edit of segment 3, not B's of 7
        await settle(one)
        targets = [row["target"] for row in stored(project_path)]
        assert targets[2] == before[2] and targets[4] == "Б пять" and targets[6] == "Б семь"
        said = [str(note.message) for note in first._notifications]
        assert "Kept their text." in said
