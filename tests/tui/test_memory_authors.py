"""The memory panel names who last wrote a match or a hit beside its memory and date, as memoQ and
OmegaT do: a translator weighs a colleague's unit against a machine's or a stranger's."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from textual.widgets import OptionList
from tui_helpers import SIZE, open_editor, settle

from workbench.core.memory.store import TranslationMemory
from workbench.core.project.store import Project
from workbench.formats.base import TranslationUnit
from workbench.tui.app import WorkbenchApp
from workbench.tui.widgets.memory_panel import MemoryPanel, match_label

WRITTEN = TranslationUnit(
    source="The party backed decentralization in 1923.",
    target="Партия поддержала децентрализацию в 1923 году.",
    source_lang="en",
    target_lang="ru",
    created=datetime(2024, 1, 2, tzinfo=UTC),
    changed=datetime(2025, 3, 1, 10, tzinfo=UTC),
    creator="ANNA",
    changer="Boris Kuznetsov",
)


def _labels(panel: MemoryPanel) -> list[str]:
    shown = panel.query_one("#memory-list", OptionList)
    return [str(shown.get_option_at_index(i).prompt) for i in range(shown.option_count)]


async def test_a_match_and_a_hit_name_who_last_wrote_them(app: WorkbenchApp, project_path: Path) -> None:
    with Project.open(project_path) as project, TranslationMemory.for_project(project) as memory:
        memory.import_units("history.tmx", [WRITTEN])
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_editor(pilot, 8)
        panel = screen.query_one(MemoryPanel)
        await settle(pilot)
        assert [(m.target, m.author) for m in panel.matches] == [(WRITTEN.target, "Boris Kuznetsov")]
        # the memory tab is behind the terms tab: its list is drawn when shown, with this label
        assert "history.tmx · Boris Kuznetsov · 2025-03-01" in str(match_label(panel.matches[0]))
        await pilot.press("ctrl+f", *"decentralization", "enter")
        await pilot.pause(0.2)
        await settle(pilot)
        [hit] = [hit for hit in panel.hits if hit.target == WRITTEN.target]
        assert hit.author == "Boris Kuznetsov"
        assert any("history.tmx · Boris Kuznetsov · 2025-03-01" in label for label in _labels(panel)), _labels(panel)
