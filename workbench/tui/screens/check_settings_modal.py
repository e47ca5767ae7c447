"""The project's check settings beside the findings, as Xbench and Verifika keep them.

A reviewer who wants `quote-style` off for one client had to quit, edit `project.toml` by hand
and come back. Here the table lists every check (id, family, on or off, severity, what it is);
`space` switches the chosen one, `s` gives it the next severity, `d` takes its own settings
away; its options are edited below the table (a choice in a select, a number in a field, saved
on `enter` or on leaving it), with the project's list-item style above. The rules of the
project's rules.toml follow the checks, a row each (`rule:ID`): the same keys switch one rule
or change its severity, written to project.toml's table of the rule (`check set rule:ID`), never
to rules.toml, the checklist the project may share with others. "What it finds" wraps in
the room the table has, so its words are read whole at 80 columns. Each change is written
to `project.toml` at once (`checks.settings`, its comments kept) and the findings are marked
stale; they are checked again when the settings close, so no list shows findings of settings
that are gone.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.cells import cell_len
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
    RuleSettingView,
    check_settings,
    project_rules,
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
    from workbench.core.checks.rules import CustomRule
    from workbench.tui.host import WorkbenchHost

COLUMNS = ((N_("check"), "check"), (N_("on"), "on"), (N_("severity"), "severity"), (N_("what it finds"), "meaning"),
           (N_("family"), "family"))
"""The table's columns: their titles (msgids) and keys."""

FAMILY_FROM = 110
"""The table's width from which the family has a column of its own; narrower, the detail below
names it, and "what it finds" keeps the room."""

LEAST_MEANING = 16
"""The narrowest "what it finds" wraps into."""

RULES_FAMILY = "rules"
"""The family shown for a rule's row (the `custom-rule` check's)."""

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
        self.rules_refused: WorkbenchError | OSError | None = None
        """Why rules.toml could not be read (a run refuses it too): its rules are not listed then."""
        self._table_width = 0
        """The width the table's columns were last fitted to (`_fill_table`)."""
        rules: tuple[CustomRule, ...] = ()
        try:
            rules = project_rules(project)
        except (WorkbenchError, OSError) as error:
            self.rules_refused = error
        try:
            self.settings = check_settings(project.read_config().checks, rules)
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
        self.query_one("#list-items", Select).tooltip = "\n".join(
            [_(LIST_ITEMS_MEANING) + ":", *(f"{c.value}: {_(c.meaning)}" for c in self.settings.list_items_choices)])
        table.focus()
        self._fill_table()
        self._show_detail()
        if self.rules_refused is not None:
            self.notify(error_message(self.rules_refused), severity="warning", timeout=8)

    def on_resize(self) -> None:
        self.call_after_refresh(self._refit)  # once the table has its new size

    def _refit(self) -> None:
        if self.settings is not None and self.query_one(CheckTable).size.width != self._table_width:
            self._fill_table()

    def _fill_table(self) -> None:
        """The columns fitted to the table's width and a row a check, then a row a rule: "what it
        finds" takes the room the others leave and wraps in it (a row as tall as its words), so
        at 80 columns no name is cut; the family's column only where there is room for it."""
        assert self.settings is not None
        table = self.query_one(CheckTable)
        width = table.size.width or self.app.size.width
        self._table_width = table.size.width
        row = table.cursor_row
        rows = [(view.id, self._cells(view)) for view in self.settings.checks]
        rows += [(rule.target, self._rule_cells(rule)) for rule in self.settings.rules]
        shown = [(title, key) for title, key in COLUMNS if key != "family" or width >= FAMILY_FROM]
        padding = 2 * table.cell_padding
        # Every column's width is given, none left to grow as rows come: a header drawn before
        # the rows kept the title's narrow width over the wide ids (a busy machine, session 44).
        widths = {key: max(cell_len(_(title)), *(cells[index].cell_len for _key, cells in rows))
                  for index, (title, key) in enumerate(COLUMNS) if key != "meaning" and (title, key) in shown}
        used = sum(columns + padding for columns in widths.values())
        widths["meaning"] = max(LEAST_MEANING, width - used - padding - 2)  # 2: the vertical scroll bar
        table.clear(columns=True)
        for title, key in shown:
            table.add_column(_(title), key=key, width=widths[key])
        for key, cells in rows:
            table.add_row(*(cell for (_title, column), cell in zip(COLUMNS, cells, strict=True)
                            if (_title, column) in shown), key=key, height=None)
        if 0 <= row < table.row_count:
            table.move_cursor(row=row)

    # -- drawing --------------------------------------------------------------------------------

    @staticmethod
    def _cells(view: CheckSettingView) -> tuple[Text, ...]:
        severity = Text(_(view.severity), SEVERITY_STYLE[view.severity])
        if view.project_severity is not None and view.project_severity != view.default_severity:
            severity.append("*", "bold")
        on = Text("✓" if view.enabled else "—", "green" if view.enabled else "dim")
        return (Text(view.id), on, severity, Text(check_name(view.id)), Text(view.family))

    @staticmethod
    def _rule_cells(rule: RuleSettingView) -> tuple[Text, ...]:
        """A rule's row: its words are the rules.toml's, shown as written (never markup)."""
        severity = Text(_(rule.severity), SEVERITY_STYLE[rule.severity])
        if rule.project_severity is not None and rule.project_severity != rule.own_severity:
            severity.append("*", "bold")
        on = Text("✓" if rule.enabled else "—", "green" if rule.enabled else "dim")
        return (Text(rule.target), on, severity, literal(rule.message), Text(RULES_FAMILY))

    @property
    def current(self) -> CheckSettingView | None:
        """The check on the cursor's row (None on a rule's row: `current_rule`)."""
        table = self.query_one(CheckTable)
        if self.settings is None or not 0 <= table.cursor_row < len(self.settings.checks):
            return None
        return self.settings.checks[table.cursor_row]

    @property
    def current_rule(self) -> RuleSettingView | None:
        """The rule on the cursor's row, if it is a rule's (they follow the checks)."""
        table = self.query_one(CheckTable)
        if self.settings is None:
            return None
        index = table.cursor_row - len(self.settings.checks)
        return self.settings.rules[index] if 0 <= index < len(self.settings.rules) else None

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
        rule = self.current_rule
        if rule is not None:
            summary.update(self._rule_summary(rule))
            return
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

    def _rule_summary(self, rule: RuleSettingView) -> Text:
        text = Text.assemble((rule.target, "bold"), " — ", literal(rule.message))
        facts = [_("a rule of rules.toml"),
                 _("its severity there: {severity}").format(severity=_(rule.own_severity))]
        if rule.project_severity is not None and rule.project_severity != rule.own_severity:
            facts.append(_("* severity set for this project"))
        text.append("\n" + "; ".join(facts), "dim")
        text.append("\n" + _("Switched and graded here in project.toml; rules.toml is left as it is."), "dim")
        return text

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
        shown = {str(column.key.value) for column in table.columns.values()}
        rows = [(view.id, self._cells(view)) for view in self.settings.checks]
        rows += [(rule.target, self._rule_cells(rule)) for rule in self.settings.rules]
        for key, cells in rows:
            for (_title, column), cell in zip(COLUMNS, cells, strict=True):
                if column in shown:
                    table.update_cell(key, column, cell)
        cast("WorkbenchHost", self.app).check_settings_changed()
        return True

    def action_toggle_check(self) -> None:
        rule = self.current_rule
        if rule is not None:  # on is the default: the rule's line goes
            self._set(rule.target, "enabled", "false" if rule.enabled else DEFAULT)
            return
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
        rule = self.current_rule
        if rule is not None:  # back to rules.toml's own when the cycle reaches it (unless the check's decides)
            following = SEVERITIES[(SEVERITIES.index(rule.severity) + 1) % len(SEVERITIES)]
            overridden = self.project.config.checks.get("custom-rule", {}).get("severity") is not None
            self._set(rule.target, "severity", DEFAULT if following == rule.own_severity and not overridden
                      else following)
            return
        view = self.current
        if view is None:
            return
        following = SEVERITIES[(SEVERITIES.index(view.severity) + 1) % len(SEVERITIES)]
        back = following == view.default_severity and not self._family_sets(view, "severity")
        self._set(view.id, "severity", DEFAULT if back else following)

    def action_default_check(self) -> None:
        rule, view = self.current_rule, self.current
        target = rule.target if rule is not None else view.id if view is not None else None
        if target is None:
            return
        own = self.project.config.checks.get(target)
        for key in list(own) if isinstance(own, dict) else ():
            if not self._set(target, key, DEFAULT):
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
