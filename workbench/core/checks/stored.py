"""`ocr-suspect` and `alignment-low-confidence`: findings made at import and alignment.

Cleanup and the aligner store these in `segment_findings` (they know things
the text alone no longer shows: the raw OCR line, the alignment score).
Reporting them here puts every finding an editor acts on in one list, with
the same switches, severities and acceptances as the computed checks.
"""

from __future__ import annotations

import re
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
from workbench.core.project import Segment
from workbench.wording import N_, Wording, phrase

SPECS = (
    CheckSpec("ocr-suspect", "warning", N_("OCR error"), "Text that looks like an OCR error (found at import)."),
    CheckSpec(
        "alignment-low-confidence",
        "warning",
        N_("doubtful alignment"),
        "The aligner is unsure that source and target match (found at alignment).",
    ),
)


@register("stored", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    for seg in ctx.walk(ctx.segments):
        for stored in seg.findings:
            if stored.check not in checks or (stored.check == "alignment-low-confidence" and seg.locked):
                # A locked pair is one a person said is aligned right: the aligner's doubt is
                # answered (a merge, split or move drops it too; unlocked, it is said again).
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
                wording=_reworded(seg, stored.check, stored.message),
                source_spans=(span,) if has_span and stored.side == "source" else (),
                target_spans=(span,) if has_span and stored.side == "target" else (),
            )


OCR_MESSAGE = re.compile(
    r"suspected OCR garbage '(?P<token>.*)' \((?P<reason>[^()]*)\)"
    r"(?:; did you mean '(?P<suggestion>.*)'\?|; no likely correction)"
)
"""The shape `workbench.core.ingest.suspects` gives its OCR findings (a test keeps the two in step)."""

OCR_REASONS = {
    "a stray symbol inside a word": N_("a stray symbol inside a word"),
    "digits inside a word": N_("digits inside a word"),
    "Latin and Cyrillic letters mixed in one word": N_("Latin and Cyrillic letters mixed in one word"),
    "mixed case inside a word": N_("mixed case inside a word"),
    "looks like words run together": N_("looks like words run together"),
    "'rn' read for 'm'": N_("'rn' read for 'm'"),
    "'cb' read for 'ch'": N_("'cb' read for 'ch'"),
    "'vv' read for 'w'": N_("'vv' read for 'w'"),
    "a letter OCR often misreads": N_("a letter OCR often misreads"),
    "letters misread, dropped or added": N_("letters misread, dropped or added"),
    "a misread that makes another word": N_("a misread that makes another word"),
    "a mark between two words where a space belongs": N_("a mark between two words where a space belongs"),
    "no word, among words no dictionary knows": N_("no word, among words no dictionary knows"),
    "a stray symbol at a word's edge": N_("a stray symbol at a word's edge"),
    "a speck read before a word": N_("a speck read before a word"),
    "letters read for digits in a number": N_("letters read for digits in a number"),
    "the large opening letter lost": N_("the large opening letter lost"),
    "page debris, no word of the text": N_("page debris, no word of the text"),
}


def _reworded(seg: Segment, check: str, message: str) -> Wording | None:
    """Stored messages are English text; the two kinds we make are worded again for the TUI."""
    if check == "alignment-low-confidence":
        return _low_confidence(seg)
    found = OCR_MESSAGE.fullmatch(message.strip())
    if check != "ocr-suspect" or found is None:
        return None
    reason = found["reason"]
    why = phrase(OCR_REASONS[reason]) if reason in OCR_REASONS else reason
    if found["suggestion"]:
        return phrase(N_("Suspected OCR garbage “{token}” ({reason}); did you mean “{suggestion}”?"),
                      token=found["token"], reason=why, suggestion=found["suggestion"])
    return phrase(N_("Suspected OCR garbage “{token}” ({reason}); no likely correction."),
                  token=found["token"], reason=why)


def _low_confidence(seg: Segment) -> Wording | None:
    """The aligner's doubt, worded again from the pair (the stored text is English only)."""
    if seg.confidence is None or seg.source_range is None or seg.target_range is None:
        return None
    kind = f"{seg.source_range[1] - seg.source_range[0]}-{seg.target_range[1] - seg.target_range[0]}"
    return phrase(N_("The aligner is unsure of this {kind} pair (confidence {value}); "
                     "check that source and target match."), kind=kind, value=f"{seg.confidence:.2f}")
