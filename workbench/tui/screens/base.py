"""What every view screen shares: the mode bar, the footer, its command table, its registration."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Footer

from workbench.core import editing
from workbench.core.project import SegmentStatus
from workbench.errors import WorkbenchError
from workbench.tui.commands import Command
from workbench.tui.host import WorkbenchHost
from workbench.tui.i18n import N_, _, error_message, ngettext, number
from workbench.tui.view_steps import StepsAmongEdits
from workbench.tui.widgets.fitting_footer import FittingFooter
from workbench.tui.widgets.mode_bar import ModeBar

if TYPE_CHECKING:
    from workbench.core.project import Project, Segment
    from workbench.tui.messages import ProjectEdited

HISTORY_POSITIONS = 3
"""How many of a step's places the history list names ("#12, #40, #41 …"): enough to find a
small edit, short enough for one line at 80 columns."""


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
    def workbench(self) -> WorkbenchHost:
        """The hosting app, seen through the protocol (screens never import the app class)."""
        return cast("WorkbenchHost", self.app)

    @property
    def project(self) -> Project:
        """The open project; views that need one are only reachable with one open."""
        project = self.workbench.project
        assert project is not None, "view opened without a project"
        return project

    def mode_bar(self) -> ModeBar:
        project = self.workbench.project
        return ModeBar(self.MODE, project.config.name if project else None, self.workbench.team_word)

    def footer(self) -> Footer:
        """Compact, and leaving out spare keys rather than cutting the last ones on a narrow screen."""
        return FittingFooter()

    def on_mount(self) -> None:
        self.workbench.views[self.MODE] = self

    def report(self, error: Exception) -> None:
        """A user-caused failure as a one-line notification, never a traceback."""
        self.notify(error_message(error), severity="error", timeout=8)



class StoreViewScreen(ViewScreen):
    """A view drawn from the app's segment store, redrawn only when the store has moved on.

    Both editors show the one store: an edit anywhere bumps its version, a
    hidden view catches up when it is shown again, and a view that is already
    up to date does not redraw 50,000 rows.
    """

    def __init__(self) -> None:
        super().__init__()
        self._drawn_version = -1
        self.outside_steps = StepsAmongEdits()
        """What the view did outside the journal (a word added to the dictionary), undone in turn."""

    @property
    def segments(self) -> list[Segment]:
        return self.workbench.store.segments

    def _refresh_from_store(self) -> None:
        store = self.workbench.store
        if not store.loaded:
            return
        if store.version != self._drawn_version:
            self._drawn_version = store.version
            self._redraw_from_store()
        self.workbench.release_keys()

    def waiting_for_segments(self) -> bool:
        """Whether the segments are still loading for this view: keys typed now wait for them
        (`WorkbenchApp._hold_key`) instead of moving a cursor over an empty grid."""
        return not self.workbench.store.loaded or self._drawn_version < 0

    def _redraw_from_store(self) -> None:
        """Show the store's segments again (the store has changed since this view drew them)."""
        raise NotImplementedError

    def on_project_edited(self, message: ProjectEdited) -> None:
        self.when_shown(self._refresh_from_store)

    def on_screen_resume(self) -> None:
        self._refresh_from_store()

    # -- undo, redo and the history: the view goes where the step acted ---------------------

    UNIT: ClassVar[str] = "segment"
    """What this view calls a row in messages: `pair` (alignment) or `segment`."""

    def save_pending(self, *, automatic: bool = False) -> object:
        """Write what is typed but unsaved (the translation editor has such text); `automatic`
        when no action of the translator's asks for it (a timer, the watch for other programs)."""
        return None

    def unsaved(self) -> bool:
        """Whether this view holds typed text that is not saved (its last save was refused)."""
        return False

    def focus_segment(self, segment_id: int) -> None:
        """Put the cursor on this segment once the store has been reloaded."""
        raise NotImplementedError

    def action_undo(self) -> None:
        self.save_pending()
        if not self.take_outside_step(redo=False):
            self._revert(redo=False, across_sessions=False)

    def action_redo(self) -> None:
        self.save_pending()
        if not self.take_outside_step(redo=True):
            self._revert(redo=True, across_sessions=False)

    def take_outside_step(self, *, redo: bool) -> bool:
        """Undo (redo) the view's own step kept beside the journal when it is the one to take
        now (`StepsAmongEdits`); False when the journal's step comes first (or the journal cannot
        be read: its own undo then says why)."""
        try:
            mark = editing.journal_mark(self.project)
        except (WorkbenchError, sqlite3.Error):
            return False
        step = self.outside_steps.take_redo(mark) if redo else self.outside_steps.take_undo(mark)
        if step is None:
            return False
        (step.redo if redo else step.undo)()
        self.notify((_("Redone: {step}") if redo else _("Undone: {step}")).format(step=step.name))
        return True

    def _revert(self, *, redo: bool, across_sessions: bool, over_newer: bool = False) -> None:
        """Undo or redo one journal step, then go to the segments it changed and name them."""
        from workbench.tui.screens.choice_modal import ChoiceModal

        self.save_pending()
        try:
            step = editing.redo(self.project) if redo else editing.undo(
                self.project, across_sessions=across_sessions, over_newer=over_newer)
        except editing.EarlierSessionEdit as asked:
            entry = asked.entry
            named = self.step_words(entry.action, asked.positions)
            self.app.push_screen(
                ChoiceModal(
                    _("Undo an edit made outside this session?"),
                    [(_("Undo it: {step}").format(step=named), True),
                     (_("Keep it"), False)],
                    note=_("Every edit of this session is undone already. The next one, {step}, "
                           "was made on {at}, in an earlier session or in another window.").format(
                               step=named, at=when(entry.at)),
                ),
                lambda yes: self._revert(redo=False, across_sessions=True) if yes else None,
            )
            return
        except editing.WrittenOverSince as over:
            self._ask_undo_over(over, across_sessions)
            return
        except editing.StaleEdit as stale:
            self._cannot_revert(stale)
            return
        except (WorkbenchError, sqlite3.Error) as error:
            self.notify(error_message(error), severity="warning", timeout=8)
            self.workbench.announce_edit()
            return
        if step is None:
            self.notify(_("Nothing to redo.") if redo else _("Nothing to undo."))
            return
        self._went_back([step], _("Redone: {step}") if redo else _("Undone: {step}"))

    def _ask_undo_over(self, over: editing.WrittenOverSince, across_sessions: bool) -> None:
        """Another program (a second app on the project) changed the segment after this
        session's edit of it: undoing the edit would put the older text over theirs. Undo took
        the journal's newest step, which was theirs, and asked about it as "an earlier
        session's" (hardening, round 40); their text is never replaced unasked now. The choice
        shows both texts; keeping theirs changes nothing, and undoing over it is a step of its
        own, which ctrl+z takes back."""
        from workbench.tui.screens.choice_modal import ChoiceModal

        named = self.step_words(over.action, () if over.position is None else (over.position,))
        self.app.push_screen(
            ChoiceModal(
                _("Another program changed it after your {step}").format(step=named),
                [(_("Keep their text"), False),
                 (_("Undo yours all the same: the text before it replaces theirs"), True)],
                note=_("Their text: {theirs}\nBefore your edit: {before}\nctrl+z brings theirs back "
                       "after an undo over it.").format(theirs=quoted(over.theirs), before=quoted(over.before)),
            ),
            lambda yes: self._revert(redo=False, across_sessions=across_sessions, over_newer=True)
            if yes else self.notify(_("Kept their text."), timeout=4),
        )

    def _cannot_revert(self, stale: editing.StaleEdit) -> None:
        self.notify(_("The {step} cannot be reverted: a segment it changed has changed since "
                      "(re-aligned or edited elsewhere).").format(step=edit_name(stale.action)),
                    severity="warning", timeout=8)
        self.workbench.announce_edit()

    def _went_back(self, steps: Sequence[editing.Reverted], template: str) -> None:
        shown = [step for step in steps if step.segment_ids]
        if shown:
            self.focus_segment(shown[-1].segment_ids[0])
        described = "; ".join(self.describe_step(step) for step in steps)
        self.notify(template.format(step=described), timeout=6)
        self._catch_up(steps)

    def _catch_up(self, steps: Sequence[editing.Reverted]) -> None:
        """Bring the store up to date after undo or redo: only the segments the steps rewrote in
        place (an undone replace: 25,000 of 40,000, where the whole reload cost over a second
        of CPU), or everything when a step added, removed or moved segments."""
        store = self.workbench.store
        ids = {segment_id for step in steps for segment_id in step.segment_ids}
        places = {i: index + 1 for i in ids if (index := store.index_of(i)) is not None}
        if not store.loaded or not all(step.in_place for step in steps) or len(places) != len(ids):
            self.workbench.announce_edit()
            return
        store.replace_many(self.project.segments_at(places))
        self.workbench.announce_edit(tuple(places))

    def describe_step(self, step: editing.Reverted) -> str:
        """`merge of pairs 14–15`: the step in words and where it acted, as the grid numbers rows."""
        return self.step_words(step.action, step.positions)

    def step_words(self, action: str, positions: Sequence[int]) -> str:
        """`merge of pairs 14–15`, or only `merge` when no segment of it is left to point at."""
        if not positions:
            return edit_name(action)
        where = position_ranges(positions)
        count = len(positions)
        if self.UNIT == "pair":
            text = ngettext("{step} of pair {where}", "{step} of pairs {where}", count)
        else:
            text = ngettext("{step} of segment {where}", "{step} of segments {where}", count)
        return text.format(step=edit_name(action), where=where)

    def action_edit_history(self) -> None:
        """The latest steps, newest first; picking one undoes everything down to it."""
        from workbench.tui.screens.choice_modal import ChoiceModal

        try:
            entries = [e for e in editing.history(self.project) if not e.undone]
        except (WorkbenchError, sqlite3.Error) as error:  # a journal row another program wrote
            self.report(error)
            return
        if not entries:
            self.notify(_("Nothing to undo."))
            return
        options = []
        for entry in entries:
            label = Text(when(entry.at) + "  ", style="dim")
            label.append(edit_name(entry.action), style="bold")
            label.append("  " + ngettext("{count} segment", "{count} segments", entry.segments).format(
                count=number(entry.segments)))
            if entry.positions:
                shown = ", ".join(f"#{number(p)}" for p in entry.positions[:HISTORY_POSITIONS])
                label.append("  " + shown + (" …" if len(entry.positions) > HISTORY_POSITIONS else ""))
            if not entry.this_session:
                label.append("  · " + _("earlier session"), style="yellow")
            options.append((label, entry.id))
        self.app.push_screen(
            ChoiceModal(_("Edit history: undo back to which step?"), options,
                        note=_("The chosen step and every later one are undone (redo brings them back).")),
            lambda chosen: self._undo_to(chosen) if isinstance(chosen, int) else None,
        )

    def _undo_to(self, entry_id: int) -> None:
        self.save_pending()
        try:
            steps = editing.undo_to(self.project, entry_id)
        except editing.StaleEdit as stale:
            self._cannot_revert(stale)
            return
        except (WorkbenchError, sqlite3.Error) as error:
            self.notify(error_message(error), severity="warning", timeout=8)
            self.workbench.announce_edit()
            return
        self._went_back(steps, _("Undone: {step}"))


WRITTEN_OVER_SHOWN = 300
"""Characters of a text another program wrote over (or that would be written over) shown in a
notice or a question: a target may hold 50,000."""


def quoted(text: str) -> str:
    """The first `WRITTEN_OVER_SHOWN` characters of a segment's text, … where it is cut."""
    return text if len(text) <= WRITTEN_OVER_SHOWN else text[:WRITTEN_OVER_SHOWN] + "…"


def when(at: str) -> str:
    """`2026-12-02 10:05 UTC` for a journal time (ISO 8601 UTC, to the second)."""
    return at[:16].replace("T", " ") + " UTC" if at.endswith("Z") and "T" in at else at


def position_ranges(positions: Sequence[int], most: int = 3) -> str:
    """`14–15`, `3, 7–9`: consecutive places joined into runs, the first few runs only."""
    runs: list[list[int]] = []
    for place in sorted(positions):
        if runs and place == runs[-1][1] + 1:
            runs[-1][1] = place
        else:
            runs.append([place, place])
    shown = [number(a) if a == b else f"{number(a)}–{number(b)}" for a, b in runs[:most]]
    return ", ".join(shown) + (", …" if len(runs) > most else "")


EDIT_NAMES = {
    "set-target": N_("target edit"),
    "set-status": N_("status change"),
    "merge": N_("merge"),
    "split": N_("split"),
    "move": N_("sentence move"),
    "lock-pairs": N_("bulk lock"),
    "lock-pair": N_("pair lock"),
    "unlock-pair": N_("pair unlock"),
    "mark-translated": N_("bulk status change"),
    "mark-machine": N_("marking as machine translation"),
    "replace": N_("search and replace"),
    "pretranslate": N_("pre-translation"),
    "correct-source": N_("source correction"),
    "xliff-update": N_("update from a returned XLIFF file"),
    "update-document": N_("update of a document from its new version"),
    "team-take": N_("translations taken from the team"),
}


def edit_name(action: str) -> str:
    """The journal's action name (`set-status translated`, `move-target-next`) in words."""
    for prefix, name in EDIT_NAMES.items():
        if action.startswith(prefix):
            return _(name)
    return action


STATUS_NAMES = {
    SegmentStatus.DRAFT: _("draft"),
    SegmentStatus.TRANSLATED: _("translated"),
    SegmentStatus.REVIEWED: _("reviewed"),
}
"""The translation status in words (the alignment notion is `locked`, never called a status)."""


USER_ERRORS: tuple[type[Exception], ...] = (WorkbenchError, OSError, ValueError)
"""Failures a person caused or can fix (bad input, a missing file); `TermbaseError` is a ValueError."""
