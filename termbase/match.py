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

Many texts at once (`scan_many`, `hits_many`, `watched_many`, `concept_hits_many`,
what the term checks use) give each text's answer of the one-text methods, but
step 3 runs as array operations over all their tokens (`termbase.lattice`): a
check of 100,000 pairs no longer walks the trie in Python token by token. They
import numpy when first used (80 ms and 15 MB), so one-text matching does not.

Because the trie walks token by token, a term matches whole words only
("form" never inside "format") and only in its own word order ("cultural
choices ... spontaneous" never matches "cultural spontaneity").

Why a trie of dicts and not pyahocorasick over lemma-id characters: the
alphabet here is the termbase's lemma vocabulary (over 10,000 symbols for
10,000 concepts), and pyahocorasick's nodes search their children linearly,
so its root makes every step slow; measured on the benchmark corpus, its
candidate search alone ran at about the speed of this whole `find`. It also
cannot walk a lattice, which ambiguous forms ("стали": сталь or стать; a third
of Russian segments have one) need.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, chain, compress, islice, product, repeat, takewhile
from operator import is_, itemgetter, not_
from typing import TYPE_CHECKING, Any, NamedTuple

from termbase.compounds import spelling_variants
from termbase.grammar import Context, Grammar, Pattern, abbreviated, mark_before, paucal
from termbase.model import Concept, Term, TermStatus
from termbase.morphology import is_adjective_pos, is_noun_pos, is_verb_pos, lemmatizer_for
from termbase.names import bare_word
from termbase.normalize import TOKEN_RE, case_agrees, fold_word, is_word, joint, may_join, tokens

if TYPE_CHECKING:
    from termbase.lattice import Bools, FormArrays, Ints, TrieArrays

_END = -1
"""Trie key under which a node lists the entries (terms) ending there."""
_ONLY_END = frozenset((_END,))
"""What follows a text's last token, for `Matcher._candidates`: no ids, so only a term
ending at that token is taken."""
_MAX_VARIANTS = 64
"""Lemma-key combinations indexed per term; beyond that a term is pathologically ambiguous."""
_MAX_FORMS = 2_000_000
"""Distinct text forms a matcher remembers before dropping its cache."""
_SENTENCE_MARKS = frozenset({",", ".", ";", ":", "!", "?", "…", "—"})
"""Marks a sentence has and a label or title seldom does: a text that holds one but ends
with a word and no mark breaks off inside a sentence (`Context.broken_off`)."""
_span = re.Match.span


class TermMatch(NamedTuple):
    """One occurrence of a term in a text, with what made it match.

    A named tuple, not a frozen dataclass: recognition makes one for every
    occurrence (some 400,000 in a check of 100,000 pairs), and a frozen
    dataclass takes four times as long to make. Like one, it cannot change.
    """

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
    why: str = ""
    """What grammar decided, when it had to: agreement of a multiword term («рабочего …
    клуба» agree), or why a word that may be a verb was read as the noun."""

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


_Started = tuple[
    tuple[int, ...], tuple[dict[int, Any], ...], tuple[dict[int, Any], ...], frozenset[int], frozenset[int],
    frozenset[int],
]
"""`_Looked` but its last item: what depends on the lemma ids alone (`Matcher._start`)."""
_Looked = tuple[
    tuple[int, ...], tuple[dict[int, Any], ...], tuple[dict[int, Any], ...], frozenset[int], frozenset[int],
    frozenset[int], int,
]
"""What a matcher knows of a text token: its lemma ids in the termbase, the trie nodes
they start, the nodes they start in the watched terms' trie, then for `_candidates`'s
test in C: its ids with `_END` (`_Looked` `[3]`), and the keys under the nodes it starts
in each trie (`[4]`, `[5]`: the ids a next token may go on with, and `_END` where a
term ends at this one token); last its number in the matcher's `FormTable` (`[6]`, for
the walk over many texts at once, `termbase.lattice`)."""


class Scan(NamedTuple):
    """A text split into tokens, each looked up once for every `Matcher.find_*` call on it.

    A named tuple, not a frozen dataclass: enforcement scans every source and
    target, and a frozen dataclass takes ten times as long to make.
    """

    text: str
    toks: list[str]
    looked: list[_Looked] | None
    """What the matcher knows of each token; None in a scan of many texts at once
    (`Matcher.scan_many`), where a method that needs it looks the tokens up again."""




class Scans(NamedTuple):
    """Many texts scanned at once (`Matcher.scan_many`), with their tokens' form numbers
    one text after the other, for the walk over all of them (`termbase.lattice`)."""

    scans: list[Scan]
    numbers: Ints
    """Each token's number in the matcher's `FormTable`."""
    offsets: Ints
    """Where each text's tokens begin in `numbers`."""
    last: Bools
    """True at each text's last token."""


Candidate = tuple[int, int, int]
"""A term occurrence as the trie walk finds it: (first token, -end token, entry)."""

Hit = tuple[int, int, int, str]
"""A term occurrence before its characters are located: (first token, -end token, entry,
what grammar decided). Enforcement decides most segments on these alone, and spans,
texts and `TermMatch`es (`Matcher.matches`) are made only for what it reports."""


@dataclass(frozen=True, slots=True)
class _Entry:
    concept_id: str
    term: Term
    words: tuple[str, ...]
    """The term's tokens as written (for case-sensitive checks)."""
    key_sets: tuple[frozenset[int], ...]
    """Per token, the lemma ids a text token may share to match it."""
    pattern: Pattern | None = None
    """The agreement its words require (Russian multiword terms), checked on every match."""
    noun_keys: frozenset[str] | None = None
    """For a one-word noun term: its lemma keys, so a text word that may also be a verb
    is decided by its neighbours."""
    verb_keys: frozenset[str] | None = None
    """For a one-word verb term: its lemma keys, so a text word that may also be another
    word («мой», «три», "state") is decided by its neighbours."""
    complete: bool = True
    """Every combination of its key sets is in the trie (False past `_MAX_VARIANTS`), so a
    text matches it exactly where each token shares a key with the term word."""
    case_sensitive: bool = False
    """Matched only in its letter case: the term says so, it is written as a name
    (`_written_as_names`), or it is an acronym (`acronym`)."""
    hyphenated: bool = False
    """Matched only where its words are joined by hyphens: a closed compound's other spelling
    ("arm-chair" for "armchair", `compounds.spelling_variants`), which written apart may be two
    words of a sentence ("walk out" is no "walkout")."""


class _Shape(NamedTuple):
    """What a term's text and part of speech make of it in the trie: the parts of `_Entry`
    every concept sharing that text shares."""

    words: tuple[str, ...]
    key_sets: tuple[tuple[int, ...], ...]
    """Per token, its lemma ids in the lemmatiser's order (the trie's paths take them so)."""
    key_id_sets: tuple[frozenset[int], ...]
    pattern: Pattern | None
    noun_keys: frozenset[str] | None
    verb_keys: frozenset[str] | None
    complete: bool
    one_word: bool


_Probe = tuple[int, tuple[frozenset[int], ...], frozenset[int], tuple[tuple[int, frozenset[int]], ...], bool]
"""How `Matcher.find_concepts` tries one entry: its id, its key sets, the first of them, the
others with their offsets from the first word, and whether the entry is `complete`."""


def _probe(entry_id: int, entry: _Entry) -> _Probe:
    first, *rest = entry.key_sets
    return entry_id, entry.key_sets, first, tuple(enumerate(rest, 1)), entry.complete


def capitalised(text: str) -> bool:
    """Whether a term is written with a capital and some small letters («May», "Trade Union
    Congress"; not "CPSU", nor "workers' club")."""
    return text[:1].isupper() and not text.isupper()


def acronym(text: str) -> bool:
    """Whether a term is one word written in capitals throughout, of two letters or more ("RAW",
    "NPP", «ТВС»): an acronym, found only where the text writes it in capitals too ("NPPs",
    "RAW's"). Its letters are often an everyday word's ("raw material", "us", "it"), which a
    writer never puts in capitals inside a sentence, and an acronym in small letters is rare."""
    return sum(map(str.isalpha, text)) >= 2 and text.isupper() and len(text.split()) == 1


def _written_as_names(concepts: Sequence[Concept], lang: str) -> bool:
    """Whether a capital marks a name in this termbase's `lang` terms: most are written in
    small letters, as a dictionary writes common nouns, so one written with a capital ("May",
    beside "pike" and "bait") is a name, matched only in its letter case (never the modal
    "may", "might"). Where most terms start with a capital, that is the termbase's house
    style and says nothing. Only a one-word term is held to its case: the words of a longer
    term found together are the term whatever capitals a writer gives them ("the communist
    party" for "Communist Party"), and a capital is what tells "May" from "may"."""
    texts = [t.text for c in concepts for t in c.terms_in(lang)]
    return sum(map(capitalised, texts)) * 2 < len(texts)


class Matcher:
    """Finds the terms of one language in texts; build once, use for many texts."""

    def __init__(
        self,
        concepts: Iterable[Concept],
        lang: str,
        *,
        statuses: Collection[TermStatus] | None = None,
        watched: Collection[TermStatus] = (),
    ) -> None:
        """Index the `lang` terms of `concepts` (all statuses unless `statuses` is given).

        Terms of a `watched` status also go in a trie of their own, so
        `watched_may_occur` can tell cheaply whether any of them may be in a text.
        """
        self._watched = frozenset(watched)
        self._watched_root: dict[int, Any] = {}
        self.lang = lang
        self._lemmatizer = lemmatizer_for(lang)
        self._key_ids: dict[str, int] = {}
        self._key_names: list[str] = []
        self._entries: list[_Entry] = []
        self._entry_concepts: list[str] = []
        """Each entry's concept id, for `concept_of` (asked of every hit)."""
        self._by_concept: dict[str, list[int]] = {}
        self._root: dict[int, Any] = {}
        self._form_ids: dict[str, _Looked] = {}
        self._form_keys: list[tuple[int, ...]] = []
        """The lemma ids of the forms in `_form_ids`, by their numbers (`_Looked` `[6]`)."""
        self._form_numbers: dict[str, int] = {}
        """The forms' numbers alone, for `scan_many`."""
        self._started: dict[tuple[int, ...], _Started] = {}
        """`_start` of each set of lemma ids seen, shared by the forms that have it."""
        self._numbering = threading.Lock()
        """A matcher may look forms up in two threads at once (the TUI's checks and its
        term panel): each new form takes the next number, and its ids that place."""
        self._arrays: tuple[FormArrays, dict[int, TrieArrays]] | None = None
        """`_form_keys` and the trie (1) and the watched terms' trie (2) as arrays, made on
        first use: numpy is imported only where many texts are matched at once."""
        self._concept_entries: dict[tuple[str, frozenset[TermStatus]], tuple[_Probe, ...]] = {}
        """Per concept and set of statuses: the entries `find_concepts` tries."""
        self._explained: dict[tuple[int, tuple[str, ...]], tuple[str, ...]] = {}
        self._agreement: dict[tuple[int, tuple[str, ...], bool, str], tuple[bool, str]] = {}
        self._unlisted: dict[str, dict[str, None]] = {}
        """Text forms with the keys they take as a term word in a part of speech the lemmatiser
        does not list for it ("May" the month, a noun: `Lemmatizer.unlisted_forms`), in order."""
        self._verbal: dict[str, bool] = {}
        self._other: dict[str, bool] = {}
        self._in_context: dict[tuple[Context, frozenset[str], Callable[..., tuple[bool, str]]], str | None] = {}
        self._spans: tuple[str, list[tuple[int, int]]] = ("", [])
        """The last text whose token spans were asked for, and its spans (`_spans_of`)."""
        concepts = list(concepts)
        self._names = _written_as_names(concepts, lang)
        shapes: dict[tuple[str, str | None], _Shape | None] = {}
        for concept in concepts:
            for term in concept.terms_in(lang):
                if statuses is None or term.status in statuses:
                    self._index(concept.id, term, shapes)

    @property
    def names_by_capital(self) -> bool:
        """Whether a one-word term written with a capital is a name here, found only in its letter
        case (`_written_as_names`): «Бог» is not the «бог» of a pagan god."""
        return self._names

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
        # A verb phrase's part of speech is its first word's where the grammar says so
        # ("heave to": "hove to").
        single = sum(map(is_word, words)) == 1
        grammar = self._lemmatizer.grammar
        head = not single and is_verb_pos(term.part_of_speech) and grammar is not None and grammar.verb_head_first
        first = next(i for i, word in enumerate(words) if is_word(word))
        parts = [term.part_of_speech if single or (head and i == first) else None for i in range(len(words))]
        for word, pos in zip(words, parts):
            if pos and is_word(word):
                for form, key in self._lemmatizer.unlisted_forms(fold_word(word), pos).items():
                    self._unlisted.setdefault(form, {})[key] = None
        return [
            self._lemmatizer.term_keys(fold_word(word), pos)
            if is_word(word)
            else (fold_word(word),)
            for word, pos in zip(words, parts)
        ]

    def _shape(self, term: Term) -> _Shape | None:
        """What the term's text and part of speech make of it, or None where it has no word."""
        words = tokens(term.text)
        if not any(map(is_word, words)):
            return None  # Nothing a text could contain as whole words.
        names = self._term_key_sets(term, words)
        key_sets = tuple(tuple(self._key_id(key) for key in keys) for keys in names)
        pattern, noun_keys, verb_keys = self._grammar_of(words, names)
        combinations = 1
        for ids in key_sets:
            combinations *= len(ids)
        return _Shape(tuple(words), key_sets, tuple(frozenset(ids) for ids in key_sets), pattern, noun_keys, verb_keys, combinations <= _MAX_VARIANTS,
                      sum(map(is_word, words)) == 1)

    def _index(self, concept_id: str, term: Term, shapes: dict[tuple[str, str | None], _Shape | None]) -> None:
        """Add one term to the trie. `shapes` holds the analysis of each term text and part of
        speech indexed so far: a term many concepts share ("library" under 100,000 concepts)
        is analysed once, not once per concept."""
        shape = self._shape_of(term, shapes)
        if shape is None:
            return
        self._add_entry(concept_id, term, shape)
        if not term.case_sensitive and (not term.part_of_speech or is_noun_pos(term.part_of_speech)):
            # "arm-chair" and "arm chair" where the termbase writes "armchair", and back
            for variant in spelling_variants(term.text, self.lang):
                other = self._shape_of(replace(term, text=variant), shapes)
                if other is not None:
                    self._add_entry(concept_id, term, other, hyphenated=" " not in term.text.strip())
        # Forms seen before this term was added may now have new ids.
        self._forget_forms()
        self._arrays = None
        self._concept_entries.clear()

    def _shape_of(self, term: Term, shapes: dict[tuple[str, str | None], _Shape | None]) -> _Shape | None:
        """`_shape` of the term, from `shapes` where a term of the same text and part of speech made it."""
        known = (term.text, term.part_of_speech)
        if known in shapes:
            return shapes[known]
        shape = shapes[known] = self._shape(term)
        return shape

    def _add_entry(self, concept_id: str, term: Term, shape: _Shape, *, hyphenated: bool = False) -> None:
        """Index the term under one of its spellings (`shape`)."""
        entry_id = len(self._entries)
        self._entries.append(
            _Entry(concept_id, term, shape.words, shape.key_id_sets,
                   shape.pattern, shape.noun_keys, shape.verb_keys, shape.complete,
                   term.case_sensitive or shape.one_word and (
                       (self._names and capitalised(term.text)) or acronym(term.text)),
                   hyphenated)
        )
        self._entry_concepts.append(concept_id)
        self._by_concept.setdefault(concept_id, []).append(entry_id)
        for root in (self._root, self._watched_root) if term.status in self._watched else (self._root,):
            for path in islice(product(*shape.key_sets), _MAX_VARIANTS):
                node = root
                for key_id in path:
                    node = node.setdefault(key_id, {})
                ends = node.setdefault(_END, [])
                # Entries are numbered as indexed, so this one can only be last already (two
                # paths of one term alike): a test of the whole list made the terms one text
                # shares by many concepts quadratic (100,000 concepts: 5e9 comparisons).
                if not ends or ends[-1] != entry_id:
                    ends.append(entry_id)

    def _forget_forms(self) -> None:
        with self._numbering:
            self._form_ids.clear()
            self._form_numbers.clear()
            self._form_keys = []
            self._started.clear()
            if self._arrays is not None:
                self._arrays = None

    def _grammar_of(
        self, words: list[str], names: list[tuple[str, ...]]
    ) -> tuple[Pattern | None, frozenset[str] | None, frozenset[str] | None]:
        """The agreement pattern of a multiword term, or the keys of a one-word noun (second)
        or verb term (third)."""
        grammar = self._lemmatizer.grammar
        if grammar is None:
            return None, None, None
        folded = [fold_word(w) for w in words]
        keys = [frozenset(k) if is_word(w) else frozenset() for w, k in zip(words, names)]
        if sum(map(is_word, words)) > 1:
            return grammar.pattern(folded, keys), None, None
        if len(words) != 1:
            return None, None, None
        if grammar.is_noun(folded[0], keys[0]) or grammar.is_adjective(folded[0], keys[0]):
            return None, keys[0], None
        if grammar.is_verb(folded[0], keys[0]):
            return None, None, keys[0]
        return None, None, None

    def _grammatical(self, entry_id: int, text: str, toks: list[str], start: int, end: int) -> str | None:
        """Why the words at toks[start:end] of `text` are the entry's term, or None if grammar says not."""
        entry = self._entries[entry_id]
        grammar = self._lemmatizer.grammar
        if grammar is None:
            return ""
        if entry.pattern is not None:
            words = tuple(toks[start:end])
            counted = start > 0 and paucal(fold_word(toks[start - 1]))
            joined_to = (fold_word(toks[start - 2]) if start > 1 and is_word(toks[start - 2])
                         and grammar.coordinating(fold_word(toks[start - 1])) else "")
            found = self._agreement.get((entry_id, words, counted, joined_to))
            if found is None:
                if len(self._agreement) >= _MAX_FORMS:
                    self._agreement.clear()
                names = self._key_names
                keys = [frozenset(names[i] for i in ids) for ids in entry.key_sets]
                found = self._agreement[(entry_id, words, counted, joined_to)] = grammar.agrees(
                    entry.pattern, [fold_word(w) for w in words], keys, counted, joined_to
                )
            return found[1] if found[0] else None
        if entry.noun_keys is not None:
            if abbreviated(toks, end):
                return None
            word = toks[start]
            if self._regular_form_of(word, entry.noun_keys):
                return ""
            verbal = self._verbal.get(word)
            if verbal is None:
                if len(self._verbal) >= _MAX_FORMS:
                    self._verbal.clear()
                verbal = self._verbal[word] = (
                    self._lemmatizer.has_verb_reading(fold_word(word)) or grammar.needs_context(word)
                )
            if not verbal:
                return ""
            pos = entry.term.part_of_speech
            decide = (grammar.adjective_in_context if is_adjective_pos(pos)
                      else grammar.substantive_in_context if is_noun_pos(pos) else grammar.noun_in_context)
            return self._in_context_of(entry.noun_keys, text, toks, start, end, grammar, decide,
                                       self._names and capitalised(entry.term.text))
        if entry.verb_keys is not None:
            word = toks[start]
            other = self._other.get(word)
            if other is None:
                if len(self._other) >= _MAX_FORMS:
                    self._other.clear()
                other = self._other[word] = self._lemmatizer.has_other_reading(fold_word(word))
            if not other:
                return ""
            return self._in_context_of(entry.verb_keys, text, toks, start, end, grammar, grammar.verb_in_context)
        return ""

    def _regular_form_of(self, word: str, keys: frozenset[str]) -> bool:
        """Whether a text word is one of the term's case forms the lemmatiser gave by the regular
        declension of the term's declared part (`Lemmatizer.unlisted_forms`: «Биткойна» of a
        loanword the dictionary does not decline) and could be no verb: its own readings are
        guesses of other paradigms, so the grammar, which reads them, would refuse it."""
        folded = fold_word(word)
        unlisted = self._unlisted.get(folded) if self._unlisted else None
        return unlisted is not None and not keys.isdisjoint(unlisted) and not self._lemmatizer.has_verb_reading(folded)

    def _in_context_of(
        self,
        keys: frozenset[str],
        text: str,
        toks: list[str],
        start: int,
        end: int,
        grammar: Grammar,
        decide: Callable[[Context, frozenset[str]], tuple[bool, str]],
        proper: bool = False,
    ) -> str | None:
        """What `decide` says of the one-word term at toks[start:end] of `text` among its
        neighbours: why it is the term, or None (cached by neighbours and keys); `proper`: the
        term is written as a name (`Context.proper`)."""
        word = toks[start]
        before = toks[start - 1] if start and is_word(toks[start - 1]) else ""
        before2 = toks[start - 2] if before and start > 1 and is_word(toks[start - 2]) else ""
        after = toks[end] if end < len(toks) and is_word(toks[end]) else ""
        after2 = toks[end + 1] if after and end + 1 < len(toks) and is_word(toks[end + 1]) else ""
        earlier: tuple[str, ...] = ()
        if before2 and grammar.coordinating(fold_word(before)):
            earlier = tuple(takewhile(is_word, reversed(toks[max(0, start - 5):start - 2])))
        elif not before and grammar.wide_context and start > 1 and toks[start - 1] == ",":
            earlier = tuple(takewhile(is_word, reversed(toks[max(0, start - 4):start - 1])))
        elif not before and grammar.wide_context and start > 1 and toks[start - 1] == "." and is_word(toks[start - 2]):
            # "Mr. Smith": the abbreviation the stop ends, and the word before it ("Appendix A.")
            earlier = tuple(takewhile(is_word, reversed(toks[max(0, start - 3):start - 1])))
        mark_after = toks[end] if not after and end < len(toks) else ""
        joined = self._joined(text, toks, start, end, before, after) if grammar.wide_context else ("", "")
        broken_off = end == len(toks) and not _SENTENCE_MARKS.isdisjoint(toks[:start])
        context = Context(before2, before, word, after, "" if before else mark_before(toks, start), earlier,
                          after2, mark_after, *joined, proper, broken_off)
        decided = self._in_context.get((context, keys, decide))
        if decided is None:
            if len(self._in_context) >= _MAX_FORMS:
                self._in_context.clear()
            ok, why = decide(context, keys)
            decided = self._in_context[(context, keys, decide)] = why if ok else None
        return decided

    def _joined(self, text: str, toks: list[str], start: int, end: int, before: str, after: str) -> tuple[str, str]:
        """What joins the word at toks[start:end] of `text` to `before` and to `after` where it
        stands (`joint`): the characters between their spans. A substring test of the whole text
        for each word and its neighbours cost a text of 4,000 distinct hyphenated neighbours of a
        term 1.7 s (quadratic; hardening, round 29), and it read two words joined anywhere in the
        text as joined everywhere."""
        if not may_join(text):
            return "", ""
        spans = self._spans_of(text, toks)
        return (joint(text[spans[start - 1][1]:spans[start][0]]) if before else "",
                joint(text[spans[end - 1][1]:spans[end][0]]) if after else "")

    def _spans_of(self, text: str, toks: list[str]) -> list[tuple[int, int]]:
        """The character spans of all of `text`'s tokens (`toks`), found once per text: its hyphenated
        occurrences and joiners each asked for the spans up to theirs, and 4,000 "arm-chair" took
        4.2 s (quadratic; hardening, round 29). The memo is replaced, never changed for another
        text, so threads sharing the matcher each read a consistent one."""
        memo = self._spans
        if memo[0] is not text:
            memo = self._spans = (text, _token_spans(text, toks, len(toks)))
        return memo[1]

    def _hyphen_joined(self, scan: Scan, start: int, end: int) -> bool:
        """Whether the tokens `start` to `end` of the scanned text are joined by hyphens alone."""
        spans = self._spans_of(scan.text, scan.toks)
        text = scan.text
        return all(text[spans[i][1]:spans[i + 1][0]] == "-" for i in range(start, end - 1))

    def _lookup(self, token: str) -> _Looked:
        """(lemma ids in this termbase, trie nodes those ids start, the same in the watched
        terms' trie) of a text token, cached."""
        if len(self._form_ids) >= _MAX_FORMS:
            self._forget_forms()
        folded = fold_word(token)
        keys = self._lemmatizer.keys(folded) if is_word(token) else (folded,)
        unlisted = self._unlisted.get(folded) if self._unlisted else None
        if unlisted:
            keys = (*keys, *unlisted)
        key_ids = self._key_ids
        ids = tuple(key_ids[key] for key in keys if key in key_ids)
        started = self._started.get(ids)
        if started is None:
            started = self._started[ids] = self._start(ids)
        found = self._form_ids[token] = (*started, self._number(started[0]))
        self._form_numbers[token] = found[6]
        return found

    def _start(self, ids: tuple[int, ...]) -> _Started:
        """What a form with these lemma ids starts in the tries (`_Looked` but its number).

        Shared by every form with the same ids (most forms have none, and a lemma's
        forms have the same): a new form then adds one tuple, not six containers, to
        what the garbage collector walks at each full collection (three in the first pass
        over the benchmark's first 30,000 Russian segments, each walking ~600,000 objects).
        """
        root, watched = self._root, self._watched_root
        nodes = tuple(root[key] for key in ids if key in root)
        watched_nodes = tuple(watched[key] for key in ids if key in watched)
        return (
            ids,
            nodes,
            watched_nodes,
            frozenset((*ids, _END)),
            frozenset(chain.from_iterable(nodes)),
            frozenset(chain.from_iterable(watched_nodes)),
        )

    def _number(self, ids: tuple[int, ...]) -> int:
        """The next form number, for a form with these lemma ids."""
        with self._numbering:
            self._form_keys.append(ids)
            return len(self._form_keys) - 1

    def scan(self, text: str) -> Scan:
        """The tokens of `text` and what this matcher knows of each, for the `find_*` methods."""
        toks = tokens(text)
        looked = list(map(self._form_ids.get, toks))
        if None in looked:
            looked = [item or self._lookup(tok) for tok, item in zip(toks, looked)]
        return Scan(text, toks, looked)  # type: ignore[arg-type]

    def scan_many(self, texts: Sequence[str]) -> Scans:
        """`scan` of each text, its tokens looked up together: each new form once.

        The scans carry no per-token lookups (`Scan.looked` is None): the walk over
        all of them at once reads the tokens' form numbers, and most texts are never
        walked alone (`_looked` looks a text's tokens up again for that).
        """
        import numpy as np  # here: only matching many texts at once needs it

        toks = list(map(tokens, texts))
        flat = list(chain.from_iterable(toks))
        if len(self._form_ids) + len(flat) >= _MAX_FORMS:
            self._forget_forms()  # now, so that no form number changes while these are read
        get = self._form_numbers.get
        found = list(map(get, flat))
        for index in compress(range(len(found)), map(is_, found, repeat(None))):  # new forms
            tok = flat[index]
            found[index] = get(tok)
            if found[index] is None:
                found[index] = self._lookup(tok)[6]
        sizes = list(map(len, toks))
        ends = list(accumulate(sizes))
        last = np.zeros(len(flat), dtype=np.bool_)
        last[[end - 1 for end, size in zip(ends, sizes) if size]] = True
        return Scans(
            list(map(Scan, texts, toks, repeat(None))),
            np.array(found, dtype=np.int64),
            np.array([0, *ends[:-1]] if ends else [], dtype=np.int64),
            last,
        )

    def _looked(self, scan: Scan) -> list[_Looked]:
        """What this matcher knows of each token of the scan (`Scan.looked`, or looked up again)."""
        if scan.looked is not None:
            return scan.looked
        get = self._form_ids.get
        return [get(tok) or self._lookup(tok) for tok in scan.toks]

    def _walk_many(self, scans: Scans, trie: int = 1, texts: Bools | None = None) -> tuple[Ints, Ints, Ints, Ints]:
        """`_candidates(scan, trie)` of each scan at once (`lattice.walk`), as (scan, first
        token, -end token, entry) arrays ordered by scan, an occurrence as many times as
        paths of ids reach it (as there). `texts` limits the walk to the scans it marks."""
        import numpy as np  # here: only matching many texts at once needs it

        from termbase.lattice import FormArrays, TrieArrays, walk

        if self._arrays is None:
            self._arrays = FormArrays(), {}
        forms, tries = self._arrays
        arrays = tries.get(trie)
        if arrays is None:
            root = self._root if trie == 1 else self._watched_root
            arrays = tries[trie] = TrieArrays.of(root, _END, len(self._key_names) + 1)
        offsets = scans.offsets
        starts = None
        if texts is not None:
            owners = np.repeat(np.arange(offsets.size), np.diff(offsets, append=scans.numbers.size))
            starts = np.flatnonzero(texts[owners])
        first, end, entry = walk(arrays, forms.update(self._form_keys), scans.numbers, scans.last, starts)
        owner = np.searchsorted(offsets, first, side="right") - 1
        order = np.argsort(owner, kind="stable")
        owner, first, end, entry = owner[order], first[order], end[order], entry[order]
        return owner, first - offsets[owner], offsets[owner] - end, entry

    def _by_scan(self, count: int, owner: Ints, first: Ints, negative_end: Ints, entry: Ints) -> list[list[Candidate]]:
        """`_walk_many`'s candidates as `_candidates` gives them, a list per scan."""
        import numpy as np  # here: only matching many texts at once needs it

        found = list(zip(first.tolist(), negative_end.tolist(), entry.tolist()))
        bounds = np.searchsorted(owner, np.arange(count + 1)).tolist()
        return [found[bounds[i] : bounds[i + 1]] for i in range(count)]

    def hits_many(self, scans: Scans, *, overlapping: bool = False) -> list[list[Hit]]:
        """`hits_in` of each scan, the trie walked over all of them at once."""
        hits = map(self._hits, scans.scans, self._by_scan(len(scans.scans), *self._walk_many(scans)))
        return list(hits) if overlapping else list(map(self._longest, scans.scans, hits))

    def watched_many(self, scans: Scans) -> list[bool]:
        """`watched_may_occur` of each scan, the watched terms' trie walked over all at once."""
        import numpy as np  # here: only matching many texts at once needs it

        owner = self._walk_many(scans, trie=2)[0]
        found: list[bool] = (np.bincount(owner, minlength=len(scans.scans)) > 0).tolist()
        return found

    def concept_hits_many(
        self, scans: Scans, concept_ids: Sequence[Collection[str]], statuses: Collection[TermStatus]
    ) -> list[list[Hit]]:
        """`concept_hits(scan, ids, statuses)` of each scan and the concept ids beside it: the
        hits of the whole termbase's walk, over all the scans at once, that are of those
        concepts' terms of those statuses (which is what `concept_hits` finds)."""
        import numpy as np  # here: only matching many texts at once needs it

        count, width = len(scans.scans), len(self._entries)
        wanted: list[int] = []
        for index, ids in enumerate(concept_ids):
            if ids:
                wanted.extend(index * width + probe[0] for probe in self._wanted(ids, statuses))
        codes = np.array(wanted, dtype=np.int64)
        texts = np.zeros(count, dtype=np.bool_)
        texts[codes // max(width, 1)] = True
        owner, first, negative_end, entry = self._walk_many(scans, texts=texts)
        kept = np.isin(owner * width + entry, codes)
        candidates = self._by_scan(count, owner[kept], first[kept], negative_end[kept], entry[kept])
        return list(map(self._hits, scans.scans, candidates))

    def _candidates(self, scan: Scan, trie: int = 1, first: bool = False) -> list[tuple[int, int, int]]:
        """(first token, -end token, entry) for every term occurrence, overlaps included.

        The end is negated so that plain tuple order is "leftmost, then longest".
        `trie` 2 walks the watched terms' trie instead of the whole termbase's;
        `first` stops at the first node where terms end (enough to say whether any may).

        The hot loop of recognition: kept flat, and only entered at the tokens
        that start a term (`compress` picks them in C; most tokens start none),
        and left at once by a start where no term ends nor goes on to the next
        token: the keys under its nodes (`_END` among them where a term ends at
        it) miss the next token's ids (and `_END`, which every token's ids have,
        so that a term ending at the start is kept). A third of the benchmark
        sources' tokens start a term, and three quarters of those starts stop
        there; in its targets, all but 2,645 of 963,455 starts of a watched term
        stop there. (The same test in C over every token, `map`s instead of this
        loop, cost as much as it saved: each `map` layer costs about as much per
        token as this test per start.)
        """
        looked = self._looked(scan)
        count = len(looked)
        last = count - 1
        going_on = trie + 3
        found: list[tuple[int, int, int]] = []
        for start in compress(range(count), map(itemgetter(trie), looked)):
            if looked[start][going_on].isdisjoint(looked[start + 1][3] if start < last else _ONLY_END):  # type: ignore[union-attr]
                continue
            frontier: Sequence[dict[int, Any]] = looked[start][trie]  # type: ignore[assignment]
            end = start + 1
            while frontier:
                following: list[dict[int, Any]] = []
                for node in frontier:
                    ends = node.get(_END)
                    if ends is not None:
                        found.extend((start, -end, entry) for entry in ends)
                        if first:
                            return found
                    if end < count:
                        for key in looked[end][0]:
                            child = node.get(key)
                            if child is not None:
                                following.append(child)
                frontier = following
                end += 1
        return found

    def find(
        self, text: str, *, overlapping: bool = False, names: Collection[str] = (), kinds: Collection[str] = ()
    ) -> list[TermMatch]:
        """Every term occurrence in `text`, ordered by position (then longest first).

        With `overlapping=False` (the default) overlaps resolve to the longest
        match; with `True` every occurrence is returned, e.g. both "Communist
        Party" and "party" (useful to ask "does this text contain term X at all").
        `names` are the folded words the text's document writes as names
        (`termbase.names.document_names`): a capitalised occurrence of a term whose
        words are all among them is that name, not the term ("the Spray" in Slocum), but
        for a noun term of one of the document's `kinds` (`termbase.names.document_kinds`:
        «Гора» where the document writes «Гора Звезды»).
        """
        return self.find_in(self.scan(text), overlapping=overlapping, names=names, kinds=kinds)

    def find_in(
        self, scan: Scan, *, overlapping: bool = False, names: Collection[str] = (), kinds: Collection[str] = ()
    ) -> list[TermMatch]:
        """`find` on a text already scanned.

        `hits_in` and `matches` in one, so that a text whose overlaps `_longest` had to
        weigh in characters is not located token by token a second time.
        """
        hits = self._hits(scan, self._candidates(scan))
        if names and hits:
            hits = [hit for hit in hits if not self._named(scan.toks, hit, names, kinds)]
        if overlapping:
            return self.matches(scan, hits)
        return self._matches(scan, *self._longest_located(scan, hits))

    def _named(self, toks: list[str], hit: Hit, names: Collection[str], kinds: Collection[str]) -> bool:
        """Whether the hit's words are all capitalised and among the document's `names`; a term
        the termbase itself writes as a name ("May": case-sensitive) is that name already, and a
        noun of one of the document's `kinds` names one thing of its kind («Гора»)."""
        start, negative_end, entry_id, _ = hit
        entry = self._entries[entry_id]
        if entry.case_sensitive or entry.noun_keys and not entry.noun_keys.isdisjoint(kinds):
            return False
        words = [token for token in toks[start:-negative_end] if is_word(token)]
        return all(word[:1].isupper() and bare_word(word) in names for word in words)

    def hits_in(self, scan: Scan, *, overlapping: bool = False) -> list[Hit]:
        """`find_in`'s occurrences as hits, in the same order (`matches` makes them `TermMatch`es)."""
        hits = self._hits(scan, self._candidates(scan))
        return hits if overlapping else self._longest(scan, hits)

    def concepts_of(self, hits: Iterable[Hit]) -> list[str]:
        """The concept of each hit, in order (`concept_of` of each, in C)."""
        return list(map(self._entry_concepts.__getitem__, map(itemgetter(2), hits)))

    def concept_of(self, hit: Hit) -> str:
        """The concept whose term a hit is."""
        return self._entry_concepts[hit[2]]

    def term_of(self, hit: Hit) -> Term:
        """The term a hit is an occurrence of."""
        return self._entries[hit[2]].term

    def watched_may_occur(self, scan: Scan) -> bool:
        """Whether some watched term's lemmas occur in the text in its word order (letter
        case and grammar not yet asked): a cheap test before the full `find`."""
        return bool(self._candidates(scan, trie=2, first=True))

    def find_concepts(
        self, scan: Scan, concept_ids: Collection[str], statuses: Collection[TermStatus]
    ) -> list[TermMatch]:
        """The matches `find(text, overlapping=True)` gives for these concepts' terms of these
        statuses, in the same order, without walking the whole termbase (`concept_hits`)."""
        return self.matches(scan, self.concept_hits(scan, concept_ids, statuses))

    def concept_hits(
        self, scan: Scan, concept_ids: Collection[str], statuses: Collection[TermStatus]
    ) -> list[Hit]:
        """`find_concepts` as hits: those `hits_in(scan, overlapping=True)` has of these
        concepts' terms of these statuses, in the same order.

        Enforcement asks this of every target for the one or two concepts its
        source names: trying their few terms at each token is a fraction of a
        walk over every term of the termbase, most of which the target's
        common words start.
        """
        wanted = self._wanted(concept_ids, statuses)
        if not wanted:
            return []
        if not all(probe[4] for probe in wanted):  # pathologically ambiguous: walk the trie
            keep = {probe[0] for probe in wanted}
            return self._hits(scan, [c for c in self._candidates(scan) if c[2] in keep])
        ids = list(map(itemgetter(0), self._looked(scan)))
        present = set(chain.from_iterable(ids))
        count = len(ids)
        candidates: list[tuple[int, int, int]] = []
        for entry_id, key_sets, first, rest, _ in wanted:
            if any(map(present.isdisjoint, key_sets)):
                continue  # a word of the term is nowhere in the text
            # The tokens sharing a key with the term's first word, found in C.
            if not rest:
                candidates.extend(
                    (start, -start - 1, entry_id)
                    for start in compress(range(count), map(not_, map(first.isdisjoint, ids)))
                )
                continue
            width = 1 + len(rest)
            for start in compress(range(count - width + 1), map(not_, map(first.isdisjoint, ids))):
                if all(not keys.isdisjoint(ids[start + offset]) for offset, keys in rest):
                    candidates.append((start, -start - width, entry_id))
        return self._hits(scan, candidates)

    def _wanted(self, concept_ids: Collection[str], statuses: Collection[TermStatus]) -> Sequence[_Probe]:
        """How to try the entries of these concepts' terms of these statuses, in entry order.

        Each concept's are worked out once per set of statuses: enforcement asks
        for the approved terms of a concept in every target whose source names it,
        most often for one concept alone (then its tuple is the answer as it is).
        """
        kind = statuses if isinstance(statuses, frozenset) else frozenset(statuses)
        cache = self._concept_entries
        per_concept = []
        for concept_id in concept_ids:
            found = cache.get((concept_id, kind))
            if found is None:
                entries = self._entries
                found = cache[(concept_id, kind)] = tuple(
                    _probe(e, entries[e])
                    for e in self._by_concept.get(concept_id, ())
                    if entries[e].term.status in kind
                )
            per_concept.append(found)
        if len(per_concept) == 1:
            return per_concept[0]
        return sorted({probe[0]: probe for probe in chain.from_iterable(per_concept)}.values(), key=itemgetter(0))

    def _hits(self, scan: Scan, candidates: list[tuple[int, int, int]]) -> list[Hit]:
        """The candidates that keep the term's letter case and grammar, in order, each once."""
        if not candidates:
            return []
        if len(candidates) > 1:
            # Ambiguous forms can reach one entry by two paths: keep each once.
            candidates = sorted(set(candidates))
        toks = scan.toks
        entries = self._entries
        hits = []
        for start, negative_end, entry_id in candidates:
            entry = entries[entry_id]
            if entry.case_sensitive and not all(map(case_agrees, entry.words, toks[start:-negative_end],
                                                    repeat(not entry.term.case_sensitive))):
                continue
            if entry.hyphenated and not self._hyphen_joined(scan, start, -negative_end):
                continue
            why = ""
            if entry.pattern is not None or entry.noun_keys is not None or entry.verb_keys is not None:
                checked = self._grammatical(entry_id, scan.text, toks, start, -negative_end)
                if checked is None:
                    continue  # the lemmas fit but the grammar does not
                why = checked
            hits.append((start, negative_end, entry_id, why))
        return hits

    def _longest(self, scan: Scan, hits: list[Hit]) -> list[Hit]:
        """`longest` of the hits' matches, as hits (ordered as `_hits` gives them)."""
        return self._longest_located(scan, hits)[0]

    def _longest_located(self, scan: Scan, hits: list[Hit]) -> tuple[list[Hit], list[tuple[int, int]] | None]:
        """`_longest`, with the spans of the text's tokens when it needed them (else None).

        Whether two hits overlap is the same question on tokens as on characters,
        so only a text with an overlap (about half the benchmark's Russian texts) needs its
        spans for `longest` to weigh lengths in characters; they reach the last token of
        every hit, so `_matches` reads them for the hits kept.
        """
        reach = -1
        previous = (-1, -1)
        for start, negative_end, _, _ in hits:
            if start < reach and (start, negative_end) != previous:
                break
            reach = max(reach, -negative_end)
            previous = (start, negative_end)
        else:
            return hits, None
        spans = _token_spans(scan.text, scan.toks, -min(map(itemgetter(1), hits)))
        extents = [(spans[start][0], spans[-negative_end - 1][1]) for start, negative_end, _, _ in hits]
        keep = _longest_spans(extents)
        return [hit for hit, extent in zip(hits, extents) if extent in keep], spans

    def matches(self, scan: Scan, hits: list[Hit]) -> list[TermMatch]:
        """The hits as matches, with their spans, texts and the lemmas that made them match."""
        return self._matches(scan, hits, None)

    def _matches(self, scan: Scan, hits: list[Hit], spans: list[tuple[int, int]] | None) -> list[TermMatch]:
        """`matches`, reading `spans` (the text's tokens' spans up to the hits' last) if given."""
        if not hits:
            return []
        text, toks = scan.text, scan.toks
        if spans is None:
            spans = _token_spans(text, toks, -min(map(itemgetter(1), hits)))
        entries = self._entries
        explained = self._explained
        matches = []
        for start, negative_end, entry_id, why in hits:
            end = -negative_end
            entry = entries[entry_id]
            words = tuple(toks[start:end])
            lemmas = explained.get((entry_id, words))
            if lemmas is None:
                lemmas = self._explain(entry_id, words)
            begin, finish = spans[start][0], spans[end - 1][1]
            matches.append(
                TermMatch(
                    entry.concept_id, entry.term, begin, finish, text[begin:finish], words, lemmas,
                    why,
                )
            )
        return matches

    def _explain(self, entry_id: int, words: tuple[str, ...]) -> tuple[str, ...]:
        """For each token, the first of its lemma keys that the term word shares (cached)."""
        if len(self._explained) >= _MAX_FORMS:
            self._explained.clear()
        names = self._key_names
        lemmas = []
        for token, allowed in zip(words, self._entries[entry_id].key_sets):
            ids = (self._form_ids.get(token) or self._lookup(token))[0]
            shared = next((key for key in ids if key in allowed), None)
            lemmas.append(names[shared] if shared is not None else fold_word(token))
        result = self._explained[(entry_id, words)] = tuple(lemmas)
        return result


_SPACED_HYPHENS = frozenset("-‐‑‒−")
"""The tokens `TOKEN_RE` takes only between spaces: the one kind a text may also have
between tokens, where `str.find` would take it for the token."""


def _token_spans(text: str, toks: list[str], count: int) -> list[tuple[int, int]]:
    """The character spans of the first `count` tokens of `text` (`toks` are its tokens).

    Each token is found with `str.find` after the one before, which costs a
    fraction of tokenising the text again. That finds the token itself, not
    something between: what lies between tokens has no letter or digit (one
    would start a word) and no mark `TOKEN_RE` always takes; a hyphen may be
    there (it is a token only between spaces), so a text with a hyphen token
    is tokenised again.
    """
    if not _SPACED_HYPHENS.isdisjoint(islice(toks, count)):
        return list(map(_span, islice(TOKEN_RE.finditer(text), count)))
    find = text.find
    spans = []
    end = 0
    for tok in islice(toks, count):
        start = find(tok, end)
        end = start + len(tok)
        spans.append((start, end))
    return spans


def longest(matches: list[TermMatch], *, ordered: bool = False) -> list[TermMatch]:
    """Resolve overlaps: longest spans first, then leftmost; equal spans are all kept.

    "Communist Party" wins over "party" inside it; two concepts sharing the
    same term at the same place are both reported. `ordered=True` promises the
    matches are already sorted by start, longest first (as `Matcher.find`
    returns them), which saves a sort. Most texts have no overlap at all,
    which one pass finds out.
    """
    if not ordered:
        matches = sorted(matches, key=lambda m: (m.start, -m.end))
    reach = -1
    previous = (-1, -1)
    for match in matches:
        if match.start < reach and (match.start, match.end) != previous:
            break
        reach = max(reach, match.end)
        previous = (match.start, match.end)
    else:
        return matches
    keep = _longest_spans([m.span for m in matches])
    return [m for m in matches if m.span in keep]


def _longest_spans(spans: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans `longest` keeps: longest first, then leftmost, each clear of those kept."""
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end in chosen):
            chosen.append((start, end))
    return set(chosen)
