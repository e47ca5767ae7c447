"""Alignment commands: `align` (a project's documents) and `align-files` (two files, no project)."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import echo, emit_json, open_project, project_argument
from workbench.core.errors import InputError


@click.command()
@project_argument
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def align(directory: Path, as_json: bool) -> None:
    """Align the source and target sentences of every document in DIR.

    Beads a user confirmed or edited are kept as fixed points; only the
    stretches between them are aligned again.
    """
    from workbench.core.bitext import LOW_CONFIDENCE, align_project
    from workbench.core.terminology import project_concept_finder

    with open_project(directory) as project:
        summary = align_project(project, project_concept_finder(project))
    if as_json:
        emit_json(vars(summary))
        return
    types = ", ".join(f"{kind}: {count}" for kind, count in summary.types.items())
    echo(
        f"aligned {summary.documents} document(s): {summary.beads} beads ({types}); "
        f"{summary.kept} kept as confirmed; {summary.low_confidence} below confidence {LOW_CONFIDENCE}"
    )


@click.command("align-files")
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--source-lang", default="en", show_default=True)
@click.option("--target-lang", default="ru", show_default=True)
@click.option(
    "--presegmented",
    is_flag=True,
    help="One sentence a line, never split or merged; blank lines and <p> lines mark paragraphs.",
)
@click.option("--termbase", "termbase_file", type=click.Path(dir_okay=False, path_type=Path),
              help="A TBX or CSV termbase whose concept pairs anchor the alignment.")
@click.option("--encoding", help="Override encoding detection for both files.")
@click.option("--format", "output_format", type=click.Choice(["json", "tsv"]), default="json", show_default=True,
              help="json: [[source indices], [target indices]] beads; tsv: source<TAB>target<TAB>confidence.")
def align_files(
    source: Path,
    target: Path,
    source_lang: str,
    target_lang: str,
    presegmented: bool,
    termbase_file: Path | None,
    encoding: str | None,
    output_format: str,
) -> None:
    """Align two text files without a project and print the beads."""
    from workbench.core.alignment import align as align_sentences
    from workbench.core.languages import normalize_tag
    from workbench.core.terminology import file_concept_finder

    source_lang, target_lang = normalize_tag(source_lang), normalize_tag(target_lang)
    left = _read_sentences(source, source_lang, presegmented, encoding)
    right = _read_sentences(target, target_lang, presegmented, encoding)
    concepts = file_concept_finder(termbase_file, source_lang, target_lang) if termbase_file else None
    beads = align_sentences(left, right, source_lang=source_lang, target_lang=target_lang, concepts=concepts)
    if output_format == "json":
        emit_json([[list(b.source), list(b.target)] for b in beads])
        return
    for bead in beads:
        source_text = " ".join(left[i].text for i in bead.source)
        target_text = " ".join(right[i].text for i in bead.target)
        echo(f"{_tsv_cell(source_text)}\t{_tsv_cell(target_text)}\t{bead.confidence:.3f}")


def _read_sentences(path: Path, lang: str, presegmented: bool, encoding: str | None) -> list:  # type: ignore[type-arg]
    from workbench.core.alignment import Sentence
    from workbench.core.encoding import read_text_file
    from workbench.core.importing import prepare_side

    if not presegmented:
        return [Sentence(s.text, s.paragraph) for s in prepare_side(path, lang, encoding).sentences]
    sentences, paragraph = [], 0
    for line in read_text_file(path, encoding=encoding, lang=lang).text.split("\n"):
        text = line.strip()
        if not text or text.lower() == "<p>":
            paragraph += 1 if sentences else 0
            continue
        sentences.append(Sentence(text, paragraph))
    if not sentences:
        raise InputError(f"{path}: no sentences found")
    return sentences


def _tsv_cell(text: str) -> str:
    """TSV cells cannot hold tabs or newlines; sentences never should, but OCR is creative."""
    return " ".join(text.split())
