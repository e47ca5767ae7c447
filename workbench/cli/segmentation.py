"""`workbench segmentation export DIR FILE` and `workbench segmentation import DIR FILE` (SRX 2.0)."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import echo, force_option, open_project, project_argument, refuse_existing


@click.group()
def segmentation() -> None:
    """Sentence segmentation rules as SRX 2.0, to share with CAT tools (OmegaT, Okapi, memoQ)."""


@segmentation.command("export")
@project_argument
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@force_option
def export_command(directory: Path, file: Path, force: bool) -> None:
    """Write the rules project DIR segments by to FILE as SRX 2.0.

    That is the SRX file read into the project, or else the built-in rules
    (abbreviations, initials, stops before a capital) for its two languages.
    """
    from workbench.core.ingest import export_srx

    with open_project(directory) as project:
        refuse_existing(project, file, force=force)
        imported = export_srx(project, file)
    what = "the project's SRX rules" if imported else "the built-in rules"
    echo(f"exported {what} to {file}")


@segmentation.command("import")
@project_argument
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def import_command(directory: Path, file: Path) -> None:
    """Read the SRX 2.0 file FILE into project DIR: documents imported from now on are split by it.

    OmegaT's default rules, for instance, make segments that match a memory made in OmegaT.
    """
    from workbench.core.ingest import import_srx

    with open_project(directory) as project:
        result = import_srx(project, file)
    echo(f"imported {result.rules} rules from {file.name}; they split {', '.join(result.languages)}")
