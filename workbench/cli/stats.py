"""`workbench stats DIR [--format table|json|csv] [--no-analysis]`.

A thin face over `workbench.core.stats.analysis`: counts per status and document, and
the translation-memory analysis in CAT bands.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from workbench.cli.common import (
    console,
    echo,
    emit_json,
    formats_option,
    open_project,
    project_argument,
)

if TYPE_CHECKING:  # `--help` loads neither the memory nor rich (issue 18)
    from workbench.core.stats import Analysis, Counts, ProjectStatistics

COLUMNS = ("segments", "words", "characters", "characters_with_spaces", "target_words")


@click.command("stats")
@project_argument
@formats_option(("table", "json", "csv"), "table for people, json for scripts, csv for spreadsheets.")
@click.option("--no-analysis", is_flag=True, help="Only the counts; skip the translation-memory analysis.")
def stats_command(directory: Path, output_format: str, no_analysis: bool) -> None:
    """Words, characters and segments of DIR per status and per document, and a
    translation-memory analysis in bands (repetitions, 100%, 95-99, 85-94, 75-84,
    50-74, no match) against the project memory and the shared memories (the
    team server's memory in a team project).

    Words are counted by a stated rule (see README, "Statistics and analysis"):
    hyphenated words and apostrophes join, dashes, slashes and tags separate,
    numbers count.
    """
    from workbench.core.stats import analyse, project_statistics
    from workbench.core.team import open_memory

    analysis: Analysis | None = None
    with open_project(directory) as project:
        statistics = project_statistics(project)
        if not no_analysis:
            with open_memory(project) as memory:
                memory.sync_project(project)
                names = tuple(m.name for m in memory.memories())
                # Both cores: no other thread here takes a lock the search takes.
                analysis = analyse(project, memory, memories=names, workers=os.cpu_count() or 1,
                                   statistics=statistics)
    if output_format == "json":
        emit_json(to_json(statistics, analysis))
    elif output_format == "csv":
        echo(to_csv(statistics, analysis), nl=False)
    else:
        _print_tables(statistics, analysis)


def to_json(statistics: ProjectStatistics, analysis: Analysis | None) -> dict[str, Any]:
    """The report as JSON: totals, per status, the rejected ones among them, per document, and the
    analysis bands."""
    from workbench.core.stats import BANDS

    result: dict[str, Any] = {
        "word_count_rule": "hyphen and apostrophe join; dash, slash, punctuation, space and tags separate; numbers count",
        "total": statistics.total.as_dict(),
        "by_status": {status: counts.as_dict() for status, counts in statistics.by_status.items()},
        "rejected": statistics.rejected.as_dict(),
        "documents": [
            {
                "name": d.name,
                **d.total.as_dict(),
                "by_status": {status: counts.as_dict() for status, counts in d.by_status.items()},
            }
            for d in statistics.documents
        ],
    }
    if analysis is not None:
        result["analysis"] = {
            "memories": list(analysis.memories),
            "bands": [{"band": b.id, "label": b.label, **analysis.bands[b.id].as_dict()} for b in BANDS],
            "documents": [
                {"name": name, "bands": [{"band": b.id, **bands[b.id].as_dict()} for b in BANDS]}
                for name, bands in analysis.documents
            ],
        }
    return result


def to_csv(statistics: ProjectStatistics, analysis: Analysis | None) -> str:
    """One row per (scope, document, group): scope `status`, `verdict` (the rejected segments,
    counted under their status too) or `analysis`, document `*` for the project."""
    from workbench.core.checks.reports import safe_cell
    from workbench.core.stats import BANDS

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["scope", "document", "group", *COLUMNS])

    def row(scope: str, document: str, group: str, counts: Counts) -> None:
        values = counts.as_dict()
        writer.writerow([safe_cell(scope), safe_cell(document), safe_cell(group), *(values[c] for c in COLUMNS)])

    for status, counts in statistics.by_status.items():
        row("status", "*", status, counts)
    row("status", "*", "total", statistics.total)
    row("verdict", "*", "rejected", statistics.rejected)
    for document in statistics.documents:
        for status, counts in document.by_status.items():
            row("status", document.name, status, counts)
        row("status", document.name, "total", document.total)
    if analysis is not None:
        for band in BANDS:
            row("analysis", "*", band.id, analysis.bands[band.id])
        row("analysis", "*", "total", analysis.total)
        for name, bands in analysis.documents:
            for band in BANDS:
                row("analysis", name, band.id, bands[band.id])
    return buffer.getvalue()


def _print_tables(statistics: ProjectStatistics, analysis: Analysis | None) -> None:
    from rich.table import Table

    from workbench.core.stats import BANDS

    out = console()
    table = Table(title="By status", title_justify="left", header_style="bold")
    for name in ("status", "segments", "words", "characters", "target words"):
        table.add_column(name, justify="left" if name == "status" else "right")
    for status, counts in statistics.by_status.items():
        table.add_row(status, *_numbers(counts))
    table.add_row("total", *_numbers(statistics.total), style="bold")
    if statistics.rejected.segments:  # counted under their status above: the work still owed
        table.add_row("of which rejected", *_numbers(statistics.rejected), style="red")
    out.print(table)
    if len(statistics.documents) > 1:
        documents = Table(title="By document", title_justify="left", header_style="bold")
        for name in ("document", "segments", "words", "characters", "target words"):
            documents.add_column(name, justify="left" if name == "document" else "right", overflow="fold")
        for document in statistics.documents:
            documents.add_row(document.name, *_numbers(document.total))
        out.print(documents)
    if analysis is None:
        return
    bands = Table(
        title=f"Memory analysis (against: {', '.join(analysis.memories) or 'no memory'})",
        title_justify="left",
        header_style="bold",
    )
    for name in ("band", "segments", "words", "characters", "share of words"):
        bands.add_column(name, justify="left" if name == "band" else "right")
    total_words = analysis.total.words or 1
    for band in BANDS:
        counts = analysis.bands[band.id]
        bands.add_row(band.label, *_numbers(counts)[:3], f"{100 * counts.words / total_words:.1f}%")
    bands.add_row("total", *_numbers(analysis.total)[:3], "", style="bold")
    out.print(bands)


def _numbers(counts: Counts) -> list[str]:
    return [f"{counts.segments:,}", f"{counts.words:,}", f"{counts.characters:,}", f"{counts.target_words:,}"]
