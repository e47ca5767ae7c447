"""The aligner's `Side` built by hand for tests that drive one step of the aligner, not the
whole `align`: the lengths a test chooses, no anchors or dictionary words, and meaning only where
the test reads it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from workbench.core.alignment.dictionary import SentenceWords
from workbench.core.alignment.meaning import Meaning, SentenceMeaning, sentence_meaning
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
