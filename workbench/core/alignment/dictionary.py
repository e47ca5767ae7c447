"""A bilingual word list, and which words of each sentence it can look for on the other side.

Lengths and anchors (names, numbers, terms) cannot tell which of two
neighbouring sentences of similar length a translator dropped, or whether a
short sentence was merged into the next one: only the words can. Like
hunalign, the aligner therefore consults a general dictionary: for every
sentence of a bead it counts the dictionary words whose translation appears
on the other side of the bead (`alignment_scoring` rewards those and charges
for the rest), so a sentence glued to a bead that does not translate it
pays for every word left unmatched.

The English-Russian list (``workbench/data/dictionary-en-ru.tsv.gz``, built
by ``bench/en_ru_dictionary.py`` from Mueller's dictionary) serves both
directions; other language pairs get no list and are aligned without it.
Words are compared by prefix stems (6 letters in English, 5 in Russian):
crude, but enough to fold "installation" into "install" and "разделы" into
"раздел" without a morphological analyser on the aligner's hot path.
"""

from __future__ import annotations

import gzip
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from workbench.core.alignment.arrays import unique

STEM_LENGTHS = {"en": 6, "ru": 5}
MIN_WORD = 3

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True, eq=False)
class Translations:
    """Stem ids of one language -> stem ids of the other, as compressed rows
    (the translations of stem k are ``targets[starts[k]:starts[k + 1]]``)."""

    starts: np.ndarray
    targets: np.ndarray

    def expand(self, stems: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each position p of `stems`: (p, translation) for all its translations."""
        first, stop = self.starts[stems], self.starts[stems + 1]
        counts = stop - first
        positions = np.repeat(np.arange(len(stems)), counts)
        offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        return positions, self.targets[np.repeat(first, counts) + offsets]


@dataclass(frozen=True, eq=False)
class WordList:
    """Stems of both languages, numbered, and which may translate which.

    Held as dictionaries of ids and numpy arrays rather than sets of strings:
    the English-Russian list has 33,000 headwords and would otherwise weigh
    tens of megabytes in every aligning process.
    """

    source_ids: dict[str, int]
    target_ids: dict[str, int]
    forward: Translations
    backward: Translations
    source_stem: int
    target_stem: int

    def swapped(self) -> WordList:
        return WordList(
            self.target_ids,
            self.source_ids,
            self.backward,
            self.forward,
            self.target_stem,
            self.source_stem,
        )


@dataclass(frozen=True, eq=False)
class SentenceWords:
    """One side's dictionary words as sparse (sentence, key) tables.

    ``own`` holds the side's words (keys in its own language's vocabulary),
    ``glosses`` their possible translations (keys in the other side's
    vocabulary), ``known`` how many own words each sentence has.
    """

    own_rows: np.ndarray
    own_keys: np.ndarray
    gloss_rows: np.ndarray
    gloss_keys: np.ndarray
    known: np.ndarray

    @classmethod
    def empty(cls, count: int) -> SentenceWords:
        none = np.zeros(0, dtype=np.int64)
        return cls(none, none, none, none, np.zeros(count))

    def slice(self, first: int, stop: int) -> SentenceWords:
        """The sentences ``first..stop-1`` with rows renumbered from 0."""
        if first == 0 and stop == len(self.known):
            return self
        own = (self.own_rows >= first) & (self.own_rows < stop)
        gloss = (self.gloss_rows >= first) & (self.gloss_rows < stop)
        return SentenceWords(
            self.own_rows[own] - first,
            self.own_keys[own],
            self.gloss_rows[gloss] - first,
            self.gloss_keys[gloss],
            self.known[first:stop],
        )


ENGLISH_RUSSIAN = "dictionary-en-ru.tsv.gz"
"""The list's file in `workbench.data`. Its licence (GPL) is not the code's: a
distribution may leave it out, and the aligner then works without it."""


def word_list(source_lang: str, target_lang: str) -> WordList | None:
    """The bundled list for this language pair (base language codes), or None."""
    if (source_lang, target_lang) in (("en", "ru"), ("ru", "en")):
        english_russian = _english_russian()
        if english_russian is None or source_lang == "en":
            return english_russian
        return english_russian.swapped()
    return None


@cache
def _english_russian() -> WordList | None:
    en, ru = STEM_LENGTHS["en"], STEM_LENGTHS["ru"]
    source_ids: dict[str, int] = {}
    target_ids: dict[str, int] = {}
    # Flat machine-integer arrays, deduplicated by one sort: a set of tuples cost
    # 100 MB of transient memory and a second of a long alignment.
    sources, targets = array("q"), array("q")
    try:
        data = resources.files("workbench.data").joinpath(ENGLISH_RUSSIAN).read_bytes()
    except FileNotFoundError:
        return None
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        english, russian = line.split("\t")
        source = source_ids.setdefault(english[:en], len(source_ids))
        for word in russian.split():
            sources.append(source)
            targets.append(target_ids.setdefault(_folded(word)[:ru], len(target_ids)))
    width = max(len(target_ids), 1)
    links = unique(
        np.frombuffer(sources, dtype=np.int64) * width + np.frombuffer(targets, dtype=np.int64)
    )
    source_links, target_links = links // width, links % width
    return WordList(
        source_ids,
        target_ids,
        _translations(source_links, target_links, len(source_ids)),
        _translations(target_links, source_links, len(target_ids)),
        en,
        ru,
    )


def _translations(sources: np.ndarray, targets: np.ndarray, count: int) -> Translations:
    order = np.lexsort((targets, sources))
    starts = np.concatenate(([0], np.cumsum(np.bincount(sources, minlength=count))))
    return Translations(starts, targets[order])


def sentence_words(
    source: Sequence[str], target: Sequence[str], words: WordList
) -> tuple[SentenceWords, SentenceWords]:
    """The dictionary words of both texts. Glosses are kept only where the other
    text has the word, which keeps the tables proportional to the text."""
    return word_tables(
        dictionary_words(source, words.source_ids, words.source_stem),
        dictionary_words(target, words.target_ids, words.target_stem),
        (len(source), len(target)),
        words,
    )


def word_tables(
    source: tuple[np.ndarray, np.ndarray],
    target: tuple[np.ndarray, np.ndarray],
    counts: tuple[int, int],
    words: WordList,
) -> tuple[SentenceWords, SentenceWords]:
    """Both texts' tables from their `dictionary_words` (each text read on its own,
    perhaps in another process) and their numbers of sentences."""
    (src_rows, src_keys), (tgt_rows, tgt_keys) = source, target
    return (
        _table(src_rows, src_keys, counts[0], words.forward, tgt_keys, len(words.target_ids)),
        _table(tgt_rows, tgt_keys, counts[1], words.backward, src_keys, len(words.source_ids)),
    )


def dictionary_words(texts: Sequence[str], ids: dict[str, int], length: int) -> tuple[np.ndarray, np.ndarray]:
    """(sentence, stem id) for every distinct dictionary stem of every text; `ids`
    and `length` are the word list's stems of the texts' language."""
    # Machine-integer arrays, not lists: a long text's lists of Python ints held
    # tens of megabytes that the lattice built next could not reuse.
    rows, keys = array("q"), array("q")
    for row, text in enumerate(texts):
        found = {
            ids[stem]
            for word in _WORD.findall(text)
            if len(word) >= MIN_WORD and (stem := _folded(word)[:length]) in ids
        }
        rows.extend([row] * len(found))
        keys.extend(found)
    return np.frombuffer(rows, dtype=np.int64).copy(), np.frombuffer(keys, dtype=np.int64).copy()


def _folded(word: str) -> str:
    """Lower case, and ё as е: Russian texts mostly write "е" where the dictionary has "ё"."""
    return word.lower().replace("ё", "е")


_EXPAND_SLICE = 20_000
"""Words whose glosses are expanded together (bounds the transient arrays)."""


def _table(
    rows: np.ndarray,
    keys: np.ndarray,
    count: int,
    translations: Translations,
    other_keys: np.ndarray,
    other_vocabulary: int,
) -> SentenceWords:
    """Sparse tables of one side's words and of their glosses that occur in the
    other text (`other_keys`), each sorted by key then row as the matcher expects."""
    present = np.zeros(other_vocabulary, dtype=bool)
    present[other_keys] = True
    # Codes key * n + row: unique() drops a gloss a sentence reaches through two of
    # its words, and sorts by key then row. Words are expanded a slice at a time:
    # all glosses of a long text at once held a hundred megabytes for a moment.
    n = max(count, 1)
    parts = [np.zeros(0, dtype=np.int64)]
    for first in range(0, len(keys), _EXPAND_SLICE):
        positions, glosses = translations.expand(keys[first : first + _EXPAND_SLICE])
        keep = present[glosses]
        parts.append(glosses[keep] * n + rows[first + positions[keep]])
    codes = unique(np.concatenate(parts))
    order = np.lexsort((rows, keys))
    known = np.bincount(rows, minlength=count).astype(np.float64)
    # int32 halves the largest tables; the matcher widens keys before combining them.
    return SentenceWords(
        rows[order].astype(np.int32),
        keys[order].astype(np.int32),
        (codes % n).astype(np.int32),
        (codes // n).astype(np.int32),
        known,
    )
