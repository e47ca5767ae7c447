"""The line of its TSV file each segment came from, for a report that names it.

A TSV delivery names its pairs by nothing but their lines: a QA lead's report of a batch of
systems' files said `unit: null` for every finding (user days, session 39), where the vendor
finds the pair by its line. The import keeps the file verbatim in `sources/` and stores its
pairs in file order (`seq` is the pair's place among the file's non-blank lines), so the line
is read back from the copy when a report is made rather than stored for every segment.

A segment is given a line only while that line still holds its source text: a segment split
since (a `seq` between two pairs), or a document updated from another version, is named by
no line rather than by a wrong one.
"""

from __future__ import annotations

from termbase import safetext
from workbench.core.project import Project
from workbench.errors import InputError
from workbench.formats.tsv import line_spans, parse_line


def tsv_line_numbers(project: Project, document_id: int | None = None, *, most_bytes: int | None = None) -> dict[int, int]:
    """The 1-based line of its TSV file for each segment (by segment id) of the project's TSV
    documents (or of the one `document_id`) whose stored copy still holds the segment's source there.

    `most_bytes` leaves out a copy larger than that: a face that reads it while a person waits
    (the TUI's finding detail) must not stall on a million-line file (about 0.1 s a MB)."""
    lines: dict[int, int] = {}
    query = "select id, source_file from documents where kind = 'tsv'"
    documents = project.conn.execute(query + (" and id = ?" if document_id is not None else ""),
                                     [] if document_id is None else [document_id]).fetchall()
    for document_id, source_file in documents:
        pairs = _pair_lines(project, str(source_file or ""), most_bytes)
        if not pairs:
            continue
        rows = project.conn.execute("select id, seq, source from segments where document_id = ?", [document_id])
        for segment_id, seq, source in rows:
            index = int(seq)
            if index == seq and 0 <= index < len(pairs) and source in pairs[index][1:]:
                lines[int(segment_id)] = pairs[index][0]
    return lines


def _pair_lines(project: Project, source_file: str, most_bytes: int | None) -> list[tuple[int, str, str]]:
    """(line, source as read, source cleaned as an import may store it) of each pair of a stored TSV copy, in file order, as the import
    counted them; none when the copy is gone or no longer reads."""
    path = project.path / source_file
    if not source_file or not path.is_file() or most_bytes is not None and path.stat().st_size > most_bytes:
        return []
    # Encoding detection loads charset_normalizer, ftfy and wordfreq: only a project with a
    # stored TSV copy pays for them (`check --format json` asks every project).
    from workbench.core.ingest.encoding import read_text_file

    try:
        text = read_text_file(path).text
        pairs: list[tuple[int, str, str]] = []
        for number, (start, end) in enumerate(line_spans(text), start=1):
            pair = parse_line(text, path, number, start, end)
            if pair is not None and (pair[0].strip() or pair[1].strip()):
                pairs.append((number, pair[0], safetext.clean(pair[0])))
    except (InputError, OSError):  # a copy changed by hand since: its lines name nothing
        return []
    return pairs
