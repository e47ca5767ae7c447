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
