"""The project's check settings as a reviewer sees and changes them: read whole, written one at a time.

`config.ChecksConfig` is what a run needs (is this check on, at what severity, with which
options). A settings pane needs more: every registered check with its family, its default and
its project severity, whether the project or the check's family switched it off, and each
option with its allowed values and what it means, so a reviewer can change it without the
README open. `check_settings` gives that; `set_check_setting` writes one change to
`project.toml`, validated by the very reading every run does (`ChecksConfig.from_mapping`),
so a value the pane or `workbench check set` writes is one every later run accepts, and a
refused value leaves the file as it was. The file keeps its comments and order
(`project.toml_document`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.core.checks.base import FAMILIES, REGISTRY, SEVERITIES, Severity
from workbench.core.checks.config import (
    CHOICES,
    RULE_PREFIX,
    WORDED_CHOICES,
    ChecksConfig,
    is_rule_table,
)
from workbench.core.checks.rules import CustomRule, load_rules
from workbench.core.offered_names import offered_names
from workbench.core.project import (
    DEFAULT_LIST_ITEMS,
    LIST_ITEM_CONVENTIONS,
    Project,
    clipped_setting,
)
from workbench.errors import InputError
from workbench.wording import N_

DEFAULT = "default"
"""The value that removes a setting from `project.toml`, giving the check its default back."""

PROJECT_TABLE = "checks"
"""The name that sets a key of the `[checks]` table itself (`list_items`), not of one check's."""

OPTION_MEANINGS: Mapping[str, str] = {
    "scope": N_("compare renderings across the whole project, or within each document (a batch of systems)"),
    "min-words": N_("translations of fewer words than this are not compared"),
    "near-duplicate": N_("sources differing only by OCR noise, this similar (per cent) word by word, count as one"),
    "min-length": N_("pairs whose longer side has fewer characters than this are not weighed"),
    "threshold": N_("how far from the project's usual length ratio a pair must be to be reported (robust z-score)"),
    "min-segments": N_("pairs needed before the project's own length distribution is used (fewer: a general one)"),
    "headings": N_("whether a heading may gain a full stop the source lacks"),
    "percent": N_("how «%» is spaced after a number"),
    "numero": N_("how «№» is spaced before a number"),
}
"""What each option of a check tunes, one line (a msgid: the TUI says it in Russian). A test holds
it to every option the registry declares, so a new option cannot come without its meaning."""

CHOICE_MEANINGS: Mapping[str, tuple[str, ...]] = {
    "scope": (N_("across the project"), N_("within each document")),
    "headings": (N_("a heading may gain a full stop"), N_("a heading takes none (Мильчин)")),
    "percent": (N_("«45%» or «45 %»"), N_("«45 %» only"), N_("«45%» only")),
    "numero": (N_("«№1» or «№ 1»"), N_("«№ 1» only (Мильчин)"), N_("«№1» only"),
               N_("one way in a document, «№ 1» winning")),
}
"""What each allowed value of a choosing option means, in the order of its values (0, 1, ...)."""

LIST_ITEM_MEANINGS: Mapping[str, str] = {
    "russian": N_("Russian editors' rule: items going on from the lead-in start small and end with «;»"),
    "source": N_("the source's capitals and end marks, item by item"),
}
"""What each list-item convention means (`[checks] list_items`)."""

LIST_ITEMS_MEANING = N_("how list items that go on from their lead-in are written")

_TRUE = frozenset({"true", "on", "yes", "1"})
_FALSE = frozenset({"false", "off", "no", "0"})


@dataclass(frozen=True)
class Choice:
    """One allowed value of an option."""

    value: str
    """As `project.toml` and `check set` write it: "1", "document"."""
    meaning: str
    """A msgid."""


@dataclass(frozen=True)
class OptionSetting:
    """One tunable option of a check, as it stands for the project."""

    name: str
    value: str
    """The effective value as written ("3", "3.5", "document")."""
    default: str
    set_here: bool
    """The check's own table in `project.toml` sets it."""
    meaning: str
    """A msgid."""
    choices: tuple[Choice, ...] = ()
    """The allowed values of an option that picks one way of several; empty for a number."""


@dataclass(frozen=True)
class CheckSettingView:
    """One registered check, as the project has it."""

    id: str
    family: str
    name: str
    """A msgid (`CheckSpec.name`)."""
    summary: str
    default_severity: Severity
    severity: Severity
    """The severity its findings take in this project."""
    project_severity: Severity | None
    """What `project.toml` sets (the check's table, else its family's); None: the default."""
    enabled: bool
    enabled_by: str | None
    """The table that decides `enabled` ("quote-style", "typography"), None for the default."""
    options: tuple[OptionSetting, ...]


@dataclass(frozen=True)
class RuleSettingView:
    """One rule of the project's rules.toml, as the project has it (`[checks."rule:ID"]`)."""

    id: str
    message: str
    """The rule's own words, from rules.toml (data, never a msgid)."""
    own_severity: Severity
    """What rules.toml gives it (warning when it says nothing)."""
    project_severity: Severity | None
    """What project.toml's table of the rule sets; None: none."""
    severity: Severity
    """The severity its findings take: the rule's table, else `[checks.custom-rule]`'s, else its own."""
    enabled: bool
    """The rule's own switch (the `custom-rule` check's switches every rule)."""

    @property
    def target(self) -> str:
        """The name `check set` and project.toml know the rule's table by."""
        return RULE_PREFIX + self.id


@dataclass(frozen=True)
class CheckSettings:
    """Every check's settings for one project, in the registry's (reporting) order."""

    checks: tuple[CheckSettingView, ...]
    list_items: str
    list_items_choices: tuple[Choice, ...]
    rules: tuple[RuleSettingView, ...] = ()
    """The project's custom rules, in rules.toml's order."""

    def get(self, check: str) -> CheckSettingView:
        return next(c for c in self.checks if c.id == check)

    def to_json(self) -> dict[str, Any]:
        """The shape of `check settings --format json`."""
        return {
            "list_items": {"value": self.list_items, "default": DEFAULT_LIST_ITEMS,
                           "meaning": LIST_ITEMS_MEANING,
                           "choices": [{"value": c.value, "meaning": c.meaning} for c in self.list_items_choices]},
            "checks": [
                {
                    "id": c.id, "family": c.family, "name": c.name, "summary": c.summary,
                    "enabled": c.enabled, "enabled_by": c.enabled_by,
                    "severity": c.severity, "default_severity": c.default_severity,
                    "project_severity": c.project_severity,
                    "options": [
                        {"name": o.name, "value": o.value, "default": o.default, "set": o.set_here,
                         "meaning": o.meaning,
                         "choices": [{"value": ch.value, "meaning": ch.meaning} for ch in o.choices]}
                        for o in c.options
                    ],
                }
                for c in self.checks
            ],
            "rules": [
                {"id": r.id, "target": r.target, "message": r.message, "enabled": r.enabled,
                 "severity": r.severity, "own_severity": r.own_severity, "project_severity": r.project_severity}
                for r in self.rules
            ],
        }


def check_settings(checks_table: Mapping[str, Any], rules: Sequence[CustomRule] = ()) -> CheckSettings:
    """The effective settings of every check under the `[checks]` table of a project.toml
    (`Project.config.checks`), and of each of `rules` (the project's rules.toml, `project_rules`);
    InputError for a table no run would accept either."""
    config = ChecksConfig.from_mapping(checks_table)
    check_override = config.severity_override("custom-rule")
    rule_severities = config.rule_severities()
    rule_views = tuple(
        RuleSettingView(rule.id, rule.message, rule.severity, rule_severities.get(RULE_PREFIX + rule.id),
                        rule_severities.get(RULE_PREFIX + rule.id) or check_override or rule.severity,
                        config.rule_is_enabled(rule.id))
        for rule in rules
    )
    views = []
    for check, spec in REGISTRY.items():
        own = config.settings.get(check)
        family = config.settings.get(spec.family)
        enabled_by = next((name for name, s in ((check, own), (spec.family, family))
                           if s is not None and s.enabled is not None), None)
        override = config.severity_override(check)
        effective = config.options_for(check)
        options = tuple(
            OptionSetting(name, _written(name, effective[name]), _written(name, default),
                          own is not None and name in own.options, OPTION_MEANINGS[name], _choices(name))
            for name, default in spec.options.items()
        )
        views.append(CheckSettingView(check, spec.family, spec.name, spec.summary, spec.default_severity,
                                      override or spec.default_severity, override, config.is_enabled(check),
                                      enabled_by, options))
    conventions = tuple(Choice(name, LIST_ITEM_MEANINGS[name]) for name in LIST_ITEM_CONVENTIONS)
    return CheckSettings(tuple(views), config.list_items, conventions, rule_views)


def project_rules(project: Project) -> tuple[CustomRule, ...]:
    """The rules of the project's rules.toml (none without one); InputError for a file no run reads."""
    return load_rules(project.path, project.config.source_lang, project.config.target_lang)


def _written(option: str, value: float) -> str:
    """An option's value as a person writes it: a word for a worded choice, no ".0" for a whole number."""
    if option in WORDED_CHOICES:
        return WORDED_CHOICES[option][int(value)]
    return str(int(value)) if float(value).is_integer() else format(value, "g")


def _choices(option: str) -> tuple[Choice, ...]:
    if option not in CHOICE_MEANINGS:
        return ()
    values = WORDED_CHOICES.get(option) or tuple(str(v) for v in CHOICES[option])
    return tuple(Choice(value, meaning) for value, meaning in zip(values, CHOICE_MEANINGS[option], strict=True))


def changed_table(checks_table: Mapping[str, Any], target: str, key: str, value: str) -> dict[str, Any]:
    """The `[checks]` table with `key` of `target` (a check id, a family, or `PROJECT_TABLE`) set
    to `value` as typed ("false", "info", "3.5", "document", `DEFAULT` to remove it), validated as
    every run reads it: InputError, one line, for anything a run would refuse."""
    table: dict[str, Any] = {name: dict(inner) if isinstance(inner, Mapping) else inner
                             for name, inner in checks_table.items()}
    if target == PROJECT_TABLE:
        if key != "list_items":
            raise InputError.worded(N_("[checks] has one setting of its own, list_items, not {key}"),
                                    key=clipped_setting(key))
        if value == DEFAULT:
            table.pop("list_items", None)
        else:
            table["list_items"] = value
    else:
        if target not in REGISTRY and target not in FAMILIES and not is_rule_table(target):
            raise InputError.worded(N_("unknown check {name}; known: {known}"), name=clipped_setting(target),
                                    known=", ".join([*REGISTRY, *FAMILIES]))
        if is_rule_table(target) and key not in ("enabled", "severity"):
            raise InputError.worded(N_("[checks.{name}] sets enabled or severity, not {key}"),
                                    name=clipped_setting(target), key=clipped_setting(key))
        inner = table.setdefault(target, {})
        if not isinstance(inner, dict):
            raise InputError.worded(N_("project.toml: [checks.{name}] must be a table"), name=target)
        if value == DEFAULT:
            inner.pop(key, None)
        else:
            inner[key] = _typed(target, key, value)
        if not inner:
            del table[target]
    ChecksConfig.from_mapping(table)  # refuses, in the words a run would use, what a run would refuse
    return table


def _typed(target: str, key: str, value: str) -> bool | str | int | float:
    """`value` as the TOML type `key` takes: true/false, a severity's word, a number, a choice's word."""
    where = f"[checks.{target}] {clipped_setting(key)}"
    if key == "enabled":
        word = value.strip().casefold()
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
        raise InputError.worded(N_("{where} must be true or false, not {value}"), where=where,
                                value=clipped_setting(repr(value)))
    if key == "severity":
        if value not in SEVERITIES:
            raise InputError.worded(N_("{where} must be one of {severities}, not {value}"), where=where,
                                    severities=", ".join((*SEVERITIES, DEFAULT)), value=clipped_setting(repr(value)))
        return value
    if key in WORDED_CHOICES and value in WORDED_CHOICES[key]:
        return value
    try:
        number = float(value)
    except ValueError:
        if key in WORDED_CHOICES:
            return value  # the reading refuses it naming the words it takes
        raise InputError.worded(N_("{where} must be a non-negative number, not {value}"), where=where,
                                value=clipped_setting(repr(value))) from None
    if math.isfinite(number) and number.is_integer() and abs(number) < 2**53:
        return int(number)
    return number  # nan, inf and the rest are refused by the reading, in its words


def set_check_setting(project: Project, target: str, key: str, value: str) -> CheckSettings:
    """Write one change to the project's `project.toml` (its comments and order kept) and return the
    settings as they now stand. The file is read again first (`Project.save_checks`), as an
    import's listing is: another terminal may have changed it since this project was opened.
    Nothing is written when the change is refused. A rule's table (`rule:ID`) is written only for
    a rule rules.toml has: a misspelt id that switched nothing off is worse than a refusal."""
    rules = project_rules(project)
    if is_rule_table(target) and target.removeprefix(RULE_PREFIX) not in {rule.id for rule in rules}:
        raise InputError.worded(N_("rules.toml has no rule {id}; its rules: {known}"),
                                id=clipped_setting(target.removeprefix(RULE_PREFIX)),
                                known=offered_names([rule.id for rule in rules], target.removeprefix(RULE_PREFIX)))
    written = project.save_checks(lambda table: changed_table(table, target, key, value))
    project.config = written
    return check_settings(written.checks, rules)
