"""The editor open while a real second process (the command line) writes the project
(hardening, round 32).

A segment removed by `import --update` (or by an undo in another window) while the translator
typed in it took the typed text with it: the watch's save failed as "no segment with id 1", the
reload showed the next segment and the text was gone. It is kept in a file of the user's now,
said with the file's name, and offered again at the next opening. A `replace` run meanwhile
stays stored until the translator saves knowing it (held since round six; here with a real
process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tui_helpers import SIZE, open_editor, settle, stored

from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.unsaved import kept_for

ROOT = Path(__file__).resolve().parents[2]
UNDO = ("import sys; from workbench.core import editing; from workbench.core.project.store import Project;"
        "editing.undo(Project.open(sys.argv[1]), across_sessions=True)")


def run(*args: str) -> None:
    """A second process on the project, as another terminal would run it."""
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr


def write_lines(path: Path, numbers: range) -> Path:
    path.write_text("".join(f"Line {i}.\tСтрока {i}.\n" for i in numbers), encoding="utf-8")
    return path


def project_of_six(tmp_path: Path) -> Path:
    project = tmp_path / "p"
    run("-m", "workbench", "init", str(project))
    run("-m", "workbench", "import", str(project), "--tsv", str(write_lines(tmp_path / "doc.tsv", range(1, 7))))
    return project


def notices(app: WorkbenchApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def kept_text(app: WorkbenchApp, project: Path) -> list[str]:
    return [entry["typed_target"] for _, entries in kept_for(project, app.folder_id) for entry in entries]


async def test_text_typed_in_a_segment_a_new_version_removed_is_kept_and_said(tmp_path: Path) -> None:
    project = project_of_six(tmp_path)
    app = make_app(project)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 1)
        await pilot.press("enter", *"abc")
        run("-m", "workbench", "import", str(project), "--tsv", str(write_lines(tmp_path / "doc.tsv", range(3, 7))),
            "--update")
        await pilot.pause(1.5)  # the once-a-second watch
        await settle(pilot)
        said = [n for n in notices(app) if n.startswith("Segment 1 was removed by another program")]
        assert len(said) == 1 and ".json" in said[0]
        assert kept_text(app, project) == ["abcСтрока 1."]
        assert [s.id for s in screen.segments] == [row["id"] for row in stored(project)]
        assert screen.editor.text == screen.current.target == "Строка 3."  # the fresh text
        await pilot.press("escape")
        await settle(pilot)
        assert not screen.unsaved()
    assert [row["target"] for row in stored(project)] == [f"Строка {i}." for i in range(3, 7)]
    assert app.kept_unsaved is None  # nothing left unsaved at the quit: the file was written before


async def test_a_removal_after_a_refused_save_keeps_the_text_too(tmp_path: Path) -> None:
    """A `replace` changed the target first (the save refused and said, no automatic save
    tried again), then an undo in another window removed the segment."""
    project = project_of_six(tmp_path)
    run("-m", "workbench", "import", str(project), "--tsv", str(write_lines(tmp_path / "doc.tsv", range(1, 9))),
        "--update")
    app = make_app(project)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 7)
        await pilot.press("enter", *"abc")
        run("-m", "workbench", "replace", str(project), "Строка 7", "Линия 7")
        await pilot.pause(1.5)
        await settle(pilot)
        assert any("another program changed this segment's target" in n for n in notices(app))
        assert stored(project)[6]["target"] == "Линия 7."
        assert screen.editor.text == "abcСтрока 7."
        run("-c", UNDO, str(project))  # the replace
        run("-c", UNDO, str(project))  # the new version: segments 7 and 8 go
        await pilot.pause(1.5)
        await settle(pilot)
        assert any(n.startswith("Segment 7 was removed by another program") for n in notices(app))
        assert kept_text(app, project) == ["abcСтрока 7."]
        assert len(screen.segments) == 6 and not screen.unsaved()


async def test_a_replace_from_another_process_is_never_written_over_unseen(tmp_path: Path) -> None:
    project = project_of_six(tmp_path)
    app = make_app(project)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_editor(pilot, 2)
        await pilot.press("enter", *"abc")
        run("-m", "workbench", "replace", str(project), "Строка", "Линия")
        await pilot.pause(1.5)
        await settle(pilot)
        assert [row["target"] for row in stored(project)][:3] == ["Линия 1.", "Линия 2.", "Линия 3."]
        assert screen.editor.text == "abcСтрока 2."
        assert screen.segments[2].target == "Линия 3."  # the grid shows the fresh text
        await pilot.press("escape")  # the translator's own save, made knowing theirs
        await settle(pilot)
    assert stored(project)[1]["target"] == "abcСтрока 2."
    assert not kept_for(project, app.folder_id)
    assert json.dumps(notices(app), ensure_ascii=False).count("another program changed this segment's target") == 1
