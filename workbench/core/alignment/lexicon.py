"""Word translations learned from the text being aligned, to serve as extra anchors.

After a first alignment most 1-1 beads are right, so words that keep turning
up together in them ("package" / "пакет", "rebuild" / "пересборка") are very
likely translations of each other. Like Moore's aligner (2002), which trains
a word model on the first pass's confident beads, this module counts how
often an English and a Russian word stem share a 1-1 bead, links the most
strongly associated pairs one-to-one (Melamed's competitive linking), and
returns them as anchor keys (``w:<n>``) for the second pass.

Stems are word prefixes: crude, but language-neutral, fast, and enough to
fold Russian case endings and English suffixes together. Stems found in a
large share of sentences ("the", "и") are left out: they co-occur with
everything.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

import numpy as np

from workbench.core.alignment.arrays import unique_counts

STEM_LENGTH = 5
MIN_WORD = 3
MIN_PAIRS = 3
"""A link needs this many shared beads: fewer is chance."""
MIN_DICE = 0.35
MAX_SHARE = 0.2
"""Stems in more than this share of sentences are too common to link."""

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def stems(text: str, cyrillic: bool) -> set[str]:
    """Prefix stems of the words written in the text's own script."""
    words = _WORD.findall(text)
    if not cyrillic and (text.isascii() or not _CYRILLIC.search(text)):
        # No Cyrillic anywhere: every word is in the script (one test, not one a word)
        return {word.lower()[:STEM_LENGTH] for word in words if len(word) >= MIN_WORD}
    return {
        word.lower()[:STEM_LENGTH]
        for word in words
        if len(word) >= MIN_WORD and bool(_CYRILLIC.search(word)) == cyrillic
    }


def stem_ids(
    texts: Iterable[str], cyrillic: bool, vocabulary: dict[str, int]
) -> list[tuple[int, ...]]:
    """Each text's `stems` as ids numbered in `vocabulary`: on a long text, sets of
    strings per sentence weighed tens of megabytes at the aligner's peak."""
    # Sorted, so that stems are numbered the same in every process (a set's order
    # follows the interpreter's string hashing, and ties between equally strong
    # links are broken by number).
    return [
        tuple(
            vocabulary.setdefault(stem, len(vocabulary)) for stem in sorted(stems(text, cyrillic))
        )
        for text in texts
    ]


def learn(
    source_stems: Sequence[Collection[int]],
    target_stems: Sequence[Collection[int]],
    pairs: Sequence[tuple[int, int]],
) -> dict[tuple[int, int], str]:
    """Linked (source stem, target stem) pairs -> anchor key, from sentence pairs
    (indices into the stem lists) believed to be translations."""
    if len(pairs) < 2 * MIN_PAIRS:
        return {}
    limit = max(MIN_PAIRS, MAX_SHARE * len(pairs))
    src_df = Counter(s for i, _ in pairs for s in source_stems[i])
    tgt_df = Counter(t for _, j in pairs for t in target_stems[j])
    src_vocab = {
        s: k for k, s in enumerate(s for s, c in src_df.items() if MIN_PAIRS <= c <= limit)
    }
    tgt_vocab = {
        t: k for k, t in enumerate(t for t, c in tgt_df.items() if MIN_PAIRS <= c <= limit)
    }
    if not src_vocab or not tgt_vocab:
        return {}
    width = len(tgt_vocab)
    # Every co-occurring stem pair as one code, gathered in one growing buffer and
    # counted by sorting it in place: a list of per-bead arrays, joined and sorted
    # into copies, held three times the codes at once and was the largest
    # transient of a long alignment.
    wide = len(src_vocab) * width >= 2**31
    dtype, typecode = (np.int64, "q") if wide else (np.int32, "i")
    buffer = array(typecode)
    for i, j in pairs:
        src_ids = np.fromiter(
            (src_vocab[s] for s in source_stems[i] if s in src_vocab), dtype=np.int64
        )
        tgt_ids = np.fromiter(
            (tgt_vocab[t] for t in target_stems[j] if t in tgt_vocab), dtype=np.int64
        )
        if len(src_ids) and len(tgt_ids):
            buffer.frombytes((src_ids[:, None] * width + tgt_ids[None, :]).astype(dtype).tobytes())
    if not buffer:
        return {}
    codes = np.frombuffer(buffer, dtype=dtype)
    codes.sort()
    joint, together = unique_counts(codes, presorted=True)
    keep = together >= MIN_PAIRS
    joint, together = joint[keep], together[keep]
    src_id, tgt_id = joint // width, joint % width
    src_count = np.zeros(len(src_vocab))
    tgt_count = np.zeros(len(tgt_vocab))
    src_names = list(src_vocab)
    tgt_names = list(tgt_vocab)
    src_count[:] = [src_df[s] for s in src_names]
    tgt_count[:] = [tgt_df[t] for t in tgt_names]
    dice = 2.0 * together / (src_count[src_id] + tgt_count[tgt_id])
    order = np.argsort(-dice, kind="stable")
    linked: dict[tuple[int, int], str] = {}
    used_src: set[int] = set()
    used_tgt: set[int] = set()
    for k in order:
        if dice[k] < MIN_DICE:
            break
        s, t = int(src_id[k]), int(tgt_id[k])
        if s in used_src or t in used_tgt:
            continue
        used_src.add(s)
        used_tgt.add(t)
        linked[(src_names[s], tgt_names[t])] = f"w:{len(linked)}"
    return linked


def anchor_bags(
    source_stems: Sequence[Collection[int]],
    target_stems: Sequence[Collection[int]],
    linked: dict[tuple[int, int], str],
) -> tuple[list[Counter[str]], list[Counter[str]]]:
    """The learned anchor keys of every sentence on both sides."""
    by_src = {s: key for (s, _), key in linked.items()}
    by_tgt = {t: key for (_, t), key in linked.items()}
    return (
        [Counter(by_src[s] for s in found if s in by_src) for found in source_stems],
        [Counter(by_tgt[t] for t in found if t in by_tgt) for found in target_stems],
    )
