"""The alignment editor's `/` on a long project (hardening, round seventeen).

`/` and `f` folded the text of every pair (case, ё, spaces) on the drawing thread, for every
search: 1.2 s with the app frozen for a miss in 100,000 pairs (round sixteen). The folding runs
in a worker now, once until the pairs change, and a search is one `str.find` over the folded
text.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.pilot import Pilot

from workbench.core.ingest.importing import import_tsv
from workbench.core.project import Project
from workbench.tui.app import make_app
from workbench.tui.screens import alignment_screen
from workbench.tui.screens.alignment_screen import AlignmentScreen

PAIRS = 3_000


async def _settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        for worker in list(pilot.app.workers):
            await worker.wait()
        await pilot.pause()


def _target(i: int) -> str:
    return "Ёлка у ворот." if i == 2345 else f"Предложение {i} книги."


async def test_pairs_are_searched_off_the_drawing_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "book.tsv").write_text(
        "".join(f"Sentence {i} of the book.\t{_target(i)}\n" for i in range(PAIRS)), "utf-8"
    )
    with Project.create(tmp_path / "proj", "en", "ru") as project:
        import_tsv(project, tmp_path / "book.tsv")
    folded_on: set[int] = set()
    searchable = alignment_screen._searchable

    def recorded(text: str) -> str:
        folded_on.add(threading.get_ident())
        return searchable(text)

    monkeypatch.setattr(alignment_screen, "_searchable", recorded)
    app = make_app(tmp_path / "proj")
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(pilot)
        await pilot.press("f3")
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, AlignmentScreen)
        await pilot.press("slash", *"елка  У", "enter")
        await _settle(pilot)
        assert screen.grid.cursor == 2345
        await pilot.press("slash", *"no such words", "enter")
        await _settle(pilot)
        assert screen.grid.cursor == 2345  # a miss leaves the cursor where it was, and says so
        assert any("no such words" in str(n.message) for n in app._notifications)
        await pilot.press("slash", *"SENTENCE 7 of", "enter")
        await _settle(pilot)
        assert screen.grid.cursor == 7
        await pilot.press("f")
        await _settle(pilot)
        assert screen.grid.cursor == 7  # round the end, back to the only pair holding it
    assert folded_on and threading.main_thread().ident not in folded_on
