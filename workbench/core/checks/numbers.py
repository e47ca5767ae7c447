"""`number-mismatch`: the numbers of the source and the target differ as values.

Reading and pairing are the core number reader's (`workbench.core.number_reader`):
both sides are read into tokens with roles (a count, a month, a time of day, a
decade), compared as multisets, with number words, names and unit conversions
standing in for what is left. This module only turns what is left over into a
finding whose message explains it ("300 thousand ≠ 300 million") and names
the conversions it assumed ("3 p.m. = 15:00 (12-hour clock)").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from workbench.core.checks.base import CheckContext, CheckSpec, Finding, register, strung_together
from workbench.core.checks.textutil import mask_addresses
from workbench.core.number_reader import NumberComparison, compare, readers, sentence, wording
from workbench.core.project import Segment
from workbench.tags import mask_tags

SPECS = (
    CheckSpec(
        "number-mismatch",
        "error",
        "A number in the source is missing or different in the target, or the reverse.",
    ),
)

_BATCH = 2000


def _part(ctx: CheckContext, checks: frozenset[str], segments: Sequence[Segment]) -> list[Finding]:
    """The findings over a run of segments: each segment's numbers are compared on their own."""
    return list(_walk(ctx, segments))


def _walk(ctx: CheckContext, segments: Sequence[Segment]) -> Iterator[Finding]:
    # The readers of the language pair, shared by every run of segments this process takes
    # (`parallel`): each keeps the values of the pieces of digits it has read.
    source_reader, target_reader = readers(ctx.source_lang, ctx.target_lang)
    for i, seg in enumerate(segments, start=1):
        if i % _BATCH == 0:
            ctx.advance(_BATCH)
        if not seg.target.strip():
            continue  # `untranslated` says it better
        # Placeholders blanked to spaces: `⟦12⟧` is a tag, not the number 12; so are addresses.
        result = compare(mask_addresses(mask_tags(seg.source)), mask_addresses(mask_tags(seg.target)),
                         source_reader, target_reader)
        if not result.agrees:
            yield finding(seg.position, result)
    ctx.advance(len(segments) % _BATCH)


@register("numbers", SPECS, part=_part, finish=strung_together)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    return _walk(ctx, ctx.segments)


def finding(position: int, result: NumberComparison) -> Finding:
    """The `number-mismatch` finding for one segment's comparison."""
    said = wording(result)
    return Finding(
        position,
        "number-mismatch",
        "error",
        sentence(said),
        source_spans=tuple(t.span for t in result.missing),
        target_spans=tuple(t.span for t in result.extra),
        wording=said,
    )
