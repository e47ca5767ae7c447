"""Snapshots of the main screens at fixed sizes, on the same eight known pairs every time.

Regenerate after a deliberate change of the look with
`pytest tests/tui/test_snapshots.py --snapshot-update`, and look at the SVGs
before committing them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from tui_helpers import build_project, settle

from workbench.tui.app import make_app


def project_in_home() -> Path:
    """The project under the test's own HOME, so the view shows the same `~/clubs` path every run."""
    return build_project(Path.home() / "clubs")


def at(keys: tuple[str, ...], position: int | None = None) -> Any:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        if position is not None:
            pilot.app.screen.grid.move_to(position - 1)  # type: ignore[attr-defined]
            await settle(pilot)
            await settle(pilot)
        steady_cursors(pilot)

    return run_before


def steady_cursors(pilot: Pilot[None]) -> None:
    """Stop every text cursor blinking, shown: a capture that came after the half-second blink
    drew the form's field without its cursor on a busy machine, and the snapshot failed."""
    for field in pilot.app.screen.query("Input, TextArea"):
        field.cursor_blink = False  # type: ignore[attr-defined]


def test_project_screen(snap_compare: Any) -> None:
    assert snap_compare(make_app(project_in_home()), terminal_size=(120, 36), run_before=at(()))


def test_translation_editor(snap_compare: Any) -> None:
    assert snap_compare(make_app(project_in_home()), terminal_size=(120, 36), run_before=at(("f4",), 6))


def test_alignment_editor(snap_compare: Any) -> None:
    assert snap_compare(make_app(project_in_home()), terminal_size=(120, 36), run_before=at(("f3",), 3))


def test_translation_editor_at_80x24(snap_compare: Any) -> None:
    assert snap_compare(make_app(project_in_home()), terminal_size=(80, 24), run_before=at(("f4",), 7))


def test_alignment_editor_light_theme_at_80x24(snap_compare: Any) -> None:
    assert snap_compare(make_app(project_in_home()), terminal_size=(80, 24), run_before=at(("ctrl+t", "f3"), 3))


def test_translation_editor_light_theme(snap_compare: Any) -> None:
    """Row numbers and term highlights readable on the light theme (issue 14)."""
    assert snap_compare(make_app(project_in_home()), terminal_size=(120, 36), run_before=at(("ctrl+t", "f4"), 6))


def test_translation_editor_side_panel_at_80x24(snap_compare: Any) -> None:
    """The panel below the segment: the source and target stay on screen."""
    async def run_before(pilot: Pilot[None]) -> None:
        await at(("f4",), 6)(pilot)
        await pilot.press("f8")
        await settle(pilot)
        steady_cursors(pilot)

    assert snap_compare(make_app(project_in_home()), terminal_size=(80, 24), run_before=run_before)


def test_term_candidates_at_80x24(snap_compare: Any) -> None:
    assert snap_compare(make_app(project_in_home()), terminal_size=(80, 24), run_before=at(("f6", "t")))


def test_add_concept_form_at_80x24(snap_compare: Any) -> None:
    assert snap_compare(make_app(project_in_home()), terminal_size=(80, 24), run_before=at(("f6", "n")))


def test_translation_editor_with_a_rejected_segment_at_80x24(snap_compare: Any) -> None:
    """A reviewer's rejection: `✗` in place of the status mark, "rejected by vera" and the open
    comment on the segment's line (usersweep16: the reviewer's word never reached the grid)."""
    from workbench.core.project import Project, reject

    path = project_in_home()
    with Project.open(path) as project:
        segment = project.segments()[6]
        reject(project, segment.id, "Capitalise the club's name as in the title.", "vera")
    assert snap_compare(make_app(path), terminal_size=(80, 24), run_before=at(("f4",), 7))


def test_check_settings_at_80x24(snap_compare: Any) -> None:
    """The check settings over the findings (session 41): the table of checks, the chosen one's options."""
    async def run_before(pilot: Pilot[None]) -> None:
        await at(("f5", "s"))(pilot)
        for _ in range(15):  # to `spacing`, a check with two options
            await pilot.press("down")
        await settle(pilot)
        steady_cursors(pilot)

    assert snap_compare(make_app(project_in_home()), terminal_size=(80, 24), run_before=run_before)


def test_findings_at_80x24(snap_compare: Any) -> None:
    """The findings view at 80 columns (session 45): the filters' choices on one line beside the count."""
    assert snap_compare(make_app(project_in_home()), terminal_size=(80, 24), run_before=at(("f5",)))
