"""The `workbench` command: a click group whose commands are thin faces over the core."""

from __future__ import annotations

import sqlite3
from typing import Any

import click

from workbench.cli.common import (
    USER_ERRORS,
    describe_os_error,
    describe_sqlite_error,
    fail,
)


class WorkbenchGroup(click.Group):
    """Turns user-caused failures anywhere below into one line and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.BadParameter as exc:  # a directory given as a file: one line, not usage text
            fail(exc.format_message())
        except USER_ERRORS as exc:
            # The one line on stderr follows the interface language (LANG=ru_RU.UTF-8: in Russian,
            # from the error's msgid); stdout and JSON stay English for scripts.
            from workbench.tui.i18n import error_message

            fail(error_message(exc))
        except sqlite3.Error as exc:
            fail(describe_sqlite_error(exc))
        except OSError as exc:
            fail(describe_os_error(exc))
        except Exception as exc:
            # the team server's errors (psycopg is imported only by team projects)
            if type(exc).__module__.startswith("psycopg"):
                fail(f"team server: {str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__}")
            raise


@click.group(cls=WorkbenchGroup, invoke_without_command=True)
@click.version_option(package_name="workbench")
@click.pass_context
def main(ctx: click.Context) -> None:
    """A terminal workbench for translation and terminology (English -> Russian).

    Run without a command to open the workbench on the project in the current
    folder (or the project chooser).
    """
    if ctx.invoked_subcommand is None:
        from workbench.cli.project import open_command

        ctx.invoke(open_command, directory=None)


from workbench.cli.align import align, align_files, lock_pairs, mark_translated  # noqa: E402
from workbench.cli.check import check  # noqa: E402
from workbench.cli.export import export_command  # noqa: E402
from workbench.cli.memory import memory  # noqa: E402
from workbench.cli.pretranslate import pretranslate_command  # noqa: E402
from workbench.cli.project import import_command, init, open_command, segments, status  # noqa: E402
from workbench.cli.review import review_command  # noqa: E402
from workbench.cli.segmentation import segmentation  # noqa: E402
from workbench.cli.stats import stats_command  # noqa: E402
from workbench.cli.team import team  # noqa: E402
from workbench.cli.term import term  # noqa: E402
from workbench.cli.translator_tools import comment, replace_command  # noqa: E402

main.add_command(init)
main.add_command(import_command)
main.add_command(status)
main.add_command(segments)
main.add_command(open_command)
main.add_command(align)
main.add_command(align_files)
main.add_command(lock_pairs)
main.add_command(mark_translated)
main.add_command(check)
main.add_command(term)
main.add_command(export_command)
main.add_command(memory)
main.add_command(team)
main.add_command(segmentation)
main.add_command(stats_command)
main.add_command(pretranslate_command)
main.add_command(review_command)

main.add_command(replace_command)
main.add_command(comment)
