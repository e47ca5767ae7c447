"""Which segments to show: filters on status, findings, text, terms, confidence and comments.

A `SegmentFilter` is a frozen value the TUI grid and the `segments` command
share; every criterion that is set must hold (they combine with AND), and
within one criterion any listed value will do (status draft OR translated).
`describe()` gives the one line the grid's header shows.

Text is matched three ways (`TextQuery.mode`):

* `plain`: a substring, case-insensitive unless asked;
* `regex`: a Python regular expression;
* `forms`: every word of the query in any inflected form, in order, using
  the concordance's morphology (`memory_concordance.phrase_spans`): «клуб»
  finds «клубов», "club" finds "clubs".

A term criterion keeps the segments where a concept of the termbase occurs:
one of its source terms in the source or one of its target terms in the
target, in any inflected form (the term matcher decides).

Speed (50,000 segments in well under 200 ms, `bench/bench_segment_filter.py`):
morphology is slow per word, so `forms` and term criteria first run one
regular expression over every text with each query word's inflected forms
(pymorphy3 lexemes, lemminflect inflections) and verify only the texts it
passes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from termbase.match import Matcher
from termbase.model import Concept, primary_language
from termbase.normalize import is_word, token_spans
from workbench.core.errors import InputError
from workbench.core.memory_concordance import concordance_side, phrase_spans, word_forms, word_keys
from workbench.core.model import Segment, SegmentStatus

TextSide = Literal["source", "target", "both"]
TextMode = Literal["plain", "regex", "forms"]
CommentState = Literal["open", "any"]
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class TextQuery:
    """Text a segment must contain."""

    text: str
    side: TextSide = "both"
    """Where to look; `both` means either side (for `forms`, the side the query's script belongs to)."""
    mode: TextMode = "plain"
    case_sensitive: bool = False


@dataclass(frozen=True)
class SegmentFilter:
    """Criteria a segment must all meet to be shown; an empty filter shows everything."""

    statuses: frozenset[SegmentStatus] = frozenset()
    """Any of these statuses (none: any status)."""
    checks: frozenset[str] = frozenset()
    """A finding of any of these check ids (`comment` counts open comments too)."""
    severities: frozenset[str] = frozenset()
    """A finding of any of these severities (with `checks`: a finding of both)."""
    text: TextQuery | None = None
    concept: str | None = None
    """The id of a concept that must occur in the segment."""
    confidence_below: float | None = None
    """Alignment confidence strictly below this (segments we did not align have none and are left out)."""
    comments: CommentState | None = None
    """`open`: an unresolved comment; `any`: any comment at all."""

    @property
    def active(self) -> bool:
        return bool(
            self.statuses or self.checks or self.severities or self.text is not None
            or self.concept is not None or self.confidence_below is not None or self.comments is not None
        )

    def describe(self) -> str:
        """The filter in one line, as the grid's header shows it (empty when nothing is filtered)."""
        parts: list[str] = []
        if self.statuses:
            parts.append("status " + "|".join(sorted(str(s) for s in self.statuses)))
        if self.checks:
            parts.append("check " + "|".join(sorted(self.checks)))
        if self.severities:
            parts.append("severity " + "|".join(s for s in SEVERITIES if s in self.severities))
        if self.text is not None:
            how = {"plain": "", "regex": " regex", "forms": " any form"}[self.text.mode]
            side = "" if self.text.side == "both" else f" in {self.text.side}"
            case = " case" if self.text.case_sensitive else ""
            parts.append(f"text «{self.text.text}»{how}{side}{case}")
        if self.concept is not None:
            parts.append(f"term {self.concept}")
        if self.confidence_below is not None:
            parts.append(f"confidence < {self.confidence_below:g}")
        if self.comments is not None:
            parts.append("open comments" if self.comments == "open" else "comments")
        return " · ".join(parts)


FindingsOf = Callable[[Segment], Iterable[tuple[str, str]]]
"""`segment -> (check id, severity)` of each of its findings."""


@dataclass(frozen=True)
class FilterContext:
    """What the filter needs beyond the segments themselves; the face supplies it."""

    source_lang: str
    target_lang: str
    findings_of: FindingsOf | None = None
    """Findings per segment (the TUI's finding index, or a check run); None: the stored ones."""
    comments: dict[int, bool] = field(default_factory=dict)
    """Segment id -> has an open comment, for every segment with a comment."""
    concepts: Sequence[Concept] = ()
    """The project's concepts, for a term criterion."""


def filter_segments(segments: Sequence[Segment], flt: SegmentFilter, context: FilterContext) -> list[int]:
    """The indices into `segments` of those the filter keeps, in order."""
    if not flt.active:
        return list(range(len(segments)))
    if flt.confidence_below is not None and not 0.0 <= flt.confidence_below <= 1.0:
        raise InputError(f"a confidence is between 0 and 1, not {flt.confidence_below}")
    tests: list[Callable[[Segment], bool]] = []
    if flt.statuses:
        statuses = flt.statuses
        tests.append(lambda s: s.status in statuses)
    if flt.confidence_below is not None:
        below = flt.confidence_below
        tests.append(lambda s: s.confidence is not None and s.confidence < below)
    if flt.comments is not None:
        comments = context.comments
        tests.append(
            (lambda s: comments.get(s.id, False)) if flt.comments == "open" else (lambda s: s.id in comments)
        )
    if flt.checks or flt.severities:
        tests.append(_finding_test(flt, context))
    kept = [i for i, s in enumerate(segments) if all(test(s) for test in tests)]
    if flt.text is not None:
        kept = _text_matches(segments, kept, flt.text, context)
    if flt.concept is not None:
        kept = _concept_matches(segments, kept, flt.concept, context)
    return kept


def _finding_test(flt: SegmentFilter, context: FilterContext) -> Callable[[Segment], bool]:
    findings_of = context.findings_of or (lambda s: ((f.check, f.severity) for f in s.findings))
    checks, severities = flt.checks, flt.severities
    wants_comment = "comment" in checks
    comments = context.comments

    def test(segment: Segment) -> bool:
        if wants_comment and comments.get(segment.id, False) and (not severities or "info" in severities):
            return True
        return any(
            (not checks or check in checks) and (not severities or severity in severities)
            for check, severity in findings_of(segment)
        )

    return test


# -- text --------------------------------------------------------------------------


def text_pattern(query: TextQuery, *, whole_word: bool = False) -> re.Pattern[str]:
    """The regular expression of a plain or regex query (bad regex: one clear `InputError`)."""
    if not query.text:
        raise InputError("the text to look for is empty")
    source = re.escape(query.text) if query.mode == "plain" else query.text
    if whole_word:
        source = rf"(?<!\w)(?:{source})(?!\w)"
    try:
        return re.compile(source, 0 if query.case_sensitive else re.IGNORECASE)
    except re.error as exc:
        raise InputError(f"not a valid regular expression: {query.text!r} ({exc})") from None


def _sides(query: TextQuery, context: FilterContext) -> tuple[str, ...]:
    if query.side != "both":
        return (query.side,)
    if query.mode == "forms":
        return (concordance_side(query.text, None, context.source_lang, context.target_lang),)
    return ("source", "target")


def _text_matches(segments: Sequence[Segment], kept: list[int], query: TextQuery, context: FilterContext) -> list[int]:
    sides = _sides(query, context)
    if query.mode != "forms":
        pattern = text_pattern(query)
        if query.mode == "plain" and not query.case_sensitive:
            # casefolded substring: ten times faster than a regex over 50,000 texts
            needle = query.text.casefold()
            return [i for i in kept if any(needle in getattr(segments[i], side).casefold() for side in sides)]
        return [i for i in kept if any(pattern.search(getattr(segments[i], side)) for side in sides)]
    side = sides[0]
    lang = context.source_lang if side == "source" else context.target_lang
    return [i for i in kept if form_spans(getattr(segments[i], side), query.text, lang)]


def form_spans(text: str, query: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Where the words of `query`, in any inflected form and in order, occur in `text`."""
    words = tuple(token for token, _, _ in token_spans(query) if is_word(token))
    if not words:
        raise InputError("the text to look for has no word to inflect")
    if _prefilter(words, lang).search(text.casefold().replace("ё", "е")) is None:
        return ()
    return phrase_spans(text, [word_keys(word, lang) for word in words], lang)


@lru_cache(maxsize=256)
def _prefilter(words: tuple[str, ...], lang: str) -> re.Pattern[str]:
    """Any inflected form of each word, in order, with anything between (casefolded, ё as е).

    Only narrows: `phrase_spans` decides. Anything may lie between the words
    because lemma matching also links forms the list does not hold.
    """
    groups = [
        "(?:" + "|".join(re.escape(form) for form in sorted(inflected_forms(word, lang), key=len, reverse=True)) + ")"
        for word in words
    ]
    return re.compile(".*?".join(groups), re.DOTALL)


@lru_cache(maxsize=2048)
def inflected_forms(word: str, lang: str) -> frozenset[str]:
    """Every form of a word (casefolded, ё as е): its pymorphy3 lexemes in Russian, lemminflect's in English."""
    forms = set(word_forms(word, lang))
    if primary_language(lang) == "en":
        import lemminflect  # the lemmatiser English terms use already (termbase.morphology)

        for lemmas in lemminflect.getAllLemmas(word.casefold()).values():
            for lemma in lemmas:
                forms.add(lemma)
                for inflections in lemminflect.getAllInflections(lemma).values():
                    forms.update(inflections)
        forms.update(f + "'s" for f in list(forms))
    return frozenset(form.casefold().replace("ё", "е") for form in forms)


# -- terms ---------------------------------------------------------------------------


def _concept_matches(segments: Sequence[Segment], kept: list[int], concept_id: str, context: FilterContext) -> list[int]:
    concept = next((c for c in context.concepts if c.id == concept_id), None)
    if concept is None:
        raise InputError(f"no concept {concept_id!r} in the project's termbases")
    finders = [
        (side, term_finder(concept, lang))
        for side, lang in (("source", context.source_lang), ("target", context.target_lang))
    ]
    return [i for i in kept if any(find(getattr(segments[i], side)) for side, find in finders)]


def term_finder(concept: Concept, lang: str) -> Callable[[str], bool]:
    """`text -> does a term of the concept in `lang` occur in it` (any inflected form)."""
    terms = concept.terms_in(lang)
    if not terms:
        return lambda text: False
    matcher = Matcher([concept], lang)
    prefilters = [
        _prefilter(words, lang)
        for term in terms
        if (words := tuple(t for t, _, _ in token_spans(term.text) if is_word(t)))
    ]

    def occurs(text: str) -> bool:
        folded = text.casefold().replace("ё", "е")
        if not any(p.search(folded) for p in prefilters):
            return False
        return bool(matcher.find(text))

    return occurs


def statuses_from(names: Collection[str]) -> frozenset[SegmentStatus]:
    """Status names as given on a command line or in a form (a bad one: an `InputError`)."""
    try:
        return frozenset(SegmentStatus(name.strip().lower()) for name in names if name.strip())
    except ValueError:
        raise InputError(
            f"a status is one of {', '.join(str(s) for s in SegmentStatus)}, not {', '.join(names)}"
        ) from None
