"""`tag-mismatch`: the target's inline codes are not the source's.

A target that loses a code loses formatting or a link in the file it goes
back to; an extra one comes from nowhere; a code that moved may be right
(word order differs between languages) but a closing half before its
opening half never is. Xbench and Okapi CheckMate report the same three.
Placeholders are compared as tokens (`⟦1⟧`, `⟦/1⟧`, `⟦2/⟧`, see
`workbench.tags`), so what a code stands for never matters here.

An ICU plural or select message (`{count, plural, one {⟦1/⟧ car} other {⟦2/⟧
cars}}`, as Angular, FormatJS and Java write them) has as many branches as its
language has plural forms: Russian's one/few/many/other branches repeat the
codes English's one/other hold, and the codes a branch adds are numbered anew
(`⟦3/⟧`). When the only difference is such codes and every branch of the
target holds the codes of the source's branch of the same key (else its
`other`), as many of each kind, the message is right (usersweep25: all 9
`tag-mismatch` errors of autowp's Angular file were this).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.checks.base import CheckContext, CheckSpec, Finding, register
from workbench.tags import Tag, TagDifference, compare_tags, find_tags
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
    for seg in ctx.walk(ctx.segments):
        if not seg.target.strip() or ("⟦" not in seg.source and "⟦" not in seg.target):
            continue
        difference = compare_tags(seg.source, seg.target)
        if not difference or _branches_agree(seg.source, seg.target, difference):
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


def _tokens(tags: tuple[Tag, ...]) -> str:
    return " ".join(t.token for t in tags)


_ICU_HEAD = re.compile(r"\{\s*[^\s{},]+\s*,\s*(?:plural|select|selectordinal)\s*,")
"""The start of an ICU message with branches: `{count, plural,` (the argument's name, its type)."""
_ICU_KEY = re.compile(r"\s*(?:offset:\s*\d+\s+)?(=?[^\s{}]+)\s*\{")


def _branches(text: str) -> dict[str, str] | None:
    """The top-level branches of an ICU plural/select message filling `text`, by key; None when
    `text` is not one (or its braces do not close)."""
    head = _ICU_HEAD.match(text.strip())
    if head is None:
        return None
    body, at, found = text.strip(), head.end(), {}
    while True:
        key = _ICU_KEY.match(body, at)
        if key is None:
            break
        depth, end = 1, key.end()
        while end < len(body) and depth:
            depth += {"{": 1, "}": -1}.get(body[end], 0)
            end += 1
        if depth:
            return None
        found[key.group(1)] = body[key.end() : end - 1]
        at = end
    return found if found and body[at:].strip() == "}" else None


def _shape(text: str) -> tuple[int, ...]:
    """How many standalone, opening and closing codes `text` holds."""
    kinds = [tag.kind for tag in find_tags(text)]
    return tuple(kinds.count(kind) for kind in ("standalone", "open", "close"))


def _branches_agree(source: str, target: str, difference: TagDifference) -> bool:
    """Whether `difference` is only the codes an ICU message's added branches repeat (module docstring)."""
    if difference.missing or difference.reordered:
        return False
    theirs, ours = _branches(source), _branches(target)
    if not theirs or not ours or "other" not in theirs:
        return False
    return all(_shape(branch) == _shape(theirs.get(key, theirs["other"])) for key, branch in ours.items())
