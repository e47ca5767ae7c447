"""The `workbench` command: a click group whose commands are thin faces over the core."""

from __future__ import annotations

import difflib
import importlib
import sqlite3
from typing import Any

import click

from workbench.cli.common import (
    USER_ERRORS,
    closed_pipe,
    describe_os_error,
    end_quietly_on_signals,
    fail,
    interrupted,
    not_utf8,
    tolerate_legacy_encodings,
)

COMMANDS: dict[str, tuple[str, str]] = {
    "align": ("workbench.cli.align:align", "Align the source and target sentences of every document in DIR."),
    "align-files": ("workbench.cli.align:align_files", "Align two text files without a project and print the beads."),
    "check": (
        "workbench.cli.check:check",
        "Run the QA checks on a project (`workbench check DIR`), or manage acceptances.",
    ),
    "comment": (
        "workbench.cli.translator_tools:comment",
        "Comments on segments: an editor's note, open until the translator resolves it.",
    ),
    "export": (
        "workbench.cli.export:export_command",
        "Export project DIR as TMX, TSV, plain text, XLIFF and/or plain lines.",
    ),
    "import": (
        "workbench.cli.project:import_command",
        "Import a document (and its translation), a TSV bitext, a TMX or an XLIFF file, or two line-aligned "
        "files into DIR.",
    ),
    "init": ("workbench.cli.project:init", "Create a new project in DIR (which must not exist or be empty)."),
    "lock-pairs": (
        "workbench.cli.align:lock_pairs",
        "Lock every aligned pair of DIR at or above a confidence (one undo step).",
    ),
    "mark-mt": (
        "workbench.cli.align:mark_mt",
        "Mark the drafts of DOCUMENT in DIR as machine translation (one undo step).",
    ),
    "mark-translated": (
        "workbench.cli.align:mark_translated",
        "Mark every aligned draft pair of DIR translated (one undo step).",
    ),
    "memory": (
        "workbench.cli.memory:memory",
        "The translation memory: import TMX, look up fuzzy matches, search a concordance.",
    ),
    "open": (
        "workbench.cli.project:open_command",
        "Open the terminal workbench on the project in DIR (default: the current folder).",
    ),
    "pretranslate": (
        "workbench.cli.pretranslate:pretranslate_command",
        "Fill the empty targets of DIR from the translation memory.",
    ),
    "reject": (
        "workbench.cli.translator_tools:reject_command",
        "Send segment number SEGMENT back to its translator, REASON as a comment; it shows as rejected until it is confirmed again.",
    ),
    "replace": (
        "workbench.cli.translator_tools:replace_command",
        "Replace FIND by REPLACEMENT in every target of project DIR (one undo step).",
    ),
    "review": (
        "workbench.cli.review:review_command",
        "The targets of DIR changed after they were confirmed: the translator's version against the current "
        "one, as a word diff (struck: removed by the editor; underlined: added; in a file or a pipe, "
        "[-removed-] and {+added+}).",
    ),
    "segmentation": (
        "workbench.cli.segmentation:segmentation",
        "Sentence segmentation rules as SRX 2.0, to share with CAT tools (OmegaT, Okapi, memoQ).",
    ),
    "segments": (
        "workbench.cli.project:segments",
        "Every segment of the project in DIR, in project order (or those the filter options keep).",
    ),
    "stats": (
        "workbench.cli.stats:stats_command",
        "Words, characters and segments of DIR per status and per document, and a translation-memory analysis "
        "in bands (repetitions, 100%, 95-99, 85-94, 75-84, 50-74, no match) against the project memory and the "
        "shared memories (the team server's memory in a team project).",
    ),
    "status": (
        "workbench.cli.project:status",
        "Languages, documents, segment counts and findings of the project in DIR.",
    ),
    "team": ("workbench.cli.team:team", "Team projects: a shared memory and termbase on a PostgreSQL server."),
    "term": (
        "workbench.cli.term:term",
        "Manage the project's termbase: import, export, add, list and find terms.",
    ),
}
"""Every command: where it is defined, and the first sentence of its help for `workbench --help`.

Commands are imported when they run, not when `workbench` starts: importing all
twenty modules (and the decorators they run) costs more than the rest of a light
command's start-up. `--help` lists them from this table, so it imports none; a test
holds each line to the command's own help (`tests/cli/test_startup.py`)."""


class WorkbenchGroup(click.Group):
    """Loads commands on first use (`COMMANDS`) and turns user-caused failures anywhere
    below into one line and exit code 2."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, name = COMMANDS[cmd_name][0].split(":")
            self.add_command(getattr(importlib.import_module(module), name), cmd_name)
        return self.commands.get(cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """As click resolves a command, but a misspelt one is offered its nearest names
        (`workbench imprt`: "Did you mean 'import'?"): click looks for them among the loaded
        commands only, which in a lazy group are none, so no typo was ever helped."""
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as exc:
            typed = str(args[0]) if args else ""
            close = difflib.get_close_matches(typed, self.list_commands(ctx))
            if not close or getattr(exc, "possibilities", None) or typed.startswith("-"):
                raise
            names = ", ".join(repr(name) for name in close)
            raise click.UsageError(f"{exc.message} Did you mean {names}?", ctx) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """As click lists commands, but from `COMMANDS` for those not loaded (no import)."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            loaded = self.commands.get(name)
            if loaded is None:  # click shortens a stand-in's help as it would the command's own
                loaded = click.Command(name, help=COMMANDS[name][1])
            if not loaded.hidden:
                rows.append((name, loaded.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        end_quietly_on_signals()
        try:
            return super().invoke(ctx)
        except click.BadParameter as exc:  # a directory given as a file: one line, not usage text
            fail(exc.format_message())
        except USER_ERRORS as exc:
            # The one line on stderr follows the interface language (LANG=ru_RU.UTF-8: in Russian,
            # from the error's msgid); stdout and JSON stay English for scripts.
            from workbench.tui.i18n import error_message

            fail(error_message(exc))
        except UnicodeEncodeError as exc:
            # An argument or file name with bytes that are not UTF-8 reaches Python as lone
            # surrogates, which nothing downstream (SQLite, lxml, TOML) can encode.
            if "surrogate" not in exc.reason:
                raise
            from workbench.tui.i18n import error_message

            fail(error_message(not_utf8(exc)))
        except BrokenPipeError:
            closed_pipe()
        except KeyboardInterrupt as exc:
            interrupted(exc)
        except sqlite3.Error as exc:
            from workbench.tui.i18n import error_message  # by its result code, as the TUI says it

            fail(error_message(exc))
        except OSError as exc:
            fail(describe_os_error(exc))
        except Exception as exc:
            # the team server's errors (psycopg is imported only by team projects)
            if type(exc).__module__.startswith("psycopg"):
                from workbench.errors import InputError
                from workbench.tui.i18n import error_message
                from workbench.wording import N_

                problem = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                fail(error_message(InputError.worded(N_("team server: {problem}"), problem=problem)))
            raise


@click.group(cls=WorkbenchGroup, invoke_without_command=True)
@click.version_option(package_name="workbench")
@click.pass_context
def main(ctx: click.Context) -> None:
    """A terminal workbench for translation and terminology (English and Russian, either way).

    Run without a command to open the workbench on the project in the current
    folder (or the project chooser).
    """
    tolerate_legacy_encodings()
    if ctx.invoked_subcommand is None:
        from workbench.cli.project import open_command

        ctx.invoke(open_command, directory=None)
