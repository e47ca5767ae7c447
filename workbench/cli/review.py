"""`workbench review DIR [--format table|json|html] [--output FILE]`: the tracked changes.

A thin face over `workbench.core.editing.review`.
"""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import (
    console,
    counted,
    echo,
    emit_json,
    force_option,
    formats_option,
    open_project,
    project_argument,
    refuse_existing,
    to_json,
)
from workbench.errors import InputError
from workbench.wording import N_

_DIFF_STYLE = {"equal": "", "delete": "strike red", "insert": "underline green"}
_DIFF_MARKS = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}


@click.command("review")
@project_argument
@formats_option(("table", "json", "html"), "table for people, json for scripts, html for a browser.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the report to FILE instead of standard output.",
)
@force_option
def review_command(directory: Path, output_format: str, output: Path | None, force: bool) -> None:
    """The targets of DIR changed after they were confirmed: the translator's
    version against the current one, as a word diff (struck: removed by the
    editor; underlined: added; in a file or a pipe, [-removed-] and {+added+}).
    """
    from termbase.outputfile import refuse_unsafe_output
    from workbench.core.editing import review_notes, revisions, to_html
    from workbench.formats.base import atomic_output

    with open_project(directory) as project:
        if output is not None:
            if project.keeps(output):
                raise InputError.worded(N_("{path}: is one of the project's own files; write the report to another file"), path=output)
            refuse_unsafe_output(output)
            refuse_existing(project, output, force=force)
        items = revisions(project)
        notes = review_notes(project) if output_format == "html" else []
        title = project.config.name
        langs = project.config.source_lang, project.config.target_lang
    if output_format == "json":
        data = [
            {"segment": r.position, "id": r.segment_id, "source": r.source, "original": r.original,
             "revised": r.revised, "original_status": r.original_status, "status": r.status,
             "revised_at": r.revised_at, "words_changed": r.words_changed,
             "diff": [{"op": c.op, "text": c.text} for c in r.diff]}
            for r in items
        ]
        if output is None:
            emit_json(data)
        else:
            with atomic_output(output) as fh:
                fh.write(to_json(data) + "\n")
        return
    if output_format == "html":
        text = to_html(items, title=title, source_lang=langs[0], target_lang=langs[1], notes=notes)
        if output is None:
            echo(text, nl=False)
        else:
            with atomic_output(output) as fh:
                fh.write(text)
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    def tracked(out: Console) -> Table:
        """The changes as the console shows them: struck and underlined on a terminal, and
        elsewhere (a file, a pipe), where styles are dropped, marked as `[-removed-]{+added+}`
        (git's and wdiff's plain word diff); unmarked, «тулупчик» replaced by «тулуп» read
        «тулупчиктулуп» in the report file."""
        marked = out.color_system is None
        table = Table("#", "source", "target (tracked changes)", show_lines=True, header_style="bold")
        for r in items:
            diff = Text()
            for op, chunk in r.diff:
                diff.append(_DIFF_MARKS[op].format(chunk) if marked else chunk, style=_DIFF_STYLE[op])
            table.add_row(str(r.position), r.source, diff)
        return table

    if output is None:
        out = console()
        out.print(f"{counted(len(items), 'segment')} changed after confirmation")
        if items:
            out.print(tracked(out))
    else:
        with atomic_output(output) as fh:
            out = console(file=fh, width=100, no_color=True)
            out.print(f"{counted(len(items), 'segment')} changed after confirmation")
            out.print(tracked(out))
