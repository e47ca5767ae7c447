"""`ocr-suspect` and `alignment-low-confidence`: findings made at import and alignment.

Cleanup and the aligner store these in `segment_findings` (they know things
the text alone no longer shows: the raw OCR line, the alignment score).
Reporting them here puts every finding an editor acts on in one list, with
the same switches, severities and acceptances as the computed checks.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.core.checks.base import (
    REGISTRY,
    SEVERITY_RANK,
    CheckContext,
    CheckSpec,
    Finding,
    Severity,
    register,
)
from workbench.core.checks.wording import N_, Wording, phrase
from workbench.core.model import Segment

SPECS = (
    CheckSpec("ocr-suspect", "warning", "Text that looks like an OCR error (found at import)."),
    CheckSpec(
        "alignment-low-confidence",
        "warning",
        "The aligner is unsure that source and target match (found at alignment).",
    ),
)


@register("stored", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    for seg in ctx.segments:
        for stored in seg.findings:
            if stored.check not in checks:
                continue
            severity: Severity = (
                stored.severity  # type: ignore[assignment]
                if stored.severity in SEVERITY_RANK
                else REGISTRY[stored.check].default_severity
            )
            message = stored.message[:1].upper() + stored.message[1:]
            if stored.suggestion and stored.suggestion not in message:
                message = f"{message.rstrip('.')} (perhaps “{stored.suggestion}”)."
            elif not message.endswith((".", "?", "!")):
                message += "."
            text = seg.source if stored.side == "source" else seg.target
            span = (max(0, stored.start), min(len(text), stored.end))
            has_span = span[1] > span[0]
            yield Finding(
                seg.position,
                stored.check,
                severity,
                message,
                wording=_low_confidence(seg) if stored.check == "alignment-low-confidence" else None,
                source_spans=(span,) if has_span and stored.side == "source" else (),
                target_spans=(span,) if has_span and stored.side == "target" else (),
            )
    ctx.advance(len(ctx.segments))


def _low_confidence(seg: Segment) -> Wording | None:
    """The aligner's doubt, worded again from the pair (the stored text is English only)."""
    if seg.confidence is None or seg.source_range is None or seg.target_range is None:
        return None
    kind = f"{seg.source_range[1] - seg.source_range[0]}-{seg.target_range[1] - seg.target_range[0]}"
    return phrase(N_("The aligner is unsure of this {kind} pair (confidence {value}); "
                     "check that source and target match."), kind=kind, value=f"{seg.confidence:.2f}")
