"""Pre-translation: fill empty targets from the translation memory, for a person to review.

Every segment whose target is empty is looked up in the memory the editor's
memory panel uses (`team_session.open_memory`), its own project-memory unit
left out; when the best match scores at least `min_score` (100 by default:
exact matches only) its target is put in. The segment stays a **draft**
and remembers the match's score (`segments.prefilled`), which the grid
shows as a mark (`TM 100`, `TM 87`) until the segment is confirmed: nothing
filled by a tool passes as read by a person.

All the fills are one journal entry (`editing.apply_changes`), so one undo
takes the whole pre-translation back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workbench.core.editing import apply_changes
from workbench.core.memory import SAME_EXCEPT_FORM
from workbench.core.project import Project
from workbench.core.stats import LOWEST_FUZZY, MatchSource
from workbench.errors import InputError
from workbench.wording import N_

ACTION = "pretranslate"
"""The journal's name for the step (shown in the edit history)."""


@dataclass(frozen=True, slots=True)
class Fill:
    """One target pre-translation filled."""

    segment_id: int
    position: int
    """1-based place in project order (the number the grid shows)."""
    source: str
    target: str
    score: int
    memory: str
    """The memory the match came from."""


@dataclass(frozen=True, slots=True)
class PretranslationReport:
    """What a pre-translation did."""

    min_score: int
    empty: int
    """Segments with an empty target that were looked up."""
    fills: tuple[Fill, ...]

    @property
    def exact(self) -> int:
        return sum(1 for f in self.fills if f.score == 100)

    @property
    def fuzzy(self) -> int:
        return len(self.fills) - self.exact


def pretranslate(
    project: Project,
    memory: MatchSource,
    *,
    min_score: int = 100,
    progress: Callable[[int, int], None] | None = None,
) -> PretranslationReport:
    """Fill every empty target whose best memory match scores at least `min_score` (one undo step)."""
    report = plan(project, memory, min_score=min_score, progress=progress)
    return apply(project, report)


def plan(
    project: Project,
    memory: MatchSource,
    *,
    min_score: int = 100,
    progress: Callable[[int, int], None] | None = None,
) -> PretranslationReport:
    """What a pre-translation would fill, written nowhere yet.

    Apart from `apply` so that the editor can look up on the memory's thread
    and write on its own connection (its undo then knows the step as its own).
    Raises `InputError` for a threshold outside 50-100 (below 50 a match is
    no help, see `stats.LOWEST_FUZZY`).
    """
    if not LOWEST_FUZZY <= min_score <= 100:
        raise InputError.worded(N_("--min must be between {lowest} and 100, not {min_score}"), lowest=LOWEST_FUZZY, min_score=min_score)
    rows = project.db.execute(
        "select id, position, source from (select s.id, s.source, s.target, s.untranslatable, "
        "row_number() over (order by d.seq, s.seq, s.id) as position "
        "from segments s join documents d on d.id = s.document_id) "
        "where trim(coalesce(target, '')) = '' and trim(source) != '' and coalesce(untranslatable, 0) = 0 "
        "order by position"
    ).fetchall()
    from workbench.core.memory import TranslationMemory

    # Only a unit with the same folded source scores 99 or 100: at those thresholds the
    # memory's cheap first step is the whole search.
    exact_only = min_score >= SAME_EXCEPT_FORM and isinstance(memory, TranslationMemory)
    fills: list[Fill] = []
    for done, (segment_id, position, source) in enumerate(rows, start=1):
        if exact_only:
            found = memory.exact_lookup(source, exclude_segment=segment_id)  # type: ignore[attr-defined]
            matches = [found] if found is not None and found.score >= min_score else []
        else:
            matches = memory.lookup(source, min_score=min_score, limit=1, exclude_segment=segment_id)
        if matches and matches[0].target.strip():
            best = matches[0]
            fills.append(Fill(segment_id, position, source, best.target, best.score, best.memory))
        if progress is not None:
            progress(done, len(rows))
    return PretranslationReport(min_score, len(rows), tuple(fills))


def apply(project: Project, report: PretranslationReport) -> PretranslationReport:
    """Write a plan's fills as one journal entry; a target someone filled meanwhile is left alone.

    Returns the report of what was written.
    """
    with project.transaction():
        still_empty = {
            int(row[0])
            for row in project.db.execute("select id from segments where trim(coalesce(target, '')) = ''")
        }
        fills = tuple(f for f in report.fills if f.segment_id in still_empty)
        apply_changes(project, ACTION, {f.segment_id: {"target": f.target, "prefilled": f.score} for f in fills})
    return PretranslationReport(report.min_score, report.empty, fills)
