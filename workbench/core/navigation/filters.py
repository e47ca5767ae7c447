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
target, each word in any inflected form, in order (the concordance's rule).

Speed (50,000 segments in well under 200 ms, `bench/bench_segment_filter.py`):
a `TextIndex` joins every folded text once, and each text or term criterion
is one regular expression over it (each query word's whole lexeme, from
pymorphy3 or lemminflect) rather than 50,000 calls.
"""

from __future__ import annotations

import os
import re
import time
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from typing import Any, Literal

import regex

from termbase.languages import primary_language
from termbase.model import Concept
from termbase.normalize import is_word, token_spans
from workbench.core.project import Segment, SegmentStatus
from workbench.errors import InputError
from workbench.patterns import compile_bounded
from workbench.wording import N_, Wording, phrase

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
    rejected: bool = False
    """Only segments a reviewer sent back and nobody has confirmed again since (`project.standing_verdicts`)."""
    machine: bool = False
    """Only targets still as machine translation gave them, unconfirmed (`Segment.unreviewed_mt`): a post-editor's work."""

    @property
    def active(self) -> bool:
        return bool(
            self.statuses or self.checks or self.severities or self.text is not None
            or self.concept is not None or self.confidence_below is not None or self.comments is not None
            or self.rejected or self.machine
        )

    def describe(self) -> str:
        """The filter in one line, as the grid's header shows it (empty when nothing is filtered)."""
        return " · ".join(part.render() for part in self.described())

    def described(self, check_name: Callable[[str], str] = str) -> tuple[Wording, ...]:
        """The parts of `describe` as messages, so the TUI says them in the interface language
        (`check_name`: what a check is called there; scripts read its id)."""
        parts: list[Wording] = []
        if self.statuses:
            parts.append(phrase(N_("status {statuses}"), statuses=_alternatives(
                phrase(_STATUS_NAMES[str(s)]) for s in sorted(self.statuses, key=str))))
        if self.checks:
            parts.append(phrase(N_("check {checks}"), checks="|".join(sorted(check_name(c) for c in self.checks))))
        if self.severities:
            parts.append(phrase(N_("severity {severities}"), severities=_alternatives(
                phrase(_SEVERITY_NAMES[s]) for s in SEVERITIES if s in self.severities)))
        if self.text is not None:
            how = {"plain": N_("text «{text}»"), "regex": N_("text «{text}» regex"),
                   "forms": N_("text «{text}» in any form")}[self.text.mode]
            parts.append(phrase(how, text=self.text.text))
            if self.text.side != "both":
                parts.append(phrase(N_("in the source") if self.text.side == "source" else N_("in the target")))
            if self.text.case_sensitive:
                parts.append(phrase(N_("case-sensitive")))
        if self.concept is not None:
            parts.append(phrase(N_("term {concept}"), concept=self.concept))
        if self.confidence_below is not None:
            parts.append(phrase(N_("confidence < {value:g}"), value=self.confidence_below))
        if self.comments is not None:
            parts.append(phrase(N_("open comments") if self.comments == "open" else N_("comments")))
        if self.rejected:
            parts.append(phrase(N_("rejected")))
        if self.machine:
            parts.append(phrase(N_("unreviewed MT")))
        return tuple(parts)


_STATUS_NAMES = {"draft": N_("draft"), "translated": N_("translated"), "reviewed": N_("reviewed")}
_SEVERITY_NAMES = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


def _alternatives(parts: Iterable[Wording]) -> Wording:
    """`draft|translated`: several phrases as one value, each said in the interface language
    (the joining template has no words, so no catalogue holds it)."""
    values = tuple((f"p{i}", part) for i, part in enumerate(parts))
    return Wording("|".join(f"{{{name}}}" for name, _ in values), values)


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
    rejected: frozenset[int] = frozenset()
    """Ids of the segments sent back and not confirmed again (`project.rejected_segments`)."""


class TextIndex:
    """Every segment's source and target, folded and joined, so a text criterion is one regex pass.

    Fifty thousand separate searches pay Python's call overhead fifty
    thousand times; one search over the joined texts runs in C. Build it once
    per list of segments (the TUI rebuilds it when the store is reloaded, not
    on every keystroke: an edited segment's row is read from the segment
    itself, see `dirty`).
    """

    def __init__(self, segments: Sequence[Segment]) -> None:
        self.segments = segments
        self._joined: dict[tuple[str, bool], tuple[str, list[int]]] = {}
        self._row_ends: dict[tuple[str, bool], dict[int, int]] = {}
        """Per joined text, the row ending at each offset (the newline after it, or the text's end)."""
        self._ids = [s.id for s in segments]
        self._texts = {("source", False): [s.source for s in segments], ("target", False): [s.target for s in segments]}

    def joined(self, side: str, folded: bool) -> tuple[str, list[int]]:
        """The side's texts joined by newlines (folded: casefolded, ё as е), with each row's start offset."""
        key = (side, folded)
        found = self._joined.get(key)
        if found is None:
            texts = self._texts[(side, False)]
            if folded:
                texts = [fold(t) for t in texts]
            # a newline inside a text would end a row early for `^` and `$`: rows are one line each
            texts = [t.replace("\n", " ") for t in texts]
            starts, offset = [], 0
            for text in texts:
                starts.append(offset)
                offset += len(text) + 1
            found = self._joined[key] = ("\n".join(texts), starts)
            self._row_ends[key] = {start + len(text): row for row, (start, text) in enumerate(zip(starts, texts, strict=True))}
        return found

    def rows(
        self, side: str, pattern: re.Pattern[str], *, folded: bool, word_start: bool = False, boundary: bool = False
    ) -> set[int]:
        """The rows in which `pattern` matches within the row.

        `word_start`: the match must also start a word; `boundary`: it must
        start at a word boundary (a leading `\\b` taken off the pattern). Both
        are checked here because a pattern that starts with an assertion
        cannot use the regex engine's fast scan for its first letters.

        Each row is kept once, however often its text matches (a common
        word matches 30,000 times): our own patterns (`re`) are run on to the
        end of their row, so one `finditer` in C yields a row once, and the row
        is the one ending where the match ends; per match only list
        comprehensions run. A match that fails the word test, or runs over a
        newline into a later row, has each row it touched searched on its own.
        """
        joined, starts = self.joined(side, folded)
        if isinstance(pattern, regex.Pattern) and _TEXT_ANCHOR.search(pattern.pattern):
            return self._rows_one_by_one(side, pattern, folded, word_start, boundary)
        if isinstance(pattern, regex.Pattern):
            return self._rows_stepwise(joined, starts, side, pattern, folded, word_start, boundary)
        spans = [m.span() for m in _to_row_end(pattern).finditer(joined)]
        ending = self._row_ends[(side, folded)]
        last = [ending[end] for _, end in spans]
        kept = [starts[row] <= start for (start, _), row in zip(spans, last, strict=True)]
        again = {
            touched for (start, _), row, ok in zip(spans, last, kept, strict=True) if not ok
            for touched in range(bisect_right(starts, start) - 1, row + 1)
        }
        if boundary:
            for i, (start, _) in enumerate(spans):
                if kept[i] and not _starts_right(joined, start, False, True):
                    kept[i] = False
                    again.add(last[i])
        if word_start and spans:
            # the character before each match, in one string: `\w` finds the few that follow a letter
            before = "".join([joined[start - 1] for start, _ in spans])
            for hit in _WORD_CHAR.finditer(before):
                if spans[hit.start()][0] > 0:
                    kept[hit.start()] = False
                    again.add(last[hit.start()])
        rows = set(compress(last, kept))
        bounds = [*starts, len(joined) + 1]
        for row in again - rows:
            text = joined[bounds[row]:bounds[row + 1] - 1]
            if _row_matches(pattern, text, word_start, boundary, time.monotonic() + REGEX_SECONDS):
                rows.add(row)
        return rows

    def _rows_stepwise(
        self, joined: str, starts: list[int], side: str, pattern: Any, folded: bool, word_start: bool,
        boundary: bool,
    ) -> set[int]:
        """`rows` for a person's own regular expression: one search per row, under the deadline.

        Their pattern is not wrapped to run on to the row's end (its inline flags and
        alternations are theirs); after a hit the search jumps to the next row instead.
        """
        rows: set[int] = set()
        texts = self._texts[(side, False)]
        count = len(starts)
        position = 0
        deadline = time.monotonic() + REGEX_SECONDS
        # Past the end, a search starts at the end again: `$` would match there for ever.
        while position <= len(joined) and (match := search_with_deadline(pattern, joined, position, deadline)) is not None:
            start = match.start()
            if not _starts_right(joined, start, word_start, boundary):
                position = start + 1
                continue
            row = bisect_right(starts, match.start()) - 1
            next_start = starts[row + 1] if row + 1 < count else len(joined) + 1
            if match.end() < next_start:
                rows.add(row)
            else:  # the match ran into the next row (`\s` over the newline): ask the row on its own
                text = fold(texts[row]) if folded else texts[row]
                if search_with_deadline(pattern, text.replace("\n", " "), 0, deadline):
                    rows.add(row)
            position = max(next_start, match.start() + 1)
        return rows


    def _rows_one_by_one(self, side: str, pattern: Any, folded: bool, word_start: bool, boundary: bool) -> set[int]:
        """`rows` for a pattern anchored to the text (`\\A`, `\\Z`): each row searched as a text of its own.

        In the joined rows `\\A` holds only before the first row and `\\Z` only after the
        last, so the stepwise search would find them in one row at most; a person who
        writes them means the segment's start and end.
        """
        deadline = time.monotonic() + REGEX_SECONDS
        texts = self._texts[(side, False)]
        return {
            row for row, text in enumerate(texts)
            if _row_matches(pattern, (fold(text) if folded else text).replace("\n", " "), word_start, boundary, deadline)
        }


_TEXT_ANCHOR = re.compile(r"(?<!\\)(?:\\\\)*\\[AZ]")
"""`\\A` or `\\Z` in a pattern's source (not an escaped backslash followed by a letter)."""


@lru_cache(maxsize=64)
def _to_row_end(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` followed by the rest of its row (rows are joined by newlines)."""
    return re.compile(f"(?:{pattern.pattern})[^\n]*", pattern.flags)


_WORD_CHAR = re.compile(r"\w")
"""A letter, digit or underscore: what `str.isalnum() or == "_"` accepts, found in C."""


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _starts_right(text: str, start: int, word_start: bool, boundary: bool) -> bool:
    """Whether a match at `start` meets `TextIndex.rows`' `word_start` and `boundary` conditions."""
    before = start > 0 and _is_word_char(text[start - 1])
    if word_start and before:
        return False
    return not (boundary and before == (start < len(text) and _is_word_char(text[start])))


def _row_matches(pattern: Any, text: str, word_start: bool, boundary: bool, deadline: float) -> bool:
    """Whether `pattern` matches in one row's text at a place `_starts_right` accepts."""
    position = 0
    while (match := search_with_deadline(pattern, text, position, deadline)) is not None:
        if _starts_right(text, match.start(), word_start, boundary):
            return True
        position = match.start() + 1
    return False


def fold(text: str) -> str:
    """Case and ё/е ignored, as the termbase folds words (`termbase.normalize.fold_word`)."""
    return text.casefold().replace("ё", "е")


def filter_segments(
    segments: Sequence[Segment], flt: SegmentFilter, context: FilterContext, index: TextIndex | None = None
) -> list[int]:
    """The indices into `segments` of those the filter keeps, in order.

    `index` is a `TextIndex` of these very segments, kept between calls by a
    face that filters the same list again and again; without one it is built.
    """
    if not flt.active:
        return list(range(len(segments)))
    if flt.confidence_below is not None and not 0.0 <= flt.confidence_below <= 1.0:
        raise InputError.worded(N_("a confidence is between 0 and 1, not {value}"), value=flt.confidence_below)
    wanted: set[int] | None = None
    if flt.text is not None or flt.concept is not None:
        if index is None or index.segments is not segments:
            index = TextIndex(segments)
        scans = _Scans(index)
        if flt.text is not None:
            wanted = _text_rows(scans, flt.text, context)
        if flt.concept is not None:
            rows = _concept_rows(scans, flt.concept, context)
            wanted = rows if wanted is None else wanted & rows
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
    if flt.rejected:
        rejected = context.rejected
        tests.append(lambda s: s.id in rejected)
    if flt.machine:
        tests.append(lambda s: s.unreviewed_mt)
    if flt.checks or flt.severities:
        tests.append(_finding_test(flt, context))
    kept: Iterable[int] = range(len(segments)) if wanted is None else sorted(wanted)
    # One test at a time over the rows still kept: a generator of every test per segment
    # cost more than the tests themselves.
    for test in tests:
        kept = [i for i in kept if test(segments[i])]
    return list(kept)


class _Scans:
    """One filter's scans of a `TextIndex`, each done once: a text query and a term of the
    filter's concept often ask for the same words on the same side («профсоюз» twice)."""

    def __init__(self, index: TextIndex) -> None:
        self.index = index
        self._done: dict[tuple[str, re.Pattern[str], bool, bool, bool], set[int]] = {}

    def rows(
        self, side: str, pattern: re.Pattern[str], *, folded: bool, word_start: bool = False, boundary: bool = False
    ) -> set[int]:
        key = (side, pattern, folded, word_start, boundary)
        if key not in self._done:
            self._done[key] = self.index.rows(side, pattern, folded=folded, word_start=word_start, boundary=boundary)
        return self._done[key]


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


def text_pattern(query: TextQuery, *, whole_word: bool = False, folded: bool = False) -> Any:
    """The regular expression of a plain or regex query (bad regex: one clear `InputError`).

    `folded`: the pattern is for folded text (a plain query is folded too).
    A person's own regular expression is compiled by the `regex` module, whose
    searches take a timeout (`search_with_deadline`): a pattern that
    backtracks without end (`(a|aa)+$`) is stopped with a clear message
    instead of hanging the editor.
    """
    if not query.text:
        raise InputError.worded(N_("the text to look for is empty"))
    if query.mode == "plain":
        source = re.escape(fold(query.text) if folded else query.text)
    else:
        source = query.text
    if whole_word:
        source = rf"(?<!\w)(?:{source})(?!\w)"
    # folded text needs no IGNORECASE (which is slow over Cyrillic)
    flags = re.MULTILINE | (0 if query.case_sensitive or folded else re.IGNORECASE)
    try:
        if query.mode == "regex":
            return compile_bounded(source, int(flags) | regex.V0)
        return re.compile(source, flags)
    except (re.error, regex.error) as exc:
        raise InputError.worded(N_("not a valid regular expression: {text!r} ({exc})"), text=query.text, exc=exc) from None


REGEX_SECONDS = 3.0
"""How long one filter or replace may spend in a person's regular expression before it is stopped."""


def search_with_deadline(pattern: Any, text: str, position: int, deadline: float) -> Any:
    """`pattern.search(text, position)`, stopped with an `InputError` once `deadline` (monotonic) has passed."""
    if not isinstance(pattern, regex.Pattern):
        return pattern.search(text, position)
    try:
        return pattern.search(text, position, timeout=max(0.01, deadline - time.monotonic()))
    except TimeoutError:
        raise InputError.worded(N_("the regular expression {pattern!r} took too long (over {seconds:g} s); simplify it"), pattern=pattern.pattern, seconds=REGEX_SECONDS) from None


def _sides(query: TextQuery, context: FilterContext) -> tuple[str, ...]:
    if query.side != "both":
        return (query.side,)
    if query.mode == "forms":
        from workbench.core.memory import concordance_side  # the morphology loads on first use

        return (concordance_side(query.text, None, context.source_lang, context.target_lang),)
    return ("source", "target")


def _text_rows(scans: _Scans, query: TextQuery, context: FilterContext) -> set[int]:
    rows: set[int] = set()
    for side in _sides(query, context):
        if query.mode == "forms":
            lang = context.source_lang if side == "source" else context.target_lang
            pattern = forms_pattern(_words(query.text), lang)
            rows |= scans.rows(side, pattern, folded=True, word_start=True)
        else:
            folded = query.mode == "plain" and not query.case_sensitive
            boundary = query.mode == "regex" and query.text.startswith(r"\b") and len(query.text) > 2
            if boundary:
                text_pattern(query)  # a bad pattern is reported as the person wrote it
                query = TextQuery(query.text[2:], query.side, query.mode, query.case_sensitive)
            rows |= scans.rows(side, text_pattern(query, folded=folded), folded=folded, boundary=boundary)
    return rows


def _words(text: str) -> tuple[str, ...]:
    words = tuple(token for token, _, _ in token_spans(text) if is_word(token))
    if not words:
        raise InputError.worded(N_("the text to look for has no word to inflect"))
    return words


def form_spans(text: str, query: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Where the words of `query`, in any inflected form and in order, occur in `text` (lemma by lemma)."""
    words = _words(query)
    if forms_pattern(words, lang).search(fold(text)) is None:
        return ()
    from workbench.core.memory import phrase_spans, word_keys

    return phrase_spans(text, [word_keys(word, lang) for word in words], lang)


@lru_cache(maxsize=256)
def forms_pattern(words: tuple[str, ...], lang: str) -> re.Pattern[str]:
    """Any inflected form of each word, in order, next to each other, ending a word (in folded text).

    That the match also starts a word is checked by the caller (`TextIndex.rows(word_start=True)`,
    `form_spans`): a leading look-behind for a word character makes the scan three times slower.

    The concordance's rule (`memory_concordance.adjacency_pattern`) with
    English inflections too: the forms are each word's whole lexeme, so the
    pattern decides as the lemma comparison would, at the speed of one regex.
    Each word is written as its forms' common beginning and then the endings
    (`профсоюз(?:ами|ам|ах|...)`): a pattern that starts with a literal is
    scanned for by the regex engine's fast search, an alternation is not.
    """
    groups = [_factored(inflected_forms(word, lang)) for word in words]
    return re.compile(r"[^\w\n]+".join(groups) + r"(?!\w)")


def _factored(forms: frozenset[str]) -> str:
    stem = os.path.commonprefix(sorted(forms))
    endings = sorted({form[len(stem):] for form in forms}, key=len, reverse=True)
    return re.escape(stem) + "(?:" + "|".join(re.escape(e) for e in endings) + ")"


@lru_cache(maxsize=2048)
def inflected_forms(word: str, lang: str) -> frozenset[str]:
    """Every form of a word (folded): the memory's forms (`word_forms`: pymorphy3's lexemes in
    Russian, lemminflect's in English) and, in English, their possessives, which a regex over the
    text sees as one word where the memory's index sees two."""
    from workbench.core.memory import word_forms

    forms = set(word_forms(word, lang))
    if primary_language(lang) == "en":
        forms.update([f + "'s" for f in forms] + [f + "'" for f in forms if f.endswith("s")])
    return frozenset(fold(form) for form in forms)


# -- terms ---------------------------------------------------------------------------


def _concept_rows(scans: _Scans, concept_id: str, context: FilterContext) -> set[int]:
    """Rows where a source term of the concept is in the source or a target term in the target, any form."""
    concept = next((c for c in context.concepts if c.id == concept_id), None)
    if concept is None:
        raise InputError.worded(N_("no concept {concept_id!r} in the project's termbases"), concept_id=concept_id)
    rows: set[int] = set()
    for side, lang in (("source", context.source_lang), ("target", context.target_lang)):
        for term in concept.terms_in(lang):
            words = tuple(t for t, _, _ in token_spans(term.text) if is_word(t))
            if words:
                rows |= scans.rows(side, forms_pattern(words, lang), folded=True, word_start=True)
    return rows


def statuses_from(names: Collection[str]) -> frozenset[SegmentStatus]:
    """Status names as given on a command line or in a form (a bad one: an `InputError`)."""
    try:
        return frozenset(SegmentStatus(name.strip().lower()) for name in names if name.strip())
    except ValueError:
        raise InputError.worded(N_("a status is one of {known}, not {names}"), known=', '.join(str(s) for s in SegmentStatus), names=', '.join(names)) from None
