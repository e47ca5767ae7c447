"""The help screen: every key binding and command, by the view it works in.

Built from the same command tables as the bindings and the palette, so it
can never list a key that does nothing.
"""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from workbench.tui.commands import GROUPS, Command, keys_shown
from workbench.tui.i18n import _


class HelpScreen(ModalScreen[None]):
    """Keys and commands; any of escape, q or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,f1", "app.pop_screen", _("Close"))]

    def compose(self) -> ComposeResult:
        with Vertical(id="help"):
            yield Static(Text(_("Keys and commands"), style="bold"), id="help-title")
            yield Static(
                Text(
                    _(
                        "Every command is also in the command palette (ctrl+p). "
                        "Edits are saved as you make them; there is no save key. "
                        "With the Russian keyboard layout on, a key works as the Latin key in its place "
                        "(о as j, . as /, alt+п as alt+g); in a text field, and on the segment list of a "
                        "Russian translation, it types the letter."
                    )
                ),
                id="help-intro",
            )
            with VerticalScroll():
                for title, table in GROUPS:
                    yield Static(self._table(_(title), table), classes="help-group")

    def _table(self, title: str, commands: tuple[Command, ...]) -> Table:
        table = Table(title=title, title_justify="left", title_style="bold", expand=True, show_header=False)
        table.add_column(no_wrap=True, style="bold", min_width=10)
        table.add_column(ratio=1)
        table.add_column(ratio=2, style="dim")
        for command in commands:
            table.add_row(self._keys(command), _(command.title), _(command.help))
        return table

    def _keys(self, command: Command) -> Text:
        """The command's keys, or "palette" for one without: an empty cell under a row whose help
        wraps read as that row's key ("f1 ... team: sync now", user days, session 36)."""
        keys = keys_shown(self.app, command)
        return Text(keys) if keys else Text(_("palette"), style="not bold dim italic")
