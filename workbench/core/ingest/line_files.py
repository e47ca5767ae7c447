"""Two line-aligned plain files: line N of the English is line N of the Russian.

Clients and MT systems hand a bitext over this way (a test set's `sources/en-ru.txt` beside a
system's output, a Moses or OPUS corpus, subtitles saved as text). Read as books, each side was
cleaned, split into sentences and aligned again, which is slow and wrong wherever a line holds
two sentences on one side and one on the other. Here the file's line order is the alignment:
the files are decoded as any plain file is (terminal control removed: text is data), with no OCR
cleanup, no sentence splitting and no aligner, and two files whose line counts differ are
refused (one line, nothing saved), since every pair after the first missing line would be wrong.

**Blank lines are kept** as pairs of their own (empty on both sides, or on one): segment N stays
line N, so the line a client names ("line 512 is wrong") is segment 512, a new version of the
two files is matched pair by pair, and the Russian is written back line for line, blank lines
where they were. A pair with no source has nothing to translate: no bitext export takes it, and
`status` does not count it as waiting for a translation.

The pairs are stored as a document of kind `lines` with both files kept in `sources/`; their
confidence is left empty, as for any pair the aligner did not make, and the kind says that
the file's line order paired them. `export_lines` writes the targets back in line order with
the line ends of the Russian file as it was imported, so that an unchanged file comes back
byte for byte (in UTF-8; a BOM is not written back).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workbench.core.ingest.encoding import DecodedText, read_text_file
from workbench.core.ingest.importing import ImportReport, import_pairs
from workbench.core.offered_names import offered_names
from workbench.core.project import Project
from workbench.errors import InputError
from workbench.formats.base import WriteReport, atomic_output
from workbench.wording import N_

KIND = "lines"
"""The kind of a document imported from two line-aligned files (`documents.kind`)."""


@dataclass(frozen=True)
class LinePairs:
    """Two line-aligned files as read, their line counts found equal."""

    source: DecodedText
    target: DecodedText

    def pairs(self) -> Iterator[tuple[str, str]]:
        """(source line, target line), in file order; streamed, so the texts are not copied twice."""
        return zip(file_lines(self.source.text), file_lines(self.target.text))


def file_lines(text: str) -> Iterator[str]:
    """The lines of a decoded text (line ends already "\\n"): a final line end ends the last
    line rather than starting an empty one, as editors and `wc -l` count them."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    if start < len(text):
        yield text[start:]


def line_count(text: str) -> int:
    """How many lines `file_lines` gives, counted without making them."""
    return text.count("\n") + (not text.endswith("\n"))


def read_line_pairs(source: Path, target: Path, encoding: str | None = None, *,
                    source_lang: str | None = None, target_lang: str | None = None) -> LinePairs:
    """Decode both files (encoding detected as for any plain file, unless `encoding` names one)
    and refuse them when their line counts differ; nothing is written."""
    source_text = read_text_file(source, encoding=encoding, lang=source_lang)
    target_text = read_text_file(target, encoding=encoding, lang=target_lang)
    source_lines, target_lines = line_count(source_text.text), line_count(target_text.text)
    if source_lines != target_lines:
        raise InputError.worded(
            N_("{source} has {source_lines} lines and {target} has {target_lines}: line-aligned files have one "
               "line for each line of the other (nothing was imported)"),
            source=source, source_lines=format(source_lines, ","), target=target, target_lines=format(target_lines, ","),
        )
    return LinePairs(source_text, target_text)


def document_name(source: Path, source_lang: str) -> str:
    """The document's name: the English file's, without a language suffix (`news.en.txt` -> `news`)."""
    return source.stem.removesuffix(f".{source_lang}")


def import_lines(project: Project, source: Path, target: Path, encoding: str | None = None, *,
                 machine: bool = False) -> ImportReport:
    """Import two line-aligned files as one document whose segment N is line N of both (see the module)."""
    config = project.config
    read = read_line_pairs(source, target, encoding, source_lang=config.source_lang, target_lang=config.target_lang)
    return import_pairs(
        project, source, read.pairs(), kind=KIND, machine=machine, translation=target,
        encodings=(read.source.encoding, read.target.encoding), name=document_name(source, config.source_lang),
    )


@dataclass(frozen=True, slots=True)
class LineExport(WriteReport):
    """What `export_lines` wrote, and what it had to change to keep line N on line N."""

    joined: int = 0
    """Lines whose target held a line break (typed in the editor), written with a space instead."""


def export_lines(project: Project, path: Path, document: str | None = None) -> LineExport:
    """Write the targets of a `lines` document to `path`, line N the target of line N, with the
    line ends the Russian file had when it was imported (or last updated), in UTF-8.

    A line split into two segments in the editor is written as one line again (its segments
    hold places N <= seq < N + 1), and a line merged into the one before comes out blank, so
    the file keeps its line count and line N stays line N.
    """
    if project.keeps(path):
        raise InputError.worded(N_("{path}: is one of the project's own files; export to another file"), path=path)
    document_id, stored, encoding = _line_document(project, document)
    kept = _kept_translation(project, stored, encoding)
    lines = line_count(kept.text)
    texts: list[list[str]] = [[] for _ in range(lines)]
    for seq, target in project.conn.execute(
        "select seq, target from segments where document_id = ? order by seq, id", [document_id]
    ):
        texts[min(max(int(seq), 0), lines - 1)].append(target or "")
    joined = 0
    newline = kept.newline
    with atomic_output(path) as out:
        for number, parts in enumerate(texts):
            line = " ".join(part for part in parts if part)
            if "\n" in line or "\r" in line:
                joined += 1
                line = " ".join(line.splitlines())
            out.write(line)
            if number < lines - 1 or kept.text.endswith("\n"):
                out.write(newline)
    return LineExport(path=path, units=lines, joined=joined)


def _line_document(project: Project, name: str | None) -> tuple[int, str, str | None]:
    """The id, kept Russian file and its encoding of the `lines` document `name`, or of the only one."""
    rows = project.conn.execute(
        "select id, name, target_file, target_encoding from documents where kind = ? order by seq", [KIND]
    ).fetchall()
    if name is not None:
        rows = [row for row in rows if row[1] == name]
    if len(rows) != 1:
        names = [str(row[1]) for row in rows]
        if name is not None:
            raise InputError.worded(N_("the project has no document named {name!r} imported from line-aligned files"),
                                    name=name)
        if not names:
            raise InputError.worded(N_("the project has no document imported from line-aligned files (import --lines)"))
        raise InputError.worded(N_("the project has {count} documents imported from line-aligned files ({names}); "
                                   "name one: --document NAME"), count=len(names), names=offered_names(names))
    return int(rows[0][0]), str(rows[0][2]), rows[0][3]


def _kept_translation(project: Project, stored: str, encoding: str | None) -> DecodedText:
    """The Russian file's copy in `sources/`, read as its import read it: its line count and
    line ends are the export's. Refused when the stored name leads out of `sources/`."""
    kept = project.path / stored
    try:
        inside = kept.resolve().is_relative_to(project.sources_dir.resolve())
    except (OSError, RuntimeError, ValueError):
        inside = False
    if not inside:
        raise InputError.worded(N_("the translation of this document is kept at {file}, outside the project's "
                                   "sources/ folder; not read"), file=kept)
    return read_text_file(kept, encoding=encoding)
