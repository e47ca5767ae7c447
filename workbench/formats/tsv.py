"""Tab-separated bitext: one `source<TAB>target[<TAB>notes]` pair per line, UTF-8.

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
no header line and no quoting. An optional third field holds the unit's
notes (a project export writes its segment comments there, so they travel
with the pair into a spreadsheet and back), one note a line (``\\n``-separated;
a line break inside a note is written as a space). A line with more than two raw tabs is an error naming the
line, because guessing which tab separates the languages would silently
corrupt the pair. Empty lines are skipped (a pair of empty texts is
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


TsvLine = tuple[str, str, tuple[str, ...]]
"""One line of a TSV bitext: source, target and the third field's notes (one per line of
it; none when the line has two fields). A plain tuple: a NamedTuple's `__new__` doubled
the cost of parsing a line, which a million-line file feels."""


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each line of `text` starts and ends (split at "\\n", as `str.split`): the project
    import parses its lines where they stand, since a list of them, or even one line copied,
    is another copy of a text of one 104 MB line (hardening, round 33)."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield start, end
        start = end + 1
    yield start, len(text)


def parse_line(line: str, path: object, number: int, start: int = 0, end: int | None = None) -> TsvLine | None:
    """One line of a TSV bitext, `line[start:end]` (all of it by default), None for a blank line.

    `path` and the line `number` name the place for the error message. Shared by
    the streaming reader and the project import, which decodes legacy
    encodings first and passes its whole text with the line's span.
    """
    end = len(line) if end is None else end
    if end > start and line[end - 1] == "\r":
        end -= 1
    if start == end:
        return None
    short = end - start <= _SHORT_LINE
    fields = line[start:end].split("\t") if short else []
    count = len(fields) if short else line.count("\t", start, end) + 1
    if count > 3:
        raise InputError.worded(N_("{where}: {count} tab-separated fields, expected source<TAB>target[<TAB>notes] (write a tab inside text as \\t)"), where=phrase(N_("{path}, line {line}"), path=path, line=number), count=count)
    if not short:
        fields = _fields(line, start, end)
    if count == 2:  # the common case first: a million-line file pays little for the notes field
        return unescape_field(fields[0]), unescape_field(fields[1]), ()
    if count == 1:
        return unescape_field(fields[0]), "", ()
    notes = tuple(n for n in unescape_field(fields[2]).split("\n") if n.strip())
    return unescape_field(fields[0]), unescape_field(fields[1]), notes


_SHORT_LINE = 1 << 16
"""Up to this many characters a line is copied and split (the fast way for a million lines);
a longer one is split where it stands."""


def _fields(line: str, start: int, end: int) -> list[str]:
    """The tab-separated fields of `line[start:end]`, each copied once, the line not at all."""
    fields: list[str] = []
    while (tab := line.find("\t", start, end)) >= 0:
        fields.append(line[start:tab])
        start = tab + 1
    fields.append(line[start:end])
    return fields


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
                        notes=pair[2],
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
    """Write one escaped `source<TAB>target` line per unit, `<TAB>notes` after it when the
    unit has notes (languages are not recorded)."""
    path = Path(path)
    count = 0
    with atomic_output(path) as fh:
        for unit in units:
            # one note a line: a line break inside a note becomes a space
            notes = "\t" + escape_field("\n".join(" ".join(n.split()) for n in unit.notes)) if unit.notes else ""
            fh.write(f"{escape_field(unit.source)}\t{escape_field(unit.target)}{notes}\n")
            count += 1
    return WriteReport(path=path, units=count)


class TsvFormat(BitextFormat):
    """`source<TAB>target[<TAB>notes]` lines with backslash escapes."""

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
