"""`workbench replace`, `workbench comment ...` and `workbench reject`, and the filter options of `workbench segments`.

Thin faces over `core.search_replace`, `core.comments` and `core.segment_filter`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from workbench.cli.common import (
    ROW_ID,
    console,
    counted,
    echo,
    emit_json,
    emit_text,
    format_option,
    json_object_stdout_chunks,
    open_project,
    project_argument,
)
from workbench.errors import InputError
from workbench.wording import N_

if TYPE_CHECKING:  # `--help` loads neither the filters' morphology nor rich (issue 18)
    from workbench.core.navigation import FilterContext, SegmentFilter
    from workbench.core.project import Project

F = TypeVar("F", bound=Callable[..., Any])


# -- the filter options of `segments` -------------------------------------------------------


def filter_options(command: F) -> F:
    """The options that narrow `workbench segments` to some segments (all must hold)."""
    options = [
        click.option("--status", "statuses", multiple=True, help="Only this status (draft, translated, reviewed); repeatable."),
        click.option("--check", "checks", multiple=True,
                     help="Only segments with a finding of this check id (runs the checks; `comment`: open comments); repeatable."),
        click.option("--severity", "severities", multiple=True, type=click.Choice(["error", "warning", "info"]),
                     help="Only segments with a finding of this severity (runs the checks); repeatable."),
        click.option("--text", help="Only segments containing this text."),
        click.option("--regex", is_flag=True, help="--text is a regular expression."),
        click.option("--forms", is_flag=True, help="--text matches its words in any inflected form (клуб: клубов, клубах)."),
        click.option("--side", type=click.Choice(["source", "target", "both"]), default="both", show_default=True,
                     help="Where --text is looked for."),
        click.option("--case", "case_sensitive", is_flag=True, help="--text is case-sensitive."),
        click.option("--term", "concept", help="Only segments where this concept (id) occurs, in any form."),
        click.option("--confidence-below", type=float, help="Only aligned segments whose confidence is below this."),
        click.option("--comments", type=click.Choice(["open", "any"]), help="Only segments with open (or any) comments."),
        click.option("--rejected", is_flag=True, help="Only segments a reviewer sent back (workbench reject) and not confirmed again."),
        click.option("--mt", "machine", is_flag=True,
                     help="Only machine translations nobody has edited or confirmed yet (an XLIFF's mt-suggestion targets)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def filter_from_options(options: dict[str, Any]) -> SegmentFilter:
    """The filter the options describe (bad combinations: one clear line, exit 2)."""
    from workbench.core.navigation import SegmentFilter, TextQuery, statuses_from

    text = options.get("text")
    if (options.get("regex") or options.get("forms")) and not text:
        raise InputError.worded(N_("--regex and --forms need --text"))
    if options.get("regex") and options.get("forms"):
        raise InputError.worded(N_("--regex and --forms exclude each other"))
    mode = "regex" if options.get("regex") else "forms" if options.get("forms") else "plain"
    return SegmentFilter(
        statuses=statuses_from(options.get("statuses") or ()),
        checks=frozenset(options.get("checks") or ()),
        severities=frozenset(options.get("severities") or ()),
        text=TextQuery(text, options.get("side") or "both", mode, bool(options.get("case_sensitive")))  # type: ignore[arg-type]
        if text else None,
        concept=options.get("concept"),
        confidence_below=options.get("confidence_below"),
        comments=options.get("comments"),
        rejected=bool(options.get("rejected")),
        machine=bool(options.get("machine")),
    )


def filter_context(project: Project, flt: SegmentFilter) -> FilterContext:
    """What the filter needs from the project, computed only when it needs it (checks are slow)."""
    from workbench.core.navigation import FilterContext
    from workbench.core.project import all_comments, rejected_segments

    findings_of = None
    if flt.checks - {"comment"} or flt.severities:
        from workbench.core.checks.project_checks import check_project

        by_segment: dict[int, list[tuple[str, str]]] = {}
        for finding in check_project(project):
            if finding.segment_id is not None:
                by_segment.setdefault(finding.segment_id, []).append((finding.check, finding.severity))
        findings_of = lambda segment: by_segment.get(segment.id, ())  # noqa: E731
    comments = {sid: any(c.open for c in items) for sid, items in all_comments(project).items()}
    concepts: list[Any] = []
    if flt.concept is not None:
        from workbench.core.terminology import project_concepts

        concepts = project_concepts(project)
    return FilterContext(project.config.source_lang, project.config.target_lang, findings_of, comments, concepts,
                         rejected_segments(project) if flt.rejected else frozenset())


# -- replace -------------------------------------------------------------------------------


@click.command("replace")
@project_argument
@click.argument("find")
@click.argument("replacement")
@click.option("--regex", is_flag=True, help="FIND is a regular expression; REPLACEMENT may use \\1 for its groups.")
@click.option("--forms", is_flag=True,
              help="FIND matches its words in any inflected form, and each match gets REPLACEMENT in the same case and number.")
@click.option("--whole-word", is_flag=True, help="Only whole words match.")
@click.option("--case", "case_sensitive", is_flag=True, help="Case-sensitive.")
@click.option("--dry-run", is_flag=True, help="Show every change and write nothing.")
@click.option("--form", "chosen_forms", multiple=True, metavar="N=TEXT",
              help="Put TEXT in place of match N (numbered in the listing) instead of the proposed form; repeatable.")
@format_option
def replace_command(
    directory: Path, find: str, replacement: str, regex: bool, forms: bool, whole_word: bool,
    case_sensitive: bool, dry_run: bool, chosen_forms: tuple[str, ...], output_format: str,
) -> None:
    """Replace FIND by REPLACEMENT in every target of project DIR (one undo step).

    Every change is listed (the preview), each match numbered with the forms
    it may take; with --dry-run nothing is written. --form N=TEXT overrides
    the form proposed for match N (say, the dative a preposition asks for).
    `workbench` undo (the TUI's edit: undo) takes the whole replace back.
    """
    from workbench.core.editing import ReplaceQuery, apply_replace, choose_forms, plan_replace

    if regex and forms:
        raise InputError.worded(N_("--regex and --forms exclude each other"))
    chosen = _chosen_forms(chosen_forms)
    query = ReplaceQuery(find, replacement, "regex" if regex else "forms" if forms else "plain", whole_word, case_sensitive)
    with open_project(directory) as project:
        changes = choose_forms(plan_replace(project, query), chosen)
        written = 0 if dry_run else apply_replace(project, changes)
    if output_format == "json":
        head = {"dry_run": dry_run, "segments": len(changes),
                "replacements": sum(len(c.replacements) for c in changes), "written": written}
        emit_text(json_object_stdout_chunks(head, "changes", (_change_json(c, numbers) for c, numbers in _numbered(changes))))
        return
    if not changes:
        echo("nothing to replace: no target would change")
        return
    _print_listing(changes)
    for change, match_numbers in _numbered(changes):
        for number, r in zip(match_numbers, change.replacements):
            if len(r.choices) > 1:
                echo(f"match {number} (segment {change.position}): {r.found} → {r.replacement}; "
                     f"other forms: {', '.join(r.choices[1:])} (--form {number}=TEXT)")
    count = sum(len(c.replacements) for c in changes)
    if dry_run:
        echo(f"would replace {counted(count, 'match', 'matches')} in {counted(len(changes), 'segment')} (dry run: nothing written)")
    else:
        echo(f"replaced {counted(count, 'match', 'matches')} in {counted(written, 'segment')} (one undo step)")


MATCH_NUMBER_MOST = 10**9
"""Past any listing's match numbers: a larger N is refused like a word."""


def _chosen_forms(given: tuple[str, ...]) -> dict[int, str]:
    """`--form N=TEXT` options as {match number: text}; anything else is a clear usage error."""
    from workbench.core.navigation import QUOTED_AT_MOST, typed_whole_number

    chosen: dict[int, str] = {}
    for item in given:
        number, equals, text = item.partition("=")
        match = typed_whole_number(number.strip(), MATCH_NUMBER_MOST)
        if not equals or match is None or not 1 <= match <= MATCH_NUMBER_MOST or not text.strip():
            raise InputError.worded(
                N_("--form takes N=TEXT (a match number from the listing and the text to put there), not {item!r}"),
                item=item[:QUOTED_AT_MOST],
            )
        chosen[match] = text
    return chosen


def _numbered(changes: list[Any]) -> Iterator[tuple[Any, range]]:
    """Each change with the numbers of its matches, counted across the plan from 1 (what --form names)."""
    first = 1
    for change in changes:
        yield change, range(first, first + len(change.replacements))
        first += len(change.replacements)


def _change_json(change: Any, match_numbers: range) -> dict[str, Any]:
    return {
        "segment": change.position,
        "id": change.segment_id,
        "before": change.before,
        "after": change.after,
        "replacements": [
            {"number": number, "start": r.start, "end": r.end, "found": r.found, "replacement": r.replacement,
             "form": r.form, "alternatives": list(r.alternatives), "choices": list(r.choices)}
            for number, r in zip(match_numbers, change.replacements)
        ],
    }


LISTING_ROWS_AT_ONCE = 200
"""Rows of the preview drawn as one table: Rich lays a table out whole, so the listing of a
replace over 100,000 targets was one table of 100,000 rows held with every line it drew
(500 MB, hardening round 33); it is drawn this many rows at a time, each part as wide as the
terminal so the parts line up."""


def _print_listing(changes: list[Any]) -> None:
    """Every change, its matches struck out before and the replacements marked after."""
    from rich.table import Column, Table
    from rich.text import Text

    out = console(highlight=False)
    number_width = len(str(max(change.position for change in changes)))
    for first in range(0, len(changes), LISTING_ROWS_AT_ONCE):
        part = changes[first:first + LISTING_ROWS_AT_ONCE]
        table = Table(Column("#", min_width=number_width, no_wrap=True), Column("before", ratio=1),
                      Column("after", ratio=1), show_lines=True, expand=len(changes) > LISTING_ROWS_AT_ONCE)
        for change in part:
            before, after = Text(change.before), Text(change.after)
            shift = 0
            for r in change.replacements:
                before.stylize("red strike", r.start, r.end)
                after.stylize("bold green", r.start + shift, r.start + shift + len(r.replacement))
                shift += len(r.replacement) - (r.end - r.start)
            table.add_row(str(change.position), before, after)
        out.print(table)


# -- comments --------------------------------------------------------------------------------


@click.group("comment")
def comment() -> None:
    """Comments on segments: an editor's note, open until the translator resolves it."""


def _segment_id(project: Project, position: int) -> int:
    segments = project.segments()
    if not 1 <= position <= len(segments):
        raise InputError.worded(N_("there is no segment {position}: the project has {count}"), position=position, count=len(segments))
    return segments[position - 1].id


@comment.command("add")
@project_argument
@click.argument("segment", type=int)
@click.argument("text")
@click.option("--author", help="Who writes it (default: `user` in project.toml, else the team member, else the login name).")
def comment_add(directory: Path, segment: int, text: str, author: str | None) -> None:
    """Write TEXT as a comment on segment number SEGMENT (as `segments` numbers them)."""
    from workbench.core.project import add_comment

    with open_project(directory) as project:
        made = add_comment(project, _segment_id(project, segment), text, author)
    echo(f"comment {made.id} on segment {segment}")


@comment.command("resolve")
@project_argument
@click.argument("comment_id", type=ROW_ID)
@click.option("--reopen", is_flag=True, help="Open a resolved comment again.")
@click.option("--by", help="Who resolves it (default: the login name).")
def comment_resolve(directory: Path, comment_id: int, reopen: bool, by: str | None) -> None:
    """Mark comment COMMENT_ID resolved (or open again)."""
    from workbench.core.project import resolve_comment

    with open_project(directory) as project:
        done = resolve_comment(project, comment_id, by, reopen=reopen)
    echo(f"comment {done.id} {'open' if done.open else 'resolved'}")


@click.command("reject")
@project_argument
@click.argument("segment", type=int)
@click.argument("reason", required=False, default="")
@click.option("--by", help="Who sends it back (default: the project's user, in a team project its member).")
@click.option("--withdraw", is_flag=True, help="Take a standing rejection of SEGMENT back.")
def reject_command(directory: Path, segment: int, reason: str, by: str | None, withdraw: bool) -> None:
    """Send segment number SEGMENT back to its translator, REASON as a comment; it shows as
    rejected until it is confirmed again. In a team project `team sync` takes it to every copy."""
    from workbench.core.project import reject
    from workbench.core.project import withdraw as withdraw_rejection

    with open_project(directory) as project:
        segment_id = _segment_id(project, segment)
        if withdraw:
            if reason.strip():
                raise InputError.worded(N_("--withdraw takes no REASON"))
            if not withdraw_rejection(project, segment_id):
                raise InputError.worded(N_("segment {segment} is not rejected"), segment=segment)
            echo(f"segment {segment}: rejection withdrawn")
            return
        verdict, made = reject(project, segment_id, reason, by)
    echo(f"segment {segment}: rejected by {verdict.by}" + (f" (comment {made.id})" if made else ""))


@comment.command("list")
@project_argument
@click.option("--open", "open_only", is_flag=True, help="Only open comments.")
@format_option
def comment_list(directory: Path, open_only: bool, output_format: str) -> None:
    """Every comment of project DIR, in project order."""
    from workbench.core.project import all_comments

    with open_project(directory) as project:
        by_segment = all_comments(project, open_only=open_only)
        rows = [
            (s.position, c) for s in project.segments() for c in by_segment.get(s.id, ())
        ]
    if output_format == "json":
        emit_json([
            {"id": c.id, "segment": position, "segment_id": c.segment_id, "author": c.author, "text": c.text,
             "created_at": c.created_at, "resolved_at": c.resolved_at, "resolved_by": c.resolved_by, "open": c.open}
            for position, c in rows
        ])
        return
    if not rows:
        echo("no comments")
        return
    from rich.table import Table
    from rich.text import Text

    table = Table("id", "#", "author", "comment", "state", show_lines=False)
    for position, c in rows:
        table.add_row(str(c.id), str(position), Text(c.author), Text(c.text), "open" if c.open else "resolved")
    console(highlight=False).print(table)
