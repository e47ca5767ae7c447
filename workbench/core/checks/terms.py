"""Term checks: `term-missing`, `term-forbidden`, `term-variant-mix`.

Recognition is the termbase's (`termbase.enforce.Enforcer`): it finds source
terms in any inflected form and tells, per occurrence, whether an approved
target term of the same concept occurs in the target (in any form) and which
deprecated or superseded target terms occur. This module turns those answers
into findings an editor can act on:

* `term-missing` once per concept and segment, and never when the segment
  already gets a `term-forbidden` for that concept: a forbidden term in place
  of the approved one is one slip, reported once, as the more precise alarm;
* `term-forbidden` once per concept and segment, quoting the termbase's note
  on why the term is to be avoided. A forbidden term whose concept the source
  does not name is still reported (the source may be garbled by OCR), but as
  a warning whose message says so, since it may be another sense of the word;
* `term-variant-mix` across the project: where one concept is rendered by two
  or more approved terms, the majority (by segments; ties go to the preferred
  term, then to the earlier use) is taken as the project's choice and every
  segment using another one is reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import NamedTuple

from termbase.aspects import infinitive, partners, reflexive, russian_parses
from termbase.enforce import Enforcer, SegmentTerms, TermCheck
from termbase.grammar import EN_FUNCTION_WORDS, EN_PREPOSITIONS
from termbase.languages import primary_language
from termbase.match import Scan, TermMatch, capitalised
from termbase.model import Concept, Term, TermStatus
from termbase.morphology import EnglishLemmatizer, lemmatizer_for
from termbase.normalize import blanked, fold_word, is_word, token_spans
from termbase.pair_senses import (
    adjective_term_rendering,
    classifies_next,
    compound_of,
    converted_rendering,
    defined_here,
    excludes_adjective,
    may_stand_for_whole,
    modifies_next,
    names_no_counted_thing,
    reads_as_adjective,
    term_adjective,
    term_derivative,
)
from termbase.senses import frame_of, rendering_of
from workbench.core.checks.base import (
    PACE,
    CheckContext,
    CheckSpec,
    Finding,
    Severity,
    Span,
    register,
)
from workbench.core.checks.citations import all_cited, cited_spans
from workbench.core.checks.homographs import Homographs
from workbench.core.checks.term_names import DocumentNames
from workbench.core.checks.textutil import ADDRESS, is_copy
from workbench.core.project import Segment
from workbench.wording import N_, Wording, phrase, phrase_n, segments_phrase, worded, worded_n

SPECS = (
    CheckSpec(
        "term-missing",
        "error",
        N_("missing term"),
        "A source term is found but no approved translation of it appears in the target.",
        needs_termbase=True,
    ),
    CheckSpec(
        "term-forbidden",
        "error",
        N_("forbidden term"),
        "A deprecated or superseded term appears in the target.",
        needs_termbase=True,
    ),
    CheckSpec(
        "term-variant-mix",
        "warning",
        N_("mixed term variants"),
        "One concept is rendered by different approved terms in different segments.",
        needs_termbase=True,
        project_wide=True,
    ),
)

_BATCH = PACE
"""Segments enforced at once (`Enforcer.check_many`: the trie walked over all their tokens
together), and the step the progress moves by: the pace of every other family, so a newer TUI
run stops the terms as soon as the others. Batches of 2,000 went 0.5 s of CPU between two reports
at 20,000 pairs; 500 cost the same CPU in all (`bench/bench_check_pace.py`, session 45)."""


class _VariantUse(NamedTuple):
    """A segment rendering a concept with one approved target term, in plain values.

    A named tuple of ints and strings, not the term and its matches: the child of a
    two-core run (`parallel`) sends its part's uses back pickled, and the parent reads
    them on its critical path. Term and match objects made that six times as dear to
    read (the 100,000-pair benchmark: 74 ms for the uses of 14,000 segments, now 13).
    """

    position: int
    term: int
    """The term's index in its concept's `terms`: the same Term in both processes."""
    forms: tuple[str, ...]
    """Each occurrence of the term as written, in the order found."""
    target_spans: tuple[Span, ...]
    """Where those occurrences are, in the same order."""
    source_spans: tuple[Span, ...]


@dataclass(frozen=True)
class _Part:
    """The term checks over a run of segments: their per-segment findings, in order, and
    the variant uses `term-variant-mix` weighs across the whole project."""

    findings: list[Finding]
    uses: dict[str, list[_VariantUse]]


def _part(ctx: CheckContext, checks: frozenset[str], part: slice) -> _Part:
    """Enforce the termbase on a run of the project's segments (or all of them)."""
    segments = ctx.segments[part]
    enforcer = ctx.enforcer
    findings: list[Finding] = []
    uses: dict[str, list[_VariantUse]] = defaultdict(list)
    if enforcer is None:  # the runner skips term checks without a termbase
        return _Part(findings, uses)
    variants = enforcer.mixable
    want_forbidden, want_missing = "term-forbidden" in checks, "term-missing" in checks
    want_mix = "term-variant-mix" in checks
    cyrillic_target = primary_language(ctx.target_lang) in _CYRILLIC_TARGETS
    no_skip: set[str] = set()
    names = DocumentNames(ctx.segments, ctx.source_lang, ctx.target_lang)
    homographs = Homographs(ctx.source_lang, ctx.target_lang)

    lent = _lent_terms(enforcer) if want_missing else {}
    two_word_ends = _TwoWordEnds(enforcer)

    def in_name(seg: Segment, check: TermCheck) -> bool:
        """Whether a source occurrence is the document's name or a word inside one (`term_names`)."""
        return (names.named(seg.document_id, "source", check.source)
                or names.in_name("source", seg.source, check.source, seg.target))

    for first in range(0, len(segments), _BATCH):
        batch = segments[first : first + _BATCH]
        # An empty target or a copy of the source has nothing to enforce yet:
        # `untranslated` or `same-as-source` says it.
        enforced = [seg for seg in batch if seg.target.strip() and not is_copy(seg.source, seg.target)]
        results = enforcer.check_many([(seg.source, seg.target) for seg in enforced])
        # The words of the capitalised occurrences a finding would name, read at once: a
        # document's name is no term (`term_names`).
        for seg, result in zip(enforced, results):
            if want_missing and result.unmet:
                names.ask(seg.document_id, "source", (check.source for check in result.missing))
            if want_forbidden and result.forbidden:
                names.ask(seg.document_id, "target", result.forbidden)
                names.ask(seg.document_id, "source", (check.source for check in _naming(result)))
        names.resolve()
        for seg, result in zip(enforced, results):
            # Most segments name a concept or two, render each with its one approved term and
            # use no forbidden term: each step below first asks whether it has anything to do.
            forbidden_concepts = no_skip
            if result.forbidden and want_forbidden:
                forbidden_concepts = set()
                # A concept the source says in a word of its own (no name, no word of a name
                # phrase) makes its forbidden term a use even in a name of the target; one the
                # source says only inside name phrases makes it the name's rendering.
                naming = _naming(result)
                outside = [check for check in naming
                           if not names.in_name("source", seg.source, check.source, seg.target)]
                said = {check.concept.id for check in outside
                        if not names.named(seg.document_id, "source", check.source)}
                within = {check.concept.id for check in naming} - {check.concept.id for check in outside}
                used = [m for m in result.forbidden if m.concept_id in said or (
                    m.concept_id not in within and not names.named(seg.document_id, "target", m))]
                for finding in _forbidden(seg.position, result, used, enforcer, _citation_finder(seg.target),
                                          partial(_source_word_rendered, enforcer, homographs, seg.source),
                                          partial(_no_term_word, enforcer, homographs, seg.source, result)):
                    forbidden_concepts.add(finding.concept or "")
                    findings.append(finding)
            if not result.concepts:
                continue
            if want_missing and result.unmet:
                other_form = _verb_form_finder(enforcer, seg.source, seg.target)
                split = _split_term_finder(enforcer, seg.target)
                inside = _inside_other_term_finder(enforcer, seg.source, seg.target, two_word_ends)
                addressed, adjective = _address_finder(seg.source), _adjective_finder(enforcer, seg.target)
                converted = _converted_finder(enforcer, seg.target)
                beside = _beside_term_finder(seg.source, seg.target, result)
                missing = [c for c in result.missing if not in_name(seg, c) and not addressed(c)
                           and not other_form(c) and not split(c) and not adjective(c) and not converted(c)
                           and not _kept_designation(seg.source, seg.target, c) and not inside(c) and not beside(c)
                           and not _literal_introduced(seg.source, seg.target, enforcer.target_lang, c)
                           and not _other_participle(enforcer.source_lang, c)]
                findings.extend(_missing(seg.position, missing, skip=forbidden_concepts,
                                         cited=_citation_finder(seg.source),
                                         look_alikes=_look_alike_finder(enforcer, seg.source, seg.target,
                                                                        cyrillic_target),
                                         other_sense=_other_sense_finder(enforcer, seg.source, seg.target, result,
                                                                         homographs)))
            if lent and not lent.keys().isdisjoint(result.concepts):
                findings.extend(_lent(seg.position, result, lent, skip=forbidden_concepts,
                                      named=partial(in_name, seg)))
            if want_mix and not variants.isdisjoint(result.concepts):
                for concept_id, use_list in _variant_terms(seg.position, result, variants, enforcer).items():
                    uses[concept_id].extend(use_list)
        ctx.advance(len(batch))
    return _Part(findings, uses)


def _finish(ctx: CheckContext, checks: frozenset[str], parts: Sequence[_Part]) -> Iterator[Finding]:
    """The findings of the parts in order, then the project-wide variant mixes."""
    uses: dict[str, list[_VariantUse]] = defaultdict(list)
    for part in parts:
        yield from part.findings
        for concept_id, concept_uses in part.uses.items():
            uses[concept_id].extend(concept_uses)
    if "term-variant-mix" in checks and ctx.enforcer is not None:
        enforcer = ctx.enforcer
        chosen = {concept_id: _chosen(enforcer.concept(concept_id), concept_uses)
                  for concept_id, concept_uses in uses.items()}
        reported = {use.position for concept_id, concept_uses in uses.items() for use in concept_uses
                    if chosen[concept_id] not in (None, use.term)}
        detailed = _detailer(enforcer, ctx.segments, reported)
        for concept_id, concept_uses in uses.items():
            yield from _variant_mix(enforcer.concept(concept_id), concept_uses, chosen[concept_id], detailed)


@register("terms", SPECS, part=_part, finish=_finish)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    return _finish(ctx, checks, [_part(ctx, checks, slice(None))])


def _lent_terms(enforcer: Enforcer) -> dict[str, frozenset[str]]:
    """Per concept, the concepts whose preferred target term is only an admitted one of its own
    («право»: right's preferred term, law's admitted one), from the termbase alone."""
    preferred: dict[str, set[str]] = defaultdict(set)
    admitted: dict[str, set[str]] = defaultdict(set)
    for concept in enforcer.concepts:
        for term in concept.approved(enforcer.target_lang):
            kind = preferred if term.status is TermStatus.PREFERRED else admitted
            kind[fold_word(term.text)].add(concept.id)
    lent: dict[str, set[str]] = defaultdict(set)
    for text, borrowers in admitted.items():
        for concept_id in borrowers:
            lent[concept_id] |= preferred.get(text, set()) - {concept_id}
    return {concept_id: frozenset(owners) for concept_id, owners in lent.items() if owners}


def _lent(position: int, result: SegmentTerms, lent: Mapping[str, frozenset[str]], skip: set[str],
          named: Callable[[TermCheck], bool]) -> Iterator[Finding]:
    """`term-missing` for a concept whose only rendering in the target is one word that is also
    the preferred term of another concept the source names in other words: "violate anyone's
    rights or any law", «нарушения чьих-либо прав или каких-либо законодательных норм», where
    «право» is right's preferred term and law's admitted one. One target word renders one source
    word, and the concept whose preferred term it is has the better claim; the other is missing.
    Where the target holds the word twice, or another approved term of the concept, each may
    have its own, and nothing is said."""
    satisfied = set(result.concepts) - result.unmet - skip
    candidates = [concept_id for concept_id in satisfied if concept_id in lent and lent[concept_id] & satisfied]
    if not candidates:
        return
    checks: dict[str, list[TermCheck]] = defaultdict(list)
    for check in result.source:
        checks[check.concept.id].append(check)
    for concept_id in candidates:
        own = [check for check in checks[concept_id] if not named(check)]
        spans = {match.span for check in own for match in check.approved}
        if not own or len(spans) != 1:
            continue
        for owner in sorted(lent[concept_id] & satisfied):
            theirs = checks[owner]
            owner_spans = {match.span: match for check in theirs for match in check.approved}
            words = {check.source.span for check in theirs}
            if (set(owner_spans) == spans and owner_spans[next(iter(spans))].term.status is TermStatus.PREFERRED
                    and words.isdisjoint(check.source.span for check in own)):
                rendering = owner_spans[next(iter(spans))].text
                yield Finding(
                    position, "term-missing", "error",
                    **worded(N_("The source has {source_terms} (concept {concept}) and {other_terms} (concept "
                                "{other}), and the translation renders both by one word, «{rendering}», the "
                                "preferred term of {other}: expected {expected} in any form for {concept} too."),
                             source_terms=_quote_forms((c.source.text for c in own), marks=("“", "”")),
                             concept=concept_id,
                             other_terms=_quote_forms((c.source.text for c in theirs), marks=("“", "”")),
                             other=owner, rendering=rendering, expected=_quote_terms(own[0].expected)),
                    concept=concept_id, source_spans=tuple(c.source.span for c in own),
                    target_spans=tuple(spans),
                )
                break


_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am"})
_BETWEEN_BE = frozenset({"not", "also", "then", "still", "further", "later", "never"})
"""Words that may stand between "be" and its passive participle ("be further processed"), with
any adverb in "-ly"."""


def _verb_form_finder(enforcer: Enforcer, source: str, target: str) -> Callable[[TermCheck], bool]:
    """What says whether the target renders a concept's Russian verb term by the verb's other
    aspect («возместить» for «возмещать», `termbase.aspects.partners`), or, where the source's
    occurrence is a passive ("might be processed"), by the reflexive of either («обрабатываться»):
    the same verb, which pymorphy3 reads as a lemma of its own. An active source keeps the
    reflexive out: «отказаться» (to refuse) is no form of «отказать» (to deny)."""
    if primary_language(enforcer.target_lang) != "ru":
        return lambda check: False
    folded = target.casefold().replace("ё", "е")
    found: list[tuple[str, int, int]] | None = None

    def other_form(check: TermCheck) -> bool:
        nonlocal found
        verbs = [term.text for term in check.expected if infinitive(term.text)]
        wanted = {partner for verb in verbs for partner in partners(verb)}
        if verbs and _passive(source, check.source.start):
            wanted |= {flexive for verb in {*verbs, *wanted} if (flexive := reflexive(verb)) is not None}
        stems = {word[:_STEM] for word in wanted}
        if not stems or not any(stem in folded for stem in stems):
            return False
        if found is None:
            found = list(token_spans(target))
        return any(parse.normal_form.replace("ё", "е") in wanted
                   for token, _, _ in found if fold_word(token)[:_STEM] in stems
                   for parse in russian_parses(fold_word(token)))

    return other_form


class _TwoWordEnds:
    """The concepts with a two-word source term, by the first letters of its first and of its last
    word, gathered on first use: a word beside a missing term that begins no such word is beside
    no longer term (`_inside_other_term_finder`), and neither it nor the target need be read."""

    def __init__(self, enforcer: Enforcer) -> None:
        self._enforcer = enforcer
        self._ends: tuple[dict[str, set[str]], dict[str, set[str]]] | None = None

    def candidates(self, before: str, after: str) -> tuple[set[str], set[str]]:
        """The concepts whose two-word term's first word may be `before`, and those whose last
        word may be `after`."""
        if self._ends is None:
            firsts: dict[str, set[str]] = defaultdict(set)
            lasts: dict[str, set[str]] = defaultdict(set)
            for concept in self._enforcer.concepts:
                for term in concept.terms_in(self._enforcer.source_lang):
                    words = term.text.split()
                    if len(words) == 2:
                        firsts[fold_word(words[0])[:_STEM]].add(concept.id)
                        lasts[fold_word(words[1])[:_STEM]].add(concept.id)
            self._ends = firsts, lasts
        firsts, lasts = self._ends
        return (firsts.get(fold_word(before)[:_STEM], set()) if before else set(),
                lasts.get(fold_word(after)[:_STEM], set()) if after else set())


def _inside_other_term_finder(enforcer: Enforcer, source: str, target: str,
                              ends: _TwoWordEnds) -> Callable[[TermCheck], bool]:
    """What says whether a one-word source term stands where the other word of another concept's
    two-word term would, beside that term's head, and the target has a term of that concept (any
    status): «кризис теплообмена» is «кризис теплоотдачи», the boiling crisis, in other words,
    rendered "departure from nucleate boiling"; its «теплообмена» is the longer term's word, not
    heat transfer on its own, as it would be were the termbase's words there (the matcher's
    longest match). Only beside the head: «тепловой мощности» is no «тепловой реактор», its
    «тепловой» a modifier any noun takes. The words are read only where a word beside the term
    begins a two-word term's first or last word (`ends`), and the target only for the concepts
    whose term that is."""
    lang = enforcer.source_lang
    scan: Scan | None = None

    def inside(check: TermCheck) -> bool:
        nonlocal scan
        if " " in check.source.term.text.strip():
            return False
        spans = _tokens_of(source)
        before = bisect_right(spans, check.source.start, key=lambda token: token[2])
        before_word = spans[before - 1][0] if before and is_word(spans[before - 1][0]) else ""
        after = bisect_left(spans, check.source.end, key=lambda token: token[1])
        after_word = spans[after][0] if after < len(spans) and is_word(spans[after][0]) else ""
        opening, closing = ends.candidates(before_word, after_word)
        if not opening and not closing:
            return False
        own = _one_lemma(check.source.term.text, lang)
        if own is None:
            return False
        wanted = {concept_id for concept_ids, word, place in ((opening, before_word, 0), (closing, after_word, 1))
                  if concept_ids and (lemma := _one_lemma(word, lang)) is not None
                  for concept_id in concept_ids if concept_id != check.concept.id
                  and any(parts is not None and parts[:2] == (lemma, place) and parts[2] != own
                          for term in enforcer.concept(concept_id).terms_in(lang)
                          if (parts := _headed_pair(term.text, lang)) is not None)}
        if not wanted:
            return False
        if scan is None:
            scan = enforcer.target_matcher.scan(target)
        return bool(enforcer.target_matcher.find_concepts(scan, wanted, _ANY_STATUS))

    return inside


_ANY_STATUS = frozenset(TermStatus)
_BETWEEN_NEIGHBOURS = re.compile(r"[\s-]+")
"""What stands between two words of one compound: spaces or a hyphen ("cipher algorithm")."""


def _beside_term_finder(source: str, target: str, result: SegmentTerms) -> Callable[[TermCheck], bool]:
    """What says whether a concept's occurrence stands right beside another concept's occurrence
    in the source, and the target renders that other concept by an approved term of several words
    one of which is a one-word approved term of the first: "symmetric cipher algorithm",
    «симметричный алгоритм шифрования», where «алгоритм шифрования» is the cipher's term and
    «алгоритм» the algorithm's. The two source words are one compound the translator said with one
    term that holds both; the matcher gives the shared word to the longer term, so the shorter
    one looks absent though the translation has it. Only beside each other: a cipher and an
    algorithm named apart ask for both terms.

    Cheap by its order (session 42's first version cost 8 % of the term family's CPU, reading
    every segment's longer terms and lemmatising the target): a one-word term's first letters in
    the target first (a term left unrendered is mostly not there at all), the source's letters
    beside the occurrence next, then the segment's occurrences indexed by the offsets they start
    and end at (built once per segment, only for an occurrence with a neighbour), then the lemmas
    the matcher already linked the longer term's target words by; nothing is lemmatised here."""
    index: tuple[dict[int, list[TermCheck]], dict[int, list[TermCheck]]] | None = None
    folded: str | None = None

    def neighbours(start: int, end: int) -> list[TermCheck]:
        nonlocal index
        if index is None:
            starting: dict[int, list[TermCheck]] = defaultdict(list)
            ending: dict[int, list[TermCheck]] = defaultdict(list)
            for other in result.source:
                if other.approved:
                    starting[other.source.start].append(other)
                    ending[other.source.end].append(other)
            index = starting, ending
        starting, ending = index
        return [*starting.get(end, ()), *ending.get(start, ())]

    def beside(check: TermCheck) -> bool:
        nonlocal folded
        own = {fold_word(term.text) for term in check.expected if " " not in term.text.strip()}
        if not own:
            return False
        if folded is None:
            folded = fold_word(target)  # the target as its terms are folded: «ё», stress marks
        if not any(word[:_STEM] in folded for word in own):
            return False
        after = _BETWEEN_NEIGHBOURS.match(source, check.source.end)
        before = check.source.start
        while before and (source[before - 1].isspace() or source[before - 1] == "-"):
            before -= 1
        if after is None and before == check.source.start:
            return False
        near = neighbours(before if before < check.source.start else -1, after.end() if after is not None else -1)
        return any(other.concept.id != check.concept.id and len(match.lemmas) > 1
                   and not own.isdisjoint(fold_word(lemma) for lemma in match.lemmas)
                   for other in near for match in other.approved)

    return beside


def _adjective_finder(enforcer: Enforcer, target: str) -> Callable[[TermCheck], bool]:
    """What says whether the target renders a concept by the adjective an approved one-word term
    is as a noun («беременные женщины» for "pregnant women", «наличные деньги» for "cash": the
    term «беременная», «наличные»; `termbase.pair_senses.adjective_term_rendering`), read once per
    segment for each set of terms: a segment may hold one word thousands of times. The source
    word need not be an adjective: a noun ("cash", "fossils") is rendered by the term's word with
    the noun it leaves out written back."""
    return _one_word_finder(target, enforcer.target_lang, adjective_term_rendering)


def _converted_finder(enforcer: Enforcer, target: str) -> Callable[[TermCheck], bool]:
    """What says whether an English target renders a concept by one of its one-word terms read as
    a verb or an adjective ("to log" for «в лог», "go hunting" for «на охоту»;
    `termbase.pair_senses.converted_rendering`), read once per segment for each set of terms."""
    if primary_language(enforcer.target_lang) != "en":
        return lambda check: False
    return _one_word_finder(target, enforcer.target_lang, converted_rendering)


def _one_word_finder(
    target: str, target_lang: str, rendering: Callable[[tuple[str, ...], str, str], object | None],
) -> Callable[[TermCheck], bool]:
    """What says whether `rendering` finds a concept's one-word terms rendered in `target`, asked
    once per segment for each set of terms (a segment may hold one word thousands of times); a
    concept with no one-word term is not rendered so."""
    answers: dict[tuple[str, ...], bool] = {}

    def rendered(check: TermCheck) -> bool:
        one_word = tuple(term.text for term in check.expected if " " not in term.text.strip())
        if not one_word:
            return False
        if one_word not in answers:
            answers[one_word] = rendering(one_word, target, target_lang) is not None
        return answers[one_word]

    return rendered


def _address_finder(source: str) -> Callable[[TermCheck], bool]:
    """What says whether a source occurrence stands inside a web or e-mail address
    (`textutil.ADDRESS`: "www.cdc.gov/vaccines"): an address is copied, never translated
    (`url-email` compares it), and its words are no terms."""
    if "://" not in source and "@" not in source and "www." not in source.casefold():
        return lambda check: False
    spans = [found.span() for found in ADDRESS.finditer(source)]
    return lambda check: any(start <= check.source.start and check.source.end <= end for start, end in spans)


@lru_cache(maxsize=4)
def _tokens_of(source: str) -> tuple[tuple[str, int, int], ...]:
    """A segment's source tokens, read once for all its occurrences and all the rules that look
    beside one: tokenising the text before each occurrence was quadratic (hardening, round 22)."""
    return tuple(token_spans(source))


@lru_cache(maxsize=65536)
def _headed_pair(text: str, lang: str) -> tuple[str, int, str] | None:
    """A two-word term's head lemma, the head's place (0 or 1) and the other word's lemma, or None:
    English puts the head last ("heat transfer"); Russian last after an adjective or participle
    («активная зона»), else first («кризис теплоотдачи»); no rule for other languages."""
    words = text.split()
    code = primary_language(lang)
    if len(words) != 2 or code not in ("en", "ru"):
        return None
    first, second = _one_lemma(words[0], lang), _one_lemma(words[1], lang)
    if first is None or second is None:
        return None
    if code == "en" or any(_ADJECTIVAL & parse.tag.grammemes for parse in russian_parses(fold_word(words[0]))):
        return second, 1, first
    return first, 0, second


_ADJECTIVAL = frozenset({"ADJF", "PRTF"})


@lru_cache(maxsize=65536)
def _one_lemma(word: str, lang: str) -> str | None:
    """The lemma of one content word (`termbase.senses.rendering_of`), or None."""
    lemmas = rendering_of(word, lang)
    return lemmas[0] if len(lemmas) == 1 else None


_PARTICIPLE_ENDS = ("ing", "ed")


def _other_participle(lang: str, check: TermCheck) -> bool:
    """Whether an English occurrence of a multiword term writes a participle before the head in
    another form than the term does: "developed countries" for the term "developing countries".
    English inflects a compound's last word, its head; the participles before it are two words,
    one of what is being done and one of what is done, and the matcher, which reads each word by
    its lemma, takes either for the other."""
    if primary_language(lang) != "en":
        return False
    term = [fold_word(word) for word in check.source.term.text.split()]
    if len(term) < 2 or not any(word.endswith(_PARTICIPLE_ENDS) for word in term[:-1]):
        return False
    written = [fold_word(token) for token, _, _ in token_spans(check.source.text) if is_word(token)]
    return len(written) == len(term) and any(
        word.endswith(_PARTICIPLE_ENDS) and word != form for word, form in zip(term[:-1], written))


_DESIGNATION = re.compile(r"[-‐‑](\w*\d\w*)\b")
"""A number (or a code with a digit) joined to a word by a hyphen: a model's designation
(«АЭС-2006», «ВВЭР-1200», «БН-800»)."""


def _kept_designation(source: str, target: str, check: TermCheck) -> bool:
    """Whether the source's term is the word of a designation («АЭС-2006»: a design of a
    plant, «БН-800») that the translation keeps as a name with the same number ("AES-2006"):
    a designation is a name, transliterated as a whole, and its word no term to translate."""
    code = _DESIGNATION.match(source, check.source.end)
    return code is not None and re.search(rf"\w[-‐‑]{re.escape(code.group(1))}(?!\w)", target) is not None


_NEXT_CHUNK = re.compile(r"\s+(\S+)")
"""What stands right after an occurrence, up to the next space."""
_LITERAL_MARK = re.compile(r"[\d/:@]")
_CLOSING = ".,;:!?)]»”\"'"
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _literal_introduced(source: str, target: str, target_lang: str, check: TermCheck) -> bool:
    """Whether the source's term is a word that only names the kind of the literal right after it
    («по адресу http://localhost/», «доступен по адресу localhost:9000»: an address, a path, a
    number written with a digit, a slash, a colon or "@") and the translation keeps that literal
    right after a preposition, with no word for its kind ("at http://localhost/", "on
    localhost:9000"): the literal says what it is, and a translation may leave the kind's word
    out. A noun of the translation before the literal ("the address localhost:9000", "the
    socket localhost:9000") leaves the finding to the term's own rendering."""
    chunk = _NEXT_CHUNK.match(source, check.source.end)
    if chunk is None:
        return False
    literal = chunk.group(1).rstrip(_CLOSING)
    if not literal or _LITERAL_MARK.search(literal) is None or _CYRILLIC.search(literal) is not None:
        return False
    at = target.find(literal)
    before = _WORD_BEFORE.search(target, 0, at) if at > 0 else None
    if before is None:
        return False
    word, code = fold_word(before.group(1)), primary_language(target_lang)
    if code == "en":
        return word in EN_PREPOSITIONS
    parses = russian_parses(word) if code == "ru" else ()
    return bool(parses) and all("PREP" in parse.tag for parse in parses)


_MAX_INSERTED = 3
"""Words a translation may put between the words of a multiword term and still render it: a
modifier or two ("fast traveling wave reactor", "fission ionization chambers") or a short term
("severe beyond design basis accident"); more is a clause of its own."""
_RU_FUNCTION_TAGS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})


def _split_term_finder(enforcer: Enforcer, target: str) -> Callable[[TermCheck], bool]:
    """What says whether the target renders a concept by one of its approved multiword terms with
    words put between the term's words: "fast traveling wave reactor" for «быстрого реактора на
    бегущей волне», where the term is "fast reactor"; "fission ionization chambers" for «камер
    деления». The words in between must be content words (no article, preposition, conjunction
    or pronoun: "fission products in chambers" renders no "fission chamber"), or words of another
    term the target has there ("severe beyond design basis accident": "beyond design basis
    accident" is a term of its own); the term's words, as the target writes them, must be the
    term to the matcher (inflection and agreement: "fission chambers", «тепловыделяющих
    экспериментальных сборок»), its head last (`_head_last`). A sentence mark between them breaks
    it, and so does another term that a word of the term opens with the words after it ("fuel rod
    assemblies": "fuel" is the fuel rod's: it modifies "rod", and the assemblies are the rods')."""
    found: list[tuple[str, int, int]] | None = None
    others: list[tuple[int, int]] | None = None
    lang = primary_language(enforcer.target_lang)
    folded = target.casefold().replace("ё", "е")

    def function_word(word: str) -> bool:
        bare = fold_word(word)
        if lang == "en":
            return bare in EN_FUNCTION_WORDS
        if lang == "ru":
            parses = russian_parses(bare)
            return bool(parses) and all(_RU_FUNCTION_TAGS & parse.tag.grammemes for parse in parses)
        return False

    def inserted_ok(word: tuple[str, int, int], tokens: Sequence[tuple[str, int, int]]) -> bool:
        """Whether `tokens` may stand between the term's `word` and its next word."""
        nonlocal others
        if not all(is_word(token) for token, _, _ in tokens):
            return False
        if others is None:
            others = [match.span for match in enforcer.target_matcher.find(target, overlapping=True)]
        if any(start <= word[1] and word[2] < end <= tokens[-1][2] for start, end in others):
            # "fuel rod assemblies": "fuel" and the word after it are another term, "fuel rod";
            # "fuel" modifies "rod" there, not "assembly"
            return False
        loose = [(start, end) for token, start, end in tokens if function_word(token)]
        return all(any(start <= a and b <= end for start, end in others) for a, b in loose)

    def split(check: TermCheck) -> bool:
        nonlocal found
        for term in check.expected:
            words = term.text.split()
            if len(words) < 2 or not all(word.isalpha() for word in words):
                continue
            stems = [fold_word(word)[:_STEM] for word in words]
            if not all(stem in folded for stem in stems) or not _head_last(tuple(words), lang):
                continue
            if found is None:
                found = _hyphenated_whole(token_spans(target))
            if _split_occurrence(found, words, stems, inserted_ok, partial(_is_term, enforcer, check.concept.id)):
                return True
        return False

    return split


@lru_cache(maxsize=65536)
def _head_last(words: tuple[str, ...], lang: str) -> bool:
    """Whether a term's words are modifiers before its head, the last word: an English compound
    ("fast reactor", not "reactor on fast neutrons") or a Russian noun after its adjectives or
    participles («тепловыделяющая сборка», not «культура неба»). A word put inside such a term
    modifies its head ("fast traveling wave reactor" is a fast reactor); one put before a
    complement modifies the complement («культура мандарского неба», the culture of the Mandar
    sky, is no «культура неба» with a modifier)."""
    if lang == "en":
        return not any(fold_word(word) in EN_FUNCTION_WORDS for word in words)
    if lang == "ru":
        return all(any(_ADJECTIVAL & parse.tag.grammemes for parse in russian_parses(fold_word(word)))
                   for word in words[:-1])
    return False


def _hyphenated_whole(spans: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens with each hyphenated compound one word ("uranium-coated"): a modifier, counted
    once among the words put inside a term."""
    merged: list[tuple[str, int, int]] = []
    for token, start, end in spans:
        if merged and merged[-1][2] == start and is_word(token) and len(merged) > 1 and (
                merged[-1][0] in _HYPHENS and merged[-2][2] == merged[-1][1] and is_word(merged[-2][0])):
            hyphen, (word, first, _) = merged.pop(), merged.pop()
            merged.append((word + hyphen[0] + token, first, end))
        else:
            merged.append((token, start, end))
    return merged


_HYPHENS = frozenset({"-", "‐", "‑"})


def _split_occurrence(found: Sequence[tuple[str, int, int]], words: Sequence[str], stems: Sequence[str],
                      inserted_ok: Callable[[tuple[str, int, int], Sequence[tuple[str, int, int]]], bool],
                      is_term: Callable[[str], bool]) -> bool:
    """Whether the tokens `found` hold the term's `words` in order, each found by its first
    letters (`stems`), with at most `_MAX_INSERTED` tokens between the first and the last that
    are not the term's and that `inserted_ok` takes after the term's word before them, and the
    words as written `is_term`."""

    def extend(at: int, index: int, chosen: list[int], inserted: int) -> bool:
        if index == len(words):
            return inserted > 0 and is_term(" ".join(found[i][0] for i in chosen))
        return any(
            fold_word(found[position][0]).startswith(stems[index])
            and (position == at or inserted_ok(found[chosen[-1]], found[at:position]))
            and extend(position + 1, index + 1, [*chosen, position], inserted + position - at)
            for position in range(at, min(len(found), at + _MAX_INSERTED - inserted + 1)))

    return any(extend(position + 1, 1, [position], 0) for position, (token, _, _) in enumerate(found)
               if fold_word(token).startswith(stems[0]))


def _is_term(enforcer: Enforcer, concept_id: str, text: str) -> bool:
    """Whether `text` is, whole, an approved target term of the concept to the matcher."""
    return any(match.concept_id == concept_id and match.term.status.approved and match.span == (0, len(text))
               for match in enforcer.target_matcher.find(text, overlapping=True))


def _passive(source: str, start: int) -> bool:
    """Whether the English word at `start` follows a form of "be" ("is processed", "be further
    processed"): a passive participle, which Russian renders by a reflexive verb as often as not."""
    before = [fold_word(token) for token, _, end in token_spans(source[:start]) if is_word(token)][-3:]
    while before and (before[-1] in _BETWEEN_BE or before[-1].endswith("ly")):
        before.pop()
    return bool(before) and before[-1] in _BE


def _naming(result: SegmentTerms) -> list[TermCheck]:
    """The source's occurrences of the concepts whose forbidden terms the target uses.

    A target word the document writes as a name (`term_names`) is no use of the term where the
    source names the concept by a word that is no name of its own: a vendor who capitalises a
    contract's defined term throughout («Сервиса», «Сервису» for "the Service") writes it as a
    name, but renders the source's term with it. Where every source occurrence of the concept
    stands in a name ("the Privacy Notice"), its forbidden target word renders the name, whose
    translation is the name's owner's («Политика приватности»), not the text's term."""
    concepts = {match.concept_id for match in result.forbidden}
    return [check for check in result.source if check.concept.id in concepts]


def _group_by_concept(matches: Sequence[TermMatch]) -> dict[str, list[TermMatch]]:
    grouped: dict[str, list[TermMatch]] = defaultdict(list)
    for match in matches:
        grouped[match.concept_id].append(match)
    return grouped


def _citation_finder(text: str) -> Callable[[Iterable[Span]], bool]:
    """What says whether every one of some occurrences (character spans of `text`) stands inside a
    cited title or a reference entry (`citations`): the text is read for them on first use, for
    the few segments with a finding."""
    spans: list[tuple[int, int]] | None = None

    def cited(occurrences: Iterable[Span]) -> bool:
        nonlocal spans
        if spans is None:
            spans = cited_spans(text)
        return bool(spans) and all_cited(spans, list(occurrences))

    return cited


def _source_word_rendered(enforcer: Enforcer, homographs: Homographs, source: str, concept_id: str,
                          matches: Sequence[TermMatch]) -> tuple[str, str] | None:
    """(target word, source word) where every forbidden target word of the concept is the
    dictionary's word for another word of the source (`Homographs.source_word_rendered`)."""
    return homographs.source_word_rendered(enforcer.concept(concept_id), [m.text for m in matches], source)


def _no_term_word(enforcer: Enforcer, homographs: Homographs, source: str, result: SegmentTerms,
                  concept_id: str) -> bool:
    """Whether the source holds no word of the concept's source terms (`Homographs.no_term_word`)
    outside the occurrences of the concepts it names: a word there is the other concept's, which
    the target renders on its own ("referenced table" of the table concept, rendered «в целевой
    внешней таблице», is no sign of a foreign table, whose deprecated «внешняя таблица» the
    translator used for the key's referenced table)."""
    outside = blanked(source, [check.source.span for check in result.source]) if result.source else source
    return homographs.no_term_word(enforcer.concept(concept_id), outside)


def _forbidden(position: int, result: SegmentTerms, written: Sequence[TermMatch],
               enforcer: Enforcer, cited: Callable[[Iterable[Span]], bool] = lambda spans: False,
               rendered: Callable[[str, Sequence[TermMatch]], tuple[str, str] | None] = lambda concept, matches: None,
               unnamed: Callable[[str], bool] = lambda concept: False,
               ) -> Iterator[Finding]:
    """`term-forbidden` for the forbidden target terms `written` (those of `result` that are not
    the document's names), once per concept; `info` where every one stands inside a cited title
    or a reference entry of the target (`cited`): a published translation's title keeps its own
    words, and a translator cites it as published. Also `info` where `rendered` finds every one the
    dictionary's word for another word of the source («морским мусором» for "marine debris", where
    «мусор» is deprecated for waste), and either the source names no occurrence of the concept or
    the target renders it with an approved term as well ("directives ... instructions" for
    «директивы ... инструкции»): the word renders that other word, another sense than the
    concept's. And `info` where the source names no occurrence of the concept and holds no word of
    its source terms in any form outside the occurrences of the concepts it names (`unnamed`): a termbase's forbidden variant is a wrong rendering of
    the concept's source term, as memoQ checks a forbidden pair only where the source term stands,
    and with no such word the variant renders something else ("the way nginx works" for «как
    работает», where "way" is deprecated for «путь»). A concept with no source term is a list of
    words forbidden anywhere, and a source word of the concept the matcher did not take for an
    occurrence ("Mozilla Accounts") keeps the warning."""
    if not written:
        return
    in_source = {check.concept.id: check for check in result.source}
    for concept_id, matches in _group_by_concept(written).items():
        concept = enforcer.concept(concept_id)
        forms = list(dict.fromkeys(m.text for m in matches))
        used = _quote_forms(forms)
        statuses = {m.term.status for m in matches}
        # A list of forms is singular or plural as a whole, never counted ("«X», «Y» are
        # deprecated terms"): 2 picks every language's plural, where 21 forms would pick
        # Russian's singular.
        number = 1 if len(forms) == 1 else 2
        status = _status_words(statuses) if number == 1 else _status_words_plural(statuses)
        approved = concept.approved(enforcer.target_lang)
        instead: Wording | str = phrase(N_("; use {terms}"), terms=_quote_terms(approved)) if approved else ""
        why = _notes(matches)
        source_check = in_source.get(concept_id)
        if cited(m.span for m in matches):
            yield Finding(
                position, "term-forbidden", "info",
                **worded(N_("{used} ({status} in the termbase, concept {concept}) stands inside a cited title or "
                            "a reference entry, whose words are the cited work's, not the text's terms."),
                         used=used, status=_status_words(statuses), concept=concept_id),
                concept=concept_id, target_spans=tuple(m.span for m in matches),
            )
            continue
        also_rendered = source_check is not None and any(
            check.satisfied for check in result.source if check.concept.id == concept_id)
        other_word = rendered(concept_id, matches) if source_check is None or also_rendered else None
        if other_word is not None:
            yield Finding(
                position, "term-forbidden", "info",
                **worded(N_("{used} ({status} in the termbase, concept {concept}) is the dictionary's word for "
                            "“{source_word}”, which the source has: most likely it renders that word, in another "
                            "sense than the concept's."),
                         used=used, status=_status_words(statuses), concept=concept_id, source_word=other_word[1]),
                concept=concept_id, target_spans=tuple(m.span for m in matches),
            )
            continue
        if source_check is None and unnamed(concept_id):
            yield Finding(
                position, "term-forbidden", "info",
                **worded(N_("{used} ({status} in the termbase, concept {concept}) stands in a pair whose source has "
                            "no word of the concept's source terms outside the terms of other concepts: a forbidden "
                            "rendering of the concept needs its source term, so most likely the word renders "
                            "another word here."),
                         used=used, status=_status_words(statuses), concept=concept_id),
                concept=concept_id, target_spans=tuple(m.span for m in matches),
            )
            continue
        if source_check is not None:
            message = worded_n("{used} is {status} for “{source_term}” (concept {concept}){instead}.{why}",
                               "{used} are {status} for “{source_term}” (concept {concept}){instead}.{why}",
                               number, used=used, status=status, source_term=source_check.source.text,
                               concept=concept_id, instead=instead, why=why)
            source_spans = tuple(
                c.source.span for c in result.source if c.concept.id == concept_id
            )
        else:
            message = worded_n(
                "{used} is {status} in the termbase (concept {concept}){instead}.{why} "
                "The source does not seem to name this concept: if the word is used "
                "in another sense here, accept this finding.",
                "{used} are {status} in the termbase (concept {concept}){instead}.{why} "
                "The source does not seem to name this concept: if the words are used "
                "in another sense here, accept this finding.",
                number, used=used, status=status, concept=concept_id, instead=instead, why=why,
            )
            source_spans = ()
        yield Finding(
            position,
            "term-forbidden",
            "error" if source_check is not None else "warning",
            **message,
            concept=concept_id,
            source_spans=source_spans,
            target_spans=tuple(m.span for m in matches),
        )


def _missing(position: int, missing: Sequence[TermCheck], skip: set[str],
             look_alikes: Callable[[str], Wording | str] = lambda concept_id: "",
             other_sense: Callable[[str, Sequence[TermCheck]], Wording | None] = lambda concept_id, checks: None,
             cited: Callable[[Iterable[Span]], bool] = lambda spans: False,
             ) -> Iterator[Finding]:
    """`term-missing` for the source terms whose concept's approved terms are all absent
    (`missing`, in source order), once per concept, but for the concepts in `skip`;
    `look_alikes` says, of a concept, which letters of another script hide its term, and
    `other_sense` why the translation shows another sense of the word (the finding is then
    `info`, saying so), as `cited` does where every occurrence stands inside a cited title or a
    reference entry: a title's words are the cited work's, which a translator keeps or gives as
    the published translation has them."""
    by_concept: dict[str, list[TermCheck]] = defaultdict(list)
    for check in missing:
        if check.concept.id not in skip:
            by_concept[check.concept.id].append(check)
    for concept_id, checks in by_concept.items():
        concept: Concept = checks[0].concept
        source_terms = _quote_forms((c.source.text for c in checks), marks=("“", "”"))
        expected = _quote_terms(checks[0].expected)
        severity: Severity
        if cited(c.source.span for c in checks):
            yield Finding(
                position, "term-missing", "info",
                **worded(N_("The source has {source_terms} (concept {concept}) only inside a cited title or a "
                            "reference entry, whose words are the cited work's, not the text's terms: the "
                            "translation need not use {expected}."),
                         source_terms=source_terms, concept=concept_id, expected=expected),
                concept=concept.id, source_spans=tuple(c.source.span for c in checks),
            )
            continue
        why = other_sense(concept_id, checks)
        if why is None:
            severity, message = "error", worded(
                N_("The source has {source_terms} (concept {concept}) but the translation uses "
                   "none of its approved terms: expected {expected} in any form.{look_alikes}"),
                source_terms=source_terms, concept=concept_id, expected=expected,
                look_alikes=look_alikes(concept_id))
        else:
            severity, message = "info", worded(
                N_("The source has {source_terms} (concept {concept}) and the translation none of "
                   "{expected}, but {why}: most likely another sense of the word here."),
                source_terms=source_terms, concept=concept_id, expected=expected, why=why)
        yield Finding(
            position,
            "term-missing",
            severity,
            **message,
            concept=concept.id,
            source_spans=tuple(c.source.span for c in checks),
        )


class _Sharing:
    """Which concept sharing a source term (`Enforcer.sharing`) the target renders instead, read
    once per segment: with a word 100,000 concepts share, each missing concept searched all
    100,000 checks of the segment again (hardening, round 21)."""

    def __init__(self, groups: Mapping[str, tuple[frozenset[str], ...]], result: SegmentTerms) -> None:
        self._groups = groups
        self._result = result
        self._present: tuple[frozenset[str], Counter[int]] | None = None
        self._rendered: dict[Span, list[tuple[int, TermCheck]]] | None = None

    def rendered_instead(self, concept_id: str, spans: set[Span]) -> TermCheck | None:
        """Another concept with the concept's source term, rendered by its approved term at each of
        the concept's occurrences (`spans`): at the occurrence where the source first names one so,
        the last one it names there; None when an occurrence has none."""
        groups = self._groups.get(concept_id)
        if not groups or not spans or not self._named_beside(concept_id, groups):
            return None
        if self._rendered is None and not self._result.renderings():
            # No approved term in the target at all: every check's `approved` is empty, and the
            # checks need not be made (100,000 of a word made-up concepts share; round 25).
            return None
        if self._rendered is None:
            self._rendered = defaultdict(list)
            for order, check in enumerate(self._result.source):
                if check.approved:
                    self._rendered[check.source.span].append((order, check))

        def other(check: TermCheck) -> bool:
            return check.concept.id != concept_id and any(check.concept.id in group for group in groups)

        found: list[tuple[int, TermCheck]] = []
        for span in spans:
            checks = self._rendered.get(span, [])
            first = next((order for order, check in checks if other(check)), None)
            if first is None:
                return None
            found.append((first, next(check for _order, check in reversed(checks) if other(check))))
        return min(found, key=lambda pair: pair[0])[1]

    def _named_beside(self, concept_id: str, groups: tuple[frozenset[str], ...]) -> bool:
        """Whether the source names another concept of the concept's groups."""
        if self._present is None:
            named = frozenset(self._result.concepts)
            self._present = named, Counter(id(group) for concept in named for group in self._groups.get(concept, ()))
        named, present = self._present
        itself = concept_id in named
        return any(present[id(group)] - itself > 0 for group in groups)


class _Containing:
    """Which longer term headed by a concept's one-word source term (`Enforcer.containing`) the
    target renders, read once per group and segment: every concept of "glass" read all the
    longer terms headed by "glass" again, 3,000 by 3,000 a minute of `check` (hardening, round 22).

    A group's answer is its first two concepts whose approved target term the target has (the
    cheap test first: each word's first letters in the target; then its lemmas among the
    target's): the first that is not the concept asking is its answer."""

    def __init__(self, enforcer: Enforcer, target: str, target_lemmas: Callable[[], set[str]]) -> None:
        self._enforcer = enforcer
        self._folded = target.casefold()
        self._target_lemmas = target_lemmas
        self._rendered: dict[int, tuple[tuple[str, str, str], ...]] = {}
        self._lemmas: dict[str, set[str]] = {}

    def rendered_whole(self, concept_id: str) -> tuple[str, str, str] | None:
        """(concept, its longer term, the approved term the target has) of the first concept, by
        id, of the concept's groups other than itself whose term the target renders; None if none."""
        answers = [whole for group in self._enforcer.containing.get(concept_id, ())
                   for whole in self._rendered_in(group) if whole[0] != concept_id]
        return min(answers, key=lambda whole: whole[:2], default=None)

    def _rendered_in(self, group: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, str], ...]:
        found = self._rendered.get(id(group))
        if found is None:
            kept: list[tuple[str, str, str]] = []
            for whole_id, longer in group:
                rendering = next((term.text for term in self._enforcer.concept(whole_id).approved(
                    self._enforcer.target_lang) if self._has(term.text)), None)
                if rendering is not None:
                    kept.append((whole_id, longer, rendering))
                    if len(kept) == 2:
                        break
            found = self._rendered[id(group)] = tuple(kept)
        return found

    def _has(self, rendering: str) -> bool:
        """Whether the target renders this term: its words' first letters in it, then its lemmas
        among the target's."""
        if not all(fold_word(word)[:_STEM] in self._folded for word in rendering.split()):
            return False
        lemmas = self._lemmas.get(rendering)
        if lemmas is None:
            lemmas = self._lemmas[rendering] = {fold_word(lemma) for lemma in
                                                rendering_of(rendering, self._enforcer.target_lang)}
        return lemmas <= self._target_lemmas()


def _other_sense_finder(enforcer: Enforcer, source: str, target: str, result: SegmentTerms,
                        homographs: Homographs) -> Callable[[str, Sequence[TermCheck]], Wording | None]:
    """What says, of a concept whose approved terms the target lacks, why the pair itself shows
    another sense of its source word (`termbase.pair_senses`), or None:

    * another concept with the same source term is rendered by its own approved term at the
      very occurrences («свет» -> "world": concept world, not light);
    * the source word, counted ("the glass"), is the head of another concept's longer term
      ("looking-glass") and the target has that concept's term («зеркало»): the word stands for
      the longer term's thing;
    * the target has the head of a sense the concept's definition excludes ("carriage" for
      «линейка» defined "..., not the long open carriage");
    * the source word may be another word of the same letters, and the target has the
      dictionary's word for that one («часов» of «час», "hour"; `homographs`);
    * the source word and the next make a compound the dictionary writes as one word, and the
      target has the dictionary's word for it ("gold fish", «золотую рыбку»; `homographs`);
    * every occurrence modifies the next noun and the target has an adjective built on the whole
      one-word term ("server programs", «серверные программы»), in a source that shares no
      content word with the concept's definition (`termbase.pair_senses`), or another word built
      on an approved term: a multiword term's adjective, a prefixed adjective, a compound ("cancer
      care team", «команда онкологической помощи»; `termbase.pair_senses.term_derivative`);
    * the target has the dictionary's word for another numbered sense of the source word than the
      concept's term, which neither the concept's definition nor the rest of the source accounts
      for («клавишу» for "the Enter key", where the key is the cryptographic «ключ»; a synonym in
      the term's own sense, «дворец» beside «замок», is none; `homographs`), or, where every
      occurrence modifies the next noun, an adjective built on such a word («корневой каталог» for
      "the root directory", where root is the superuser);
    * every occurrence stands in a set phrase of the dictionary's whose Russian has no term of the
      concept ("take the system into account", «принимать во внимание»; `homographs`);
    * every occurrence modifies the next noun and the target has an adjective the dictionary gives
      for the source word's own English adjective, not built on the term («праздный класс» for
      "the leisure class": "leisured"; `homographs`);
    * the target has the term in small letters where the termbase writes it with a capital as a
      name («бог Мемнон» for «Бог»);
    * each occurrence is part of a hyphenated compound but not its head, an adjective the
      definition excludes, or a verb the target renders as one, or the target has the dictionary's
      word for a sense the definition excludes by name (`_word_of_its_own`).

    The target's lemmas are read only for a concept whose definition excludes a sense or whose
    term heads a longer one, once per segment."""
    lemmas: set[str] | None = None

    def target_lemmas() -> set[str]:
        nonlocal lemmas
        if lemmas is None:
            lemmas = {fold_word(lemma) for lemma in rendering_of(target, enforcer.target_lang)}
        return lemmas

    sharing = _Sharing(enforcer.sharing, result)
    containing = _Containing(enforcer, target, target_lemmas)
    alike_said: dict[tuple[object, ...], Wording | None] = {}

    def said(concept_id: str, checks: Sequence[TermCheck]) -> Wording | None:
        other = sharing.rendered_instead(concept_id, {check.source.span for check in checks})
        if other is not None:
            return phrase(N_("the translation has {rendering}, concept {other}'s term for the same word"),
                          rendering=_quote_forms(m.text for m in other.approved), other=other.concept.id)
        whole = containing.rendered_whole(concept_id)
        if whole is not None and all(may_stand_for_whole(source, *check.source.span, enforcer.source_lang)
                                     for check in checks):
            whole_id, longer, rendering = whole
            return phrase(N_("the translation has «{word}», the term of concept {other}, whose longer term "
                             "“{longer}” has the same word for its head"),
                          word=rendering, other=whole_id, longer=longer)
        key = (_content(enforcer.concept(concept_id)),
               tuple((check.source.span, check.source.text, check.source.term) for check in checks))
        if key not in alike_said:
            alike_said[key] = by_content(concept_id, checks)
        return alike_said[key]

    def by_content(concept_id: str, checks: Sequence[TermCheck]) -> Wording | None:
        """What the concept's terms and definition tell of the occurrences, which name no other
        concept: the same for every concept of the same content at the same occurrences, so a
        word 100,000 made-up concepts share is read once, not 100,000 times (hardening, round 25)."""
        small = _in_small_letters(enforcer, enforcer.concept(concept_id), target)
        if small:
            return phrase(N_("the translation has «{word}» in small letters, where the termbase writes the term "
                             "{term} with a capital, as a name"), word=small[0], term=small[1])
        excluded = enforcer.excluded(concept_id)
        if excluded:
            found = sorted(excluded & target_lemmas())
            if found:
                return phrase(N_("the translation has «{word}», a sense the concept's definition excludes"),
                              word=found[0])
        alike = homographs.other_word(enforcer.concept(concept_id), [check.source.text for check in checks], target)
        if alike is not None:
            return phrase(N_("the translation has «{word}», the dictionary's word for «{other}», which is "
                             "written alike"), word=alike[0], other=alike[1])
        compound = homographs.compound(enforcer.concept(concept_id), source,
                                       [check.source.span for check in checks], target)
        if compound is not None:
            return phrase(N_("the translation has «{word}», the dictionary's word for “{compound}”, of which "
                             "the word is a part here"), word=compound[0], compound=compound[1])
        concept = enforcer.concept(concept_id)
        spans = [check.source.span for check in checks]
        return (_modifier_or_sense(enforcer, homographs, concept, source, target, spans)
                or _word_of_its_own(enforcer, homographs, concept, source, target, checks))

    return said


def _content(concept: Concept) -> tuple[object, ...]:
    """A concept less its id: what `_other_sense_finder`'s readings of the concept itself read."""
    return concept.subject, concept.definition, concept.note, concept.terms, concept.definitions


def _word_of_its_own(enforcer: Enforcer, homographs: Homographs, concept: Concept, source: str, target: str,
                     checks: Sequence[TermCheck]) -> Wording | None:
    """Why the occurrences `checks` of `concept` are another word than the concept's noun, told by
    the construction and the definition, or None: each is part of a hyphenated compound but not
    its head ("wage-earners", "working-class parties"; `termbase.pair_senses.compound_of`); or
    each is a noun after a determiner where every term of the concept is a verb ("our appeals
    process"; `_verb_only`); or each is an adjective before its noun where the definition excludes
    the adjective ("the proletarian movement" of "a member of the proletariat (the noun, not the
    adjective)"); or each
    is a verb's bare form after "to" or a modal and the target has the dictionary's verb for it
    ("to work", «работать»; `Homographs.verb_rendering`); or each stands in a phrase the
    definition excludes by quoting it ("a wide variety of" where variety is 'not "a variety of"';
    `Homographs.excluded_phrase`); or the target has the dictionary's word
    for a sense the definition excludes by name («по этой причине» where reason is "not a cause
    or motive"; `Homographs.excluded_sense`)."""
    lang = enforcer.source_lang
    compounds = [compound_of(source, check.source.start, check.source.end, lang, check.source.term.text)
                 for check in checks]
    if all(compounds):
        return phrase(N_("the word is part of “{compound}” here, a compound of its own that is no term of "
                         "the termbase"), compound=compounds[0])
    if _verb_only(concept, lang) and all(_noun_after_determiner(source, check) for check in checks):
        return phrase(N_("the word is a noun here, after a determiner, and the termbase's term is a verb"))
    definition = concept.definition_in(lang) or concept.definition
    if excludes_adjective(definition, lang) and all(
            reads_as_adjective(source, check.source.start, check.source.end, lang) for check in checks):
        return phrase(N_("the word is an adjective before its noun here, and the concept's definition "
                         "excludes the adjective"))
    spans = [check.source.span for check in checks]
    verb = homographs.verb_rendering(concept, source, spans, target)
    if verb is not None:
        return phrase(N_("“{source_word}” is a verb here, and the translation has the verb «{word}», the "
                         "dictionary's word for it"), source_word=verb[1], word=verb[0])
    quoted = homographs.excluded_phrase(concept, source, spans)
    if quoted is not None:
        return phrase(N_("the word is part of “{phrase}” here, a phrase the concept's definition excludes"),
                      phrase=quoted)
    named = homographs.excluded_sense(concept, source, spans, target)
    if named is not None:
        return phrase(N_("the translation has «{word}», the dictionary's word for “{name}”, a sense the "
                         "concept's definition excludes"), word=named[0], name=named[1])
    return None


def _verb_only(concept: Concept, lang: str) -> bool:
    """Whether every English term of `concept` in `lang` is marked a verb ("process": to perform an
    operation on data). A verb takes no article, demonstrative or possessive, so an occurrence
    after one ("our internal appeals process", `termbase.senses.frame_of`) is the noun of the
    same letters, another word than the term: the matcher, which lets a verb term's forms match,
    cannot tell them apart by the letters."""
    if primary_language(lang) != "en":
        return False
    terms = concept.terms_in(lang)
    return bool(terms) and all(term.part_of_speech == "verb" for term in terms)


def _noun_after_determiner(source: str, check: TermCheck) -> bool:
    """Whether the English occurrence `check` has a noun reading (lemminflect's: "process", not
    "indemnified") and stands after an article, a demonstrative or a possessive
    (`termbase.senses.frame_of`): a participle there ("THE INDEMNIFIED PARTIES") is still the
    verb's."""
    english = lemmatizer_for("en")
    return (isinstance(english, EnglishLemmatizer) and "NOUN" in english.analyses(fold_word(check.source.text))
            and frame_of(source, check.source.start, check.source.end).counted is True)


def _modifier_or_sense(enforcer: Enforcer, homographs: Homographs, concept: Concept, source: str, target: str,
                       spans: list[tuple[int, int]]) -> Wording | None:
    """Why the occurrences of `concept` at `spans` are not the concept's thing, told by the
    dictionary and the construction, or None: every occurrence modifies the next noun and the
    target has an adjective built on the whole one-word term («серверного ПО» for "server
    software"), or the target has the dictionary's word for another numbered sense of the source
    word (`Homographs.other_sense`; for a modifier, an adjective built on one: «корневой каталог»
    for "the root directory"), or the word stands in a set phrase of the dictionary's whose
    Russian has no term of the concept ("take into account"; `Homographs.set_phrase`), or every
    occurrence modifies the next noun and the target has the dictionary's word for an English
    adjective built on the source word, of another stem than the term's («праздный класс» for
    "the leisure class"; `Homographs.derived_adjective`). All but the set phrase not where the
    sentence shares a content word with the concept's definition
    (`termbase.pair_senses.defined_here`): it then speaks of the concept.
    The adjective's letters are looked for first, the construction only then."""
    approved = [term.text for term in concept.approved(enforcer.target_lang)]
    one_word = [text for text in approved if len(text.split()) == 1]
    adjective = term_adjective(one_word, target, enforcer.target_lang)
    if (adjective is not None and all(modifies_next(source, *span, enforcer.source_lang) for span in spans)
            and not defined_here(concept.definition, source, spans, enforcer.source_lang)):
        return phrase(N_("the word modifies the next noun, and the translation has «{word}», an adjective "
                         "built on the term"), word=adjective)
    derivative = term_derivative(approved, target, enforcer.target_lang)
    if derivative is not None and all(classifies_next(source, *span, enforcer.source_lang) for span in spans):
        return phrase(N_("the word only classifies the next noun, and the translation has «{word}», a word "
                         "built on the term"), word=derivative)
    gloss = homographs.other_sense(concept, source, spans, target)
    if gloss is not None and not names_no_counted_thing(gloss[2] or gloss[0], enforcer.target_lang) \
            and _bare_singular(enforcer, concept, source, spans):
        gloss = None
    if gloss is not None and gloss[2]:
        return phrase(N_("the word modifies the next noun, and the translation has «{word}», an adjective of "
                         "«{noun}», the dictionary's word for “{source_word}” in another sense than the "
                         "concept's term"), word=gloss[0], noun=gloss[2], source_word=gloss[1])
    if gloss is not None:
        return phrase(N_("the translation has «{word}», the dictionary's word for “{source_word}” in another "
                         "sense than the concept's term"), word=gloss[0], source_word=gloss[1])
    set_phrase = homographs.set_phrase(concept, source, spans)
    if set_phrase is not None:
        return phrase(N_("the word is part of the set phrase “{phrase}” here, which the dictionary renders "
                         "without the term"), phrase=set_phrase)
    derived = homographs.derived_adjective(concept, source, spans, target)
    if derived is not None:
        return phrase(N_("the word modifies the next noun, and the translation has «{word}», the dictionary's "
                         "word for “{adjective}”, an adjective built on it"), word=derived[0], adjective=derived[1])
    return None


def _bare_singular(enforcer: Enforcer, concept: Concept, source: str, spans: list[tuple[int, int]]) -> bool:
    """Whether an English occurrence stands in the term's own form right after a preposition ("a
    splinter of glass", "made of silver"): a singular noun without a determiner there reads as the
    mass or the material, the concept's own sense, while a dictionary's other numbered senses of
    such a word are mostly counted things (a drinking glass, a mirror), so a gloss of one in the
    target says nothing of this one. A gloss that names a mass or an action itself
    (`termbase.pair_senses.names_no_counted_thing`: «обслуживание» for "Quality of Service", where
    the concept is a program's service, a thing one counts) fits the bare word as well, and the
    caller does not ask this then."""
    if primary_language(enforcer.source_lang) != "en":
        return False
    own = {fold_word(term.text) for term in concept.terms if primary_language(term.lang) == "en"}
    for start, end in spans:
        if fold_word(source[start:end]) not in own:
            continue
        found = _tokens_of(source)
        before = bisect_right(found, start, key=lambda token: token[2])
        if before and fold_word(found[before - 1][0]) in EN_PREPOSITIONS:
            return True
    return False


def _in_small_letters(enforcer: Enforcer, concept: Concept, target: str) -> tuple[str, str] | None:
    """(word as written, term) where the target has, in small letters, a one-word approved term
    that the termbase writes with a capital as a name (`Matcher.names_by_capital`): «бог Мемнон»
    for «Бог», a god, not God. None otherwise, or where the termbase's capitals are its style."""
    if not enforcer.target_matcher.names_by_capital:
        return None
    names = {fold_word(term.text): term.text for term in concept.approved(enforcer.target_lang)
             if capitalised(term.text) and len(term.text.split()) == 1}
    if not names:
        return None
    folded = target.casefold()
    if not any(name[:3] in folded for name in names):
        return None
    for token, _, _ in token_spans(target):
        if token[:1].islower():
            for lemma in rendering_of(token, enforcer.target_lang):
                if fold_word(lemma) in names:
                    return token, names[fold_word(lemma)]
    return None


_STEM = 4
"""Letters of a word its inflected forms mostly keep («зеркало», «зеркалом»): where none stands in a
target, the word is not there, and the target need not be lemmatised."""
_TO_CYRILLIC = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_TO_LATIN = str.maketrans("асеорхуАВСЕНКМОРТХ", "aceopxyABCEHKMOPTX")
"""Latin and Cyrillic letters drawn alike (the Latin "C" and the Cyrillic «С»): a text may hold
one in place of the other, copied from a Latin name or typed on the other keyboard layout, and
the termbase, which reads letters, then finds no term in the word."""
_LATIN = re.compile("[A-Za-z]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")


def _swapped(word: str, cyrillic_text: bool) -> str:
    """`word` with its look-alike letters of the script it mostly is not written in put in the
    script it mostly is («цитохрoм» with a Latin "o" -> «цитохром»); a word of one or two
    letters of the script the text around is not written in (`cyrillic_text`), as a term's
    letter is («С» of «цитохром С»), in the text's script."""
    latin, cyrillic = len(_LATIN.findall(word)), len(_CYRILLIC.findall(word))
    if latin and cyrillic:
        return word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)
    if len(word) <= 2 and (latin if cyrillic_text else cyrillic):
        return word.translate(_TO_CYRILLIC if cyrillic_text else _TO_LATIN)
    return word


_SCRIPTS_JOINED = re.compile("[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")
"""Two letters of different scripts side by side: a word that mixes them."""
_SHORT_WORD = {True: re.compile(r"(?<![^\W\d_])[A-Za-z]{1,2}(?![^\W\d_])"),
               False: re.compile(r"(?<![^\W\d_])[\u0400-\u04ff]{1,2}(?![^\W\d_])")}
"""A word of one or two letters of the other script than a Cyrillic (True) or a Latin text's."""
_CYRILLIC_TARGETS = frozenset({"ru", "uk", "be", "bg", "sr", "mk"})


def _look_alike_finder(enforcer: Enforcer, source: str, target: str,
                       cyrillic_text: bool) -> Callable[[str], Wording | str]:
    """What says, of a concept whose approved terms the target lacks, which of the target's
    letters hide one: each word with a letter of the other script (or a letter alone among
    words of the other script: `cyrillic_text` says which the text's is) is written in one
    script, the pair enforced again, and where the concept's term is then found, the letters
    that differ inside it are named. Only a target with such a word can hide a term so; the
    rest are not enforced again, and most targets hold no letter of the other script at all,
    which the first scan tells (a third of the time of the two others)."""
    other_script = _LATIN if cyrillic_text else _CYRILLIC
    if other_script.search(target) is None or (_SCRIPTS_JOINED.search(target) is None
                                               and _SHORT_WORD[cyrillic_text].search(target) is None):
        return lambda concept_id: ""
    swapped = _WORD.sub(lambda m: _swapped(m.group(), cyrillic_text), target)
    if swapped == target:
        return lambda concept_id: ""
    found = {check.concept.id: check.approved for check in enforcer.check(source, swapped).source
             if check.approved}

    def said(concept_id: str) -> Wording | str:
        letters = tuple(dict.fromkeys(
            phrase(N_("«{written}» ({code}) in «{words}» stands for «{letter}» ({letter_code})"),
                   written=target[i], code=f"U+{ord(target[i]):04X}", words=target[match.start:match.end],
                   letter=swapped[i], letter_code=f"U+{ord(swapped[i]):04X}")
            for match in found.get(concept_id, ()) for i in range(match.start, match.end)
            if target[i] != swapped[i]))
        if not letters:
            return ""
        return phrase(N_(" A letter of another script that looks alike hides the term: {letters}."),
                      letters=letters)

    return said


def _variant_uses(position: int, mixable: Sequence[TermCheck], enforcer: Enforcer) -> dict[str, list[_VariantUse]]:
    """Approved target terms that render a concept named in the source, per concept
    (`mixable`: the source's terms whose concepts have two or more approved terms).

    Overlapping matches are kept across concepts («профсоюзов» inside the name
    of a conference still uses «профсоюз»), but within one concept a term
    inside a longer term of the same concept («клуб» inside «рабочий клуб»)
    is not a use of its own.
    """
    per_concept: dict[str, list[_VariantUse]] = {}
    source_spans: dict[str, list[Span]] = defaultdict(list)
    approved: dict[str, dict[tuple[int, int], TermMatch]] = defaultdict(dict)
    for check in mixable:
        source_spans[check.concept.id].append(check.source.span)
        for match in check.approved:
            approved[check.concept.id][match.span] = match
    for concept_id, spans in approved.items():
        matches = [
            m
            for span, m in spans.items()
            if not any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in spans)
        ]
        by_term: dict[Term, list[TermMatch]] = defaultdict(list)
        for match in matches:
            by_term[match.term].append(match)
        terms = enforcer.concept(concept_id).terms
        per_concept[concept_id] = [
            _VariantUse(position, terms.index(term), tuple(m.text for m in ms), tuple(m.span for m in ms),
                        tuple(source_spans[concept_id]))
            for term, ms in by_term.items()
        ]
    return per_concept


def _variant_terms(
    position: int, result: SegmentTerms, variants: frozenset[str], enforcer: Enforcer
) -> dict[str, list[_VariantUse]]:
    """`_variant_uses` of the segment without the forms and spans: which approved terms
    render each concept the source names that has two or more (`variants`).

    The project's choice is weighed on these alone, and only a use of another
    term is reported: `_detailer` fills in its forms and spans then (2,493 uses
    of 48,725 in the 100,000-pair benchmark), where working them out for every
    use took about a twentieth of the term checks' time.
    """
    extents: dict[str, dict[tuple[int, int], Term]] = defaultdict(dict)
    for rendering in result.renderings():
        if rendering.concept_id in variants:
            extents[rendering.concept_id][(rendering.start, rendering.end)] = rendering.term
    per_concept: dict[str, list[_VariantUse]] = {}
    for concept_id in result.concepts:
        spans = extents.get(concept_id)
        if spans is None:
            continue
        # Containment and equality of token extents are those of the spans they cover.
        kept = [
            term
            for span, term in spans.items()
            if not any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in spans)
        ]
        terms = enforcer.concept(concept_id).terms
        per_concept[concept_id] = [
            _VariantUse(position, terms.index(term), (), (), ()) for term in dict.fromkeys(kept)
        ]
    return per_concept


def _detailer(
    enforcer: Enforcer, segments: Sequence[Segment], positions: Collection[int]
) -> Callable[[str, _VariantUse], _VariantUse]:
    """What fills in a use from `_variant_terms` with its forms and spans: its segment is
    enforced again and the concept's uses taken as `_variant_uses` gives them. The
    segments at `positions` (those with a use to report) are enforced at once, up front."""
    if not positions:
        return lambda concept_id, use: use
    again = [segment for segment in segments if segment.position in positions]
    results = dict(zip((s.position for s in again), enforcer.check_many([(s.source, s.target) for s in again])))

    def detailed(concept_id: str, use: _VariantUse) -> _VariantUse:
        named = [check for check in results[use.position].source if check.concept.id == concept_id]
        return next(full for full in _variant_uses(use.position, named, enforcer)[concept_id] if full.term == use.term)

    return detailed


def _chosen(concept: Concept, uses: list[_VariantUse]) -> int | None:
    """The index of the term the project mostly renders the concept by: the one used in
    the most segments, the preferred on a tie, then the one used first; None where the
    uses are all of one term (nothing mixed)."""
    segments_per_term: Counter[int] = Counter()
    first_use: dict[int, int] = {}
    for use in uses:
        segments_per_term[use.term] += 1
        first_use.setdefault(use.term, use.position)
    if len(segments_per_term) < 2:
        return None
    return max(
        segments_per_term,
        key=lambda t: (
            segments_per_term[t],
            concept.terms[t].status is TermStatus.PREFERRED,
            -first_use[t],
        ),
    )


def _variant_mix(
    concept: Concept, uses: list[_VariantUse], chosen_index: int | None,
    detailed: Callable[[str, _VariantUse], _VariantUse],
) -> Iterator[Finding]:
    if chosen_index is None:
        return
    chosen = concept.terms[chosen_index]
    chosen_positions = sorted({u.position for u in uses if u.term == chosen_index})
    for use in uses:
        if use.term == chosen_index:
            continue
        use = detailed(concept.id, use)
        term = concept.terms[use.term]
        forms = _quote_forms(use.forms)
        elsewhere = [p for p in chosen_positions if p != use.position]
        if elsewhere and use.position in chosen_positions:
            where = phrase(N_("{segments}, and in this segment too"), segments=_segments(elsewhere))
        elif elsewhere:
            where = _segments(elsewhere)
        else:
            where = phrase(N_("only in this segment"))
        yield Finding(
            use.position,
            "term-variant-mix",
            "warning",
            **worded(N_("{forms} ({status} «{term}») renders concept {concept} here, but the project "
                        "mostly uses «{chosen}» ({where}); keep one term throughout."),
                     forms=forms, status=phrase(_STATUS_NAMES[term.status]), term=term.text,
                     concept=concept.id, chosen=chosen.text, where=where),
            concept=concept.id,
            source_spans=use.source_spans,
            target_spans=use.target_spans,
        )


def _segments(positions: list[int]) -> Wording:
    """`segment 3`, `segments 3, 5 and 2 more`, in the language the message is said in."""
    return segments_phrase(positions)


def _quote_forms(texts: Iterable[str], marks: tuple[str, str] = ("«", "»")) -> str:
    forms = list(dict.fromkeys(texts))
    return ", ".join(f"{marks[0]}{f}{marks[1]}" for f in forms)


def _quote_terms(terms: Sequence[Term]) -> Wording | str:
    quoted = [f"«{t.text}»" for t in terms]
    if len(quoted) <= 1:
        return "".join(quoted)
    return phrase(N_("{terms} or {last}"), terms=", ".join(quoted[:-1]), last=quoted[-1])


_STATUS_NAMES = {
    TermStatus.PREFERRED: N_("preferred"),
    TermStatus.ADMITTED: N_("admitted"),
    TermStatus.DEPRECATED: N_("deprecated"),
    TermStatus.SUPERSEDED: N_("superseded"),
}


def _status_words(statuses: set[TermStatus]) -> Wording:
    names = [_STATUS_NAMES[s] for s in sorted(statuses, key=lambda s: s.value)]
    if len(names) == 1:
        return phrase(names[0])
    return phrase(N_("{first} and {second}"), first=phrase(names[0]), second=phrase(names[1]))


_STATUS_NAMES_PLURAL = {
    TermStatus.PREFERRED: phrase_n("a preferred term", "preferred terms", 2),
    TermStatus.ADMITTED: phrase_n("an admitted term", "admitted terms", 2),
    TermStatus.DEPRECATED: phrase_n("a deprecated term", "deprecated terms", 2),
    TermStatus.SUPERSEDED: phrase_n("a superseded term", "superseded terms", 2),
}
"""The statuses said of several terms at once, with their noun: an adjective agrees with it in
number (Russian «нерекомендуемые термины»), and the bare adjectives are msgids of their own,
singular, in the term panel."""


def _status_words_plural(statuses: set[TermStatus]) -> Wording:
    """`_status_words` said of several terms ("deprecated terms")."""
    names = [_STATUS_NAMES_PLURAL[s] for s in sorted(statuses, key=lambda s: s.value)]
    if len(names) == 1:
        return names[0]
    return phrase(N_("{first} and {second}"), first=names[0], second=names[1])


def _notes(matches: Sequence[TermMatch]) -> Wording | str:
    notes = list(dict.fromkeys(m.term.usage_note for m in matches if m.term.usage_note))
    if not notes:
        return ""
    return phrase(N_(" Note: {note}."), note=". ".join(note.rstrip(".") for note in notes))
