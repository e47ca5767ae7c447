"""Is there a translation at all? `untranslated` and `same-as-source`.

`same-as-source` wants words: a target that repeats "1923.", "§ 4", a link, hashtags or a code
such as "PDF_417" is normal, one that repeats an English sentence (or a name: the reviewer
accepts it) is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.checks.base import CheckContext, CheckSpec, Finding, register
from workbench.core.checks.textutil import ADDRESS, is_copy
from workbench.wording import N_, worded

_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word of two letters or more: without one, a segment is a label or a number."""
_NO_WORDS = re.compile(rf"{ADDRESS.pattern}|(?<![\w&])[#@]\w[\w.-]*", re.IGNORECASE)
"""An address, a hashtag or a handle: letters, but no word to translate."""
_CODE_TOKEN = re.compile(r"[\d_]")
"""A token with a digit or "_" in it: a code or a version ("PDF_417", "v13.0"), not a word."""


def _has_words(source: str) -> bool:
    """Whether the source holds a word to translate (`_WORD`) outside addresses, hashtags and
    handles (`_NO_WORDS`) and outside names of letters joined to digits or by "_" ("PDF_417",
    "v13.0"): a label ("B.1.1."), a link alone or such a code is written as it is in the
    reader's language, so a copy of it is no untranslated text."""
    return any(_WORD.search(token) for token in _NO_WORDS.sub(" ", source).split() if not _CODE_TOKEN.search(token))


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
    for seg in ctx.walk(ctx.segments):
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
            and _has_words(source)  # "B.1.1.", a link alone: nothing to translate
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
