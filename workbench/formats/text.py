"""Plain text: the translated document, paragraphs restored (export only).

Units arrive in document order. Consecutive units that share a paragraph
(the same `x-document` and `x-paragraph` properties) are joined with one
space; paragraphs are separated by one blank line. A unit without a
paragraph property is a paragraph of its own. Units with an empty target are
left out: the file is the translation, not a list of gaps. Line breaks inside
a target are written as they are. Reading plain text is the import pipeline's
job (`workbench import`), so this format only writes.

A unit's notes (a project export passes its segment comments) become
endnotes, as a word processor's would: a mark `[N]` right after the unit's
text, and after the document a line `---` and one `[N] note` line each, so
the comments travel with the translated document without breaking its
paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from workbench.formats.base import (
    PROP_DOCUMENT,
    PROP_PARAGRAPH,
    ExportFormat,
    TranslationUnit,
    WriteReport,
    atomic_output,
)


def write_text(
    path: Path | str,
    units: Iterable[TranslationUnit],
    *,
    source_lang: str = "",
    target_lang: str = "",
) -> WriteReport:
    """Write the targets of `units` as paragraphs of UTF-8 text; returns units written."""
    path = Path(path)
    count = 0
    current: tuple[str | None, str | None] | None = None
    endnotes: list[str] = []
    with atomic_output(path) as fh:
        for unit in units:
            text = unit.target.strip()
            if not text:
                continue
            paragraph = unit.prop(PROP_PARAGRAPH)
            key = (unit.prop(PROP_DOCUMENT), paragraph)
            if current is not None:
                fh.write(" " if paragraph is not None and key == current else "\n\n")
            fh.write(text)
            for note in unit.notes:
                endnotes.append(f"[{len(endnotes) + 1}] {note.strip()}")
                fh.write(f"[{len(endnotes)}]")
            current = key
            count += 1
        if count:
            fh.write("\n")
        if endnotes:
            fh.write("\n---\n" + "\n".join(endnotes) + "\n")
    return WriteReport(path=path, units=count)


class TextFormat(ExportFormat):
    """The target document as plain text."""

    name = "text"
    extensions = (".txt",)

    def write(
        self,
        path: Path,
        units: Iterable[TranslationUnit],
        *,
        source_lang: str,
        target_lang: str,
    ) -> WriteReport:
        return write_text(path, units, source_lang=source_lang, target_lang=target_lang)
