"""Concordance over the project's own segments, drafts included, not only over the memory.

The memory holds what was confirmed (and what was imported into it); a
translator searching «клуб» also wants every draft segment that says it.
The same rule as the memory's concordance: every word of the phrase in any
inflected form, in order (`memory_concordance.phrase_spans`), on the side the
phrase's script belongs to unless a language is given. Hits are
`ConcordanceHit`s named `segment N`, so a face shows them beside memory hits.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.memory import (
    ConcordanceHit,
    concordance_side,
    phrase_spans,
    phrase_words,
    word_keys,
)
from workbench.core.navigation.filters import TextIndex, forms_pattern
from workbench.core.project import Segment

SEGMENT_HIT = "segment {position}"
"""How a project hit names where it comes from (its `memory`)."""


def search_segments(
    segments: Sequence[Segment],
    text: str,
    source_lang: str,
    target_lang: str,
    *,
    lang: str | None = None,
    limit: int = 50,
    index: TextIndex | None = None,
) -> list[ConcordanceHit]:
    """Segments holding the phrase `text` in any inflected form, in project order (at most `limit`)."""
    words = phrase_words(text)
    if not words or limit <= 0:
        return []
    side = concordance_side(text, lang, source_lang, target_lang)
    side_lang = source_lang if side == "source" else target_lang
    if index is None or index.segments is not segments:
        index = TextIndex(segments)
    rows = sorted(index.rows(side, forms_pattern(tuple(words), side_lang), folded=True, word_start=True))
    keys = [word_keys(word, side_lang) for word in words]
    hits: list[ConcordanceHit] = []
    for row in rows:
        segment = segments[row]
        spans = phrase_spans(segment.source if side == "source" else segment.target, keys, side_lang)
        if spans:
            hits.append(ConcordanceHit(
                segment.id, SEGMENT_HIT.format(position=segment.position), segment.source, segment.target,
                side, spans, str(segment.status), None,
            ))
            if len(hits) == limit:
                break
    return hits


def without_duplicates(project_hits: Sequence[ConcordanceHit], memory_hits: Sequence[ConcordanceHit]) -> list[ConcordanceHit]:
    """Memory hits that are not a project segment already shown (the project memory holds confirmed ones)."""
    shown = {(hit.source, hit.target) for hit in project_hits}
    return [hit for hit in memory_hits if (hit.source, hit.target) not in shown]


HIT_CHARS = 360
"""The most of a hit's text shown: a 2,000-character segment filled the TUI's panel at 80x24 with
one hit, the phrase somewhere in its thirtieth line, and `memory search`'s table the terminal
(user days); OmegaT's and memoQ's concordances show the hit in its context too."""


def excerpt(text: str, spans: Sequence[tuple[int, int]], where: float | None = None,
            most: int = HIT_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """A window of `text` at most `most` characters long, cut at spaces and marked with … where
    cut, around the first span (or at `where`, a fraction of the text: the other side of a hit,
    whose words for the phrase are not known, is shown at the same place); spans moved into it."""
    if len(text) <= most:
        return text, list(spans)
    at = spans[0][0] if spans else int((where or 0.0) * len(text))
    start = max(0, min(at - most // 3, len(text) - most))
    if start:
        space = text.find(" ", start, at if spans else start + most // 3)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + most)
    if end < len(text):
        space = text.rfind(" ", start + most // 2, end)
        end = space if space >= 0 else end
    head, tail = ("…" if start else ""), ("…" if end < len(text) else "")
    shift = len(head) - start
    kept = [(a + shift, min(b, end) + shift) for a, b in spans if a >= start and a < end]
    return head + text[start:end] + tail, kept


def hit_excerpts(hit: ConcordanceHit, most: int = HIT_CHARS) -> tuple[str, list[tuple[int, int]], str]:
    """A hit's searched side around the phrase with the phrase's spans moved into it, and the
    other side at the same place (`excerpt`)."""
    found = hit.source if hit.side == "source" else hit.target
    other = hit.target if hit.side == "source" else hit.source
    shown, kept = excerpt(found, hit.spans, most=most)
    where = hit.spans[0][0] / len(found) if hit.spans and found else 0.0
    return shown, kept, excerpt(other, (), where, most)[0]
