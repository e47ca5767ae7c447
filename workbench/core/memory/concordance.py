"""Concordance: where a word or phrase was translated before, in any of its forms.

Searching "клуб" should find "клубы", "клубов", "клубах"; searching "workers'
club" should find "workers' clubs". Morphology enters twice:

* **retrieval** through the full-text indexes: the English source index is
  Porter-stemmed, so a phrase query matches inflected forms directly; the
  Russian target index holds words as written, so each query word is
  expanded to every form of every lemma it may be (pymorphy3 lexemes through
  the termbase's lemmatiser, with `ё` also spelt `е`) and the words are ANDed;
* **verification and spans** through the termbase lemmatisers
  (`termbase.morphology`): a unit is a hit only where consecutive words of
  its text share a lemma key with the query's words, in order. That gives
  the exact character spans to highlight and drops index matches that are
  not the phrase (words far apart, or a stem shared by unrelated words).

Hits come newest first, one per distinct pair: memories merged from several
tools hold the same source and target many times over, and a list of ten
identical rows hides the eleventh that differs. The newest copy stands for the
others, with their count and memories (`HitFolder`). At most `MAX_SCANNED`
index candidates are verified per search, which bounds the time of a search
for a phrase of common words.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from termbase.languages import language_rank, primary_language
from termbase.morphology import lemmatizer_for
from termbase.normalize import fold_word, is_word, token_spans
from workbench.core.memory.schema import SOURCE_FTS, TARGET_FTS, unit_authors
from workbench.errors import InputError
from workbench.wording import N_

MAX_SCANNED = 5_000
"""Index candidates verified per search at most."""
MAX_PHRASE_WORDS = 40
"""Words of a searched phrase at most. Matching a phrase costs its length times each candidate's:
5,000 words of a common one took 15 s of CPU on a 20,000-unit memory, and a paste of a page of
text into the app's concordance input kept the app from drawing for longer than anyone waits."""
PAGE = 200
CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"})
_CYRILLIC = re.compile("[\u0400-\u04ff]")


@dataclass(frozen=True, slots=True)
class ConcordanceHit:
    """A memory unit in which the searched phrase occurs."""

    unit_id: int
    memory: str
    source: str
    target: str
    side: str
    """`source` or `target`: the text the phrase was found in."""
    spans: tuple[tuple[int, int], ...]
    """Character spans of each occurrence in that text, for highlighting."""
    status: str | None
    changed: str | None
    """When the pair last changed (ISO 8601, UTC): the latest of its copies'."""
    copies: int = 0
    """Other units holding the same source and target (folded into this, the newest)."""
    also_in: tuple[str, ...] = ()
    """The memories of those copies other than this hit's own, by name."""
    more_copies: bool = False
    """The search stopped before its last candidate (`MAX_SCANNED`, or `limit` pairs found), so
    `copies` counts those read: 100,000 copies of one pair were said as "+4999 copies"."""
    author: str | None = None
    """Who last wrote this hit's unit (TMX `changeid`, else `creationid`), as `FuzzyMatch.author`."""


class HitFolder:
    """Collects verified hits newest first, folding each later copy of a pair into the first.

    Both stores (the local memory, the team server) fold the same way, so `limit` counts
    distinct pairs on either."""

    def __init__(self) -> None:
        self.hits: list[ConcordanceHit] = []
        self._at: dict[tuple[str, str], int] = {}

    def add(self, hit: ConcordanceHit) -> None:
        """Keep `hit`, or count it as a copy of the newer hit with the same pair."""
        key = (hit.source, hit.target)
        at = self._at.get(key)
        if at is None:
            self._at[key] = len(self.hits)
            self.hits.append(hit)
            return
        kept = self.hits[at]
        also_in = kept.also_in
        if hit.memory != kept.memory and hit.memory not in also_in:
            also_in = (*also_in, hit.memory)
        # the pair's last change is the latest of its copies' (a copy without a date tells none)
        changed = max(kept.changed or "", hit.changed or "") or None
        self.hits[at] = replace(kept, copies=kept.copies + 1, also_in=also_in, changed=changed)

    def result(self, limit: int, *, read_all: bool) -> list[ConcordanceHit]:
        """The first `limit` hits; unless every candidate was read (`read_all`), the copies
        counted are marked as those read (`more_copies`)."""
        return [hit if read_all or not hit.copies else replace(hit, more_copies=True) for hit in self.hits[:limit]]


def phrase_words(text: str) -> list[str]:
    """The words of the phrase `text` searches; more than `MAX_PHRASE_WORDS` are refused (the
    memory's and the project's concordance alike)."""
    words = [token for token, _, _ in token_spans(text) if is_word(token)]
    if len(words) > MAX_PHRASE_WORDS:
        raise InputError.worded(N_("a concordance search is for a word or a phrase of at most {most} words, not {count}"),
                                most=MAX_PHRASE_WORDS, count=len(words))
    return words


@lru_cache(maxsize=4096)
def word_keys(word: str, lang: str) -> frozenset[str]:
    """The lemma keys a word may stand for, plus its folded form (so unknown words match themselves)."""
    folded = fold_word(word)
    return frozenset((folded, *lemmatizer_for(lang).keys(folded)))


@lru_cache(maxsize=1024)
def word_forms(word: str, lang: str) -> frozenset[str]:
    """Every form the index may hold for a query word: its pymorphy3 lexemes in Russian,
    lemminflect's in English (a word it does not know inflected as the noun the English
    lemmatiser reads it as), itself elsewhere.

    The one expansion for the memory's indexes, the team server's and the project's search
    (`navigation.forms_pattern`): the memory's target index holds words as written, and an
    English target did not find "laws" for "law" while the project's segments did (user days,
    session 31)."""
    folded = fold_word(word)
    forms = {folded}
    parses = getattr(lemmatizer_for(lang), "parses", None)
    if parses is not None:
        for parse in parses(folded):
            forms.update(form.word for form in parse.lexeme)
    elif primary_language(lang) == "en":
        forms.update(_english_forms(folded))
    return frozenset(forms | {form.replace("ё", "е") for form in forms})


def _english_forms(folded: str) -> set[str]:
    """lemminflect's inflections of every lemma of `folded` ("laws": law, laws)."""
    import lemminflect  # English terms' lemmatiser (termbase.morphology); loads its tables on first use

    forms: set[str] = set()
    lemmas = lemminflect.getAllLemmas(folded) or lemminflect.getAllLemmasOOV(folded, "NOUN")
    for part in lemmas.values():
        for lemma in part:
            forms.add(lemma)
            known = lemminflect.getAllInflections(lemma) or lemminflect.getAllInflectionsOOV(lemma, "NOUN")
            for inflections in known.values():
                forms.update(inflections)
    return {fold_word(form) for form in forms}


class Concordancer:
    """Phrase search over one memory database connection."""

    def __init__(self, conn: sqlite3.Connection, source_lang: str, target_lang: str) -> None:
        self._conn = conn
        self.source_lang = source_lang
        self.target_lang = target_lang

    def side_for(self, text: str, lang: str | None) -> str:
        """`source` or `target`: by the language asked for, else by the script of `text`."""
        return concordance_side(text, lang, self.source_lang, self.target_lang)

    def search(self, text: str, *, lang: str | None = None, limit: int = 50) -> list[ConcordanceHit]:
        """Units containing the phrase `text` (any inflected form), newest first."""
        side = self.side_for(text, lang)
        side_lang = self.source_lang if side == "source" else self.target_lang
        words = phrase_words(text)
        if not words or limit <= 0:
            return []
        keys = [word_keys(word, side_lang) for word in words]
        positions = side == "source"
        expression = _match_expression(words, side_lang, positions=positions)
        # Without positions in the index, most candidates have the words apart: a regex
        # over the forms drops those before the (slower) lemma check
        adjacent = None if positions or len(words) < 2 else adjacency_pattern(words, side_lang)
        table = SOURCE_FTS if side == "source" else TARGET_FTS
        found = HitFolder()
        scanned = 0
        below = None
        read_all = False
        while len(found.hits) < limit and scanned < MAX_SCANNED:
            bound = "" if below is None else f"and rowid < {int(below)} "
            ids = [
                row[0]
                for row in self._conn.execute(
                    f"select rowid from {table} where {table} match ? {bound}order by rowid desc limit ?",
                    (expression, PAGE),
                )
            ]
            read_all = len(ids) < PAGE
            if not ids:
                break
            scanned += len(ids)
            below = ids[-1]
            for hit in verified_hits(self._rows(ids), side, keys, side_lang, adjacent):
                found.add(hit)
        hits = found.result(limit, read_all=read_all)
        authors = unit_authors(self._conn, (hit.unit_id for hit in hits))
        return [replace(hit, author=authors.get(hit.unit_id)) for hit in hits] if authors else hits

    def _rows(self, ids: list[int]) -> list[tuple[int, str, str, str, str | None, str | None]]:
        marks = ",".join(str(int(i)) for i in ids)
        rows = self._conn.execute(
            "select u.id, m.name, u.source, u.target, u.status, u.changed from units u "
            f"join memories m on m.id = u.memory_id where u.id in ({marks}) order by u.id desc"
        ).fetchall()
        return rows


def concordance_side(text: str, lang: str | None, source_lang: str, target_lang: str) -> str:
    """`source` or `target`: by the language asked for, else by the script of `text`."""
    if lang:
        if language_rank(lang, source_lang):
            return "source"
        if language_rank(lang, target_lang):
            return "target"
        raise InputError.worded(N_("cannot search in {lang!r}: the texts are in {source_lang} and {target_lang}"), lang=lang, source_lang=source_lang, target_lang=target_lang)
    # The side written in the text's script, the source first for Latin: a word in Latin letters
    # looked in a Russian source of a Russian -> English project and found nothing (user days,
    # session 31); a Cyrillic one in the target first, as an English -> Russian project has it.
    cyrillic = _CYRILLIC.search(text) is not None
    sides = (("target", target_lang), ("source", source_lang)) if cyrillic else (("source", source_lang), ("target", target_lang))
    for side, side_lang in sides:
        if (primary_language(side_lang) in CYRILLIC_LANGUAGES) == cyrillic:
            return side
    return "source"


def verified_hits(
    rows: Iterable[tuple[int, str, str, str, str | None, str | None]],
    side: str,
    keys: list[frozenset[str]],
    side_lang: str,
    adjacent: re.Pattern[str] | None,
) -> Iterator[ConcordanceHit]:
    """The index candidates `(id, memory, source, target, status, changed)` that hold the phrase.

    Shared by every store (the local SQLite memory, the team server): the
    index only proposes, this decides, so both find the same units.
    """
    for unit_id, memory, source, target, status, changed in rows:
        found_in = source if side == "source" else target
        if adjacent is not None and adjacent.search(found_in.casefold().replace("ё", "е")) is None:
            continue
        spans = phrase_spans(found_in, keys, side_lang)
        if spans:
            yield ConcordanceHit(unit_id, memory, source, target, side, spans, status, changed)


def phrase_spans(text: str, keys: list[frozenset[str]], lang: str) -> tuple[tuple[int, int], ...]:
    """Spans where consecutive words of `text` share a lemma key with each query word in turn."""
    tokens = list(token_spans(text))
    found: list[tuple[int, int]] = []
    size = len(keys)
    index = 0
    while index + size <= len(tokens):
        if all(
            is_word(tokens[index + offset][0]) and word_keys(tokens[index + offset][0], lang) & keys[offset]
            for offset in range(size)
        ):
            found.append((tokens[index][1], tokens[index + size - 1][2]))
            index += size
        else:
            index += 1
    return tuple(found)


def _match_expression(words: list[str], lang: str, *, positions: bool) -> str:
    """The FTS5 query: a phrase where the Porter-stemmed source index inflects the words itself
    (any language but Russian), else an AND of each word's forms (`word_forms`).

    The target index keeps no positions, so a phrase there is checked on the
    candidates (`phrase_spans`) rather than by the index.
    """
    if positions and primary_language(lang) != "ru":
        return _quoted(" ".join(fold_word(word) for word in words))
    return " AND ".join(
        "(" + " OR ".join(_quoted(form) for form in sorted(word_forms(word, lang))) + ")" for word in words
    )


def adjacency_pattern(words: list[str], lang: str) -> re.Pattern[str]:
    """Any form of each word, in order, separated only by non-word characters (casefolded, ё as е)."""
    groups = [
        "(?:" + "|".join(re.escape(f.replace("ё", "е")) for f in sorted(word_forms(word, lang), key=len, reverse=True)) + ")"
        for word in words
    ]
    return re.compile(r"(?<!\w)" + r"\W+".join(groups) + r"(?!\w)")


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
