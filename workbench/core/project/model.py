"""Domain values of a project: segments and the findings stored with them.

They are frozen: an edit makes a new value and goes through `editing`, which
commits it to the database at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MAX_SEGMENT_CHARS = 50_000
"""The longest text one side of a segment or memory unit may hold: some 8,000
words, far beyond any sentence. Checks, alignment, the editor and fuzzy lookup
work unit by unit; a TSV line, a TMX unit or a text without sentence
punctuation holding megabytes would stall them all."""


class SegmentStatus(StrEnum):
    """Where a segment stands in the workflow.

    `draft` is anything not yet confirmed (an empty target, an unreviewed
    aligned pair); a translator's confirmation makes it `translated`, an
    editor's makes it `reviewed`. Both count as confirmed.
    """

    DRAFT = "draft"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"

    @property
    def confirmed(self) -> bool:
        return self is not SegmentStatus.DRAFT


@dataclass(frozen=True)
class StoredFinding:
    """A finding made when the segment was imported or aligned (`ocr-suspect`, ...)."""

    check: str
    """Check id, kebab-case."""
    severity: str
    """`error`, `warning` or `info`."""
    side: str
    """`source` or `target`: the text the span points into."""
    start: int
    end: int
    message: str
    suggestion: str | None = None


@dataclass(frozen=True)
class Segment:
    """One source/target pair in project order."""

    id: int
    document_id: int
    position: int
    """1-based place in project order (documents in import order, then segments)."""
    source: str
    target: str
    status: SegmentStatus
    confidence: float | None
    """Alignment confidence in [0, 1]; None where the pair was not aligned by us."""
    locked: bool
    """A user confirmed or edited this pair: re-alignment keeps it as a fixed point."""
    findings: tuple[StoredFinding, ...] = ()
    source_range: tuple[int, int] | None = None
    """Half-open range of source sentence indices this segment covers, if aligned."""
    target_range: tuple[int, int] | None = None
    similarity: float | None = None
    """How alike the aligner found the two sides' meanings (cosine of sentence
    vectors, about 0.7 and up for a translation); for an unpaired sentence, how
    close its best match nearby is; None where meaning was not read."""
    prefilled: int | None = None
    """Score of the memory match pre-translation filled the target from; None when a person wrote it."""
    untranslatable: bool = False
    """The client's XLIFF marks the unit `translate="no"`: its target is kept as it came and cannot be edited."""
    machine: str | None = None
    """The target as machine translation gave it, when the imported file said so; None otherwise."""

    @property
    def unreviewed_mt(self) -> bool:
        """The target is still the machine's, word for word, and nobody has confirmed it: what a
        post-editor has left to read. An edit or a confirmation ends it; undoing the edit brings it back."""
        return self.machine is not None and self.target == self.machine and not self.confirmed

    @property
    def confirmed(self) -> bool:
        return self.status.confirmed
