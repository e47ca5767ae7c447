"""Alignment commands: `align` (a project's documents) and `align-files` (two files, no project)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from workbench.cli.common import (
    counted,
    echo,
    emit_json,
    formats_option,
    open_project,
    project_argument,
    terminal_progress,
)
from workbench.errors import InputError
from workbench.wording import N_

if TYPE_CHECKING:
    from workbench.core.alignment import Sentence


@click.command()
@project_argument
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--no-semantic", is_flag=True,
              help="Align without reading sentence meaning (lengths, anchors and the word list only).")
def align(directory: Path, as_json: bool, no_semantic: bool) -> None:
    """Align the source and target sentences of every document in DIR.

    Pairs a user locked or edited are kept as fixed points; only the
    stretches between them are aligned again, and a pair found again (the
    same sentences on both sides) keeps its id, so TMX tuids stay stable.
    """
    from workbench.core.alignment import LOW_CONFIDENCE, align_project
    from workbench.core.terminology import project_concept_finder

    with open_project(directory) as project, terminal_progress("aligning") as progress:
        summary = align_project(
            project, project_concept_finder(project), progress, semantic=not no_semantic, workers=os.cpu_count() or 1
        )
    if as_json:
        emit_json(vars(summary))
        return
    types = ", ".join(f"{kind}: {count}" for kind, count in summary.types.items())
    echo(
        f"aligned {counted(summary.documents, 'document')}: {counted(summary.beads, 'bead')} ({types}); "
        f"{summary.kept} kept as locked; {summary.low_confidence} below confidence {LOW_CONFIDENCE}"
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
@formats_option(("json", "tsv"), "json: [[source indices], [target indices]] beads; tsv: source<TAB>target<TAB>confidence.")
@click.option("--no-semantic", is_flag=True,
              help="Align without reading sentence meaning (lengths, anchors and the word list only).")
def align_files(
    source: Path,
    target: Path,
    source_lang: str,
    target_lang: str,
    presegmented: bool,
    termbase_file: Path | None,
    encoding: str | None,
    output_format: str,
    no_semantic: bool,
) -> None:
    """Align two text files without a project and print the beads."""
    from workbench.core.alignment import Meaning, default_encoder
    from workbench.core.alignment import align as align_sentences
    from workbench.core.languages import normalize_tag
    from workbench.core.terminology import file_concept_finder

    source_lang, target_lang = normalize_tag(source_lang), normalize_tag(target_lang)
    left = _read_sentences(source, source_lang, presegmented, encoding)
    right = _read_sentences(target, target_lang, presegmented, encoding)
    concepts = file_concept_finder(termbase_file, source_lang, target_lang) if termbase_file else None
    encoder = None if no_semantic else default_encoder()
    beads = align_sentences(
        left,
        right,
        source_lang=source_lang,
        target_lang=target_lang,
        concepts=concepts,
        meaning=Meaning(encoder) if encoder is not None else None,
        workers=os.cpu_count() or 1,
    )
    if output_format == "json":
        emit_json([[list(b.source), list(b.target)] for b in beads])
        return
    for bead in beads:
        source_text = " ".join(left[i].text for i in bead.source)
        target_text = " ".join(right[i].text for i in bead.target)
        echo(f"{_tsv_cell(source_text)}\t{_tsv_cell(target_text)}\t{bead.confidence:.3f}")


def _read_sentences(
    path: Path, lang: str, presegmented: bool, encoding: str | None
) -> list[Sentence]:
    from workbench.core.alignment import Sentence
    from workbench.core.ingest import prepare_side, read_document
    from workbench.core.project import MAX_SEGMENT_CHARS

    if not presegmented:
        return [Sentence(s.text, s.paragraph) for s in prepare_side(path, lang, encoding).sentences]
    sentences: list[Sentence] = []
    paragraph = 0
    for number, line in enumerate(read_document(path, lang, encoding).text.split("\n"), start=1):
        text = line.strip()
        if not text or text.lower() == "<p>":
            paragraph += 1 if sentences else 0
            continue
        if len(text) > MAX_SEGMENT_CHARS:  # as an import's sentence is
            raise InputError.worded(N_("{path}, line {number}: {length} characters are too many for one sentence "
                                       "(at most {most})"), path=path, number=number,
                                    length=format(len(text), ","), most=format(MAX_SEGMENT_CHARS, ","))
        sentences.append(Sentence(text, paragraph))
    if not sentences:
        raise InputError.worded(N_("{path}: no sentences found"), path=path)
    return sentences


def _tsv_cell(text: str) -> str:
    """TSV cells cannot hold tabs or newlines; sentences never should, but OCR is creative."""
    return " ".join(text.split())


@click.command("lock-pairs")
@project_argument
@click.option("--above", "min_confidence", type=float, required=True,
              help="Lock every aligned pair with at least this confidence (0 to 1).")
@click.option("--json", "as_json", is_flag=True, help="Print the count as JSON.")
def lock_pairs(directory: Path, min_confidence: float, as_json: bool) -> None:
    """Lock every aligned pair of DIR at or above a confidence (one undo step).

    A locked pair is one a person has accepted as correctly aligned:
    re-alignment keeps it. Its translation status (draft, translated,
    reviewed) does not change.
    """
    from workbench.core.editing import lock_pairs_above

    with open_project(directory) as project:
        count = lock_pairs_above(project, min_confidence)
    if as_json:
        emit_json({"locked": count})
        return
    echo(f"locked {count} pair{'' if count == 1 else 's'} with confidence {min_confidence} or more")


@click.command("mark-translated")
@project_argument
@click.option("--json", "as_json", is_flag=True, help="Print the count as JSON.")
def mark_translated(directory: Path, as_json: bool) -> None:
    """Mark every aligned draft pair of DIR translated (one undo step).

    For a bitext that is already a finished translation: TMX and TSV exports
    take translated and reviewed segments, so these pairs go too. The pairs
    are locked as well, as confirming one in the editor does.
    """
    from workbench.core.editing import mark_aligned_drafts_translated

    with open_project(directory) as project:
        count = mark_aligned_drafts_translated(project)
    if as_json:
        emit_json({"marked": count})
        return
    echo(f"marked {count} aligned draft pair{'' if count == 1 else 's'} translated")


@click.command("mark-mt")
@project_argument
@click.argument("document")
@click.option("--json", "as_json", is_flag=True, help="Print the count as JSON.")
def mark_mt(directory: Path, document: str, as_json: bool) -> None:
    """Mark the drafts of DOCUMENT in DIR as machine translation (one undo step).

    For a client's machine translation imported without --machine-translation: its drafts then
    show as MT (`workbench segments DIR --mt`) until a person edits or confirms them. A draft
    without a target, one marked already and a confirmed segment are left as they are.
    """
    from workbench.core.editing import mark_machine_translated

    with open_project(directory) as project:
        count = mark_machine_translated(project, document)
    if as_json:
        emit_json({"document": document, "marked": count})
        return
    echo(f"marked {counted(count, 'draft')} of {document!r} as machine translation"
         + (" (one undo step)" if count else ""))
