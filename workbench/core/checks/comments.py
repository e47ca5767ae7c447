"""Open comments in the findings view, as a kind of their own.

A comment is not computed by a check (a person wrote it, and it lives with the
project: `workbench.core.project.comments`), but the findings view lists it
beside the findings, so the translator meets it where they meet the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.checks.base import Finding
from workbench.core.project import Comment, Segment

COMMENT_CHECK = "comment"
"""The kind the findings view lists open comments under (not a check: nothing computes it)."""


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
