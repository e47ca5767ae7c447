"""Which segment of a document's old version each unit of its new version continues.

What CAT tools do when a source file changes (OmegaT keeps translations by source text;
memoQ's and Trados's "update document" align the old and new versions): a unit is the old
segment it continues when

1. **the file's ids are stable**: old and new units share ids and most shared ids still hold
   a similar source (a vendor's tool that numbers units 1..n anew after an inserted sentence
   gives ids that name other text: they are not used);
2. else, in order, **the same source** (difflib's `SequenceMatcher` over the folded sources:
   the longest runs of unchanged units, which keeps the order and never pairs a repeated
   sentence with its twin elsewhere);
3. between those runs, **a similar source**: an order-preserving alignment (dynamic
   programming over match / new / removed, as Gale and Church's, scored by rapidfuzz's
   `ratio` of the folded texts, the memory's fuzzy score) that takes pairs scoring at least
   `MIN_SIMILARITY`; an old segment may continue up to `MAX_JOINED` consecutive new units
   (a text's bead of two sentences read again sentence by sentence);
4. last, **a moved unit**: an old and a new unit left over with the same source.

An old segment left over was removed; a new unit left over is new.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from termbase import safetext
from workbench.core.memory import normalise

MIN_SIMILARITY = 50
"""The lowest similarity (0-100) at which a changed unit continues an old segment: the lowest
fuzzy match the memory offers (`stats.LOWEST_FUZZY`); below it the old translation is no help."""
STABLE_IDS = 0.8
"""The share of shared ids whose sources must still be similar for the ids to be trusted."""
MAX_JOINED = 3
"""The most consecutive new units one old segment may continue (a text's bead of 3 sentences)."""
MAX_GAP_CELLS = 250_000
"""The largest gap (old units times new units between two unchanged runs) aligned by similarity;
a larger one (a document rewritten whole) keeps only its unchanged and moved units."""


@dataclass(frozen=True, slots=True)
class Match:
    """Old segment `old` continues the new units `new` (consecutive indices)."""

    old: int
    new: tuple[int, ...]
    score: int
    """100 for the same source, else the similarity."""
    moved: bool = False


@dataclass(frozen=True, slots=True)
class _Keys:
    """A source as it is compared: its text with white space folded (`exact`: the same source), and
    its words folded as the memory scores them (`folded`: how alike)."""

    exact: str
    folded: str

    @classmethod
    def of(cls, text: str) -> _Keys:
        return cls(" ".join(safetext.clean(text).split()), normalise(text))

    def joined(self, other: _Keys) -> _Keys:
        return _Keys(f"{self.exact} {other.exact}", f"{self.folded} {other.folded}")


def similarity(left: _Keys, right: _Keys) -> int:
    """How alike two sources are, 0-100, as the memory scores a fuzzy match: 100 only for the same
    text (a change of case or of a letter's form is a change a translator must see)."""
    from rapidfuzz import fuzz

    if left.exact == right.exact:
        return 100
    return min(99, int(fuzz.ratio(left.folded, right.folded)))


def match_versions(
    old_sources: Sequence[str], old_ids: Sequence[str | None],
    new_sources: Sequence[str], new_ids: Sequence[str | None], *, joined: bool,
) -> list[Match]:
    """The matches of old segments to new units (see the module); `joined`: an old segment may
    continue several consecutive new units (a text's sentences)."""
    old_keys = [_Keys.of(s) for s in old_sources]
    new_keys = [_Keys.of(s) for s in new_sources]
    matches: dict[int, Match] = {}
    taken: set[int] = set()
    if _stable_ids(old_ids, new_ids, old_keys, new_keys):
        where = {unit_id: j for j, unit_id in enumerate(new_ids)}
        for i, unit_id in enumerate(old_ids):
            j = where.get(unit_id) if unit_id is not None else None
            if j is not None:
                score = similarity(old_keys[i], new_keys[j])
                matches[i] = Match(i, (j,), score)
                taken.add(j)
    old_left = [i for i in range(len(old_keys)) if i not in matches]
    new_left = [j for j in range(len(new_keys)) if j not in taken]
    blocks = SequenceMatcher(None, [old_keys[i].exact for i in old_left], [new_keys[j].exact for j in new_left],
                             autojunk=False).get_matching_blocks()
    a_at = b_at = 0
    for block in blocks:
        gap_old, gap_new = old_left[a_at:block.a], new_left[b_at:block.b]
        for match in _similar(gap_old, gap_new, old_keys, new_keys, joined=joined):
            matches[match.old] = match
            taken.update(match.new)
        for k in range(block.size):
            i, j = old_left[block.a + k], new_left[block.b + k]
            matches[i] = Match(i, (j,), 100)
            taken.add(j)
        a_at, b_at = block.a + block.size, block.b + block.size
    for match in _moved(old_keys, new_keys, set(matches), taken, MAX_JOINED if joined else 1):
        matches[match.old] = match
    return sorted(matches.values(), key=lambda m: m.new[0])


def _moved(old_keys: Sequence[_Keys], new_keys: Sequence[_Keys], matched: set[int], taken: set[int],
           most: int) -> list[Match]:
    """Old segments left over whose text stands elsewhere among the new units left over, as one
    unit or (`most` > 1) as the run of consecutive ones a bead of several sentences became."""
    runs: dict[str, list[tuple[int, ...]]] = {}
    for j in range(len(new_keys)):
        text = ""
        for k in range(j, min(j + most, len(new_keys))):
            if k in taken:
                break
            text = f"{text} {new_keys[k].exact}" if text else new_keys[k].exact
            runs.setdefault(text, []).append(tuple(range(j, k + 1)))
    found: list[Match] = []
    for i in range(len(old_keys)):
        if i in matched:
            continue
        free = [run for run in runs.get(old_keys[i].exact, ()) if not taken.intersection(run)]
        if free:
            found.append(Match(i, free[0], 100, moved=True))
            taken.update(free[0])
    return found


def _stable_ids(old_ids: Sequence[str | None], new_ids: Sequence[str | None],
                old_keys: Sequence[_Keys], new_keys: Sequence[_Keys]) -> bool:
    """Whether ids name units in both versions: unique on each side, shared, and most shared ones
    still holding a similar source."""
    old_named = [i for i in old_ids if i is not None]
    new_named = [i for i in new_ids if i is not None]
    if not old_named or not new_named or len(set(old_named)) != len(old_named) or len(set(new_named)) != len(new_named):
        return False
    old_at = {unit_id: i for i, unit_id in enumerate(old_ids) if unit_id is not None}
    shared = [(old_at[unit_id], j) for j, unit_id in enumerate(new_ids) if unit_id in old_at]
    if not shared:
        return False
    alike = sum(similarity(old_keys[i], new_keys[j]) >= MIN_SIMILARITY for i, j in shared)
    return alike >= STABLE_IDS * len(shared)


def _similar(old: list[int], new: list[int], old_keys: Sequence[_Keys], new_keys: Sequence[_Keys],
             *, joined: bool) -> list[Match]:
    """The order-preserving alignment of a gap by similarity (see the module), best total score."""
    if not old or not new or len(old) * len(new) > MAX_GAP_CELLS:
        return []
    most = MAX_JOINED if joined else 1
    m, n = len(old), len(new)
    # best[i][j]: the best total for old[:i] and new[:j]; step: how it was reached
    best = [[0] * (n + 1) for _ in range(m + 1)]
    step: list[list[tuple[int, int, int]]] = [[(0, 0, 0)] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        for j in range(n + 1):
            if i == 0 and j == 0:
                continue
            here, how = -1, (0, 0, 0)
            if i and best[i - 1][j] > here:
                here, how = best[i - 1][j], (1, 0, 0)
            if j and best[i][j - 1] > here:
                here, how = best[i][j - 1], (0, 1, 0)
            if i and j:
                text = new_keys[new[j - 1]]
                for g in range(1, min(most, j) + 1):
                    if g > 1:
                        text = new_keys[new[j - g]].joined(text)
                    score = similarity(old_keys[old[i - 1]], text)
                    if score >= MIN_SIMILARITY and best[i - 1][j - g] + score > here:
                        here, how = best[i - 1][j - g] + score, (1, g, score)
            best[i][j], step[i][j] = here, how
    found: list[Match] = []
    i, j = m, n
    while i or j:
        di, dj, score = step[i][j]
        if di and dj:
            found.append(Match(old[i - 1], tuple(new[k] for k in range(j - dj, j)), score))
        i, j = i - di, j - dj
    return found
