"""The findings view of a batch of systems' deliveries (user days, session 40): a filter by
document, so a QA lead reviews one system at a time, and a TSV delivery's finding naming the line
of the file it came from."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import Select, Static
from tui_helpers import open_screen

from workbench.cli import main
from workbench.tui.app import make_app
from workbench.tui.screens.findings_screen import FindingsScreen
from workbench.tui.widgets.findings_panel import FindingList

SYSTEM_A = "In 1923 the clubs grew.\tВ 1925 году клубы выросли.\n\nThe unions paid.\tПрофсоюзы платили\n"
SYSTEM_B = "In 1923 the clubs grew.\tВ 1923 году клубы выросли.\nThe unions paid.\tПрофсоюзы  платили.\n"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    for name, text in (("system-a", SYSTEM_A), ("system-b", SYSTEM_B)):
        tsv = tmp_path / f"{name}.tsv"
        tsv.write_text(text, encoding="utf-8")
        assert runner.invoke(main, ["import", str(folder), "--tsv", str(tsv)]).exit_code == 0
    return folder


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_a_lead_reviews_one_system_at_a_time(batch: Path, size: tuple[int, int]) -> None:
    app = make_app(batch)
    async with app.run_test(size=size) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        documents = screen.query_one("#document-filter", Select)
        labels = [str(label) for label, _value in documents._options]
        assert labels[0].startswith("all documents") and any(label.startswith("system-a") for label in labels)
        # Each filter lies inside the screen: three selects and the count share 80 columns.
        for select in screen.query("#findings-filters Select"):
            assert select.region.right <= size[0] and select.region.width >= 16
        every = {(f.check, screen._document_of(f)) for f in screen.shown}
        assert len({document for _check, document in every}) == 2
        system_b = next(value for label, value in documents._options if str(label).startswith("system-b"))
        documents.value = system_b
        await pilot.pause()
        assert screen.shown and all(screen._document_of(f) == system_b for f in screen.shown)
        assert "whitespace" in {f.check for f in screen.shown}  # the double space is system-b's alone
        number = next(f for f in screen.shown if f.check == "whitespace")
        screen.query_one(FindingList).show(screen.shown, cursor=screen.shown.index(number))
        screen._show_detail()
        assert "system-b, line 2" in str(screen.query_one("#finding-detail", Static).render())


async def test_a_line_after_a_blank_line_is_counted_as_the_file_has_it(batch: Path) -> None:
    app = make_app(batch)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        detail = screen.query_one("#finding-detail", Static)
        for check, line in (("number-mismatch", 1), ("punctuation-end", 3)):
            finding = next(f for f in screen.shown if f.check == check)
            screen.query_one(FindingList).show(screen.shown, cursor=screen.shown.index(finding))
            screen._show_detail()
            assert f"system-a, line {line}" in str(detail.render())


async def test_a_project_of_one_document_shows_no_document_filter(project_path: Path) -> None:
    app = make_app(project_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "f5", FindingsScreen)
        assert not screen.query_one("#document-filter", Select).display
