"""`workbench pretranslate DIR [--min 100] [--format table|json]`.

A thin face over `workbench.core.editing.pretranslation`.
"""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import (
    counted,
    echo,
    emit_json,
    format_option,
    open_project,
    project_argument,
)


@click.command("pretranslate")
@project_argument
@click.option(
    "--min",
    "min_score",
    type=int,
    default=100,
    show_default=True,
    help="Lowest match score to fill a target with (100: exact matches only; 50-99 adds fuzzy ones).",
)
@format_option
def pretranslate_command(directory: Path, min_score: int, output_format: str) -> None:
    """Fill the empty targets of DIR from the translation memory.

    Each segment with an empty target gets the target of its best memory
    match if it scores at least --min. Filled segments stay drafts and are
    marked with the score (TM 100, TM 87) in the grid until confirmed; the
    whole pre-translation is one undo step in the editor.
    """
    from workbench.core.editing import pretranslate
    from workbench.core.team import open_memory

    with open_project(directory) as project, open_memory(project) as memory:
        memory.sync_project(project)
        report = pretranslate(project, memory, min_score=min_score)
    if output_format == "json":
        emit_json(
            {
                "min_score": report.min_score,
                "empty": report.empty,
                "filled": len(report.fills),
                "exact": report.exact,
                "fuzzy": report.fuzzy,
                "segments": [
                    {"segment": f.position, "id": f.segment_id, "score": f.score, "memory": f.memory,
                     "source": f.source, "target": f.target}
                    for f in report.fills
                ],
            }
        )
        return
    echo(
        f"filled {counted(len(report.fills), 'target')} of {counted(report.empty, 'empty segment')} "
        f"({report.exact} exact, {report.fuzzy} fuzzy, --min {report.min_score}); they stay drafts to review"
    )
    for fill in report.fills:
        echo(f"  #{fill.position}  {fill.score}%  {fill.memory}: {fill.target}")
