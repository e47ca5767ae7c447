"""The project's check settings beside the findings, as Xbench and Verifika keep them.

A reviewer who wants `quote-style` off for one client had to quit, edit `project.toml` by hand
and come back. Here the table lists every check (id, family, on or off, severity, what it is);
`space` switches the chosen one, `s` gives it the next severity, `d` takes its own settings
away; its options are edited below the table (a choice in a select, a number in a field, saved
on `enter` or on leaving it), with the project's list-item style above. Each change is written
to `project.toml` at once (`checks.settings`, its comments kept) and the findings are marked
stale; they are checked again when the settings close, so no list shows findings of settings
that are gone.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Label, Select, Static

from workbench.core.checks.base import SEVERITIES
from workbench.core.checks.settings import (
    DEFAULT,
    LIST_ITEMS_MEANING,
    PROJECT_TABLE,
    CheckSettings,
    CheckSettingView,
    OptionSetting,
    check_settings,
    set_check_setting,
)
from workbench.core.project import Project
from workbench.errors import WorkbenchError
from workbench.tui import commands
from workbench.tui.commands import bindings
from workbench.tui.i18n import N_, _, check_name, error_message
from workbench.tui.screens.translation_screen import BUSY_WAIT_MS
from workbench.tui.widgets.fitted_select import FittedSelect
from workbench.tui.widgets.literal import literal

if TYPE_CHECKING:
    from workbench.tui.host import WorkbenchHost

COLUMNS = ((N_("check"), "check"), (N_("on"), "on"), (N_("severity"), "severity"), (N_("what it finds"), "meaning"),
           (N_("family"), "family"))
"""The table's columns: their titles (msgids) and keys."""

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class CheckTable(DataTable[Text]):
    """The checks, a row each; the keys that change a check are bound here, on what they act on."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(c for c in commands.CHECK_SETTINGS if c.action != "screen.close")


class CheckSettingsModal(ModalScreen[bool]):
    """Every check's settings for the open project; returns whether anything was changed."""

    COMMANDS_TABLE = commands.CHECK_SETTINGS
    BINDINGS: ClassVar[list[BindingType]] = bindings(c for c in commands.CHECK_SETTINGS if c.action == "screen.close")

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.changed = False
        self.settings: CheckSettings | None = None
        self.refused: WorkbenchError | OSError | None = None
        """Why the settings could not be read (a hand-edited project.toml no run would read either)."""
        try:
            self.settings = check_settings(project.read_config().checks)
        except (WorkbenchError, OSError) as error:
            self.refused = error

    def compose(self) -> ComposeResult:
        with Vertical(id="check-settings"):
            with Horizontal(id="check-settings-head"):
                yield Static(Text(_("Check settings"), style="bold"), id="check-settings-title")
                if self.settings is not None:
                    yield Label(_("List items:"), id="list-items-label")
                    yield Select([(c.value, c.value) for c in self.settings.list_items_choices],  # meanings: the tooltip
                                 value=self.settings.list_items, allow_blank=False, id="list-items", compact=True)
            yield CheckTable(id="check-table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="check-detail"):
                yield Static(id="check-summary")
                yield Vertical(id="check-options")
            yield Static(Text(_("space: on/off · s: severity · d: defaults · tab: options · escape: close"),
                              style="dim"), id="check-settings-keys")

    def on_mount(self) -> None:
        if self.settings is None:
            assert self.refused is not None
            self.query_one("#check-summary", Static).update(literal(error_message(self.refused)))
            return
        table = self.query_one(CheckTable)
        # The family last: at 80 columns the meaning keeps the room (a Russian severity is long),
        # and the detail below names the family too.
        for title, key in COLUMNS:
            table.add_column(_(title), key=key)
        for view in self.settings.checks:
            table.add_row(*self._cells(view), key=view.id)
        self.query_one("#list-items", Select).tooltip = "\n".join(
            [_(LIST_ITEMS_MEANING) + ":", *(f"{c.value}: {_(c.meaning)}" for c in self.settings.list_items_choices)])
        table.focus()
        self._show_detail()

    # -- drawing --------------------------------------------------------------------------------

    @staticmethod
    def _cells(view: CheckSettingView) -> tuple[Text, ...]:
        severity = Text(_(view.severity), SEVERITY_STYLE[view.severity])
        if view.project_severity is not None and view.project_severity != view.default_severity:
            severity.append("*", "bold")
        on = Text("✓" if view.enabled else "—", "green" if view.enabled else "dim")
        return (Text(view.id), on, severity, Text(check_name(view.id)), Text(view.family))

    @property
    def current(self) -> CheckSettingView | None:
        table = self.query_one(CheckTable)
        if self.settings is None or not 0 <= table.cursor_row < len(self.settings.checks):
            return None
        return self.settings.checks[table.cursor_row]

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        view = self.current
        box = self.query_one("#check-options", Vertical)
        box.remove_children()
        self._show_summary()
        if view is not None:
            box.mount_all([self._option_row(view, option) for option in view.options])

    def _show_summary(self) -> None:
        """What the chosen check finds and where its settings come from (said again after each change)."""
        view = self.current
        summary = self.query_one("#check-summary", Static)
        if view is None:
            summary.update("")
            return
        text = Text.assemble((check_name(view.id), "bold"), " — ", _(view.summary))
        facts = [_("family: {family}").format(family=view.family),
                 _("default severity: {severity}").format(severity=_(view.default_severity))]
        if view.project_severity is not None and view.project_severity != view.default_severity:
            facts.append(_("* severity set for this project"))
        if view.enabled_by is not None and view.enabled_by != view.id:
            facts.append((_("switched on for its family [checks.{family}]") if view.enabled
                          else _("switched off for its family [checks.{family}]")).format(family=view.enabled_by))
        text.append("\n" + "; ".join(facts), "dim")
        if not view.options:
            text.append("\n" + _("No options."), "dim")
        summary.update(text)

    def _option_row(self, view: CheckSettingView, option: OptionSetting) -> Horizontal:
        field: Select[str] | Input  # named by the option it sets
        if option.choices:
            field = FittedSelect([(f"{c.value}: {_(c.meaning)}", c.value) for c in option.choices],
                                 value=option.value, allow_blank=False, name=option.name, classes="option-field",
                                 compact=True)
        else:
            field = Input(option.value, name=option.name, classes="option-field", restrict=r"[0-9.]*", max_length=12,
                          compact=True)
        field.tooltip = _(option.meaning)
        default = "" if option.value == option.default else " " + _("(default {value})").format(value=option.default)
        label = Label(Text(option.name, style="bold").append(f"{default} — {_(option.meaning)}", style="none"),
                      classes="option-label")
        return Horizontal(field, label, classes="option-row")

    # -- changing ---------------------------------------------------------------------------------

    def _set(self, target: str, key: str, value: str) -> bool:
        """Write one change; the table and the findings follow. False (said in one line) when refused."""
        try:
            # Written under the database's write lock (`Project.save_checks`): another program's
            # long write is waited for briefly and said as busy, the screen never frozen for it.
            with self.project.lock_wait(BUSY_WAIT_MS):
                self.settings = set_check_setting(self.project, target, key, value)
        except (WorkbenchError, OSError, sqlite3.Error) as error:  # a refused value; a read-only or
            # vanished folder; another program writing to the project
            self.notify(error_message(error), severity="error", timeout=8)
            return False
        self.changed = True
        self._show_summary()
        table = self.query_one(CheckTable)
        for view in self.settings.checks:
            for (_title, column), cell in zip(COLUMNS, self._cells(view), strict=True):
                table.update_cell(view.id, column, cell)
        cast("WorkbenchHost", self.app).check_settings_changed()
        return True

    def action_toggle_check(self) -> None:
        view = self.current
        if view is None:
            return
        if view.enabled:
            self._set(view.id, "enabled", "false")
        else:  # on is the default: the check's own line goes, unless its family is switched off
            self._set(view.id, "enabled", "true" if self._family_sets(view, "enabled") else DEFAULT)

    def _family_sets(self, view: CheckSettingView, key: str) -> bool:
        """Whether the check's family table sets `key`: the check's default must then be written
        in its own table, or the family's would decide."""
        family = self.project.config.checks.get(view.family)
        return isinstance(family, dict) and key in family

    def action_cycle_severity(self) -> None:
        view = self.current
        if view is None:
            return
        following = SEVERITIES[(SEVERITIES.index(view.severity) + 1) % len(SEVERITIES)]
        back = following == view.default_severity and not self._family_sets(view, "severity")
        self._set(view.id, "severity", DEFAULT if back else following)

    def action_default_check(self) -> None:
        view = self.current
        if view is None:
            return
        own = self.project.config.checks.get(view.id)
        for key in list(own) if isinstance(own, dict) else ():
            if not self._set(view.id, key, DEFAULT):
                return
        self._show_detail()

    @on(Select.Changed, ".option-field")
    def _choice(self, event: Select.Changed) -> None:
        view = self.current
        option = next((o for o in view.options if o.name == event.select.name), None) if view is not None else None
        if view is not None and option is not None and isinstance(event.value, str) and event.value != option.value:
            self._set(view.id, option.name, event.value)

    @on(Input.Submitted, ".option-field")
    def _number(self, event: Input.Submitted) -> None:
        self._number_given(event.input)

    @on(Input.Blurred, ".option-field")
    def _left(self, event: Input.Blurred) -> None:
        self._number_given(event.input)

    def _number_given(self, field: Input) -> None:
        view = self.current
        if view is None:
            return
        option = next((o for o in view.options if o.name == field.name), None)
        if option is None or field.value == option.value:
            return
        if not self._set(view.id, option.name, field.value or DEFAULT):
            field.value = option.value  # refused: the value in force is shown again

    @on(Select.Changed, "#list-items")
    def _list_items(self, event: Select.Changed) -> None:
        if self.settings is not None and isinstance(event.value, str) and event.value != self.settings.list_items:
            self._set(PROJECT_TABLE, "list_items", event.value)

    def action_close(self) -> None:
        """Close, the number being typed saved first: `escape` in a field closes the settings too."""
        focused = self.focused
        if isinstance(focused, Input) and focused.has_class("option-field"):
            self._number_given(focused)
        self.dismiss(self.changed)

    def check_action(self, action: str, parameters: tuple[Any, ...]) -> bool | None:
        return self.settings is not None or action == "close"
