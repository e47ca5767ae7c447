"""Tab-separated bitext: one `source<TAB>target` pair per line, UTF-8.

The simplest format every spreadsheet and script understands. A segment can
contain tabs and line breaks, so inside the text four characters are written
as backslash escapes and read back the same way:

=============  ==========
character      written as
=============  ==========
backslash      ``\\\\``
tab            ``\\t``
line feed      ``\\n``
carriage ret.  ``\\r``
=============  ==========

Any other backslash sequence is read as it stands (``C:\\data`` stays
``C:\\data``), so hand-made files without escapes mostly read right. There is
no header line and no quoting; a line with more than one raw tab is an error
naming the line, because guessing which tab separates the languages would
silently corrupt the pair. Empty lines are skipped (a pair of empty texts is
still one tab); a line without a tab is a source with an empty target. Reading takes UTF-8 (with or without a BOM).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from workbench.errors import InputError
from workbench.formats.base import BitextFormat, TranslationUnit, WriteReport, atomic_output
from workbench.wording import N_, phrase

_ESCAPE = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_UNESCAPE_RE = re.compile(r"\\([\\tnr])")
_UNESCAPE = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def escape_field(text: str) -> str:
    """One field as it is written in the file (no raw tab or line break left)."""
    return text.translate(_ESCAPE)


def unescape_field(text: str) -> str:
    """The inverse of `escape_field`; unknown backslash sequences stay as they are."""
    if "\\" not in text:
        return text
    return _UNESCAPE_RE.sub(lambda m: _UNESCAPE[m.group(1)], text)


def parse_line(line: str, path: object, number: int) -> tuple[str, str] | None:
    """One line of a TSV bitext as (source, target), None for a blank line.

    `path` and the line `number` name the place for the error message. Shared by
    the streaming reader and the project import, which decodes legacy
    encodings first.
    """
    line = line.removesuffix("\r")
    if not line:
        return None
    fields = line.split("\t")
    if len(fields) > 2:
        raise InputError.worded(N_("{where}: {count} tab-separated fields, expected source<TAB>target (write a tab inside text as \\t)"), where=phrase(N_("{path}, line {line}"), path=path, line=number), count=len(fields))
    return unescape_field(fields[0]), unescape_field(fields[1]) if len(fields) == 2 else ""


def read_tsv(path: Path | str, source_lang: str, target_lang: str) -> Iterator[TranslationUnit]:
    """Stream the pairs of a TSV bitext, one unit per non-blank line."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="\n") as fh:
            for number, line in enumerate(fh, start=1):
                pair = parse_line(line.rstrip("\n"), path, number)
                if pair is not None:
                    yield TranslationUnit(
                        source=pair[0],
                        target=pair[1],
                        source_lang=source_lang,
                        target_lang=target_lang,
                        tuid=str(number),
                    )
    except UnicodeDecodeError as exc:
        raise InputError.worded(N_("{path}: not UTF-8 text (byte {start}); save it as UTF-8"), path=path, start=exc.start) from None
    except FileNotFoundError:
        raise InputError.worded(N_("{path}: no such file"), path=path) from None


def write_tsv(
    path: Path | str,
    units: Iterable[TranslationUnit],
    *,
    source_lang: str = "",
    target_lang: str = "",
) -> WriteReport:
    """Write one escaped `source<TAB>target` line per unit (languages are not recorded)."""
    path = Path(path)
    count = 0
    with atomic_output(path) as fh:
        for unit in units:
            fh.write(f"{escape_field(unit.source)}\t{escape_field(unit.target)}\n")
            count += 1
    return WriteReport(path=path, units=count)


class TsvFormat(BitextFormat):
    """`source<TAB>target` lines with backslash escapes."""

    name = "tsv"
    extensions = (".tsv", ".tab")

    def read(self, path: Path, source_lang: str, target_lang: str) -> Iterator[TranslationUnit]:
        return read_tsv(path, source_lang, target_lang)

    def write(
        self,
        path: Path,
        units: Iterable[TranslationUnit],
        *,
        source_lang: str,
        target_lang: str,
    ) -> WriteReport:
        return write_tsv(path, units, source_lang=source_lang, target_lang=target_lang)
