"""What a bead costs: sentence lengths, lexical anchors, paragraph boundaries, bead type.

Costs are negative log-likelihoods (up to constants), so they add along a
path and the cheapest path is the most likely alignment:

- length, as Gale and Church model it: the target length of a bead is
  normally distributed around ``ratio`` times its source length with a
  variance proportional to the length; ratio and variance are estimated from
  the texts being aligned;
- the bead type's prior (1-1 is common, 2-2 rare);
- paragraph boundaries: a boundary on one side that the bead structure does
  not mirror on the other costs ``paragraph_cost``, itself estimated from how
  faithfully this translation keeps paragraphs;
- anchors: every anchor shared by the bead's two sides lowers its cost by
  its weight, so beads that pair sentences sharing numbers, names, terms or
  punctuation win over beads of similar length that do not;
- word coverage: every dictionary word of a sentence in the bead earns
  ``coverage_reward`` if a translation of it is on the other side and costs
  ``coverage_penalty`` if not (`alignment_dictionary`), so a sentence
  attached to a bead that does not translate it pays for its words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from workbench.core.alignment.arrays import unique, unique_counts
from workbench.core.alignment.dictionary import SentenceWords
from workbench.core.alignment.meaning import JoinedSpans, SentenceMeaning, SpanVectors
from workbench.core.alignment.search import BEAD_TYPES, Band, Lattice

DEFAULT_PRIORS: tuple[float, ...] = tuple(
    -np.log(p) for p in (0.89, 0.004, 0.004, 0.045, 0.045, 0.003, 0.005, 0.005)
)
"""Bead-type costs before the texts say otherwise, in `BEAD_TYPES` order."""


COARSE_MAX_BLOCKS = 4
"""At coarse levels, anchors found in more blocks than this are ignored."""


@dataclass(frozen=True, eq=False)
class Side:
    """One side's sentences as the scorer sees them.

    ``breaks[i]`` tells whether node i (between sentence i-1 and i) is a
    paragraph boundary; the two ends always are. Anchors are a sparse table of
    (sentence, key id, weighted count) rows, sorted by key and sentence.
    """

    lengths: np.ndarray
    breaks: np.ndarray
    anchor_rows: np.ndarray
    anchor_keys: np.ndarray
    anchor_values: np.ndarray
    alone: np.ndarray
    """Per sentence: a user fixed it as unpaired (a 1-0 or 0-1 bead); no other bead may take it."""
    words: SentenceWords
    """Dictionary words, for the coverage cost."""
    meaning: SentenceMeaning
    """Sentence vectors, for the meaning cost (empty when the aligner reads no meaning)."""
    wordless: np.ndarray | None = None
    """Per sentence: 0 where it holds a word, 1 where it holds none (a speck, a lone letter
    an OCR left as a segment), 2 where it holds none but a number (a page number, a list's
    or a section's "D.1.1.", which the translation may keep); None where none is known."""

    @property
    def count(self) -> int:
        return len(self.lengths)

    def debris(self, row: int) -> bool:
        """Whether sentence `row` is debris as the search prices it (`Model.wordless_null_cost`):
        it holds no word, and no number the other text shares (anchors are only the keys
        both texts hold)."""
        kind = 0 if self.wordless is None else int(self.wordless[row])
        return kind == 1 or (kind == 2 and not bool(np.any(self.anchor_rows == row)))

    @property
    def paragraphs(self) -> int:
        return int(self.breaks[1:].sum()) if self.count else 0

    def slice(self, first: int, stop: int) -> Side:
        """The sentences ``first..stop-1`` as a side of their own."""
        if first == 0 and stop == self.count:
            return self  # the usual case, no fixed beads: spare a copy of every table
        keep = (self.anchor_rows >= first) & (self.anchor_rows < stop)
        breaks = self.breaks[first : stop + 1].copy()
        breaks[0] = breaks[-1] = True
        return Side(
            self.lengths[first:stop],
            breaks,
            self.anchor_rows[keep] - first,
            self.anchor_keys[keep],
            self.anchor_values[keep],
            self.alone[first:stop],
            self.words.slice(first, stop),
            self.meaning.slice(first, stop),
            None if self.wordless is None else self.wordless[first:stop],
        )

    def coarsen(self, factor: int) -> Side:
        """Blocks of `factor` consecutive sentences as single units (for the coarse
        pass): lengths add up, anchors pool, paragraph marks are dropped."""
        blocks = (self.count + factor - 1) // factor
        lengths = (
            np.add.reduceat(self.lengths, np.arange(0, self.count, factor))
            if self.count
            else self.lengths
        )
        breaks = np.zeros(blocks + 1, dtype=bool)
        breaks[0] = breaks[-1] = True
        rows = self.anchor_rows // factor
        # Only rare keys locate blocks; frequent ones would pair every block with every other.
        width = int(rows.max()) + 1 if len(rows) else 1
        pairs = unique(self.anchor_keys.astype(np.int64) * width + rows)
        keys, block_counts = unique_counts(pairs // width)
        rare = keys[block_counts <= COARSE_MAX_BLOCKS]
        keep = np.isin(self.anchor_keys, rare, kind="table")
        rows, key_ids, values = rows[keep], self.anchor_keys[keep], self.anchor_values[keep]
        order = np.lexsort((rows, key_ids))
        # The coarse pass only places the band; unpaired sentences, word
        # coverage and meaning are left to the full detail.
        alone = np.zeros(blocks, dtype=bool)
        return Side(
            lengths,
            breaks,
            rows[order],
            key_ids[order],
            values[order],
            alone,
            SentenceWords.empty(blocks),
            SentenceMeaning.empty(),
        )


@dataclass(frozen=True)
class Model:
    """The parameters a text is aligned with; see the module docstring."""

    ratio: float
    variance: float
    priors: tuple[float, ...] = DEFAULT_PRIORS
    """Cost of each bead type, in `bead_types` order."""
    bead_types: tuple[tuple[int, int], ...] = BEAD_TYPES
    """The bead types searched: the cheap passes' or, where meaning is read, the larger set."""
    paragraph_cost: float = 0.0
    anchor_weight: float = 1.0
    null_cost: float = 4.0
    """Cost of leaving a sentence unpaired, on top of the 1-0/0-1 prior. Gale and
    Church price it by the length the missing translation would have had, which
    makes dropping a long sentence dearer than gluing it to a neighbour."""
    null_anchor_credit: float = 0.5
    """Per unit of anchor weight, how much cheaper an unpaired sentence gets: a
    sentence whose names and numbers find no partner nearby is likely omitted."""
    length_ceiling: float = 7.0
    """Length costs level off near this value: real translations have far heavier
    tails than a normal ("Now build a testbed with:" became a 64-character
    sentence), and a cost growing with the square would rather drop both
    sentences than pair them."""
    coverage_reward: float = 0.07
    """Taken off a bead for each dictionary word whose translation it holds."""
    coverage_penalty: float = 0.07
    """Added to a bead for each dictionary word whose translation it lacks."""
    length_weight: float = 1.0
    """How much the length cost weighs against the other evidence."""
    meaning_weight: float = 0.0
    """How much a bead's meaning similarity (cosine of its two sides' summed
    sentence vectors) weighs; 0 reads no meaning."""
    meaning_neutral: float = 0.0
    """The similarity at which meaning neither favours nor penalises a bead:
    pairs more alike than this are rewarded, less alike charged."""
    meaning_size_exponent: float = 0.0
    """A bead of k sentences weighs (k / 2) ** this in the meaning term: above 0, one
    bead that translates well as a whole can outweigh the 1-1 pairs it would split into."""
    unpaired_weight: float = 0.0
    """How much dearer leaving a sentence unpaired gets per unit of its best
    similarity to a sentence on the other side nearby: a sentence with a close
    match is rarely an omission."""
    unpaired_from: float = 0.0
    """Similarities up to this are what unrelated sentences reach: no evidence."""
    edge_floor: float = 0.0
    """The cosine under which a sentence matches nothing across (see `edge_weight`)."""
    edge_weight: float = 0.0
    """A sentence at either end of a bead's side of two or more whose best cosine with
    any one sentence of the other side is under `edge_floor` adds `edge_weight` per
    unit under. The span's own similarity hardly moves when a short sentence is
    glued to it, so a translator's added exclamation, or a neighbour's last clause,
    was absorbed at the price of the bead type alone; read on its own, such a
    sentence translates nothing across. Only the ends are read: a sentence inside
    a cut-up long one (a song's line in a 1-4 bead) may match nothing alone."""

    pair_over_swap: float | None = None
    """Where set, a 1-1 bead costs at most what leaving both its sentences unpaired side
    by side costs (a 1-0 bead next to a 0-1, in either order), less this. Read with
    meaning, two neighbouring sentences that translate each other loosely (a paraphrase,
    a figure of speech) can cost more as a pair than as an omission beside an addition;
    none of the 22 unpaired sentences of the free-translation gold sets stands beside
    one of the other side, while the aligner left five such swaps, four of them a gold
    1-1 bead."""

    wordless_null_cost: float | None = None
    """Where set, what leaving a sentence with no word (`Side.wordless`) and no anchor
    the other text shares unpaired costs, in place of the unpaired price and its bead
    type's prior. An OCR's debris ("| i", "©") translates nothing, so it was glued to a
    neighbour's bead for the small price of its length, where the null costs a
    sentence's omission. A section number ("D.1.1.") the other text also has is priced
    as any sentence: the translation may run it into its heading."""
    wordless_pair_cost: float = 0.0
    """Added to a bead for each sentence with no word it holds beside sentences with
    words, unless it shares an anchor with the bead's other side. A bead of wordless
    sentences only is not charged: a list number "2." paired with "2." or a chapter's
    "I" with "I" wins by the anchor they share."""

    def without_paragraphs(self) -> Model:
        return replace(self, paragraph_cost=0.0)


def _neg_log_erfc(x: np.ndarray) -> np.ndarray:
    """-log(erfc(x)) for x >= 0, without underflow for large x (the Chebyshev
    fit of Numerical Recipes' ``erfcc``, relative error below 1.2e-7)."""
    t = 0.5 * x
    t += 1.0
    np.divide(1.0, t, out=t)
    # Horner's rule from the innermost coefficient, in place (a lattice's length costs
    # are millions of cells; the same operations in the same order as written out).
    poly = t * 0.17087277
    for coefficient in _ERFC_COEFFICIENTS:
        poly += coefficient
        poly *= t
    poly += -1.26551223
    out = x * x
    out -= poly
    out -= np.log(t, out=t)
    return out


_ERFC_COEFFICIENTS = (-0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196, 1.00002368)
"""`_neg_log_erfc`'s polynomial from the second-highest power down to the linear term."""


def length_deviation(source_len: np.ndarray, target_len: np.ndarray, model: Model) -> np.ndarray:
    """Gale-Church's |delta|: how many standard deviations the target's length is
    from what the source's length predicts under `model`."""
    deviation = signed_length_deviation(source_len, target_len, model)
    np.abs(deviation, out=deviation)
    return deviation


def signed_length_deviation(
    source_len: np.ndarray, target_len: np.ndarray, model: Model
) -> np.ndarray:
    """Gale-Church's delta with its sign: positive where the target is longer than the
    source's length predicts under `model`, negative where it is shorter."""
    # In place, the operations of the formula in its order (bead lengths of a whole lattice).
    spread = target_len / model.ratio
    spread += source_len
    spread /= 2.0
    np.maximum(spread, 1.0, out=spread)
    spread *= model.variance
    np.sqrt(spread, out=spread)
    deviation = model.ratio * source_len
    np.subtract(target_len, deviation, out=deviation)
    deviation /= spread
    return deviation


def length_cost(source_len: np.ndarray, target_len: np.ndarray, model: Model) -> np.ndarray:
    """Gale-Church: -log P(|delta| at least this large) for the bead's lengths."""
    delta = length_deviation(source_len, target_len, model)
    delta /= np.sqrt(2.0)
    # -log(P_normal + e^-ceiling): a small uniform share for outliers.
    cost = np.negative(_neg_log_erfc(delta))
    np.logaddexp(cost, -model.length_ceiling, out=cost)
    return np.negative(cost, out=cost)


def anchor_matches(source: Side, target: Side, band: Band) -> np.ndarray:
    """Weighted count of anchors shared by source sentence i-1 and target sentence
    j-1, stored at the cell of node (i, j); zero where nothing is shared.

    Only sentence pairs whose 1-1 bead lies inside the band are looked at, so
    the work follows the band, not n x m.
    """
    return shared_keys(
        (source.anchor_rows, source.anchor_keys, source.anchor_values),
        (target.anchor_rows, target.anchor_keys, target.anchor_values),
        target.count,
        band,
    )


Table = tuple[np.ndarray, np.ndarray, np.ndarray | None]
"""A sparse (sentence, key, value) table, sorted by key then sentence; values
None means 1 for every row (a word table)."""


def shared_keys(source: Table, target: Table, target_count: int, band: Band) -> np.ndarray:
    """Per cell of node (i, j): the sum over keys found both in source sentence i-1
    and target sentence j-1 of the smaller of their two values."""
    size = band.size
    source_rows, source_keys, source_values = source
    target_rows, target_keys, target_values = target
    if not len(source_rows) or not len(target_rows):
        return np.zeros(size + 1, dtype=np.float32)
    stride = target_count + 1
    target_codes = target_keys.astype(np.int64) * stride + target_rows
    if (target_codes[1:] < target_codes[:-1]).any():
        # Tables come sorted; a copy of a long text's word table, sorted again,
        # was the largest transient of an alignment.
        order = np.argsort(target_codes, kind="stable")
        target_codes, target_rows = target_codes[order], target_rows[order]
        target_values = target_values[order] if target_values is not None else None
    node_rows = source_rows + 1
    base = source_keys.astype(np.int64) * stride
    left = np.searchsorted(target_codes, base + band.lo[node_rows] - 1, side="left")
    right = np.searchsorted(target_codes, base + band.hi[node_rows] - 1, side="right")
    del base
    counts = np.maximum(right - left, 0)
    # Counts of shared words add up exactly in single precision, the precision
    # the costs are kept in (a long text's band has millions of cells); weighted
    # anchors are summed in double and rounded once, as before.
    weighted = source_values is not None and target_values is not None
    found: np.ndarray = np.zeros(size + 1, dtype=np.float64 if weighted else np.float32)
    # Pairs are enumerated in chunks of about _PAIR_CHUNK to bound memory.
    bounds = np.searchsorted(
        np.cumsum(counts), np.arange(_PAIR_CHUNK, int(counts.sum()), _PAIR_CHUNK)
    )
    for first, stop in zip(
        np.concatenate(([0], bounds)), np.concatenate((bounds, [len(counts)])), strict=True
    ):
        chunk = counts[first:stop]
        total = int(chunk.sum())
        if total == 0:
            continue
        which = first + np.repeat(np.arange(len(chunk)), chunk)
        within = np.arange(total) - np.repeat(np.cumsum(chunk) - chunk, chunk)
        partner = np.repeat(left[first:stop], chunk) + within
        cells = band.index(node_rows[which], target_rows[partner] + 1)
        if not weighted:
            found += np.bincount(cells, minlength=size + 1)[: size + 1]
        else:
            assert source_values is not None and target_values is not None
            values = np.minimum(source_values[which], target_values[partner])
            found += np.bincount(cells, weights=values, minlength=size + 1)[: size + 1]
    return found.astype(np.float32, copy=False)


_PAIR_CHUNK = 250_000


def build_lattice(source: Side, target: Side, band: Band, model: Model) -> Lattice:
    """Every bead's cost at every cell of `band` (see `Lattice`)."""
    preds = band.predecessors()
    rows, cols = band.cells()
    size = band.size
    src_cum = np.concatenate(([0.0], np.cumsum(source.lengths)))
    tgt_cum = np.concatenate(([0.0], np.cumsum(target.lengths)))
    src_weight = _anchor_totals(source)
    tgt_weight = _anchor_totals(target)
    src_breaks = np.concatenate(([0], np.cumsum(source.breaks)))
    tgt_breaks = np.concatenate(([0], np.cumsum(target.breaks)))
    src_alone = np.concatenate(([0], np.cumsum(source.alone)))
    tgt_alone = np.concatenate(([0], np.cumsum(target.alone)))
    matches = anchor_matches(source, target, band) if model.anchor_weight else np.zeros(size + 1)
    coverage = _Coverage(source, target, band, model)
    meaning = _Meaning(source, target, band, model)
    if band.types != model.bead_types or len(model.priors) != len(band.types):
        raise ValueError("the band, the model and its priors must name the same bead types")
    costs = np.full((len(band.types), size + 1), np.inf, dtype=np.float32)
    any_alone = bool(src_alone[-1] or tgt_alone[-1])
    src_wordless, src_numbered = _wordless_counts(source)
    tgt_wordless, tgt_numbered = _wordless_counts(target)
    wordless_null = model.wordless_null_cost if src_wordless[-1] or tgt_wordless[-1] else None
    # Cells are scored in slices so that temporaries stay small on long texts.
    for first in range(0, size, _CELL_CHUNK):
        cells = slice(first, min(first + _CELL_CHUNK, size))
        mismatch = (source.breaks[rows[cells]] != target.breaks[cols[cells]]) * model.paragraph_cost
        for t, (a, b) in enumerate(band.types):
            valid = preds[t, cells] < size
            r, c = rows[cells][valid], cols[cells][valid]
            if a and b:
                cost = model.length_weight * length_cost(
                    src_cum[r] - src_cum[r - a], tgt_cum[c] - tgt_cum[c - b], model
                )
            else:
                alone = src_weight[r] - src_weight[r - a] + tgt_weight[c] - tgt_weight[c - b]
                cost = model.null_cost - model.null_anchor_credit * alone
                cost += meaning.unpaired_cost(r, c, a, b)
            cost += model.priors[t] + mismatch[valid]
            if wordless_null is not None and not (a and b):
                held = src_wordless[r] - src_wordless[r - a] + tgt_wordless[c] - tgt_wordless[c - b]
                # A number that shares an anchor with the other text ("D.1.1.", "2.") may
                # be a token the translation keeps: it is priced as any sentence.
                numbered = src_numbered[r] - src_numbered[r - a] + tgt_numbered[c] - tgt_numbered[c - b]
                debris = (held > 0) & ((numbered == 0) | (alone == 0))
                cost = np.where(debris, wordless_null + mismatch[valid], cost)
            if model.paragraph_cost:
                inner = np.zeros(len(r))
                if a > 1:
                    inner += src_breaks[r] - src_breaks[r - a + 1]
                if b > 1:
                    inner += tgt_breaks[c] - tgt_breaks[c - b + 1]
                cost += model.paragraph_cost * inner
            if a and b and model.anchor_weight:
                # Per sentence pair (x, y) of the beads: the cell of its 1-1 bead, for
                # the anchor and coverage terms alike.
                pairs = {
                    (x, y): band.shifted(x, y, cells)[valid] for x in range(a) for y in range(b)
                }
                shared = _bead_matches(matches, pairs, a, b)
                cap = np.minimum(
                    src_weight[r] - src_weight[r - a], tgt_weight[c] - tgt_weight[c - b]
                )
                cost -= model.anchor_weight * np.minimum(shared, cap)
                if wordless_null is not None and model.wordless_pair_cost:
                    lone = _lone_wordless(source, target, matches, pairs, r, c, a, b)
                    cost += model.wordless_pair_cost * lone
                cost += coverage.cost(pairs, r, c, a, b)
                cost += meaning.cost(cells, valid, r, c, a, b, pairs)
            if any_alone and (a and b or a > 1 or b > 1):
                # Sentences fixed as unpaired may only stand in a 1-0 or 0-1 bead.
                taken = src_alone[r] - src_alone[r - a] + tgt_alone[c] - tgt_alone[c - b]
                cost[taken > 0] = np.inf
            costs[t, first + np.flatnonzero(valid)] = cost
    if model.pair_over_swap is not None:
        _pair_over_swap(costs, preds, band.types, model.pair_over_swap)
    return Lattice(band, costs, preds)


def _lone_wordless(
    source: Side,
    target: Side,
    matches: np.ndarray,
    pairs: dict[tuple[int, int], np.ndarray],
    r: np.ndarray,
    c: np.ndarray,
    a: int,
    b: int,
) -> np.ndarray:
    """Per bead of type (a, b) ending at nodes (r, c): how many of its wordless sentences
    are not a number sharing an anchor with its other side (`Model.wordless_pair_cost`);
    none where all its sentences are wordless. A number that does share one is a token
    the translation keeps: "D.1.1." before a heading the Russian runs into «D.1.1.
    Установка мыши»."""
    lone = np.zeros(len(r))
    held = np.zeros(len(r))
    # each side's sentences in turn, with the (source, target) key of a pair it makes with the other's
    for side, ends, count, others, key in ((source, r, a, b, lambda i, j: (i, j)),
                                            (target, c, b, a, lambda i, j: (j, i))):
        for i in range(count):
            own = _wordless_at(side, ends - 1 - i)
            anchored = np.zeros(len(r), dtype=bool)
            for j in range(others):
                anchored |= matches[pairs[key(i, j)]] > 0
            lone += (own > 0) & ~((own == 2) & anchored)
            held += own > 0
    lone[held == a + b] = 0
    return lone


def _wordless_at(side: Side, rows: np.ndarray) -> np.ndarray:
    """`Side.wordless` of each of `rows` of `side` (0 where none is known)."""
    if side.wordless is None:
        return np.zeros(len(rows), dtype=np.int8)
    return side.wordless[rows]


def _wordless_counts(side: Side) -> tuple[np.ndarray, np.ndarray]:
    """Running counts of `side`'s wordless sentences and of those that hold a number
    (zeros where none is known)."""
    if side.wordless is None:
        return np.zeros(side.count + 1), np.zeros(side.count + 1)
    return (
        np.concatenate(([0], np.cumsum(side.wordless > 0))),
        np.concatenate(([0], np.cumsum(side.wordless == 2))),
    )


def _pair_over_swap(
    costs: np.ndarray, preds: np.ndarray, types: tuple[tuple[int, int], ...], cheaper: float
) -> None:
    """Lower each 1-1 bead's cost, in place, to that of its two sentences left unpaired
    one beside the other, in either order (`Model.pair_over_swap`). A 1-1 bead that is
    forbidden (a sentence fixed as unpaired) stays so."""
    pair, source_only, target_only = types.index((1, 1)), types.index((1, 0)), types.index((0, 1))
    # Source first: the 1-0 bead ending where the 0-1 bead ending here starts; and the reverse.
    source_first = costs[source_only, preds[target_only]] + costs[target_only]
    target_first = costs[target_only, preds[source_only]] + costs[source_only]
    allowed = np.isfinite(costs[pair])
    costs[pair, allowed] = np.minimum(
        costs[pair, allowed], np.minimum(source_first, target_first)[allowed] - cheaper
    )


_CELL_CHUNK = 50_000


def _bead_matches(matches: np.ndarray, pairs: dict[tuple[int, int], np.ndarray], a: int, b: int) -> np.ndarray:
    """Anchor weight shared inside the beads of type (a, b) whose sentence pairs'
    cells are `pairs` (see `build_lattice`).

    Pairwise matches are summed, except in a 2-2 bead, which gets only its
    better 1-1 + 1-1 pairing: its two sentences on a side often share a word,
    and counting it twice would make 2-2 beads win over the right pair of 1-1s.
    """

    def pair(x: int, y: int) -> np.ndarray:
        return matches[pairs[x, y]]

    if (a, b) == (2, 2):
        return np.maximum(pair(0, 0) + pair(1, 1), pair(0, 1) + pair(1, 0))
    shared = np.zeros(len(pairs[0, 0]))
    for x in range(a):
        for y in range(b):
            shared += pair(x, y)
    return shared


class _Coverage:
    """The word-coverage term of the bead costs (see the module docstring)."""

    def __init__(self, source: Side, target: Side, band: Band, model: Model) -> None:
        self.model = model
        self.known_source = source.words.known
        self.known_target = target.words.known
        self.active = bool(
            (model.coverage_reward or model.coverage_penalty)
            and self.known_source.any()
            and self.known_target.any()
        )
        if self.active:
            src, tgt = source.words, target.words
            # Source words whose translation is in the target sentence, and the reverse.
            self.source_found = shared_keys(
                (src.own_rows, src.own_keys, None),
                (tgt.gloss_rows, tgt.gloss_keys, None),
                target.count,
                band,
            )
            self.target_found = shared_keys(
                (src.gloss_rows, src.gloss_keys, None),
                (tgt.own_rows, tgt.own_keys, None),
                target.count,
                band,
            )

    def cost(
        self, pairs: dict[tuple[int, int], np.ndarray], r: np.ndarray, c: np.ndarray, a: int, b: int
    ) -> np.ndarray | float:
        """Coverage cost of the (a, b) beads ending at rows `r`, columns `c`, whose
        sentence pairs' cells are `pairs` (see `build_lattice`)."""
        if not self.active:
            return 0.0
        # pair(x, y) is the source sentence r-1-x with the target sentence c-1-y.
        total = np.zeros(len(r))
        for x in range(a):
            found = np.zeros(len(r))
            for y in range(b):
                found += self.source_found[pairs[x, y]]
            total += self._charge(found, self.known_source[r - 1 - x])
        for y in range(b):
            found = np.zeros(len(r))
            for x in range(a):
                found += self.target_found[pairs[x, y]]
            total += self._charge(found, self.known_target[c - 1 - y])
        return total

    def _charge(self, found: np.ndarray, known: np.ndarray) -> np.ndarray:
        found = np.minimum(found, known)
        return self.model.coverage_penalty * (known - found) - self.model.coverage_reward * found


class _Meaning:
    """The meaning terms of the bead costs.

    A bead whose sentences were all embedded costs ``weight * (neutral -
    similarity)``, the similarity being the cosine of the vectors of its two
    sides, each read as one text. Leaving a sentence unpaired costs more the
    closer its best match on the other side within the band.
    """

    def __init__(self, source: Side, target: Side, band: Band, model: Model) -> None:
        self.band = band
        self.model = model
        self.source = source.meaning
        self.target = target.meaning
        self.active = bool(model.meaning_weight and self.source.active and self.target.active)
        if not self.active:
            return
        self.pairs = _cross_cosines(self.source.span(1), self.target.span(1), band)
        # Best similarity of each sentence to any sentence of the other side in the band.
        rows, cols = band.cells()
        self.source_best = np.zeros(source.count + 1)
        self.target_best = np.zeros(target.count + 1)
        np.maximum.at(self.source_best, rows, self.pairs[:-1])
        np.maximum.at(self.target_best, cols, self.pairs[:-1])

    def cost(
        self,
        cells: slice,
        valid: np.ndarray,
        r: np.ndarray,
        c: np.ndarray,
        a: int,
        b: int,
        pairs: dict[tuple[int, int], np.ndarray],
    ) -> np.ndarray | float:
        """Meaning cost of the (a, b) beads ending at the `valid` cells of `cells`,
        whose sentence pairs' cells are `pairs` (see `build_lattice`)."""
        if not self.active:
            return 0.0
        if a == b == 1:
            similarity = self.pairs[cells.start + np.flatnonzero(valid)]
            whole = self.source.span(1).embedded[r - 1] & self.target.span(1).embedded[c - 1]
        else:
            left, right = self.source.span(a), self.target.span(b)
            whole = left.embedded[r - 1] & right.embedded[c - 1]
            similarity = np.zeros(len(r))
            where = np.flatnonzero(whole)
            for first in range(0, len(where), _SPAN_CHUNK):
                some = where[first : first + _SPAN_CHUNK]
                similarity[some] = np.einsum(
                    "ij,ij->i", left.vectors(r[some] - 1), right.vectors(c[some] - 1)
                )
        model = self.model
        weight = model.meaning_weight * ((a + b) / 2.0) ** model.meaning_size_exponent
        cost = weight * (model.meaning_neutral - similarity) + self._edges(pairs, a, b)
        return np.where(whole, cost, 0.0)

    def _edges(self, pairs: dict[tuple[int, int], np.ndarray], a: int, b: int) -> np.ndarray | float:
        """What the end sentences of a side of two or more that match no sentence
        across add (`Model.edge_weight`). A sentence pair whose cell lies outside
        the band has no cosine here: its end is not charged."""
        model = self.model
        if not model.edge_weight or (a < 2 and b < 2):
            return 0.0
        total = np.zeros(len(pairs[0, 0]))
        # pairs[x, y]: source sentence r-1-x with target sentence c-1-y.
        ends = [[(x, y) for y in range(b)] for x in sorted({0, a - 1})] if a > 1 else []
        ends += [[(x, y) for x in range(a)] for y in sorted({0, b - 1})] if b > 1 else []
        for across in ends:
            cells = np.stack([pairs[key] for key in across])
            best = np.where(cells < self.band.size, self.pairs[cells], np.inf).max(axis=0)
            total += model.edge_weight * np.maximum(model.edge_floor - best, 0.0)
        return total

    def unpaired_cost(self, r: np.ndarray, c: np.ndarray, a: int, b: int) -> np.ndarray | float:
        """What meaning adds to leaving source sentence r-1 (a 1-0 bead) or target
        sentence c-1 (0-1) unpaired."""
        if not self.active or not self.model.unpaired_weight:
            return 0.0
        best = self.source_best[r] if a else self.target_best[c]
        return self.model.unpaired_weight * np.maximum(best - self.model.unpaired_from, 0.0)


_SPAN_CHUNK = 20_000
"""Beads whose span vectors are multiplied at once (each gathers two 2 KB rows)."""


def _cross_cosines(
    source: SpanVectors | JoinedSpans, target: SpanVectors | JoinedSpans, band: Band
) -> np.ndarray:
    """Per cell of node (i, j): cosine of source sentence i-1 and target sentence j-1
    (zero where either was not embedded, and at the sentinel)."""
    out = np.zeros(band.size + 1)
    for row in (np.flatnonzero(source.embedded) + 1).tolist():
        first = max(int(band.lo[row]), 1)
        last = int(band.hi[row])
        if last < first:
            continue
        start = int(band.offsets[row]) + first - int(band.lo[row])
        out[start : start + last - first + 1] = target.vectors(
            np.arange(first - 1, last)
        ) @ source.vectors(row - 1)
    return out


def _anchor_totals(side: Side) -> np.ndarray:
    """Cumulative anchor weight per sentence: caps what a bead can match."""
    per_sentence = np.bincount(side.anchor_rows, weights=side.anchor_values, minlength=side.count)
    return np.concatenate(([0.0], np.cumsum(per_sentence)))
