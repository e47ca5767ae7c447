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

from collections.abc import Iterable
from dataclasses import dataclass

from termbase.match import Matcher, TermMatch, longest
from termbase.model import Concept, Term


@dataclass(frozen=True, slots=True)
class TermCheck:
    """One source term occurrence and what the translation does about it."""

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
        return bool(self.approved) or not self.expected

    @property
    def missing(self) -> bool:
        """The concept has approved target terms and the translation uses none of them."""
        return not self.satisfied


@dataclass(frozen=True, slots=True)
class SegmentTerms:
    """Everything term-related in one segment pair."""

    source: tuple[TermCheck, ...]
    """Each source term occurrence (longest match wins), in source order."""
    target: tuple[TermMatch, ...]
    """Each target term occurrence (longest match wins), in target order."""
    forbidden: tuple[TermMatch, ...]
    """Every deprecated or superseded target term occurrence, whichever concept it names."""

    @property
    def missing(self) -> tuple[TermCheck, ...]:
        """Source terms whose concept's approved target terms are all absent."""
        return tuple(check for check in self.source if check.missing)


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
        self.target_matcher = Matcher(unique, target_lang)
        self._expected: dict[str, tuple[Term, ...]] = {}
        """Each concept's approved target terms, worked out once: every segment asks."""

    def concept(self, concept_id: str) -> Concept:
        """The concept with this id (KeyError when unknown)."""
        return self._concepts[concept_id]

    @property
    def concepts(self) -> list[Concept]:
        return list(self._concepts.values())

    def check(self, source: str, target: str) -> SegmentTerms:
        """Source terms, their target status, and forbidden target terms, with spans."""
        found = self.source_matcher.find(source)
        target_all = self.target_matcher.find(target, overlapping=True) if target else []
        target_longest = longest(target_all, ordered=True)
        source_ids = {match.concept_id for match in found}
        approved_spans = {
            (match.start, match.end)
            for match in target_all
            if match.term.status.approved and match.concept_id in source_ids
        }
        forbidden = tuple(
            match
            for match in target_longest
            if match.term.status.forbidden and match.span not in approved_spans
        )
        checks = []
        for match in found:
            concept = self._concepts[match.concept_id]
            expected = self._expected.get(concept.id)
            if expected is None:
                expected = self._expected[concept.id] = concept.approved(self.target_lang)
            checks.append(
                TermCheck(
                    concept=concept,
                    source=match,
                    expected=expected,
                    approved=tuple(
                        m
                        for m in target_all
                        if m.concept_id == concept.id and m.term.status.approved
                    ),
                    forbidden=tuple(m for m in forbidden if m.concept_id == concept.id),
                )
            )
        return SegmentTerms(source=tuple(checks), target=tuple(target_longest), forbidden=forbidden)
