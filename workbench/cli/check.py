"""`workbench check`: run the QA checks, report findings, gate CI; accept false positives.

`workbench check DIR` runs the checks (the default subcommand `run`);
`workbench check accept DIR ...` stores an acceptance, `check revoke` forgets
one and `check accepted` lists them. Exit codes: 1 when a finding at or above
`--fail-on` is reported, 0 otherwise, 2 for bad usage.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from click_default_group import DefaultGroup

from termbase import safetext
from workbench.cli.common import (
    POSITION,
    console,
    counted,
    echo,
    emit_json,
    emit_text,
    force_option,
    format_option,
    json_format,
    json_stdout_chunks,
    open_project,
    project_argument,
    refuse_existing,
    terminal_progress,
)
from workbench.core.offered_names import offered_names
from workbench.errors import InputError
from workbench.wording import N_

if TYPE_CHECKING:
    from rich.console import Console

    from workbench.core.checks import Finding
    from workbench.core.checks.settings import CheckSettings

EXIT_FINDINGS = 1
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class _CheckGroup(DefaultGroup):
    """`check DIR` runs `check run DIR`, but `check --help` listed only `--help` and the
    subcommands: a CI script's author looking for `--fail-on`, `--baseline` or `--json` there
    found none (userday42). The help lists the options of `check DIR` after its own."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        run = self.commands.get(self.default_cmd_name or "")
        if run is None:
            return
        rows = [row for param in run.params
                if isinstance(param, click.Option) and (row := param.get_help_record(ctx)) is not None]
        with formatter.section(f"Options of `check DIR` (the same as `check {run.name} DIR`)"):
            formatter.write_dl(rows)


@click.group(cls=_CheckGroup, default="run", default_if_no_args=False)
def check() -> None:
    """Run the QA checks on a project (`workbench check DIR`), or manage acceptances."""


@check.command("run")
@project_argument
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json", "csv", "html"]),
    default="table",
    show_default=True,
    help="table for people, json for scripts, csv for spreadsheets, html for a browser.",
)
@click.option("--json", "as_json", is_flag=True, help="The same as --format json (as other commands take it).")
@click.option("--summary", is_flag=True,
              help="Count the findings per document and check (with the rate per 1,000 segments) instead of "
                   "listing them: a table, or rows of JSON or CSV.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the report to FILE instead of standard output.",
)
@force_option
@click.option(
    "--checks",
    "check_ids",
    metavar="ID,...",
    help="Only these checks (ids, or family names: terms, completeness, numbers, tags, literals, consistency, "
    "lengths, typography, rules, spelling, stored). Default: those the project enables.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default="error",
    show_default=True,
    help="Exit with 1 when a finding of this severity or worse is reported.",
)
@click.option("--include-accepted", is_flag=True,
              help="Also report accepted findings (in JSON each finding then says whether it is accepted).")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="An earlier report of `check --format json`: its findings (same document, check, concept and "
    "segment text) are left out of the report and the exit code, so only new findings fail a build.",
)
@click.option("--consistency-scope", type=click.Choice(["project", "document"]),
              help="Compare renderings (inconsistent-target, inconsistent-source) across the project or within "
                   "each document, for this run (default: the project's [checks.inconsistent-target] scope, "
                   "else project).")
@click.option("--document", "document_names", metavar="NAME", multiple=True,
              help="Report only the findings in this document (repeat for several): a batch's systems one at a time.")
def run_command(
    directory: Path,
    output_format: str,
    as_json: bool,
    summary: bool,
    output: Path | None,
    force: bool,
    check_ids: str | None,
    fail_on: str,
    include_accepted: bool,
    baseline: Path | None,
    consistency_scope: str | None,
    document_names: tuple[str, ...],
) -> None:
    """Check the segments of DIR and report the findings.

    Check ids, by family: terms (term-missing, term-forbidden, term-variant-mix),
    completeness (untranslated, same-as-source), numbers (number-mismatch), tags
    (tag-mismatch), literals (url-email, untranslated-fragment), consistency
    (inconsistent-target, inconsistent-source), lengths (length-ratio), typography
    (punctuation-end, quote-style, whitespace, spacing, unpaired, repeated-word,
    capitalisation), rules (custom-rule), spelling (spelling), stored (ocr-suspect,
    alignment-low-confidence). Each can be switched off or given another severity in
    project.toml ([checks.ID] enabled = false / severity = "info").

    Exit code: 0 when no finding at or above --fail-on, 1 when there is one, 2 when the
    command is refused (no such project, an unknown check id, a file that is no baseline).

    In CI, keep today's findings as a baseline (check DIR --format json --fail-on never
    -o baseline.json) and run check DIR --baseline baseline.json: only new findings fail.
    For a batch of deliveries, check DIR --summary counts the findings per document and check;
    where each document is another system's translation of one source, --consistency-scope
    document compares renderings within each, and --document NAME reports one system.
    """
    # Imported here so that `workbench --help` does not load every check family.
    from termbase.outputfile import refuse_unsafe_output
    from workbench.core.check_records import accepted_keys
    from workbench.core.checks import at_or_above, parse_check_ids
    from workbench.core.checks.baseline import new_findings, read_baseline
    from workbench.core.checks.project_checks import check_project
    from workbench.core.checks.report_html import html_chunks
    from workbench.core.checks.reports import (
        csv_chunks,
        document_summary,
        json_records,
        reviewed_with_errors,
        summary_csv_chunks,
    )
    output_format = _report_format(output_format, as_json=as_json, summary=summary)
    wanted = parse_check_ids(check_ids) if check_ids is not None else None
    if baseline is not None and output is not None and output.resolve() == baseline.resolve():
        # The report would hold the new findings only: the next build would fail on every old one.
        raise InputError.worded(N_("{path}: the baseline would be overwritten by the new findings alone; write the report to another file "
                                   "(a new baseline is written without --baseline)"), path=output)
    known = read_baseline(baseline) if baseline is not None else None  # before the checks: a wrong file is said at once
    with open_project(directory) as project:
        if output is not None:  # before the checks run: `--output DIR/project.db` destroyed it
            if project.keeps(output):
                raise InputError.worded(N_("{path}: is one of the project's own files; write the report to another file"), path=output)
            refuse_unsafe_output(output)
            refuse_existing(project, output, force=force)
        documents = project.document_names()
        chosen = _chosen_documents(documents, document_names)
        with terminal_progress("checking") as progress:
            # Both cores: the only other thread here is the progress bar's, which takes no lock the checks take.
            findings = check_project(project, wanted, progress=progress, include_accepted=include_accepted,
                                     workers=os.cpu_count() or 1, consistency_scope=consistency_scope)
        segments = project.segments()
        if chosen is not None:
            # Checked whole (a finding across documents needs them all), reported for these alone.
            segments = [segment for segment in segments if segment.document_id in chosen]
            kept = {segment.position for segment in segments}
            findings = [finding for finding in findings if finding.segment in kept]
            documents = {doc_id: name for doc_id, name in documents.items() if doc_id in chosen}
        units = project.unit_ids()
        codes = project.unit_codes()
        marks = accepted_keys(project) if include_accepted else None
        if known is not None:
            found = len(findings)
            findings = new_findings(findings, segments, documents, known)
            from workbench.tui.i18n import (  # stderr follows the interface language, as errors do
                ngettext,
                number,
            )

            left = found - len(findings)
            echo(ngettext("{count} finding of the baseline {path} left out", "{count} findings of the baseline {path} left out",
                          left).format(count=number(left), path=baseline), err=True)
        # Each report is written as it is made: built whole, 200,000 findings took 894 MB.
        chunks: Iterable[str] = ()
        table: Callable[[Console], None] | None = None
        if summary:
            rows = document_summary(findings, segments, documents)
            if output_format == "table":
                table = partial(print_summary, rows)
            else:
                chunks = _json_chunks(rows, to_file=output is not None) if output_format == "json" \
                    else summary_csv_chunks(rows)
        elif output_format == "table":
            table = partial(print_table, findings, segment_count=len(segments),
                            reviewed=reviewed_with_errors(findings, segments))
        elif output_format == "json":
            from workbench.core.ingest import tsv_line_numbers

            chunks = _json_chunks(json_records(findings, segments, documents, marks, units, codes,
                                               tsv_line_numbers(project)), to_file=output is not None)
        elif output_format == "csv":
            chunks = csv_chunks(findings, segments, documents, units, codes)
        else:
            chunks = html_chunks(
                findings,
                segments,
                title=project.config.name,
                source_lang=project.config.source_lang,
                target_lang=project.config.target_lang,
                documents=documents,
                units=units,
                codes=codes,
            )
    _write_report(table, chunks, output, escaped=output_format == "json")
    if output is not None:
        what = "a summary of " if summary else ""
        echo(f"wrote {what}{counted(len(findings), 'finding')} to {output}", err=True)  # stdout stays empty for scripts
    if fail_on != "never" and any(at_or_above(findings, fail_on)):
        sys.exit(EXIT_FINDINGS)


def _chosen_documents(documents: dict[int, str], names: tuple[str, ...]) -> set[int] | None:
    """The ids of the documents `--document` names (None: all); a name the project has not is refused."""
    if not names:
        return None
    unknown = [name for name in names if name not in documents.values()]
    if unknown:
        raise InputError.worded(N_("no document {names} in this project; its documents: {known}"),
                                names=", ".join(map(repr, unknown)), known=offered_names(list(documents.values()), unknown[0]))
    return {doc_id for doc_id, name in documents.items() if name in names}


def _report_format(output_format: str, *, as_json: bool, summary: bool) -> str:
    """The report's format, `--json` read as `--format json`; a combination that says two things is refused."""
    output_format = json_format(output_format, as_json=as_json)
    if summary and output_format == "html":
        raise InputError.worded(N_("--summary is written as a table, JSON or CSV, not HTML"))
    return output_format


def _write_report(table: Callable[[Console], None] | None, chunks: Iterable[str], output: Path | None, *,
                  escaped: bool) -> None:
    """The report to the terminal or to `output`: a table drawn by `table`, or the text `chunks`
    (made safe for a terminal unless `escaped` already: JSON's controls are escaped as it is made)."""
    from workbench.formats.base import atomic_output

    if table is not None:
        if output is None:
            table(console())
        else:
            with atomic_output(output) as fh:
                table(console(file=fh, width=80, no_color=True))
    elif output is None:
        emit_text(chunks if escaped else (safetext.visible(chunk) for chunk in chunks))
    else:
        with atomic_output(output) as fh:
            emit_text(chunks, fh)


def _json_chunks(records: Iterable[object], *, to_file: bool) -> Iterable[str]:
    """A JSON list as it is made: to a file as it is, to a terminal with controls escaped."""
    from workbench.core.checks.reports import json_list_chunks

    return chain(json_list_chunks(records), ["\n"]) if to_file else json_stdout_chunks(records)


_REVIEWED_SHOWN = 20
"""Reviewed segments with an error named by number in the report's head; the rest are counted."""


def print_table(findings: Sequence[Finding], out: Console, segment_count: int, reviewed: Sequence[int] = ()) -> None:
    """Findings grouped by check with counts, readable in an 80-column terminal.

    The overview is a Rich table (a line a check); the findings, which can number tens of
    thousands, go through the plain `grid`, row by row, in the same columns.
    """
    from rich.table import Table
    from rich.text import Text

    from workbench.cli.grid import Column, Grid, sgr
    from workbench.core.checks import REGISTRY
    from workbench.core.checks.reports import summary

    if not findings:
        out.print(f"No findings in {counted(segment_count, 'segment')}.")
        return
    totals = Counter(f.severity for f in findings)
    parts = [f"{totals[s]} {s}{'s' if totals[s] != 1 else ''}" for s in ("error", "warning", "info")
             if totals[s]]
    out.print(
        Text.assemble(
            (counted(len(findings), "finding"), "bold"), f" in {counted(segment_count, 'segment')}: ", ", ".join(parts)
        )
    )
    overview = Table(show_edge=False, box=None, pad_edge=False, header_style="bold")
    overview.add_column("check")
    overview.add_column("severity")
    overview.add_column("count", justify="right")
    overview.add_column("what it means", overflow="fold")
    for check, severity, count in summary(findings):
        spec = REGISTRY.get(check)
        overview.add_row(
            check, Text(severity, SEVERITY_STYLE[severity]), str(count), spec.summary if spec else ""
        )
    if reviewed:  # what `ctrl+r` in the editor says of one segment, said of them all
        shown = ", ".join(f"#{position}" for position in reviewed[:_REVIEWED_SHOWN])
        more = f" and {len(reviewed) - _REVIEWED_SHOWN} more" if len(reviewed) > _REVIEWED_SHOWN else ""
        out.print(Text(f"marked reviewed with an open error: {counted(len(reviewed), 'segment')} ({shown}{more})",
                       "bold red"))
    out.print(overview)
    severities = Column(width=7, styles={
        name: sgr(style, out.color_system if out.is_terminal and not out.no_color else None)
        for name, style in SEVERITY_STYLE.items()
    })
    # Wide enough for the largest number: Rich cut `#12345` to `#123…` in a fixed five cells.
    number = max(5, *(len(f"#{f.segment}") for f in findings))
    grid = Grid([Column(width=number, justify="right"), severities, Column()], out.width, box=None,
                coloured=out.is_terminal)
    for check, _, count in summary(findings):
        out.print()
        out.rule(Text(f"{check} ({count})", "bold"), align="left")
        emit_text(grid.lines((f"#{f.segment}", f.severity, f.message) for f in findings if f.check == check), out.file)


def print_summary(rows: Sequence[dict[str, Any]], out: Console) -> None:
    """`--summary` for people: a heading a document (its name, its segments), then a line a check.

    The document stands on its own line: beside the check's name, a system's file name
    ("sys.w24.Unbabel-Tower70B") pushed the table past 80 columns and folded the check ids.
    """
    from itertools import groupby

    from rich.table import Table
    from rich.text import Text

    if not rows:  # a project without segments has no document to head (its `max` was a traceback)
        out.print(f"No findings in {counted(0, 'segment')}.")
        return
    width = max(len(str(row["check"] or "no findings")) for row in rows)
    for document, group in groupby(rows, key=lambda row: (row["document"], row["segments"])):
        name, size = document
        out.print(Text.assemble((str(name), "bold"), f" ({counted(int(str(size)), 'segment')})"))
        table = Table(show_edge=False, box=None, pad_edge=False, show_header=False)
        table.add_column(min_width=width + 2, no_wrap=True)
        table.add_column(min_width=8, no_wrap=True)
        table.add_column(min_width=6, justify="right", no_wrap=True)
        table.add_column(min_width=14, justify="right", no_wrap=True)
        for row in group:
            severity = str(row["severity"] or "")
            table.add_row(f"  {row['check'] or 'no findings'}", Text(severity, SEVERITY_STYLE.get(severity, "")),
                          str(row["count"]), f"{row['per_1000']:.1f} per 1,000")
        out.print(table)


@check.command("accept")
@project_argument
@click.option("--segment", "position", type=POSITION,
              help="Segment position (1-based, as in the report).")
@click.option("--check", "check_id", metavar="ID", help="The check id.")
@click.option("--concept", help="Concept id, when the segment has findings for several "
                                "(a custom rule's finding: rule:ID).")
@click.option("--reason", help="Why this finding is a false positive.")
@click.option("--from", "from_file", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE",
              help="Accept again what `check accepted --format json` listed in another copy of the project "
                   "(a CI job's fresh one): each finding of the same document, check, concept and segment "
                   "texts, with its reason.")
def accept_command(
    directory: Path, position: int | None, check_id: str | None, concept: str | None, reason: str | None,
    from_file: Path | None,
) -> None:
    """Accept a finding as a false positive; it stays silent while the segment is unchanged.

    One finding: --segment N --check ID --reason TEXT. A list made elsewhere: --from FILE.
    """
    from workbench.core.checks.project_checks import accept_finding

    if from_file is not None:
        if position is not None or check_id is not None or concept is not None or reason is not None:
            raise InputError.worded(N_("--from takes no --segment, --check, --concept or --reason: the file gives them"))
        _accept_from(directory, from_file)
        return
    missing = [name for name, value in (("--segment", position), ("--check", check_id), ("--reason", reason))
               if value is None]
    if missing:
        raise InputError.worded(N_("missing {options}: accept one finding with --segment N --check ID --reason TEXT, "
                                   "or a list with --from FILE"), options=", ".join(missing))
    assert position is not None and check_id is not None and reason is not None
    with open_project(directory) as project:
        acceptance = accept_finding(project, position, check_id, reason, concept)
    what = f"{check_id} ({acceptance.concept})" if acceptance.concept else check_id
    echo(f"accepted {what} on segment {position}: {acceptance.reason}")


def _accept_from(directory: Path, from_file: Path) -> None:
    from workbench.core.checks.baseline import read_acceptances
    from workbench.core.checks.project_checks import take_acceptances

    listed = read_acceptances(from_file)  # before the project: a wrong file is said at once
    with open_project(directory) as project:
        taken = take_acceptances(project, listed)
    echo(f"accepted {counted(taken.taken, 'finding')} again from {from_file}"
         + (f"; {counted(taken.gone, 'acceptance')} matched no finding (fixed, or the pair changed)"
            if taken.gone else ""))


@check.command("revoke")
@project_argument
@click.option("--segment", "position", type=POSITION, required=True,
              help="Segment position (1-based).")
@click.option("--check", "check_id", required=True, metavar="ID", help="The check id.")
@click.option("--concept", help="Concept id of the acceptance, if it has one.")
def revoke_command(directory: Path, position: int, check_id: str, concept: str | None) -> None:
    """Forget an acceptance so that its finding is reported again."""
    from workbench.core.check_records import revoke_acceptance
    from workbench.core.checks import REGISTRY, parse_check_ids

    if check_id not in REGISTRY:
        parse_check_ids(check_id)  # raises the usual "unknown check" error
    with open_project(directory) as project:
        removed = revoke_acceptance(project, position, check_id, concept)
    if removed:
        echo(f"revoked the acceptance of {check_id} on segment {position}")
    else:
        echo(f"segment {position} had no accepted {check_id} finding")


@check.command("accepted")
@project_argument
@format_option
def accepted_command(directory: Path, output_format: str) -> None:
    """List the accepted findings with their reasons."""
    from rich.table import Table

    from workbench.core.check_records import list_acceptances, text_hash

    with open_project(directory) as project:
        segments = {s.id: s for s in project.segments()}
        documents = project.document_names()
        units = project.unit_ids()
        acceptances = list_acceptances(project)
    positions = {segment_id: s.position for segment_id, s in segments.items()}
    if output_format == "json":
        # The texts a finding is known by across copies (`check accept --from`, `--baseline`);
        # null where the acceptance no longer applies: its segment changed or is gone.
        records = []
        for a in acceptances:
            segment = segments.get(a.segment_id)
            applies = segment is not None and text_hash(segment.source, segment.target) == a.text_hash
            records.append({
                "segment": positions.get(a.segment_id),
                "check": a.check,
                "concept": a.concept,
                "reason": a.reason,
                "accepted_at": a.accepted_at,
                "applies": applies,
                "document": documents.get(segment.document_id) if segment is not None else None,
                "unit": units.get(a.segment_id),
                "source": segment.source if applies and segment is not None else None,
                "target": segment.target if applies and segment is not None else None,
            })
        emit_json(records)
        return
    if not acceptances:
        echo("No accepted findings.")
        return
    table = Table(show_edge=False, box=None, header_style="bold")
    for column in ("segment", "check", "concept", "reason"):
        table.add_column(column, overflow="fold")
    for a in acceptances:
        position = positions.get(a.segment_id)
        table.add_row("gone" if position is None else str(position), a.check, a.concept or "",
                      a.reason)
    console().print(table)


@check.command("settings")
@project_argument
@format_option
def settings_command(directory: Path, output_format: str) -> None:
    """List every check with its family, whether it is on, its severity (the default and the
    project's) and its options with their values, as project.toml sets them.

    Then the custom rules of rules.toml, each on or off and at its severity (`rule:ID`).
    Change one with `workbench check set DIR ID KEY VALUE`.
    """
    from workbench.core.checks.settings import check_settings, project_rules

    with open_project(directory) as project:
        settings = check_settings(project.read_config().checks, project_rules(project))
    if output_format == "json":
        emit_json(settings.to_json())
        return
    print_settings(settings, console())


@check.command("set")
@project_argument
@click.argument("target", metavar="ID")
@click.argument("key", metavar="KEY")
@click.argument("value", metavar="VALUE")
def set_command(directory: Path, target: str, key: str, value: str) -> None:
    """Set KEY of check ID (or of a family: typography, numbers, ...) to VALUE in project.toml,
    its comments and order kept.

    KEY is enabled (true or false), severity (error, warning or info) or one of the check's
    options (`check settings DIR` lists them with their allowed values); VALUE `default` removes
    the setting. ID `checks` sets the project's list_items (russian or source). ID `rule:RULE`
    sets one rule of rules.toml: enabled or severity, which wins over the rule's own and over the
    custom-rule check's (rules.toml is left as it is). A value no run would accept is refused in
    one line (exit 2) and nothing is written.
    """
    from workbench.core.checks.settings import DEFAULT, PROJECT_TABLE, set_check_setting

    with open_project(directory) as project:
        set_check_setting(project, target, key, value)
    where = "[checks]" if target == PROJECT_TABLE else f"[checks.{target}]"
    echo(f"{where} {key} = {value}" if value != DEFAULT else f"{where} {key}: back to the default")


def print_settings(settings: CheckSettings, out: Console) -> None:
    """`check settings` for people: a line a check (on or off, severity, options), then list_items."""
    from rich.table import Table
    from rich.text import Text

    table = Table(show_edge=False, box=None, pad_edge=False, header_style="bold")
    table.add_column("check", no_wrap=True)  # an id is one word to copy, never folded
    for column in ("family", "on", "severity", "options"):
        table.add_column(column, overflow="fold")
    for view in settings.checks:
        severity = Text(view.severity, SEVERITY_STYLE[view.severity])
        if view.project_severity is not None:
            severity.append(f" (default {view.default_severity})", "dim")
        options = ", ".join(f"{o.name}={o.value}" for o in view.options)
        table.add_row(view.id, view.family, "yes" if view.enabled else "no", severity, options)
    out.print(table)
    out.print(f"list_items = {settings.list_items}")
    if settings.rules:
        rules = Table(show_edge=False, box=None, pad_edge=False, header_style="bold")
        rules.add_column("rule", no_wrap=True)
        for column in ("on", "severity", "message"):
            rules.add_column(column, overflow="fold")
        for rule in settings.rules:
            severity = Text(rule.severity, SEVERITY_STYLE[rule.severity])
            if rule.severity != rule.own_severity:
                severity.append(f" (rules.toml {rule.own_severity})", "dim")
            rules.add_row(Text(rule.target), "yes" if rule.enabled else "no", severity, Text(rule.message))
        out.print(rules)
