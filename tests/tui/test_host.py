"""The app offers everything its screens ask of it through the `WorkbenchHost` protocol.

Screens never import the app class (that was an import cycle), so nothing but
this test ties the protocol to the app: a member renamed on one side fails here.
"""

from __future__ import annotations

from workbench.tui.app import WorkbenchApp
from workbench.tui.host import WorkbenchHost


def test_the_app_has_every_member_of_the_host_protocol(app: WorkbenchApp) -> None:
    members = set(WorkbenchHost.__annotations__) | {
        name for name, value in vars(WorkbenchHost).items()
        if callable(value) and not name.startswith("_")
    }
    assert len(members) > 10
    assert sorted(name for name in members if not hasattr(app, name)) == []
