"""Which format handles a file, decided by its extension.

Adding a format is one class in its own module plus one line here.
"""

from __future__ import annotations

from pathlib import Path

from workbench.errors import InputError
from workbench.formats.base import BitextFormat, ExportFormat
from workbench.formats.text import TextFormat
from workbench.formats.tmx import TmxFormat
from workbench.formats.tsv import TsvFormat
from workbench.wording import N_

FORMATS: tuple[ExportFormat, ...] = (TmxFormat(), TsvFormat(), TextFormat())
"""Every format workbench knows, in the order they are offered to people."""


def format_named(name: str) -> ExportFormat:
    """The format called `name` (`tmx`, `tsv`, `text`)."""
    for fmt in FORMATS:
        if fmt.name == name:
            return fmt
    known = ", ".join(f.name for f in FORMATS)
    raise InputError.worded(N_("unknown format {name!r} (known: {known})"), name=name, known=known)


def format_for(path: Path | str) -> ExportFormat:
    """The format whose extension `path` has, or InputError naming the known ones."""
    suffix = Path(path).suffix.lower()
    for fmt in FORMATS:
        if suffix in fmt.extensions:
            return fmt
    known = ", ".join(ext for f in FORMATS for ext in f.extensions)
    raise InputError.worded(N_("{path}: unknown file type {suffix} (known: {known})"), path=path, suffix=suffix or '(no extension)', known=known)


def reader_for(path: Path | str) -> BitextFormat:
    """The format that can read `path` back as translation units."""
    fmt = format_for(path)
    if not isinstance(fmt, BitextFormat):
        readable = ", ".join(ext for f in FORMATS if isinstance(f, BitextFormat) for ext in f.extensions)
        raise InputError.worded(N_("{path}: {name} files cannot be read as translation units (readable: {readable})"), path=path, name=fmt.name, readable=readable)
    return fmt
