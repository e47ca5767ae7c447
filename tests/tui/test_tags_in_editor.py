"""Inline tags in the translation editor: whole tokens, and a key that inserts the next source tag."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_helpers import settle, stored

from workbench.core.ingest.importing import import_tmx
from workbench.core.project.store import Project
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.segment_grid import SegmentGrid
from workbench.tui.widgets.segment_view import TargetEditor


@pytest.fixture
def tagged(tmp_path: Path) -> Path:
    tmx = tmp_path / "tags.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="html" '
        'segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>\n'
        '<tu><tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now<ph>&lt;br/&gt;</ph></seg></tuv>'
        '<tuv xml:lang="ru"><seg></seg></tuv></tu>\n</body></tmx>\n',
        encoding="utf-8",
    )
    with Project.create(tmp_path / "p") as project:
        import_tmx(project, tmx)
        return project.path


async def open_target(pilot: Pilot[None]) -> TargetEditor:
    await settle(pilot)
    await pilot.press("f4")
    await settle(pilot)
    assert isinstance(pilot.app.screen, TranslationScreen)
    pilot.app.screen.query_one(SegmentGrid).move_to(0)
    await settle(pilot)
    await pilot.press("enter")
    editor = pilot.app.focused
    assert isinstance(editor, TargetEditor)
    return editor


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_insert_tag_key_puts_the_source_tags_in_order(tagged: Path, size: tuple[int, int]) -> None:
    app: WorkbenchApp = make_app(tagged)
    async with app.run_test(size=size) as pilot:
        editor = await open_target(pilot)
        await pilot.press(*"Нажмите ", "alt+t", *"Сохранить", "alt+t", *" сейчас", "alt+t")
        assert editor.text == "Нажмите ⟦1⟧Сохранить⟦/1⟧ сейчас⟦2/⟧"
        await pilot.press("alt+t")  # nothing left to insert: the text stays
        assert editor.text == "Нажмите ⟦1⟧Сохранить⟦/1⟧ сейчас⟦2/⟧"
        await pilot.press("escape")
    assert stored(tagged)[0]["target"] == "Нажмите ⟦1⟧Сохранить⟦/1⟧ сейчас⟦2/⟧"


async def test_backspace_and_delete_take_a_tag_whole(tagged: Path) -> None:
    app: WorkbenchApp = make_app(tagged)
    async with app.run_test(size=(80, 24)) as pilot:
        editor = await open_target(pilot)
        await pilot.press("alt+t", *"ab", "alt+t")
        assert editor.text == "⟦1⟧ab⟦/1⟧"
        await pilot.press("backspace")  # the cursor is after ⟦/1⟧: the whole tag goes
        assert editor.text == "⟦1⟧ab"
        await pilot.press("home", "delete")  # before ⟦1⟧: delete takes it whole
        assert editor.text == "ab"
        await pilot.press("alt+t")
        editor.move_cursor((0, 2))  # inside ⟦1⟧, between ⟦ and 1
        await pilot.press("x")  # typing inside a tag types after it
        assert editor.text == "⟦1⟧xab"
        editor.move_cursor((0, 2))
        await pilot.press("backspace")
        assert editor.text == "xab"
