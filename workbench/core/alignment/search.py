"""Banded dynamic programming over bead costs: best path, its alternatives, and the band.

The alignment lattice has a node (i, j) for "i source and j target sentences
consumed"; a bead of type (a, b) is an edge (i - a, j - b) -> (i, j). Only the
nodes inside a *band* (per row i, the columns lo[i]..hi[i]) are searched, so
time and memory grow with the band's area, not with n x m. Band cells are
stored row after row in flat arrays; every cost, predecessor and score lives
at the flat index of the bead's end node.

Rows are processed one after another with numpy over the row's columns. All
bead types except 0-1 come from earlier rows; the 0-1 bead (a target sentence
with no source) chains along the row, which a running minimum over a
cumulative sum solves exactly in one vectorised pass.

The band itself comes from a coarser alignment (blocks of sentences aligned
the same way, recursively) widened by a margin, and is widened again wherever
the best path touches its edge.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from workbench.core.alignment.arrays import unique, unique_first

BEAD_TYPES: tuple[tuple[int, int], ...] = (
    (1, 1),
    (1, 0),
    (0, 1),
    (1, 2),
    (2, 1),
    (2, 2),
    (1, 3),
    (3, 1),
)
"""(source sentences, target sentences) of every bead the cheap passes may produce."""

LARGE_BEAD_TYPES: tuple[tuple[int, int], ...] = (*BEAD_TYPES, (1, 4), (4, 1), (2, 3), (3, 2))
"""The bead types of the pass that reads meaning: also a sentence cut in four or four
merged, and five sentences regrouped as 2-3 or 3-2. Only meaning can tell such a bead
from a smaller one and an unpaired sentence beside it (lengths add up either way), and
that pass aligns short stretches only, so the larger lattice costs little there."""

FREE_BEAD_TYPES: tuple[tuple[int, int], ...] = (*LARGE_BEAD_TYPES, (5, 1))
"""The bead types of the meaning pass on a free translation: also five sentences merged
into one. A translator who cuts long periods cuts some into five (the free-translation
gold sets hold four 5-1 beads and no 1-5), and without the shape each came out as a 4-1
bead beside an unpaired sentence, or smaller beads and several."""

CUTTING_BEAD_TYPES: tuple[tuple[int, int], ...] = (*FREE_BEAD_TYPES, (1, 5), (1, 6), (1, 7), (1, 8))
"""The bead types of the meaning pass on a free translation that cuts the source's
sentences (`aligner.CUTTING_RATIO`): also one sentence cut into five to eight. Such a
translator cuts a long period into as many pieces as it has clauses, and without the
shapes each came out as a 1-4 bead beside unpaired pieces or smaller beads and several."""

SPEECH_BEAD_TYPES: tuple[tuple[int, int], ...] = (*CUTTING_BEAD_TYPES, (6, 1), (7, 1), (8, 1))
"""The shapes a bead may be widened to by `aligner._widened_speeches`, never searched: one
segment that holds several sentences (a quoted speech the import keeps whole) against up to
eight lines of the other side, on either side."""

_SUCCESSOR_CELLS = 100_000
"""Cells whose successors `Lattice.backward` finds at once (bounds its table)."""

FULL_CELLS = 360_000
"""Lattices up to this many nodes are searched whole; larger ones coarse-to-fine."""


@dataclass(frozen=True, eq=False)
class Band:
    """The searched part of the lattice: columns ``lo[i]..hi[i]`` of every row ``i``.

    ``lo`` and ``hi`` never decrease and neighbouring rows overlap, so a
    monotone path from (0, 0) to (n, m) always exists inside.
    """

    lo: np.ndarray
    hi: np.ndarray
    offsets: np.ndarray
    """Flat index of the first cell of each row; ``offsets[n + 1]`` is the cell count."""
    types: tuple[tuple[int, int], ...] = BEAD_TYPES
    """The bead types searched (`BEAD_TYPES`, `LARGE_BEAD_TYPES` or `FREE_BEAD_TYPES`): every table indexed
    by bead type follows this order."""
    _cache: dict[object, object] = field(default_factory=dict, repr=False)

    @classmethod
    def from_bounds(
        cls,
        lo: np.ndarray,
        hi: np.ndarray,
        m: int,
        types: tuple[tuple[int, int], ...] = BEAD_TYPES,
    ) -> Band:
        """A band from raw row bounds, repaired to be monotone, connected and to
        contain both corners."""
        lo = np.clip(np.asarray(lo, dtype=np.int64), 0, m)
        hi = np.clip(np.asarray(hi, dtype=np.int64), 0, m)
        lo[0], hi[-1] = 0, m
        lo = np.minimum.accumulate(lo[::-1])[::-1].copy()
        hi = np.maximum.accumulate(hi)
        # Overlap consecutive rows so that 1-0 and 1-1 steps can always continue.
        hi[:-1] = np.maximum(hi[:-1], lo[1:])
        hi = np.maximum(hi, lo)
        widths = hi - lo + 1
        offsets = np.zeros(len(lo) + 1, dtype=np.int64)
        np.cumsum(widths, out=offsets[1:])
        return cls(lo, hi, offsets, types)

    @classmethod
    def full(cls, n: int, m: int, types: tuple[tuple[int, int], ...] = BEAD_TYPES) -> Band:
        return cls.from_bounds(np.zeros(n + 1), np.full(n + 1, m), m, types)

    @property
    def n(self) -> int:
        return len(self.lo) - 1

    @property
    def m(self) -> int:
        return int(self.hi[-1])

    @property
    def size(self) -> int:
        return int(self.offsets[-1])

    def cells(self) -> tuple[np.ndarray, np.ndarray]:
        """Row and column of every cell, in flat order (computed once per band)."""
        if "cells" not in self._cache:
            # int32: a long text's band has millions of cells, and these stay cached.
            widths = np.diff(self.offsets)
            rows = np.repeat(np.arange(self.n + 1, dtype=np.int32), widths)
            cols = (self.lo[rows] + (np.arange(self.size) - self.offsets[rows])).astype(np.int32)
            self._cache["cells"] = (rows, cols)
        return self._cache["cells"]  # type: ignore[return-value]

    def shifted(self, up: int, left: int, cells: slice) -> np.ndarray:
        """For the cells of the slice `cells`, the flat index of (i - up, j - left)
        or ``size``. A bead type's shift is a view of `predecessors`; other
        shifts are computed for the slice alone (kept whole for every cell, the
        two-sentence shifts of 1-3 and 3-1 beads and the identity held 13 MB on
        a long text)."""
        if (up, left) in self.types:
            return self.predecessors()[self.types.index((up, left)), cells]
        if (up, left) == (0, 0):
            return np.arange(cells.start, cells.stop)
        if up == 0 or left == 0:
            # Along a row or a column, one sentence at a time: every cell in between is
            # in the band too (rows are contiguous and their bounds never decrease),
            # and the sentinel leads to itself. One gather a step, where `index`
            # takes a dozen whole-slice operations.
            step = self.predecessors()[self.types.index((0, 1) if up == 0 else (1, 0))]
            shifted = step[cells]
            for _ in range(up + left - 1):
                shifted = step[shifted]
            return shifted
        rows, cols = self.cells()
        return self.index(rows[cells] - up, cols[cells] - left)

    def predecessors(self) -> np.ndarray:
        """For each bead type and cell, the flat index of the bead's start node
        (``size`` when it lies outside the band); column ``size`` is the sentinel's
        own. Computed once per band: both passes and every cost term read it."""
        if "preds" not in self._cache:
            preds = np.empty((len(self.types), self.size + 1), dtype=np.int32)
            for t, (a, b) in enumerate(self.types):
                preds[t, :-1] = self._shift(a, b)
                preds[t, -1] = self.size
            self._cache["preds"] = preds
        return self._cache["preds"]  # type: ignore[return-value]

    def _shift(self, up: int, left: int) -> np.ndarray:
        rows, cols = self.cells()
        return self.index(rows - up, cols - left).astype(np.int32)

    def index(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Flat index of each (row, col), or ``size`` (a sentinel) outside the band."""
        inside = (rows >= 0) & (rows <= self.n)
        safe = np.where(inside, rows, 0)
        inside &= (cols >= self.lo[safe]) & (cols <= self.hi[safe])
        return np.where(inside, self.offsets[safe] + cols - self.lo[safe], self.size)

    def touches_edge(self, nodes: np.ndarray) -> np.ndarray:
        """Which path nodes lie on an inner edge of the band (the band, not the
        lattice, stopped them)."""
        rows, cols = nodes[:, 0], nodes[:, 1]
        return ((cols == self.lo[rows]) & (cols > 0)) | ((cols == self.hi[rows]) & (cols < self.m))


def around_path(
    nodes: np.ndarray,
    n: int,
    m: int,
    margin: int | np.ndarray,
    types: tuple[tuple[int, int], ...] = BEAD_TYPES,
) -> Band:
    """A band covering the rectangles spanned by consecutive path nodes, widened
    by `margin` cells on every side (one margin for all rows, or one per row)."""
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    start, end = nodes[:-1], nodes[1:]
    for first, last, col_lo, col_hi in zip(
        start[:, 0], end[:, 0], start[:, 1], end[:, 1], strict=True
    ):
        lo[first : last + 1] = np.minimum(lo[first : last + 1], col_lo)
        hi[first : last + 1] = np.maximum(hi[first : last + 1], col_hi)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    rows = np.arange(n + 1)
    widths = np.broadcast_to(np.asarray(margin, dtype=np.int64), (n + 1,))
    wide_lo = lo[np.maximum(rows - widths, 0)] - widths
    wide_hi = hi[np.minimum(rows + widths, n)] + widths
    return Band.from_bounds(wide_lo, wide_hi, m, types)


def widen_where_touched(nodes: np.ndarray, touched: np.ndarray, margins: np.ndarray) -> np.ndarray:
    """Per-row margins doubled around the path nodes that touched the band's edge."""
    widened = margins.copy()
    n = len(margins) - 1
    for row in unique(nodes[touched, 0]):
        reach = int(4 * margins[row])
        widened[max(0, row - reach) : min(n, row + reach) + 1] *= 2
    return np.maximum(widened, margins)


def _chain(values: np.ndarray, steps: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``out[k] = min(values[k], out[k-1] + steps[k])`` in one pass; also whether
    each ``out[k]`` came from ``out[k-1]`` (``steps[0]`` is ignored).

    Called once a row by both passes (tens of thousands of times on a long text,
    on rows of a few hundred cells): the work is the number of numpy calls, so
    the temporaries are made in place."""
    if len(values) == 1:
        return values.copy(), np.zeros(1, dtype=bool)
    climb = np.empty(len(values))
    climb[0] = 0.0
    climb[1:] = steps[1:]
    np.cumsum(climb, out=climb)
    best_before = values - climb
    np.minimum.accumulate(best_before, out=best_before)
    chained = np.empty_like(values)
    chained[0] = np.inf
    np.add(best_before[:-1], climb[1:], out=chained[1:])
    from_previous = chained < values
    return np.where(from_previous, chained, values), from_previous


@dataclass(frozen=True, eq=False)
class Lattice:
    """A band with the costs of every bead ending in each of its cells.

    ``costs[t, c]`` is the cost of the bead of type ``band.types[t]`` ending at
    cell ``c`` (``inf`` if its start is outside the band); column ``size`` is an
    ``inf`` sentinel so that out-of-band predecessors need no special case.
    """

    band: Band
    costs: np.ndarray
    preds: np.ndarray

    @property
    def zero_one(self) -> int:
        """The row of the 0-1 bead, which chains along a row, in the cost table."""
        return self.band.types.index((0, 1))

    @property
    def from_earlier_rows(self) -> np.ndarray:
        """The rows of every bead type that takes a source sentence."""
        return np.array([t for t, (a, _) in enumerate(self.band.types) if a > 0])

    def forward(self) -> tuple[np.ndarray, np.ndarray]:
        """Cheapest cost from (0, 0) to every cell and the bead type that reaches it."""
        band, costs, preds = self.band, self.costs, self.preds
        best = np.full(band.size + 1, np.inf)
        via = np.full(band.size, -1, dtype=np.int8)
        offsets = band.offsets.tolist()
        zero_one = self.zero_one
        steps = costs[zero_one]
        for row in range(band.n + 1):
            start, stop = offsets[row], offsets[row + 1]
            if row == 0:
                arrive = np.full(stop - start, np.inf)
                arrive[0] = 0.0
                kind = np.full(stop - start, -1, dtype=np.int64)
            else:
                # Every bead type at once, through views: the 0-1 bead starts in this row,
                # whose cells are still infinite, so it is never picked here (`_chain`
                # decides it), and a row of nothing but infinities still picks type 0.
                options = best[preds[:, start:stop]]
                options += costs[:, start:stop]
                kind = options.argmin(axis=0)
                arrive = options.min(axis=0)  # the value at the argmin
            total, chained = _chain(arrive, steps[start:stop])
            best[start:stop] = total
            via[start:stop] = np.where(chained, zero_one, kind)
        return best, via

    def backward(self) -> np.ndarray:
        """Cheapest cost from every cell to (n, m)."""
        band, costs = self.band, self.costs
        rest = np.full(band.size + 1, np.inf)
        ready = band.n  # successors are at hand for rows ready..row
        succ, base = np.zeros((0, 0), dtype=np.int32), 0
        offsets = band.offsets.tolist()
        steps = costs[self.zero_one]
        downwards = self.from_earlier_rows[:, None]
        for row in range(band.n, -1, -1):
            start, stop = offsets[row], offsets[row + 1]
            if row == band.n:
                leave = np.full(stop - start, np.inf)
                leave[-1] = 0.0
            else:
                if row < ready:
                    first_cell = max(stop - _SUCCESSOR_CELLS, 0)
                    ready = min(
                        int(np.searchsorted(band.offsets, first_cell, side="right")) - 1, row
                    )
                    base = offsets[ready]
                    succ = self._successors(base, stop)
                nxt = succ[:, start - base : stop - base]
                options = rest[nxt]
                options += costs[downwards, nxt]
                leave = options.min(axis=0)
            # Right to left, the step out of cell k is the 0-1 bead ending at k + 1
            # (`_chain` ignores the first, the sentinel's when this is the last row).
            total, _ = _chain(leave[::-1], steps[stop:start:-1])
            rest[start:stop] = total[::-1]
        return rest

    def _successors(self, first: int, stop: int) -> np.ndarray:
        """For each bead type that leaves its row downwards and each cell from
        `first` to `stop`, the flat index of the bead's end node (``size``
        outside the band). Found a stretch of rows at a time: a table for every
        cell held 32 bytes a cell at the peak of a long alignment."""
        rows, cols = self.band.cells()
        rows, cols = rows[first:stop], cols[first:stop]
        return np.stack(
            [
                self.band.index(rows + a, cols + b).astype(np.int32)
                for a, b in (self.band.types[t] for t in self.from_earlier_rows)
            ]
        )

    def path(self, via: np.ndarray) -> np.ndarray:
        """The best path's nodes from (0, 0) to (n, m) as an array of (i, j)."""
        rows, cols = self.band.cells()
        cell = self.band.size - 1
        cells = [cell]
        while cell != 0:
            kind = via[cell]
            if kind < 0:
                raise AssertionError("the band holds no path")  # from_bounds guarantees one
            cell = int(self.preds[kind, cell])
            cells.append(cell)
        order = np.array(cells[::-1])
        return np.stack([rows[order], cols[order]], axis=1)

    def margins(self, nodes: np.ndarray, best: np.ndarray, rest: np.ndarray) -> np.ndarray:
        """For each bead of the path, how much more the best path *without* it costs.

        A path avoids a bead by leaving its start node another way, entering its
        end node another way, or by not visiting one of its two nodes at all;
        the last is estimated from the best path through another node of the
        same anti-diagonal. A small margin means a close competitor: a likely
        wrong bead.
        """
        band, costs, preds = self.band, self.costs, self.preds
        size = band.size
        total = best[size - 1]
        cells = band.index(nodes[:, 0], nodes[:, 1])
        starts, ends = cells[:-1], cells[1:]
        steps = nodes[1:] - nodes[:-1]
        chosen = np.array([band.types.index((int(a), int(b))) for a, b in steps], dtype=np.int64)
        beads = np.arange(len(chosen))
        into = best[preds[:, ends]] + costs[:, ends]
        out = np.empty_like(into)
        for t, (a, b) in enumerate(band.types):
            # The node a bead of this type would reach from each start node.
            nxt = band.index(nodes[:-1, 0] + a, nodes[:-1, 1] + b)
            out[t] = costs[t, nxt] + rest[nxt]
        into[chosen, beads] = np.inf
        out[chosen, beads] = np.inf
        elsewhere = _diagonal_alternatives(band, best[:-1] + rest[:-1], (starts, ends))
        alternative = np.minimum.reduce(
            [
                into.min(axis=0) + rest[ends],
                best[starts] + out.min(axis=0),
                *elsewhere,
            ]
        )
        return np.maximum(alternative - total, 0.0)


def _diagonal_alternatives(
    band: Band, through: np.ndarray, queried: tuple[np.ndarray, ...]
) -> list[np.ndarray]:
    """For each array of queried cells, per cell the cheapest complete path through
    another cell of its anti-diagonal (``inf`` if there is none).

    `through` (the cheapest path through each cell) is overwritten, and the cells
    are read a stretch at a time: on a long text whole-band temporaries here
    were the peak of the alignment's memory."""
    rows, cols = band.cells()
    count = band.n + band.m + 1
    stretches = [
        slice(first, min(first + _SUCCESSOR_CELLS, band.size))
        for first in range(0, band.size, _SUCCESSOR_CELLS)
    ]
    best = np.full(count, np.inf)
    for cells in stretches:
        np.minimum.at(best, rows[cells] + cols[cells], through[cells])
    # The first cell of each diagonal that reaches its best (cells in flat order).
    best_cell = np.full(count, -1, dtype=np.int64)
    for cells in stretches:
        diagonal = rows[cells] + cols[cells]
        hits = np.flatnonzero(through[cells] == best[diagonal])
        found, firsts = unique_first(diagonal[hits])
        unseen = best_cell[found] < 0
        best_cell[found[unseen]] = cells.start + hits[firsts[unseen]]
    through[best_cell[best_cell >= 0]] = np.inf
    second = np.full(count, np.inf)
    for cells in stretches:
        np.minimum.at(second, rows[cells] + cols[cells], through[cells])
    out = []
    for asked in queried:
        wanted = rows[asked] + cols[asked]
        out.append(np.where(best_cell[wanted] == asked, second[wanted], best[wanted]))
    return out
