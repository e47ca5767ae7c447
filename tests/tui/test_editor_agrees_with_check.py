"""The translation editor's live findings agree with `workbench check` where a check reads the
segments around one (a user's day, session 14: the editor flagged what the project run did not)."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import SIZE, Bead, build_project, open_editor, settle

from workbench.core.checks.project_checks import check_project
from workbench.core.project.store import Project
from workbench.tui.app import make_app
from workbench.tui.widgets.findings_panel import FindingsPanel

LIST = (
    Bead(("You will need the following:",), ("Вам понадобится следующее:",)),
    Bead(("A working compiler.",), ("работающий компилятор.",)),
    Bead(("The party backed decentralization in 1924.",), ("партия поддержала децентрализацию в 1924 году.",)),
)
"""A list item lowered after its lead-in (Russian rules) and, after it, a sentence lowered by
mistake: only the second is a `capitalisation` finding, in a full run as in the editor."""


async def test_a_lowered_list_item_after_its_lead_in_is_no_finding_in_the_editor(tmp_path: Path) -> None:
    path = build_project(tmp_path / "list", LIST)
    with Project.open(path) as project:
        by_position = {f.segment: f.check for f in check_project(project) if f.check == "capitalisation"}
    assert by_position == {3: "capitalisation"}
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        shown = {}
        for position in (2, 3):
            await open_editor(pilot, position)
            await settle(pilot)
            shown[position] = {f.check for f in app.screen.query_one(FindingsPanel).findings}
    assert "capitalisation" not in shown[2]
    assert "capitalisation" in shown[3]
