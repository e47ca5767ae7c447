"""The workbench app: one factory for the CLI and every test, and the state the views share.

Each view (project, alignment editor, translation editor, findings, termbase)
is a Textual mode, so each keeps its place while the user moves between them
with the F-keys. The app owns what the views share: the open project, the
segment list (loaded once in a worker, patched on every edit), the findings
(a full check run, patched per edited segment) and the term enforcer.

SQLite connections belong to the thread that opened them: edits run on the
main thread through `app.project`; workers open their own `Project` on the
same folder (WAL lets them read while the editor writes).
"""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import get_current_worker

from termbase import safetext
from workbench.core.endings import ENDINGS
from workbench.core.progress import Progress
from workbench.core.project import (
    CONFIG_FILE,
    Comment,
    Project,
    Segment,
    Verdict,
    add_comment,
    all_comments,
    reject,
    resolve_comment,
    standing_verdicts,
)
from workbench.errors import InputError, ProjectError, WorkbenchError
from workbench.tui import commands
from workbench.tui.check_runs import CheckRequest, CheckWatcher
from workbench.tui.commands import bindings
from workbench.tui.findings import (
    AUTO_CHECK_LIMIT,
    RECHECK_HERE,
    FindingIndex,
    checked_as,
    local_checks,
)
from workbench.tui.host import Done
from workbench.tui.i18n import N_, _, check_name, error_message, ngettext, number
from workbench.tui.keyboard_layout import SHARED, bound_as, latin_key, russian_letter
from workbench.tui.memory_service import MemoryService, TeamUnits
from workbench.tui.messages import FindingsUpdated, ProjectEdited, SegmentRequested, TermsLoaded
from workbench.tui.store import SegmentStore, read_segments
from workbench.tui.unsaved import keep_unsaved, kept_for, put_back, unsaved_folders
from workbench.tui.widgets.mode_bar import TeamBadge, TeamWord

WATCH_INTERVAL = 1.0
"""Seconds between looks at whether another program changed the project."""
if TYPE_CHECKING:
    from workbench.core.checks import Finding
    from workbench.core.navigation import TextIndex
    from workbench.core.team import TeamState

TEAM_SYNC_S = 15.0
"""Seconds between syncs with the team server (queued writes out, term changes in)."""
NEEDS_PROJECT = {"align", "translate", "findings", "termbase"}
"""Views that show a project's contents; without a project the app stays on the project view."""
APP_KEYS = frozenset(key.strip() for command in commands.APP for key in command.keys.split(",") if key.strip())
"""The keys of the app's own commands (views, palette, help, quit): never held (`_hold_key`)."""
FOCUS_KEYS = frozenset({"tab", "shift+tab"})
"""Keys that move the focus once the focused widget has passed them up (`_send_key`)."""
KEY_TAKEN_WITHIN = 1.0
"""Seconds a replayed key may take before the next is replayed anyway (its widget went away)."""
MOST_HELD_KEYS = 1000
"""Keys held at once (`_hold_key`); later ones are dropped, and the app says so. A held key is
replayed only once the one before it is taken, some 15 ms each: 100,000 keys sent in a burst
while the segments loaded held every key typed after them for about half an hour, and their
list grew without end (hardening, round 25). Nobody types a thousand keys while a view loads;
a paste the terminal sends as keys is pasted again."""

class KeyTaken(Message):
    """Posted behind a replayed key to the widget the key went to: it bubbles up the same
    widgets, behind the key, so when it reaches the app every one of them has taken the key."""

    def __init__(self, serial: int) -> None:
        super().__init__()
        self.serial = serial


def team_word(state: TeamState, sentence: str) -> TeamWord:
    """The top bar's word on the team server: conflicts first (they wait for the translator), then
    offline with what is queued, then connected."""
    conflicts = state.conflicts + state.segment_conflicts
    if conflicts:
        label = ngettext("{count} conflict", "{count} conflicts", conflicts).format(count=number(conflicts))
        return TeamWord(label, sentence, "error")
    if not state.online:
        label = _("server busy") if state.busy else _("offline")
        if state.queued:
            label = _("{state}: {count} queued").format(state=label, count=number(state.queued))
        return TeamWord(label, sentence, "warning")
    return TeamWord(_("team"), sentence, "ok")


class _RunCutShort(Exception):
    """Raised from a check run's progress report once a newer request has cut the run short."""


class TeamUnitsFound(Message):
    """A sync found the teammates' confirmed units changed (`MemoryService.sync`)."""

    def __init__(self, found: TeamUnits) -> None:
        super().__init__()
        self.found = found


class TeamStateChanged(Message):
    """The team server answered again, stopped answering, or the queue or the conflicts changed."""

    def __init__(self, state: TeamState) -> None:
        super().__init__()
        self.state = state


# Views are imported when first opened: startup pays only for the project view.


def _folder_id(project: Project | None) -> str | None:
    """The folder's identity, or None when there is no project or its database will not say
    (a damaged copy: the opening says so elsewhere; text is then kept by its path alone)."""
    if project is None:
        return None
    try:
        return project.folder_id
    except (WorkbenchError, sqlite3.Error):
        return None


def _project_screen() -> Screen[Any]:
    from workbench.tui.screens.project_screen import ProjectScreen

    return ProjectScreen()


def _alignment_screen() -> Screen[Any]:
    from workbench.tui.screens.alignment_screen import AlignmentScreen

    return AlignmentScreen()


def _translation_screen() -> Screen[Any]:
    from workbench.tui.screens.translation_screen import TranslationScreen

    return TranslationScreen()


def _findings_screen() -> Screen[Any]:
    from workbench.tui.screens.findings_screen import FindingsScreen

    return FindingsScreen()


def _termbase_screen() -> Screen[Any]:
    from workbench.tui.screens.termbase_screen import TermbaseScreen

    return TermbaseScreen()


class WorkbenchApp(App[None]):
    """The terminal workbench on one project (or on none, to choose one)."""

    TITLE = "workbench"
    CSS_PATH: ClassVar = [
        "app.tcss",
        "screens/project_screen.tcss",
        "screens/alignment_screen.tcss",
        "screens/translation_screen.tcss",
        "screens/findings_screen.tcss",
        "screens/termbase_screen.tcss",
        "screens/tool_modals.tcss",
        "screens/conflict_modal.tcss",
        "screens/extraction_modal.tcss",
        "screens/check_settings_modal.tcss",
    ]
    BINDINGS: ClassVar = bindings(commands.APP)
    MODES: ClassVar = {
        "project": _project_screen,
        "align": _alignment_screen,
        "translate": _translation_screen,
        "findings": _findings_screen,
        "termbase": _termbase_screen,
    }
    DEFAULT_MODE = "project"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012  (Textual declares it so)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-medium"), (48, "-tall")]  # noqa: RUF012

    def __init__(self, project: Project | None, folder: Path) -> None:
        super().__init__()
        self.project = project
        self.folder = folder
        """Where the app was started: the project folder, or where to look for one."""
        self.folder_id = _folder_id(project)
        """The project folder's identity, read at the opening: text kept as the app leaves
        names it (`keep_unsaved`), so it is offered again once the folder is moved."""
        self.store = SegmentStore()
        self.findings = FindingIndex(self.recheck)
        self.enforcer: Any | None = None
        """The term enforcer for the project's termbases (None: none, or still loading)."""
        self.enforcer_ready = False
        self.speller: Any | None = None
        """The project's `spelling.Speller` (None: no dictionary, or still loading); built with the enforcer."""
        self.memory = MemoryService(project.path, self._team_state_changed, self._team_units_found) if project is not None else None
        """The translation memory, served from a thread of its own."""
        self.comments: dict[int, list[Comment]] = {}
        self.verdicts: dict[int, Verdict] = {}
        """The reviewers' standing verdicts by segment id (`project.standing_verdicts`): a rejection shows in the grid."""
        """Every comment by segment id (open and resolved), kept in step with `add_comment`/`resolve_comment`."""
        self._text_index: tuple[int, TextIndex] | None = None
        self.views: dict[str, Screen[Any]] = {}
        """View screens made so far, by mode (each registers itself when mounted)."""
        self._data_version: int | None = None
        self._quit_asked = False
        """A quit was refused once for unsaved text: the next one leaves without it."""
        self._told_gone: Path | None = None
        """The project whose folder went away while open, once the translator was told."""
        self._generation: int | None = None
        """The segments generation the store shows; another writer moves it on (see `check_outside_changes`)."""
        self.team_status = ""
        """In a team project, the last word on the team server (also the subtitle)."""
        self._team_timer: Timer | None = None
        self._team_state: TeamState | None = None
        self.team_word: TeamWord | None = None
        """What the top bar says of the team server (None: not a team project, or not heard from yet)."""
        self._first_screen_shown = False
        self._after_first_screen: list[Callable[[], object]] = []
        """Start-up work waiting for the first screen (`when_ready`)."""
        self.ended_by: int | None = None
        """The signal (SIGTERM, SIGHUP) the app left on, once it has (`_end`)."""
        self.kept_unsaved: Path | None = None
        """The file the text whose save was refused went to as the app left (`_leave`)."""
        self._handlers_before: dict[int, Any] = {}
        self._terminal: int | None = None
        """The descriptor of the terminal the app reads keys from, while it is watched for a
        hang-up no signal announced (`_watch_terminal`)."""
        self._held_keys: list[events.Key] = []
        self._russian_layout = False
        """The last letter typed was Cyrillic: `.` and `,` are then the keys of `/` and `?`
        (`keyboard_layout.SHARED`); before any letter, they are themselves."""
        self._dropped_keys = False
        """Keys past `MOST_HELD_KEYS` were dropped since the held ones last ran out (said once)."""
        self._replay_timer: Timer | None = None
        """Set while a replayed key is on its way (`_replay_next`): later keys wait behind it."""
        self._replay_serial = 0
        """Keys typed on an editor waiting for its segments (`_hold_key`), oldest first."""
        self._load_failed = False
        """The last read of the segments failed: nothing will be drawn, so no key is held."""
        self._own_writers = 0
        """The app's own tasks writing through a connection of their own (an import, a re-alignment):
        their commits move the segments generation as another program's would (`own_write`)."""
        self._reading_segments = False
        """A full read of the segments is under way: it takes whatever was committed before it."""
        self._reading_for_another_program = False
        """The read under way was started by the watch for another program's writes."""
        self.outside_reads = 0
        """How many reads of the segments brought another program's writes: a view that shows a
        target it saved tells, when it is written over, that the other program did it."""
        self._froze = False
        """A load of the segments has frozen what was alive (`_segments_loaded`): later loads thaw it first."""
        self._terms_on_disk: tuple[tuple[str, int, int], ...] = ()
        """The termbase files as the last read of the terms found them (`check_outside_terms`)."""
        self._terms_read_running = 0
        """Reads of the terms whose thread has not ended (a cancelled one runs on to its end)."""
        self._terms_read_lock = threading.Lock()
        """Guards `_terms_read_running`, counted by the reading threads."""
        self._checked_with: Any | None = None
        """The term enforcer the last full check run used (`_checks_done`): terms read anew since
        (`_enforcer_loaded`) make that run's term findings another termbase's."""
        self._check_asked: CheckRequest | None = None
        """The newest check run asked for and not yet answered (`run_checks`): a run whose request
        is no longer this one was cut short, and lists nothing."""
        self._check_lock = threading.Lock()
        """Held by the thread of the check run going on: the run that cut it short waits for it."""
        self.checked_document: int | None = None
        """The scope of the last check run whose askers were told: a document's id, or None for the
        project (a document's run asked while a full one went on checks the project: `check_runs`)."""

    # -- lifecycle -------------------------------------------------------------------

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification, from any screen or widget, is shown literally.

        Messages quote file names, terms and database errors: text that must never
        be parsed as markup (`[/]` used to end the app) or reach the terminal raw.
        `markup` is accepted for Textual's signature and ignored.
        """
        super().notify(
            safetext.visible(message), title=safetext.visible(title), severity=severity,
            timeout=timeout, markup=False,
        )

    async def on_event(self, event: events.Event) -> None:
        """A terminal paste is cleaned before any widget sees it (`safetext.clean`): an input
        (go to, filter, replace, concordance, comment) shows what it holds as it is, so a pasted
        window-title or clear-screen sequence reached the terminal raw; the target editor also
        cleans its own edits, for text inserted by the app."""
        if isinstance(event, events.Paste):
            event.text = safetext.clean(event.text)
        if isinstance(event, events.Key) and not event.is_forwarded:
            layout = russian_letter(event.character)
            if layout is not None:
                self._russian_layout = layout
            event = self._latin_modified_key(event)
            if self._hold_key(event):
                return
            if event.key in FOCUS_KEYS:
                await self._send_key(event)
                return
        await super().on_event(event)

    def _latin_modified_key(self, event: events.Key) -> events.Key:
        """`alt+п` typed with the Russian layout on, as the `alt+g` in its place when that is bound.

        Read before any widget sees it: a modified key is never text, yet the target editor took
        `alt+п` as the letter «п», since the priority bindings (go to, filter, replace...) know only
        `alt+g`. A key bound as it is stays itself."""
        if "+" not in event.key or latin_key(event.key) is None:
            return event
        latin = bound_as(event.key, self.screen.active_bindings)
        if latin is None or latin == event.key:
            return event
        return events.Key(latin, None)

    async def on_key(self, event: events.Key) -> None:
        """A key of the Russian layout that no widget took as text and nothing binds as it is runs
        the binding of the Latin key in its place (`о` as `j`, `.` as `/`): the keys of the grid,
        the alignment editor, the panels and the modals worked only in the Latin layout, and a
        translator switches layouts all day (`keyboard_layout`). App's own binding check runs
        after this handler, for a key bound as it is. Other keys cost nothing here: the bindings
        are looked at only for a key of the Russian layout."""
        if latin_key(event.key) is None or (event.key in SHARED and not self._russian_layout):
            return
        active = self.screen.active_bindings
        latin = bound_as(event.key, active)
        if latin is None or latin == event.key:
            return
        event.stop()
        event.prevent_default()
        chosen = active[latin]
        await self.run_action(chosen.binding.action, chosen.node)

    def _hold_key(self, event: events.Key) -> bool:
        """Keep a key typed on an editor that has not drawn its segments yet (`F4` pressed while
        they load), to be taken once they are drawn (`release_keys`). Such keys were dropped:
        `j j m` after `F3` moved nothing and merged nothing, and the editor acted on whatever
        came next. The app's own keys (views, palette, help, quit) are never held; leaving for
        another view drops what was held for this one."""
        if event.key in APP_KEYS:
            self._held_keys.clear()
            self._dropped_keys = False
            return False
        waiting = getattr(self.screen, "waiting_for_segments", None)
        if not (self._held_keys or self._replay_timer is not None) and not (
                waiting is not None and waiting() and not self._load_failed):
            self._dropped_keys = False
            return False
        if len(self._held_keys) < MOST_HELD_KEYS:
            self._held_keys.append(events.Key(event.key, event.character))
        elif not self._dropped_keys:
            self._dropped_keys = True
            self.notify(_("Keys came faster than the editor takes them: those after the first {count} waiting "
                          "were dropped (paste again what was pasted).").format(count=number(MOST_HELD_KEYS)),
                        severity="warning")
        return True

    def release_keys(self) -> None:
        """The view on screen drew its segments: the keys held meanwhile go to it, in order.

        One at a time, each once the last is taken (`KeyTaken`): given all at once, a letter
        typed after `down` went into the target of the segment `down` was leaving, since the
        view takes a letter before the app runs the binding of the key ahead of it. Keys typed
        meanwhile wait behind them."""
        if self._held_keys and self._replay_timer is None:
            self.call_later(self._replay_next)

    async def _replay_next(self, serial: int | None = None) -> None:
        if serial is not None and serial != self._replay_serial:
            return  # a key taken late, after its timer went on without it
        if self._replay_timer is not None:
            self._replay_timer.stop()
            self._replay_timer = None
        if self._held_keys:
            await self._send_key(self._held_keys.pop(0))

    async def _send_key(self, key: events.Key) -> None:
        """Give the key to the app, then hold the keys after it until every widget it went to has
        taken it (`KeyTaken`). Tab and shift+tab go so: the field with the focus passes them up to
        the screen, which moves the focus only then, and the keys of a burst (tmux `send-keys`, a
        paste of keys, a fast typist) had all been given to the field left meanwhile."""
        await super().on_event(key)
        self._replay_serial += 1
        serial = self._replay_serial
        (self.focused or self.screen).post_message(KeyTaken(serial))
        self._replay_timer = self.set_timer(KEY_TAKEN_WITHIN, partial(self._replay_next, serial))

    async def on_key_taken(self, message: KeyTaken) -> None:
        await self._replay_next(message.serial)

    def on_mount(self) -> None:
        if self.project is not None:
            self.title = safetext.visible(self.project.config.name)
            self.when_ready(self.load_segments)
            self.when_ready(self.load_enforcer)
            self.when_ready(self._start_team_sync)
            self.when_ready(self.offer_kept_text)
        self.set_interval(WATCH_INTERVAL, self.check_outside_changes)
        self.set_interval(WATCH_INTERVAL, self.check_outside_terms)
        self._catch_endings()

    def _catch_endings(self) -> None:
        """SIGTERM (`kill`) and SIGHUP (the terminal or ssh session closed) save what is being
        typed and leave (`_end`). Either killed the app outright: the terminal stayed in the
        app's modes (no cursor, the mouse reported as text) and the text typed since the last
        save (up to `SAVE_AT_LEAST_EVERY`) was lost. Only the main thread can take signals;
        elsewhere (never the case from the command line) the app goes without."""
        if threading.current_thread() is not threading.main_thread():
            return
        loop = asyncio.get_running_loop()
        for ending in ENDINGS:
            self._handlers_before[ending] = signal.signal(ending, partial(self._signalled, loop))
        stdin = sys.__stdin__
        if stdin is not None and not stdin.closed and os.isatty(stdin.fileno()):
            self._terminal = stdin.fileno()
            self.set_interval(WATCH_INTERVAL, self._watch_terminal)

    def _watch_terminal(self) -> None:
        """A terminal that went away without a SIGHUP reaching the app ends it as SIGHUP does.

        The kernel sends SIGHUP only to the terminal's session leader and foreground group: an
        app started by a wrapper (`make run`, a script) whose leader died first was never told,
        and Textual's input thread then read end-of-file from the dead terminal ten times a
        second without rest, 50-70 % of a core for as long as the machine stayed up (session
        46: found so two hours on). A hung-up terminal is no longer a terminal (`isatty` answers
        no: its ioctls fail with EIO), which this asks once a second."""
        if self._terminal is None or self.ended_by is not None or os.isatty(self._terminal):
            return
        self._terminal = None
        self.ended_by = signal.SIGHUP
        self._end()

    def _signalled(self, loop: asyncio.AbstractEventLoop, signum: int, _frame: object) -> None:
        """The first signal asks the loop to save and leave; a second, when the loop has not got
        to it (busy with a long piece of work), ends the app as the signal always did."""
        if self.ended_by is not None:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        self.ended_by = signum
        loop.call_soon_threadsafe(self._end)

    def _end(self) -> None:
        """Save what every view holds, then leave (text the project refuses goes to a file of
        the user's); the command line then exits as the signal says (`ended_by`).

        The saves are the automatic kind: text whose save was refused because another program
        changed that target is written over theirs only when the translator asks; a closed
        terminal asks nothing, so the text goes to the file (`_leave`) and theirs stays."""
        self.save_pending(automatic=True)
        self._leave()

    def _release_endings(self) -> None:
        """The handlers there were before the app, back (the command line's own, or Python's)."""
        for ending, before in self._handlers_before.items():
            signal.signal(ending, before)
        self._handlers_before.clear()

    def when_ready(self, callback: Callable[[], object]) -> None:
        """Call `callback` once the first screen is drawn and waits for input (later on: after the next refresh).

        Start-up work in threads (segments, termbase and speller, stored findings)
        started on mount ran beside the first paint: 0.2-0.3 s of their CPU went
        before the first screen, holding the GIL and, on a busy machine, the
        core the UI thread needed. Started from here, the first screen comes
        first and the work follows at once.
        """
        if self._first_screen_shown:
            self.call_after_refresh(callback)
        else:
            self._after_first_screen.append(callback)

    def on_ready(self) -> None:
        # `Ready` comes with the first frame; the callbacks after a refresh run once nothing is left to draw.
        self.call_after_refresh(self._run_after_first_screen)

    def _run_after_first_screen(self) -> None:
        self._first_screen_shown = True
        waiting, self._after_first_screen = self._after_first_screen, []
        for callback in waiting:
            callback()

    def open_project(self, project: Project) -> None:
        """Switch the whole app to another project (from the project chooser)."""
        if self.project is not None:
            self.project.close()
        self.project = project
        self.folder = project.path
        self.folder_id = _folder_id(project)
        self.title = safetext.visible(project.config.name)
        self.store = SegmentStore()
        self.findings = FindingIndex(self.recheck)
        self.comments, self.verdicts, self._text_index = {}, {}, None
        self.enforcer, self.enforcer_ready = None, False
        self._data_version = self._generation = None
        if self.memory is not None:
            self.memory.close()
        self.memory = MemoryService(project.path, self._team_state_changed, self._team_units_found)
        self.announce_edit()
        self.load_enforcer()
        self._start_team_sync()
        self.offer_kept_text()

    def offer_kept_text(self) -> None:
        """Text this project refused when the app last left it (`keep_unsaved`) was in a file
        nothing read again: offered back at the opening, one file at a time (`kept_for`)."""
        from workbench.tui.screens.choice_modal import ChoiceModal

        if self.project is None or not (kept := kept_for(self.folder, self.folder_id)):
            return
        path, entries = kept[0]
        title = ngettext(
            "Text you typed in {count} segment was not saved when the workbench last left this project; it is kept in {path}",
            "Text you typed in {count} segments was not saved when the workbench last left this project; it is kept in {path}",
            len(entries),
        ).format(count=number(len(entries)), path=path)
        choices = [(_("Show it"), "show"), (_("Put it back into the project"), "put back"),
                   (_("Discard it (delete the file)"), "discard"), (_("Later: keep the file and ask next time"), "later")]
        self.push_screen(ChoiceModal(title, choices), partial(self._kept_text_chosen, path, entries))

    def _kept_text_chosen(self, path: Path, entries: list[dict[str, Any]], choice: str | None) -> None:
        from workbench.tui.screens.choice_modal import ChoiceModal
        from workbench.tui.widgets.literal import one_line

        if choice == "show":
            lines = [(f"{entry.get('position') or '?':>4}  {one_line(entry['typed_target'], limit=100)}", None)
                     for entry in entries]
            self.push_screen(ChoiceModal(_("The text kept in {path}").format(path=path), lines,
                                         note=_("Escape goes back to the choice.")),
                             lambda _picked: self.offer_kept_text())
        elif choice == "discard":
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                self.notify(error_message(error), severity="error", timeout=8)
                return
            self.notify(_("Discarded {path}").format(path=path))
            self.offer_kept_text()
        elif choice == "put back" and self.project is not None:
            try:
                saved, left = put_back(self.project, path, entries)
            except Exception as error:  # noqa: BLE001  (one line, never a crash; the file stays)
                self.notify(error_message(error), severity="error", timeout=8)
                return
            self.announce_edit()
            if left:
                self.notify(_("Put back {saved} of {count}; the others changed since or were refused, and stay in {path}")
                            .format(saved=number(len(saved)), count=number(len(entries)), path=path),
                            severity="warning", timeout=15)
                return
            self.notify(_("Put back {saved} of {count}").format(saved=number(len(saved)), count=number(len(entries))))
            self.offer_kept_text()

    def on_unmount(self) -> None:
        gc.unfreeze()
        self._release_endings()
        self.close_project()

    def close_project(self) -> None:
        """Close the memory's thread and the project: when the app ends, or never runs (no terminal)."""
        if self.memory is not None:
            self.memory.close()
        if self.project is not None:
            self.project.close()

    # -- segments --------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="segments")
    def load_segments(self) -> None:
        """Read every segment in a worker thread, so a 50,000-segment project never blocks a key."""
        if self.project is None:
            return
        try:
            generation, segments = read_segments(self.project.path)
        except (WorkbenchError, sqlite3.Error) as error:
            # A received project whose rows another program wrote (text that is not UTF-8) ended
            # the app in this worker's traceback (hardening, round twelve): said, and the app stays.
            self.call_from_thread(self._segments_failed, error_message(error))
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._segments_loaded, generation, segments)

    def _segments_failed(self, message: str) -> None:
        self._load_failed = True
        self._reading_segments = False
        self._held_keys.clear()
        self.notify(message, severity="error", timeout=15)

    def _segments_loaded(self, generation: int, segments: list[Segment]) -> None:
        self._load_failed = False
        self._reading_segments = False
        if self._reading_for_another_program:
            self._reading_for_another_program = False
            self.outside_reads += 1
        # Kept net of this app's own changes: see `check_outside_changes`.
        own = self.project.own_segment_changes if self.project is not None else 0
        self._generation = generation - own
        if self.project is not None:
            self.comments = all_comments(self.project)
            self.verdicts = standing_verdicts(self.project)
        self.store.set_all(segments)
        # What is alive now lives about as long as the app: out of the collector's sight (`gc.freeze`),
        # a full collection no longer walks 50,000 segments (at 50,000, one key in about sixty took
        # ~90 ms more CPU). Unfrozen when the app ends, so an app made in a test leaves nothing behind.
        # What an earlier load froze may be garbage by now (the old segments, closed screens): thawed
        # and collected on every later load, or a day of reloads would keep every cycle it ever froze.
        # The first load has nothing of ours frozen: only the young generations are collected, as a
        # full pass walks the whole heap (0.3 s of CPU in a test process that has loaded much).
        if self._froze:
            gc.unfreeze()
            gc.collect()
        else:
            gc.collect(1)
            self._froze = True
        gc.freeze()
        self._tell_views(ProjectEdited)
        self._recheck_changed_elsewhere()

    def _recheck_changed_elsewhere(self) -> None:
        """Check again, off the drawing thread, the segments a reload found changed behind the
        index's back (another program's `replace`, its undo): the project screen's summary counted
        their old findings until the findings list was opened (hardening, rounds 33-34). More than
        `RECHECK_HERE` are the findings list's full run; until then the summary leaves them out and
        says so."""
        changed = self.findings.stale(self.store.segments)
        if len(changed) <= RECHECK_HERE:
            self.recheck_later(changed)

    def announce_edit(self, segment_ids: tuple[int, ...] | None = None) -> None:
        """Segments changed. With ids, the store is patched already; None means reload everything."""
        if segment_ids and self.project is not None and any(i in self.verdicts for i in segment_ids):
            self._read_verdicts()  # a confirmation answers a rejection: its mark goes at once
        self._tell_views(partial(ProjectEdited, segment_ids))
        if segment_ids is None:
            self._reading_segments = True
            self.load_segments()

    def own_write(self, started: bool) -> None:
        """An app task that writes through a connection of its own started or ended (on this thread).

        Its commits move the segments generation as another program's would, and the import's
        own reload was taken for another program's write ("changed by another program;
        reloaded", user days): while one runs, and until the read that follows it has the
        segments, `check_outside_changes` waits. A task ending calls `announce_edit` first, so
        the read has started before the count falls.
        """
        self._own_writers = max(0, self._own_writers + (1 if started else -1))

    def check_outside_changes(self) -> bool:
        """Reload when another program (`workbench align` in another terminal) changed segments.

        SQLite's `data_version` moves only when another connection commits, so
        the check costs one pragma a second; the segments generation, less what
        this app's own commits moved it by (`Project.own_segment_changes`), then
        tells another program's segment change from, say, an accepted finding or
        a `workbench check` run. Returns whether a reload was started. Views
        never act on ids that vanished: an edit refused for a missing segment
        calls this at once.
        """
        project = self.project
        if project is None or not self.store.loaded or self._generation is None:
            return False
        if self._own_writers or self._reading_segments:  # the read under way or to come takes it all
            return False
        try:
            project.ensure_still_there()
        except ProjectError as error:  # said once, at once: every save is refused from now on
            if self._told_gone != project.path:
                self._told_gone = project.path
                self.notify(error_message(error), severity="error", timeout=30)
            return False
        try:
            version = project.data_version()
            if version == self._data_version:
                return False
            self._data_version = version
            generation = project.segments_generation()
        except sqlite3.Error:
            return False
        if generation == self._generation + project.own_segment_changes:
            return False
        self._generation = generation - project.own_segment_changes
        self.save_pending(automatic=True)
        self.notify(_("The project was changed by another program; the segments were reloaded."),
                    severity="warning", timeout=6)
        self._reading_for_another_program = True
        self.announce_edit()
        return True

    def check_outside_terms(self) -> bool:
        """Read the terms again when a termbase changed on disk since they were read: a term
        added with `workbench term add` in another terminal was missing from the open editor's
        term panel and checks until it was restarted (user days). Nothing is said: the app's
        own term edits change the files too, and the panel simply shows the terms as they are.
        Returns whether a read was started."""
        from workbench.core.terminology import termbases_on_disk

        if self.project is None or not self.enforcer_ready or self._terms_read_running:
            # One read at a time: a termbase another program writes each second, read in several
            # seconds, had reads pile up (hardening, round 23). The running read took the files'
            # marks before it read them, so a change made since is seen by a tick after it.
            return False
        marks = termbases_on_disk(self.project)
        if marks == self._terms_on_disk:
            return False
        self._terms_on_disk = marks  # the next tick does not start a second read of the same change
        self.load_enforcer()
        return True

    def _tell_views(self, message: Callable[[], Any]) -> None:
        for screen in self.views.values():
            screen.post_message(message())

    def show_segment(self, segment_id: int, target_span: tuple[int, int] | None = None, *,
                     findings_tab: bool = False) -> None:
        """Open the translation editor on one segment (with `target_span` of its target selected, and
        with `findings_tab` the side panel's findings in front: the way from a finding)."""
        self.switch_mode("translate")
        go_to = getattr(self.screen, "go_to_segment", None)
        if go_to is not None:
            go_to(segment_id, target_span)
        show_findings = getattr(self.screen, "show_findings_tab", None)
        if findings_tab and show_findings is not None:
            show_findings()

    def on_segment_requested(self, message: SegmentRequested) -> None:
        self.show_segment(message.segment_id)

    def text_index(self) -> TextIndex:
        """The folded texts of the store's segments, for filters and the project concordance.

        Rebuilt only when asked for after the store changed (an edit, a reload):
        filtering and searching are rare next to typing, which must stay cheap.
        """
        if self._text_index is None or self._text_index[0] != self.store.version \
                or self._text_index[1].segments is not self.store.segments:
            from workbench.core.navigation import TextIndex

            self._text_index = (self.store.version, TextIndex(self.store.segments))
        return self._text_index[1]

    # -- comments ------------------------------------------------------------------------

    def open_comments(self, segment_id: int) -> list[Comment]:
        return [c for c in self.comments.get(segment_id, ()) if c.open]

    def comment_findings(self, segment: Segment, position: int) -> list[Finding]:
        """The segment's open comments as findings of their own kind, for the findings panel."""
        from workbench.core.checks.comments import comment_findings

        return [replace(f, segment=position) for f in comment_findings({segment.id: self.open_comments(segment.id)},
                                                                        [segment])]

    def add_comment(self, segment_id: int, text: str) -> Comment | None:
        """Write a comment on a segment; every view shows it at once."""
        assert self.project is not None
        try:
            comment = add_comment(self.project, segment_id, text)
        except (WorkbenchError, sqlite3.Error) as error:
            self.notify(error_message(error), severity="error", timeout=8)
            return None
        self.comments.setdefault(segment_id, []).append(comment)
        self._tell_views(FindingsUpdated)
        return comment

    def reject_segment(self, segment_id: int, reason: str) -> bool:
        """Send a segment back with `reason` as its comment; every view shows it at once."""
        assert self.project is not None
        try:
            verdict, comment = reject(self.project, segment_id, reason)
        except (WorkbenchError, sqlite3.Error) as error:
            self.notify(error_message(error), severity="error", timeout=8)
            return False
        self.verdicts[segment_id] = verdict
        if comment is not None:
            self.comments.setdefault(segment_id, []).append(comment)
        self._tell_views(FindingsUpdated)
        self._tell_views(partial(ProjectEdited, (segment_id,)))
        return True

    def resolve_comment(self, comment: Comment, *, reopen: bool = False) -> bool:
        """Resolve (or reopen) a comment; whether it was done."""
        assert self.project is not None
        try:
            done = resolve_comment(self.project, comment.id, reopen=reopen)
        except (WorkbenchError, sqlite3.Error) as error:
            self.notify(error_message(error), severity="error", timeout=8)
            return False
        self.comments[done.segment_id] = [done if c.id == done.id else c for c in self.comments.get(done.segment_id, ())]
        self._tell_views(FindingsUpdated)
        self.notify(_("Comment reopened.") if reopen else _("Comment resolved."))
        return True

    # -- team server -------------------------------------------------------------------

    def _start_team_sync(self) -> None:
        """In a team project: sync now (which tells whether the server answers), then every so often."""
        if self.project is None or not self.project.config.team:
            return
        self.action_team_sync()
        if self._team_timer is None:
            self._team_timer = self.set_interval(TEAM_SYNC_S, self.action_team_sync)

    def action_team_sync(self) -> None:
        """Send the queued changes to the team server and take the team's term changes (in the background).

        The palette offers it in every project; outside a team project it says why nothing happens.
        """
        if self.project is not None and not self.project.config.team:
            self.notify(_("{path} is not a team project (no [team] in project.toml)").format(path=self.project.path),
                        severity="warning")
            return
        if self.memory is not None:
            self.memory.sync()

    def _team_state_changed(self, state: TeamState) -> None:
        """Called on the memory thread: posting never waits (closing the app waits for that thread)."""
        self.post_message(TeamStateChanged(state))

    def _team_units_found(self, found: TeamUnits) -> None:
        """Called on the memory thread: the app writes them, on its own connection."""
        self.post_message(TeamUnitsFound(found))

    def on_team_units_found(self, message: TeamUnitsFound) -> None:
        """The translations teammates confirmed go into the segments this copy has not changed
        since (a reviewer saw the aligned drafts until she imported again, user days), as one
        undo step; the segments on screen show them at once, and the message names who."""
        from workbench.core.editing import take_units

        project, found = self.project, message.found
        if project is None or self.memory is None or not self.store.loaded:
            return  # the next sync finds them again: the mark is noted only once they are in
        self.save_pending(automatic=True)  # typing in a segment is a newer edit: it stays
        try:
            taken = take_units(project, found.units, found.held, found.seen)
        except (WorkbenchError, sqlite3.Error) as error:
            self.notify(error_message(error), severity="warning", timeout=8)
            return
        self.memory.units_taken(found.mark, taken.seen)
        if not taken.segment_ids:
            return
        places = {i: index + 1 for i in taken.segment_ids if (index := self.store.index_of(i)) is not None}
        if len(places) == len(taken.segment_ids):
            segments = project.segments_at(places)
            self.store.replace_many(segments)
            self.recheck_later(tuple(segments))
            self.announce_edit(tuple(places))
        else:
            self.announce_edit()
        self.notify(ngettext("Took {count} segment confirmed by {members} (ctrl+z in the list undoes it).",
                             "Took {count} segments confirmed by {members} (ctrl+z in the list undoes it).",
                             len(taken.segment_ids)).format(count=number(len(taken.segment_ids)),
                                                            members=", ".join(taken.members)), timeout=8)

    def on_team_state_changed(self, message: TeamStateChanged) -> None:
        state = message.state
        if state.online:
            parts = [_("Team server connected.")]
        elif state.busy:
            parts = [_("Team server too busy: it cancelled a write, which stays queued; working offline from the local cache.")]
        else:
            parts = [_("Team server unreachable: working offline from the local cache.")]
        if state.queued:
            parts.append(ngettext("{count} change queued.", "{count} changes queued.", state.queued).format(count=number(state.queued)))
        if state.conflicts:
            parts.append(
                ngettext("{count} term conflict to resolve.", "{count} term conflicts to resolve.", state.conflicts).format(
                    count=number(state.conflicts)
                )
            )
        if state.segment_conflicts:
            parts.append(
                ngettext("{count} segment conflict to resolve: a teammate confirmed another translation.",
                         "{count} segment conflicts to resolve: a teammate confirmed another translation of each.",
                         state.segment_conflicts).format(count=number(state.segment_conflicts))
            )
        text = " ".join(parts)
        self.sub_title = text
        self.team_status = text
        self.team_word = team_word(state, text)
        for view in self.views.values():
            for badge in view.query(TeamBadge):
                badge.show(self.team_word)
        last, self._team_state = self._team_state, state
        if state.pulled > (last.pulled if last else 0):
            self.load_enforcer()  # the team's term changes are in the termbase now
        if state.reviews_pulled > (last.reviews_pulled if last else 0) and self.project is not None:
            # the team's verdicts and comments are in the project now
            self.comments = all_comments(self.project)
            self._read_verdicts()
            self._tell_views(FindingsUpdated)
            self._tell_views(ProjectEdited)
        if last is None or last.held != state.held:
            self._tell_views(ProjectEdited)
        # each queued confirmation changes the subtitle; only news earns a notification
        news = state.conflicts > (last.conflicts if last else 0) or state.segment_conflicts > (last.segment_conflicts if last else 0)
        if last is None or last.online != state.online or news:
            if state.conflicts and self.project is not None:
                # The editor shows no conflict; the note said one stood and not what to do about it.
                text += " " + _("See each with workbench team status {path}; end it with workbench team resolve "
                                "{path} CONCEPT --keep mine|theirs.").format(path=self.project.path)
            if state.segment_conflicts and self.project is not None:
                text += " " + _("See both translations with workbench team status {path}; end it with workbench team resolve "
                                "{path} --segment N --keep mine|theirs.").format(path=self.project.path)
            troubled = state.conflicts or state.segment_conflicts
            self.notify(text, severity="information" if state.online and not troubled else "warning",
                        timeout=15 if troubled else 8)

    # -- findings --------------------------------------------------------------------

    def recheck(self, segment: Segment) -> list[Finding]:
        """Check one edited segment again now (local checks), so every mark describes its new text."""
        return self.findings.keep(segment, self.local_checks(segment)())

    def recheck_later(self, segments: Iterable[Segment]) -> None:
        """`recheck` the edited segments off the drawing thread, then tell every view (the findings
        and alignment views' edits): a segment whose one word 100,000 concepts share takes seconds
        of local checks, which the view's key held the app for (hardening, round nineteen). An
        answer for a text edited again meanwhile is dropped: the newer edit's recheck answers."""
        jobs = [(segment, self.local_checks(segment)) for segment in segments]
        if jobs:
            self._recheck_in_thread(jobs)

    @work(thread=True, group="recheck")
    def _recheck_in_thread(self, jobs: list[tuple[Segment, Callable[[], list[Finding]]]]) -> None:
        worker = get_current_worker()
        found: list[tuple[Segment, list[Finding]]] = []
        for segment, job in jobs:
            if worker.is_cancelled:
                return
            try:
                found.append((segment, job()))
            except Exception as error:  # noqa: BLE001  (a worker reports everything in one line, never a crash)
                self.call_from_thread(self.notify, error_message(error), severity="error")
                return
        if not worker.is_cancelled:
            self.call_from_thread(self._rechecked, found)

    def _rechecked(self, found: list[tuple[Segment, list[Finding]]]) -> None:
        kept = []
        for segment, local in found:
            current = self.store.get(segment.id)
            if current is not None and checked_as(current) == checked_as(segment):
                self.findings.keep(segment, local)
                kept.append(segment.id)
        if kept:
            self.announce_edit(tuple(kept))

    def local_checks(self, segment: Segment) -> Callable[[], list[Finding]]:
        """`recheck`'s work as a job for another thread; `findings.keep` stores what it finds."""
        assert self.project is not None
        index = self.store.index_of(segment.id)
        position = index + 1 if index is not None else segment.position
        return local_checks(self.project, segment, position, self.enforcer, self.speller,
                            self.store.segments if index is not None else ())

    def worst_severity(self, segment: Segment) -> str | None:
        return self.findings.worst_of(segment)

    def review_flag(self, segment: Segment) -> str | None:
        """What the grid marks in place of a segment's status: a teammate's other translation held
        against it (`conflict`), or a reviewer's rejection standing (`rejected`)."""
        if self._team_state is not None and segment.id in self._team_state.held:
            return "conflict"
        verdict = self.verdicts.get(segment.id)
        return "rejected" if verdict is not None and verdict.rejected else None

    def _read_verdicts(self) -> None:
        if self.project is None:
            return
        try:
            self.verdicts = standing_verdicts(self.project)
        except sqlite3.Error:
            return  # a damaged or busy database: the loading says so; the last verdicts stay shown

    def run_checks(self, on_progress: Progress | None = None, on_done: Done | None = None,
                   document: int | None = None, *, terms: Any | None = None, asker: object = None) -> None:
        """Run every enabled check over the project in a worker; the views redraw when it is done.
        `document` (an id) checks that document's segments only, after a full run (see
        `check_project`); before one, or with none, the whole project is checked. `terms`: the
        enforcer just read (None: the termbases as they are when the run starts).

        The one entry of every check run, the newest request winning (`check_runs`): a run under
        way is cut short, reports nothing, and its askers (`asker`: a view asking twice is told
        once) follow the new run's progress and are told its end."""
        if self.project is None:
            return
        if document is not None and not self.findings.complete:
            document = None
        watchers = (CheckWatcher(asker, on_progress, on_done),) if on_progress or on_done else ()
        request = CheckRequest(document, terms, watchers)
        if self._check_asked is not None:
            request = request.replacing(self._check_asked)
        self._check_asked = request
        self._check_in_thread(request)  # the group's older worker is cancelled: its thread stops soon

    @work(thread=True, exclusive=True, group="checks")
    def _check_in_thread(self, request: CheckRequest) -> None:
        from workbench.core.checks.project_checks import check_project, project_enforcer

        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            """The run's pace told, or the run stopped here once a newer request has cut it short
            (between a family's batches, before it records anything)."""
            if worker.is_cancelled:
                raise _RunCutShort
            self.call_from_thread(self._check_progress, request, done, total)

        assert self.project is not None
        outcome: tuple[list[Finding], Any | None] | str
        with self._check_lock:  # the run this one cut short stops at its next progress report
            if worker.is_cancelled:
                return  # cut short in turn before it began
            try:
                with Project.open(self.project.path) as project:
                    # The termbases as they are now, as `workbench check` reads them: the client's TBX
                    # imported in another terminal was not seen by this run while the matcher the app
                    # loaded at start was passed in. Cached: nothing is built again when none changed.
                    enforcer = request.terms if request.terms is not None else project_enforcer(project)
                    outcome = (check_project(project, enforcer=enforcer, progress=progress,
                                             document=request.document), enforcer)
            except _RunCutShort:
                return
            except Exception as error:  # noqa: BLE001  (a worker reports everything in one line, never a crash)
                outcome = error_message(error)
        if not worker.is_cancelled:
            self.call_from_thread(self._check_ended, request, outcome)

    def _check_progress(self, request: CheckRequest, done: int, total: int) -> None:
        if request is self._check_asked:
            for watcher in request.watchers:
                if watcher.progress is not None:
                    watcher.progress(done, total)

    def _check_ended(self, request: CheckRequest, outcome: tuple[list[Finding], Any | None] | str) -> None:
        """A run's findings listed and its askers told, unless a newer request came meanwhile
        (on the app's thread, after the run's last report: that request tells them in its turn)."""
        if request is not self._check_asked:
            return
        self._check_asked = None
        if isinstance(outcome, str):
            self._tell_checked(request, outcome, "error")
            return
        findings, enforcer = outcome
        # The run's terms are recorded before the editor and its panels follow them: the read that
        # follows finds the run made with those terms and starts none again (`_enforcer_loaded`).
        self._checks_done(findings, enforcer, request.document)
        if self.enforcer_ready and enforcer is not self.enforcer:
            self.load_enforcer()
        count = len(findings)
        self._tell_checked(request, ngettext("{count} finding", "{count} findings", count).format(
            count=number(count)), "information")

    def _tell_checked(self, request: CheckRequest, message: str, severity: str) -> None:
        self.checked_document = request.document
        for watcher in request.watchers:
            if watcher.done is not None:
                watcher.done(message, severity)

    def _checks_done(self, findings: list[Finding], enforcer: Any | None, document: int | None = None) -> None:
        """A run's findings listed: a full run's with the terms it read (`_checked_with`; a run of
        one document leaves the other documents' term findings as they were, so it records none)."""
        if document is None:
            self.findings.set_run(findings, self.store.segments)
            self._checked_with = enforcer
        else:
            self.findings.set_document([s for s in self.store.segments if s.document_id == document], findings)
        self._tell_views(FindingsUpdated)

    def check_settings_changed(self) -> None:
        """The project's check settings were changed (the settings pane): every finding listed may
        describe the old ones, so the views mark them out of date until the next full run, which
        the pane's opener starts when it closes (a run per key pressed there would be wasted)."""
        assert self.project is not None
        self.project.config = self.project.read_config()
        self.findings.outdated()
        self._tell_views(FindingsUpdated)

    def accept_finding(self, finding: Finding, position: int, reason: str,
                       then: Callable[[], object] | None = None) -> None:
        """Store that `finding` (on the segment at `position`) is a false positive; done in a worker,
        then `then` on the app's thread (the findings view keeps the step to undo)."""
        self._accept_in_thread(finding, position, reason, then)

    @work(thread=True, group="accept")
    def _accept_in_thread(self, finding: Finding, position: int, reason: str,
                          then: Callable[[], object] | None) -> None:
        from workbench.core.checks.project_checks import accept_finding

        assert self.project is not None
        try:
            with Project.open(self.project.path) as project:
                accept_finding(project, position, finding.check, reason, finding.concept)
        except Exception as error:  # noqa: BLE001  (reported in one line; the finding simply stays)
            self.call_from_thread(self.notify, error_message(error), severity="error", timeout=8)
            return
        self.call_from_thread(self._finding_accepted, finding, then)

    def _finding_accepted(self, finding: Finding, then: Callable[[], object] | None) -> None:
        self.findings.drop(finding)
        self._tell_views(FindingsUpdated)
        self.notify(_("Accepted as a false positive: {check}").format(check=check_name(finding.check)))
        if then is not None:
            then()

    def answer_sense(self, answer: Callable[[Project], Any], then: Callable[[Any], None]) -> None:
        """Store or forget a sense answer (`checks.senses.mark_sense`, `remove_sense`) in a worker,
        then run `then` with its result on the app's thread: marking matches the segment against
        the whole termbase and reads the project's pairs, 0.25 s at 10^5 pairs, which the
        translator's next key waited for (hardening, round 21). A failure is one line; nothing
        is stored then, and `then` does not run."""
        self._sense_in_thread(answer, then)

    @work(thread=True, group="senses")
    def _sense_in_thread(self, answer: Callable[[Project], Any], then: Callable[[Any], None]) -> None:
        assert self.project is not None
        try:
            with Project.open(self.project.path) as project:
                result = answer(project)
        except Exception as error:  # noqa: BLE001  (reported in one line; nothing was stored)
            self.call_from_thread(self.notify, error_message(error), severity="error", timeout=8)
            return
        self.call_from_thread(then, result)

    # -- terms -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="termbase")
    def load_enforcer(self, then: Callable[[], None] | None = None) -> None:
        """Build the term matcher for the project's termbases in a worker (lemmatising takes a moment),
        and the speller, which knows the terms (loading a Hunspell dictionary takes a moment too);
        `then` runs on the app's thread once they are in place."""
        from workbench.core.spelling import project_speller
        from workbench.core.terminology import project_enforcer, termbases_on_disk

        if self.project is None:
            return
        speller = None
        with self._terms_read_lock:
            self._terms_read_running += 1
        try:
            with Project.open(self.project.path) as project:
                self._terms_on_disk = termbases_on_disk(project)  # before the read: a later change is seen
                enforcer = project_enforcer(project)
                speller = project_speller(project)
        except Exception as error:  # noqa: BLE001  (a broken termbase must not take the editor down)
            self.call_from_thread(self.notify, error_message(error), severity="error", timeout=8)
            enforcer = None
        finally:
            with self._terms_read_lock:
                self._terms_read_running -= 1
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._enforcer_loaded, enforcer, speller)
            if then is not None:
                self.call_from_thread(then)

    def dictionary_words_added(self, words: Iterable[str]) -> None:
        """Words just added to the project dictionary: the speller is built again, then every segment
        whose spelling finding names one of them is checked again, so `F5` and the grid drop them now
        (a reviewer adding a Latin name the chapter uses ten times saw all ten until the next run)."""
        from termbase.normalize import fold_word

        self.load_enforcer(then=partial(self._recheck_spelling, frozenset(fold_word(word) for word in words)))

    def dictionary_words_removed(self, words: Iterable[str]) -> None:
        """Words taken out of the project dictionary (an addition undone): the speller is built
        again, then every segment whose target has one of them is checked again, so its finding is
        back at once, as the addition's went at once."""
        from workbench.core.spelling import forms_stem

        # its forms too: «Оутис» passed by «Оутиса» (`forms_stem`)
        self.load_enforcer(then=partial(self._spelling_again, frozenset(forms_stem(word) for word in words)))

    def _spelling_again(self, folded: frozenset[str]) -> None:
        from termbase.normalize import fold_word

        # a target holding the word anywhere is checked again: one too many checked costs a check
        again = [segment for segment in self.store.segments
                 if (target := fold_word(segment.target)) and any(word in target for word in folded)]
        self.recheck_later(again)

    def _recheck_spelling(self, folded: frozenset[str]) -> None:
        from termbase.normalize import fold_word

        # A word added stands for its forms (`Speller`): «Оутис» two segments on goes with «Оутиса»
        # added, so every finding whose word the new speller knows is checked again.
        speller = self.speller
        rechecked: set[int] = set()
        for finding in self.findings.all():
            segment = self.store.get(finding.segment_id) if finding.segment_id is not None else None
            if finding.check != "spelling" or segment is None or segment.id in rechecked:
                continue
            words = [segment.target[start:end] for start, end in finding.target_spans]
            if any(fold_word(word) in folded or speller is not None and speller.known(word) for word in words):
                self.recheck(segment)
                rechecked.add(segment.id)
        if rechecked:
            self._tell_views(FindingsUpdated)

    def _enforcer_loaded(self, enforcer: Any | None, speller: Any | None = None) -> None:
        self.enforcer, self.enforcer_ready = enforcer, True
        self.speller = speller
        if self.findings.complete and enforcer is not self._checked_with:
            self._check_new_terms()
        self._tell_views(TermsLoaded)

    def _check_new_terms(self) -> None:
        """The terms changed since the last full run (a concept added here, or fifteen with `term
        add` in another terminal): F5 went on listing that run, without one missing or forbidden
        term of the new concepts, until `R` (user days). A project the project view checks when
        opened is checked again now, in the background, its list kept until the run ends; a
        larger one's run is no longer complete, so its counts and F5 say it is not (F5 runs it)."""
        if len(self.store.segments) <= AUTO_CHECK_LIMIT:
            # With the terms just read: a read of its own beside the editor's next one (a
            # termbase a script changes each second) held two matchers at once.
            self.run_checks(terms=self.enforcer)
        else:
            self.findings.outdated()

    # -- actions -----------------------------------------------------------------------

    def switch_mode(self, mode: str) -> Any:
        if mode in NEEDS_PROJECT and self.project is None:
            self.notify(_("Open a project first."), severity="warning")
            return None
        return super().switch_mode(mode)

    def action_show_help(self) -> None:
        from workbench.tui.screens.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_show_statistics(self) -> None:
        from workbench.tui.screens.stats_modal import StatsModal

        if self.project is None:
            self.notify(_("Open a project first."), severity="warning")
            return
        self.save_pending()
        self.push_screen(StatsModal())

    def action_show_review(self) -> None:
        from workbench.tui.screens.review_modal import ReviewModal

        if self.project is None:
            self.notify(_("Open a project first."), severity="warning")
            return
        self.push_screen(ReviewModal())

    def action_pretranslate(self) -> None:
        """Ask the lowest score, look up on the memory's thread, write here (one undo step), report."""
        from workbench.tui.screens.choice_modal import ChoiceModal

        if self.project is None or self.memory is None:
            self.notify(_("Open a project first."), severity="warning")
            return
        self.save_pending()
        choices = [(_("exact matches only (100%)"), 100)] + [
            (_("matches scoring {score} or more").format(score=score), score) for score in (95, 85, 75)
        ]
        def chosen(score: int | None) -> None:
            if score is not None:
                self._pretranslate(score)

        self.push_screen(
            ChoiceModal(_("Pre-translate empty targets from the memory"), choices,
                        note=_("Filled targets stay drafts, marked M in the grid, until confirmed.")),
            chosen,
        )

    @work(group="pretranslate", exclusive=True)
    async def _pretranslate(self, min_score: int) -> None:
        from workbench.core.editing import apply
        from workbench.tui.screens.choice_modal import ChoiceModal
        from workbench.tui.widgets.literal import one_line

        if self.project is None or self.memory is None:
            return
        self.notify(_("Pre-translating from the memory…"))
        try:
            plan = await self.memory.plan_pretranslation(min_score)
            report = apply(self.project, plan)
        except Exception as error:  # noqa: BLE001  (one line, never a crash)
            self.notify(error_message(error), severity="error", timeout=8)
            return
        ids = tuple(f.segment_id for f in report.fills)
        self.announce_edit()
        summary = ngettext(
            "Filled {count} of {empty} empty targets ({exact} exact, {fuzzy} fuzzy).",
            "Filled {count} of {empty} empty targets ({exact} exact, {fuzzy} fuzzy).",
            len(ids),
        ).format(count=number(len(ids)), empty=number(report.empty), exact=number(report.exact),
                 fuzzy=number(report.fuzzy))
        if not ids:
            self.notify(summary)
            return
        self.push_screen(
            ChoiceModal(summary, [(f"{f.position:>4}  {f.score}%  {one_line(f.target, limit=100)}", f.segment_id)
                                  for f in report.fills],
                        note=_("Enter opens a segment; escape closes. Undo (ctrl+z on the grid) takes them all back.")),
            lambda segment_id: self.show_segment(segment_id) if isinstance(segment_id, int) else None,
        )

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    async def action_quit(self) -> None:
        """Save what is being typed, then leave; text whose save is refused (a full disk, a
        read-only or replaced database) was lost at exit without a word: it is said, with where a
        second quit keeps it (`keep_unsaved`; the message said "leave without it", and people
        with text they could not retype stayed in a workbench that would not save)."""
        self.save_pending()
        if not self._quit_asked and any(self._holds_unsaved(view) for view in self.views.values()):
            self._quit_asked = True
            self.notify(_("Your text in the editor is not saved (its save was refused, as said): quit again to "
                          "leave, and it is kept in a file in {folder}, offered back when you open the project "
                          "again").format(folder=unsaved_folders()[0]), severity="error", timeout=30)
            return
        self._leave()

    def _leave(self) -> None:
        """Exit; text the project still refuses goes to a file of the user's (`keep_unsaved`)."""
        entries = [entry for view in self.views.values()
                   if (unsaved_entry := getattr(view, "unsaved_entry", None)) is not None
                   and (entry := unsaved_entry()) is not None]
        if entries:
            self.kept_unsaved = keep_unsaved(self.folder, entries, folder_id=self.folder_id)
        self.exit()

    @staticmethod
    def _holds_unsaved(view: Screen[Any]) -> bool:
        unsaved = getattr(view, "unsaved", None)
        return unsaved is not None and bool(unsaved())

    def save_pending(self, *, automatic: bool = False) -> None:
        """Every view writes what it holds unsaved (the text being typed); `automatic` as in
        `WorkbenchScreen.save_pending`."""
        for screen in self.views.values():
            save = getattr(screen, "save_pending", None)
            if save is not None:
                save(automatic=automatic)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette: the commands of the view on screen, those that work everywhere, then,
        from any other view of an open project, the project's own actions (import, align, run
        checks, export, open), which go to the project view first: a person in the translation
        editor looks for «project: run checks» in the palette, not for the view that owns it."""
        own = getattr(screen, "COMMANDS_TABLE", ())
        if screen.is_modal:  # a form's own commands only (the concept form's save, session 32)
            yield from (self._palette_entry(command, screen) for command in own)
            return
        for command in (*own, *commands.APP):
            if command.action != "app.command_palette":
                yield self._palette_entry(command, screen)
        if self.project is not None and own is not commands.PROJECT:
            for command in commands.PROJECT:
                yield SystemCommand(_(command.title), _(command.help),
                                    partial(self._run_in_view, "project", command.action))

    def _palette_entry(self, command: commands.Command, screen: Screen[Any]) -> SystemCommand:
        """A command as the palette lists it, with its key: a translator found "segment: go to
        number" there and never learnt it was alt+g (user days); F1 was the only place that said it."""
        keys = commands.keys_shown(self, command)
        said = _(command.help) + (" " + _("Key: {keys}").format(keys=keys) if keys else "")
        taken = commands.taken_here(screen, command)
        if taken is not None:  # the target text's ctrl+z undoes typing, not this (userday44)
            said += " " + _("(where you are, {key} is “{label}”)").format(key=self.get_key_display(taken),
                                                                          label=_(taken.description))
        return SystemCommand(_(command.title), said, partial(self.run_action, command.action, screen))

    async def _run_in_view(self, mode: str, action: str) -> None:
        """Show the view of `mode`, then run `action` there, as its own key would."""
        await self.switch_mode(mode)
        await self.run_action(action, self.screen)


def find_project(path: Path | None) -> tuple[Project | None, Path]:
    """The project to open: `path` (which must be one), or the current folder if it is one."""
    if path is not None:
        return Project.open(path), Path(path).absolute()
    here = Path.cwd()
    if (here / CONFIG_FILE).is_file():
        return Project.open(here), here
    return None, here


def make_app(path: Path | None) -> WorkbenchApp:
    """The one way to build the app: the CLI and every test call this.

    A `path` that is not a project raises `ProjectError` before anything is
    drawn, so the CLI can report it in one line; without a path the app opens
    the project in the current folder, or offers to open one.
    """
    project, folder = find_project(path)
    return WorkbenchApp(project, folder)


def run_app(path: Path | None) -> WorkbenchApp:
    """Run the workbench in this terminal (`workbench open [DIR]`, bare `workbench`); the app,
    once it has left, for what it leaves to say (`kept_unsaved`, `ended_by`)."""
    app = make_app(path)
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        # Textual reads keys from stdin and draws on stderr: from a script or a pipe it drew its
        # escape codes into the pipe and waited for keys that never came, until killed.
        app.close_project()
        raise InputError.worded(N_("the workbench needs a terminal to draw on (standard input and standard "
                                   "error); in a script, use its commands (workbench --help)"))
    app.run()
    if app.ended_by is None and app.return_code not in (None, 0):
        raise ProjectError(_("the workbench stopped with an error"))
    return app
