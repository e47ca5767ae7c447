"""Term enforcement for a source/target segment pair.

For every source term found, the `Enforcer` answers the two questions an
editor asks: does the translation use an approved (preferred or admitted)
target term of the same concept, in any inflected form, and does it use a
deprecated or superseded one? Every answer carries spans for highlighting and
the matched forms and lemmas that explain it.

Target-side rules that keep false alarms down:

* approved terms are looked for with overlaps allowed, so "партия" inside
  "Коммунистическая партия" still satisfies a source "party";
* forbidden terms are looked for with the longest match winning, so a
  deprecated "клуб" never fires inside an approved "рабочий клуб";
* a forbidden occurrence is dropped when an approved target term of a concept
  found in the source matches the very same span (a term that is deprecated in
  one concept but approved in the one the source is about).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from termbase import pair_senses
from termbase.match import Hit, Matcher, Scan, TermMatch, capitalised, longest
from termbase.model import Concept, Term, TermStatus
from termbase.normalize import is_word

_APPROVED = frozenset(s for s in TermStatus if s.approved)
_FORBIDDEN = frozenset(s for s in TermStatus if s.forbidden)


class TermCheck(NamedTuple):
    """One source term occurrence and what the translation does about it.

    A named tuple, as `TermMatch` is: enforcement makes one for every source
    term occurrence, and a frozen dataclass takes twice as long to make.
    """

    concept: Concept
    """The concept the source term names."""
    source: TermMatch
    """Where the source term occurs in the source text."""
    expected: tuple[Term, ...]
    """Approved target terms of the concept, preferred first (what to suggest)."""
    approved: tuple[TermMatch, ...]
    """Occurrences of those approved terms in the target."""
    forbidden: tuple[TermMatch, ...]
    """Occurrences of this concept's deprecated or superseded target terms."""

    @property
    def satisfied(self) -> bool:
        """An approved target term occurs, or the termbase has none to require."""
        return not _unmet(bool(self.approved), self.expected)

    @property
    def missing(self) -> bool:
        """The concept has approved target terms and the translation uses none of them."""
        return not self.satisfied


def _unmet(rendered: bool, expected: tuple[Term, ...]) -> bool:
    """Whether a concept the source names is missing from the translation: it has approved
    target terms (`expected`) and none of them occurs (`rendered` is False)."""
    return not rendered and bool(expected)


class Rendering(NamedTuple):
    """An approved target term occurring for a concept the source names, located by tokens:
    which term renders the concept, told without working out characters and spans."""

    concept_id: str
    term: Term
    start: int
    """Its first token's index in the target's tokens."""
    end: int
    """The index after its last token: a rendering inside another has start and end within
    the other's, as its span would be."""


@dataclass(frozen=True, slots=True)
class SegmentTerms:
    """Everything term-related in one segment pair.

    What the checks ask of every segment (which concepts the source names, which of
    them the translation misses, which forbidden terms it uses) is worked out at
    once; the occurrences with their spans (`source`, `target`) on first use: most
    segments name a concept or two and render each with its approved term, and
    nothing is reported of them (the 100,000-pair check benchmark makes source
    matches for 34,035 segments of 99,005, those with a missing or forbidden term,
    and target matches for about 5,000).
    """

    concepts: tuple[str, ...]
    """The concepts the source names, in the order it first names them."""
    unmet: frozenset[str]
    """Those of them whose approved target terms are all absent (`TermCheck.missing`)."""
    forbidden: tuple[TermMatch, ...]
    """Every deprecated or superseded target term occurrence, whichever concept it names."""
    later: _Later = field(repr=False, compare=False)
    """What is worked out on first use (`source`, `target`, `missing`, `renderings`)."""

    @property
    def source(self) -> tuple[TermCheck, ...]:
        """Each source term occurrence (longest match wins), in source order."""
        return self.later.source()

    @property
    def target(self) -> tuple[TermMatch, ...]:
        """Each target term occurrence (longest match wins), in target order (the checks
        never ask, so most segments skip it)."""
        return self.later.target()

    @property
    def missing(self) -> tuple[TermCheck, ...]:
        """Source terms whose concept's approved target terms are all absent: those of
        `source` that are `missing`, made without the others (`unmet` names them)."""
        return self.later.missing()

    def renderings(self) -> tuple[Rendering, ...]:
        """The approved target terms of the concepts the source names, as `TermCheck.approved`
        has them (in target order), by tokens: what the variant mixes weigh."""
        return self.later.renderings()


class _Later:
    """What `SegmentTerms` works out on first use, from what `Enforcer._decide` found.

    One plain object per segment: closures over `_decide`'s variables made a dozen
    objects for every segment checked (functions, their cells, a cache for each),
    made and freed again at 100,000 segments for answers most segments never give.
    """

    __slots__ = ("_approved", "_enforcer", "_found", "_hits", "_missing", "_scan", "_source", "_source_ids",
                 "_source_scan", "_target", "_unmet", "_forbidden")

    def __init__(
        self, enforcer: Enforcer, source_scan: Scan, found: list[Hit], source_ids: set[str], unmet: frozenset[str],
        scan: Scan, hits: list[Hit], forbidden: tuple[TermMatch, ...],
        approved: list[TermMatch] | None, target: tuple[TermMatch, ...] | None,
    ) -> None:
        self._enforcer, self._source_scan, self._found, self._source_ids = enforcer, source_scan, found, source_ids
        self._unmet, self._scan, self._hits, self._forbidden = unmet, scan, hits, forbidden
        self._approved = approved
        """The approved target matches (`hits` as matches), or None until asked."""
        self._target = target
        self._source: tuple[TermCheck, ...] | None = None
        self._missing: tuple[TermCheck, ...] | None = None

    def source(self) -> tuple[TermCheck, ...]:
        if self._source is None:
            self._source = self._checks(missing=False)
        return self._source

    def missing(self) -> tuple[TermCheck, ...]:
        if self._missing is None:
            self._missing = self._checks(missing=True)
        return self._missing

    def target(self) -> tuple[TermMatch, ...]:
        if self._target is None:
            matcher = self._enforcer.target_matcher
            self._target = tuple(longest(matcher.find_in(self._scan, overlapping=True), ordered=True))
        return self._target

    def _checks(self, missing: bool) -> tuple[TermCheck, ...]:
        """Every source occurrence's `TermCheck`, or with `missing` those of the unmet
        concepts alone: their approved occurrences are none by definition, so the
        target's matches need not be made."""
        enforcer = self._enforcer
        source_matcher = enforcer.source_matcher
        if missing:
            approved_of: dict[str, tuple[TermMatch, ...]] = {}
            unmet = self._unmet
            occurrences = [hit for hit in self._found if source_matcher.concept_of(hit) in unmet]
        else:
            if self._approved is None:
                self._approved = enforcer.target_matcher.matches(self._scan, self._hits)
            approved = self._approved
            source_ids = self._source_ids
            # Approved matches are all of the source's concepts: of its one concept, most often.
            approved_of = (
                {concept_id: tuple(approved) for concept_id in source_ids}
                if len(source_ids) == 1
                else _by_concept(approved)
            )
            occurrences = self._found
        forbidden_of = _by_concept(self._forbidden) if self._forbidden else {}
        concepts, expected_of = enforcer._concepts, enforcer._expected_of
        return tuple(
            TermCheck(
                concepts[match.concept_id],
                match,
                expected_of(match.concept_id),
                approved_of.get(match.concept_id, ()),
                forbidden_of.get(match.concept_id, ()),
            )
            for match in source_matcher.matches(self._source_scan, occurrences)
        )

    def renderings(self) -> tuple[Rendering, ...]:
        matcher = self._enforcer.target_matcher
        return tuple(
            Rendering(matcher.concept_of(hit), matcher.term_of(hit), hit[0], -hit[1]) for hit in self._hits
        )


_LITERAL_SIGNS = re.compile(r"[/_@]|[\w.][-.:][\w/]")
"""The signs that join a literal's parts: a path's or an address's slash, an underscore, an
at sign, a hyphen, dot or colon between two letters ("apt-cache", "lxc.conf", "C:/")."""
_LITERAL_EDGES = "\"'«»“”„‘’()[]<>{},;:!?.`*"
"""Quotes, brackets and marks around a literal in a sentence: no part of it."""


class Enforcer:
    """Checks segment pairs against a list of concepts; build once per termbase."""

    def __init__(self, concepts: Iterable[Concept], source_lang: str, target_lang: str) -> None:
        concept_list = list(concepts)
        self.source_lang = source_lang
        self.target_lang = target_lang
        self._concepts: dict[str, Concept] = {}
        for concept in concept_list:
            self._concepts.setdefault(concept.id, concept)
        unique = list(self._concepts.values())
        self.source_matcher = Matcher(unique, source_lang)
        self.target_matcher = Matcher(unique, target_lang, watched=_FORBIDDEN)
        """Watches deprecated and superseded terms: where none may occur (most targets),
        the target is searched for the source's concepts alone."""
        self._expected: dict[str, tuple[Term, ...]] = {}
        """Each concept's approved target terms, worked out once: every segment asks."""
        self._excluded: dict[str, frozenset[str]] = {}
        """Each concept's `excluded` lemmas, worked out when first asked."""

    def concept(self, concept_id: str) -> Concept:
        """The concept with this id (KeyError when unknown)."""
        return self._concepts[concept_id]

    @property
    def concepts(self) -> list[Concept]:
        return list(self._concepts.values())

    @cached_property
    def mixable(self) -> frozenset[str]:
        """The concepts with two or more approved target terms: the ones a translation can
        render by different terms in different segments (most concepts have one)."""
        return frozenset(concept_id for concept_id in self._concepts if len(self._expected_of(concept_id)) >= 2)

    @cached_property
    def sharing(self) -> dict[str, tuple[frozenset[str], ...]]:
        """The concepts whose source term another concept has too («свет»: light and world), each
        with the groups of concepts sharing one (`termbase.pair_senses.sharing`): the translation
        tells which is meant."""
        return pair_senses.sharing(self._concepts.values(), self.source_lang)

    @cached_property
    def containing(self) -> dict[str, tuple[tuple[pair_senses.Whole, ...], ...]]:
        """The concepts whose one-word source term heads another concept's longer one ("glass" of
        "looking-glass"), each with the groups of such concepts and their longer terms, which may
        hold the concept itself (`termbase.pair_senses.containing`)."""
        return pair_senses.containing(self._concepts.values(), self.source_lang)

    def excluded(self, concept_id: str) -> frozenset[str]:
        """The target-language lemmas of the senses the concept's definition excludes ("not the
        long open carriage" -> "carriage"; `termbase.pair_senses.excluded_heads`), worked out once.
        A definition is read in the target language: the words are looked for in translations. The
        concept's definition in that language when it has one (a client's Russian one beside the
        English), else its definition."""
        found = self._excluded.get(concept_id)
        if found is None:
            concept = self._concepts[concept_id]
            found = self._excluded[concept_id] = pair_senses.excluded_heads(
                concept.definition_in(self.target_lang) or concept.definition, self.target_lang)
        return found

    def check(self, source: str, target: str) -> SegmentTerms:
        """Source terms, their target status, and forbidden target terms, with spans.

        A forbidden target term counts only where it is not inside a longer
        term, so where one may occur the whole termbase is looked for in the
        target. Elsewhere (nearly every segment) only the approved terms of
        the concepts the source names are: the answer is the same, at a
        fraction of the cost.
        """
        source_scan = self.source_matcher.scan(source)
        found = self.source_matcher.hits_in(source_scan)
        scan = self.target_matcher.scan(target)
        watched = bool(target) and self.target_matcher.watched_may_occur(scan)
        return self._decide(source_scan, found, self.source_matcher.concepts_of(found), scan, watched, None)

    def check_many(self, pairs: Sequence[tuple[str, str]]) -> list[SegmentTerms]:
        """`check` of each (source, target) pair, the same answers, found for all at once.

        The trie walks, the watched terms' test and the search for the approved
        terms of the concepts each source names run over the tokens of all the
        texts together (`Matcher.hits_many` and its kin); letter case, grammar
        and what each segment reports are decided per segment, as in `check`.
        """
        source_matcher, matcher = self.source_matcher, self.target_matcher
        sources = [pair[0] for pair in pairs]
        targets = [pair[1] for pair in pairs]
        source_scans = source_matcher.scan_many(sources)
        founds = source_matcher.hits_many(source_scans)
        scans = matcher.scan_many(targets)
        watched = matcher.watched_many(scans)
        found_concepts = list(map(source_matcher.concepts_of, founds))
        approved = matcher.concept_hits_many(
            scans, [() if flag else set(ids) for flag, ids in zip(watched, found_concepts)], _APPROVED
        )
        return list(map(self._decide, source_scans.scans, founds, found_concepts, scans.scans, watched, approved))

    def _decide(
        self, source_scan: Scan, found: list[Hit], found_concepts: list[str], scan: Scan, watched: bool,
        approved_hits: list[Hit] | None,
    ) -> SegmentTerms:
        """`check`'s answer from the source's hits (`found`, of `found_concepts`), the target's
        scan, whether a watched term may be in it and, where none may, the hits of the
        approved terms of the concepts the source names (None: search them here)."""
        matcher = self.target_matcher
        source_ids = set(found_concepts)
        approved: list[TermMatch] | None = None
        target_longest: tuple[TermMatch, ...] | None = None
        if watched:
            all_hits = matcher.hits_in(scan, overlapping=True)
            target_all = matcher.matches(scan, all_hits)
            target_longest = tuple(longest(target_all, ordered=True))
            hits = [
                hit for hit, m in zip(all_hits, target_all)
                if m.term.status.approved and m.concept_id in source_ids
            ]
            approved = matcher.matches(scan, hits)
            approved_spans = {(match.start, match.end) for match in approved}
            forbidden = tuple(
                match
                for match in target_longest
                if match.term.status.forbidden and match.span not in approved_spans
            )
            rendered = self._rendered_apart(hits, found_concepts)
        else:
            if approved_hits is not None:
                hits = approved_hits
            else:
                hits = matcher.concept_hits(scan, source_ids, _APPROVED) if scan.text and source_ids else []
            rendered = self._rendered_apart(hits, found_concepts)
            forbidden = ()
        unmet = frozenset(
            concept_id for concept_id in source_ids
            if _unmet(concept_id in rendered, self._expected_of(concept_id))
        )
        if unmet:
            mirrored = self._mirrored_capitals(source_scan, found, scan, unmet)
            if mirrored:
                hits = [*hits, *mirrored]
                if approved is not None:
                    approved = [*approved, *matcher.matches(scan, mirrored)]
                unmet = unmet - set(matcher.concepts_of(mirrored))
        if unmet:
            unmet = unmet - self._inside_copied_literals(source_scan, found, scan.text, unmet)
        if unmet:
            unmet = unmet - self._kept_in_capitals(source_scan, found, scan.text, unmet)
        if unmet:
            unmet = unmet - self._split_by_an_aside(scan.text, unmet)
        later = _Later(self, source_scan, found, source_ids, unmet, scan, hits, forbidden, approved, target_longest)
        return SegmentTerms(tuple(dict.fromkeys(found_concepts)), unmet, forbidden, later)

    def _rendered_apart(self, hits: list[Hit], named: list[str]) -> set[str]:
        """The concepts the target renders, of its approved hits of the concepts the source names
        (`named`, one per source occurrence): a hit inside a longer hit of another such concept is
        that concept's word, not a rendering of its own («оконная функция» renders the source's
        "window function", and its «функция» is no rendering of the plain "function" the source
        names beside it: 'function "%s" is not a window function' as «"%s" - это не оконная
        функция» leaves the first one out). Only while the longer concept's hits do not outnumber
        its source occurrences: a surplus one may render the shorter concept («о политике
        конфиденциальности» for "privacy practices" beside the "Privacy Policy" it also renders).
        Where the source does not name the longer concept, the hit inside it stands («партия»
        inside «Коммунистическая партия» renders a source's "party")."""
        concept_of = self.target_matcher.concept_of
        located = [(hit[0], -hit[1], concept_of(hit)) for hit in hits]
        if len(located) < 2:
            return {concept for _, _, concept in located}
        in_target = Counter(concept for _, _, concept in located)
        in_source = Counter(named)
        return {
            concept for start, end, concept in located
            if not any(other != concept and outer_start <= start and end <= outer_end
                       and outer_end - outer_start > end - start and in_target[other] <= in_source[other]
                       for outer_start, outer_end, other in located)
        }

    def _inside_copied_literals(self, source_scan: Scan, found: list[Hit], target: str,
                                unmet: frozenset[str]) -> frozenset[str]:
        """The concepts of `unmet` whose every source occurrence is a part of a literal the target
        copies as it is: a path, a program's or a package's name, an address ("/etc/hosts",
        "apt-cache", "linux-image-amd64", "https://…/releases/…"). A word of a file's or a
        program's name is no use of the term, and a translation rightly keeps the name whole.
        A literal is a run without spaces that holds the term and more, joined by a sign
        (`_LITERAL_SIGNS`); one the target does not hold as it is leaves the term reported."""
        if not target or not _LITERAL_SIGNS.search(source_scan.text):
            return frozenset()
        hits = [hit for hit in found if self.source_matcher.concept_of(hit) in unmet]
        text = source_scan.text
        inside: dict[str, bool] = {}
        for match in self.source_matcher.matches(source_scan, hits):
            start = match.start
            while start and not text[start - 1].isspace():
                start -= 1
            end = match.end
            while end < len(text) and not text[end].isspace():
                end += 1
            literal = text[start:end].strip(_LITERAL_EDGES)
            copied = (len(literal) > match.end - match.start and _LITERAL_SIGNS.search(literal) is not None
                      and literal in target)
            inside[match.concept_id] = inside.get(match.concept_id, True) and copied
        return frozenset(concept for concept, copied in inside.items() if copied)

    def _kept_in_capitals(self, source_scan: Scan, found: list[Hit], target: str,
                          unmet: frozenset[str]) -> frozenset[str]:
        """The concepts of `unmet` whose every source occurrence is written in capitals throughout,
        as the termbase does not write its term, and stands in the target as it is: a language's
        keyword or a command's name in running text ("run CHECKPOINT on the master", "DROP INDEX
        CONCURRENTLY", "SET TRANSACTION ISOLATION LEVEL"), which a translation copies («выполните
        CHECKPOINT»), since it is code the reader types, not the term's word. A term the termbase
        writes in capitals (an acronym) is its own spelling and stays reported; so does an
        occurrence the target does not copy letter for letter (a heading set in capitals)."""
        if not target or not _CAPITAL_RUN.search(target):
            return frozenset()
        matcher = self.source_matcher
        kept: dict[str, bool] = {}
        for match in matcher.matches(source_scan, [hit for hit in found if matcher.concept_of(hit) in unmet]):
            written = match.text
            copied = (_in_capitals(written) and not _in_capitals(match.term.text)
                      and re.search(rf"(?<!\w){re.escape(written)}(?!\w)", target) is not None)
            kept[match.concept_id] = kept.get(match.concept_id, True) and copied
        return frozenset(concept for concept, copied in kept.items() if copied)

    def _split_by_an_aside(self, target: str, unmet: frozenset[str]) -> frozenset[str]:
        """The concepts of `unmet` the target renders with a short aside in brackets between the
        term's words: «ошибка чтения закрытого (личного) ключа» for "reading private key failed",
        «рабочий (заводской) клуб». A translator glosses a term by a synonym set inside it, and the
        term, its words agreeing across the aside, is there. Read again without the asides (a
        bracketed run of at most four words standing between two words), and only where a concept
        would be reported missing: a term inside the aside alone is no rendering of it."""
        if "(" not in target:
            return frozenset()
        bare = _ASIDE.sub("", target)
        if bare == target:
            return frozenset()
        matcher = self.target_matcher
        return frozenset(matcher.concepts_of(matcher.concept_hits(matcher.scan(bare), unmet, _APPROVED)))

    def _mirrored_capitals(self, source_scan: Scan, found: list[Hit], scan: Scan, unmet: frozenset[str]) -> list[Hit]:
        """Approved target terms of `unmet` concepts that the target writes with a capital where
        the source writes the concept's term with one inside its sentence: "said the Swallow" as
        «ответила Ласточка», "the Party" as «Партия». Read in lower case there, a capitalised
        common noun inside a sentence is a name to the grammar, rightly on one side alone
        («седая Ласка», a dog); but a being or body the source names with a capital, its
        translation names with the same capital, and the term is rendered. Looked for only
        where a concept would be reported missing."""
        source_toks = source_scan.toks
        source_matcher = self.source_matcher
        with_capital = {
            source_matcher.concept_of(hit) for hit in found
            if hit[0] and is_word(source_toks[hit[0] - 1]) and capitalised(source_toks[hit[0]])
        } & unmet
        if not with_capital or not any(capitalised(tok) for tok in scan.toks):
            return []
        lowered = _CAPITAL_WORD.sub(_lower_first, scan.text)
        lowered_scan = self.target_matcher.scan(lowered)
        if len(lowered_scan.toks) != len(scan.toks):
            return []
        why = "written with a capital, as the source writes its term"
        return [
            (start, negative_end, entry, why)
            for start, negative_end, entry, _ in self.target_matcher.concept_hits(lowered_scan, with_capital, _APPROVED)
        ]

    def _expected_of(self, concept_id: str) -> tuple[Term, ...]:
        """The concept's approved target terms, preferred first (worked out once)."""
        expected = self._expected.get(concept_id)
        if expected is None:
            expected = self._expected[concept_id] = self._concepts[concept_id].approved(self.target_lang)
        return expected


_ASIDE = re.compile(r"(?<=\w)\s+\((?:[^\W\d_][\w-]*)(?:[ ,]+[^\W\d_][\w-]*){0,3}\)(?=\s+\w)")
"""A short aside in brackets between two words: up to four words of letters, no digits
(a year or a count in brackets is no gloss)."""

_CAPITAL_WORD = re.compile(r"\b[^\W\d_]+")
_CAPITAL_RUN = re.compile(r"[^\W\d_a-zа-яё]{2}")
"""Two capitals in a row: a target without any copies no word written in capitals."""


def _in_capitals(text: str) -> bool:
    """Whether every word of `text` is written in capitals, each of two letters or more."""
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and all(len(word) > 1 and word.isupper() for word in words)


def _lower_first(word: re.Match[str]) -> str:
    """A capitalised word with its first letter lowered, where that keeps its length."""
    text = word.group()
    first = text[0].lower()
    return first + text[1:] if capitalised(text) and len(first) == 1 else text


def _by_concept(matches: Sequence[TermMatch]) -> dict[str, tuple[TermMatch, ...]]:
    """The matches of each concept, in their order."""
    grouped: dict[str, list[TermMatch]] = {}
    for match in matches:
        grouped.setdefault(match.concept_id, []).append(match)
    return {concept_id: tuple(group) for concept_id, group in grouped.items()}
