"""A teammate's translation held against yours: both, with who wrote each, and which to keep.

The TUI's face of `workbench team resolve DIR --segment N --keep mine|theirs` (usersweep16: a
held conflict could only be ended from the command line). `m` keeps yours (sent again to the
server, now knowingly over theirs), `t` keeps theirs (put in your segment and confirmed, an
edit ctrl+z undoes), escape leaves it held. The texts are the members' data, shown literally.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from workbench.tui.i18n import _
from workbench.tui.widgets.literal import literal


class SegmentConflictModal(ModalScreen[str | None]):
    """Returns `mine`, `theirs`, or None (still held)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "keep('mine')", _("Keep mine")),
        Binding("t", "keep('theirs')", _("Keep theirs")),
        Binding("escape", "cancel", _("Cancel")),
    ]

    def __init__(self, position: int, mine: str, member: str, theirs: str, who: str, at: str) -> None:
        super().__init__()
        self.position = position
        self.texts = (mine, theirs)
        self.member = member
        self.who = who
        self.at = at

    def compose(self) -> ComposeResult:
        mine, theirs = self.texts
        with Vertical(classes="form", id="conflict-form"):
            yield Static(literal(_("Segment {position}: a teammate's translation is held against yours").format(
                position=self.position), "bold"), classes="form-title")
            with VerticalScroll(id="conflict-texts"):
                yield Static(literal(_("Yours ({member}), not on the server:").format(member=self.member), "bold"))
                yield Static(literal(mine), id="conflict-mine", classes="conflict-text")
                yield Static(literal(_("Theirs ({who}, confirmed at {at}), on the server:").format(who=self.who, at=self.at),
                                     "bold"))
                yield Static(literal(theirs), id="conflict-theirs", classes="conflict-text")
            with Horizontal(classes="form-buttons"):
                yield Button(_("Keep mine (m)"), variant="primary", id="mine")
                yield Button(_("Keep theirs (t)"), id="theirs")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#mine", Button).focus()

    @on(Button.Pressed, "#mine")
    def _mine(self) -> None:
        self.action_keep("mine")

    @on(Button.Pressed, "#theirs")
    def _theirs(self) -> None:
        self.action_keep("theirs")

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_keep(self, keep: str) -> None:
        self.dismiss(keep)
