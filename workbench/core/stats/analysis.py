"""Statistics and translation-memory analysis: the numbers translators are paid by.

`project_statistics` counts segments, words and characters per status and
per document (words and characters by the rule of `stats_wordcount`).
`analyse` sorts every segment's source into the bands CAT tools quote by:
what the best translation-memory match for it scores, or that it repeats a
segment earlier in the project.

The analysis asks the memory the editor's memory panel asks
(`team_session.open_memory`: the project memory and the shared memories
imported into `memory.db`, or the team server's memory in a team project)
through its own candidate search and scoring (`memory_search`; the local
memory answers every segment in one batch, `memory_batch`, with the same
best match): a segment lands in the band of the score the memory panel
would show for its best match. The segment's own project-memory unit is left out, as the panel
leaves it out, so a confirmed segment does not match itself at 100 %.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from workbench.core.memory import FuzzyMatch, normalise
from workbench.core.project import Project, rejected_segments
from workbench.core.stats.wordcount import count_characters, count_words
from workbench.tags import strip_tags
from workbench.wording import N_


@dataclass(frozen=True, slots=True)
class Counts:
    """Segments, words and characters of a set of segments."""

    segments: int = 0
    words: int = 0
    """Source words (the rule of `stats_wordcount`)."""
    characters: int = 0
    """Source characters without whitespace and tags."""
    characters_with_spaces: int = 0
    target_words: int = 0
    """Words of the targets as they stand (empty targets count 0)."""

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.segments + other.segments,
            self.words + other.words,
            self.characters + other.characters,
            self.characters_with_spaces + other.characters_with_spaces,
            self.target_words + other.target_words,
        )

    def as_dict(self) -> dict[str, int]:
        return {
            "segments": self.segments,
            "words": self.words,
            "characters": self.characters,
            "characters_with_spaces": self.characters_with_spaces,
            "target_words": self.target_words,
        }


@dataclass(frozen=True, slots=True)
class DocumentCounts:
    """One document's counts, overall and per status."""

    name: str
    total: Counts
    by_status: dict[str, Counts] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ProjectStatistics:
    """Counts of the whole project, per status and per document."""

    total: Counts
    by_status: dict[str, Counts]
    """`draft`, `translated`, `reviewed` (always all three, zeros included)."""
    documents: tuple[DocumentCounts, ...]
    segments: dict[int, Counts] = field(default_factory=dict, repr=False)
    """Each segment's counts by its id, so that an analysis given them (`analyse`) counts no word twice."""
    rejected: Counts = field(default_factory=Counts)
    """The segments a reviewer sent back and not confirmed again since, already counted under
    their status (a rejection is a verdict beside the status, not a fourth status): the reviewer
    and the translator want the work still owed (user days)."""


STATUSES = ("draft", "translated", "reviewed")


def segment_counts(source: str, target: str) -> Counts:
    """The counts of one segment."""
    plain = strip_tags(source)
    return Counts(
        1,
        count_words(source),
        count_characters(plain, stripped=True),
        len(plain),
        count_words(target) if target else 0,
    )


def project_statistics(project: Project) -> ProjectStatistics:
    """Segments, words and characters per status and per document, in project order."""
    names: dict[int, str] = {}
    groups: dict[int, dict[str, list[Counts]]] = {}
    for row in project.db.execute("select id, name from documents order by seq"):
        names[int(row[0])] = str(row[1])
        groups[int(row[0])] = {status: [] for status in STATUSES}
    segments: dict[int, Counts] = {}
    for segment_id, document_id, status, source, target in project.db.execute(
        "select id, document_id, status, source, coalesce(target, '') from segments"
    ):
        counts = segments[segment_id] = segment_counts(source, target)
        groups[int(document_id)].setdefault(status, []).append(counts)
    documents = tuple(
        DocumentCounts(names[i], _sum(by_status.values()), by_status)
        for i, by_status in ((i, {status: _sum(group) for status, group in by_group.items()})
                             for i, by_group in groups.items())
    )
    by_status = {status: _sum(d.by_status.get(status, Counts()) for d in documents) for status in STATUSES}
    rejected = _sum(segments[i] for i in rejected_segments(project) if i in segments)
    return ProjectStatistics(_sum(by_status.values()), by_status, documents, segments, rejected)


def _sum(counts: Iterable[Counts]) -> Counts:
    """The counts of many, added field by field (one object made, not one per item)."""
    segments = words = characters = with_spaces = target_words = 0
    for item in counts:
        segments += item.segments
        words += item.words
        characters += item.characters
        with_spaces += item.characters_with_spaces
        target_words += item.target_words
    return Counts(segments, words, characters, with_spaces, target_words)


# -- translation-memory analysis ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class Band:
    """One band of the analysis: a range of match scores, or the project's repetitions."""

    id: str
    label: str
    """Its name in reports, a msgid (the TUI says it in the interface language)."""
    low: int
    """Lowest score in the band (inclusive); -1 for repetitions, 0 for no match."""
    high: int


BANDS = (
    Band("repetition", N_("repetitions"), -1, -1),
    Band("100", "100%", 100, 100),  # not "(context)": units keep no neighbours to tell a 101% match
    Band("95-99", "95-99%", 95, 99),
    Band("85-94", "85-94%", 85, 94),
    Band("75-84", "75-84%", 75, 84),
    Band("50-74", "50-74%", 50, 74),
    Band("no-match", N_("no match"), 0, 49),
)
"""The bands memoQ and Trados quote by, best first; repetitions are counted apart."""
LOWEST_FUZZY = 50
"""Below this a match is worth nothing to the translator: `no match`."""


def band_for(score: int | None) -> Band:
    """The band of a best-match score (None: nothing found)."""
    if score is None or score < LOWEST_FUZZY:
        return BANDS[-1]
    return next(b for b in BANDS[1:] if b.low <= score <= b.high)


class MatchSource(Protocol):
    """What the analysis needs of a memory: `TranslationMemory` and `TeamMemory` both are one."""

    def lookup(
        self, text: str, *, min_score: int = 70, limit: int = 5, exclude_segment: int | None = None
    ) -> list[FuzzyMatch]: ...


@dataclass(frozen=True, slots=True)
class SegmentAnalysis:
    """Where one segment landed."""

    segment_id: int
    band: str
    score: int | None
    """The best match's score; for a repetition, None."""
    memory: str | None
    """The memory the best match came from."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """Counts per band, for the whole project and per document."""

    bands: dict[str, Counts]
    """By band id, in `BANDS` order, every band present."""
    documents: tuple[tuple[str, dict[str, Counts]], ...]
    memories: tuple[str, ...]
    """The memories analysed against (names), for the report's header."""
    segments: tuple[SegmentAnalysis, ...] = ()

    @property
    def total(self) -> Counts:
        return _sum(self.bands.values())


Progress = Callable[[int, int], None]


def analyse(
    project: Project,
    memory: MatchSource,
    *,
    memories: Sequence[str] = (),
    progress: Progress | None = None,
    workers: int = 1,
    statistics: ProjectStatistics | None = None,
) -> Analysis:
    """Sort every segment with a source into its band, in project order.

    A segment whose source, in the memory's scoring form (`normalise`: case,
    spacing, quotes and tags aside), occurred earlier in the project is a
    **repetition**: once the first is translated, the rest cost little, so
    it is counted apart and not looked up (as memoQ and Trados count them).
    Every other segment is looked up in `memory` and lands in the band of its
    best match. Segments of XLIFF units marked `translate="no"` are left out.
    `workers` 2 or more lets the local memory search on two processes (only where no
    other thread may hold a lock: the command line, not the TUI). The `statistics` of the
    same project state (`project_statistics`) lend their counts of each segment.
    """
    rows = project.db.execute(
        "select s.id, d.id, s.source, coalesce(s.target, '') from segments s join documents d on d.id = s.document_id "
        "where trim(s.source) != '' and coalesce(s.untranslatable, 0) = 0 order by d.seq, s.seq, s.id"
    ).fetchall()
    names = project.document_names()
    unique: dict[str, int] = {}
    todo: list[tuple[int, str]] = []
    keys: list[str] = []
    for segment_id, _, source, _ in rows:
        key = normalise(source)
        keys.append(key)
        if key not in unique:
            unique[key] = segment_id
            todo.append((segment_id, source))
    best = _best_scores(memory, todo, progress, workers)
    counted = statistics.segments if statistics is not None else {}
    per_document: dict[int, dict[str, list[Counts]]] = {i: {band.id: [] for band in BANDS} for i in names}
    results: list[SegmentAnalysis] = []
    for (segment_id, document_id, source, target), key in zip(rows, keys):
        if unique[key] != segment_id:
            band, score, found_in = BANDS[0], None, None
        else:
            match = best.get(segment_id)
            score = match[0] if match else None
            found_in = match[1] if match else None
            band = band_for(score)
        counts = counted.get(segment_id) or segment_counts(source, target)
        per_document[document_id][band.id].append(counts)
        results.append(SegmentAnalysis(segment_id, band.id, score, found_in))
    documents = tuple((names[i], {band: _sum(group) for band, group in groups.items()})
                      for i, groups in per_document.items())
    bands = {band.id: _sum(counts[band.id] for _, counts in documents) for band in BANDS}
    return Analysis(bands, documents, tuple(memories), tuple(results))


def _best_scores(
    memory: MatchSource, todo: Sequence[tuple[int, str]], progress: Progress | None, workers: int
) -> dict[int, tuple[int, str]]:
    """The best match (score, memory name) per segment id, where one reaches `LOWEST_FUZZY`.

    The local memory answers all segments at once (`TranslationMemory.best_matches`: the
    same best match as one lookup per segment, at a fraction of the cost); a team
    memory is asked one segment at a time.
    """
    from workbench.core.memory import TranslationMemory

    if isinstance(memory, TranslationMemory):
        best = memory.best_matches([(source, segment_id) for segment_id, source in todo],
                                   min_score=LOWEST_FUZZY, progress=progress, workers=workers)
        return {segment_id: (match.score, match.memory)
                for (segment_id, _), match in zip(todo, best) if match is not None}
    found: dict[int, tuple[int, str]] = {}
    for done, (segment_id, source) in enumerate(todo, start=1):
        matches = memory.lookup(source, min_score=LOWEST_FUZZY, limit=1, exclude_segment=segment_id)
        if matches:
            found[segment_id] = (matches[0].score, matches[0].memory)
        if progress is not None and (done % 200 == 0 or done == len(todo)):
            progress(done, len(todo))
    return found
