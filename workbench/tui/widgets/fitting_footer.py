"""A footer that leaves out the keys it has no room for, instead of cutting the last ones.

Textual's footer lays its keys out in one line and cuts what does not fit:
in Russian at 120 columns the translation editor lost "F8 Панель", and at
80 columns half of its keys. This footer measures its keys before showing
them and drops the spare ones (`Command.spare`: review, add term, search
the memory...) from the right until the line fits; F1 and the palette key
always stay, and every dropped key is still in F1's help and the palette.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from workbench.tui.commands import spare_actions
from workbench.tui.i18n import N_, _

ALWAYS = frozenset({"app.show_help", "app.command_palette"})
"""Actions whose keys are never left out: from them every other key can be found."""

TEXTUAL_LABELS = (N_("Dismiss menu"), N_("Open link"), N_("Exit the command palette"))
"""The labels Textual's own widgets give the keys they show in the footer (an open choice list's
`esc`), marked for the catalogue: the Russian footer said "esc Dismiss menu" (user days)."""


def key_width(key: FooterKey) -> int:
    """Cells a compact footer key takes: `key label` and the one-cell margin after it.

    The palette key is docked right with a one-cell border before it instead.
    """
    text = key.key_display + (" " + key.description if key.description else "")
    return cell_len(text) + 1


def fitted(keys: list[FooterKey], width: int, spare: Iterable[str]) -> list[FooterKey]:
    """The keys to show in `width` cells: spare ones go first, right to left, then any other
    key but F1 and the palette, right to left."""
    shown = list(keys)
    spare = frozenset(spare)
    for droppable in (lambda k: k.action in spare, lambda k: k.action not in ALWAYS):
        while sum(key_width(k) for k in shown) > width:
            candidates = [k for k in shown if droppable(k)]
            if not candidates:
                break
            shown.remove(candidates[-1])
    # A short key dropped before a long one that had to go too comes back where the room is
    # (`ctrl+g Term` went with `ctrl+s Confirm` in the target text at 80 columns, session 45).
    for key in keys:
        if key not in shown and sum(key_width(k) for k in shown) + key_width(key) <= width:
            shown.append(key)
    return [key for key in keys if key in shown]


class FittingFooter(Footer):
    """The compact footer, measured against its width at each composition and resize."""

    def __init__(self) -> None:
        super().__init__(show_command_palette=True, compact=True)
        self._composed_width = -1

    def compose(self) -> ComposeResult:
        children: list[Widget] = list(super().compose())
        keys = [child for child in children if isinstance(child, FooterKey)]
        for key in keys:  # ours are translated already (`commands.bindings`); Textual's are not
            key.description = _(key.description)
        width = self.size.width or self.app.size.width
        self._composed_width = width
        keep = set(map(id, fitted(keys, width, spare_actions())))
        yield from (child for child in children if not isinstance(child, FooterKey) or id(child) in keep)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._composed_width and self._bindings_ready:
            self.call_after_refresh(self.recompose)
