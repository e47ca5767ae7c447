"""The best match of many texts at once: what a project analysis asks of the memory.

An analysis asks, for every unique segment of a project, the question the
memory panel asks (`Matcher.lookup`, a limit of 1): which band its best match
falls in. One lookup costs tens of milliseconds at a million units, most of
it in work every lookup repeats: stemming the same words, asking FTS5 for
the same posting lists, reading and normalising the same units. Asked for a
hundred thousand segments, the batch shares that work and gives **the same
best score, memory and unit as `Matcher.lookup` for every text** (tested
against it on a seeded sample):

1. **Exact matches by a hash join**: every text's `source_key` is looked up
   in one pass over the `source_key` index; a text with a 99-100 % match
   needs nothing more (the analysis' own shortcut, `Matcher.exact`).
2. **The same candidates, from posting lists in memory.** The words of all
   texts are stemmed in one pass by the index's own tokenizer and their
   document frequencies read once. Each stem's posting list (unit ids, read
   once from `fts5vocab` as one `group_concat` string) is kept as a sorted
   numpy array, and the pigeonhole pairs of `search.pigeonhole_groups` are
   intersected by `searchsorted`, in the lookup's order, each cut to the
   first `CANDIDATES` ids as FTS5's `LIMIT` cuts it, stopping where the
   lookup stops. A query word the tokenizer splits in two is asked of FTS5
   as the lookup asks it.
3. **The same shortlist**: unit lengths are read once into an array for the
   length bounds; sources are read once and kept with their casefolded
   form for the rough score (`search.rough_shortlist`'s scorer and cut-off).
4. **The best of the shortlist without scoring all of it**: rapidfuzz scores
   the normalised forms (cached per unit) in one C++ call; a unit's number
   penalty can only lower its score, so units are taken best bound first
   and the number check stops once no bound can reach the best score found.
   Ties go, as in `search.rank`, to the most recently changed unit, then the
   newest.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from workbench.core.memory.schema import SOURCE_FTS, TERMS_TABLE
from workbench.core.memory.search import (
    BEST_FUZZY,
    CANDIDATES,
    NUMBER_PENALTY,
    ROUGH_MARGIN,
    SAME_EXCEPT_FORM,
    WORD,
    Matcher,
    length_bounds,
    normalise,
    numbers,
    pigeonhole_groups,
    source_key,
)
from workbench.core.memory.terms import ensure_stemmer
from workbench.tags import strip_tags

Progress = Callable[[int, int], None]
SOURCE_CACHE = 200_000
"""Units whose source (and its folded forms) a small batch keeps at most; beyond, it starts afresh."""
PRELOAD_RATIO = 300
"""A batch of at least one text per this many units reads every source in one scan first: its
shortlists would read about as many units one by one, at several times the cost."""
EXACT_PER_KEY = 50
"""Units per source key the exact step reads, as `Matcher._exact_ids` does."""


@dataclass(frozen=True, slots=True)
class BestMatch:
    """The best match of one text: what the analysis bands it by."""

    score: int
    memory: str
    unit_id: int


class BatchMatcher:
    """Best matches for many texts over one memory connection (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection, lang: str = "en") -> None:
        self._conn = conn
        self._lang = lang
        self._matcher = Matcher(conn, lang)  # sets the lookup's memory map, asks FTS5 the odd query
        self._postings: dict[str, np.ndarray] = {}
        self._sources: dict[int, tuple[str, str]] = {}
        """Unit id -> (source, casefolded source without placeholders)."""
        self._norms: dict[int, str] = {}
        self._lengths: np.ndarray | None = None
        self._segments: dict[int, int] | None = None
        self._keyed: dict[int, set[int]] = {}
        self._complete = False
        """Every source has been read (`_read_every_source`)."""
        self._conn.execute(
            f"create virtual table if not exists temp.source_instances using fts5vocab(main, {SOURCE_FTS}, 'instance')"
        )

    def best(
        self,
        texts: Sequence[tuple[str, int | None]],
        *,
        min_score: int,
        progress: Progress | None = None,
    ) -> list[BestMatch | None]:
        """The best match of at least `min_score` for each `(text, segment to leave out)`, or None."""
        found: list[BestMatch | None] = [None] * len(texts)
        exact = self._exact(texts)
        fuzzy = [i for i, match in enumerate(exact) if match is None and texts[i][0].strip()]
        if fuzzy and len(fuzzy) * PRELOAD_RATIO >= len(self._unit_lengths()):
            self._read_every_source()
        for i, match in enumerate(exact):
            found[i] = match
        words = self._stems({w.casefold() for i in fuzzy for w in WORD.findall(texts[i][0])})
        frequencies = self._frequencies({stem for stem, _ in words.values()})
        for done, i in enumerate(fuzzy, start=1):
            text, exclude = texts[i]
            ids = self._exact_ids(text) | self._candidates(text, words, frequencies, min_score)
            found[i] = self._best_of(text, self._shortlist(text, ids, min_score), min_score, exclude)
            if progress is not None and (done % 500 == 0 or done == len(fuzzy)):
                progress(done, len(fuzzy))
        return found

    # -- 1. exact matches -------------------------------------------------------------

    def _exact(self, texts: Sequence[tuple[str, int | None]]) -> list[BestMatch | None]:
        keys = [source_key(text) if text.strip() else None for text, _ in texts]
        by_key: dict[int, list[int]] = {}
        wanted = sorted({k for k in keys if k is not None})
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for key, unit_id in self._conn.execute(
                f"select source_key, id from units where source_key in ({','.join('?' * len(chunk))})", chunk
            ):
                by_key.setdefault(key, []).append(unit_id)
        self._keyed = {key: set(sorted(ids, reverse=True)[:EXACT_PER_KEY]) for key, ids in by_key.items()}
        results: list[BestMatch | None] = []
        for (text, exclude), key in zip(texts, keys):
            ids = self._keyed.get(key, set()) if key is not None else set()
            results.append(self._best_of(text, ids, SAME_EXCEPT_FORM, exclude) if ids else None)
        return results

    def _exact_ids(self, text: str) -> set[int]:
        return self._keyed.get(source_key(text), set())

    # -- 2. candidates ------------------------------------------------------------------

    def _stems(self, words: set[str]) -> dict[str, tuple[str, int]]:
        """Word -> (its first stem, how many tokens the index makes of it), by the index's own tokenizer."""
        ordered = sorted(words)
        ensure_stemmer(self._conn)
        self._conn.executemany("insert into temp.stemmer(rowid, text) values (?, ?)", enumerate(ordered))
        stems: dict[str, tuple[str, int]] = {}
        for doc, term in self._conn.execute("select doc, term from temp.stemmer_vocab order by doc, offset"):
            first, count = stems.get(ordered[doc], (term, 0))
            stems[ordered[doc]] = (first, count + 1)
        self._conn.execute("delete from temp.stemmer")
        return stems

    def _frequencies(self, stems: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        ordered = sorted(stems)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            found.update(self._conn.execute(
                f"select term, docs from {TERMS_TABLE} where term in ({','.join('?' * len(chunk))}) and docs > 0", chunk
            ))
        return found

    def _candidates(
        self, text: str, words: dict[str, tuple[str, int]], frequencies: dict[str, int], min_score: int
    ) -> set[int]:
        """`Matcher._candidate_ids` of `text`, from the posting lists in memory."""
        query_words = list(dict.fromkeys(w.casefold() for w in WORD.findall(text)))
        word_of = {words[w][0]: w for w in query_words if w in words}
        df = {stem: frequencies[stem] for stem in word_of if stem in frequencies}
        found: set[int] = set()
        for group in pigeonhole_groups(df, min_score):
            if any(words[word_of[stem]][1] != 1 for stem in group):
                found.update(self._matcher.fts_group([word_of[stem] for stem in group]))  # as FTS5 reads it
            else:
                found.update(self._intersection(group).tolist())
            if len(found) >= CANDIDATES:
                break
        return found

    def _posting(self, stem: str) -> np.ndarray:
        """The ids of the units holding `stem`, ascending, read once from the index."""
        posting = self._postings.get(stem)
        if posting is None:
            (joined,) = self._conn.execute(
                "select group_concat(doc) from temp.source_instances where term = ?", (stem,)
            ).fetchone()
            kind: type[np.signedinteger[Any]] = np.int32 if len(self._unit_lengths()) < 2**31 else np.int64
            # int32: half the memory of a million units' lists
            docs: np.ndarray = np.array(joined.split(","), dtype=kind) if joined else np.empty(0, dtype=kind)
            if len(docs) > 1 and bool(np.any(docs[1:] < docs[:-1])):
                docs.sort()
            # one row per occurrence: a unit that says the word twice is listed twice
            posting = docs[np.concatenate(([True], docs[1:] != docs[:-1]))] if len(docs) else docs
            self._postings[stem] = posting
        return posting

    def _intersection(self, group: tuple[str, ...]) -> np.ndarray:
        """The first `CANDIDATES` ids of the units holding every stem of `group` (one or two),
        ascending: what FTS5 answers the lookup's `a AND b ... LIMIT` with."""
        if len(group) == 1:
            return self._posting(group[0])[:CANDIDATES]
        small, large = sorted((self._posting(group[0]), self._posting(group[1])), key=len)
        if not len(small) or not len(large):
            return small[:0]
        kept: list[np.ndarray] = []
        total = 0
        for start in range(0, len(small), 4 * CANDIDATES):  # in id order, until enough are found
            part = small[start : start + 4 * CANDIDATES]
            at = np.minimum(np.searchsorted(large, part), len(large) - 1)
            hit = part[large[at] == part]
            kept.append(hit)
            total += len(hit)
            if total >= CANDIDATES:
                break
        return np.concatenate(kept)[:CANDIDATES]

    # -- 3. shortlist ---------------------------------------------------------------------

    def _shortlist(self, text: str, ids: set[int], min_score: int) -> list[int]:
        """`Matcher._rough_shortlist`: the length bounds, then the rough score's cut-off."""
        if not ids:
            return []
        lengths = self._unit_lengths()
        lowest, highest = length_bounds(text, min_score)
        candidates = np.fromiter(ids, dtype=np.int64, count=len(ids))
        inside = candidates[candidates < len(lengths)]
        inside = inside[(lengths[inside] >= lowest) & (lengths[inside] <= highest)]
        kept = inside.tolist()
        self._read_sources(kept)
        folded = [self._sources[i][1] for i in kept]
        query = strip_tags(text).casefold()
        floor = max(0, min_score - ROUGH_MARGIN)
        return [
            kept[index]
            for _, _, index in process.extract(query, folded, scorer=fuzz.ratio, score_cutoff=floor, limit=None)
        ]

    def _unit_lengths(self) -> np.ndarray:
        if self._lengths is None:
            (top,) = self._conn.execute("select coalesce(max(id), 0) from units").fetchone()
            lengths = np.full(int(top) + 1, -1, dtype=np.int64)
            rows = self._conn.execute("select id, length(source) from units").fetchall()
            if rows:
                pairs = np.array(rows, dtype=np.int64)
                lengths[pairs[:, 0]] = pairs[:, 1]
            self._lengths = lengths
        return self._lengths

    def _read_every_source(self) -> None:
        """Every unit's source, in one scan of the table (kept for the whole batch)."""
        self._sources = {
            unit_id: (source, strip_tags(source).casefold())
            for unit_id, source in self._conn.execute("select id, source from units")
        }
        self._complete = True

    def _read_sources(self, ids: list[int]) -> None:
        """Have the sources of `ids` at hand (the cache starts afresh when it would grow past its size)."""
        if self._complete:
            return
        missing = [i for i in ids if i not in self._sources]
        if len(self._sources) + len(missing) > SOURCE_CACHE:
            self._sources.clear()
            self._norms.clear()
            missing = list(ids)
        for start in range(0, len(missing), 900):
            chunk = missing[start : start + 900]
            for unit_id, source in self._conn.execute(
                f"select id, source from units where id in ({','.join(map(str, chunk))})"
            ):
                self._sources[unit_id] = (source, strip_tags(source).casefold())

    # -- 4. the best of the shortlist ------------------------------------------------------

    def _best_of(self, text: str, ids: Sequence[int] | set[int], min_score: int, exclude: int | None) -> BestMatch | None:
        """`search.rank(..., limit=1)` of `ids`: the best score, ties to the newest change, then the newest unit."""
        order = [i for i in ids if exclude is None or self._segment_of().get(i) != exclude]
        if not order:
            return None
        self._read_sources(order)
        text_norm = normalise(text)
        plain = strip_tags(text)
        norms = [self._norm(unit_id) for unit_id in order]
        ratios = process.cdist([text_norm], norms, scorer=fuzz.ratio, dtype=np.float64)[0]
        bounds = np.minimum(BEST_FUZZY, np.floor(ratios)).astype(np.int64)
        final = np.zeros(len(order), dtype=bool)
        """The bound is the score: no number penalty applies (the same text but for form)."""
        for at in np.flatnonzero(ratios >= 100).tolist():  # the normalised texts are equal
            source = self._sources[order[at]][0]
            bounds[at] = 100 if source == text or strip_tags(source) == plain else SAME_EXCEPT_FORM
            final[at] = True
        best, winners = -1, []
        for at in np.argsort(-bounds, kind="stable").tolist():
            bound = int(bounds[at])
            if bound < max(best, min_score):
                break  # the penalty only lowers a score: nothing further can reach the best
            unit_id = order[at]
            value = bound if final[at] else self._penalised(text, bound, self._sources[unit_id][0])
            if value > best:
                best, winners = value, [unit_id]
            elif value == best:
                winners.append(unit_id)
        if best < min_score:
            return None
        changed = self._changed(winners)
        unit_id = max(winners, key=lambda i: (changed[i][1] or "", i))
        return BestMatch(best, changed[unit_id][0], unit_id)

    def _penalised(self, text: str, bound: int, source: str) -> int:
        text_numbers, source_numbers = numbers(text, self._lang), numbers(source, self._lang)
        gap = sum(((text_numbers - source_numbers) + (source_numbers - text_numbers)).values())
        return max(0, bound - NUMBER_PENALTY * gap)

    def _segment_of(self) -> dict[int, int]:
        """Unit id -> the project segment it was confirmed in (project-memory units only)."""
        if self._segments is None:
            self._segments = dict(self._conn.execute("select id, segment_id from units where segment_id is not null"))
        return self._segments

    def _changed(self, ids: list[int]) -> dict[int, tuple[str, str | None]]:
        """Unit id -> (memory name, when changed), for the tie-break and the report."""
        marks = ",".join(str(int(i)) for i in ids)
        return {
            unit_id: (memory, changed)
            for unit_id, memory, changed in self._conn.execute(
                f"select u.id, m.name, u.changed from units u join memories m on m.id = u.memory_id where u.id in ({marks})"
            )
        }

    def _norm(self, unit_id: int) -> str:
        norm = self._norms.get(unit_id)
        if norm is None:
            norm = self._norms[unit_id] = normalise(self._sources[unit_id][0])
        return norm
