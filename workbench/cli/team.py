"""`workbench team init|status|sync|import|resolve`: the team server of shared projects.

Thin commands over `workbench.core.team.server` and `workbench.core.team.session`.
A refused login is one line and exit code 2, like any other bad input; a
server that cannot be reached is not an error of the user's: `status` and
`sync` say so and exit with code 1 (the writes stay queued).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from workbench.cli.common import (
    POSITION,
    counted,
    echo,
    emit_json,
    format_option,
    open_project,
    project_argument,
    said_memory_import,
)
from workbench.errors import InputError

if TYPE_CHECKING:
    from workbench.core.project import Project
    from workbench.core.team import TeamMemory
from workbench.wording import N_


@click.group()
def team() -> None:
    """Team projects: a shared memory and termbase on a PostgreSQL server."""


@team.command("init")
@click.argument("database", metavar="URL")
@format_option
def init_command(database: str, output_format: str) -> None:
    """Create or upgrade the workbench schema in the PostgreSQL database URL.

    URL is a postgresql:// URL, key=value pairs or a libpq service name; the
    password comes from ~/.pgpass, the service file or PGPASSWORD. Running it
    again on an initialised database changes nothing.
    """
    from workbench.core.team import describe, init_server

    applied = init_server(database)
    if output_format == "json":
        emit_json({"database": describe(database), "applied": applied})
        return
    if applied:
        echo(f"{describe(database)}: applied {', '.join(applied)}")
    else:
        echo(f"{describe(database)}: already up to date")


@team.command("status")
@project_argument
@format_option
def status_command(directory: Path, output_format: str) -> None:
    """Show project DIR's team server: the connection, the queue, conflicts and the counts.

    The folder line is this folder's identity: the server keeps one unit per
    segment of each folder, so only copies of this folder share its units.

    Exit code 1 when the server cannot be reached (the local cache is used).
    """
    from workbench.core.team import TeamMemory

    with open_project(directory) as project, TeamMemory.for_project(project) as memory:
        counts, schema = memory.server_counts()
        state = memory.state()
        conflicts = memory.conflicts()
        held = memory.held_segments()
        settings = memory.settings
    if output_format == "json":
        emit_json(
            {
                "database": settings.display,
                "project_memory": settings.project,
                "member": settings.member,
                "folder": settings.folder,
                "online": state.online,
                "busy": state.busy,
                "detail": state.detail,
                "schema": schema,
                "queued": state.queued,
                "conflicts": [c.message for c in conflicts],
                "segment_conflicts": [
                    {"segment": h.segment_id, "yours": h.mine["target"], "theirs": h.theirs, "by": h.changed_by, "at": h.changed_at} for h in held
                ],
                "server": counts,
            }
        )
    else:
        echo(f"server:     {settings.display} ({'connected' if state.online else 'too busy' if state.busy else 'unreachable'})")
        if state.detail:
            echo(f"            {state.detail}")
        echo(f"member:     {settings.member}; project memory {settings.project!r}")
        echo(f"folder:     {settings.folder} (shared by copies of this folder only)")
        echo(f"queued:     {state.queued} write{'s' if state.queued != 1 else ''}")
        if counts is not None:
            echo(f"schema:     {schema[-1] if schema else '-'}")
            echo(
                f"server has: {counts['units']:,} units in {counted(counts['memories'], 'memory', 'memories')} "
                f"({counts['project_units']:,} of this project, {counts['folder_units']:,} of this folder), {counts['concepts']:,} concepts"
            )
        for conflict in conflicts:
            echo(f"conflict:   {conflict.message}")
        if conflicts:
            echo(f"            resolve each with: workbench team resolve {directory} CONCEPT --keep mine|theirs")
        for segment in held:
            echo(f"conflict:   {segment.message}")
        if held:
            echo(f"            resolve each with: workbench team resolve {directory} --segment N --keep mine|theirs")
    if not state.online:
        sys.exit(1)


@team.command("sync")
@project_argument
@format_option
def sync_command(directory: Path, output_format: str) -> None:
    """Send project DIR's queued and changed segments, concepts, verdicts and comments to the server;
    take its concepts, the team's verdicts and comments, and the segments teammates confirmed in
    copies of DIR (into the segments DIR has not changed since) into DIR.

    Exit code 1 when the server cannot be reached (nothing is lost: the
    writes stay queued) or while a concept edit conflicts with someone else's
    (found now or by an earlier sync, until `team resolve`).
    """
    from workbench.core.editing import UnitsTaken, take_units
    from workbench.core.team import TeamMemory

    with open_project(directory) as project, TeamMemory.for_project(project) as memory:
        report = memory.sync(project)
        found, taken = memory.team_units(), UnitsTaken()
        if found is not None:  # the translations teammates confirmed, into DIR's untouched segments
            taken = take_units(project, found[0], {held.segment_id for held in memory.held_segments()},
                               memory.units_seen())
            memory.units_taken(found[1], taken.seen)
        state = memory.state()
        held_concepts, held_segments = memory.conflicts(), memory.held_segments()
    if output_format == "json":
        emit_json(
            {
                "online": report.online,
                "sent": report.sent,
                "queued": report.queued,
                "pulled": report.pulled,
                "reviews": {"verdicts": report.reviews.verdicts, "comments": report.reviews.comments,
                            "unplaced": report.reviews.unplaced},
                "taken": {"segments": len(taken.segment_ids), "from": list(taken.members)},
                "conflicts": list(report.conflicts),
                "unresolved": list(report.unresolved),
                "detail": state.detail,
            }
        )
    else:
        if report.online:
            echo(f"sent {counted(report.sent, 'write')}, took {counted(report.pulled, 'concept')}, "
                 f"{counted(report.reviews.verdicts, 'verdict')} and {counted(report.reviews.comments, 'comment')}; "
                 f"{report.queued} still queued")
            if report.reviews.unplaced:
                echo(f"{counted(report.reviews.unplaced, 'review')} of sentences this copy does not hold (another segmentation "
                     "or document) left out")
            if taken.segment_ids:
                echo(f"took {counted(len(taken.segment_ids), 'segment')} confirmed by "
                     f"{', '.join(taken.members)} into this copy (one undo step)")
        else:
            echo(f"offline: {report.queued} writes queued ({state.detail})")
        for message in report.unresolved:
            echo(f"conflict: {message}", err=True)
        if held_concepts:
            echo(f"resolve each with: workbench team resolve {directory} CONCEPT --keep mine|theirs", err=True)
        if held_segments:
            echo(f"resolve each with: workbench team resolve {directory} --segment N --keep mine|theirs", err=True)
    if not report.online or report.unresolved:
        sys.exit(1)


@team.command("import")
@project_argument
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", help="Memory name (default: the file name). The same name replaces that memory.")
def import_command(directory: Path, file: Path, name: str | None) -> None:
    """Import FILE (TMX, or a TSV bitext) into the shared memory on project DIR's team server."""
    from workbench.core.team import TeamMemory

    with open_project(directory) as project, TeamMemory.for_project(project) as memory:
        report = memory.import_file(file, name=name)
        languages = (project.config.source_lang, project.config.target_lang)
    echo(said_memory_import(report, file, languages, into="shared "))


@team.command("resolve")
@project_argument
@click.argument("concept", required=False)
@click.option("--segment", "segment_id", type=POSITION, help="Resolve a conflict on this segment instead of a concept.")
@click.option("--keep", type=click.Choice(["mine", "theirs"]), required=True, help="Whose version stays.")
def resolve_command(directory: Path, concept: str | None, segment_id: int | None, keep: str) -> None:
    """End a conflict on CONCEPT (or on a segment, --segment N) in project DIR: keep yours (sent on top of theirs) or theirs.

    Keeping theirs for a segment puts their translation in your segment, as an edit `ctrl+z` undoes.
    """
    from workbench.core.team import TeamMemory

    if (concept is None) == (segment_id is None):
        raise InputError.worded(N_("name a CONCEPT or --segment N, not both"))
    with open_project(directory) as project, TeamMemory.for_project(project) as memory:
        if segment_id is not None:
            _resolve_segment(project, memory, segment_id, keep)
            return
        assert concept is not None
        memory.resolve(concept, keep)
        remaining = memory.conflicts()
    echo(f"concept {concept}: kept {keep}" + (f"; {len(remaining)} conflicts left" if remaining else ""))
    if keep == "mine" and any(c.concept_id == concept for c in remaining):
        raise InputError.worded(N_("concept {concept} changed again on the server meanwhile; see workbench team status"), concept=concept)


def _resolve_segment(project: Project, memory: TeamMemory, segment_id: int, keep: str) -> None:
    """Keep my translation (sent again over theirs) or theirs (written into my segment and confirmed)."""
    from workbench.core.editing import confirm, set_target

    held = memory.resolve_segment(segment_id, keep)
    if keep == "theirs":
        set_target(project, segment_id, held.theirs)
        confirm(project, segment_id)
        memory.sync_project(project)
    echo(f"segment {segment_id}: kept {keep}")
    if keep == "mine" and any(h.segment_id == segment_id for h in memory.held_segments()):
        raise InputError.worded(N_("segment {segment_id} changed again on the server meanwhile; see workbench team status"),
                                segment_id=segment_id)
