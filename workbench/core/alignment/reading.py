"""What the aligner reads from one text before it aligns: anchor keys, dictionary
words and word stems, each numbered in a vocabulary of the text's own.

The two texts are read independently, so a long pair is read on two cores (the
translation in a forked child, `workbench.core.forked`). Keys and stems are
numbered per text and renumbered into the shared vocabularies afterwards, in
the order the aligner always used (the source's keys first, each text's in
order of appearance): reading in one process or two gives the same numbers,
and the numbers break ties between equally strong links.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from workbench.core.alignment import lexicon
from workbench.core.alignment.anchors import (
    CYRILLIC_LANGS,
    AnchorTable,
    ConceptFinder,
    anchor_table,
    anchors,
)
from workbench.core.alignment.dictionary import dictionary_words

WordIds = Callable[[], tuple[dict[str, int], int] | None]
"""The word list's stems of the text's language and their length, or None without a list."""


@dataclass(frozen=True, eq=False)
class TextReading:
    """One text's anchors, dictionary words and stems, numbered in its own vocabularies."""

    anchors: AnchorTable
    anchor_keys: list[str]
    word_rows: np.ndarray
    word_keys: np.ndarray
    stems: np.ndarray
    stem_counts: np.ndarray
    stem_keys: list[str]

    def anchor_table(self, vocabulary: dict[str, int]) -> AnchorTable:
        """The anchors with keys numbered in the shared `vocabulary` (new keys added)."""
        ids = _renumbered(self.anchor_keys, vocabulary)
        return AnchorTable(self.anchors.rows, ids[self.anchors.keys].astype(np.int32), self.anchors.counts)

    def stem_ids(self, vocabulary: dict[str, int]) -> list[tuple[int, ...]]:
        """Each sentence's stems (as `lexicon.stem_ids`) numbered in the shared `vocabulary`."""
        ids = _renumbered(self.stem_keys, vocabulary)[self.stems].tolist()
        ends = np.cumsum(self.stem_counts).tolist()
        return [tuple(ids[start:end]) for start, end in zip([0, *ends[:-1]], ends)]


def read_text(texts: Sequence[str], lang: str, concepts: ConceptFinder | None, word_ids: WordIds) -> TextReading:
    """Read one text (`lang` a primary language code)."""
    keys: dict[str, int] = {}
    table = anchor_table((anchors(text, lang, concepts) for text in texts), keys)
    own_words = word_ids()
    if own_words is None:
        word_rows = word_keys = np.zeros(0, dtype=np.int64)
    else:
        word_rows, word_keys = dictionary_words(texts, *own_words)
    stems: dict[str, int] = {}
    per_sentence = lexicon.stem_ids(texts, lang in CYRILLIC_LANGS, stems)
    flat = array("q")
    for sentence in per_sentence:
        flat.extend(sentence)
    return TextReading(
        table,
        list(keys),
        word_rows,
        word_keys,
        np.frombuffer(flat, dtype=np.int64).copy(),
        np.array([len(sentence) for sentence in per_sentence], dtype=np.int64),
        list(stems),
    )


def _renumbered(keys: list[str], vocabulary: dict[str, int]) -> np.ndarray:
    """Ids in `vocabulary` of `keys` (a text's own vocabulary in id order); keys new
    to it are numbered in that order, as reading the text against it would."""
    return np.fromiter(
        (vocabulary.setdefault(key, len(vocabulary)) for key in keys), dtype=np.int64, count=len(keys)
    )
