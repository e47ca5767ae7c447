"""Project commands: init, import, status, segments, open."""

from __future__ import annotations

import os
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from workbench.cli.common import (
    console,
    counted,
    echo,
    emit_json,
    emit_text,
    format_option,
    open_project,
    project_argument,
    terminal_progress,
)
from workbench.cli.translator_tools import filter_context, filter_from_options, filter_options
from workbench.errors import InputError
from workbench.wording import N_, Wording, phrase

if TYPE_CHECKING:
    from workbench.core.editing import XliffUpdate
    from workbench.core.ingest import ImportReport
    from workbench.core.project import Project

existing_file = click.Path(exists=False, dir_okay=False, path_type=Path)


@click.command()
@project_argument
@click.option("--source-lang", default="en", show_default=True, help="BCP 47 tag of the source language.")
@click.option("--target-lang", default="ru", show_default=True, help="BCP 47 tag of the target language.")
@click.option("--name", help="Project name (default: the folder name).")
def init(directory: Path, source_lang: str, target_lang: str, name: str | None) -> None:
    """Create a new project in DIR (which must not exist or be empty)."""
    from workbench.core.project import Project

    with Project.create(directory, source_lang, target_lang, name) as project:
        echo(
            f"created project {project.config.name!r} "
            f"({project.config.source_lang} -> {project.config.target_lang}) in {project.path}"
        )


@click.command("import")
@project_argument
@click.option("--source", type=existing_file, help="The source document (plain text).")
@click.option("--target", type=existing_file, help="Its translation, aligned on import.")
@click.option("--tsv", type=existing_file, help="An aligned bitext: source<TAB>target a line.")
@click.option("--tmx", type=existing_file, help="A TMX file whose units become segments.")
@click.option("--xliff", type=existing_file, help="An XLIFF 1.2 or 2.x file to translate and export back.")
@click.option("--lines", type=existing_file, nargs=2, metavar="EN RU", default=None,
              help="Two line-aligned plain files (a test set and an MT output, a Moses or OPUS corpus): line N of "
                   "the one pairs with line N of the other, no sentence splitting, no aligner; blank lines kept.")
@click.option("--encoding", help="Override encoding detection (e.g. cp1251, koi8-r, utf-16).")
@click.option("--update", "update", is_flag=False, flag_value="", default=None, metavar="[DOCUMENT]",
              help="The file is a new version of DOCUMENT (a revised source, a vendor's re-delivery): update its "
                   "segments in place, one undo step. Without a name: the document named after the file, or the "
                   "project's only document of that kind.")
@click.option("--pretranslate", is_flag=True, help="With --update: fill the new segments from exact memory matches.")
@click.option("--machine-translation", "machine", is_flag=True,
              help="The translation is a machine translation (the --target file, or the targets of the TSV, TMX or "
                   "XLIFF): its drafts show as MT until a person edits or confirms them. An XLIFF's mt-suggestion "
                   "targets are MT without it.")
@click.option("--json", "as_json", is_flag=True, help="Print the import report as JSON.")
@click.option("--no-semantic", is_flag=True,
              help="Align without reading sentence meaning (lengths, anchors and the word list only).")
def import_command(
    directory: Path,
    source: Path | None,
    target: Path | None,
    tsv: Path | None,
    tmx: Path | None,
    xliff: Path | None,
    lines: tuple[Path, Path] | None,
    encoding: str | None,
    update: str | None,
    pretranslate: bool,
    machine: bool,
    as_json: bool,
    no_semantic: bool,
) -> None:
    """Import a document (and its translation), a TSV bitext, a TMX or an XLIFF file, or two
    line-aligned files into DIR.

    Text files are decoded (encoding detected), cleaned of OCR damage (broken
    lines and words rejoined, page furniture dropped, garbage flagged) and
    split into sentences; with --target the two sides are aligned. With
    --lines the files' line order is the alignment: a file with more lines
    than the other is refused.
    """
    _check_import_options(source=source, target=target, tsv=tsv, tmx=tmx, xliff=xliff, lines=lines, update=update,
                          pretranslate=pretranslate, machine=machine)
    if update is not None:
        files = (("text", source), ("tsv", tsv), ("tmx", tmx), ("xliff", xliff), ("lines", lines[0] if lines else None))
        kind, file = next((k, f) for k, f in files if f)
        _update_document(directory, update, file, kind, encoding, pretranslate=pretranslate, as_json=as_json,
                         translation=lines[1] if lines else None)
        return
    # Imported here: the import pipeline loads wordfreq and the aligner, which
    # `workbench --help` and the quick commands should not pay for.
    from workbench.core.ingest import (
        import_lines,
        import_text,
        import_tmx,
        import_tsv,
        import_xliff,
    )

    with open_project(directory) as project:
        if lines:
            report = import_lines(project, *lines, encoding, machine=machine)
        elif source:
            with terminal_progress("importing") as progress:
                report = import_text(
                    project, source, target, encoding, progress, semantic=not no_semantic, workers=os.cpu_count() or 1,
                    machine=machine,
                )
        elif tsv:
            report = import_tsv(project, tsv, encoding, machine=machine)
        elif xliff:
            from workbench.core.editing import update_from_xliff

            returned = update_from_xliff(project, xliff)
            if returned is not None:
                _say_update(returned, as_json)
                return
            report = import_xliff(project, xliff, machine=machine)
        else:
            with terminal_progress("importing") as progress:
                report = import_tmx(project, tmx, progress, machine=machine)  # type: ignore[arg-type]
    note = _draft_note(report, directory, machine)
    if as_json:
        emit_json({**{k: v for k, v in vars(report).items() if k != "notices"}, "warnings": list(report.warnings),
                   "note": note.render() if note else None})
    else:
        from workbench.tui.i18n import _, say  # stderr follows the interface language, as errors do

        echo(_describe_import(report))
        for notice in report.notices:
            echo(_("warning: {warning}").format(warning=say(notice)), err=True)
        if note is not None:
            echo(say(note), err=True)


def _draft_note(report: ImportReport, directory: Path, machine: bool) -> Wording | None:
    """What the drafts an import brought may want next, in one line (session 44: a person's two
    files got two notes, the second of which was for a machine translation).

    A text and its translation, aligned, not marked as MT: a colleague's finished work is marked
    translated first, so that `review` tracks what an editor changes (an editor replaced a calque
    in 19 of a colleague's segments, then ran `mark-translated` and `review`, which showed none of
    them). Every pair a draft, none marked MT (`ImportReport.unmarked_prefill`): a client's
    machine translation is marked so afterwards (`mark-mt`), its drafts then shown as MT
    (userday42: the MT filter stayed empty and nothing said why). Both: one note saying both."""
    finished = report.kind == "text" and report.aligned and not machine
    values = {"path": shlex.quote(str(directory)), "document": shlex.quote(report.name)}
    if finished and report.unmarked_prefill:
        return phrase(N_("note: the translation came in as drafts; if it is finished work to review, run `workbench "
                         "mark-translated {path}` first, so that `workbench review {path}` shows every change made to "
                         "it; if it is a machine translation to post-edit, run `workbench mark-mt {path} {document}`, "
                         "so that its drafts show as MT until a person edits or confirms them"), **values)
    if finished:
        return phrase(N_("note: the translation is a draft; if it is finished work to review, run `workbench "
                         "mark-translated {path}` first, so that `workbench review {path}` shows every change made "
                         "to it"), **values)
    if report.unmarked_prefill:
        return phrase(N_("note: every segment came with a translation, none marked as machine translation; if it is "
                         "a machine translation to post-edit, run `workbench mark-mt {path} {document}`, so that its "
                         "drafts show as MT until a person edits or confirms them (`workbench segments {path} --mt`)"),
                      **values)
    return None


def _check_import_options(*, source: Path | None, target: Path | None, tsv: Path | None, tmx: Path | None,
                          xliff: Path | None, lines: tuple[Path, Path] | None, update: str | None,
                          pretranslate: bool, machine: bool) -> None:
    """Refuse, in one line, options of `import` that do not go together."""
    given = (("--source", source), ("--tsv", tsv), ("--tmx", tmx), ("--xliff", xliff), ("--lines", lines))
    chosen = [name for name, value in given if value]
    if len(chosen) != 1:
        raise InputError.worded(N_("give exactly one of --source, --tsv, --tmx, --xliff or --lines"))
    if target and not source:
        raise InputError.worded(N_("--target goes with --source"))
    if update is not None and target:
        raise InputError.worded(N_("--update takes the new version of a source text alone; the translation is the project's segments"))
    if pretranslate and update is None:
        raise InputError.worded(N_("--pretranslate goes with --update"))
    if machine and (update is not None or (source and not target)):
        raise InputError.worded(N_("--machine-translation marks the targets a new document brings: it goes with "
                                   "--target, --tsv, --tmx or --xliff, not with --update"))


def _say_update(update: XliffUpdate, as_json: bool) -> None:
    """A returned XLIFF file updated the documents it was exported from: say what changed."""
    if as_json:
        emit_json({"updated_documents": list(update.documents), "units": update.units,
                   "updated": update.updated, "left_out": update.stale})
        return
    documents = ", ".join(repr(name) for name in update.documents)
    # Nothing changed is no step to undo: saying one would send the user to undo another edit.
    step = " (one undo step)" if update.updated else ""
    echo(f"updated {documents} from the returned XLIFF file: {update.updated} of "
         f"{counted(update.units, 'unit')} changed{step}")
    if update.stale:
        from workbench.tui.i18n import ngettext

        echo(ngettext(
            "warning: {count} unit left out: its segment was split, merged or its source corrected since the export",
            "warning: {count} units left out: their segments were split, merged or their sources corrected since the export",
            update.stale).format(count=update.stale), err=True)


def _update_document(directory: Path, name: str, file: Path, kind: str, encoding: str | None, *,
                     pretranslate: bool, as_json: bool, translation: Path | None = None) -> None:
    """`import --update`: a new version of a document replaces its segments (`editing.document_update`)."""
    from workbench.core.editing import removed_memory, update_document
    from workbench.tui.i18n import _, ngettext

    with open_project(directory) as project:
        name = name or _document_for(project, file, kind)
        update = update_document(project, name, file, kind, encoding, translation)
        filled = _pretranslate_new(project, update.new_ids) if pretranslate else None
    if as_json:
        emit_json({**update.as_json(), **({"pretranslated": filled} if filled is not None else {})})
        return
    echo(f"updated {update.document!r} from {file.name}: {update.kept} kept ({update.retranslated} with a new "
         f"target from the file, {update.moved} moved), {update.changed} changed, {update.new} new, "
         f"{update.removed} removed (one undo step)")
    if filled is not None:
        echo(f"pre-translated {filled} of the {counted(update.new, 'new segment')} from the memory")
    if update.kept_in_memory:
        echo(f"kept {counted(update.kept_in_memory, 'translation')} of removed segments in the memory "
             f"{removed_memory(update.document)!r}")
    if update.kept_locally:
        echo(_("warning: {warning}").format(warning=_(
            "the team server did not answer: the translations of removed segments are in this copy's own memory only")),
            err=True)
    if update.fuzzy:
        echo(ngettext("note: {count} segment's source changed: its old translation is a draft marked as a fuzzy match, to review",
                      "note: {count} segments' sources changed: their old translations are drafts marked as fuzzy matches, to review",
                      update.fuzzy).format(count=update.fuzzy), err=True)
    if update.skipped:
        echo(_("warning: {warning}").format(warning=ngettext(
            "skipped {count} unit whose srclang is not {lang}", "skipped {count} units whose srclang is not {lang}",
            update.skipped).format(count=update.skipped, lang=project.config.source_lang)), err=True)


def _document_for(project: Project, file: Path, kind: str) -> str:
    """The document `--update` without a name updates: the one named after the file, else the only one of its kind."""
    names = {str(row[0]): str(row[1]) for row in project.conn.execute("select name, kind from documents")}
    stem = file.stem.removesuffix(f".{project.config.source_lang}") if kind in ("text", "lines") else file.stem
    if stem in names:
        return stem
    same = [name for name, other in names.items() if other == kind]
    if len(same) == 1:
        return same[0]
    raise InputError.worded(N_("{file}: no document is named {stem!r} and the project has {count} documents of its kind; name the one to update: --update DOCUMENT"),
                            file=file, stem=stem, count=len(same))


def _pretranslate_new(project: Project, new_ids: tuple[int, ...]) -> int:
    """Fill the update's new segments from exact memory matches (a second undo step); how many were filled."""
    from dataclasses import replace

    from workbench.core.editing import apply, plan
    from workbench.core.team import open_memory

    with open_memory(project) as memory:
        proposed = plan(project, memory)
    wanted = set(new_ids)
    return len(apply(project, replace(proposed, fills=tuple(f for f in proposed.fills if f.segment_id in wanted))).fills)


def _describe_import(report: ImportReport) -> str:
    parts = [f"imported {report.name!r}: {counted(report.segments, 'segment')}"]
    if report.kind == "text":
        parts.append(f"{counted(report.source_sentences, 'source sentence')} ({report.source_encoding})")
        if report.aligned:
            parts.append(f"{counted(report.target_sentences, 'target sentence')} ({report.target_encoding}), aligned")
    elif report.kind == "lines":
        parts.append(f"paired line by line ({report.source_encoding}, {report.target_encoding})")
    if report.findings:
        parts.append(counted(report.findings, "OCR finding"))
    return ", ".join(parts)


@click.command()
@project_argument
@format_option
def status(directory: Path, output_format: str) -> None:
    """Languages, documents, segment counts and findings of the project in DIR."""
    from workbench.core.stats import project_summary

    with open_project(directory) as project:
        summary = project_summary(project)
        summary["list_items"] = project.config.list_items  # the house style the checks apply; a misspelt one refused
    if output_format == "json":
        emit_json(summary)
        return
    from rich.text import Text

    out = console(highlight=False)
    out.print(Text.assemble((summary["name"], "bold"), f" ({summary['source_lang']} -> {summary['target_lang']})"))
    segs = summary["segments"]
    out.print(
        f"segments: {segs['total']} by translation status: {segs['draft']} draft, {segs['translated']} translated, "
        f"{segs['reviewed']} reviewed ({segs['empty']} without a translation)"
    )
    if segs["unreviewed_mt"]:
        out.print(f"machine translations nobody has edited or confirmed yet: {segs['unreviewed_mt']} "
                  "(workbench segments DIR --mt)")
    out.print(f"aligned pairs locked (kept by re-alignment): {segs['locked_pairs']}")
    for item in summary["rejected"]:
        reasons = "; ".join(f"{c['author']}: {c['text']}" for c in item["comments"])
        out.print(Text(f"rejected: segment {item['segment']} by {item['by']} at {item['at']}" + (f" - {reasons}" if reasons else "")))
    out.print(f"list items: the {summary['list_items']} convention ([checks] list_items in project.toml)")
    for doc in summary["documents"]:
        files = " + ".join(f for f in (doc["source"], doc["target"]) if f)
        out.print(f"  document {doc['name']} [{doc['kind']}]: {counted(doc['segments'], 'segment')}  {files}")
    last = summary["last_check"]
    if last is None:
        out.print("findings: no check has run yet (workbench check DIR)")
    elif last["total"]:
        counts = ", ".join(f"{check} {count}" for check, count in last["by_check"].items())
        out.print(f"findings at the last check ({last['ran_at']}): {last['total']} open: {counts}")
    else:
        out.print(f"findings at the last check ({last['ran_at']}): none open")
    findings = summary["findings"]
    if findings:
        out.print("found on import and alignment: " + ", ".join(f"{check} {count}" for check, count in findings.items()))


@click.command()
@project_argument
@format_option
@filter_options
def segments(directory: Path, output_format: str, **filters: Any) -> None:
    """Every segment of the project in DIR, in project order (or those the filter options keep)."""
    flt = filter_from_options(filters)
    from workbench.core.project import standing_verdicts

    with open_project(directory) as project:
        rows = project.segments()
        standing = standing_verdicts(project)
        if flt.active:
            from workbench.core.navigation import filter_segments

            rows = [rows[i] for i in filter_segments(rows, flt, filter_context(project, flt))]
    if output_format == "json":
        emit_json(
            [
                {
                    "position": s.position,
                    "id": s.id,
                    "source": s.source,
                    "target": s.target,
                    "status": str(s.status),
                    "confidence": s.confidence,
                    "similarity": s.similarity,
                    "unreviewed_mt": s.unreviewed_mt,
                    "verdict": {"verdict": v.verdict, "by": v.by, "at": v.at} if (v := standing.get(s.id)) else None,
                    "findings": [
                        {
                            "check": f.check,
                            "severity": f.severity,
                            "side": f.side,
                            "start": f.start,
                            "end": f.end,
                            "message": f.message,
                            "suggestion": f.suggestion,
                        }
                        for f in s.findings
                    ],
                }
                for s in rows
            ]
        )
        return
    from rich.cells import cell_len

    from workbench.cli.grid import Column, Grid

    statuses = [f"{s.status}" + (" MT" if s.unreviewed_mt else "") + (f"\n✗ {standing[s.id].by}" if s.id in standing and standing[s.id].rejected else "")
                + "".join(f"\n⚠ {f.check}" for f in s.findings) for s in rows]
    number_width = max((len(str(s.position)) for s in rows), default=1)
    status_width = max(cell_len(line) for text in {"status", *statuses} for line in text.split("\n"))
    grid = Grid(
        [
            Column("#", width=number_width, justify="right"),
            Column("source"),
            Column("target"),
            Column("status", width=status_width),
        ],
        console().width,
    )
    emit_text(grid.lines((str(s.position), s.source, s.target, status) for s, status in zip(rows, statuses, strict=True)))


@click.command("open")
@click.argument("directory", metavar="[DIR]", required=False, type=click.Path(file_okay=False, path_type=Path))
def open_command(directory: Path | None) -> None:
    """Open the terminal workbench on the project in DIR (default: the current folder)."""
    from workbench.core.endings import Ended
    from workbench.tui.app import run_app
    from workbench.tui.i18n import _

    app = run_app(directory)
    if app.kept_unsaved is not None:
        echo(_("Your text the project refused to save is in {path}").format(path=app.kept_unsaved), err=True)
    if app.ended_by is not None:
        raise Ended(app.ended_by)
