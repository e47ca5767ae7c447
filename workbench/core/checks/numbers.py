"""`number-mismatch`: the numbers of the source and the target differ as values.

Each side is read into number tokens (see `numerals`); digits and Roman
numerals on one side must find a partner on the other whose possible values
meet. Matching is a maximum bipartite matching, first among the required
tokens, then letting number words, month names and footnote markers stand in
for what is left. A value that is only repeated more often on one side ("in
1923 ... that year" for "in 1923 ... in 1923") is not an alarm: the check is
about wrong numbers, not about style.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence

from workbench.core.checks.base import CheckContext, CheckSpec, Finding, register
from workbench.core.checks.numerals import NumberReader, NumberToken
from workbench.core.tags import mask_tags

SPECS = (
    CheckSpec(
        "number-mismatch",
        "error",
        "A number in the source is missing or different in the target, or the reverse.",
    ),
)

_BATCH = 2000


@register("numbers", SPECS)
def run(ctx: CheckContext, checks: frozenset[str]) -> Iterator[Finding]:
    source_reader = NumberReader(ctx.source_lang)
    target_reader = NumberReader(ctx.target_lang, partner=ctx.source_lang)
    for i, seg in enumerate(ctx.segments, start=1):
        if i % _BATCH == 0:
            ctx.advance(_BATCH)
        if not seg.target.strip():
            continue  # `untranslated` says it better
        # Placeholders blanked to spaces: `⟦12⟧` is a tag, not the number 12.
        missing, extra = compare_numbers(
            mask_tags(seg.source), mask_tags(seg.target), source_reader, target_reader
        )
        if missing or extra:
            yield Finding(
                seg.position,
                "number-mismatch",
                "error",
                _explain(missing, extra),
                source_spans=tuple(t.span for t in missing),
                target_spans=tuple(t.span for t in extra),
            )
    ctx.advance(len(ctx.segments) % _BATCH)


def compare_numbers(
    source: str, target: str, source_reader: NumberReader, target_reader: NumberReader
) -> tuple[list[NumberToken], list[NumberToken]]:
    """(source numbers missing from the target, target numbers not in the source)."""
    src = source_reader.read(source)
    tgt = target_reader.read(target)
    if not src and not tgt:
        return [], []
    src_req = [t for t in src if t.required]
    tgt_req = [t for t in tgt if t.required]
    pairs = _match(src_req, tgt_req)
    paired = set(pairs.values())
    left_src = [t for i, t in enumerate(src_req) if i not in pairs]
    left_tgt = [t for j, t in enumerate(tgt_req) if j not in paired]
    if not left_src and not left_tgt:
        return [], []
    # Number words, months and footnote markers may stand in for what is left.
    src_opt = [t for t in src if not t.required] + source_reader.words(source)
    tgt_opt = [t for t in tgt if not t.required] + target_reader.words(target)
    # (Each matching computed once: in the comprehension's condition it ran once per token.)
    stand_ins = _match(left_src, tgt_opt)
    left_src = [t for i, t in enumerate(left_src) if i not in stand_ins]
    stand_ins = _match(left_tgt, src_opt)
    left_tgt = [t for i, t in enumerate(left_tgt) if i not in stand_ins]
    # A value that occurs on the other side at all is a repetition, not a wrong number.
    src_values = frozenset().union(*(t.values for t in (*src, *src_opt)))
    tgt_values = frozenset().union(*(t.values for t in (*tgt, *tgt_opt)))
    missing = [t for t in left_src if not t.values & tgt_values]
    extra = [t for t in left_tgt if not t.values & src_values]
    return missing, extra


def _match(left: Sequence[NumberToken], right: Sequence[NumberToken]) -> dict[int, int]:
    """Maximum bipartite matching: left index -> right index.

    Greedy pairing is not enough: "1923–24" against "1923–1924" must pair the
    ambiguous "24" with 1924 even if it comes first. Tokens with one and the
    same single value are paired first, in text order: some maximum matching
    always contains such a pair, so a segment holding a table of thousands of
    numbers costs linear time. The few tokens left (ambiguous ones, and those
    without a twin) go through Kuhn's augmenting paths over a value index,
    searched iteratively: a long path must not exhaust Python's recursion limit.
    """
    pairs: dict[int, int] = {}
    twins: dict[object, deque[int]] = {}
    for j, token in enumerate(right):
        if len(token.values) == 1:
            twins.setdefault(next(iter(token.values)), deque()).append(j)
    rest: list[int] = []
    for i, token in enumerate(left):
        free = twins.get(next(iter(token.values))) if len(token.values) == 1 else None
        if free:
            pairs[i] = free.popleft()
        else:
            rest.append(i)
    taken = set(pairs.values())
    by_value: dict[object, list[int]] = {}
    for j, token in enumerate(right):
        if j not in taken:
            for value in token.values:
                by_value.setdefault(value, []).append(j)
    edges = {i: sorted({j for v in left[i].values for j in by_value.get(v, ())}) for i in rest}
    owner: dict[int, int] = {}  # right index -> left index, among the tokens left
    for start in rest:
        seen: set[int] = set()
        stack = [(start, iter(edges[start]))]
        via: list[int] = []  # via[k]: the right token through which stack[k + 1] was reached
        while stack:
            i, candidates = stack[-1]
            found = next((j for j in candidates if j not in seen), None)
            if found is None:
                stack.pop()
                if via:
                    via.pop()
                continue
            seen.add(found)
            if found in owner:
                via.append(found)
                stack.append((owner[found], iter(edges[owner[found]])))
                continue
            owner[found] = i  # a free token ends the path: shift every pair along it
            for k, through in enumerate(via):
                owner[through] = stack[k][0]
            break
    pairs.update({i: j for j, i in owner.items()})
    return pairs


def _quote(tokens: list[NumberToken]) -> str:
    return ", ".join(f"“{t.text}”" for t in tokens)


def _explain(missing: list[NumberToken], extra: list[NumberToken]) -> str:
    if missing and extra:
        return (
            f"Numbers differ: the source has {_quote(missing)}, "
            f"the target has {_quote(extra)} instead."
        )
    if missing:
        noun = "Number" if len(missing) == 1 else "Numbers"
        return f"{noun} {_quote(missing)} in the source not found in the target."
    noun = "Number" if len(extra) == 1 else "Numbers"
    return f"{noun} {_quote(extra)} in the target not found in the source."
