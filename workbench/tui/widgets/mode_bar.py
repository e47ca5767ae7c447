"""The top bar: the project's name and a tab for each view, with the key that opens it.

The views are Textual modes; the bar shows which one is active and switches
on a click, so a mouse user finds every view without learning the F-keys.

In a team project the bar also says how the team server stands (`TeamBadge`):
the app has no header, so the words on the server (the subtitle) were shown
nowhere but in a notification that went after 8 s, and a translator who came
back to the screen could not tell she was working offline with changes queued
(a team's day, session 28). Where the badge would leave the project's name fewer than
`TITLE_AT_LEAST` cells (at 80 columns, "offline: 3 queued" left it two), the tabs of the
other views show their key alone (usersweep16).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from workbench.tui.i18n import N_, _
from workbench.tui.widgets.literal import visible

VIEWS: tuple[tuple[str, str, str], ...] = (
    ("project", "F2", N_("Project")),
    ("align", "F3", N_("Align")),
    ("translate", "F4", N_("Translate")),
    ("findings", "F5", N_("Findings")),
    ("termbase", "F6", N_("Terms")),
)
"""(mode, key, label msgid) in the order of the keys."""
TITLE_AT_LEAST = 12
"""Cells the project's name keeps before the inactive tabs give up their labels."""


@dataclass(frozen=True, slots=True)
class TeamWord:
    """What the bar says of the team server: a short label, its full sentence (the tooltip) and a tone."""

    label: str
    sentence: str
    tone: str
    """`ok`, `warning` (offline, busy) or `error` (conflicts to resolve): the badge's class."""


class TeamBadge(Static):
    """The team server's state in a word or two; a click syncs now ("team: sync now")."""

    def __init__(self, word: TeamWord | None) -> None:
        super().__init__("", id="mode-bar-team")
        self.show(word)

    def show(self, word: TeamWord | None) -> None:
        self.display = word is not None
        self.word = word
        if word is not None:
            self.update(Text(word.label, no_wrap=True))
            self.tooltip = Text(word.sentence)  # the server's own words may hold "[": never markup
            self.set_classes(f"-{word.tone}")
        if isinstance(self.parent, ModeBar):
            self.parent.fit(self.parent.size.width)

    @property
    def cells(self) -> int:
        """The width it takes in the bar (its padding included)."""
        return 0 if self.word is None else cell_len(self.word.label) + 2

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        await self.app.run_action("team_sync")


class ModeTab(Static):
    """One view's tab; `-active` marks the view on screen."""

    def __init__(self, mode: str, key: str, label: str, active: bool) -> None:
        super().__init__(Text.assemble((key, "bold"), " ", label), classes="-active" if active else "")
        self.mode = mode
        self.key = key
        self.label = label
        self.compact = False

    def cells(self, compact: bool) -> int:
        """The width it takes (its padding included), with its label or with its key alone."""
        return cell_len(self.key) + 2 + (0 if compact else 1 + cell_len(self.label))

    def show_compact(self, compact: bool) -> None:
        """Its key alone (the active tab always keeps its label)."""
        compact = compact and not self.has_class("-active")
        if compact != self.compact:
            self.compact = compact
            self.update(Text(self.key, style="bold") if compact else Text.assemble((self.key, "bold"), " ", self.label))

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.app.switch_mode(self.mode)


class ModeBar(Horizontal):
    """Project name on the left, view tabs after it."""

    def __init__(self, active: str, project_name: str | None, team: TeamWord | None = None) -> None:
        super().__init__()
        self.active = active
        self.project_name = project_name
        self.team = team

    def compose(self) -> ComposeResult:
        title = Text(visible(self.project_name or _("no project")), style="bold", no_wrap=True, overflow="ellipsis")
        yield Static(title, id="mode-bar-title")
        yield TeamBadge(self.team)
        for mode, key, label in VIEWS:
            yield ModeTab(mode, key, _(label), mode == self.active)

    def on_resize(self, event: events.Resize) -> None:
        self.fit(event.size.width)

    def on_mount(self) -> None:
        self.fit(self.size.width)

    def fit(self, width: int) -> None:
        """Labels on the inactive tabs while the project's name keeps `TITLE_AT_LEAST` cells."""
        if not width:
            return
        tabs = list(self.query(ModeTab))
        badges = list(self.query(TeamBadge))
        badge = badges[0].cells if badges else 0
        compact = width - badge - sum(tab.cells(False) for tab in tabs) < TITLE_AT_LEAST
        for tab in tabs:
            tab.show_compact(compact)
