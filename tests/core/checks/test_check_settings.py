"""The project's check settings read whole and written one at a time (`checks.settings`)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.core.checks import REGISTRY
from workbench.core.checks.config import ChecksConfig
from workbench.core.checks.settings import (
    CHOICE_MEANINGS,
    OPTION_MEANINGS,
    check_settings,
    set_check_setting,
)
from workbench.core.project import Project
from workbench.errors import InputError

COMMENTED = """# the client's project: read by people too
name = "client"
source_lang = "en"
target_lang = "ru"
created = "2026-12-01T10:00:00Z"
termbases = []  # none yet
user = "Anna Petrova"

[checks.length-ratio]
# too many short captions here
enabled = false
"""


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    folder = tmp_path / "p"
    Project.create(folder, "en", "ru", "client").close()
    (folder / "project.toml").write_text(COMMENTED, encoding="utf-8")
    opened = Project.open(folder)
    yield opened
    opened.close()


def test_every_check_is_listed_with_its_family_default_and_options() -> None:
    settings = check_settings({})
    assert [view.id for view in settings.checks] == list(REGISTRY)
    for view in settings.checks:
        spec = REGISTRY[view.id]
        assert (view.family, view.default_severity, view.severity, view.enabled) == \
            (spec.family, spec.default_severity, spec.default_severity, True)
        assert [o.name for o in view.options] == list(spec.options)
    assert settings.list_items == "russian"


def test_every_option_of_the_registry_has_a_meaning_and_every_choice_too() -> None:
    options = {name for spec in REGISTRY.values() for name in spec.options}
    assert options == set(OPTION_MEANINGS)
    for view in check_settings({}).checks:
        for option in view.options:
            if option.name in CHOICE_MEANINGS:
                assert len(option.choices) == len(CHOICE_MEANINGS[option.name]) >= 2
                assert option.value in {c.value for c in option.choices}


def test_a_family_switch_and_a_checks_own_table_are_told_apart() -> None:
    settings = check_settings({"typography": {"enabled": False}, "quote-style": {"enabled": True, "severity": "info"}})
    spacing, quotes = settings.get("spacing"), settings.get("quote-style")
    assert (spacing.enabled, spacing.enabled_by) == (False, "typography")
    assert (quotes.enabled, quotes.enabled_by, quotes.severity, quotes.project_severity) == \
        (True, "quote-style", "info", "info")


def test_a_change_is_written_keeping_the_files_comments_and_order(project: Project) -> None:
    settings = set_check_setting(project, "quote-style", "severity", "info")
    assert settings.get("quote-style").severity == "info"
    set_check_setting(project, "spacing", "numero", "1")
    set_check_setting(project, "inconsistent-target", "scope", "document")
    set_check_setting(project, "checks", "list_items", "source")
    text = (project.path / "project.toml").read_text(encoding="utf-8")
    for kept in ("# the client's project: read by people too", "# none yet", "# too many short captions here"):
        assert kept in text
    assert text.index("name =") < text.index("[checks.length-ratio]")
    data = tomllib.loads(text)
    assert data["checks"] == {"length-ratio": {"enabled": False}, "quote-style": {"severity": "info"},
                              "spacing": {"numero": 1}, "inconsistent-target": {"scope": "document"},
                              "list_items": "source"}
    assert data["user"] == "Anna Petrova"
    again = ChecksConfig.from_mapping(Project.open(project.path).config.checks)  # a run reads it so
    assert again.options_for("spacing")["numero"] == 1 and again.list_items == "source"
    assert project.config.checks == data["checks"]  # the open project follows


def test_default_removes_the_setting_and_an_empty_table(project: Project) -> None:
    set_check_setting(project, "length-ratio", "enabled", "default")
    data = tomllib.loads((project.path / "project.toml").read_text(encoding="utf-8"))
    assert "checks" not in data
    assert check_settings(data.get("checks", {})).get("length-ratio").enabled


@pytest.mark.parametrize(("target", "key", "value", "said"), [
    ("spacing", "numero", "7", "numero must be one of 0, 1, 2, 3, not 7"),
    ("quote-style", "severity", "fatal", "severity must be one of error, warning, info, default"),
    ("quote-style", "enabled", "perhaps", "enabled must be true or false"),
    ("no-such-check", "enabled", "false", "unknown check no-such-check"),
    ("length-ratio", "threshold", "nan", "must be a finite number"),
    ("length-ratio", "threshold", "-1", "must be a non-negative number"),
    ("length-ratio", "threshold", "many", "must be a non-negative number"),
    ("spacing", "colour", "1", "unknown setting"),
    ("inconsistent-target", "scope", "everywhere", "must be one of project, document"),
    ("checks", "list_items", "german", "list_items must be one of russian, source"),
    ("checks", "colour", "red", "one setting of its own, list_items"),
    ("typography", "numero", "1", "unknown setting"),
])
def test_a_value_no_run_would_take_is_refused_in_one_line_and_nothing_is_written(
        project: Project, target: str, key: str, value: str, said: str) -> None:
    before = (project.path / "project.toml").read_bytes()
    with pytest.raises(InputError) as refused:
        set_check_setting(project, target, key, value)
    assert said in str(refused.value) and "\n" not in str(refused.value)
    assert (project.path / "project.toml").read_bytes() == before


def test_a_change_made_in_another_terminal_meanwhile_is_kept(project: Project) -> None:
    other = Project.open(project.path)
    set_check_setting(other, "whitespace", "enabled", "off")
    other.close()
    set_check_setting(project, "quote-style", "severity", "info")
    data = tomllib.loads((project.path / "project.toml").read_text(encoding="utf-8"))
    assert data["checks"]["whitespace"] == {"enabled": False}
    assert data["checks"]["quote-style"] == {"severity": "info"}
