"""Termbase interchange formats and the registry that picks one by file extension.

`read_termbase_file(path)` and `write_termbase_file(concepts, path)` are what
callers use; `.tbx` reads TBX-Basic 2019 and MARTIF alike and writes the
version asked for, `.csv` and `.tsv` are glossary tables (see
`termbase.formats.delimited` for the columns).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from termbase.errors import N_, TermbaseError
from termbase.formats.base import TermbaseFormat
from termbase.formats.delimited import DelimitedFormat
from termbase.formats.tbx import TbxFormat
from termbase.model import Concept

__all__ = [
    "FORMATS",
    "DelimitedFormat",
    "TbxFormat",
    "TermbaseFormat",
    "format_for",
    "read_termbase_file",
    "stream_termbase_file",
    "write_termbase_file",
]

FORMATS: dict[str, TermbaseFormat] = {
    fmt.extensions[0]: fmt for fmt in (TbxFormat(), DelimitedFormat(","), DelimitedFormat("\t"))
}
"""Extension (with the dot, lower case) -> format."""


def format_for(path: Path | str, *, tbx_version: str = "2019") -> TermbaseFormat:
    """The format for a file name, by extension (TermbaseError when unknown)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".tbx":
        return TbxFormat(tbx_version)
    fmt = FORMATS.get(suffix)
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise TermbaseError.worded(N_("{name}: unknown termbase format {suffix} (use {known})"), name=Path(path).name, suffix=suffix or '(none)', known=known)
    return fmt


def read_termbase_file(path: Path | str, notes: list[str] | None = None) -> list[Concept]:
    """Concepts from a TBX, CSV or TSV file; what was skipped goes to `notes` when given."""
    return format_for(path).read(path, notes)


def stream_termbase_file(path: Path | str, notes: list[str] | None = None) -> Iterator[Concept]:
    """Concepts from a TBX, CSV or TSV file, one at a time (for large imports); what was
    skipped goes to `notes` when given, once the file is read."""
    return format_for(path).stream(path, notes)


def write_termbase_file(
    concepts: Sequence[Concept],
    path: Path | str,
    *,
    source_lang: str | None = None,
    tbx_version: str = "2019",
) -> None:
    """Write concepts in the format the extension names (TBX 2019 or 2 for `.tbx`)."""
    format_for(path, tbx_version=tbx_version).write(concepts, path, source_lang=source_lang)
