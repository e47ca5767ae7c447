"""QA checks: findings about segments, from term enforcement to typography.

Importing the package registers every check family, so `REGISTRY` lists every
check id in reporting order. Faces call `run_checks` (pure) or
`check_project` (reads a project's settings, termbases and acceptances).
"""

from __future__ import annotations

from workbench.core.checks import (  # noqa: F401  (importing registers them)
    completeness,
    consistency,
    lengths,
    literals,
    numbers,
    rules,
    spelling,
    stored,
    tags,
    terms,
    typography,
)
from workbench.core.checks.base import (
    FAMILIES,
    REGISTRY,
    SEVERITIES,
    CheckSpec,
    Finding,
    Severity,
    at_or_above,
    parse_check_ids,
)
from workbench.core.checks.runner import run_checks

__all__ = [
    "FAMILIES",
    "REGISTRY",
    "SEVERITIES",
    "CheckSpec",
    "Finding",
    "Severity",
    "at_or_above",
    "parse_check_ids",
    "run_checks",
]
