"""`tag-mismatch`: the target's inline codes are not the source's.

A target that loses a code loses formatting or a link in the file it goes
back to; an extra one comes from nowhere; a code that moved may be right
(word order differs between languages) but a closing half before its
opening half never is. Xbench and Okapi CheckMate report the same three.
Placeholders are compared as tokens (`⟦1⟧`, `⟦/1⟧`, `⟦2/⟧`, see
`workbench.tags`), so what a code stands for never matters here.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.core.checks.base import CheckContext, CheckSpec, Finding, register
from workbench.tags import Tag, compare_tags
from workbench.wording import N_, Wording, phrase, worded

SPECS = (
    CheckSpec(
        "tag-mismatch",
        "error",
        N_("tags differ"),
        "An inline code (tag) of the source is missing from the target, is extra there, or is out of order.",
    ),
)


@register("tags", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    for seg in ctx.segments:
        if not seg.target.strip() or ("⟦" not in seg.source and "⟦" not in seg.target):
            continue
        difference = compare_tags(seg.source, seg.target)
        if not difference:
            continue
        parts: list[Wording] = []
        if difference.missing:
            parts.append(phrase(N_("missing {tags}"), tags=_tokens(difference.missing)))
        if difference.extra:
            parts.append(phrase(N_("extra {tags}"), tags=_tokens(difference.extra)))
        if difference.reordered:
            parts.append(phrase(N_("out of order {tags}"), tags=_tokens(difference.reordered)))
        yield Finding(
            seg.position,
            "tag-mismatch",
            "error",
            **worded(N_("tags: {differences}"), differences=tuple(parts)),
            source_spans=tuple((t.start, t.end) for t in difference.missing),
            target_spans=tuple((t.start, t.end) for t in (*difference.extra, *difference.reordered)),
        )
    ctx.advance(len(ctx.segments))


def _tokens(tags: tuple[Tag, ...]) -> str:
    return " ".join(t.token for t in tags)
