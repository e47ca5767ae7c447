"""Open comments in the findings view, and a client's file notes in the editor, as kinds of their own.

A comment is not computed by a check (a person wrote it, and it lives with the
project: `workbench.core.project.comments`), but the findings view lists it
beside the findings, so the translator meets it where they meet the rest. A
note the client's XLIFF gave a unit ("product name: do not translate") is kept
on its segment at import (`xliff-note`) and shown the same way in the editor.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.checks.base import Finding
from workbench.core.project import Comment, Segment
from workbench.wording import N_

COMMENT_CHECK = "comment"
"""The kind the findings view lists open comments under (not a check: nothing computes it)."""

NOTE_CHECK = "xliff-note"
"""The kind a unit's notes are stored under at import (`workbench.core.ingest.importing`)."""

KIND_NAMES = {COMMENT_CHECK: N_("comment"), NOTE_CHECK: N_("client's note")}
"""What the two kinds are called beside the checks' names (`CheckSpec.name`), as msgids."""


def comment_findings(comments: dict[int, list[Comment]], segments: Sequence[Segment]) -> list[Finding]:
    """Open comments as findings of their own kind (`comment`), in project order, for the findings view."""
    result: list[Finding] = []
    for position, segment in enumerate(segments, start=1):
        for comment in comments.get(segment.id, ()):
            if comment.open:
                result.append(
                    Finding(position, COMMENT_CHECK, "info", f"{comment.author}: {comment.text}",
                            segment_id=segment.id)
                )
    return result


def note_findings(segment: Segment, position: int) -> list[Finding]:
    """The notes the client's file gave `segment` (at `position`), for the editor's findings panel.

    Stored with the segment at import, they were reported by no check run, so the translator
    never saw the client's instructions while translating the unit they were written for.
    """
    return [Finding(position, NOTE_CHECK, "info", stored.message, segment_id=segment.id)
            for stored in segment.findings if stored.check == NOTE_CHECK]
