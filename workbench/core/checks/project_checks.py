"""`check_project`: run the checks on an open project with its own settings.

This is the one place that knows where a project keeps what the pure runner
needs: check settings in `project.toml`, termbases through
`workbench.core.terminology`, acceptances in `project.db`, custom rules in
`rules.toml`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from termbase.enforce import Enforcer
from workbench.core.checks.acceptance import accepted_keys
from workbench.core.checks.base import REGISTRY, Finding, run_checks
from workbench.core.checks.config import ChecksConfig
from workbench.core.checks.rules import load_rules
from workbench.core.project import Project


def check_project(
    project: Project,
    checks: Iterable[str] | None = None,
    *,
    enforcer: Enforcer | None = None,
    progress: Callable[[int, int], None] | None = None,
    include_accepted: bool = False,
) -> list[Finding]:
    """Findings for every segment of `project`, in project order.

    `checks` narrows the run to those ids (default: what project.toml enables).
    `enforcer` overrides the project's termbases (the TUI keeps one built);
    by default it is built from them, and term checks are skipped when the
    project has no termbase. Accepted findings are left out unless
    `include_accepted`.
    """
    config = ChecksConfig.from_mapping(project.config.checks)
    wanted = frozenset(checks) if checks is not None else config.enabled()
    if enforcer is None and any(REGISTRY[c].needs_termbase for c in wanted if c in REGISTRY):
        enforcer = project_enforcer(project)
    return run_checks(
        project.segments(),
        source_lang=project.config.source_lang,
        target_lang=project.config.target_lang,
        enforcer=enforcer,
        config=config,
        accepted=frozenset() if include_accepted else accepted_keys(project),
        checks=wanted,
        progress=progress,
        rules=load_rules(project.path, project.config.source_lang, project.config.target_lang),
    )


def project_enforcer(project: Project) -> Enforcer | None:
    """The enforcer for the project's termbases, or None when it has none."""
    from workbench.core.terminology import project_enforcer as build

    return build(project)
