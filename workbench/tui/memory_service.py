"""The translation memory, owned by one background thread.

A `TranslationMemory` wraps an SQLite connection that only its own thread may
use, and its fuzzy matcher and concordancer keep caches worth keeping. So
every memory call runs on one dedicated thread: the editor awaits the result
without blocking, and a lookup on a million-unit memory never freezes a key.
The first call brings the project memory in step with the project's
confirmed segments; after that the editor records each confirmation.

In a team project the memory is a `TeamMemory` (lookups on the team server,
confirmations queued for it, the local memory while it cannot be reached):
after each call the service hands its state to `on_team_state` when it
changed, so the app can say that it works offline and what is queued.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from workbench.core.project import Project, Segment

if TYPE_CHECKING:  # the memory modules load on the memory thread, not at startup
    from workbench.core.editing import PretranslationReport
    from workbench.core.memory import ConcordanceHit, FuzzyMatch, TranslationMemory
    from workbench.core.stats import Analysis
    from workbench.core.team import HeldSegment, TeamMemory, TeamState, TeamUnit

T = TypeVar("T")


@dataclass(frozen=True)
class TeamUnits:
    """The teammates' confirmed units a sync found changed, for the app to write into its segments
    (on its own connection, so its watch knows the write for its own): `mark` to note once they
    are in, `held` the segments held in a conflict, `seen` what the last takes met
    (`editing.take_units`)."""

    units: tuple[TeamUnit, ...]
    mark: str
    held: frozenset[int]
    seen: dict[int, tuple[str, str, str]] = field(default_factory=dict)


SYNC_ABOVE = 200
"""More changed segments than this are brought into the memory by one project sync (`sync_project`)."""


class MemoryService:
    """Memory lookups for one project, run on a thread of their own."""

    def __init__(self, project_path: Path, on_team_state: Callable[[TeamState], None] | None = None,
                 on_team_units: Callable[[TeamUnits], None] | None = None) -> None:
        self.project_path = project_path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="memory")
        self._memory: TranslationMemory | TeamMemory | None = None
        self._on_team_state = on_team_state
        self._on_team_units = on_team_units
        self._team_state: TeamState | None = None
        self._synced: Project | None = None
        """The project as the team sync reads it, opened once on the memory thread: the sync runs
        every 15 seconds, and opened the project each time."""

    def _open(self) -> TranslationMemory | TeamMemory:
        """Runs on the memory thread: open once, and sync the project memory on first use."""
        if self._memory is None:
            from workbench.core.team import open_memory

            with Project.open(self.project_path) as project:
                memory = open_memory(project)
                try:
                    memory.sync_project(project)
                except BaseException:
                    memory.close()
                    raise
            self._memory = memory
        return self._memory

    def _report(self) -> None:
        """Runs on the memory thread: hand a changed team state to the app."""
        from workbench.core.team import TeamMemory

        if not isinstance(self._memory, TeamMemory) or self._on_team_state is None:
            return
        state = self._memory.state()
        if state != self._team_state:
            self._team_state = state
            self._on_team_state(state)

    def _call(self, call: Callable[[TranslationMemory | TeamMemory], T]) -> T:
        try:
            return call(self._open())
        finally:
            self._report()

    async def _run(self, call: Callable[[TranslationMemory | TeamMemory], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: self._call(call))

    async def lookup(
        self, segment: Segment, *, min_score: int = 60, limit: int = 8, wanted: Callable[[], bool] | None = None
    ) -> list[FuzzyMatch] | None:
        """Fuzzy matches for the segment's source, leaving out the segment itself.

        `wanted` is asked on the memory thread just before the lookup runs:
        when it says no (the cursor has moved on while earlier lookups ran),
        the lookup is skipped and None returned, so a held key never leaves a
        queue of lookups for segments no longer on screen.
        """

        def lookup(memory: TranslationMemory | TeamMemory) -> list[FuzzyMatch] | None:
            if wanted is not None and not wanted():
                return None
            return memory.lookup(segment.source, min_score=min_score, limit=limit, exclude_segment=segment.id)

        return await self._run(lookup)

    async def held_segment(self, segment_id: int) -> HeldSegment | None:
        """The teammate's translation held against this segment's (None: none, or not a team project)."""

        def held(memory: TranslationMemory | TeamMemory) -> HeldSegment | None:
            from workbench.core.team import TeamMemory

            if not isinstance(memory, TeamMemory):
                return None
            return next((h for h in memory.held_segments() if h.segment_id == segment_id), None)

        return await self._run(held)

    async def resolve_segment(self, segment_id: int, keep: str) -> HeldSegment:
        """End a held segment conflict (`TeamMemory.resolve_segment`): `mine` is sent again over
        theirs; for `theirs` the caller puts their text in the segment."""

        def resolve(memory: TranslationMemory | TeamMemory) -> HeldSegment:
            from workbench.core.team import TeamMemory

            assert isinstance(memory, TeamMemory)
            return memory.resolve_segment(segment_id, keep)

        return await self._run(resolve)

    async def search(self, text: str, *, limit: int = 50) -> list[ConcordanceHit]:
        """Concordance: units with the word or phrase in any form, on the side its script suggests."""
        return await self._run(lambda memory: memory.search(text, limit=limit))

    async def pending_targets(self, text: str) -> int:
        """Imported units whose targets a concordance of `text` indexes first (after an import the
        target-side index is built on first use); 0 on the source side and in a team project."""

        def pending(memory: TranslationMemory | TeamMemory) -> int:
            from workbench.core.memory import TranslationMemory

            if not isinstance(memory, TranslationMemory) or memory.search_side(text) != "target":
                return 0
            return memory.pending_targets()

        return await self._run(pending)

    async def analyse(self) -> Analysis:
        """Statistics' memory analysis in CAT bands, against the memory the panel uses."""

        def analysis(memory: TranslationMemory | TeamMemory) -> Analysis:
            from workbench.core.stats import analyse

            with Project.open(self.project_path) as project:
                memory.sync_project(project)
                return analyse(project, memory, memories=tuple(m.name for m in memory.memories()))

        return await self._run(analysis)

    async def plan_pretranslation(self, min_score: int) -> PretranslationReport:
        """What pre-translation would fill (looked up here, where the memory lives; the editor writes it)."""

        def fill(memory: TranslationMemory | TeamMemory) -> PretranslationReport:
            from workbench.core.editing import plan

            with Project.open(self.project_path) as project:
                memory.sync_project(project)
                return plan(project, memory, min_score=min_score)

        return await self._run(fill)

    def record(self, segment: Segment) -> None:
        """Bring the segment's project-memory unit in step (after a confirmation or an edit)."""
        self.record_all([segment])

    def record_all(self, segments: Sequence[Segment]) -> None:
        """`record` for many segments as one job on the memory thread (for more than
        `SYNC_ABOVE`, `sync_project` is the cheaper way)."""

        def record(memory: TranslationMemory | TeamMemory) -> None:
            for segment in segments:
                memory.record_segment(
                    segment.id, segment.source, segment.target, str(segment.status), confidence=segment.confidence
                )

        self._executor.submit(self._call, record)

    def sync_project(self) -> None:
        """Bring the project memory in step with the whole project, on the memory thread.

        After a replace across the project: one transaction that compares every
        unit, where a unit recorded at a time is a transaction each (25,000 of them
        took about nine seconds of CPU).
        """

        def sync(memory: TranslationMemory | TeamMemory) -> None:
            with Project.open(self.project_path) as project:
                memory.sync_project(project)

        self._executor.submit(self._call, sync)

    def sync(self) -> None:
        """In a team project: send what is queued, take the team's term changes, and exchange
        verdicts and comments with the team (no-op otherwise)."""

        def sync(memory: TranslationMemory | TeamMemory) -> None:
            from workbench.core.team import TeamMemory

            if isinstance(memory, TeamMemory):
                memory.retry_now()
                memory.sync_terms()
                if self._synced is None:
                    self._synced = Project.open(self.project_path)
                memory.sync_reviews(self._synced)
                found = memory.team_units()
                if found is not None and self._on_team_units is not None:
                    units, mark = found
                    held = frozenset(h.segment_id for h in memory.held_segments())
                    self._on_team_units(TeamUnits(tuple(units), mark, held, memory.units_seen()))

        self._executor.submit(self._call, sync)

    def units_taken(self, mark: str, seen: dict[int, tuple[str, str, str]]) -> None:
        """The team's units of `mark` are in the project (the app wrote them): not read again;
        `seen`, what the take met, orders the next one."""

        def taken(memory: TranslationMemory | TeamMemory) -> None:
            from workbench.core.team import TeamMemory

            if isinstance(memory, TeamMemory):
                memory.units_taken(mark, seen)

        self._executor.submit(self._call, taken)

    def close(self) -> None:
        """Finish pending writes and close the connection on its own thread."""

        def close_memory() -> None:
            if self._synced is not None:
                self._synced.close()
                self._synced = None
            if self._memory is not None:
                self._memory.close()
                self._memory = None

        self._executor.submit(close_memory)
        self._executor.shutdown(wait=True)
