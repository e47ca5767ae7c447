"""Search and replace in targets, project-wide: planned first, previewed, applied as one undo step.

`plan_replace` finds every match and proposes the text that would replace
it, changing nothing; a face shows that preview, and `apply_replace` writes
the planned changes through `editing.set_targets` (one journal entry, so one
undo takes the whole replace back; a segment edited since the preview makes
it refuse rather than overwrite text nobody saw).

Matching is plain, regex (with `\\1` group references in the replacement),
whole word and case-sensitive as asked. In `forms` mode a Russian word or
phrase is found in any inflected form (the concordance's morphology), and
each match is offered the replacement *in the match's own case and number*,
made by the same inflection as term insertion (`termbase.inflect`):
replacing «клуб» by «кружок» turns «клубов» into «кружков» and «клубам»
into «кружкам». Where a form is ambiguous (nominative or accusative
«клубы»), the likeliest reading is proposed and the others are kept as
alternatives the preview can show.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import regex

from termbase.errors import TermbaseError
from termbase.inflect import InflectedForm, inflect
from termbase.languages import primary_language
from termbase.normalize import token_spans
from workbench.core import editing
from workbench.core.navigation import (
    REGEX_SECONDS,
    TextMode,
    TextQuery,
    form_spans,
    search_with_deadline,
    text_pattern,
)
from workbench.core.project import Project, Segment
from workbench.errors import InputError
from workbench.wording import N_

if TYPE_CHECKING:  # the memory loads with its first use, not with every replace in the editor
    from workbench.core.memory import MemoryUpkeep, TargetChange, TargetReplace

_CASE_GRAMMEMES = {"nomn": "nominative", "gent": "genitive", "datv": "dative", "accs": "accusative",
                   "ablt": "instrumental", "loct": "prepositional", "gen2": "genitive", "loc2": "prepositional",
                   "acc2": "accusative", "voct": "nominative"}
_NUMBERS = {"sing": "singular", "plur": "plural"}
_NOMINAL = {"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"}


@dataclass(frozen=True)
class ReplaceQuery:
    """What to find in the targets and what to put in its place."""

    find: str
    replacement: str
    mode: TextMode = "plain"
    whole_word: bool = False
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class Replacement:
    """One match in one target and the text proposed for it."""

    start: int
    end: int
    found: str
    replacement: str
    alternatives: tuple[str, ...] = ()
    """Other forms of the replacement the match may call for (an ambiguous case), for the preview."""
    form: str | None = None
    """The case and number proposed (`genitive plural`), in `forms` mode."""
    other_forms: tuple[str, ...] = ()
    """Every other form of the replacement (`forms` mode): the translator may choose one the
    grammar of the match did not suggest (the context asks for another case)."""

    @property
    def choices(self) -> tuple[str, ...]:
        """The forms a face offers for this match: the proposed one first, the alternatives, the rest."""
        return tuple(dict.fromkeys((self.replacement, *self.alternatives, *self.other_forms)))


@dataclass(frozen=True, slots=True)
class SegmentChange:
    """Every replacement in one segment's target, and the target they make (slots: a plan of
    100,000 changes is held whole until it is written as one undo step)."""

    segment_id: int
    position: int
    before: str
    after: str
    replacements: tuple[Replacement, ...]


def plan_replace(
    project: Project,
    query: ReplaceQuery,
    segment_ids: Iterable[int] | None = None,
    *,
    held: Sequence[Segment] | None = None,
) -> list[SegmentChange]:
    """Every change the replace would make in the project's targets (or in `segment_ids` only); writes nothing.

    `held`: the project's segments as the caller already holds them (the
    editor's store, kept in step with every edit), read instead of the whole
    project again: 40,000 segments built from their rows were a third of a
    preview. Whatever changed since is caught when the plan is applied (a
    target no longer as planned refuses the whole replace).
    """
    untranslatable = {
        int(row[0]) for row in project.db.execute("select id from segments where untranslatable = 1")
    }
    wanted = None if segment_ids is None else set(segment_ids)
    segments = [
        s for s in (project.segments() if held is None else held)
        if s.id not in untranslatable and (wanted is None or s.id in wanted)
    ]
    return plan_in(segments, query, project.config.target_lang)


def plan_in(segments: Sequence[Segment], query: ReplaceQuery, target_lang: str) -> list[SegmentChange]:
    """The changes in these segments' targets (the pure part of `plan_replace`), a unit its file
    marks untranslatable left alone: it reads no database, so the editor runs it off the drawing
    thread over the segments it holds."""
    find = _finder(query, target_lang)
    changes = []
    for segment in segments:
        if not segment.target or segment.untranslatable:
            continue
        replacements = tuple(find(segment.target))
        if not replacements:
            continue
        # The target as it would be stored (terminal control cleaned away, as every write
        # does): a replacement that changes nothing once cleaned is no change to preview.
        after = editing.as_stored(_apply(segment.target, replacements))
        if after != segment.target:
            changes.append(SegmentChange(segment.id, segment.position, segment.target, after, replacements))
    return changes


def _finder(query: ReplaceQuery, target_lang: str) -> Callable[[str], Iterable[Replacement]]:
    """What finds the query's matches in one target, each with the text proposed for it."""
    if not query.find.strip():
        raise InputError.worded(N_("the text to replace is empty"))
    if query.mode == "forms":
        return _forms_finder(query, target_lang)
    pattern = text_pattern(TextQuery(query.find, "target", query.mode, query.case_sensitive),
                           whole_word=query.whole_word)
    return _pattern_finder(pattern, query)


def target_rewriter(query: ReplaceQuery, target_lang: str) -> Callable[[str], str | None]:
    """The target the replace makes of a text, or None where it changes nothing: the rule
    `plan_in` applies to segments, for texts that are not segments (a memory's targets,
    `memory replace`), each match taking the form proposed for it."""
    find = _finder(query, target_lang)

    def rewrite(text: str) -> str | None:
        replacements = tuple(find(text))
        if not replacements:
            return None
        after = editing.as_stored(_apply(text, replacements))
        return after if after != text else None

    return rewrite


def replace_in_memory(
    store: MemoryUpkeep,
    query: ReplaceQuery,
    target_lang: str,
    *,
    names: Sequence[str] = (),
    dry_run: bool = False,
    each: Callable[[TargetChange], None] | None = None,
    kept: int | None = None,
) -> TargetReplace:
    """`query` in the targets of the imported memories `names` (every one when empty), as one
    step `memory undo` takes back: exact text, case kept, asked of SQLite directly; any other
    mode (word forms, a pattern, whole words) through `target_rewriter`. The CLI's `memory
    replace` and the TUI's "memory: replace in imported memories" both come here, for a
    project's own memory and a team server's alike (`store`, `team.open_upkeep`); `each` and
    `kept` as `memory.replace_targets` takes them (a face lists the changes as they come, or
    keeps the few it shows)."""
    from workbench.core.memory import replace_targets

    exact = query.mode == "plain" and not query.whole_word and query.case_sensitive
    rewrite = None if exact else target_rewriter(query, target_lang)
    return replace_targets(store, query.find, query.replacement, names=names, dry_run=dry_run, rewrite=rewrite,
                           each=each, kept=kept)


def choose_form(change: SegmentChange, index: int, text: str) -> SegmentChange:
    """`change` with its `index`-th match replaced by `text` (a form the translator chose)."""
    if not 0 <= index < len(change.replacements):
        raise InputError.worded(N_("segment {position} has no match {number}"), position=change.position, number=index + 1)
    replacements = list(change.replacements)
    replacements[index] = replace(replacements[index], replacement=text)
    return SegmentChange(change.segment_id, change.position, change.before,
                         editing.as_stored(_apply(change.before, replacements)), tuple(replacements))


def choose_forms(changes: Sequence[SegmentChange], chosen: dict[int, str]) -> list[SegmentChange]:
    """The plan with the forms chosen by match number (1-based, in plan order, as a listing numbers them)."""
    numbers = itertools.count(1)
    located = {next(numbers): (c, i) for c, change in enumerate(changes) for i in range(len(change.replacements))}
    unknown = sorted(set(chosen) - set(located))
    if unknown:
        raise InputError.worded(N_("the plan has {count} matches; there is no match {number}"), count=len(located), number=unknown[0])
    result = list(changes)
    for number, text in sorted(chosen.items()):
        where, index = located[number]
        result[where] = choose_form(result[where], index, text)
    return result


def apply_replace(project: Project, changes: Sequence[SegmentChange]) -> int:
    """Write the planned changes as one undo step; returns how many segments changed."""
    return editing.set_targets(project, [(c.segment_id, c.before, c.after) for c in changes], action="replace")


def _apply(text: str, replacements: Sequence[Replacement]) -> str:
    pieces: list[str] = []
    position = 0
    for r in replacements:
        pieces.append(text[position:r.start])
        pieces.append(r.replacement)
        position = r.end
    pieces.append(text[position:])
    return "".join(pieces)


SECONDS_PER_CHARACTER = 1e-6
"""What a replace's pattern may spend in all, on top of `REGEX_SECONDS`: a second of CPU a
million characters searched (a pattern a person means runs a hundred times faster). Each
search past `REGEX_SECONDS` has 10 ms (`search_with_deadline`), but a pattern slow under that
(`(\\w+\\s?)*\\d`: 1-7 ms a target) took hours over a million targets without a word."""


def _pattern_finder(pattern: Any, query: ReplaceQuery) -> Any:
    deadline = time.monotonic() + REGEX_SECONDS
    spent, searched = 0.0, 0

    def matches(text: str) -> Iterable[Any]:
        # the time in the pattern is this thread's CPU, so a busy machine does not count
        nonlocal spent, searched
        searched += len(text)
        position = 0
        while position <= len(text):
            started = time.thread_time()
            match = search_with_deadline(pattern, text, position, deadline)
            spent += time.thread_time() - started
            if spent > (allowed := REGEX_SECONDS + searched * SECONDS_PER_CHARACTER):
                raise InputError.worded(
                    N_("the regular expression {pattern!r} was stopped after {seconds:.1f} s (allowed: {allowed:.1f} s "
                       "for the text searched so far); nothing was changed; simplify it"),
                    pattern=query.find, seconds=spent, allowed=allowed,
                )
            if not match:
                return
            yield match
            position = match.end() if match.end() > match.start() else match.end() + 1

    if query.mode == "plain":
        # A plain text (escaped, never empty) in the standard `re`: no backtracking to bound, and
        # no empty match to step over, so C's `finditer` finds the same matches without a
        # generator resumed per match and per segment (most targets hold none).
        def find_plain(text: str) -> Iterable[Replacement]:
            return [Replacement(m.start(), m.end(), m.group(), query.replacement) for m in pattern.finditer(text)]

        return find_plain

    def find(text: str) -> Iterable[Replacement]:
        for match in matches(text):
            if match.end() == match.start():
                continue  # an empty match (`x*`) replaces nothing
            if query.mode == "regex":
                try:
                    new = match.expand(query.replacement)
                except (re.error, regex.error, IndexError) as exc:
                    raise InputError.worded(N_("the replacement {replacement!r} does not fit the pattern ({exc})"), replacement=query.replacement, exc=exc) from None
            else:
                new = query.replacement
            yield Replacement(match.start(), match.end(), match.group(), new)

    return find


def _forms_finder(query: ReplaceQuery, lang: str) -> Any:
    forms = _forms_of(query.replacement, lang)

    acronym = _in_capitals(query.find)

    def find(text: str) -> Iterable[Replacement]:
        for start, end in form_spans(text, query.find, lang):
            found = text[start:end]
            if query.case_sensitive and found[:1].isupper() != query.find.strip()[:1].isupper():
                continue
            # The capitals of an abbreviation («БД», «ПО») are its spelling, not the text's emphasis:
            # «база данных» for «БД» stays lower case, capitalised only where a sentence starts.
            model = ("X" if _opens_sentence(text, start) else "x") if acronym else found
            proposed = offered_forms(found, forms, lang)
            if proposed:
                (text_form, label), *others = proposed
                alternatives = tuple(dict.fromkeys(_like(model, t) for t, _ in others if t != text_form))
                rest = tuple(dict.fromkeys(
                    _like(model, f.text) for f in forms if _like(model, f.text) not in (_like(model, text_form), *alternatives)
                ))
                yield Replacement(start, end, found, _like(model, text_form), alternatives, label, rest)
            else:
                yield Replacement(start, end, found, _like(model, query.replacement))

    return find


def _forms_of(replacement: str, lang: str) -> list[InflectedForm]:
    try:
        return inflect(replacement, lang)
    except TermbaseError:
        return []


def offered_forms(found: str, forms: Sequence[InflectedForm], lang: str) -> list[tuple[str, str]]:
    """The forms of the replacement that fit the grammar of `found`, likeliest first: `(text, "case number")`."""
    if not forms or primary_language(lang) != "ru":
        return []
    readings = grammar_of(found)
    by_key = {(f.case, f.number): f.text for f in forms}
    offered: list[tuple[str, str]] = []
    for case, number in readings:
        text = by_key.get((case, number))
        if text is not None and all(text != t for t, _ in offered):
            offered.append((text, f"{case} {number}"))
    return offered


def grammar_of(phrase: str) -> list[tuple[str, str]]:
    """The `(case, number)` readings a Russian noun phrase may have, likeliest first.

    The words that agree must all allow the reading (so «рабочих клубов» is
    genitive plural, though «рабочих» alone might be prepositional too); the
    first word that allows none of the readings so far is a dependent whose
    case stays put («клубу рабочих», «нет клуба рабочих»: the genitive of
    «рабочих» is no say in the phrase's dative or genitive singular), and so
    is everything after it. Readings are ranked by the summed pymorphy3
    scores of their parses.
    """
    from termbase.morphology import RussianLemmatizer, lemmatizer_for

    lemmatizer = lemmatizer_for("ru")
    assert isinstance(lemmatizer, RussianLemmatizer)
    common: dict[tuple[str, str], float] | None = None
    for token, _, _ in token_spans(phrase):
        if not token[:1].isalpha():
            continue
        scores: dict[tuple[str, str], float] = {}
        for parse in lemmatizer.parses(token.lower()):
            if parse.tag.POS not in _NOMINAL:
                continue
            case, number = _CASE_GRAMMEMES.get(str(parse.tag.case)), _NUMBERS.get(str(parse.tag.number))
            if case and number:
                scores[(case, number)] = scores.get((case, number), 0.0) + parse.score
        if not scores:
            continue  # a preposition or a word pymorphy3 does not know: no say in the reading
        agreeing = scores if common is None else {k: common[k] + v for k, v in scores.items() if k in common}
        if not agreeing:
            break  # a dependent (a genitive after its noun) and what follows it
        common = agreeing
    return sorted(common or {}, key=lambda key: -(common or {})[key])


def _in_capitals(typed: str) -> bool:
    """`typed` is written in capitals, as an abbreviation is («БД», «ОС»), not a capitalised word."""
    letters = [c for c in typed if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but an opening quote or bracket stands between `start` and a sentence end (or the text's start)."""
    before = text[:start].rstrip().rstrip("«“„\"'([")
    return not before or before.endswith((".", "!", "?", "…"))


def _like(found: str, replacement: str) -> str:
    """The replacement in the letter case of what it replaces (`Клубов` -> `Кружков`, `КЛУБОВ` -> `КРУЖКОВ`)."""
    if len(found) > 1 and found.isupper():
        return replacement.upper()
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
