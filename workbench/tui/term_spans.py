"""A segment's source terms as the editor draws them, read on the checking thread.

The source view styles each term's span (found or missing) and the term panel counts the
missing ones. A word 100,000 concepts share gives 100,000 term checks: reading them twice more
on the drawing thread, after the checking thread had made them, held a move onto that segment
(hardening, round 21). The checking thread reads them once into this, and the drawing thread
draws from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class TermSpans:
    """Each distinct span of a source term the translation renders (`found`) or misses
    (`missing`), in source order, and how many of the term checks miss (`missing_count`)."""

    found: tuple[Span, ...] = ()
    missing: tuple[Span, ...] = ()
    missing_count: int = 0


def term_spans(terms: Any) -> TermSpans:
    """`terms` (a `SegmentTerms`) read once: its `source` checks' spans, each once."""
    found: dict[Span, None] = {}
    missing: dict[Span, None] = {}
    count = 0
    for check in terms.source:
        if check.missing:
            count += 1
            missing[check.source.span] = None
        else:
            found[check.source.span] = None
    return TermSpans(tuple(found), tuple(missing), count)
