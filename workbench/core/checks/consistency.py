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
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from rapidfuzz import fuzz

from workbench.core.checks.base import REGISTRY, CheckContext, CheckSpec, Finding, register
from workbench.core.checks.textutil import consistency_key, has_letters
from workbench.core.project import Segment
from workbench.wording import N_, Wording, segments_phrase, worded

SPECS = (
    CheckSpec(
        "inconsistent-target",
        "warning",
        N_("inconsistent translation"),
        "The same source text is translated differently elsewhere.",
        project_wide=True,
    ),
    CheckSpec(
        "inconsistent-source",
        "info",
        N_("one translation of different sources"),
        "The same translation is used for different source texts.",
        options={"min-words": 3, "near-duplicate": 90},
        project_wide=True,
    ),
)


@register("consistency", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    keyed = [
        (seg, consistency_key(seg.source), consistency_key(seg.target))
        for seg in ctx.segments
        if seg.target.strip()
    ]
    ctx.advance(len(ctx.segments))
    if "inconsistent-target" in checks:
        yield from _departures(
            keyed, by=_source_key, other=_target_key, check="inconsistent-target",
            describe=_target_message,
        )
    if "inconsistent-source" in checks:
        min_words = ctx.option("inconsistent-source", "min-words")
        near = ctx.option("inconsistent-source", "near-duplicate")
        # A key is its words joined by single spaces: counting the spaces counts the words.
        long_enough = [k for k in keyed if (k[2].count(" ") + 1 if k[2] else 0) >= min_words]
        yield from _departures(
            long_enough,
            by=_target_key,
            other=_source_key,
            check="inconsistent-source",
            describe=_source_message,
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
    other: Callable[[Keyed], str],
    check: str,
    describe: Callable[[Segment, list[int], list[Keyed]], dict[str, Any]],
    near_duplicate: float | None = None,
) -> Iterator[Finding]:
    """Group on one side's key; within a group, report segments off the majority of the other."""
    groups: dict[str, list[Keyed]] = defaultdict(list)
    for item in keyed:
        groups[by(item)].append(item)
    for key, members in groups.items():
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
        majority_positions = [item[0].position for item in members if other(item) == majority]
        for item in members:
            if other(item) != majority and not (
                near_duplicate is not None and _ocr_variants(majority, other(item), near_duplicate)
            ):
                seg = item[0]
                yield Finding(
                    seg.position,
                    check,
                    REGISTRY[check].default_severity,
                    **describe(seg, majority_positions, members),
                    source_spans=((0, len(seg.source)),),
                    target_spans=((0, len(seg.target)),),
                )


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


def _target_message(seg: Segment, majority: list[int], members: list[Keyed]) -> dict[str, Any]:
    usual = next(item[0] for item in members if item[0].position == majority[0])
    return worded(N_("This source is also in {where}, translated there as “{usual}”; "
                     "here it is translated differently."),
                  where=_positions(majority), usual=_excerpt(usual.target))


def _source_message(seg: Segment, majority: list[int], members: list[Keyed]) -> dict[str, Any]:
    usual = next(item[0] for item in members if item[0].position == majority[0])
    return worded(N_("This translation is also used in {where} for a different source, “{usual}”; "
                     "one of the two may be a copy-paste slip."),
                  where=_positions(majority), usual=_excerpt(usual.source))
