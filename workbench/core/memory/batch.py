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
   once from `fts5vocab` as one `group_concat` string) is kept as a Roaring
   bitmap (pyroaring: compressed integer sets whose intersections and
   unions run in C, a few microseconds for a pair where numpy's binary
   searches took tens), and the pigeonhole pairs of
   `search.pigeonhole_groups` are intersected in the lookup's order, each
   cut to the first `CANDIDATES` ids as FTS5's `LIMIT` cuts it, stopping
   where the lookup stops. A query word the tokenizer splits in two is asked
   of FTS5 as the lookup asks it.
3. **The units of the same shortlist that can win**: unit lengths are read
   once into an array for the length bounds; sources are read once into
   arrays indexed by unit id. Only a unit whose scoring form reaches
   `min_score` can be the best, so the forms are scored first (rapidfuzz,
   one C++ call per text) and the lookup's rough score
   (`search.rough_shortlist`'s scorer and cut-off) is taken of the few that
   reach it: the same units as the lookup's shortlist cut the same way. The
   candidates of the first `FIRST_GROUPS` pairs (the rarest: where a close
   match is) are ranked first; the rest are scored only against that best
   score, which rules most of them out by length before rapidfuzz sees them.
4. **The best of them without checking all**: a unit's number penalty can
   only lower its score, so units are taken best bound first and the number
   check stops once no bound can reach the best score found. Ties go, as in
   `search.rank`, to the most recently changed unit, then the newest (the
   change dates are read only for a tie).

The scoring forms (`normalise_many`) are made once per unit: on first need
for a small batch, all at once for a large one (every source read), while a
thread reads the posting lists every text without an exact key will pair.
With `workers` of 2 or more (the command line asks for it; the TUI, whose
other threads may hold locks a child would inherit, does not), every other
text is then matched in one forked child on its own connection, which starts
with the arrays, posting lists and scoring forms already made.

Nothing is stored in the memory file: the normalised forms of a million
sources take a few seconds to make, about what reading them back from a
column would cost, and a column would have to follow every import and edit.
"""

from __future__ import annotations

import array
import multiprocessing
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pyroaring import BitMap
from rapidfuzz import fuzz, process

from workbench.core.forked import Forked
from workbench.core.memory.rows import source_key
from workbench.core.memory.schema import SOURCE_FTS, TERMS_TABLE
from workbench.core.memory.search import (
    BEST_FUZZY,
    CANDIDATES,
    LOOKUP_MMAP_BYTES,
    NORMALISE_CHUNK,
    NUMBER_PENALTY,
    ROUGH_MARGIN,
    SAME_EXCEPT_FORM,
    WORD,
    Matcher,
    length_bounds,
    normalise,
    normalise_many,
    number_counts,
    number_gap,
    pigeonhole_groups,
    pigeonhole_terms,
)
from workbench.core.memory.terms import stemming
from workbench.tags import strip_tags

Progress = Callable[[int, int], None]
_INSTANCES = f"create virtual table if not exists temp.source_instances using fts5vocab(main, {SOURCE_FTS}, 'instance')"
FIRST_GROUPS = 12
"""Pigeonhole groups whose candidates are ranked first, to set the score the rest must reach."""
SOURCE_CACHE = 200_000
"""Units whose source (and its folded forms) a small batch keeps at most; beyond, it starts afresh."""
PRELOAD_RATIO = 300
"""A batch of at least one text per this many units reads every source in one scan first: its
shortlists would read about as many units one by one, at several times the cost."""
SCAN_ROWS = 50_000
"""Rows a scan of every unit fetches at a time."""
EXACT_PER_KEY = 50
"""Units per source key the exact step reads, as `Matcher._exact_ids` does."""
MIN_FORKED = 2_000
"""Texts to match by fuzzy search below which a second process would cost more than it saves."""
Found = tuple[int, str, int] | None
"""A best match as the forked child sends it back: (score, memory, unit id)."""


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
        (top,) = conn.execute("select coalesce(max(id), 0) from units").fetchone()
        size = int(top) + 1  # ids are dense from 1 (a memory's own numbering): arrays by id, 32-bit sets
        self._postings: dict[str, BitMap] = {}
        self._lengths: np.ndarray | None = None
        self._memories = np.zeros(0, dtype=np.int32)
        """Unit id -> its memory's id (read with the lengths)."""
        self._memory_names = dict(conn.execute("select id, name from memories"))
        self._segments: np.ndarray | None = None
        self._source = np.empty(size, dtype=object)
        self._norm = np.empty(size, dtype=object)
        self._held = np.zeros(size, dtype=bool)
        """Which units' source is at hand."""
        self._normed = np.zeros(size, dtype=bool)
        self._folded = np.empty(size, dtype=object)
        """Unit id -> its source casefolded without tags (the rough score's form), made on first need:
        in a project of template sentences every text's shortlist holds the same hundred units."""
        self._every_norm = False
        """Every unit's scoring form is made (`_prepare`): nothing to read or make before scoring."""
        self._norm_lengths = np.zeros(size, dtype=np.int32)
        """Unit id -> the length of its scoring form."""
        self._number_total = np.full(size, -1, dtype=np.int32)
        """Unit id -> how many numbers its source holds (`search.numbers`), -1 until read."""
        self._number_key = np.full(size, -1, dtype=np.int64)
        """Unit id -> which number (`_key_ids`) a source of one number holds."""
        self._key_ids: dict[str, int] = {}
        self._held_count = 0
        self._keyed: dict[int, list[int]] = {}
        self._complete = False
        """Every source has been read (`_read_every_source`)."""
        self._conn.execute(_INSTANCES)

    def best(
        self,
        texts: Sequence[tuple[str, int | None]],
        *,
        min_score: int,
        progress: Progress | None = None,
        workers: int = 1,
    ) -> list[BestMatch | None]:
        """The best match of at least `min_score` for each `(text, segment to leave out)`, or None.

        `workers` 2 or more forks one child for every other text (module docstring);
        progress is then reported for this process's half.
        """
        found: list[BestMatch | None] = [None] * len(texts)
        keys = [source_key(text) if text.strip() else None for text, _ in texts]
        self._keyed = self._keyed_ids({key for key in keys if key is not None})
        asked = [i for i, key in enumerate(keys) if key is not None]
        unkeyed = sum(keys[i] not in self._keyed for i in asked)  # at least this many need the fuzzy search
        if unkeyed and unkeyed * PRELOAD_RATIO >= len(self._held):
            self._read_every_source()
        words = self._stems({w.casefold() for i in asked for w in WORD.findall(texts[i][0])})
        frequencies = self._frequencies({stem for stem, _ in words.values()})
        self._unit_lengths()
        self._segment_of()  # made once, before a child would make them again
        if self._complete:
            unkeyed_texts = [texts[i][0] for i in asked if keys[i] not in self._keyed]
            self._prepare(unkeyed_texts, words, frequencies, min_score)

        def search(share: list[int], report: Progress | None) -> list[BestMatch | None]:
            matches: list[BestMatch | None] = []
            for done, i in enumerate(share, start=1):
                text, exclude = texts[i]
                key = keys[i]
                keyed = self._keyed.get(key, []) if key is not None else []
                exact = np.array(keyed, dtype=np.int64)
                match = self._best_of(text, exact, self._ratios(text, exact, SAME_EXCEPT_FORM), SAME_EXCEPT_FORM,
                                      exclude)
                if match is None:
                    match = self._best_fuzzy(text, keyed, words, frequencies, min_score, exclude)
                matches.append(match)
                if report is not None and (done % 500 == 0 or done == len(share)):
                    report(done, len(share))
            return matches

        if workers < 2 or len(asked) < MIN_FORKED or "fork" not in multiprocessing.get_all_start_methods():
            shares = [(asked, search(asked, progress))]
        else:
            shares = self._forked(asked[0::2], asked[1::2], search, progress)
        for share, matches in shares:
            for i, match in zip(share, matches):
                found[i] = match
        return found

    def _forked(
        self,
        mine: list[int],
        theirs: list[int],
        search: Callable[[list[int], Progress | None], list[BestMatch | None]],
        progress: Progress | None,
    ) -> list[tuple[list[int], list[BestMatch | None]]]:
        """`search` of `mine` here and of `theirs` in a forked child (done here if the child dies)."""
        pending = Forked(
            lambda: self._in_child(theirs, search),
            fork=True,
            fallback=lambda: [_sent(match) for match in search(theirs, None)],
        )
        here = search(mine, progress)
        there = [None if match is None else BestMatch(*match) for match in pending.result()]
        return [(mine, here), (theirs, there)]

    def _in_child(
        self, share: list[int], search: Callable[[list[int], Progress | None], list[BestMatch | None]]
    ) -> list[Found]:
        """In the forked child: its own connection (SQLite's may not cross a fork), its share, the answers as tuples."""
        ((path,),) = self._conn.execute("select file from pragma_database_list where name = 'main'").fetchall()
        self._conn = sqlite3.connect(Path(path).as_uri() + "?mode=ro", uri=True)
        self._matcher = Matcher(self._conn, self._lang)
        self._conn.execute(_INSTANCES)
        return [_sent(match) for match in search(share, None)]

    # -- 1. exact matches -------------------------------------------------------------

    def _keyed_ids(self, keys: set[int]) -> dict[int, list[int]]:
        """Source key -> the newest `EXACT_PER_KEY` units of that key (`Matcher._exact_ids`), for every key at once."""
        by_key: dict[int, list[int]] = {}
        wanted = sorted(keys)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for key, unit_id in self._conn.execute(
                f"select source_key, id from units where source_key in ({','.join('?' * len(chunk))})", chunk
            ):
                by_key.setdefault(key, []).append(unit_id)
        return {key: sorted(ids, reverse=True)[:EXACT_PER_KEY] for key, ids in by_key.items()}

    # -- 2. candidates ------------------------------------------------------------------

    def _stems(self, words: set[str]) -> dict[str, tuple[str, int]]:
        """Word -> (its first stem, how many tokens the index makes of it), by the index's own tokenizer."""
        ordered = sorted(words)
        with stemming(self._conn):
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
    ) -> BitMap:
        """`Matcher._candidate_ids` of `text`, from the posting lists in memory."""
        return self._candidates_first(text, words, frequencies, min_score)[0]

    def _candidates_first(
        self, text: str, words: dict[str, tuple[str, int]], frequencies: dict[str, int], min_score: int
    ) -> tuple[BitMap, BitMap]:
        """`_candidates`, and those of its first `FIRST_GROUPS` groups (the likeliest to hold the best match)."""
        word_of, df = _query_stems(text, words, frequencies)
        split = {stem for stem in df if words[word_of[stem]][1] != 1}
        groups = pigeonhole_groups(df, min_score)
        postings = {stem: self._posting(stem) for stem in {s for group in groups for s in group}} if not split else {}
        found = BitMap()
        first: BitMap | None = None
        for number, group in enumerate(groups):
            if number == FIRST_GROUPS:
                first = BitMap(found)
            if split:  # the odd text: a word the tokenizer splits is asked of FTS5 as the lookup asks it
                if split.intersection(group):
                    found.update(self._matcher.fts_group([word_of[stem] for stem in group]))
                else:
                    found |= self._intersection(group)
            elif len(group) == 2:  # the usual pair, inline: tens of these per text
                both = postings[group[0]] & postings[group[1]]
                found |= both if len(both) <= CANDIDATES else both[:CANDIDATES]
            else:
                found |= self._intersection(group)
            if len(found) >= CANDIDATES:
                break
        return found, found if first is None else first

    def _posting(self, stem: str) -> BitMap:
        """The ids of the units holding `stem`, read once from the index."""
        posting = self._postings.get(stem)
        if posting is None:
            posting = self._postings[stem] = _read_posting(self._conn, stem)
        return posting

    def _prepare(
        self, texts: list[str], words: dict[str, tuple[str, int]], frequencies: dict[str, int], min_score: int
    ) -> None:
        """Before a large search (every source read): the posting lists the fuzzy search of `texts` pairs,
        and every unit's scoring form, made once here rather than by each process as it meets them.

        The postings are read by a thread on a connection of its own while this one makes the scoring
        forms: SQLite reads without holding the interpreter lock, so the two overlap on two cores.
        """
        stems: set[str] = set()
        for text in texts:
            stems.update(pigeonhole_terms(_query_stems(text, words, frequencies)[1], min_score))
        wanted = sorted(stems - self._postings.keys())
        ((path,),) = self._conn.execute("select file from pragma_database_list where name = 'main'").fetchall()
        read: dict[str, BitMap] = {}
        failed: list[BaseException] = []

        def read_postings() -> None:
            try:
                conn = sqlite3.connect(Path(path).as_uri() + "?mode=ro", uri=True)
                try:
                    conn.execute(f"pragma mmap_size = {LOOKUP_MMAP_BYTES}")
                    conn.execute(_INSTANCES)
                    read.update((stem, _read_posting(conn, stem)) for stem in wanted)
                finally:
                    conn.close()
            except BaseException as error:  # noqa: BLE001  (raised below, in the caller's thread)
                failed.append(error)

        if not path:  # a memory without a file: no second connection, one after the other
            read.update((stem, _read_posting(self._conn, stem)) for stem in wanted)
            self._make_norms(np.flatnonzero(self._held))
        else:
            reader = threading.Thread(target=read_postings, name="memory-postings", daemon=True)
            reader.start()
            try:
                self._make_norms(np.flatnonzero(self._held))
            finally:
                reader.join()
            if failed:
                raise failed[0]
        self._postings.update(read)
        self._every_norm = True

    def _intersection(self, group: tuple[str, ...]) -> BitMap:
        """The first `CANDIDATES` ids of the units holding every stem of `group` (one or two):
        what FTS5 answers the lookup's `a AND b ... LIMIT` with."""
        both = self._posting(group[0]) if len(group) == 1 else self._posting(group[0]) & self._posting(group[1])
        return both if len(both) <= CANDIDATES else both[:CANDIDATES]

    def _best_fuzzy(
        self,
        text: str,
        keyed: list[int],
        words: dict[str, tuple[str, int]],
        frequencies: dict[str, int],
        min_score: int,
        exclude: int | None,
    ) -> BestMatch | None:
        """The best of the shortlist of `text`, its likeliest candidates scored first.

        The units of the first pigeonhole groups (the rarest pairs: where a close match is) are
        shortlisted and ranked first; the rest need only be scored where they can reach that best
        score (a unit below it can neither win nor tie), and most are ruled out by the lengths of
        their scoring forms (`_ratios`) before rapidfuzz sees them. The winner is the one `_best_of`
        of the whole shortlist would give.
        """
        ids, first = self._candidates_first(text, words, frequencies, min_score)
        first.update(keyed)
        best, winners = self._winners(text, *self._shortlist(text, first, min_score), min_score, exclude)
        rest = ids - first
        if rest:
            bar = max(best, min_score)
            more, more_winners = self._winners(text, *self._shortlist(text, rest, min_score, bar=bar), bar, exclude)
            if more > best:
                best, winners = more, more_winners
            elif more == best:
                winners = winners + more_winners
        return self._named(best, winners, min_score)

    # -- 3. shortlist ---------------------------------------------------------------------

    def _shortlist(
        self, text: str, ids: BitMap, min_score: int, *, bar: int | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The units of `Matcher._rough_shortlist` whose scoring form reaches `min_score`, with that ratio.

        Only these can be the best match, so the two scores are taken in the
        cheaper order: the scoring form (needed anyway) of every unit inside the
        length bounds, then the rough score (casefolded, `ROUGH_MARGIN` lower) of
        the few that reach `min_score` (a fiftieth of them in the analysis) instead
        of every candidate: the same units, one `cdist` over a thousand texts less.
        With a `bar` (a score already found), only the units whose scoring form reaches it are kept.
        """
        candidates = np.frombuffer(ids.to_array(), dtype=np.uint32).astype(np.int64)
        lengths = self._unit_lengths()
        lowest, highest = length_bounds(text, min_score)
        inside = candidates[candidates < len(lengths)]
        inside = inside[(lengths[inside] >= lowest) & (lengths[inside] <= highest)]
        cutoff = min_score if bar is None else bar
        ratios = self._ratios(text, inside, cutoff, bounded=cutoff > min_score)
        reached = ratios >= cutoff
        inside, ratios = inside[reached], ratios[reached]
        if not len(inside):
            return inside, ratios
        floor = max(0, min_score - ROUGH_MARGIN)
        unfolded = inside[self._folded[inside] == None]  # noqa: E711 (numpy compares each element)
        self._folded[unfolded] = _objects([strip_tags(source).casefold() for source in self._source[unfolded].tolist()])
        rough = process.cdist([strip_tags(text).casefold()], self._folded[inside].tolist(), scorer=fuzz.ratio,
                              score_cutoff=floor,
                              dtype=np.float64)[0]
        kept = rough >= floor
        return inside[kept], ratios[kept]

    def _ratios(self, text: str, ids: np.ndarray, cutoff: int, *, bounded: bool = False) -> np.ndarray:
        """rapidfuzz's ratio of `text` and each unit's scoring form, 0 below `cutoff` (one C++ call).

        `bounded`: first give 0 without rapidfuzz to the units that cannot reach `cutoff` by the
        lengths of the scoring forms (the ratio is at most twice the shorter over both lengths).
        Worth it for a high cut-off (a score already found: three in four candidates go); at 50
        it rules out next to nothing. (A bound by character counts per class ruled out nine in
        ten, but its arrays cost 40 MB and as much time as rapidfuzz saved.)
        """
        ratios = np.zeros(len(ids), dtype=np.float64)
        if not len(ids):
            return ratios
        if not self._every_norm:
            self._read_sources(ids)
            self._make_norms(ids)
        query = normalise(text)
        possible = ids
        if bounded:
            lengths = self._norm_lengths[ids].astype(np.int64)
            both = lengths + len(query)
            at = np.flatnonzero(200 * np.minimum(lengths, len(query)) >= cutoff * both)
            possible = ids[at]
        if len(possible):
            scored = process.cdist([query], self._norm[possible].tolist(), scorer=fuzz.ratio, score_cutoff=cutoff,
                                   dtype=np.float64)[0]
            if bounded:
                ratios[at] = scored
            else:
                ratios = scored
        return ratios

    def _unit_lengths(self) -> np.ndarray:
        """Each unit's source length as SQLite counts it (`length`), -1 where no unit is.

        Each unit's memory is read in the same scan (`_memory_of`)."""
        if self._lengths is None:
            lengths = np.full(len(self._held), -1, dtype=np.int64)
            memories = np.zeros(len(self._held), dtype=np.int32)
            rows = self._conn.execute("select id, length(source), memory_id from units").fetchall()
            if rows:
                columns = np.array(rows, dtype=np.int64)
                lengths[columns[:, 0]] = columns[:, 1]
                memories[columns[:, 0]] = columns[:, 2]
            self._lengths, self._memories = lengths, memories
        return self._lengths

    def _memory_of(self) -> np.ndarray:
        """Unit id -> the id of its memory (names in `_memory_names`)."""
        self._unit_lengths()
        return self._memories

    def _read_every_source(self) -> None:
        """Every unit's source, in one scan of the table (kept for the whole batch), with what
        `_unit_lengths` and `_segment_of` would read in scans of their own.

        Read a slice at a time: the rows of a million units at once would be a hundred
        megabytes of tuples on top of the sources kept."""
        size = len(self._held)
        lengths = np.full(size, -1, dtype=np.int64)
        memories = np.zeros(size, dtype=np.int32)
        segments = np.full(size, -1, dtype=np.int64)
        cursor = self._conn.execute("select id, source, length(source), memory_id, segment_id from units")
        while rows := cursor.fetchmany(SCAN_ROWS):
            ids, sources, counts, memory_ids, segment_ids = zip(*rows, strict=True)
            at = np.array(ids, dtype=np.int64)
            self._store(list(ids), list(sources))
            lengths[at] = counts
            memories[at] = memory_ids
            confirmed = [(unit_id, segment) for unit_id, segment in zip(ids, segment_ids) if segment is not None]
            if confirmed:
                pairs = np.array(confirmed, dtype=np.int64)
                segments[pairs[:, 0]] = pairs[:, 1]
        self._lengths, self._memories, self._segments = lengths, memories, segments
        self._complete = True

    def _read_sources(self, ids: np.ndarray) -> None:
        """Have the sources of `ids` at hand (the cache starts afresh when it would grow past its size)."""
        if self._complete:
            return
        missing = np.unique(ids[~self._held[ids]])
        if not len(missing):
            return
        if self._held_count + len(missing) > SOURCE_CACHE:
            for column in (self._source, self._norm, self._folded):
                column.fill(None)
            self._held.fill(False)
            self._normed.fill(False)
            self._held_count = 0
            missing = np.unique(ids)
        for start in range(0, len(missing), 900):
            chunk = missing[start : start + 900]
            rows = self._conn.execute(f"select id, source from units where id in ({','.join(map(str, chunk))})")
            pairs = list(rows)
            self._store([unit_id for unit_id, _ in pairs], [source for _, source in pairs])

    def _store(self, ids: list[int], sources: list[str]) -> None:
        at = np.array(ids, dtype=np.int64)
        self._source[at] = _objects(sources)
        self._held[at] = True
        self._held_count += len(ids)

    def _make_norms(self, ids: np.ndarray) -> None:
        """The scoring forms of `ids`, with their lengths (made on first need, many at a time)."""
        missing = np.unique(ids[~self._normed[ids]])
        for start in range(0, len(missing), NORMALISE_CHUNK):
            chunk = missing[start : start + NORMALISE_CHUNK]
            norms = normalise_many(self._source[chunk].tolist())
            self._norm[chunk] = _objects(norms)
            self._norm_lengths[chunk] = np.fromiter(map(len, norms), dtype=np.int32, count=len(norms))
            self._normed[chunk] = True

    # -- 4. the best of the shortlist ------------------------------------------------------

    def _best_of(
        self, text: str, ids: np.ndarray, ratios: np.ndarray, min_score: int, exclude: int | None
    ) -> BestMatch | None:
        """`search.rank(..., limit=1)` of `ids` scored `ratios` (`_ratios`): the best score, ties to the
        newest change, then the newest unit."""
        return self._named(*self._winners(text, ids, ratios, min_score, exclude), min_score)

    def _winners(
        self, text: str, ids: np.ndarray, ratios: np.ndarray, min_score: int, exclude: int | None
    ) -> tuple[int, list[int]]:
        """The best score of `ids` (-1 for none of at least `min_score`) and every unit that scores it."""
        if exclude is not None and len(ids):
            kept = self._segment_of()[ids] != exclude
            ids, ratios = ids[kept], ratios[kept]
        if not len(ids):
            return -1, []
        plain = strip_tags(text)
        bounds = np.minimum(BEST_FUZZY, np.floor(ratios)).astype(np.int64)
        final = np.zeros(len(ids), dtype=bool)
        """The bound is the score: no number penalty applies (the same text but for form)."""
        for at in np.flatnonzero(ratios >= 100).tolist():  # the normalised texts are equal
            source = self._source[ids[at]]
            bounds[at] = 100 if source == text or strip_tags(source) == plain else SAME_EXCEPT_FORM
            final[at] = True
        counted, gaps = self._counted_gaps(text, ids, ~final)
        bounds[counted] = np.maximum(0, bounds[counted] - NUMBER_PENALTY * gaps[counted])
        final |= counted
        best, winners = -1, []
        if final.any():  # the scores known already: their best and every unit that has it, at once
            best = int(bounds[final].max())
            winners = ids[final & (bounds == best)].tolist()
        rest = np.flatnonzero(~final)
        for at in rest[np.argsort(-bounds[rest], kind="stable")].tolist():
            bound = int(bounds[at])
            if bound < max(best, min_score):
                break  # the penalty only lowers a score: nothing further can reach the best
            unit_id = int(ids[at])
            value = self._penalised(text, bound, self._source[unit_id])
            if value > best:
                best, winners = value, [unit_id]
            elif value == best:
                winners.append(unit_id)
        return (best, winners) if best >= min_score else (-1, [])

    def _counted_gaps(self, text: str, ids: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which of `ids` (among `wanted`) have their number gap to `text` known without a Python step
        each, and the gaps (meaningful where known).

        The gap (`search.number_gap`) is the size of the two sides' numbers' symmetric difference. Where
        one side has no number it is the other's count; where each has one, 0 or 2 as the numbers are
        the same or not. Most sentences have at most one number, and a project of template sentences
        ("The hall number 12 is open.") ties a hundred units at each text's best bound, all of which
        must be scored for the tie-break: here they are scored by array. Each unit's numbers are read
        once (`_count_numbers`); the rest of the units are scored one by one, as before.
        """
        self._count_numbers(ids[wanted])
        counts, keys = self._number_total[ids].astype(np.int64), self._number_key[ids]
        own = number_counts(text, self._lang)
        total = sum(own.values())
        own_key = self._key_ids.get(next(iter(own)), -2) if total == 1 else -2
        none = (counts == 0) | (total == 0)
        single = (counts == 1) & (total == 1)
        gaps = np.where(none, counts + total, np.where(single & (keys == own_key), 0, 2))
        return wanted & (none | single), gaps

    def _count_numbers(self, ids: np.ndarray) -> None:
        """Read the numbers of the units of `ids` not read yet (`_number_total`, `_number_key`)."""
        for unit_id in ids[self._number_total[ids] < 0].tolist():
            counts = number_counts(self._source[unit_id], self._lang)
            self._number_total[unit_id] = sum(counts.values())
            if len(counts) == 1 and self._number_total[unit_id] == 1:
                self._number_key[unit_id] = self._key_ids.setdefault(next(iter(counts)), len(self._key_ids))

    def _named(self, best: int, winners: list[int], min_score: int) -> BestMatch | None:
        """The match of the `winners` of score `best`: the newest change, then the newest unit, wins a tie."""
        if best < min_score or not winners:
            return None
        if len(winners) == 1:  # no tie to break: the memory's name is all the report needs
            return BestMatch(best, self._memory_names[int(self._memory_of()[winners[0]])], winners[0])
        changed = self._changed(winners)
        unit_id = max(winners, key=lambda i: (changed[i][1] or "", i))
        return BestMatch(best, changed[unit_id][0], unit_id)

    def _penalised(self, text: str, bound: int, source: str) -> int:
        return max(0, bound - NUMBER_PENALTY * number_gap(text, source, self._lang))

    def _segment_of(self) -> np.ndarray:
        """Unit id -> the project segment it was confirmed in (project-memory units only; -1 for none)."""
        if self._segments is None:
            segments = np.full(len(self._held), -1, dtype=np.int64)
            rows = self._conn.execute("select id, segment_id from units where segment_id is not null").fetchall()
            if rows:
                pairs = np.array(rows, dtype=np.int64)
                segments[pairs[:, 0]] = pairs[:, 1]
            self._segments = segments
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


def _query_stems(
    text: str, words: dict[str, tuple[str, int]], frequencies: dict[str, int]
) -> tuple[dict[str, str], dict[str, int]]:
    """(stem -> the query word it is the stem of, stem -> units holding it) for the distinct words of `text`."""
    query_words = list(dict.fromkeys(w.casefold() for w in WORD.findall(text)))
    word_of = {words[w][0]: w for w in query_words if w in words}
    return word_of, {stem: frequencies[stem] for stem in word_of if stem in frequencies}


def _read_posting(conn: sqlite3.Connection, stem: str) -> BitMap:
    """The ids of the units holding `stem`, from the index's `fts5vocab` instances (one `group_concat`)."""
    (joined,) = conn.execute("select group_concat(doc) from temp.source_instances where term = ?", (stem,)).fetchone()
    # numpy parses the digits, the bitmap takes the 32-bit array whole
    docs = np.fromstring(joined, dtype=np.uint32, sep=",") if joined else np.empty(0, np.uint32)
    return BitMap(array.array("I", docs.tobytes()))


def _objects(texts: list[str]) -> np.ndarray:
    """`texts` as an array of Python strings (numpy would otherwise make fixed-width ones)."""
    column = np.empty(len(texts), dtype=object)
    column[:] = texts
    return column


def _sent(match: BestMatch | None) -> Found:
    return None if match is None else (match.score, match.memory, match.unit_id)
