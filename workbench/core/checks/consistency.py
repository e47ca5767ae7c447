"""`inconsistent-target` and `inconsistent-source`: one text, two renderings.

Segments are compared after folding case, spaces, punctuation, ё and quote
variants (`textutil.consistency_key`), so "The club." and "the club" are the
same source. The majority rendering is taken as the intended one and each
segment that departs from it is reported, naming where the majority is; on a
tie the earliest rendering wins, so the report is stable.

`inconsistent-source` (one translation for different sources) needs a target
of a few words, since short targets ("Да.", "Там же.") legitimately serve many
sources, and ignores sources that differ only by OCR noise (the same words,
one or two of them misspelt), which say nothing about the translation; a
different word ("fell" / "declined") is a different source.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from typing import Any

from rapidfuzz import fuzz

from workbench.core.checks.base import REGISTRY, CheckContext, CheckSpec, Finding, register
from workbench.core.checks.textutil import consistency_key, has_letters
from workbench.core.project import Segment
from workbench.wording import N_, Wording, phrase, phrase_n, segments_phrase, worded

PROJECT, DOCUMENT = 0, 1
"""The `scope` option's values (`config.WORDED_CHOICES`: "project", "document")."""

SPECS = (
    CheckSpec(
        "inconsistent-target",
        "warning",
        N_("inconsistent translation"),
        "The same source text is translated differently elsewhere.",
        options={"scope": PROJECT},
        project_wide=True,
    ),
    CheckSpec(
        "inconsistent-source",
        "info",
        N_("one translation of different sources"),
        "The same translation is used for different source texts.",
        options={"min-words": 3, "near-duplicate": 90, "scope": PROJECT},
        project_wide=True,
    ),
)


@register("consistency", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    keyed = [
        (seg, consistency_key(seg.source), consistency_key(seg.target))
        for seg in ctx.walk(ctx.segments)
        if seg.target.strip()
    ]
    documents = ctx.documents
    if "inconsistent-target" in checks:
        yield from _departures(
            keyed, by=_source_key, per_document=_per_document(ctx, "inconsistent-target"), other=_target_key,
            check="inconsistent-target", describe=partial(_target_message, documents),
        )
    if "inconsistent-source" in checks:
        min_words = ctx.option("inconsistent-source", "min-words")
        near = ctx.option("inconsistent-source", "near-duplicate")
        # A key is its words joined by single spaces: counting the spaces counts the words.
        long_enough = [k for k in keyed if (k[2].count(" ") + 1 if k[2] else 0) >= min_words]
        yield from _departures(
            long_enough,
            by=_target_key,
            per_document=_per_document(ctx, "inconsistent-source"),
            other=_source_key,
            check="inconsistent-source",
            describe=partial(_source_message, documents),
            near_duplicate=near,
        )


Keyed = tuple[Segment, str, str]
"""A segment with its source key and its target key."""


def _source_key(item: Keyed) -> str:
    return item[1]


def _target_key(item: Keyed) -> str:
    return item[2]


def _departures(
    keyed: Sequence[Keyed],
    *,
    by: Callable[[Keyed], str],
    per_document: bool,
    other: Callable[[Keyed], str],
    check: str,
    describe: Callable[[Segment, list[Keyed]], dict[str, Any]],
    near_duplicate: float | None = None,
) -> Iterator[Finding]:
    """Group on one side's key (and the document, `per_document`); within a group, report
    segments off the majority of the other."""
    groups: dict[tuple[int, str], list[Keyed]] = defaultdict(list)
    for item in keyed:
        groups[(item[0].document_id if per_document else 0, by(item))].append(item)
    for (_, key), members in groups.items():
        if len(members) < 2 or not has_letters(key):
            continue
        variants = Counter(other(item) for item in members)
        if len(variants) < 2:
            continue
        first_seen: dict[str, int] = {}
        for i, item in enumerate(members):
            first_seen.setdefault(other(item), i)
        majority = max(variants, key=lambda key: (variants[key], -first_seen[key]))
        if near_duplicate is not None and all(
            _ocr_variants(majority, key, near_duplicate) for key in variants
        ):
            continue
        in_majority = [item for item in members if other(item) == majority]
        for item in members:
            if other(item) != majority and not (
                near_duplicate is not None and _ocr_variants(majority, other(item), near_duplicate)
            ):
                seg = item[0]
                yield Finding(
                    seg.position,
                    check,
                    REGISTRY[check].default_severity,
                    **describe(seg, in_majority),
                    source_spans=((0, len(seg.source)),),
                    target_spans=((0, len(seg.target)),),
                )


def _per_document(ctx: CheckContext, check: str) -> bool:
    return ctx.option(check, "scope") == DOCUMENT


def _ocr_variants(first: str, second: str, threshold: float) -> bool:
    """Do two keys differ only by OCR noise ("attendance fell" / "attendanee fell")?

    Word by word: the same number of words, and every word that differs is a
    near spelling of its counterpart. "Attendance fell" / "Attendance declined"
    differ by a whole word, which is a different source, however similar the
    strings are as a whole.
    """
    if first == second:
        return True
    a, b = first.split(), second.split()
    if len(a) != len(b):
        # OCR split or glued a word ("decentraliza tion"): compare without spaces.
        return fuzz.ratio("".join(a), "".join(b)) >= threshold
    changed = [(x, y) for x, y in zip(a, b) if x != y]
    return len(changed) <= 2 and all(fuzz.ratio(x, y) >= threshold - 15 for x, y in changed)


def _positions(positions: list[int]) -> Wording:
    return segments_phrase(positions)


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _documents(seg: Segment, majority: list[Keyed], names: Mapping[int, str]) -> Wording | None:
    """The other documents the majority rendering is in, or None when it is all in this one."""
    others = list(dict.fromkeys(item[0].document_id for item in majority if item[0].document_id != seg.document_id))
    if not others:
        return None
    first = names.get(others[0], str(others[0]))
    if len(others) == 1:
        return phrase(N_("the document “{name}”"), name=first)
    return phrase_n("the document “{name}” and {more} other", "the document “{name}” and {more} others",
                    len(others) - 1, name=first, more=len(others) - 1)


def _target_message(names: Mapping[int, str], seg: Segment, majority: list[Keyed]) -> dict[str, Any]:
    usual = majority[0][0]
    where = _positions([item[0].position for item in majority])
    documents = _documents(seg, majority, names)
    if documents is not None:
        return worded(N_("This source is also in {where} ({documents}), translated there as “{usual}”; "
                         "here it is translated differently."),
                      where=where, documents=documents, usual=_excerpt(usual.target))
    return worded(N_("This source is also in {where}, translated there as “{usual}”; "
                     "here it is translated differently."),
                  where=where, usual=_excerpt(usual.target))


def _source_message(names: Mapping[int, str], seg: Segment, majority: list[Keyed]) -> dict[str, Any]:
    usual = majority[0][0]
    where = _positions([item[0].position for item in majority])
    documents = _documents(seg, majority, names)
    if documents is not None:
        return worded(N_("This translation is also used in {where} ({documents}) for a different source, "
                         "“{usual}”; one of the two may be a copy-paste slip."),
                      where=where, documents=documents, usual=_excerpt(usual.source))
    return worded(N_("This translation is also used in {where} for a different source, “{usual}”; "
                     "one of the two may be a copy-paste slip."),
                  where=where, usual=_excerpt(usual.source))
