"""`workbench export DIR --tmx FILE [--all] | --text FILE | --tsv FILE | --xliff FILE | --lines FILE`.

A thin face over `workbench.core.project.exporting`: one or more files in one run.
"""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import (
    counted,
    echo,
    emit_json,
    force_option,
    format_option,
    open_project,
    project_argument,
    refuse_existing,
)
from workbench.errors import InputError
from workbench.wording import N_

output_file = click.Path(dir_okay=False, writable=True, path_type=Path)


@click.command("export")
@project_argument
@click.option("--tmx", "tmx_file", type=output_file, help="Write a TMX 1.4b translation memory.")
@click.option("--tsv", "tsv_file", type=output_file, help="Write a source<TAB>target bitext.")
@click.option("--text", "text_file", type=output_file, help="Write the translated document, paragraphs restored.")
@click.option("--xliff", "xliff_file", type=output_file, help="Write XLIFF: the imported XLIFF file with its targets filled in, else a new XLIFF 1.2 file of every document.")
@click.option("--lines", "lines_file", type=output_file,
              help="Write the translation of a document imported with --lines, line N the target of line N, "
                   "with the line ends of its Russian file.")
@click.option("--document", help="--xliff, --lines: which document, when the project has several XLIFF (or "
                                 "line-aligned) documents (--xliff: or only this one written anew).")
@click.option(
    "--all",
    "all_pairs",
    is_flag=True,
    help="TMX/TSV: every pair with source and target, drafts too (not only translated or reviewed).",
)
@force_option
@format_option
def export_command(
    directory: Path,
    tmx_file: Path | None,
    tsv_file: Path | None,
    text_file: Path | None,
    xliff_file: Path | None,
    lines_file: Path | None,
    document: str | None,
    all_pairs: bool,
    force: bool,
    output_format: str,
) -> None:
    """Export project DIR as TMX, TSV, plain text, XLIFF and/or plain lines.

    TMX and TSV take the segments whose translation status is translated or
    reviewed unless --all is given (a locked pair is about its alignment and
    may still be a draft); the output says how many drafts were left out.
    The text export is the whole translated document; the lines export is
    the Russian of two line-aligned files, written back line for line.
    Characters XML cannot hold (control characters from OCR) are removed
    from TMX, with a warning.
    """
    from workbench.core.project import export_project, export_scope, export_xliff
    from workbench.formats.registry import format_named

    given = (("tmx", tmx_file), ("tsv", tsv_file), ("text", text_file), ("xliff", xliff_file), ("lines", lines_file))
    wanted = [(name, path) for name, path in given if path]
    if not wanted:
        raise InputError.worded(N_("nothing to export: give --tmx FILE, --tsv FILE, --text FILE, --xliff FILE and/or --lines FILE"))
    results = []
    joined = 0  # targets the lines export wrote with a space for their line break
    with open_project(directory) as project:
        refuse_existing(project, *(path for _, path in wanted), force=force)
        scope = export_scope(project)
        for name, path in wanted:
            if name == "xliff":
                report = export_xliff(project, path, document)
            elif name == "lines":
                from workbench.core.ingest import export_lines

                report = export_lines(project, path, document)
                joined = report.joined
            else:
                report = export_project(project, path, format_named(name), all_pairs=all_pairs)
            results.append((name, report))
    if output_format == "json":
        emit_json(
            [
                {"format": name, "file": str(r.path.absolute()), "units": r.units,
                 "removed_characters": r.removed_characters,
                 **({"joined_lines": joined} if name == "lines" else {}),
                 **({} if name in ("text", "xliff", "lines") else {"pairs": scope.pairs, "left_out_drafts": 0 if all_pairs else scope.drafts,
                                                          "untranslated": scope.untranslated})}
                for name, r in results
            ]
        )
        return
    for name, report in results:
        path = report.path.absolute()
        if name == "text":
            echo(f"exported the translation of {counted(report.units, 'segment')} (drafts included) to {path}")
        elif name == "xliff":
            echo(f"exported {counted(report.units, 'segment')} to {path}")
        elif name == "lines":
            echo(f"exported the translation of {counted(report.units, 'line')} (drafts included) to {path}")
            if joined:
                from workbench.tui.i18n import _, ngettext

                echo(_("warning: {warning}").format(warning=ngettext(
                    "{count} target held a line break: written with a space, so that line N stays line N",
                    "{count} targets held line breaks: written with a space, so that line N stays line N",
                    joined).format(count=joined)), err=True)
        else:
            untranslated = (f" ({counted(scope.untranslated, 'segment')} with no translation yet, no pair)"
                            if scope.untranslated else "")
            echo(f"exported {report.units} of {counted(scope.pairs, 'segment pair')} to {path}{untranslated}")
        if report.removed_characters:
            echo(
                f"warning: removed {report.removed_characters} control characters XML cannot hold from {path.name}",
                err=True,
            )
        if name in ("tmx", "tsv") and not all_pairs and scope.drafts:
            bitext = (", or `workbench mark-translated DIR` marks aligned drafts translated"
                      if scope.aligned_drafts else "")
            echo(
                f"note: {counted(scope.drafts, 'pair')} left out: still draft (translation status not "
                f"translated or reviewed); --all includes them{bitext}",
                err=True,
            )
