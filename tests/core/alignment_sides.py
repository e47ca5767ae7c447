"""The aligner's `Side` built by hand for tests that drive one step of the aligner, not the
whole `align`: the lengths a test chooses, no anchors or dictionary words, and meaning only where
the test reads it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from workbench.core.alignment import aligner
from workbench.core.alignment.dictionary import SentenceWords
from workbench.core.alignment.meaning import (
    DIMENSIONS,
    LONGEST_SPAN,
    Meaning,
    SentenceMeaning,
    SpanVectors,
    sentence_meaning,
)
from workbench.core.alignment.scoring import Side


def bare_side(lengths: list[float]) -> Side:
    """Sentences of these lengths, with no anchors, words or meaning."""
    n = len(lengths)
    empty = np.zeros(0, dtype=np.int64)
    return Side(
        np.array(lengths, dtype=np.float64),
        np.ones(n + 1, dtype=bool),
        empty,
        empty,
        np.zeros(0),
        np.zeros(n, dtype=bool),
        SentenceWords.empty(n),
        SentenceMeaning.empty(),
    )


def read_side(meaning: Meaning, texts: list[str]) -> Side:
    """`texts` at their own lengths, every sentence (and run of up to three) read for meaning."""
    bare = bare_side([float(len(t)) for t in texts])
    return replace(bare, meaning=sentence_meaning(meaning, texts, range(len(texts))))


def uniform_side(texts: list[str], lengths: list[float] | None = None) -> Side:
    """`texts` with these lengths (their own by default), no anchors or words, and every span
    of every size read as the same vector: any bead reads as well as any other, so only the
    costs and limits decide."""
    n = len(texts)
    matrix = np.zeros((n + 1, DIMENSIONS), dtype=np.float32)
    matrix[:-1, 0] = 1.0
    rows = np.arange(n)
    layers = tuple(
        SpanVectors(np.where(rows >= k, rows, -1).astype(np.int32), matrix) for k in range(LONGEST_SPAN)
    )
    return replace(
        bare_side(lengths or [float(len(t)) for t in texts]),
        meaning=SentenceMeaning(tuple(layers)),
        wordless=np.array([aligner._wordless(t) for t in texts], dtype=np.int8),
    )
