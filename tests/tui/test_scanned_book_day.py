"""An editor aligning an OCR'd book chapter by hand over SSH, at 80x24 and 120x40 (usersweep15).

Keys typed while the segments were loading (`F3` or `F4` pressed at once after opening the
project) were dropped: the grid was empty, so `j j m` moved nothing and merged nothing, and the
editor then acted on whatever was typed next. They are held until the view has drawn the
segments and taken then, in order.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from textual.widgets import Input, Static
from tui_helpers import build_project, settle

import workbench.tui.app as app_module
from workbench.cli import main
from workbench.core import editing
from workbench.core.project.store import Project
from workbench.tui.app import make_app
from workbench.tui.screens.alignment_screen import AlignmentScreen
from workbench.tui.screens.translation_screen import TranslationScreen

SIZES = [(80, 24), (120, 40)]


def _gated_read(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The segments read waits for the returned event: the view is caught while they load."""
    gate = threading.Event()
    read = app_module.read_segments

    def slow(path: Path) -> Any:
        assert gate.wait(30)
        return read(path)

    monkeypatch.setattr(app_module, "read_segments", slow)
    return gate


@pytest.mark.parametrize("size", SIZES)
async def test_keys_typed_while_the_pairs_load_are_taken_once_they_are_drawn(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    gate = _gated_read(monkeypatch)
    app = make_app(build_project(tmp_path / "clubs"))
    async with app.run_test(size=size) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AlignmentScreen)
        assert not app.store.loaded
        await pilot.press("down", "down", "m")  # to the weak 2-1 pair, merged with the 0-1 below
        gate.set()
        await settle(pilot)
        assert screen.grid.cursor == 2
        assert len(app.store.segments) == 7
        current = screen.grid.current
        assert current is not None and len(screen._sentences(current)[1]) == 2
        await pilot.press("u")  # and the merge is one undo step like any other
        await settle(pilot)
        assert len(app.store.segments) == 8


@pytest.mark.parametrize("size", SIZES)
async def test_text_typed_while_the_segments_load_goes_into_the_target(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    gate = _gated_read(monkeypatch)
    app = make_app(build_project(tmp_path / "clubs"))
    async with app.run_test(size=size) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TranslationScreen)
        await pilot.press("down", "Ж", "и")
        gate.set()
        await settle(pilot)
        assert screen.grid.cursor == 1
        assert screen.editor.text.endswith("Жи")


async def test_leaving_for_another_view_drops_the_held_keys(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = _gated_read(monkeypatch)
    app = make_app(build_project(tmp_path / "clubs"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3", "m", "f2")
        gate.set()
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        assert len(app.store.segments) == 8  # nothing merged


@pytest.mark.parametrize("size", SIZES)
async def test_locking_a_weak_pair_answers_the_aligners_doubt(tmp_path: Path, size: tuple[int, int]) -> None:
    """The 0-1 pair the aligner doubted is right (the translator added a sentence): `l` locks it,
    and its "the aligner is unsure" finding went on being listed in F5 and marked in the grid, as
    if nobody had looked; a merge, split or move dropped it, a lock did not. Undone, it is back."""
    path = build_project(tmp_path / "clubs")
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AlignmentScreen)
        screen.grid.move_to(3)  # the 0-1 pair, confidence 0.22
        await settle(pilot)
        weak = screen.grid.current
        assert weak is not None and not weak.locked

        def doubts() -> list[str]:
            current = app.store.get(weak.id)
            assert current is not None
            return [f.check for f in app.findings.of(current) if f.check == "alignment-low-confidence"]

        assert doubts() == ["alignment-low-confidence"]
        await pilot.press("l")
        await settle(pilot)
        assert doubts() == []
        await pilot.press("u")
        await settle(pilot)
        assert doubts() == ["alignment-low-confidence"]
    assert _doubted(path) == [3, 4]  # `workbench check` agrees: the 2-1 and the 0-1 pair
    with Project.open(path) as project:
        editing.set_locked(project, weak.id, True)
    assert _doubted(path) == [3]


def _doubted(path: Path) -> list[int]:
    """The pairs `workbench check` says the aligner doubted."""
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    findings = json.loads(result.output)
    return [f["segment"] for f in findings if f["check"] == "alignment-low-confidence"]


@pytest.mark.parametrize("size", SIZES)
async def test_the_export_says_what_it_wrote_and_left_out_in_one_sentence(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """Exported before any pair was marked translated: "Wrote book.tmx: 0 segments 194 draft pairs
    were left out (…)" ran the two halves together."""
    path = build_project(tmp_path / "clubs")
    app = make_app(path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        await pilot.click("#ok")
        await settle(pilot)
        messages = [str(n.message) for n in app._notifications]
    assert any(f"Wrote {path / 'clubs.tmx'}: 1 segment; 5 draft pairs were left out" in m for m in messages), messages


@pytest.mark.parametrize("size", SIZES)
async def test_an_exported_tmx_is_imported_into_a_fresh_project_as_pairs(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """The day's last step: the delivered TMX, imported into a fresh project from the project view
    (`i`), came in as an English text: 136 "segments" of XML, none translated. It comes in as the
    pairs it holds, as `workbench import --tmx` takes it; a TSV likewise."""
    path = build_project(tmp_path / "clubs")
    delivered = tmp_path / "delivered.tmx"
    with Project.open(path) as project:
        exported = [(s.source, s.target) for s in project.segments() if s.source and s.target]
    assert CliRunner().invoke(main, ["export", str(path), "--tmx", str(delivered), "--all"]).exit_code == 0
    fresh = tmp_path / "fresh"
    assert CliRunner().invoke(main, ["init", str(fresh)]).exit_code == 0
    app = make_app(fresh)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        modal = app.screen
        modal.query_one("#source", Input).value = str(delivered)
        modal.query_one("#target", Input).value = str(path / "sources" / "clubs.ru.txt")
        modal.query_one("#target", Input).value = str(delivered)
        await pilot.click("#ok")
        await settle(pilot)
        assert app.screen is modal  # a TMX holds both languages: no translation file beside it
        assert "holds both languages" in str(modal.query_one(".form-error", Static).render())
        modal.query_one("#target", Input).value = ""
        await settle(pilot)  # the field's change read before the click, as a person's typing is
        await pilot.click("#ok")
        # The import's worker starts once the modal has closed: wait for its word, not only for
        # the workers running when the click returned (on a busy machine there may be none yet).
        for _ in range(100):
            await settle(pilot)
            if any(str(n.message).startswith("Imported") for n in app._notifications):
                break
            await pilot.pause(0.1)
        assert "Imported delivered: 6 segments" in [str(n.message) for n in app._notifications]
    with Project.open(fresh) as project:
        assert [(s.source, s.target) for s in project.segments()] == exported
