"""Per-project switches, severities and options for the checks, from `project.toml`.

A project writes, for example::

    [checks.length-ratio]
    enabled = false

    [checks.quote-style]
    severity = "info"

    [checks.typography]          # a family name applies to all its checks
    enabled = false

    [checks]
    list_items = "source"        # the house style of lists (`project.store.LIST_ITEM_CONVENTIONS`)

    [checks."rule:klub-not-club"]   # one rule of rules.toml, by its id
    enabled = false
    severity = "error"

A check's own table wins over its family's. A rule's table sets that rule alone: its
`enabled` switches the rule (the `custom-rule` check's switches them all), and its
`severity` wins over the rule's own in rules.toml and over `[checks.custom-rule]`'s: rules.toml
is the checklist, shared or a client's, written once; project.toml is what this project makes
of it, written by `check set` and the TUI without touching the checklist. A rule's table whose
rule rules.toml no longer has is kept, and acts on nothing. Anything we do not understand is
refused with one line naming the key, because a misspelt switch that is
silently ignored is worse than no switch.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from workbench.core.checks.base import FAMILIES, REGISTRY, SEVERITIES, Severity
from workbench.core.project import DEFAULT_LIST_ITEMS, clipped_setting, list_item_convention
from workbench.errors import InputError
from workbench.wording import N_

MAX_OPTION = 1e15
"""The largest number a check's option may be: past every count, length and percentage a check
takes, and an integer beyond it may not fit a float at all."""


CHOICES: Mapping[str, tuple[int, ...]] = {"percent": (0, 1, 2), "numero": (0, 1, 2, 3), "headings": (0, 1)}
"""Options that pick one way of several (`spacing`'s: 0 either way, 1 a space, 2 none; `numero`'s
3, its default, either way but one way in a document, «№ 1» winning;
`punctuation-end`'s `headings`: 0 a heading may gain a full stop, 1 it takes none): any other
value would silently act as "either way"."""

WORDED_CHOICES: Mapping[str, tuple[str, ...]] = {"scope": ("project", "document")}
"""Options whose ways have names a project writes as words (`scope = "document"`), kept as the
index of the word: the consistency checks compare a text's renderings across the project (0) or
within each document (1), a batch of several systems' translations of one source being no one
translation."""


RULE_PREFIX = "rule:"
"""The start of a rule's table name, `rule:ID` (the name its findings carry as their concept)."""


@dataclass(frozen=True)
class CheckSetting:
    """What a project says about one check (None: keep the default)."""

    enabled: bool | None = None
    severity: Severity | None = None
    options: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ChecksConfig:
    """The effective settings of every check for one project."""

    settings: Mapping[str, CheckSetting] = field(default_factory=dict)
    """Keyed by check id or family name, as written in project.toml."""
    list_items: str = DEFAULT_LIST_ITEMS
    """How list items that go on from their lead-in are written (`capitalisation` and
    `punctuation-end` hold the translation to it)."""

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any] | None) -> ChecksConfig:
        """Validate the `[checks]` table of project.toml (raises InputError)."""
        settings: dict[str, CheckSetting] = {}
        for name, table in (mapping or {}).items():
            if name == "list_items":
                continue  # a house style, not a check's table: read below
            if name not in REGISTRY and name not in FAMILIES and not is_rule_table(name):
                raise InputError.worded(N_("project.toml: unknown check [checks.{name}]; known: {known}"),
                                        name=clipped_setting(name), known=', '.join(REGISTRY))
            if not isinstance(table, Mapping):
                raise InputError.worded(N_("project.toml: [checks.{name}] must be a table"), name=name)
            settings[name] = _setting(name, table)
        return cls(settings, list_item_convention(mapping or {}))

    def _lookup(self, check: str) -> list[CheckSetting]:
        """The settings that apply to `check`, most specific first."""
        found = []
        if check in self.settings:
            found.append(self.settings[check])
        family = REGISTRY[check].family
        if family in self.settings:
            found.append(self.settings[family])
        return found

    def is_enabled(self, check: str) -> bool:
        for setting in self._lookup(check):
            if setting.enabled is not None:
                return setting.enabled
        return True

    def enabled(self) -> frozenset[str]:
        return frozenset(c for c in REGISTRY if self.is_enabled(c))

    def severity_override(self, check: str) -> Severity | None:
        for setting in self._lookup(check):
            if setting.severity is not None:
                return setting.severity
        return None

    def with_option(self, checks: tuple[str, ...], name: str, value: float) -> ChecksConfig:
        """These settings with option `name` of each of `checks` set to `value`, for a run that
        overrides the project's choice (`check --consistency-scope`)."""
        settings = dict(self.settings)
        for check in checks:
            kept = settings.get(check, CheckSetting())
            settings[check] = replace(kept, options={**kept.options, name: float(value)})
        return replace(self, settings=settings)

    def rule_is_enabled(self, rule_id: str) -> bool:
        """Whether the project keeps the rule `rule_id` of rules.toml (on unless its table says off)."""
        setting = self.settings.get(RULE_PREFIX + rule_id)
        return setting is None or setting.enabled is not False

    def rule_severities(self) -> dict[str, Severity]:
        """The severities the project gives single rules, by their findings' concept (`rule:ID`)."""
        return {name: setting.severity for name, setting in self.settings.items()
                if is_rule_table(name) and setting.severity is not None}

    def options_for(self, check: str) -> dict[str, float]:
        values = dict(REGISTRY[check].options)
        if check in self.settings:
            values.update(self.settings[check].options)
        return values


def is_rule_table(name: str) -> bool:
    """Whether `name` names one rule's table (`rule:ID`), not a check's or a family's."""
    return name.startswith(RULE_PREFIX) and len(name) > len(RULE_PREFIX)


def _setting(name: str, table: Mapping[str, Any]) -> CheckSetting:
    enabled: bool | None = None
    severity: Severity | None = None
    options: dict[str, float] = {}
    allowed_options: set[str] = set(REGISTRY[name].options) if name in REGISTRY else set()
    for key, value in table.items():
        where = f"project.toml: [checks.{name}] {clipped_setting(key)}"
        if key == "enabled":
            if not isinstance(value, bool):
                raise InputError.worded(N_("{where} must be true or false"), where=where)
            enabled = value
        elif key == "severity":
            if value not in SEVERITIES:
                raise InputError.worded(N_("{where} must be one of {severities}"), where=where, severities=', '.join(SEVERITIES))
            severity = value
        elif key in allowed_options and key in WORDED_CHOICES:
            # Only the words: a number here is the stored index (`scope = 2` was told "one of 0, 1",
            # `scope = 1` taken as "document", neither written anywhere a user reads).
            if not isinstance(value, str) or value not in WORDED_CHOICES[key]:
                raise InputError.worded(N_("{where} must be one of {choices}, not {value}"), where=where,
                                        choices=", ".join(WORDED_CHOICES[key]), value=clipped_setting(repr(value)))
            options[key] = float(WORDED_CHOICES[key].index(value))
        elif key in allowed_options:
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise InputError.worded(N_("{where} must be a non-negative number"), where=where)
            if isinstance(value, float) and not math.isfinite(value):  # TOML reads nan and inf; int() of them raises
                raise InputError.worded(N_("{where} must be a finite number, not {value}"), where=where, value=value)
            if value > MAX_OPTION:  # TOML reads integers of 4,000 digits, which float() refuses
                raise InputError.worded(N_("{where} is too large (at most {most:g})"), where=where, most=MAX_OPTION)
            if key in CHOICES and value not in CHOICES[key]:
                raise InputError.worded(N_("{where} must be one of {choices}, not {value}"), where=where,
                                        choices=", ".join(map(str, CHOICES[key])), value=value)
            options[key] = float(value)
        else:
            known = ", ".join(["enabled", "severity", *sorted(allowed_options)])
            raise InputError.worded(N_("{where}: unknown setting (known: {known})"), where=where, known=known)
    return CheckSetting(enabled, severity, options)
