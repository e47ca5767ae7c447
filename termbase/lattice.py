"""The term trie walked over many texts at once, as array operations (numpy).

`Matcher._candidates` walks its trie of dicts from one text's tokens, one
start at a time, in Python. A check of 100,000 segment pairs asks that of
200,000 texts, four million tokens, and the walk's Python steps were a fifth
of the term checks' time. Here the same walk runs over the tokens of a whole
run of texts together: every (start token, trie node) pair the lattice of lemma
ids allows is one row of a few arrays, and each step down the trie is a
search of the trie's sorted edges for all rows at once. The answer is the same
set of (first token, end token, entry) candidates `_candidates` finds, text by
text; letter case, grammar and overlaps are decided on them as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]


def _ranges(starts: Ints, counts: Ints) -> Ints:
    """`starts[i] .. starts[i] + counts[i]` for every i, one after the other, in one array."""
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    ends = np.cumsum(counts)
    return np.repeat(starts - (ends - counts), counts) + np.arange(total, dtype=np.int64)


@dataclass(frozen=True)
class TrieArrays:
    """A trie of dicts (`{key id: child, END: [entry, ...]}`) as sorted edge arrays.

    Nodes are numbered, the root 0; an edge is `parent * width + key`, sorted, so
    the children of many nodes by many keys are one `searchsorted`.
    """

    width: int
    """More than any key id: the factor that makes (parent, key) one integer."""
    edges: Ints
    """`parent * width + key` of every edge, sorted."""
    children: Ints
    """The node each edge leads to, in the same order."""
    end_start: Ints
    """Per node, where its entries (the terms ending there) begin in `end_entries`."""
    end_count: Ints
    """Per node, how many terms end there."""
    end_entries: Ints
    roots: Ints
    """The root's child by each key id, -1 where none: every walk's first step, by far
    its largest, is an index into this instead of a search of `edges`."""

    @classmethod
    def of(cls, root: dict[int, Any], end: int, width: int) -> TrieArrays:
        """The arrays of the trie under `root`, whose nodes list their entries under `end`."""
        edges: list[int] = []
        children: list[int] = []
        end_start: list[int] = []
        end_count: list[int] = []
        end_entries: list[int] = []
        nodes: list[dict[int, Any]] = [root]
        for number, node in enumerate(nodes):  # breadth first: `nodes` grows as it is read
            ends = node.get(end, ())
            end_start.append(len(end_entries))
            end_count.append(len(ends))
            end_entries.extend(ends)
            for key, child in node.items():
                if key != end:
                    edges.append(number * width + key)
                    children.append(len(nodes))
                    nodes.append(child)
        order = np.argsort(np.array(edges, dtype=np.int64), kind="stable")
        roots = np.full(width, -1, dtype=np.int64)
        from_root = len(root) - (end in root)  # the root's edges come first, key = code
        roots[edges[:from_root]] = children[:from_root]
        return cls(
            width,
            np.array(edges, dtype=np.int64)[order],
            np.array(children, dtype=np.int64)[order],
            np.array(end_start, dtype=np.int64),
            np.array(end_count, dtype=np.int64),
            np.array(end_entries, dtype=np.int64),
            roots,
        )

    def child(self, parents: Ints, keys: Ints) -> Ints:
        """The child of each parent by the key beside it, -1 where there is none."""
        codes = parents * self.width + keys
        if not self.edges.size:
            return np.full(codes.shape, -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.edges, codes), self.edges.size - 1)
        return np.where(self.edges[at] == codes, self.children[at], -1)


class FormArrays:
    """The lemma ids of the text forms a matcher numbered (`Matcher._form_keys`) as arrays:
    form n's ids are `ids[start[n]:start[n] + count[n]]`. Forms are numbered between
    walks, a few at a time, so each update appends only the new ones."""

    def __init__(self) -> None:
        empty = np.zeros(0, dtype=np.int64)
        self._arrays: tuple[Ints, Ints, Ints] = (empty, empty, empty)

    def update(self, form_keys: Sequence[tuple[int, ...]]) -> tuple[Ints, Ints, Ints]:
        """(start, count, ids) of every form in `form_keys` (which only ever grows at its end)."""
        start, count, ids = self._arrays
        new = form_keys[start.size : len(form_keys)]
        if new:
            added = np.fromiter(map(len, new), dtype=np.int64, count=len(new))
            self._arrays = start, count, ids = (
                np.concatenate((start, ids.size + np.cumsum(added) - added)),
                np.concatenate((count, added)),
                np.concatenate((ids, np.fromiter(chain.from_iterable(new), dtype=np.int64))),
            )
        return start, count, ids


def walk(
    trie: TrieArrays, forms: tuple[Ints, Ints, Ints], numbers: Ints, last: Bools, starts: Ints | None = None
) -> tuple[Ints, Ints, Ints]:
    """Every term occurrence in a run of texts: (first token, end token, entry), as three
    arrays, an occurrence once per path of ids that reaches it (as `Matcher._candidates`).

    `forms` are the (start, count, ids) arrays of `FormArrays`, `numbers` the form
    numbers of the texts' tokens one text after the other,
    `last` is True at each text's last token (no term goes on past it). `starts`, when
    given, are the only tokens a term is looked for from.
    """
    start_of, count_of, ids_of = forms
    found: list[tuple[Ints, Ints, Ints]] = []
    here = np.arange(numbers.size, dtype=np.int64) if starts is None else starts
    # Each row is a path: the token it started at, the token it reached, the node it is at.
    # A step takes every row down by each id of its token at once; the first, from the
    # root, has by far the most rows.
    counts = count_of[numbers[here]]
    nodes = trie.roots[ids_of[_ranges(start_of[numbers[here]], counts)]]
    here = first = np.repeat(here, counts)
    while True:
        kept = nodes >= 0
        nodes, here, first = nodes[kept], here[kept], first[kept]
        if not nodes.size:
            break
        ending = trie.end_count[nodes]
        if ending.any():
            found.append(
                (np.repeat(first, ending), np.repeat(here + 1, ending), trie.end_entries[_ranges(trie.end_start[nodes], ending)])
            )
        going_on = ~last[here]
        nodes, here, first = nodes[going_on], here[going_on] + 1, first[going_on]
        counts = count_of[numbers[here]]
        nodes = trie.child(np.repeat(nodes, counts), ids_of[_ranges(start_of[numbers[here]], counts)])
        here, first = np.repeat(here, counts), np.repeat(first, counts)
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    return (
        np.concatenate([f[0] for f in found]),
        np.concatenate([f[1] for f in found]),
        np.concatenate([f[2] for f in found]),
    )
