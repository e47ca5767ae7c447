"""What every command shares: the project argument, output helpers, error handling.

Commands stay thin: parse, call one core function, print. Errors the user can
cause become one line on stderr and exit code 2; exit code 1 is reserved for
"the command worked and found problems" (`check --fail-on`).
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial, wraps
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from termbase import safetext
from termbase.errors import TermbaseError
from workbench.core.endings import ENDINGS, Ended
from workbench.errors import InputError, WorkbenchError
from workbench.wording import N_, phrase

if TYPE_CHECKING:
    from rich.console import Console

    from workbench.core.memory import MemoryImport
    from workbench.core.project import Project

F = TypeVar("F", bound=Callable[..., Any])

EXIT_USAGE = 2

SQLITE_INTEGER_MAX = 2**63 - 1


class _SQLiteInteger(click.IntRange):
    """An integer SQLite can compare with its own: a position or id of 10^20 ended `term sense
    mark`, `team resolve --segment`, `comment resolve` and the rest in a traceback (hardening,
    round 22)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not -SQLITE_INTEGER_MAX - 1 <= number <= SQLITE_INTEGER_MAX:
            said = phrase(N_("{number} is out of range (no position or id is that large)"), number=number)
            self.fail(said.render(), param, ctx)
        return number


POSITION = _SQLiteInteger(min=1)
"""A segment's position: 1 and up."""
ROW_ID = _SQLiteInteger()
"""A row's id (a comment's, a sense answer's): any number SQLite holds; the command says which
ids there are."""

project_argument = click.argument(
    "directory", metavar="DIR", type=click.Path(file_okay=False, path_type=Path)
)
"""The project folder, the first argument of every project command."""

def formats_option(choices: tuple[str, ...], help_text: str) -> Callable[[F], F]:
    """`--format` among `choices` (the first the default), and `--json` for `--format json`: a
    script's `status DIR --json` was refused ("No such option") where `import`, `align` and
    `check` take it (user days). `--json` with the default format is JSON; with another, refused
    in one line."""

    def decorate(command: F) -> F:
        @wraps(command)
        def with_format(*args: Any, output_format: str, as_json: bool, **kwargs: Any) -> Any:
            return command(*args, output_format=json_format(output_format, as_json=as_json), **kwargs)

        with_json = click.option("--json", "as_json", is_flag=True, help="The same as --format json.")(with_format)
        return click.option(  # type: ignore[return-value]
            "--format", "output_format", type=click.Choice(list(choices)), default=choices[0], show_default=True,
            help=help_text,
        )(with_json)

    return decorate


format_option = formats_option(("table", "json"), "Output as a table for people or JSON for scripts.")
"""`--format table|json` (and `--json`), the output option of most commands."""


def json_format(output_format: str, *, as_json: bool) -> str:
    """The output format, `--json` read as `--format json`; a combination that says two things is refused."""
    if not as_json:
        return output_format
    if output_format not in ("table", "json"):  # the default, or the same thing said twice
        raise InputError.worded(N_("--json is --format json: give one of them"))
    return "json"

force_option = click.option(
    "--force", is_flag=True, help="Replace an output file that exists (refused without it)."
)
"""Every command that writes a file the user names: an existing one is replaced only when asked."""


def refuse_existing(project: Project, *paths: Path | None, force: bool) -> None:
    """Refuse, before any work, to replace a regular file the user named as an output, unless
    `--force`: `export --tmx` over last week's delivery replaced it without a word (user
    days). A device (`/dev/null`, `/dev/stdout`) is a stream, never replaced, so it passes.
    What no `--force` replaces (the project's own files, a database) is said as that first."""
    from termbase.outputfile import refuse_unsafe_output

    for path in paths:
        if path is None:
            continue
        if project.keeps(path):
            raise InputError.worded(N_("{path}: is one of the project's own files; write the report to another file"), path=path)
        refuse_unsafe_output(path)
        if not force and path.is_file():
            raise InputError.worded(N_("{path} exists; give --force to replace it"), path=path)


def open_project(directory: Path) -> Project:
    from workbench.core.project import Project

    return Project.open(directory)


# -- the one way out to the terminal ------------------------------------------------
#
# Text from files (segments, terms, notes, memory units, file names, reasons) is data.
# Every byte the CLI prints goes through `echo`, `console` or `emit_json`, which never
# parse Rich markup and never let a control character, escape sequence or bidi
# override through raw (tests/cli/test_output_boundary.py holds the CLI to this).


def tolerate_legacy_encodings() -> None:
    """Let stdout and stderr in a legacy encoding (a KOI8-R or CP1251 terminal, a
    PYTHONIOENCODING) print `?` for what it cannot hold, where Python raises: a table's box
    lines, typographic quotes or a Latin name in KOI8-R ended every such command in a
    UnicodeEncodeError traceback. UTF-8 streams are left as they are."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        if isinstance(stream, io.TextIOWrapper) and codecs.lookup(encoding).name != "utf-8" and stream.errors == "strict":
            stream.reconfigure(errors="replace")


def echo(text: str, *, err: bool = False, nl: bool = True) -> None:
    """Print a line of plain text, control characters drawn visibly."""
    click.echo(safetext.visible(text), err=err, nl=nl)


def emit_text(chunks: Iterable[str], file: IO[str] | None = None) -> None:
    """Write text that is already safe (a `grid`'s lines, each cell made visible) as it comes,
    to stdout or to `file` (a report being written, or a console's own file).

    No per-line work: a listing of 50,000 rows is written in a few seconds and a
    pager gets its first screen as soon as the first chunks are through.
    """
    out = file if file is not None else sys.stdout
    write = out.write
    for chunk in chunks:
        write(chunk)
    out.flush()


def console(**options: Any) -> Console:
    """The console every table and report is printed through (see `console.SafeConsole`)."""
    from workbench.cli.console import SafeConsole

    return SafeConsole(**options)


_JSON_UNSAFE = re.compile(f"[\x7f{safetext.CONTROL.pattern[1:-1]}]")


def to_json(obj: Any, *, indent: int | None = 2, ascii_only: bool = False) -> str:
    """JSON with Russian readable but every control character written as an escape.

    `json` already escapes C0; C1 controls, DEL and bidi overrides it would write raw.
    They can only occur inside strings, where `\\uXXXX` is the same character to a reader.
    `indent=None` gives one line (JSON lines); `ascii_only` escapes every character past
    ASCII too, for a stream that cannot hold them.
    """
    text = json.dumps(obj, ensure_ascii=ascii_only, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def emit_json(obj: Any) -> None:
    """JSON for scripts: UTF-8 as it is (Russian stays readable), stable indentation."""
    click.echo(to_json(obj, ascii_only=not _stdout_is_unicode()))


def json_stdout_chunks(items: Iterable[Any]) -> Iterator[str]:
    """What `emit_json(list(items))` prints, an item at a time (`emit_text` writes it): a report of
    200,000 findings never exists whole, as records or as text."""
    from workbench.core.checks.reports import json_list_chunks

    yield from json_list_chunks(items, partial(to_json, ascii_only=not _stdout_is_unicode()))
    yield "\n"


def json_object_stdout_chunks(head: dict[str, Any], key: str, items: Iterable[Any]) -> Iterator[str]:
    """What `emit_json({**head, key: list(items)})` prints, the list an item at a time (`emit_text`
    writes it): a replace's preview of 100,000 changes never exists whole as records or as text."""
    from workbench.core.checks.reports import json_list_chunks

    dumps = partial(to_json, ascii_only=not _stdout_is_unicode())
    opening = dumps({**{name: value for name, value in head.items() if name != key}, key: []})
    yield opening.removesuffix("[]\n}")
    for chunk in json_list_chunks(items, dumps):
        yield chunk.replace("\n", "\n  ")
    yield "\n}\n"


def emit_json_line(obj: Any) -> None:
    """One JSON value on one line (JSON lines); `click.echo` flushes, so a reading script gets it at once."""
    click.echo(to_json(obj, indent=None, ascii_only=not _stdout_is_unicode()))


def _stdout_is_unicode() -> bool:
    """Whether stdout's encoding holds every character (UTF-8, -16, -32).

    JSON must stay lossless: in a legacy encoding (a KOI8-R or Latin-1 locale,
    `PYTHONIOENCODING=ascii`) the `?` that `tolerate_legacy_encodings` prints for what
    the encoding cannot hold would change the data, so JSON then escapes every
    character past ASCII as `\\uXXXX`, which any ASCII-based encoding carries and
    every JSON reader decodes to the same string.
    """
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    return codecs.lookup(encoding).name.startswith("utf-")


def fail(message: str) -> NoReturn:
    """Stop with one line on stderr and the usage exit code."""
    echo(f"workbench: error: {' '.join(message.split())}", err=True)
    sys.exit(EXIT_USAGE)


EXIT_CLOSED_PIPE = 128 + 13
"""What a shell reports for a program that SIGPIPE ended (`workbench segments DIR | head`)."""


def closed_pipe() -> NoReturn:
    """The reader of stdout went away (`| head`, `q` in `less`): stop quietly, as `cat` would.

    Python turns SIGPIPE into `BrokenPipeError`; left alone it prints a traceback, and again
    when the interpreter flushes stdout at exit, so stdout is pointed at /dev/null first.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(EXIT_CLOSED_PIPE)


EXIT_INTERRUPTED = 128 + 2
"""What a shell reports for a program that SIGINT (Ctrl-C) ended."""


def _raise_ended(signum: int, _frame: object) -> None:
    raise Ended(signum)


def end_quietly_on_signals() -> None:
    """From here on, SIGTERM and SIGHUP end the command as Ctrl-C does (`interrupted`). Only
    the main thread may set a handler (a command run from another thread, as a test's runner
    may, keeps Python's)."""
    if threading.current_thread() is not threading.main_thread():
        return
    for ending in ENDINGS:
        signal.signal(ending, _raise_ended)


def interrupted(exc: KeyboardInterrupt) -> NoReturn:
    """Ctrl-C (or `Ended`): stop quietly with the shell's code for it, as `cp` or `sqlite3` would.

    Click printed "Aborted!" and exited 1, the code `check --fail-on` uses for "found
    problems", so a script could not tell a stopped run from a finished one. Nothing is
    half-saved by then: each write is one transaction, rolled back as the interrupt
    unwinds it. A second Ctrl-C while the interpreter shuts down (joining threads, ending
    helper processes) printed a traceback from wherever it landed; it is ignored from here,
    as are the other endings.
    """
    for ignored in (signal.SIGINT, *ENDINGS):
        signal.signal(ignored, signal.SIG_IGN)
    sys.exit(128 + exc.signum if isinstance(exc, Ended) else EXIT_INTERRUPTED)


USER_ERRORS: tuple[type[BaseException], ...] = (WorkbenchError, TermbaseError)
"""Exceptions that are the user's input, not our bug: shown as one line."""


def not_utf8(exc: UnicodeEncodeError) -> InputError:
    """The refusal of text holding undecodable bytes (a file name or argument in another
    encoding), quoting the text around them with the bytes drawn as U+FFFD."""
    text = exc.object if isinstance(exc.object, str) else ""
    quoted = safetext.visible(text[max(0, exc.start - 40) : exc.end + 40])
    return InputError.worded(
        N_("{text!r} is not UTF-8 (a file name or argument in another encoding); rename the file or give the text in UTF-8"),
        text=quoted,
    )


def describe_os_error(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """`1 segment`, `2 segments`: English plurals, never `1 findings`."""
    return f"{count} {noun if count == 1 else (plural or noun + 's')}"


def said_memory_import(report: MemoryImport, file: Path, languages: tuple[str, str], *, into: str = "") -> str:
    """The line `memory import` and `team import` print for `report`, or InputError when it stored nothing.

    An import of no unit changes nothing (the memory stores roll it back), so it is refused as a
    user's error, exit code 2, with its cause: a script sees the failure, and the list of memories
    shows no empty one. A unit in other languages (a de/en/cs TMX in an en -> ru project) is
    skipped too, so the skipped are counted as "without text in both", never "without source or
    target", which sent people looking for empty segments the file did not have."""
    from workbench.core.project import MAX_SEGMENT_CHARS

    if not report.units:
        if report.skipped or report.no_source or report.other_direction:
            raise InputError.worded(
                N_("{file}: no unit has text in both {source} and {target}, the project's languages: check the "
                   "languages of its units (xml:lang in a TMX); nothing imported"),
                file=file.name, source=languages[0], target=languages[1],
            )
        if report.too_long:
            raise InputError.worded(
                N_("{file}: every unit has a side longer than {limit} characters; nothing imported"),
                file=file.name, limit=f"{MAX_SEGMENT_CHARS:,}",
            )
        raise InputError.worded(N_("{file}: no translation unit in it; nothing imported"), file=file.name)
    verb = f"replaced {into}memory" if report.replaced else f"imported{' into the ' + into + 'memory' if into else ''}"
    without = report.skipped + report.no_source
    skipped = f", skipped {without} without text in both {languages[0]} and {languages[1]}" if without else ""
    if report.other_direction:
        skipped += f", skipped {report.other_direction} translated from another language (tu srclang)"
    if report.too_long:
        skipped += f", skipped {report.too_long} longer than {MAX_SEGMENT_CHARS:,} characters"
    if report.dropped:
        skipped += (f", dropped {counted(report.dropped, 'attribute')} that said no date or no name "
                    "(creationdate, changedate, creationid, changeid), the units kept")
    return f"{verb} {report.memory}: {counted(report.units, 'unit')}{skipped}"


@contextmanager
def terminal_progress(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar labelled `label` on stderr when it is a terminal; nothing otherwise (CI, pipes).

    `check`, `import` and `align` take it: a book's import and alignment take a minute or two,
    and a command silent that long over SSH looks hung."""
    if not sys.stderr.isatty():
        yield None
        return
    # Imported for a bar only: a CI job or a pipe never loads it.
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn(label),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeRemainingColumn(),
        console=console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update
