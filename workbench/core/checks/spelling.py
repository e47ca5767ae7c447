"""`spelling`: target words no Hunspell dictionary, project word or term accepts.

The judging is `workbench.core.spelling.Speller` (cached per word); this
family only walks the segments and words the findings. One finding per
segment lists every misspelt word, so a sentence with three typos is one line
to act on. Suggestions are left to the editor, which asks Hunspell for one
word at a time: asking for every unknown name of a book would cost a tenth
of a second each and make `workbench check` slow.

On two processes (`parallel`) the family runs whole, in one of them, rather
than in runs of segments taken by both: the speller's cache of judged words
starts cold in each process, and a project's vocabulary recurs in every run of
segments, so both would judge nearly every word again (a quarter of a second
of CPU at 100,000 pairs, helper, busy machine, session 14).
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.core.checks.base import CheckContext, CheckSpec, Finding, register
from workbench.wording import N_, worded

SPECS = (
    CheckSpec(
        "spelling",
        "warning",
        N_("spelling"),
        "A target word is not in the Hunspell dictionary, the project's dictionary.txt or the termbase.",
    ),
)


@register("spelling", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    speller = ctx.speller
    segments = ctx.segments
    if speller is None:
        return
    for seg in ctx.walk(segments):
        if not seg.target.strip():
            continue
        wrong = speller.misspellings(seg.target, seg.source)
        if not wrong:
            continue
        described = ", ".join(f"«{m.word}»" for m in wrong)
        yield Finding(
            seg.position,
            "spelling",
            "warning",
            **worded(N_("Possibly misspelt: {words}. Add a word to the project dictionary if it is right."),
                     words=described),
            target_spans=tuple((m.start, m.end) for m in wrong),
        )


