"""What every view screen shares: the mode bar, the footer, its command table, its registration."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, cast

from textual.screen import Screen
from textual.widgets import Footer

from workbench.core.errors import WorkbenchError
from workbench.tui.commands import Command
from workbench.tui.i18n import N_, _
from workbench.tui.widgets.mode_bar import ModeBar

if TYPE_CHECKING:
    from workbench.core.model import Segment
    from workbench.core.project import Project
    from workbench.tui.app import WorkbenchApp
    from workbench.tui.messages import ProjectEdited


class ViewScreen(Screen[None]):
    """A top-level view (one per mode)."""

    MODE: ClassVar[str] = ""
    COMMANDS_TABLE: ClassVar[tuple[Command, ...]] = ()
    """The commands this view offers in the palette (its bindings come from the same table)."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: dict[str, Callable[[], None]] = {}

    def when_shown(self, update: Callable[[], None]) -> None:
        """Run `update` now if this view is on screen, else once when it next is.

        Every save while typing tells every view; hidden views must not redraw
        50,000 rows for it.
        """
        if self.is_current:
            update()
        else:
            self._pending[getattr(update, "__name__", repr(update))] = update

    def on_screen_resume(self) -> None:
        pending, self._pending = self._pending, {}
        for update in pending.values():
            update()

    @property
    def workbench(self) -> WorkbenchApp:
        return cast("WorkbenchApp", self.app)

    @property
    def project(self) -> Project:
        """The open project; views that need one are only reachable with one open."""
        project = self.workbench.project
        assert project is not None, "view opened without a project"
        return project

    def mode_bar(self) -> ModeBar:
        project = self.workbench.project
        return ModeBar(self.MODE, project.config.name if project else None)

    def footer(self) -> Footer:
        return Footer(show_command_palette=True)

    def on_mount(self) -> None:
        self.workbench.views[self.MODE] = self

    def report(self, error: Exception) -> None:
        """A user-caused failure as a one-line notification, never a traceback."""
        self.notify(str(error), severity="error", timeout=8)



class StoreViewScreen(ViewScreen):
    """A view drawn from the app's segment store, redrawn only when the store has moved on.

    Both editors show the one store: an edit anywhere bumps its version, a
    hidden view catches up when it is shown again, and a view that is already
    up to date does not redraw 50,000 rows.
    """

    def __init__(self) -> None:
        super().__init__()
        self._drawn_version = -1

    @property
    def segments(self) -> list[Segment]:
        return self.workbench.store.segments

    def _refresh_from_store(self) -> None:
        store = self.workbench.store
        if not store.loaded or store.version == self._drawn_version:
            return
        self._drawn_version = store.version
        self._redraw_from_store()

    def _redraw_from_store(self) -> None:
        """Show the store's segments again (the store has changed since this view drew them)."""
        raise NotImplementedError

    def on_project_edited(self, message: ProjectEdited) -> None:
        self.when_shown(self._refresh_from_store)

    def on_screen_resume(self) -> None:
        self._refresh_from_store()


EDIT_NAMES = {
    "set-target": N_("target edit"),
    "set-status": N_("status change"),
    "merge": N_("merge"),
    "split": N_("split"),
    "move": N_("sentence move"),
}


def edit_name(action: str) -> str:
    """The journal's action name (`set-status translated`, `move-target-next`) in words."""
    for prefix, name in EDIT_NAMES.items():
        if action.startswith(prefix):
            return _(name)
    return action


USER_ERRORS: tuple[type[Exception], ...] = (WorkbenchError, OSError, ValueError)
"""Failures a person caused or can fix (bad input, a missing file); `TermbaseError` is a ValueError."""
