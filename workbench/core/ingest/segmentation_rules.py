"""A project's segmentation rules: the built-in splitter, or an SRX file read into the project.

`workbench segmentation import DIR FILE` keeps a copy of an SRX 2.0 file as
`segmentation.srx` in the project; from then on, documents imported into
the project are split by its rules (where it has rules for the language),
so that new segments match a memory made with the same CAT tool. `export`
writes that file back, or the built-in rules as SRX when the project has
none.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.core.ingest.segmentation import split_sentences
from workbench.core.project import Project
from workbench.errors import InputError
from workbench.formats.srx import SrxSegmenter, builtin_srx, read_srx, write_srx

SRX_FILE = "segmentation.srx"

Splitter = Callable[[str], list[tuple[int, int]]]
"""Paragraph text -> sentence spans."""


@dataclass(frozen=True, slots=True)
class SrxImport:
    """What `import_srx` kept: how many rules, and for which of the project's languages."""

    rules: int
    languages: tuple[str, ...]
    """The project languages the file has rules for (the others keep the built-in splitter)."""


def import_srx(project: Project, file: Path) -> SrxImport:
    """Check `file` is SRX 2.0 whose rules compile, then keep a copy in the project."""
    rules = read_srx(file)
    langs = (project.config.source_lang, project.config.target_lang)
    covered = tuple(lang for lang in langs if rules.rules_for(lang))
    if not covered:
        raise InputError(f"{file}: has no rules for {langs[0]} or {langs[1]}")
    target = project.path / SRX_FILE
    partial = target.with_name(f".{SRX_FILE}.tmp")
    try:
        shutil.copyfile(file, partial)
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise InputError(f"{target}: cannot store the rules ({error.strerror or error})") from None
    return SrxImport(sum(len(r) for _, r in rules.languagerules), covered)


def export_srx(project: Project, path: Path) -> bool:
    """Write the project's rules to `path` as SRX 2.0; True if they came from an imported file."""
    if project.keeps(path) or Path(path).absolute() == (project.path / SRX_FILE).absolute():
        raise InputError(f"{path}: is one of the project's own files; export to another file")
    own = project.path / SRX_FILE
    if own.is_file():
        write_srx(path, read_srx(own))
        return True
    write_srx(path, builtin_srx((project.config.source_lang, project.config.target_lang)))
    return False


def splitter_for(project_path: Path, lang: str) -> Splitter:
    """How paragraphs in `lang` are split in this project: its SRX rules, or the built-in splitter."""
    own = project_path / SRX_FILE
    if own.is_file():
        segmenter = SrxSegmenter(read_srx(own), lang)
        if segmenter.rules:
            return segmenter.split
    return lambda text: split_sentences(text, lang)
