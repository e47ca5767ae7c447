"""Recognising terms in text: every occurrence, in any inflected form, with spans.

A `Matcher` indexes the terms of one language once: each term becomes a
sequence of lemma-key sets (one set per token, see `termbase.morphology`),
and every combination is inserted in a token trie keyed by small integer
lemma ids. Finding terms in a text is then:

1. split the text with one regex (`termbase.normalize.tokens`);
2. map each token to the ids of its lemma keys that occur in the termbase,
   through a per-form cache (a form is lemmatised once per matcher, ever);
3. walk the trie from every token over the lattice of ids (a token may stand
   for several lemmas), collecting every term that ends somewhere;
4. drop case-sensitive terms whose words changed case, and, unless
   `overlapping=True`, keep the longest matches ("Communist Party" over
   "party"); spans of equal extent are all kept (two concepts may share a term);
5. only for texts that matched, compute character spans.

Because the trie walks token by token, a term matches whole words only
("form" never inside "format") and only in its own word order ("cultural
choices ... spontaneous" never matches "cultural spontaneity").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from itertools import islice, product

from termbase.model import Concept, Term, TermStatus
from termbase.morphology import lemmatizer_for
from termbase.normalize import case_agrees, fold_word, is_word, token_spans, tokens

_END = -1
"""Trie key under which a node lists the entries (terms) ending there."""
_MAX_VARIANTS = 64
"""Lemma-key combinations indexed per term; beyond that a term is pathologically ambiguous."""
_MAX_FORMS = 2_000_000
"""Distinct text forms a matcher remembers before dropping its cache."""


@dataclass(frozen=True, slots=True)
class TermMatch:
    """One occurrence of a term in a text, with what made it match."""

    concept_id: str
    """The concept the term belongs to."""
    term: Term
    """The termbase term that was recognised."""
    start: int
    """Start of the occurrence in the text (character offset)."""
    end: int
    """End of the occurrence (exclusive)."""
    text: str
    """The occurrence as written, `text[start:end]`."""
    forms: tuple[str, ...]
    """Its tokens as written, e.g. ("культурной", "стихийности")."""
    lemmas: tuple[str, ...]
    """For each token, the lemma key that linked it to the term ("культурный", ...)."""

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True, slots=True)
class _Entry:
    concept_id: str
    term: Term
    words: tuple[str, ...]
    """The term's tokens as written (for case-sensitive checks)."""
    key_sets: tuple[frozenset[int], ...]
    """Per token, the lemma ids a text token may share to match it."""


class Matcher:
    """Finds the terms of one language in texts; build once, use for many texts."""

    def __init__(
        self,
        concepts: Iterable[Concept],
        lang: str,
        *,
        statuses: Collection[TermStatus] | None = None,
    ) -> None:
        """Index the `lang` terms of `concepts` (all statuses unless `statuses` is given)."""
        self.lang = lang
        self._lemmatizer = lemmatizer_for(lang)
        self._key_ids: dict[str, int] = {}
        self._key_names: list[str] = []
        self._entries: list[_Entry] = []
        self._root: dict[int, object] = {}
        self._form_ids: dict[str, tuple[int, ...]] = {}
        for concept in concepts:
            for term in concept.terms_in(lang):
                if statuses is None or term.status in statuses:
                    self._index(concept.id, term)

    def __len__(self) -> int:
        """Number of terms indexed."""
        return len(self._entries)

    def _key_id(self, key: str) -> int:
        found = self._key_ids.get(key)
        if found is None:
            found = self._key_ids[key] = len(self._key_names)
            self._key_names.append(key)
        return found

    def _term_key_sets(self, term: Term, words: list[str]) -> list[tuple[str, ...]]:
        # A part of speech describes the whole term, so it only selects analyses
        # when the term is one word ("cultural spontaneity" is a noun, "cultural" is not).
        single = sum(map(is_word, words)) == 1
        pos = term.part_of_speech if single else None
        return [
            self._lemmatizer.term_keys(fold_word(word), pos) if is_word(word) else (fold_word(word),)
            for word in words
        ]

    def _index(self, concept_id: str, term: Term) -> None:
        words = tokens(term.text)
        if not any(map(is_word, words)):
            return  # Nothing a text could contain as whole words.
        key_sets = [
            tuple(self._key_id(key) for key in keys)
            for keys in self._term_key_sets(term, words)
        ]
        entry_id = len(self._entries)
        self._entries.append(
            _Entry(concept_id, term, tuple(words), tuple(frozenset(ids) for ids in key_sets))
        )
        for path in islice(product(*key_sets), _MAX_VARIANTS):
            node = self._root
            for key_id in path:
                node = node.setdefault(key_id, {})  # type: ignore[assignment]
            ends = node.setdefault(_END, [])
            if entry_id not in ends:  # type: ignore[operator]
                ends.append(entry_id)  # type: ignore[union-attr]
        # Forms seen before this term was added may now have new ids.
        self._form_ids.clear()

    def _ids_of(self, token: str) -> tuple[int, ...]:
        """Ids of the lemma keys of a text token that occur in this termbase (cached)."""
        if len(self._form_ids) >= _MAX_FORMS:
            self._form_ids.clear()
        folded = fold_word(token)
        keys = self._lemmatizer.keys(folded) if is_word(token) else (folded,)
        key_ids = self._key_ids
        ids = tuple(key_ids[key] for key in keys if key in key_ids)
        self._form_ids[token] = ids
        return ids

    def _candidates(self, toks: list[str]) -> list[tuple[int, int, int]]:
        """(first token, end token, entry) for every term occurrence, overlaps included."""
        get = self._form_ids.get
        ids = [get(token) for token in toks]
        if None in ids:
            ids = [found if found is not None else self._ids_of(tok) for tok, found in zip(toks, ids)]
        root = self._root
        count = len(ids)
        found: list[tuple[int, int, int]] = []
        for start, first in enumerate(ids):
            if not first:
                continue
            frontier = [child for key in first if (child := root.get(key)) is not None]
            end = start + 1
            while frontier:
                next_frontier = []
                for node in frontier:
                    ends = node.get(_END)  # type: ignore[union-attr]
                    if ends:
                        found.extend((start, end, entry) for entry in ends)
                    if end < count:
                        for key in ids[end]:
                            child = node.get(key)  # type: ignore[union-attr]
                            if child is not None:
                                next_frontier.append(child)
                frontier = next_frontier
                end += 1
        return found

    def find(self, text: str, *, overlapping: bool = False) -> list[TermMatch]:
        """Every term occurrence in `text`, ordered by position.

        With `overlapping=False` (the default) overlaps resolve to the longest
        match; with `True` every occurrence is returned, e.g. both "Communist
        Party" and "party" (useful to ask "does this text contain term X at all").
        """
        toks = tokens(text)
        candidates = self._candidates(toks)
        if not candidates:
            return []
        entries = self._entries
        spans: list[tuple[int, int]] | None = None
        matches = []
        for start, end, entry_id in sorted(set(candidates), key=lambda c: (c[0], -c[1], c[2])):
            entry = entries[entry_id]
            words = toks[start:end]
            if entry.term.case_sensitive and not all(map(case_agrees, entry.words, words)):
                continue
            if spans is None:
                spans = [(begin, finish) for _, begin, finish in token_spans(text)]
            begin, finish = spans[start][0], spans[end - 1][1]
            matches.append(
                TermMatch(
                    concept_id=entry.concept_id,
                    term=entry.term,
                    start=begin,
                    end=finish,
                    text=text[begin:finish],
                    forms=tuple(words),
                    lemmas=self._explain(entry, words),
                )
            )
        return matches if overlapping else longest(matches)

    def _explain(self, entry: _Entry, toks: list[str]) -> tuple[str, ...]:
        """For each token, the first of its lemma keys that the term word shares."""
        names = self._key_names
        lemmas = []
        for token, allowed in zip(toks, entry.key_sets):
            shared = [key for key in self._form_ids.get(token) or self._ids_of(token) if key in allowed]
            lemmas.append(names[shared[0]] if shared else fold_word(token))
        return tuple(lemmas)


def longest(matches: list[TermMatch]) -> list[TermMatch]:
    """Resolve overlaps: longest spans first, then leftmost; equal spans are all kept.

    "Communist Party" wins over "party" inside it; two concepts sharing the
    same term at the same place are both reported.
    """
    chosen: list[tuple[int, int]] = []
    for start, end in sorted({m.span for m in matches}, key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end in chosen):
            chosen.append((start, end))
    keep = set(chosen)
    return [m for m in matches if m.span in keep]
