"""`length-ratio`: a translation far longer or shorter than this project's translations usually are.

No fixed constant: Russian runs 10-20 % longer than English on average, but a
project of terse headings or of legal prose has its own norm. We take the log
of target/source length for every segment long enough to say something, and
flag those whose robust z-score (distance from the median in MADs, Iglewicz
and Hoaglin's modified z) exceeds the threshold. Short segments vary more, so
their distance is weighted down in proportion to their length (see `weight`). The MAD has a floor so a very uniform project does not flag
ordinary variation, and projects too small for statistics fall back to a
prior centred on a ratio of 1.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterator

from workbench.core.checks.base import CheckContext, CheckSpec, Finding, register
from workbench.wording import N_, phrase, worded

SPECS = (
    CheckSpec(
        "length-ratio",
        "warning",
        N_("unusual length"),
        "The translation is far longer or shorter than usual for this project.",
        options={"min-length": 40, "threshold": 3.5, "min-segments": 30},
        project_wide=True,
    ),
)

_MAD_TO_SIGMA = 1.4826
"""MAD x 1.4826 estimates the standard deviation of a normal distribution."""
_MIN_SCALE = 0.12
"""Floor of the spread (in log ratio): ~12 % variation is never remarkable on its own."""
_SMOOTHING = 10
"""Characters added to both lengths so one-word differences in short texts weigh little."""
_PRIOR_SCALE = 0.25
"""Spread assumed when the project has too few segments to measure its own."""
_REFERENCE_LENGTH = 100
"""Segment length (characters, shorter side) at which a residual counts at face value."""


def log_ratio(source_length: int, target_length: int) -> float:
    """The log of the length ratio, from the lengths of the stripped texts."""
    return math.log((target_length + _SMOOTHING) / (source_length + _SMOOTHING))


def weight(source_length: int, target_length: int) -> float:
    """How much a segment's log ratio says: short texts vary more, so their deviations shrink.

    A heading of three words may be rendered by eight without anything being
    wrong, so residuals are scaled by the shorter side's length relative to a
    100-character reference: a 25-character heading must stray four times as
    far as a sentence to be flagged. (Sampling variance alone would give the
    square root; measured on real EN-RU documentation, short segments vary
    more than that, since headings and labels are rendered freely.) Above the
    reference, translators' style dominates and does not average out, so
    longer segments count at face value, not more.
    """
    shorter = min(source_length, target_length) + _SMOOTHING
    return min(1.0, shorter / _REFERENCE_LENGTH)


@register("lengths", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    min_length = ctx.option("length-ratio", "min-length")
    threshold = ctx.option("length-ratio", "threshold")
    min_segments = ctx.option("length-ratio", "min-segments")
    eligible = []
    for seg in ctx.walk(ctx.segments):  # each side stripped once: this runs on every segment
        source_length, target_length = len(seg.source.strip()), len(seg.target.strip())
        if source_length and target_length and max(source_length, target_length) >= min_length:
            eligible.append((seg, log_ratio(source_length, target_length), weight(source_length, target_length)))
    if not eligible:
        return
    if len(eligible) >= min_segments:
        centre = statistics.median(ratio for _, ratio, _ in eligible)
        residuals = [abs(ratio - centre) * w for _, ratio, w in eligible]
        scale = max(_MAD_TO_SIGMA * statistics.median(residuals), _MIN_SCALE)
    else:
        centre, scale = 0.0, _PRIOR_SCALE
    usual = math.exp(centre)
    for seg, ratio, w in eligible:
        z = (ratio - centre) * w / scale
        if abs(z) <= threshold:
            continue
        factor = math.exp(ratio) / usual
        if factor >= 1:
            how = phrase(N_("{factor} times as long as usual"), factor=f"{factor:.1f}")
        else:
            how = phrase(N_("only {share} of the usual length"), share=f"{factor:.0%}")
        yield Finding(
            seg.position,
            "length-ratio",
            "warning",
            **worded(
                N_("The translation is {how} for this project ({target} characters for {source} in the "
                   "source; translations here usually run {usual} x the source). "
                   "Check for a missing or extra sentence."),
                how=how, target=len(seg.target.strip()), source=len(seg.source.strip()), usual=f"{usual:.2f}",
            ),
            source_spans=((0, len(seg.source)),),
            target_spans=((0, len(seg.target)),),
        )
