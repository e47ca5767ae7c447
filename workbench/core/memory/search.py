"""Fuzzy matches from the translation memory: candidates, scores and word diffs.

A lookup runs in three steps, so that it stays fast on a million units:

1. **Exact candidates** by `source_key` (hash of the folded source): a 100 %
   match is never lost, whatever its words.
2. **Prefilter** on the Porter-stemmed source index. A unit that can reach
   `min_score` shares about `min_score - 20` percent of the query's stems
   that occur in the memory (half of them at 70): `m` of `n`. By the
   pigeonhole principle such a unit contains at least two of the
   `n - m + 2` rarest of them, so the candidates are the FTS5 intersections
   of every pair of those rare stems, rarest pairs first; FTS5 intersects by
   skipping through long posting lists instead of reading them, so common
   words cost little. Each intersection is read in index order: FTS5 reads
   its lists forwards about a third faster than backwards. Rarity comes from the stem counts of `memory_terms`.
   Only the `PAIR_STEMS` rarest are paired, which bounds the number of queries
   for a long text. Collection stops at `CANDIDATES` units (the oldest units of
   a pair come first), which bounds the worst case of queries made only of very
   common words (a match may then be missed; exact matches are found by step 1
   whatever happens here).
3. **Scoring** with rapidfuzz's normalised Indel similarity (`fuzz.ratio`) on
   normalised, tokenised text: folded (`termbase.normalize`: case, ё/е,
   quote and dash variants), then words and punctuation re-joined with single
   spaces. A match that differs only in case, spacing or quote style scores
   99; any other difference caps the score at 98; every number present on one
   side only costs a further 2 points, so a match whose numbers differ never
   outranks one whose numbers agree, and the numbers are listed.

Each match carries a word-level diff against the current text, as a tuple of
`(op, text)` chunks the TUI can colour, the numbers and words found on one
side only, and - given the project's term recogniser - the termbase terms
found on one side only: what the translator must change in the offered target.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from termbase.normalize import fold_text, fold_word
from workbench.core.memory.rows import source_key
from workbench.core.memory.schema import SOURCE_FTS, unit_authors
from workbench.core.memory.terms import document_frequencies, first_stems
from workbench.errors import InputError
from workbench.tags import strip_tags
from workbench.wording import N_

if TYPE_CHECKING:
    from workbench.core.number_reader import NumberReader

SHARED_SLACK = 20
"""A unit scoring `min_score` shares about `min_score - SHARED_SLACK` percent of the
query's words (inflection and small words account for the slack): at 70, half."""
MIN_SHARED_FLOOR = 0.15
"""The share never asked for below this: very low `--min` values take units sharing any word."""
CANDIDATES = 1_000
"""Units the prefilter passes on per lookup at most."""
PAIR_STEMS = 24
"""The rarest stems paired at most: 276 FTS queries whatever the query's length. Without
the cap a pasted page of 2,000 distinct words made a million pair queries (15 s); with
it, a long query can miss a match the pigeonhole bound would have promised, but a unit
sharing half of a long text's words shares some of its 24 rarest all the same."""
ROUGH_MARGIN = 10
"""Points of slack in the cheap first scoring (casefolded text) for what normalisation changes."""
TAG_SLACK = 80
"""Characters of inline-code placeholders a stored source may have beyond its text."""
SAME_EXCEPT_FORM = 99
"""Score of a match that differs from the text only in case, spacing or quote style."""
BEST_FUZZY = 98
"""The best score of a match whose words differ."""
NUMBER_PENALTY = 2
"""Points off per number found on one side only."""

_TOKEN = re.compile(r"\w+|[^\w\s]")
_DIFF_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
WORD = re.compile(r"[^\W_]+")
"""A word for the prefilter: letters and digits, no underscore."""


TermFinder = Callable[[str], frozenset[str]]
"""`source text -> the termbase terms recognised in it` (any inflected form)."""


class DiffChunk(NamedTuple):
    """A run of the diff: `op` is `equal`, `delete` (only in the memory's source) or `insert` (only in the text)."""

    op: str
    text: str


@dataclass(frozen=True, slots=True)
class FuzzyMatch:
    """One memory unit offered for a text, with how and where it differs."""

    unit_id: int
    memory: str
    """Name of the memory it comes from (`project` for the project's own segments)."""
    source: str
    target: str
    score: int
    """Similarity in percent: 100 identical, 99 same words, at most 98 otherwise."""
    diff: tuple[DiffChunk, ...]
    """The memory's source turned into the text: `equal` runs are the memory's wording."""
    numbers_only_in_text: tuple[str, ...]
    """Numbers in the text being translated that the match's source lacks: check the target."""
    numbers_only_in_match: tuple[str, ...]
    words_only_in_text: tuple[str, ...]
    """Words (folded) the match's source lacks: the terms to change in its target."""
    words_only_in_match: tuple[str, ...]
    terms_only_in_text: tuple[str, ...]
    """Termbase terms the text has and the match's source lacks: its target needs them changed."""
    terms_only_in_match: tuple[str, ...]
    status: str | None
    changed: str | None
    segment_id: int | None
    """The project segment a project-memory match was confirmed in."""
    author: str | None = None
    """Who last wrote the pair (TMX `changeid`, else `creationid`; the project's user for the
    project memory's units): shown beside the match with its date, as memoQ and OmegaT do."""


def normalise(text: str) -> str:
    """Folded text with words and punctuation separated by single spaces (the scoring form).

    Inline-code placeholders are left out: a unit that differs only in its
    tags is the same sentence.
    """
    return " ".join(_TOKEN.findall(fold_text(strip_tags(text))))


_UNIT_BREAK = "\x00"
_MARK_NOT_BREAK = re.compile(r"([^\w\s\x00])")
NORMALISE_CHUNK = 20_000
"""Texts `normalise_many` folds as one string at a time (bounds the transient copy)."""


def normalise_many(texts: Sequence[str]) -> list[str]:
    """`[normalise(t) for t in texts]` with about a third less CPU (a whole memory at once).

    A batch analysis scores up to a million memory sources; one `normalise` each
    is a dozen Python-level steps. Here each chunk of sources is joined by NUL and
    folded, stripped and spaced as one string, then split back. Every step is
    character-local or stops at NUL (placeholders hold no NUL, NUL is a Unicode
    starter no character composes with, and is neither word nor space), so each
    piece equals `normalise` of its text; a chunk holding a NUL of its own is
    normalised text by text.
    """
    found: list[str] = []
    for start in range(0, len(texts), NORMALISE_CHUNK):
        chunk = texts[start : start + NORMALISE_CHUNK]
        joined = _UNIT_BREAK.join(chunk)
        if joined.count(_UNIT_BREAK) != len(chunk) - 1:
            found.extend(normalise(text) for text in chunk)
            continue
        spaced = " ".join(_MARK_NOT_BREAK.split(fold_word(strip_tags(joined))))  # each mark a piece of its own
        found.extend(" ".join(piece.split()) for piece in spaced.split(_UNIT_BREAK))
    return found


def numbers(text: str, lang: str = "en") -> Counter[str]:
    """The numbers of `text` as keys of the project's one number reader, placeholders
    left out (`⟦12⟧` is no number): "3,500" and "3500" are one number, «марта» is a
    month, "1920s" a decade, so a match differs only where the values do."""
    return Counter(_read_numbers(text, lang)[0])


def number_counts(text: str, lang: str = "en") -> dict[str, int]:
    """`numbers(text)` as the cached dict it is read into (number key -> count): not to be changed."""
    return _read_numbers(text, lang)[0]


def number_gap(text: str, source: str, lang: str = "en") -> int:
    """How many numbers are found on one side only (`numbers(text)` and `numbers(source)`, each
    count apart): what the score's `NUMBER_PENALTY` is taken per. Read from the cached counts
    without making a `Counter` of either side: an analysis asks it of every candidate that ties
    at the best bound, a hundred and more per segment in a project of template sentences."""
    text_counts, source_counts = number_counts(text, lang), number_counts(source, lang)
    if not source_counts:
        return sum(text_counts.values())
    gap = sum(abs(count - source_counts.get(key, 0)) for key, count in text_counts.items())
    return gap + sum(count for key, count in source_counts.items() if key not in text_counts)


def _numbers_as_written(text: str, lang: str, keys: Counter[str]) -> tuple[str, ...]:
    """The numbers behind `keys` as `text` writes them ("3,500", «марта»), for the faces."""
    written = _read_numbers(text, lang)[1]
    return tuple(written[key] for key in keys.elements())


@lru_cache(maxsize=65_536)
def _read_numbers(text: str, lang: str) -> tuple[dict[str, int], dict[str, str]]:
    """(key -> count, key -> first text written) of `text`; cached, since a lookup reads
    the same memory sources again and again."""
    from workbench.core.number_reader import number_key  # loaded on the first lookup only

    counts: dict[str, int] = {}
    written: dict[str, str] = {}
    for token in _number_reader(lang).read(strip_tags(text)):
        if token.required:
            key = number_key(token)
            counts[key] = counts.get(key, 0) + 1
            written.setdefault(key, token.text)
    return counts, written


@lru_cache(maxsize=16)
def _number_reader(lang: str) -> NumberReader:
    from workbench.core.number_reader import NumberReader

    return NumberReader(lang)


def word_diff(match_source: str, text: str, *, folded: bool = True) -> tuple[DiffChunk, ...]:
    """Word-level diff turning `match_source` into `text`; tokens compare folded
    (or exactly, with `folded=False`: the review of an edit shows a change of case).

    Within a change, what the memory had comes before what the text has
    (`delete` then `insert`), and single spaces between changed words belong
    to the change, so "closed in 1923" -> "opened in 1925" reads as two
    replacements, not as a salad of one-word edits.
    """
    old = _DIFF_TOKEN.findall(strip_tags(match_source))
    new = _DIFF_TOKEN.findall(strip_tags(text))
    chunks: list[DiffChunk] = []
    deleted: list[str] = []
    inserted: list[str] = []
    space = ""

    def flush() -> None:
        if deleted:
            _append(chunks, "delete", "".join(deleted))
        if inserted:
            _append(chunks, "insert", "".join(inserted))
        deleted.clear()
        inserted.clear()

    key = _diff_key if folded else _exact_key
    for op in Indel.opcodes([key(t) for t in old], [key(t) for t in new]):
        if op.tag == "equal":
            run = "".join(old[op.src_start : op.src_end])
            if (deleted or inserted) and run.isspace() and not space:
                space = run  # glue it into the change if another change follows
                continue
            flush()
            _append(chunks, "equal", space + run)
            space = ""
            continue
        if space:
            for side in (deleted, inserted):
                if side:
                    side.append(space)
            space = ""
        deleted.extend(old[op.src_start : op.src_end])
        inserted.extend(new[op.dest_start : op.dest_end])
    flush()
    if space:
        _append(chunks, "equal", space)
    return tuple(chunks)


def _diff_key(token: str) -> str:
    return " " if token.isspace() else fold_word(token)


def _exact_key(token: str) -> str:
    return " " if token.isspace() else token


def _append(chunks: list[DiffChunk], op: str, text: str) -> None:
    if not text:
        return
    if chunks and chunks[-1].op == op:
        chunks[-1] = DiffChunk(op, chunks[-1].text + text)
    else:
        chunks.append(DiffChunk(op, text))


def _words(text: str) -> Counter[str]:
    return Counter(t for t in _TOKEN.findall(fold_text(strip_tags(text))) if t[0].isalpha() or t[0] == "_")


def score(text: str, text_norm: str, source: str, source_norm: str, number_gap: int) -> int:
    """The percentage shown for a match (see the module docstring for the rules)."""
    if source == text or strip_tags(source) == strip_tags(text):
        return 100
    if source_norm == text_norm:
        return SAME_EXCEPT_FORM
    similarity = min(BEST_FUZZY, math.floor(fuzz.ratio(text_norm, source_norm)))
    return max(0, similarity - NUMBER_PENALTY * number_gap)


class UnitRow(NamedTuple):
    """A memory unit as the scoring needs it, wherever it is stored (SQLite here, the team server)."""

    id: int
    memory: str
    source: str
    target: str
    status: str | None
    segment_id: int | None
    changed: str | None


def check_min_score(min_score: int) -> None:
    """Every store refuses the same impossible thresholds, with the same words."""
    if not 0 <= min_score <= 100:
        raise InputError.worded(N_("--min must be between 0 and 100, not {min_score}"), min_score=min_score)


@dataclass(frozen=True, slots=True)
class BatchQuery:
    """One line of `memory lookup --batch`: a text and the options it is looked up with."""

    text: str
    min_score: int
    limit: int
    id: str | int | None = None
    """Whatever the caller tags the line with, echoed back with the answer."""


def parse_batch_query(line: str, *, min_score: int, limit: int) -> BatchQuery:
    """Read one JSON line: a string (the text) or `{"text", "min"?, "limit"?, "id"?}`.

    `min_score` and `limit` are the defaults a line may override. Raises
    ValueError with a short reason for anything else.
    """
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg})") from None
    if isinstance(value, str):
        value = {"text": value}
    if not isinstance(value, dict):
        raise ValueError("expected a JSON string or an object with a text")
    unknown = sorted(set(value) - {"text", "min", "limit", "id"})
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (expected text, min, limit, id)")
    text, minimum, most, tag = (
        value.get("text"), value.get("min", min_score), value.get("limit", limit), value.get("id")
    )
    if not isinstance(text, str):
        raise ValueError("the text must be a JSON string")
    if type(minimum) is not int or not 0 <= minimum <= 100:
        raise ValueError("min must be a whole number from 0 to 100")
    if type(most) is not int or not 1 <= most <= 100:
        raise ValueError("limit must be a whole number from 1 to 100")
    if tag is not None and (type(tag) not in (str, int)):
        raise ValueError("id must be a string or a whole number")
    return BatchQuery(text, minimum, most, tag)


def length_bounds(text: str, min_score: int) -> tuple[int, int]:
    """Source lengths (characters) a unit may have and still reach `min_score` against `text`.

    Similarity bounds the length ratio (a unit twice as long cannot score
    70), so a store can drop candidates by length before any text is read.
    Inline-code placeholders are not text: they are left out of the query's
    length, and a stored source may be `TAG_SLACK` characters longer for its own.
    """
    text = strip_tags(text)
    floor = max(0, min_score - ROUGH_MARGIN)
    if floor <= 0:
        return 0, 2**62
    lowest = math.floor(len(text) * floor / (200 - floor))
    return lowest, math.ceil(min(len(text) * (200 - floor) / floor + TAG_SLACK, 2**62))


def rough_shortlist(text: str, sources: dict[int, str], min_score: int) -> set[int]:
    """Ids of `sources` that can still reach `min_score`, scored cheaply on casefolded text.

    rapidfuzz's C++ batch scorer with `ROUGH_MARGIN` points of slack for
    what the full normalisation changes.
    """
    floor = max(0, min_score - ROUGH_MARGIN)
    folded = {unit_id: strip_tags(source).casefold() for unit_id, source in sources.items()}
    query = strip_tags(text).casefold()
    return {
        unit_id
        for _, _, unit_id in process.extract(query, folded, scorer=fuzz.ratio, score_cutoff=floor, limit=None)
    }


def rank(
    text: str,
    rows: list[UnitRow],
    *,
    min_score: int,
    limit: int,
    exclude_segment: int | None = None,
    terms: TermFinder | None = None,
    lang: str = "en",
) -> list[FuzzyMatch]:
    """Score candidate units and keep the best `limit` of at least `min_score`, best first.

    The one scoring of every memory store: the local SQLite memory and the
    team server both hand their candidates here, so a unit gets the same
    score and the same place wherever it is looked up. Ties go to the most
    recently changed unit; identical source/target pairs are offered once.
    `lang` is the sources' language, whose conventions the numbers are read by.
    """
    rows = [r for r in rows if exclude_segment is None or r.segment_id != exclude_segment]
    if not rows or limit <= 0:
        return []
    text_norm = normalise(text)
    scored: list[tuple[int, UnitRow]] = []
    for row in rows:
        value = score(text, text_norm, row.source, normalise(row.source), number_gap(text, row.source, lang))
        if value >= min_score:
            scored.append((value, row))
    scored.sort(key=lambda item: item[1].id, reverse=True)
    scored.sort(key=lambda item: item[1].changed or "", reverse=True)
    scored.sort(key=lambda item: item[0], reverse=True)
    seen: set[tuple[str, str]] = set()
    matches: list[FuzzyMatch] = []
    for value, row in scored:
        if (row.source, row.target) in seen:
            continue
        seen.add((row.source, row.target))
        matches.append(_match(text, value, row, terms, lang))
        if len(matches) == limit:
            break
    return matches


def pigeonhole_groups(document_frequency: dict[str, int], min_score: int) -> list[tuple[str, ...]]:
    """Which index terms to intersect for candidates, most selective first (module docstring, step 2).

    `document_frequency` maps each distinct term of the query (a stem) to
    the number of units holding it; terms no unit holds are left out. With
    `m` of the `n` terms to share, every candidate holds two of the
    `n - m + 2` rarest, so the groups are those pairs, by the product of
    their frequencies (single terms when one shared term is enough). Only the
    `PAIR_STEMS` rarest are paired, so a long query costs a bounded number of
    index look-ups. Every store (SQLite here, the team server) asks its index
    for these groups.
    """
    prefix, paired = _pigeonhole_prefix(document_frequency, min_score)
    if not paired:
        return [(term,) for _, term in prefix]
    return [
        (a, b)
        for _, a, b in sorted(
            (da * db, a, b) for (da, a), (db, b) in itertools.combinations(prefix, 2)
        )
    ]


def pigeonhole_terms(document_frequency: dict[str, int], min_score: int) -> list[str]:
    """The terms `pigeonhole_groups` intersects, without making the pairs (a batch reads their postings first)."""
    return [term for _, term in _pigeonhole_prefix(document_frequency, min_score)[0]]


def _pigeonhole_prefix(document_frequency: dict[str, int], min_score: int) -> tuple[list[tuple[int, str]], bool]:
    """The rarest terms the groups are made of, as (frequency, term) rarest first, and whether they are paired."""
    rare = sorted((docs, term) for term, docs in document_frequency.items() if docs > 0)
    shared = max(1, math.ceil(len(rare) * max(MIN_SHARED_FLOOR, (min_score - SHARED_SLACK) / 100)))
    if not rare or shared == 1:
        return rare, False
    return rare[: min(len(rare) - shared + 2, PAIR_STEMS)], True


LOOKUP_MMAP_BYTES = 1 << 30
"""How much of the memory file a lookup connection reads through a memory map. A lookup
reads a few hundred units scattered over the file and pages of the index; mapped, each
is a memory access instead of a read system call and a copy (about a tenth of the CPU
of a lookup at a million units). The pages are the file's, shared and reclaimable."""


class Matcher:
    """Fuzzy lookup over one memory database connection (one per thread, as SQLite wants)."""

    def __init__(self, conn: sqlite3.Connection, lang: str = "en") -> None:
        self._conn = conn
        conn.execute(f"pragma mmap_size = {LOOKUP_MMAP_BYTES}")
        self._lang = lang
        """The sources' language, for reading their numbers."""

    def lookup(
        self,
        text: str,
        *,
        min_score: int = 70,
        limit: int = 5,
        exclude_segment: int | None = None,
        terms: TermFinder | None = None,
    ) -> list[FuzzyMatch]:
        """The best `limit` matches scoring at least `min_score`, best first.

        Ties go to the most recently changed unit. Identical source/target
        pairs from different memories or imports are offered once.
        `exclude_segment` leaves out the project unit of the segment being
        translated, which would otherwise match itself at 100 %. `terms`
        (the project's termbase recogniser) makes the terms that differ
        between the text and each match's source visible.
        """
        if not text.strip() or limit <= 0:
            return []
        ids = self._exact_ids(text) | self._candidate_ids(text, min_score)
        rows = self._rows(self._rough_shortlist(text, ids, min_score))
        return self._authored(rank(text, rows, min_score=min_score, limit=limit, exclude_segment=exclude_segment,
                                   terms=terms, lang=self._lang))

    def exact(self, text: str, *, exclude_segment: int | None = None) -> FuzzyMatch | None:
        """The best match scoring 99 or 100, from step 1 alone (no prefilter): a batch
        (the analysis of a project) asks this first and runs the full lookup only when
        it finds nothing, since only a unit with the same folded source can score 99."""
        if not text.strip():
            return None
        found = rank(text, self._rows(self._exact_ids(text)), min_score=SAME_EXCEPT_FORM, limit=1,
                     exclude_segment=exclude_segment)
        return self._authored(found)[0] if found else None

    def _authored(self, matches: list[FuzzyMatch]) -> list[FuzzyMatch]:
        """`matches` with who wrote each (`schema.unit_authors`)."""
        authors = unit_authors(self._conn, (match.unit_id for match in matches))
        if not authors:
            return matches
        return [replace(match, author=authors.get(match.unit_id)) for match in matches]

    def _rough_shortlist(self, text: str, ids: set[int], min_score: int) -> set[int]:
        """Candidates that can still reach `min_score`, judged cheaply before the full scoring.

        Similarity bounds the length ratio (a unit twice as long cannot score
        70), which SQLite checks before any text reaches Python; the rest are
        scored on merely casefolded text by rapidfuzz's C++ batch scorer, with
        `ROUGH_MARGIN` points of slack for what normalisation changes.
        """
        if not ids:
            return set()
        lowest, highest = length_bounds(text, min_score)
        marks = ",".join(str(int(i)) for i in ids)
        sources = dict(
            self._conn.execute(
                f"select id, source from units where id in ({marks}) and length(source) between ? and ?",
                (lowest, highest),
            )
        )
        return rough_shortlist(text, sources, min_score)

    def _exact_ids(self, text: str) -> set[int]:
        query = "select id from units where source_key = ? order by id desc limit 50"
        return {row[0] for row in self._conn.execute(query, (source_key(text),))}

    def _word_stems(self, text: str) -> list[tuple[str, str]]:
        """(word, stem) for each distinct query word, stemmed by the index's own tokenizer."""
        words = list(dict.fromkeys(w.casefold() for w in WORD.findall(text)))
        stems = first_stems(self._conn, words) if words else {}
        return [(words[index], stem) for index, stem in stems.items()]

    def _candidate_ids(self, text: str, min_score: int) -> set[int]:
        pairs = self._word_stems(text)
        if not pairs:
            return set()
        df = document_frequencies(self._conn, sorted({stem for _, stem in pairs}))
        word_of = {stem: word for word, stem in pairs}
        found: set[int] = set()
        for group in pigeonhole_groups(df, min_score):
            found.update(self.fts_group([word_of[stem] for stem in group]))
            if len(found) >= CANDIDATES:
                break
        return found

    def fts_group(self, words: list[str]) -> list[int]:
        """The first `CANDIDATES` units (by id) whose source holds every one of `words` (one pigeonhole group)."""
        expression = " AND ".join(_fts_string(word) for word in words)
        sql = f"select rowid from {SOURCE_FTS} where {SOURCE_FTS} match ? limit ?"
        return [row[0] for row in self._conn.execute(sql, (expression, CANDIDATES))]

    def _rows(self, ids: set[int]) -> list[UnitRow]:
        if not ids:
            return []
        marks = ",".join(str(int(i)) for i in ids)
        query = (
            "select u.id, m.name, u.source, u.target, u.status, u.segment_id, u.changed "
            f"from units u join memories m on m.id = u.memory_id where u.id in ({marks})"
        )
        return [UnitRow._make(row) for row in self._conn.execute(query)]


def _match(text: str, value: int, row: UnitRow, terms: TermFinder | None, lang: str) -> FuzzyMatch:
    text_numbers, source_numbers = numbers(text, lang), numbers(row.source, lang)
    text_words, source_words = _words(text), _words(row.source)
    text_terms = terms(text) if terms else frozenset()
    source_terms = terms(row.source) if terms else frozenset()
    return FuzzyMatch(
        unit_id=row.id,
        memory=row.memory,
        source=row.source,
        target=row.target,
        score=value,
        diff=word_diff(row.source, text),
        numbers_only_in_text=_numbers_as_written(text, lang, text_numbers - source_numbers),
        numbers_only_in_match=_numbers_as_written(row.source, lang, source_numbers - text_numbers),
        words_only_in_text=tuple((text_words - source_words).elements()),
        words_only_in_match=tuple((source_words - text_words).elements()),
        terms_only_in_text=tuple(sorted(text_terms - source_terms)),
        terms_only_in_match=tuple(sorted(source_terms - text_terms)),
        status=row.status,
        changed=row.changed,
        segment_id=row.segment_id,
    )


def _fts_string(word: str) -> str:
    """A query word as an FTS5 string literal, so that no word is read as FTS syntax."""
    return '"' + word.replace('"', '""') + '"'
