"""An editor's day on a whole scanned book and its scanned translation (eighteenth session),
driven at 80x24 and 120x40 as a person drives it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import open_screen, settle

from workbench.core.ingest.importing import import_text
from workbench.core.project.store import Project
from workbench.tui.app import make_app
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.screens.translation_screen import TranslationScreen
from workbench.tui.widgets.findings_panel import FindingList

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES)
async def test_ocr_garbage_in_the_scanned_translation_is_taken_to_the_editor(tmp_path: Path, size: tuple[int, int]) -> None:
    """`e` on an OCR flag of the target (the translation was scanned too) said "Choose an ocr-suspect
    finding" of the very finding chosen: now it opens the segment in the translation editor, saying
    which word to correct there."""
    english, russian = tmp_path / "page.en.txt", tmp_path / "page.ru.txt"
    english.write_text("The clubs opened in 1923. The party backed them.\n", encoding="utf-8")
    russian.write_text("Клубы открылись в 1923 году. Партия поддерживала лtXня.\n", encoding="utf-8")
    with Project.create(tmp_path / "book", "en", "ru") as project:
        import_text(project, english, russian)
    app = make_app(tmp_path / "book")
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        listed = screen.query_one(FindingList)
        index = next(i for i, f in enumerate(screen.shown) if f.check == "ocr-suspect")
        for _ in range(index):
            await pilot.press("down")
        await settle(pilot)
        chosen = listed.current
        assert chosen is not None and chosen.target_spans and not chosen.source_spans
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, TranslationScreen)
        assert app.screen.current is not None and app.screen.current.id == chosen.segment_id
        assert any("лtXня" in str(n.message) for n in app._notifications)
