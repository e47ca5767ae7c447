"""A file imported as a new document that is really a new version of one the project holds.

`workbench import --update` (and the palette's "update a document") replaces a document's
segments by a revised source or a vendor's re-delivery, keeping translations, comments and
history. Imported without it, the same file silently became a second document: every pair
twice, the work split between two copies. The import is not refused (a second copy may be
wanted: a parallel version, a test), but it says which document the file repeats and how to
update it instead.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass
from pathlib import Path

from termbase import safetext
from workbench.core.project import Project
from workbench.wording import Wording, phrase

SAMPLE = 2000
"""How many of the new document's distinct sources are looked up: enough to tell a repeat from
a shared sentence, few enough that a million-pair TSV costs one pass over the segments."""
MIN_CHARS = 12
"""Sources shorter than this ("OK", "Cancel", "Chapter 2") recur across unrelated files."""
SHARE = 0.5
"""The share of the sample found in one other document that makes the file a version of it: a
revision that changes half its sentences still repeats the other half."""


@dataclass(frozen=True, slots=True)
class EarlierVersion:
    """The document a new import repeats, and how much of it."""

    name: str
    share: float

    def notice(self, project: Path, file: Path, kind: str, translation: Path | None = None) -> Wording:
        """The line that says so, with the command that updates the document (to copy); `translation`
        is the second file of a `lines` document."""
        option = {"text": "--source", "tsv": "--tsv", "tmx": "--tmx", "xliff": "--xliff", "lines": "--lines"}[kind]
        files = [str(file), *([str(translation)] if translation else [])]
        command = shlex.join(["workbench", "import", str(project), option, *files, "--update", self.name])
        return phrase(
            "{share} of its segments are in the document {name!r} already: if the file is a new version of it, "
            "`{command}` (or “project: update a document from a new version” in the workbench) updates that "
            "document and keeps its translations",
            share=f"{self.share:.0%}", name=self.name, command=safetext.clean(command),
        )

def earlier_version(project: Project, document_id: int, kind: str) -> EarlierVersion | None:
    """The other document of the same kind holding the most of `document_id`'s sources, when
    it holds at least `SHARE` of them (`SAMPLE` distinct sources of `MIN_CHARS` or more)."""
    conn = project.conn
    sample = [row[0] for row in conn.execute(
        "select distinct source from segments where document_id = ? and length(trim(source)) >= ? limit ?",
        [document_id, MIN_CHARS, SAMPLE],
    )]
    if not sample:
        return None
    row = conn.execute(
        "select d.name, count(distinct s.source) as found from segments s join documents d on d.id = s.document_id "
        "where s.document_id != ? and d.kind = ? and s.source in (select value from json_each(?)) "
        "group by s.document_id order by found desc, d.seq desc limit 1",
        [document_id, kind, json.dumps(sample)],
    ).fetchone()
    if row is None or row[1] / len(sample) < SHARE:
        return None
    return EarlierVersion(str(row[0]), row[1] / len(sample))
