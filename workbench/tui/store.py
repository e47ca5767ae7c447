"""The project's segments as every view sees them, kept in step with each edit.

One list shared by the alignment and translation editors, so that 50,000
segments live in memory once and an edit made in one view shows in the
other. Edits go through `workbench.core.editing.edits` (which commits at once);
the store then patches its list locally instead of reloading it (a replace
across the project and an undo of it too), and only falls back to a full
reload when it cannot know what changed (an undo of a merge, re-alignment,
import).

SQLite connections belong to the thread that opened them, so a full load
from a worker opens its own `Project` on the same folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workbench.core.project import Project, Segment


def read_segments(path: Path) -> tuple[int, list[Segment]]:
    """Every segment in project order, read through a connection of the calling thread,
    with the segments generation they stand at (one read transaction: both agree)."""
    with Project.open(path) as project:
        conn = project.db.conn
        conn.execute("begin")
        try:
            return project.segments_generation(), project.segments()
        finally:
            conn.execute("rollback")


class SegmentStore:
    """Segments in project order with a lookup from id to place."""

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.loaded = False
        self.version = 0
        """Bumped on every change, so a view knows whether what it drew is current."""
        self._index: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.segments)

    def set_all(self, segments: list[Segment]) -> None:
        self.segments = segments
        self.loaded = True
        self._reindex()

    def index_of(self, segment_id: int) -> int | None:
        return self._index.get(segment_id)

    def get(self, segment_id: int) -> Segment | None:
        index = self._index.get(segment_id)
        return None if index is None else self.segments[index]

    def replace(self, segment: Segment) -> int | None:
        """Put the new value of an edited segment in its place; returns that place."""
        index = self._index.get(segment.id)
        if index is not None:
            self.segments[index] = segment
            self.version += 1
        return index

    def replace_many(self, segments: Sequence[Segment]) -> None:
        """Put the new values of many edited segments in their places (a replace across the
        project, an undo of one), where a reload would read and build every segment again.

        Into a new list, as a reload makes one: a view that holds rows picked from the old
        list (a filter) knows by it that they must be picked again.
        """
        patched = list(self.segments)
        for segment in segments:
            index = self._index.get(segment.id)
            if index is not None:
                patched[index] = segment
        self.segments = patched
        self.version += 1

    def splice(self, index: int, remove: int, insert: Sequence[Segment]) -> None:
        """Replace `remove` segments from `index` on with `insert` (merges and splits)."""
        self.segments[index : index + remove] = list(insert)
        self._reindex()

    def _reindex(self) -> None:
        self._index = {segment.id: index for index, segment in enumerate(self.segments)}
        self.version += 1
