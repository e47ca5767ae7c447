"""Is there a translation at all? `untranslated` and `same-as-source`.

`same-as-source` wants letters: a target that repeats "1923." or "§ 4" is
normal, one that repeats an English sentence is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.checks.base import CheckContext, CheckSpec, Finding, register
from workbench.core.checks.textutil import is_copy
from workbench.wording import N_, worded

_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word of two letters or more: without one, a segment is a label or a number."""

SPECS = (
    CheckSpec("untranslated", "error", N_("untranslated"), "The segment has a source but no translation."),
    CheckSpec(
        "same-as-source",
        "warning",
        N_("same as the source"),
        "The translation is identical to the source text.",
    ),
)


@register("completeness", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    for seg in ctx.segments:
        source, target = seg.source, seg.target
        if not source.strip():
            continue
        if not target.strip():
            if "untranslated" in checks:
                yield Finding(
                    seg.position,
                    "untranslated",
                    "error",
                    **worded(N_("The segment has no translation yet.")),
                    source_spans=((0, len(source)),),
                )
            continue
        if (
            "same-as-source" in checks
            and is_copy(source, target)
            and _WORD.search(source)  # "B.1.1.", "A.5.": a label has nothing to translate
        ):
            yield Finding(
                seg.position,
                "same-as-source",
                "warning",
                **worded(N_("The translation is the source text copied unchanged; translate it "
                            "or accept the finding if it is meant to stay as it is (a name, a title).")),
                source_spans=((0, len(source)),),
                target_spans=((0, len(target)),),
            )
    ctx.advance(len(ctx.segments))
