"""What every command shares: the project argument, output helpers, error handling.

Commands stay thin: parse, call one core function, print. Errors the user can
cause become one line on stderr and exit code 2; exit code 1 is reserved for
"the command worked and found problems" (`check --fail-on`).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from termbase.errors import TermbaseError
from workbench.core.errors import WorkbenchError
from workbench.core.project import Project

F = TypeVar("F", bound=Callable[..., Any])

EXIT_USAGE = 2

project_argument = click.argument(
    "directory", metavar="DIR", type=click.Path(file_okay=False, path_type=Path)
)
"""The project folder, the first argument of every project command."""

format_option = click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output as a table for people or JSON for scripts.",
)


def open_project(directory: Path) -> Project:
    return Project.open(directory)


def emit_json(obj: Any) -> None:
    """JSON for scripts: UTF-8 as it is (Russian stays readable), stable indentation."""
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def fail(message: str) -> NoReturn:
    """Stop with one line on stderr and the usage exit code."""
    click.echo(f"workbench: error: {' '.join(message.split())}", err=True)
    sys.exit(EXIT_USAGE)


USER_ERRORS: tuple[type[BaseException], ...] = (WorkbenchError, TermbaseError)
"""Exceptions that are the user's input, not our bug: shown as one line."""


def describe_os_error(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


def describe_sqlite_error(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return "the project is busy (another workbench is writing to it); try again in a moment"
    if "readonly" in text:
        return "the project database is read-only"
    if "disk" in text or "full" in text:
        return f"cannot write the project database: {text}"
    return f"project database error: {text}"


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """`1 segment`, `2 segments`: English plurals, never `1 findings`."""
    return f"{count} {noun if count == 1 else (plural or noun + 's')}"
