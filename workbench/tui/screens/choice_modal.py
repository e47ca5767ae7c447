"""Pick one of several options, or type a reason: the two small questions editors get asked.

`ChoiceModal` serves the term form picker (every case and number of a term),
the split-point picker and any other "which one?" question; `ReasonModal`
asks why a finding is a false positive. Option labels are `Text`, so user
content inside them is shown literally.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from workbench.tui.i18n import _
from workbench.tui.widgets.literal import literal

T = TypeVar("T")


class ChoiceModal(ModalScreen[T | None], Generic[T]):
    """A titled list; enter or a click picks, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", _("Cancel"))]

    def __init__(
        self, title: str, options: Sequence[tuple[Text | str, T]], *, note: Text | str = "", one_line: bool = False,
        highlighted: int = 0,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.highlighted = highlighted
        """The option enter picks at first: the likeliest, when the caller knows it."""
        self.note = note
        self.one_line = one_line
        """Each line of a label stays one line, cut with "…" where the list is narrower: labels
        whose lines are columns (the split chooser's English and Russian line) must not wrap."""
        self.values = [value for _label, value in options]
        self.labels = [label if isinstance(label, Text) else literal(label) for label, _value in options]

    def compose(self) -> ComposeResult:
        with Vertical(classes="form"):
            yield Static(literal(self.title_text, "bold"), classes="form-title")
            if self.note:
                yield Static(self.note if isinstance(self.note, Text) else literal(self.note), classes="muted")
            yield OptionList(*(Option(label, id=str(i)) for i, label in enumerate(self.labels)), id="choices",
                             classes="-one-line" if self.one_line else "")

    def on_mount(self) -> None:
        choices = self.query_one("#choices", OptionList)
        choices.highlighted = min(self.highlighted, len(self.values) - 1) if self.values else None
        choices.focus()

    @on(OptionList.OptionSelected, "#choices")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.values[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReasonModal(ModalScreen[str | None]):
    """One line of free text that must not be empty: why a finding is a false positive, by
    default, or (with `value`, `placeholder` and `missing`) the text that corrects an OCR error."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", _("Cancel"))]

    def __init__(self, title: str, about: Text | str, *, value: str = "", placeholder: str | None = None,
                 missing: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.about = about if isinstance(about, Text) else Text(about)
        self.value = value
        self.placeholder = placeholder if placeholder is not None else _("Reason")
        self.missing = missing if missing is not None else _("Say why, so the next reviewer knows.")

    def compose(self) -> ComposeResult:
        with Vertical(classes="form"):
            yield Static(literal(self.title_text, "bold"), classes="form-title")
            yield Static(self.about)
            yield Input(self.value, placeholder=self.placeholder, id="reason")
            yield Static("", classes="form-error")
            with Horizontal(classes="form-buttons"):
                yield Button(_("OK"), variant="primary", id="ok")
                yield Button(_("Cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#reason", Input).focus()

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted, "#reason")
    def _ok(self) -> None:
        reason = self.query_one("#reason", Input).value.strip()
        if not reason:
            self.query_one(".form-error", Static).update(self.missing)
            return
        self.dismiss(reason)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
