"""What every command shares: the project argument, output helpers, error handling.

Commands stay thin: parse, call one core function, print. Errors the user can
cause become one line on stderr and exit code 2; exit code 1 is reserved for
"the command worked and found problems" (`check --fail-on`).
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click
from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.text import Text

from termbase import safetext
from termbase.errors import TermbaseError
from workbench.core.project import Project
from workbench.errors import WorkbenchError

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


# -- the one way out to the terminal ------------------------------------------------
#
# Text from files (segments, terms, notes, memory units, file names, reasons) is data.
# Every byte the CLI prints goes through `echo`, `console` or `emit_json`, which never
# parse Rich markup and never let a control character, escape sequence or bidi
# override through raw (tests/cli/test_output_boundary.py holds the CLI to this).


def echo(text: str, *, err: bool = False, nl: bool = True) -> None:
    """Print a line of plain text, control characters drawn visibly."""
    click.echo(safetext.visible(text), err=err, nl=nl)


class SafeConsole(Console):
    """A Rich console for data: no markup, emoji codes or highlighting, and every
    segment it renders is passed through `safetext.visible` (style codes Rich adds
    itself are separate control segments and stay)."""

    def __init__(self, **options: Any) -> None:
        options.setdefault("highlight", False)
        super().__init__(markup=False, emoji=False, **options)

    def render_str(self, text: str, **options: Any) -> Text:
        """Strings are made visible before layout, so columns keep their widths."""
        return super().render_str(safetext.visible(text), **options)

    def render(self, renderable: RenderableType, options: ConsoleOptions | None = None) -> Iterable[Segment]:
        """Whatever else renders text (a `Text` built from data) is caught here."""
        for segment in super().render(renderable, options):
            if segment.control or not safetext.has_control(segment.text):
                yield segment
            else:
                yield Segment(safetext.visible(segment.text), segment.style)


def console(**options: Any) -> Console:
    """The console every table and report is printed through (see `SafeConsole`)."""
    return SafeConsole(**options)


_JSON_UNSAFE = re.compile(f"[\x7f{safetext.CONTROL.pattern[1:-1]}]")


def to_json(obj: Any) -> str:
    """JSON with Russian readable but every control character written as an escape.

    `json` already escapes C0; C1 controls, DEL and bidi overrides it would write raw.
    They can only occur inside strings, where `\\uXXXX` is the same character to a reader.
    """
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def emit_json(obj: Any) -> None:
    """JSON for scripts: UTF-8 as it is (Russian stays readable), stable indentation."""
    click.echo(to_json(obj))


def fail(message: str) -> NoReturn:
    """Stop with one line on stderr and the usage exit code."""
    echo(f"workbench: error: {' '.join(message.split())}", err=True)
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
