"""Text the project refused, kept in a file as the app left (round eight), offered back at the
next opening of that project (hardening, round nine).

The file under `$XDG_DATA_HOME/workbench/unsaved/` was the one copy, and nothing read it
again. Now the app opening the project asks: show it, put it back into the project, discard
it, or later. Putting back saves each text only over the target it was typed over; a target
another program changed since stays theirs, and the text stays in the file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tui_helpers import SIZE, settle, stored

from workbench.core.editing import set_target
from workbench.core.project import Project
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.choice_modal import ChoiceModal
from workbench.tui.unsaved import keep_unsaved, kept_for

TYPED = "текст, который проект не принял"
CHOICES = {"show": 0, "put back": 1, "discard": 2, "later": 3}


def kept_file(project_path: Path) -> tuple[Path, dict[str, object]]:
    """A file as the app writes it when it leaves with segment 2's text refused."""
    segment = stored(project_path)[1]
    entry = {"segment_id": segment["id"], "position": 2, "source": segment["source"],
             "stored_target": segment["target"], "typed_target": TYPED}
    path = keep_unsaved(project_path, [entry])
    assert path is not None
    return path, segment


async def choose(app: WorkbenchApp, choice: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ChoiceModal), "the kept text is offered at the opening"
        await pilot.press(*["down"] * CHOICES[choice], "enter")
        await settle(pilot)


async def test_kept_text_is_put_back_into_the_project(app: WorkbenchApp, project_path: Path) -> None:
    path, segment = kept_file(project_path)
    await choose(app, "put back")
    assert stored(project_path)[1]["target"] == TYPED
    assert not path.exists(), "nothing is left in the file: it goes"


async def test_a_target_changed_since_stays_theirs_and_the_text_stays_in_the_file(
    app: WorkbenchApp, project_path: Path
) -> None:
    path, segment = kept_file(project_path)
    with Project.open(project_path) as project:
        set_target(project, int(str(segment["id"])), "их перевод")
    await choose(app, "put back")
    assert stored(project_path)[1]["target"] == "их перевод"
    document = json.loads(path.read_text("utf-8"))
    assert [entry["typed_target"] for entry in document["unsaved"]] == [TYPED]


@pytest.mark.parametrize(("choice", "file_left"), [("discard", False), ("later", True)])
async def test_discarded_or_left_for_later(app: WorkbenchApp, project_path: Path, choice: str, file_left: bool) -> None:
    path, segment = kept_file(project_path)
    await choose(app, choice)
    assert stored(project_path)[1]["target"] == segment["target"]
    assert path.exists() == file_left


def test_a_kept_file_nested_past_the_parser_is_skipped_not_raised(project_path: Path) -> None:
    """A file of the project's name holding 100,000 nested lists (a few hundred kilobytes, far
    under the size cap) raised RecursionError out of `kept_for`, which only skipped what
    `json.loads` refuses with ValueError, into the app opening the project (harden14's note)."""
    path, _ = kept_file(project_path)
    nested = path.with_name(path.name.replace(".json", "-nested.json"))
    nested.write_text('{"project": ' + json.dumps(str(project_path)) + ', "unsaved": ' + "[" * 100_000 + "]" * 100_000 + "}",
                      encoding="utf-8")
    assert [found for found, _ in kept_for(project_path)] == [path]
